import Foundation
import LettaCodegenRuntime
import Testing

/// A model shaped like generated code: one required and one optional date.
private struct Event: Codable, Equatable {
    enum CodingKeys: String, CodingKey {
        case createdAt = "created_at"
        case deletedAt = "deleted_at"
    }

    var createdAt: Date
    var deletedAt: Date?

    init(createdAt: Date, deletedAt: Date?) {
        self.createdAt = createdAt
        self.deletedAt = deletedAt
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        createdAt = try container.decodeRFC3339Date(forKey: .createdAt)
        deletedAt = try container.decodeRFC3339DateIfPresent(forKey: .deletedAt)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeRFC3339Date(createdAt, forKey: .createdAt)
        try container.encodeRFC3339DateIfPresent(deletedAt, forKey: .deletedAt)
    }
}

/// A wrapper so errors carry a nested coding path.
private struct EventPage: Codable {
    var events: [Event]
}

@Suite("RFC 3339 Codable helpers")
struct RFC3339DateCodingTests {
    @Test("Required and optional dates decode with a plain JSONDecoder")
    func decodesDates() throws {
        let event = try decodeJSON(Event.self, from: #"{"created_at":"2024-08-28T22:34:23.435997+00:00","deleted_at":"2019-12-27T18:11:19.117Z"}"#)
        #expect(event.createdAt.timeIntervalSince1970 == 1_724_884_463.435997)
        #expect(event.deletedAt?.timeIntervalSince1970 == 1_577_470_279.117)
    }

    @Test("An absent or null optional date decodes as nil", arguments: [
        #"{"created_at":"2024-09-25T19:52:05+00:00"}"#,
        #"{"created_at":"2024-09-25T19:52:05+00:00","deleted_at":null}"#,
    ])
    func decodesMissingOptionalAsNil(json: String) throws {
        let event = try decodeJSON(Event.self, from: json)
        #expect(event.createdAt.timeIntervalSince1970 == 1_727_293_925)
        #expect(event.deletedAt == nil)
    }

    @Test("Dates encode as UTC Z strings and a nil date leaves its key out")
    func encodesDates() throws {
        let created = try #require(RFC3339.parse("2024-08-28T22:34:23.435997+00:00"))
        let deleted = try #require(RFC3339.parse("2024-03-10T12:00:00+05:30"))
        #expect(try encodeJSONSorted(Event(createdAt: created, deletedAt: nil)) == #"{"created_at":"2024-08-28T22:34:23.435997Z"}"#)
        #expect(
            try encodeJSONSorted(Event(createdAt: created, deletedAt: deleted))
                == #"{"created_at":"2024-08-28T22:34:23.435997Z","deleted_at":"2024-03-10T06:30:00Z"}"#
        )
    }

    @Test("A non-date string throws dataCorrupted naming the text and the full coding path")
    func reportsInvalidRequiredDate() throws {
        let error = try #require(throws: DecodingError.self) {
            try decodeJSON(EventPage.self, from: #"{"events":[{"created_at":"2024-09-25T19:52:05+00:00"},{"created_at":"yesterday"}]}"#)
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("Expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.debugDescription == #"Expected an RFC 3339 date-time, found "yesterday""#)
        #expect(context.codingPath.map(\.stringValue) == ["events", "Index 1", "created_at"])
        #expect(context.codingPath.map(\.intValue) == [nil, 1, nil])
    }

    @Test("A non-date string in an optional date also throws")
    func reportsInvalidOptionalDate() throws {
        let error = try #require(throws: DecodingError.self) {
            try decodeJSON(Event.self, from: #"{"created_at":"2024-09-25T19:52:05+00:00","deleted_at":"2024-02-30T00:00:00Z"}"#)
        }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("Expected dataCorrupted, got \(error)")
            return
        }
        #expect(context.debugDescription == #"Expected an RFC 3339 date-time, found "2024-02-30T00:00:00Z""#)
        #expect(context.codingPath.map(\.stringValue) == ["deleted_at"])
    }

    @Test("A missing required date or a non-string value throws the standard errors")
    func reportsMissingOrMistypedDate() throws {
        let missing = try #require(throws: DecodingError.self) { try decodeJSON(Event.self, from: "{}") }
        guard case .keyNotFound(let key, _) = missing else {
            Issue.record("Expected keyNotFound, got \(missing)")
            return
        }
        #expect(key.stringValue == "created_at")

        let mistyped = try #require(throws: DecodingError.self) { try decodeJSON(Event.self, from: #"{"created_at":1700000000}"#) }
        guard case .typeMismatch(_, let context) = mistyped else {
            Issue.record("Expected typeMismatch, got \(mistyped)")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["created_at"])
    }
}
