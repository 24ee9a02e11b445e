import Foundation
import LettaCodegenRuntime
import LettaModels
import Testing

/// The byte-level decoding path (`JSONReader`) gives the same values and the same error paths as Codable.
@Suite struct FastPathTests {
    static let page = """
        [{"message_type":"assistant_message","id":"a","date":"2024-08-28T22:34:23.435997+00:00","content":"h\\u00e9llo \\ud83d\\ude00","x_extra":{"n":[1,2.5,null]}},
         {"message_type":"tool_call_message","id":"t","date":"2024-01-01T00:00:00Z","tool_call":{"name":null,"arguments":"{\\"q","tool_call_id":null},
          "tool_calls":[{"name":"search","arguments":"{}","tool_call_id":"c1"}]},
         {"message_type":"user_message","id":"u","date":"2024-01-01t00:00:00z","content":[{"type":"text","text":"hi"},{"type":"video","url":"v"}]},
         {"message_type":"summary","id":"s","date":"2024-01-01T00:00:00Z","summary":"so far"},
         {"message_type":"brand_new","id":"n","date":"2024-01-01T00:00:00Z","x":1}]
        """

    @Test func decodesTheSameValuesAsCodable() throws {
        let data = Data(Self.page.utf8)
        let fast = try JSONReader.decode([LettaMessageUnion].self, from: data)
        let codable = try JSONDecoder().decode([LettaMessageUnion].self, from: data)
        #expect(fast == codable)
        #expect(fast.map(\.id) == ["a", "t", "u", "s", "n"])
        guard case .assistantMessage(let assistant) = fast[0], case .string(let text) = assistant.content else {
            Issue.record("expected an assistant message with text")
            return
        }
        #expect(text == "héllo 😀")
        #expect(assistant.additionalProperties["x_extra"] == ["n": [1, 2.5, nil]])
    }

