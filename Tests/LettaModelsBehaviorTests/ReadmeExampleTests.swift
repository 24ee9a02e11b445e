import Foundation
import LettaModels
import Testing

/// The README's usage example, kept compiling and true.
@Suite struct ReadmeExampleTests {
    @Test func readmeExample() throws {
        let data = Data(
            """
            [{"message_type":"assistant_message","id":"m1","date":"2024-01-01T00:00:00Z","content":"hello"},
             {"message_type":"tool_call_message","id":"m2","date":"2024-01-01T00:00:01Z",
              "tool_call":{"name":"search","arguments":"{}","tool_call_id":"c1"},
              "tool_calls":[{"name":"search","arguments":"{}","tool_call_id":"c1"}]},
             {"message_type":"newer_message","id":"m3","date":"2024-01-01T00:00:02Z"}]
            """.utf8)
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }

        let page = try JSONDecoder().decode([LettaMessageUnion].self, from: data)
        for message in page {
            print(message.id ?? "?", message.date ?? .distantPast)  // shared base fields, no switch needed
            switch message {
            case .assistantMessage(let reply):
                if case .string(let text) = reply.content { print("assistant:", text) }
            case .toolCallMessage(let call):
                if case .array(let calls)? = call.toolCalls { print("tools:", calls.map(\.name)) }
            case .unknown(let variant):
                print("newer server type:", variant.discriminator ?? "?")  // kept, re-encodes unchanged
            default:
                break
            }
        }

        var settings = CompactionSettings(mode: .slidingWindow)
        settings.modelSettings = .anthropic(AnthropicModelSettings(maxOutputTokens: 2048))
        let body = try JSONEncoder().encode(settings)

        #expect(
            printed == [
                "m1 2024-01-01 00:00:00 +0000", "assistant: hello",
                "m2 2024-01-01 00:00:01 +0000", "tools: [\"search\"]",
                "m3 2024-01-01 00:00:02 +0000", "newer server type: newer_message",
            ])
        let json = try JSONSerialization.jsonObject(with: body) as? [String: Any]
        #expect(json?["mode"] as? String == "sliding_window")
        let modelSettings = json?["model_settings"] as? [String: Any]
        #expect(modelSettings?["provider_type"] as? String == "anthropic")
        #expect(modelSettings?["max_output_tokens"] as? Int == 2048)
    }
}
