import Foundation
import LettaClient
import LettaClientRuntime
import LettaCodegenRuntime
import LettaModels
import LoopbackHTTPServer
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The "Calling the API" article of LettaClient's catalog: its Swift blocks are the regions of `walkthrough` below
/// (compared text for text), which run against a loopback server answering as the Letta server does.
@Suite(.serialized) struct CallingTheAPIArticleTests {
    static let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Generated/LettaClient/LettaClient.docc/CallingTheAPI.md")

    /// The article's ```swift blocks, each without its common indentation.
    static func articleBlocks() throws -> [String] {
        let text = try String(contentsOf: article, encoding: .utf8)
        var blocks: [String] = []
        var current: [String]?
        for line in text.components(separatedBy: "\n") {
            if current == nil, line == "```swift" {
                current = []
            } else if current != nil, line == "```" {
                blocks.append(current?.joined(separator: "\n") ?? "")
                current = nil
            } else if current != nil {
                current?.append(line)
            }
        }
        return blocks
    }

    /// The regions of this file between `// article: begin` and `// article: end`, without their indentation.
    static func sourceRegions() throws -> [String] {
        let text = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        var regions: [String] = []
        var current: [String]?
        for line in text.components(separatedBy: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "// article: begin" {
                current = []
            } else if trimmed == "// article: end" {
                let lines = current ?? []
                let indent = lines.filter { !$0.isEmpty }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
                regions.append(lines.map { String($0.dropFirst(min(indent, $0.count))) }.joined(separator: "\n"))
                current = nil
            } else if current != nil {
                current?.append(line)
            }
        }
        return regions
    }

    @Test func theArticlesBlocksAreTheCodeThisTestRuns() throws {
        let blocks = try Self.articleBlocks()
        let regions = try Self.sourceRegions()
        #expect(blocks.count == 7)
        #expect(blocks == regions)
    }

    @Test func theWalkthroughRunsAgainstAServerThatAnswersAsLettaDoes() async throws {
        let server = try FakeConversationsServer()
        defer { server.stop() }
        setenv("LETTA_BASE_URL", server.baseURL, 1)
        setenv("LETTA_API_KEY", "sk-article", 1)
        defer {
            unsetenv("LETTA_BASE_URL")
            unsetenv("LETTA_API_KEY")
        }
        let printed = try await walkthrough(agentID: "agent-1")
        #expect(
            printed == [
                "conv-1",
                "Hello! How can I help?",
                "stopped: end_turn",
                "message-1 2026-12-01T20:45:25Z",
                "message-2 2026-12-01T20:45:26Z",
                "message-3 2026-12-01T20:45:27Z",
                "3 messages",
                "[\"conv-1\"]",
                "[\"message-1\", \"message-2\"]",
                "not found: Conversation not found with id=conv-missing",
            ])
        let requests = server.server.received.map {
            "\($0.method) \($0.path)?\($0.query.map { "\($0.name)=\($0.value)" }.joined(separator: "&"))"
        }
        #expect(
            requests == [
                "POST /v1/conversations/?agent_id=agent-1",
                "POST /v1/conversations/conv-1/messages?",
                "GET /v1/conversations/conv-1/messages?limit=50",
                "GET /v1/conversations/conv-1/messages?limit=100",
                "GET /v1/conversations/conv-1/messages?limit=100&after=message-2",
                "GET /v1/conversations/conv-1/messages?limit=100&after=message-3",
                "GET /v1/conversations/?agent_id=agent-1&limit=50",
                "GET /v1/conversations/conv-1?",
                "GET /v1/conversations/conv-missing?",
            ])
        #expect(server.server.received.allSatisfy { $0.header("authorization") == "Bearer sk-article" })
        let sent = server.server.received("/v1/conversations/conv-1/messages").first { $0.method == "POST" }
        #expect(
            sent.map { String(decoding: $0.body, as: UTF8.self) } == #"{"messages":[{"type":"message","role":"user","content":"Hello!"}]}"#)
    }

    /// The article's code, block by block, with `print` collected.
    func walkthrough(agentID: String) async throws -> [String] {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }

        // article: begin
        let client = LettaClient()
        // article: end

        // article: begin
        let conversation = try await client.conversations.create(agentID: agentID)
        print(conversation.id)
        // article: end

        // article: begin
        let stream = try await client.conversations.messages.create(
            conversationID: conversation.id,
            messages: [.message(MessageCreate(role: .user, content: "Hello!"))]
        )
        for try await event in stream {
            switch event {
            case .event(.assistantMessage(let message)):
                if case .string(let text) = message.content { print(text) }
            case .event(.stopReason(let stop)):
                print("stopped:", stop.stopReason.rawValue)
            case .error(let failure):
                print("error:", failure.message)
            default:
                break
            }
        }
        // article: end

        // article: begin
        let page = try await client.conversations.messages.list(conversationID: conversation.id, limit: 50)
        for message in page.items {
            print(message.id ?? "-", message.date.map { RFC3339.format($0) } ?? "-")
        }
        // article: end

        // article: begin
        var history: [LettaMessageUnion] = []
        for try await message in try await client.conversations.messages.list(conversationID: conversation.id, limit: 100).allItems {
            history.append(message)
        }
        print(history.count, "messages")
        // article: end

        // article: begin
        let conversations = try await client.conversations.list(agentID: agentID, limit: 50)
        print(conversations.items.map(\.id))
        let retrieved = try await client.conversations.retrieve(conversationID: conversation.id)
        print(retrieved.inContextMessageIDs ?? [])
        // article: end

        // article: begin
        do {
            _ = try await client.conversations.retrieve(conversationID: "conv-missing")
        } catch let error as APIError where error.status == 404 {
            print("not found:", error.message)
        }
        // article: end
        return printed
    }
}