    @Test(arguments: [
        (#"[{"message_type":"system_message","id":"s","date":"yesterday","content":"c"}]"#, "Index 0/date"),
        (#"[{"message_type":"system_message","id":"s","content":"c"}]"#, "Index 0/date"),
        (#"[{"message_type":"system_message","id":7,"date":"2024-01-01T00:00:00Z","content":"c"}]"#, "Index 0/id"),
        (#"[{"message_type":7}]"#, "Index 0/message_type"),
        (#"[{"id":"x"}]"#, "Index 0"),
        (
            #"[{"message_type":"user_message","id":"u","date":"2024-01-01T00:00:00Z","content":[{"type":"text"}]}]"#,
            "Index 0/content/Index 0/text"
        ),
    ])
    func errorsNameTheSameCodingPathAsCodable(json: String, path: String) throws {
        let data = Data(json.utf8)
        #expect(RoundTripCheck.decodeWithBytes([LettaMessageUnion].self, json: data) == .error(codingPath: path, description: ""))
        let codable = #expect(throws: DecodingError.self) { try JSONDecoder().decode([LettaMessageUnion].self, from: data) }
        #expect(codable.map(RoundTripCheck.codingPath) == path)
    }

    /// Not JSON is the same `DecodingError` on both paths: Foundation's own, at the document root.
    /// A union member writes its tag first (then the properties in the spec's order, then unknown keys sorted), so
    /// a reader choosing the member finds the tag at the first key; the server's order (tag fourth) decodes alike.
    @Test func aMemberWritesItsTagFirst() throws {
        let message = LettaMessageUnion.assistantMessage(
            AssistantMessage(
                id: "a", date: Date(timeIntervalSince1970: 0), runID: "r", content: .string("hi"), additionalProperties: ["x": 1]))
        let written = #"{"message_type":"assistant_message","id":"a","date":"1970-01-01T00:00:00Z","run_id":"r","content":"hi","x":1}"#
        #expect(String(decoding: JSONWriter.encode(message), as: UTF8.self) == written)
        let serverOrder =
            #"{"id":"a","date":"1970-01-01T00:00:00Z","name":null,"message_type":"assistant_message","run_id":"r","content":"hi","x":1}"#
        #expect(try JSONReader.decode(LettaMessageUnion.self, from: Data(serverOrder.utf8)) == message)
    }

    @Test func malformedJSONIsFoundationsSyntaxError() {
        let documents: [[UInt8]] = [
            Array(#"[{"message_type":"system_message" "id":"s"}]"#.utf8), Array(#"[1] x"#.utf8),
            Array(#"["unterminated]"#.utf8), Array("[-]x".utf8), Array("[+1]".utf8), Array("[.5]".utf8), Array("[tru]".utf8),
            Array("[\"a\\\"]".utf8), Array("[1,,2]".utf8), Array("{,}".utf8),
            Array((String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)).utf8),
        ]
        for bytes in documents {
            let outcome = decodeOnBothPaths([JSONValue].self, String(decoding: bytes, as: UTF8.self))
            #expect(outcome == .error(codingPath: "", description: ""), "\(bytes.prefix(40))")
        }
    }

    /// What `JSONDecoder` tolerates, both paths tolerate: one trailing comma.
    @Test func aTrailingCommaIsToleratedAsByJSONDecoder() {
        #expect(valueOnBothPaths([JSONValue].self, "[1,]") == [1])
        #expect(valueOnBothPaths(JSONValue.self, #"{"a":1,}"#) == ["a": 1])
    }

    /// Strings and numbers are checked when they are read, at their own coding path.
    @Test(arguments: [#"["\x"]"#, #"["\ud800"]"#, #"[01]"#, #"[1.]"#, #"[-]"#, #"[1e]"#, "[\"\u{01}\"]"])
    func badContentIsAnErrorAtTheValue(json: String) {
        #expect(decodeOnBothPaths([JSONValue].self, json) == .error(codingPath: "Index 0", description: ""))
    }

    /// A value nobody reads (the second of two repeated keys) is not checked, as with `JSONDecoder`.
    @Test func aRepeatedKeysValueIsOnlyScanned() {
        #expect(valueOnBothPaths(JSONValue.self, #"{"a":1,"a":01}"#) == ["a": 1])
        #expect(valueOnBothPaths(JSONValue.self, "{\"a\":\"x\",\"a\":\"\u{01}\"}") == ["a": "x"])
    }

    /// Invalid UTF-8 fails the same way on both paths, escapes or not; a U+FFFD the input spells is text.
    @Test func invalidUTF8FailsAndAReplacementCharacterIsText() throws {
        let invalid: [[UInt8]] = [
            Array(#"["a"#.utf8) + [0xC3] + Array(#"b"]"#.utf8),
            Array(#"["\n"#.utf8) + [0xF0, 0x9F, 0x98] + Array(#"é"]"#.utf8),
            Array(#"["é"#.utf8) + [0xFF] + Array(#"\x"]"#.utf8),
        ]
        for bytes in invalid {
            let codable = RoundTripCheck.decodeWithCodable([JSONValue].self, json: Data(bytes))
            #expect(codable == RoundTripCheck.decodeWithBytes([JSONValue].self, json: Data(bytes)))
            if case .value = codable { Issue.record("invalid UTF-8 decoded: \(bytes)") }
        }
        let text = #"["a"# + "\u{FFFD}" + #"b", "é\ufffd\n", "\ufffd"]"#
        #expect(valueOnBothPaths([JSONValue].self, text) == ["a\u{FFFD}b", "é\u{FFFD}\n", "\u{FFFD}"])
    }

    @Test func numbersAndStringsDecodeAsWithJSONDecoder() throws {
        let text = #"[0, -0, 1.0, 1e2, -12.5e-3, 9007199254740993, 9223372036854775807, 1e300, "\u00e9\ud83d\ude00\n\/", "é😀"]"#
        let data = Data(text.utf8)
        #expect(try JSONReader.decode([JSONValue].self, from: data) == JSONDecoder().decode([JSONValue].self, from: data))
    }
}

/// The generated `==` compares every stored property, unknown keys included, and agrees with `hashValue`.
@Suite struct GeneratedEqualityTests {
    @Test func everyFieldCounts() throws {
        let base = try decode(SystemMessage.self, #"{"id":"s","date":"2024-01-01T00:00:00Z","content":"c","seq_id":1}"#)
        var other = base
        #expect(other == base && other.hashValue == base.hashValue)
        other.seqID = 2
        #expect(other != base)
        other = base
        other.additionalProperties["x"] = 1
        #expect(other != base)
        #expect(LettaMessageUnion.systemMessage(base) != .systemMessage(other))
        #expect(LettaMessageUnion.systemMessage(base) == .systemMessage(base))
        #expect(ToolCallUnion.toolCallDelta(ToolCallDelta()) != .toolCall(ToolCall(name: "", arguments: "", toolCallID: "")))
    }
}
