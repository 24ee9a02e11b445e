import Foundation
import LettaClient
import LettaClientRuntime
import LettaCodegenRuntime
import LettaModels
import LettaStreaming

/// The Conversations API walkthrough, through the generated client, against a running Letta server
/// (`Scripts/check-live-server` starts one): an agent, a conversation, a streamed reply merged and compared with
/// what the server stored, the history paged, a compaction, a background stream resumed while it runs, and the
/// server's 404 and 422. Prints one line per check; exits 1 when any fails.
///
/// Usage: letta-client-live [base URL]   (default http://127.0.0.1:8283)
@main
struct LiveWalkthrough {
    static func main() async {
        let base = CommandLine.arguments.dropFirst().first ?? "http://127.0.0.1:8283"
        guard let baseURL = URL(string: base) else {
            print("FAIL not a URL: \(base)")
            exit(2)
        }
        var walkthrough = LiveWalkthrough(client: LettaClient(apiKey: "local-server-accepts-any-key", baseURL: baseURL))
        do {
            try await walkthrough.run()
        } catch {
            walkthrough.check("the walkthrough ran to its end", false, "\(error)")
        }
        print(
            walkthrough.failures == 0
                ? "all \(walkthrough.checks) checks passed" : "\(walkthrough.failures) of \(walkthrough.checks) checks failed")
        exit(walkthrough.failures == 0 ? 0 : 1)
    }

    let client: LettaClient
    var checks = 0
    var failures = 0

    mutating func check(_ name: String, _ passed: Bool, _ detail: @autoclosure () -> String = "") {
        checks += 1
        if !passed { failures += 1 }
        let text = detail()
        print((passed ? "ok   " : "FAIL ") + name + (text.isEmpty ? "" : "  (" + text + ")"))
    }

    mutating func run() async throws {
        let agentID = try await createAgent()
        check("agent created with a plain request through the engine", agentID.hasPrefix("agent-"), agentID)

        // Conversations: create, retrieve, list.
        let conversation = try await client.conversations.create(agentID: agentID)
        check("conversations.create", conversation.agentID == agentID && conversation.id.hasPrefix("conv-"), conversation.id)
        let retrieved = try await client.conversations.retrieve(conversationID: conversation.id)
        check("conversations.retrieve", retrieved.id == conversation.id)
        let listed = try await client.conversations.list(agentID: agentID, limit: 10)
        check("conversations.list", listed.items.contains { $0.id == conversation.id }, "\(listed.items.count) conversations")

        // A reply streamed token by token, merged, and compared with what the server stored.
        let started = ContinuousClock.now
        let reply = try await client.conversations.messages.create(conversationID: conversation.id, input: "Hello!", streamTokens: true)
        var accumulator = LettaStreamAccumulator()
        var firstEvent: Duration?
        var events = 0
        var streamErrors: [LettaErrorMessage] = []
        for try await event in reply {
            switch event {
            case .event(let response):
                if firstEvent == nil { firstEvent = ContinuousClock.now - started }
                events += 1
                accumulator.add(response)
            case .error(let failure):
                streamErrors.append(failure)
            }
        }
        let total = ContinuousClock.now - started
        check(
            "conversations.messages.create streams typed events", events > 3 && streamErrors.isEmpty,
            "\(events) events, first after \(firstEvent.map(Self.milliseconds) ?? "-"), all after \(Self.milliseconds(total))")
        let page = try await client.conversations.messages.list(conversationID: conversation.id, limit: 100, order: .asc)
        compare(merged: accumulator.messages, stored: page.items)

        // The history paged two at a time, following the cursor, equals one big page.
        var paged: [LettaMessageUnion] = []
        for try await message in try await client.conversations.messages.list(conversationID: conversation.id, limit: 2, order: .asc)
            .allItems
        {
            paged.append(message)
        }
        check(
            "conversations.messages.list pages with limit 2 and follows the cursor", paged == page.items,
            "\(paged.count) paged, \(page.items.count) in one page")

        // Compaction needs a second turn.
        let second = try await client.conversations.messages.create(conversationID: conversation.id, input: "Hello again!")
        for try await _ in second {}
        let compaction = try await client.conversations.messages.compact(conversationID: conversation.id)
        check(
            "conversations.messages.compact after two turns", compaction.numMessagesAfter < compaction.numMessagesBefore,
            "\(compaction.numMessagesBefore) → \(compaction.numMessagesAfter) messages")

        try await resumeBackgroundStream(conversationID: conversation.id)
        await expectErrors(conversationID: conversation.id)
    }

    /// Agents are outside spec/: the engine sends a request the generated client has no method for.
    func createAgent() async throws -> String {
        var request = ClientRequest(method: .post, path: "/v1/agents/", operationID: "create_agent")
        let body: JSONValue = [
            "name": "swift-client-live", "model": "openai-proxy/fake-gpt-4o-mini", "embedding": "openai/text-embedding-3-small",
            "memory_blocks": [["label": "human", "value": "Tester"], ["label": "persona", "value": "Helpful agent"]],
        ]
        request.setJSONBody(body)
        let agent = try await client.apiClient.send(request, options: RequestOptions()).decode(JSONValue.self)
        return agent["id"]?.stringValue ?? ""
    }

