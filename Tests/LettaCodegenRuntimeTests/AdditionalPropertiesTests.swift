import Foundation
import LettaCodegenRuntime
import Testing

/// A model shaped like generated code that keeps unknown keys.
private struct Agent: Codable, Equatable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id
        case name
    }

    static let knownKeys = Set(CodingKeys.allCases.map(\.rawValue))

    var id: String
    var name: String?
    var additionalProperties: [String: JSONValue]

    init(id: String, name: String?, additionalProperties: [String: JSONValue]) {
        self.id = id
        self.name = name
        self.additionalProperties = additionalProperties
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        additionalProperties = try AdditionalProperties.decode(from: decoder, knownKeys: Self.knownKeys)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(name, forKey: .name)
        try AdditionalProperties.encode(additionalProperties, to: encoder, excludingKnownKeys: Self.knownKeys)
    }
}

@Suite("AdditionalProperties")
struct AdditionalPropertiesTests {
    private let json = #"{"alpha":true,"extra":{"x":[1,2.5,null]},"id":"agent-1","name":"Ada","zeta":null}"#

    @Test("Unknown keys are decoded as JSONValue and known keys are left out")
    func decodesUnknownKeys() throws {
        let agent = try decodeJSON(Agent.self, from: json)
        #expect(agent.id == "agent-1")
        #expect(agent.name == "Ada")
        #expect(agent.additionalProperties == ["alpha": true, "extra": ["x": [1, 2.5, nil]], "zeta": nil])
    }

    @Test("Decoding then encoding reproduces the original object")
    func roundTrips() throws {
        let agent = try decodeJSON(Agent.self, from: json)
        #expect(try encodeJSONSorted(agent) == json)
    }

    @Test("An object with only known keys has no additional properties")
    func decodesNoUnknownKeys() throws {
        let agent = try decodeJSON(Agent.self, from: #"{"id":"a"}"#)
        #expect(agent.additionalProperties.isEmpty)
        #expect(try encodeJSONSorted(agent) == #"{"id":"a"}"#)
    }

    @Test("A stray additional property never overwrites a known property")
    func skipsKnownKeysWhenEncoding() throws {
        let agent = Agent(id: "real", name: nil, additionalProperties: ["id": "stray", "other": 1])
        #expect(try encodeJSONSorted(agent) == #"{"id":"real","other":1}"#)
    }

    @Test("Without excluded keys every entry is written")
    func encodesAllEntriesByDefault() throws {
        struct Bag: Encodable {
            var values: [String: JSONValue]
            func encode(to encoder: any Encoder) throws {
                try AdditionalProperties.encode(values, to: encoder)
            }
        }
        #expect(try encodeJSONSorted(Bag(values: ["b": 2, "a": [true]])) == #"{"a":[true],"b":2}"#)
    }

    @Test("Decoding from a non-object throws typeMismatch")
    func rejectsNonObject() throws {
        let error = try #require(throws: DecodingError.self) { try decodeJSON(Agent.self, from: "[1]") }
        guard case .typeMismatch = error else {
            Issue.record("Expected typeMismatch, got \(error)")
            return
        }
    }
}
