import Foundation
import LettaCodegenRuntime
import Testing

/// An RFC 3339 input with the instant and formatted output it must produce
/// (instants cross-checked with Python's `datetime.fromisoformat`).
struct RFC3339Case: Sendable, CustomTestStringConvertible {
    let text: String
    let secondsSince1970: Double
    let formatted: String

    var testDescription: String { text }
}

@Suite("RFC 3339 parsing")
struct RFC3339ParseTests {
    @Test(
        "Valid date-times parse to the exact instant and format back as UTC",
        arguments: [
            RFC3339Case(text: "2019-12-27T18:11:19.117Z", secondsSince1970: 1_577_470_279.117, formatted: "2019-12-27T18:11:19.117Z"),
            RFC3339Case(
                text: "2024-08-28T22:34:23.435997+00:00", secondsSince1970: 1_724_884_463.435997, formatted: "2024-08-28T22:34:23.435997Z"),
            RFC3339Case(text: "2024-09-25T19:52:05+00:00", secondsSince1970: 1_727_293_925, formatted: "2024-09-25T19:52:05Z"),
            RFC3339Case(
                text: "2024-08-28T22:34:23.435997", secondsSince1970: 1_724_884_463.435997, formatted: "2024-08-28T22:34:23.435997Z"),
            RFC3339Case(text: "2024-01-01t00:00:00z", secondsSince1970: 1_704_067_200, formatted: "2024-01-01T00:00:00Z"),
            RFC3339Case(text: "2024-01-01 00:00:00", secondsSince1970: 1_704_067_200, formatted: "2024-01-01T00:00:00Z"),
            RFC3339Case(text: "2024-01-01T00:00:00-00:00", secondsSince1970: 1_704_067_200, formatted: "2024-01-01T00:00:00Z"),
            RFC3339Case(text: "1969-12-31T23:59:59.5Z", secondsSince1970: -0.5, formatted: "1969-12-31T23:59:59.5Z"),
            RFC3339Case(text: "2024-03-10T12:00:00+05:30", secondsSince1970: 1_710_052_200, formatted: "2024-03-10T06:30:00Z"),
            RFC3339Case(text: "2024-03-10T01:00:00-05:30", secondsSince1970: 1_710_052_200, formatted: "2024-03-10T06:30:00Z"),
            RFC3339Case(
                text: "2024-03-10T12:00:00.123456789Z", secondsSince1970: 1_710_072_000.123456, formatted: "2024-03-10T12:00:00.123456Z"),
            RFC3339Case(
                text: "2024-03-10T12:00:00.999999999Z", secondsSince1970: 1_710_072_000.999999, formatted: "2024-03-10T12:00:00.999999Z"),
            RFC3339Case(
                text: "2024-03-10T12:00:00.1234567Z", secondsSince1970: 1_710_072_000.123456, formatted: "2024-03-10T12:00:00.123456Z"),
            RFC3339Case(text: "2024-03-10T12:00:00.100Z", secondsSince1970: 1_710_072_000.1, formatted: "2024-03-10T12:00:00.1Z"),
            RFC3339Case(text: "2024-03-10T12:00:00.000000Z", secondsSince1970: 1_710_072_000, formatted: "2024-03-10T12:00:00Z"),
            RFC3339Case(text: "2000-02-29T00:00:00Z", secondsSince1970: 951_782_400, formatted: "2000-02-29T00:00:00Z"),
            RFC3339Case(text: "1900-01-01T00:00:00Z", secondsSince1970: -2_208_988_800, formatted: "1900-01-01T00:00:00Z"),
            RFC3339Case(text: "1960-06-15T08:30:00.25-02:00", secondsSince1970: -301_238_999.75, formatted: "1960-06-15T10:30:00.25Z"),
            RFC3339Case(text: "0001-01-01T00:00:00Z", secondsSince1970: -62_135_596_800, formatted: "0001-01-01T00:00:00Z"),
        ])
    func parsesToExactInstant(testCase: RFC3339Case) throws {
        let date = try #require(RFC3339.parse(testCase.text))
        #expect(date.timeIntervalSince1970 == testCase.secondsSince1970)
        #expect(RFC3339.format(date) == testCase.formatted)
    }

    @Test("Near 1970 the microsecond survives even though Date's Double cannot hold -0.000001 exactly")
    func keepsMicrosecondNearEpoch() throws {
        // Date stores seconds since 2001, so -0.000001 since 1970 reads back as -9.5367431640625e-07.
        let date = try #require(RFC3339.parse("1969-12-31T23:59:59.999999Z"))
        #expect((date.timeIntervalSince1970 * 1_000_000).rounded() == -1)
        #expect(RFC3339.format(date) == "1969-12-31T23:59:59.999999Z")
    }

    @Test(
        "Malformed or out-of-range text is rejected",
        arguments: [
            "2024-13-01T00:00:00Z",
            "2024-00-01T00:00:00Z",
            "2024-01-00T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2100-02-29T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2024-01-01",
            "2024-01-01T00:00:00Zjunk",
            "2024-01-01T00:00:00ZZ",
            "2024-01-01T00:00:00Z ",
            " 2024-01-01T00:00:00Z",
            "",
            "２０２４-01-01T00:00:00Z",
            "٢٠٢٤-01-01T00:00:00Z",
            "2024-01-01T24:00:00Z",
            "2024-01-01T00:60:00Z",
            "2024-01-01T00:00:60Z",
            "2024-01-01T00:00:00.Z",
            "2024-01-01T00:00:00.1234567891Z",
            "2024-01-01T00:00:00.12a4Z",
            "2024-01-01T00:00:00+0530",
            "2024-01-01T00:00:00+05",
            "2024-01-01T00:00:00+24:00",
            "2024-01-01T00:00:00+05:60",
            "2024-01-01X00:00:00Z",
            "2024-1-01T00:00:00Z",
            "2024-01-01T0:00:00Z",
            "2024/01/01T00:00:00Z",
        ])
    func rejects(text: String) {
        #expect(RFC3339.parse(text) == nil)
    }

    /// The date and time are checked a word at a time: every digit and separator is still checked on its own.
    @Test("Any byte of the date and time replaced by one that does not belong there is rejected")
    func rejectsEachMisplacedByte() throws {
        let valid = Array("2024-02-29T12:34:56.789012+05:30".utf8)
        let parsed = try #require(RFC3339.parse(String(decoding: valid, as: UTF8.self)))
        #expect(RFC3339.format(parsed) == "2024-02-29T07:04:56.789012Z")
        let digitPositions: Set<Int> = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        let replacements = Array(" -/:;?@T\u{7F}\u{00}0".utf8)
        for position in 0..<19 {
            for replacement in replacements where replacement != valid[position] {
                if digitPositions.contains(position) && replacement == UInt8(ascii: "0") { continue }
                var bytes = valid
                bytes[position] = replacement
                let text = String(decoding: bytes, as: UTF8.self)
                let dateTimeSeparator = position == 10 && (replacement == UInt8(ascii: " ") || replacement == UInt8(ascii: "T"))
                #expect((RFC3339.parse(text) != nil) == dateTimeSeparator, "\(text.debugDescription)")
            }
        }
    }

    @Test("Text sliced out of a larger string parses the same")
    func parsesSlicedText() throws {
        let padded = "xx2019-12-27T18:11:19.117Zxx"
        let middle = String(padded.dropFirst(2).dropLast(2))
        let date = try #require(RFC3339.parse(middle))
        #expect(date.timeIntervalSince1970 == 1_577_470_279.117)
    }
}