    /// Every merged message equals the stored one with its `otid`, but where the server itself differs (its stored
    /// reasoning is trimmed; its stored date can be a second later).
    mutating func compare(merged: [LettaMessageUnion], stored: [LettaMessageUnion]) {
        let storedByOTID = Dictionary(
            stored.compactMap { message in message.otid.map { ($0, message) } }, uniquingKeysWith: { first, _ in first })
        var compared = 0
        var differences: [String] = []
        for message in merged {
            guard let otid = message.otid, let kept = storedByOTID[otid] else { continue }
            compared += 1
            let left = Self.normalized(message, dateFrom: kept)
            let right = Self.normalized(kept, dateFrom: kept)
            if left != right { differences.append("\(otid): streamed \(Self.json(left)) stored \(Self.json(right))") }
        }
        check(
            "the merged stream equals what conversations.messages.list returns", compared >= 3 && differences.isEmpty,
            differences.first ?? "\(compared) messages compared")
    }

    /// The message as JSON, its reasoning trimmed and its date the stored one when they are a second apart at most.
    static func normalized(_ message: LettaMessageUnion, dateFrom stored: LettaMessageUnion) -> JSONValue {
        guard case .object(var object) = (try? JSONReader.decode(JSONValue.self, from: JSONWriter.encode(message))) ?? .null else {
            return .null
        }
        if let reasoning = object["reasoning"]?.stringValue {
            object["reasoning"] = .string(reasoning.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        if let streamed = message.date, let kept = stored.date, abs(streamed.timeIntervalSince(kept)) <= 1 {
            object["date"] = .string(RFC3339.format(kept))
        }
        return .object(object)
    }

    static func json(_ value: JSONValue) -> String {
        String(decoding: JSONWriter.encode(value), as: UTF8.self)
    }

    /// A background run resumed from its third event while it runs: the resumed events continue the numbering. The
    /// server answers the background request when the model's first token arrives (the stand-in model waits 6 s), so
    /// the resume is sent 2 s after the request went out, not after it was answered, and finds the run active.
    mutating func resumeBackgroundStream(conversationID: String) async throws {
        let client = client
        let collector = Task { () -> [Int] in
            let background = try await client.conversations.messages.create(
                conversationID: conversationID,
                messages: [.message(MessageCreate(role: .user, content: "Background please [[slow=6]]"))],
                streamTokens: true, background: true)
            var sequence: [Int] = []
            for try await event in background {
                if case .event(let response) = event, let seq = Self.sequenceID(of: response) { sequence.append(seq) }
            }
            return sequence
        }
        try await Task.sleep(for: .seconds(2))
        let resumed = try await client.conversations.messages.stream(conversationID: conversationID, startingAfter: 3)
        var resumedSequence: [Int] = []
        for try await event in resumed {
            if case .event(let response) = event, let seq = Self.sequenceID(of: response) { resumedSequence.append(seq) }
        }
        let original = try await collector.value
        check(
            "conversations.messages.stream resumes a background run with startingAfter",
            resumedSequence.first == 4 && resumedSequence == original.filter { $0 > 3 },
            "resumed \(resumedSequence.first.map(String.init) ?? "-")…\(resumedSequence.last.map(String.init) ?? "-"), "
                + "original 1…\(original.last.map(String.init) ?? "-")")
    }

    /// A background stream's `seq_id` (the union has no shared one: stop reasons and usage carry none).
    static func sequenceID(of response: LettaStreamingResponse) -> Int? {
        let json = try? JSONReader.decode(JSONValue.self, from: JSONWriter.encode(response))
        return json?["seq_id"]?.int64Value.map { Int($0) }
    }

    /// The server's own errors arrive as `APIError` with the parsed body.
    mutating func expectErrors(conversationID: String) async {
        do {
            _ = try await client.conversations.retrieve(conversationID: "conv-00000000-0000-4000-8000-000000000000")
            check("an unknown conversation is a 404", false, "no error")
        } catch let error as APIError {
            check("an unknown conversation is a 404", error.status == 404 && error.message.contains("not found"), error.description)
        } catch {
            check("an unknown conversation is a 404", false, "\(error)")
        }
        do {
            var request = ClientRequest(
                method: .post, path: "/v1/conversations/\(conversationID)/messages", operationID: "send_conversation_message")
            request.setJSONBody(["messages": "not a list"] as JSONValue)
            _ = try await client.apiClient.send(request, options: RequestOptions())
            check("a bad body is a 422", false, "no error")
        } catch let error as APIError {
            check("a bad body is a 422", error.status == 422 && !error.message.isEmpty, error.description)
        } catch {
            check("a bad body is a 422", false, "\(error)")
        }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return "\(seconds * 1000 + attoseconds / 1_000_000_000_000_000) ms"
    }
}
