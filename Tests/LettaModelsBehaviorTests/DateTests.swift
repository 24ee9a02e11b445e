import Foundation
import LettaModels
import Testing

@Suite struct DateTests {
    /// Each accepted form, the instant it means (seconds since 1970), and how it is written back.
    @Test(arguments: [
        ("2019-12-27T18:11:19.117Z", 1_577_470_279.117, "2019-12-27T18:11:19.117Z"),
        ("2024-08-28T22:34:23.435997+00:00", 1_724_884_463.435997, "2024-08-28T22:34:23.435997Z"),
        ("2024-09-25T19:52:05+00:00", 1_727_293_925, "2024-09-25T19:52:05Z"),
        ("2024-08-28T22:34:23.435997", 1_724_884_463.435997, "2024-08-28T22:34:23.435997Z"),
        ("2024-01-01t00:00:00z", 1_704_067_200, "2024-01-01T00:00:00Z"),
        ("2024-01-01T05:30:00+05:30", 1_704_067_200, "2024-01-01T00:00:00Z"),
    ])
    func acceptedFormsDecodeWithAPlainDecoder(wire: String, instant: Double, written: String) throws {
        let json = #"{"message_type":"system_message","id":"s","date":"\#(wire)","content":"c"}"#
        let (message, encoded) = try roundTrip(SystemMessage.self, json)
        let micros = (message.date.timeIntervalSince1970 * 1_000_000).rounded()
        #expect(micros == (instant * 1_000_000).rounded())
        #expect(encoded == #"{"content":"c","date":"\#(written)","id":"s","message_type":"system_message"}"#)
    }

    @Test func aBadDateNamesItsCodingPath() throws {
        let json = #"[{"message_type":"system_message","id":"s","date":"yesterday","content":"c"}]"#
        let error = #expect(throws: DecodingError.self) { try decode([LettaMessageUnion].self, json) }
        #expect(error.flatMap(codingPath) == "Index 0/date")
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription == #"Expected an RFC 3339 date-time, found "yesterday""#)
    }
}
