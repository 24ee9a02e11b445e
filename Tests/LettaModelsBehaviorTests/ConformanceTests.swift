import Foundation
import LettaCodegenRuntime
import LettaModels
import Testing

/// The seeds the spec was written from, read from ../shared/seeds when they are beside the checkout.
enum Seeds {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seeds")
    static let sdkReference = directory.appendingPathComponent("002_0ca0478c47ee6e91.txt")
    static var areAvailable: Bool { FileManager.default.fileExists(atPath: sdkReference.path) }

    /// The ```json blocks of a seed, in order.
    static func jsonExamples(in url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        var examples: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```json" {
                current = []
            } else if let lines = current, line.trimmingCharacters(in: .whitespaces) == "```" {
                examples.append(lines.joined(separator: "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return examples
    }
}

/// Every JSON example of seed 002 decodes as what its endpoint returns, and round-trips.
@Suite(.enabled(if: Seeds.areAvailable, "../shared/seeds is not beside the checkout"))
struct SeedExampleConformanceTests {
    @Test func theSDKReferenceHasFourResponseExamples() throws {
        #expect(try Seeds.jsonExamples(in: Seeds.sdkReference).count == 4)
    }

    private func example(_ index: Int) throws -> String {
        let examples = try Seeds.jsonExamples(in: Seeds.sdkReference)
        return try #require(examples.indices.contains(index) ? examples[index] : nil)
    }

    private func expectRoundTrip<T: Codable & Hashable>(_ type: T.Type, _ json: String) throws -> T {
        let result = try RoundTripCheck.check(T.self, json: Data(json.utf8))
        #expect(result.differences == [])
        #expect(result.isStable)
        return try JSONDecoder().decode(T.self, from: Data(json.utf8))
    }

    @Test func listMessagesPage() throws {
        let page = try expectRoundTrip([LettaMessageUnion].self, try example(0))
        #expect(page.count == 1)
        guard case .systemMessage(let message)? = page.first else {
            Issue.record("expected a system message, got \(page)")
            return
        }
        #expect(message.date == Date(timeIntervalSince1970: 1_577_470_279.117))
        #expect(message.seqID == 0)
    }

    @Test func sendMessageResponse() throws {
        let response = try expectRoundTrip(LettaResponse.self, try example(1))
        #expect(response.messages.count == 1)
        #expect(response.stopReason.stopReason == .endTurn)
    }

    @Test func streamResponseIsAFreeFormObject() throws {
        #expect(try expectRoundTrip(JSONValue.self, try example(2)) == [:])
    }

    @Test func compactResponse() throws {
        let response = try expectRoundTrip(CompactionResponse.self, try example(3))
        #expect(response.summary == "summary")
        #expect(response.numMessagesBefore == 0)
    }
}

/// Message shapes described by seeds 003 (message types guide) and 004 (the server's pydantic source).
@Suite struct MessageShapeConformanceTests {
    /// Heartbeats, logins and system alerts are user messages whose content is a JSON string with a `type`.
    @Test(arguments: [
        #"{\"type\": \"heartbeat\", \"reason\": \"[This is an automated system message hidden from the user] Function called using request_heartbeat=true, returning control\", \"time\": \"2024-11-23 02:31:10 PM UTC+0000\"}"#,
        #"{\"type\": \"login\", \"last_login\": \"Never (first login)\", \"time\": \"2024-11-23 02:31:10 PM UTC+0000\"}"#,
        #"{\"type\": \"system_alert\", \"message\": \"Note: prior messages have been hidden from view due to conversation memory constraints.\", \"time\": \"2024-11-23 02:31:10 PM UTC+0000\"}"#,
    ])
    func specialUserMessagesKeepTheirJSONString(content: String) throws {
        let json = #"{"message_type":"user_message","id":"message-1","date":"2024-11-23T14:31:10+00:00","content":"\#(content)"}"#
        let result = try RoundTripCheck.check(LettaMessageUnion.self, json: Data(json.utf8))
        #expect(result.differences == [])
        guard case .userMessage(let message) = try decode(LettaMessageUnion.self, json), case .string(let text) = message.content else {
            Issue.record("expected a user message with string content")
            return
        }
        let inner = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(["heartbeat", "login", "system_alert"].contains(inner["type"]?.stringValue ?? ""))
    }

    @Test func toolCallsPairWithTheirReturnsByToolCallID() throws {
        let json = """
            [{"message_type":"tool_call_message","id":"m1","date":"2024-01-01T00:00:00Z",
              "tool_call":{"name":"web_search","arguments":"{\\"query\\":\\"letta\\"}","tool_call_id":"call_1"},
              "tool_calls":[{"name":"web_search","arguments":"{\\"query\\":\\"letta\\"}","tool_call_id":"call_1"},
                            {"name":"clock","arguments":"{}","tool_call_id":"call_2"}]},
             {"message_type":"tool_return_message","id":"m2","date":"2024-01-01T00:00:01Z",
              "tool_return":"results…","status":"success","tool_call_id":"call_1",
              "tool_returns":[{"type":"tool","tool_call_id":"call_1","status":"success","tool_return":"results…"},
                              {"type":"tool","tool_call_id":"call_2","status":"error","tool_return":"timeout","stderr":["timed out"]}]}]
            """
        let page = try decode([LettaMessageUnion].self, json)
        var calls: [String: String] = [:]
        var returns: [String: ToolReturnStatus] = [:]
        for message in page {
            switch message {
            case .toolCallMessage(let call):
                if case .array(let list)? = call.toolCalls { for item in list { calls[item.toolCallID] = item.name } }
            case .toolReturnMessage(let result):
                for item in result.toolReturns ?? [] { returns[item.toolCallID] = item.status }
            default:
                break
            }
        }
        #expect(calls == ["call_1": "web_search", "call_2": "clock"])
        #expect(returns == ["call_1": .success, "call_2": .error])
        #expect(try RoundTripCheck.check([LettaMessageUnion].self, json: Data(json.utf8)).differences == [])
    }

    @Test func legacyMessagesDecodeByShape() throws {
        let json = """
            [{"id":"l1","date":"2024-01-01T00:00:00Z","internal_monologue":"thinking"},
             {"id":"l2","date":"2024-01-01T00:00:01Z","message_type":"tool_call_message","function_call":"send_message(...)"},
             {"id":"l3","date":"2024-01-01T00:00:02Z","function_return":"None","status":"success","function_call_id":"f1"}]
            """
        let messages = try decode([DeprecatedModels.LegacyLettaMessage].self, json)
        guard messages.count == 3, case .legacyInternalMonologue(let monologue) = messages[0],
            case .legacyFunctionCallMessage(let call) = messages[1], case .legacyFunctionReturn(let result) = messages[2]
        else {
            Issue.record("unexpected legacy messages: \(messages)")
            return
        }
        #expect(monologue.internalMonologue == "thinking")
        #expect(call.functionCall == "send_message(...)")
        #expect(result.functionCallID == "f1")
        #expect(try RoundTripCheck.check([DeprecatedModels.LegacyLettaMessage].self, json: Data(json.utf8)).differences == [])
    }
}
