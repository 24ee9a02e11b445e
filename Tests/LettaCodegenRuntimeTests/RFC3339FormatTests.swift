import Foundation
import LettaCodegenRuntime
import Testing

@Suite("RFC 3339 formatting")
struct RFC3339FormatTests {
    @Test("Instants format in UTC with a trimmed microsecond fraction", arguments: [
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

    @Test("Foundation's distant dates and years outside 0000–9999 format without trapping")
    func formatsExtremeDates() {
        #expect(RFC3339.format(Date.distantFuture) == "4001-01-01T00:00:00Z")
        #expect(RFC3339.format(Date.distantPast) == "0000-12-30T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: -62_167_219_201)) == "-0001-12-31T23:59:59Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: 253_402_300_800)) == "+10000-01-01T00:00:00Z")
        #expect(RFC3339.format(Date(timeIntervalSince1970: .nan)) == "1970-01-01T00:00:00Z")
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

    @Test("format then parse returns the identical Date for microsecond instants 1900–2100")
    func formatParseIsStable() throws {
        var generator = SplitMix64(seed: 0x1e77a)
        let start: Int64 = -2_208_988_800_000_000
        let span: UInt64 = 6_311_433_600_000_000
        for _ in 0..<20_000 {
            let micros = start + Int64(generator.next() % span)
            let date = Date(timeIntervalSince1970: Double(micros) / 1_000_000)
            let text = RFC3339.format(date)
            let reparsed = try #require(RFC3339.parse(text))
            #expect((date.timeIntervalSince1970 * 1_000_000).rounded() == Double(micros), "\(text)")
            #expect(reparsed == date, "\(text)")
            #expect(RFC3339.format(reparsed) == text)
        }
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
