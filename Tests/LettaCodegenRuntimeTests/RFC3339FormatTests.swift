import Foundation
import LettaCodegenRuntime
import Testing

@Suite("RFC 3339 formatting")
struct RFC3339FormatTests {
    @Test(
        "Instants format in UTC with a trimmed microsecond fraction",
        arguments: [
            (0.0, "1970-01-01T00:00:00Z"),
            (-0.000001, "1969-12-31T23:59:59.999999Z"),
            (-86_400.5, "1969-12-30T23:59:59.5Z"),
            (0.1, "1970-01-01T00:00:00.1Z"),
            (1.0000004, "1970-01-01T00:00:01Z"),
            (1.0000006, "1970-01-01T00:00:01.000001Z"),
            (1_577_470_279.117, "2019-12-27T18:11:19.117Z"),
            (951_868_799.999999, "2000-02-29T23:59:59.999999Z"),
        ])
    func formats(secondsSince1970: Double, expected: String) {
        #expect(RFC3339.format(Date(timeIntervalSince1970: secondsSince1970)) == expected)
    }

    @Test("Instants outside years 0000–9999 are written as the nearer bound, so the output always parses")
    func clampsToTheRepresentableYears() throws {
        #expect(RFC3339.format(Date.distantFuture) == "4001-01-01T00:00:00Z")
        #expect(RFC3339.format(Date.distantPast) == "0000-12-30T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -62_167_219_201)) == "0000-01-01T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 253_402_300_800)) == "9999-12-31T23:59:59.999999Z")
        #expect(RFC3339.format(Date(timeIntervalSinceReferenceDate: 1e300)) == "9999-12-31T23:59:59.999999Z")
        #expect(RFC3339.format(Date(timeIntervalSinceReferenceDate: -1e300)) == "0000-01-01T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00Z")
        for date in [
            Date.distantFuture, .distantPast, Date(timeIntervalSinceReferenceDate: 1e300), Date(timeIntervalSinceReferenceDate: -1e300),
        ] {
            #expect(RFC3339.parse(RFC3339.format(date)) != nil)
        }
    }

    @Test("Whole seconds agree with ISO8601DateFormatter across four centuries")
    func agreesWithFoundationOnWholeSeconds() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        var mismatches: [String] = []
        var seconds: Int64 = -11_676_096_000  // 1600-01-01T00:00:00Z
        let end: Int64 = 13_569_465_600  // 2400-01-01T00:00:00Z
        while seconds < end {
            let date = Date(timeIntervalSince1970: Double(seconds))
            let ours = RFC3339.format(date)
            let foundation = formatter.string(from: date)
            if ours != foundation { mismatches.append("\(ours) != \(foundation)") }
            seconds += 86_400 * 37 + 3_661
        }
        #expect(mismatches.isEmpty)
    }

    @Test("A parsed date formats and parses back to the identical Date in every year 0000–9999")
    func parsedDatesAreStableEverywhere() throws {
        var generator = SplitMix64(seed: 0x1e77a)
        let start: Int64 = -62_167_219_200_000_000  // 0000-01-01T00:00:00Z
        let span: UInt64 = 315_537_897_600_000_000  // to 10000-01-01T00:00:00Z
        for _ in 0..<20_000 {
            let micros = start + Int64(generator.next() % span)
            let date = try #require(RFC3339.parse(Self.text(microsecondsSince1970: micros)))
            let text = RFC3339.format(date)
            let reparsed = try #require(RFC3339.parse(text), "\(text)")
            #expect(reparsed == date, "\(text)")
            #expect(RFC3339.format(reparsed) == text)
        }
    }

    @Test("Microseconds come back exactly for Unix times -3,316,000,000 s to 2^32 s (1864-12-01 to 2106-02-07)")
    func microsecondsAreExactInTheDocumentedRange() throws {
        var generator = SplitMix64(seed: 0xda7e)
        let first: Int64 = -3_316_000_000 * 1_000_000
        let last: Int64 = (1 << 32) * 1_000_000 - 1
        var samples = [first, first + 1, last, last - 1, 0, -1, 1, 978_307_200_000_000]
        for _ in 0..<50_000 { samples.append(first + Int64(generator.next() % UInt64(last - first))) }
        for micros in samples {
            let text = Self.text(microsecondsSince1970: micros)
            let date = try #require(RFC3339.parse(text))
            #expect(RFC3339.format(date) == text)
            #expect(date == Date(timeIntervalSince1970: Double(micros) / 1_000_000))
        }
    }

    @Test("The last microsecond of 9999 round-trips; the first instant of 10000 never parses")
    func theEndOfTheRange() throws {
        let last = try #require(RFC3339.parse("9999-12-31T23:59:59.999999Z"))
        #expect(RFC3339.format(last) == "9999-12-31T23:59:59.999999Z")
        #expect(RFC3339.parse("9999-12-31T23:30:00-01:00") == nil)
        #expect(RFC3339.parse("0000-01-01T00:30:00+01:00") == nil)
        #expect(RFC3339.format(try #require(RFC3339.parse("0000-01-01T00:00:00Z"))) == "0000-01-01T00:00:00Z")
    }

    /// `YYYY-MM-DDTHH:MM:SS.ffffffZ` for an instant, computed by counting (400-year cycles, then years, then
    /// months of the proleptic Gregorian calendar), independently of the calendar code under test.
    static func text(microsecondsSince1970 micros: Int64) -> String {
        func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
        let seconds = floorDivide(micros, 1_000_000)
        let fraction = micros - seconds * 1_000_000
        var days = floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        // 0000-03-01 is day -719_468; count from 0000-01-01 (day -719_528) in 400-year cycles of 146_097 days.
        days += 719_528
        var year = 400 * floorDivide(days, 146_097)
        days -= floorDivide(days, 146_097) * 146_097
        func isLeap(_ year: Int64) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }
        while days >= (isLeap(year) ? 366 : 365) {
            days -= isLeap(year) ? 366 : 365
            year += 1
        }
        let lengths: [Int64] = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var month = 0
        while days >= lengths[month] {
            days -= lengths[month]
            month += 1
        }
        var text = String(
            format: "%04lld-%02d-%02lldT%02lld:%02lld:%02lld", year, month + 1, days + 1,
            secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        if fraction != 0 {
            var digits = String(format: "%06lld", fraction)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return text + "Z"
    }
}

/// A tiny deterministic random number generator so the property test is reproducible.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
