import Foundation
import LettaCodegenRuntime
import LettaModels
import Testing

@Suite struct ForwardCompatibilityTests {
    @Test func unknownMessageTypeIsKeptWholeAndSharedFieldsStillRead() throws {
        let json = #"{"message_type":"brand_new","id":"m1","date":"2024-01-01T00:00:00Z","x":1}"#
        let (message, encoded) = try roundTrip(LettaMessageUnion.self, json)
        guard case .unknown(let variant) = message else {
            Issue.record("expected .unknown, got \(message)")
            return
        }
        #expect(variant.discriminator == "brand_new")
        #expect(message.id == "m1")
        #expect(message.date == Date(timeIntervalSince1970: 1_704_067_200))
        #expect(try jsonDifferences(json, encoded) == [])
        #expect(encoded == #"{"date":"2024-01-01T00:00:00Z","id":"m1","message_type":"brand_new","x":1}"#)
    }

    @Test func oneUnknownElementNeverFailsAnArray() throws {
        let json = """
            [{"message_type":"assistant_message","id":"a","date":"2024-01-01T00:00:00Z","content":"hi"},
             {"message_type":"holographic_message","id":"h","date":"2024-01-01T00:00:01Z","hologram":{"z":[1,2]}},
             {"message_type":"reasoning_message","id":"r","date":"2024-01-01T00:00:02Z","reasoning":"hmm"}]
            """
        let (messages, encoded) = try roundTrip([LettaMessageUnion].self, json)
        #expect(messages.map(\.id) == ["a", "h", "r"])
        guard messages.count == 3, case .assistantMessage = messages[0], case .unknown = messages[1], case .reasoningMessage = messages[2]
        else {
            Issue.record("unexpected cases: \(messages)")
            return
        }
        #expect(try jsonDifferences(json, encoded) == [])
    }

    @Test func unknownStopReasonRoundTrips() throws {
        let json = #"{"message_type":"stop_reason","stop_reason":"new_reason"}"#
        let (stop, encoded) = try roundTrip(LettaStopReason.self, json)
        #expect(stop.stopReason == .unknown("new_reason"))
        #expect(stop.stopReason.rawValue == "new_reason")
        #expect(encoded == #"{"message_type":"stop_reason","stop_reason":"new_reason"}"#)
        #expect(try decode(LettaStopReason.self, #"{"stop_reason":"end_turn"}"#).stopReason == .endTurn)
        #expect(StopReasonType.unknown("end_turn") == .endTurn)
        #expect(StopReasonType.knownCases.count == 13)
    }

    @Test func unknownKeysAtEveryLevelComeBack() throws {
        let json = """
            {"messages":[{"message_type":"user_message","id":"u","date":"2024-01-01T00:00:00Z","extra_top":true,
              "content":[{"type":"text","text":"hi","extra_part":{"a":null}},
                         {"type":"image","source":{"type":"base64","media_type":"image/png","data":"AA==","extra_source":[1]}}]}],
             "stop_reason":{"message_type":"stop_reason","stop_reason":"end_turn","extra_stop":"s"},
             "usage":{"message_type":"usage_statistics","completion_tokens":1,"extra_usage":2.5},
             "extra_response":"r"}
            """
        let (_, encoded) = try roundTrip(LettaResponse.self, json)
        #expect(try jsonDifferences(json, encoded) == [])
    }

    @Test func unknownContentPartIsKeptWhileOthersDecode() throws {
        let json = """
            {"message_type":"user_message","id":"u","date":"2024-01-01T00:00:00Z",
             "content":[{"type":"text","text":"look"},
                        {"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},
                        {"type":"video","url":"https://example.invalid/v.mp4"}]}
            """
        let (message, encoded) = try roundTrip(UserMessage.self, json)
        guard case .array(let parts) = message.content, parts.count == 3 else {
            Issue.record("expected three parts, got \(message.content)")
            return
        }
        guard case .text(let text) = parts[0], case .image(let image) = parts[1], case .unknown(let video) = parts[2] else {
            Issue.record("unexpected parts \(parts)")
            return
        }
        #expect(text.text == "look")
        guard case .base64(let source) = image.source else {
            Issue.record("expected a base64 source, got \(image.source)")
            return
        }
        #expect(source.mediaType == "image/png")
        #expect(source.data == "iVBORw0KGgo=")
        #expect(video.discriminator == "video")
        #expect(try jsonDifferences(json, encoded) == [])
    }

    @Test func userMessageContentAsAString() throws {
        let json = #"{"message_type":"user_message","id":"u","date":"2024-01-01T00:00:00Z","content":"hello"}"#
        let (message, encoded) = try roundTrip(UserMessage.self, json)
        #expect(message.content == .string("hello"))
        #expect(encoded == #"{"content":"hello","date":"2024-01-01T00:00:00Z","id":"u","message_type":"user_message"}"#)
    }

    @Test func legacySummaryKeyDecodesAsSummaryMessage() throws {
        let json = #"{"message_type":"summary","id":"s","date":"2024-01-01T00:00:00Z","summary":"so far"}"#
        let message = try decode(LettaMessageUnion.self, json)
        guard case .summaryMessage(let summary) = message else {
            Issue.record("expected .summaryMessage, got \(message)")
            return
        }
        #expect(summary.summary == "so far")
        let event = try decode(
            LettaMessageUnion.self,
            #"{"message_type":"event","id":"e","date":"2024-01-01T00:00:00Z","event_type":"compaction","event_data":{}}"#)
        guard case .eventMessage = event else {
            Issue.record("expected .eventMessage, got \(event)")
            return
        }
    }
}
