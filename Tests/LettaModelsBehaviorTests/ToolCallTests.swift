import Foundation
import LettaModels
import Testing

@Suite struct ToolCallTests {
    @Test func partialToolCallIsADeltaAndKeepsItsArguments() throws {
        let json = #"{"name":null,"arguments":"{\"q","tool_call_id":null}"#
        let (call, encoded) = try roundTrip(ToolCallUnion.self, json)
        guard case .toolCallDelta(let delta) = call else {
            Issue.record("expected .toolCallDelta, got \(call)")
            return
        }
        #expect(delta.arguments == #"{"q"#)
        #expect(delta.name == nil)
        // Explicit nulls come back as absent keys (a listed normalization).
        #expect(encoded == #"{"arguments":"{\"q"}"#)
        #expect(try jsonDifferences(json, encoded, options: .nullEqualsAbsent) == [])
    }

    @Test func allThreeKeysSetIsAToolCall() throws {
        let json = #"{"name":"search","arguments":"{\"q\":1}","tool_call_id":"call_1"}"#
        let (call, encoded) = try roundTrip(ToolCallUnion.self, json)
        #expect(call == .toolCall(ToolCall(name: "search", arguments: #"{"q":1}"#, toolCallID: "call_1")))
        #expect(encoded == #"{"arguments":"{\"q\":1}","name":"search","tool_call_id":"call_1"}"#)
    }

    @Test func toolCallMessageCarriesTheDeltaWhileStreaming() throws {
        let json = #"{"message_type":"tool_call_message","id":"t","date":"2024-01-01T00:00:00Z","tool_call":{"arguments":"{\"lo"}}"#
        let (message, encoded) = try roundTrip(LettaStreamingResponse.self, json)
        guard case .toolCallMessage = message else {
            Issue.record("expected .toolCallMessage, got \(message)")
            return
        }
        #expect(try jsonDifferences(json, encoded) == [])
    }
}

@Suite struct ShapeUnionErrorTests {
    @Test func aBadPartInsideAnArrayReportsItsOwnPath() throws {
        let json = #"{"message_type":"user_message","id":"u","date":"2024-01-01T00:00:00Z","content":["ok",{"type":"text"}]}"#
        let error = #expect(throws: DecodingError.self) { try decode(UserMessage.self, json) }
        #expect(error.flatMap(codingPath) == "content/Index 0")
        let part = #"{"message_type":"user_message","id":"u","date":"2024-01-01T00:00:00Z","content":[{"type":"text"}]}"#
        let partError = #expect(throws: DecodingError.self) { try decode(UserMessage.self, part) }
        #expect(partError.flatMap(codingPath) == "content/Index 0/text")
    }

    @Test func aValueOfAnotherKindIsATypeMismatchAtTheUnion() throws {
        let json = #"{"message_type":"user_message","id":"u","date":"2024-01-01T00:00:00Z","content":7}"#
        let error = #expect(throws: DecodingError.self) { try decode(UserMessage.self, json) }
        guard case .typeMismatch(_, let context) = error else {
            Issue.record("expected typeMismatch, got \(String(describing: error))")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["content"])
        #expect(context.debugDescription == "Expected a string or an array for LettaUserMessageContent, found a number")
    }
}