/// The Conversations endpoints the article calls, answered with the Letta server's shapes (WIRE.md): whole-second
/// message dates, microsecond object dates, a chunked event stream ending in `[DONE]`, `{"detail": …}` for a 404.
final class FakeConversationsServer: Sendable {
    let server: LoopbackServer

    var baseURL: String { "http://127.0.0.1:\(server.port)" }

    static let conversation =
        #"{"id":"conv-1","agent_id":"agent-1","created_at":"2026-12-01T20:35:26.631368Z","summary":null,"in_context_message_ids":["message-1","message-2"]}"#

    static func message(_ number: Int, _ text: String) -> String {
        #"{"id":"message-\#(number)","date":"2026-12-01T20:45:\#(24 + number)+00:00","name":null,"message_type":"assistant_message","otid":"otid-\#(number)","sender_id":null,"step_id":null,"is_err":null,"seq_id":null,"run_id":"run-1","content":"\#(text)"}"#
    }

    init() throws {
        server = try LoopbackServer { request, connection in
            let messages = [Self.message(1, "One"), Self.message(2, "Two"), Self.message(3, "Three")]
            switch (request.method, request.path) {
            case ("POST", "/v1/conversations/"):
                connection.respondJSON(Self.conversation)
            case ("GET", "/v1/conversations/"):
                connection.respondJSON("[" + Self.conversation + "]")
            case ("GET", "/v1/conversations/conv-1"):
                connection.respondJSON(Self.conversation)
            case ("GET", "/v1/conversations/conv-1/messages"):
                // Two at a time after a cursor, as a small server-side page would.
                let after = request.queryValues("after").first
                let start = after.flatMap { cursor in (1...3).first { "message-\($0)" == cursor } } ?? 0
                let limit = request.queryValues("limit").first.flatMap { Int($0) } ?? 100
                let pageSize = after == nil && limit == 100 ? 2 : limit
                let page = Array(messages.dropFirst(start).prefix(pageSize))
                connection.respondJSON("[" + page.joined(separator: ",") + "]")
            case ("POST", "/v1/conversations/conv-1/messages"):
                connection.startEventStream()
                _ = connection.sendEvent(
                    #"{"id":"message-9","date":"2026-12-01T20:45:30+00:00","message_type":"reasoning_message","otid":"otid-9","run_id":"run-1","reasoning":"Greet back."}"#
                )
                _ = connection.sendEvent(Self.message(9, "Hello! How can I help?"))
                _ = connection.sendEvent(#"{"message_type":"stop_reason","stop_reason":"end_turn"}"#)
                _ = connection.sendChunk("data: [DONE]\n\n")
                connection.endEventStream()
            default:
                let id = request.path.split(separator: "/").last.map(String.init) ?? ""
                connection.respondJSON(status: 404, #"{"detail":"Conversation not found with id=\#(id)"}"#)
            }
        }
    }

    func stop() { server.stop() }
}
