import Foundation
import HTTPTypes
import LettaClientRuntime
import LoopbackHTTPServer
import LettaClientTransport
import LettaModels
import OpenAPIRuntime

/// Records the waits between attempts instead of waiting, so retry tests take no time.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []

    var delays: [Duration] { lock.withLock { recorded } }

    func sleep(_ duration: Duration) async throws {
        lock.withLock { recorded.append(duration) }
    }
}

/// Counts calls from the server's threads (which attempt this is).
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    /// The next number, from 1.
    func next() -> Int {
        lock.withLock {
            count += 1
            return count
        }
    }
}

/// A one-shot signal between a test and the server's thread, with a bounded wait.
final class Signal: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var raised = false

    func raise() {
        let first = lock.withLock { () -> Bool in
            defer { raised = true }
            return !raised
        }
        if first { semaphore.signal() }
    }

    /// Waits up to `seconds` on the server's thread; true when the signal came.
    func wait(seconds: Double = 5) -> Bool {
        semaphore.wait(timeout: .now() + seconds) == .success
    }

    var isRaised: Bool { lock.withLock { raised } }

    /// Polls from a test (tiny sleeps) until the signal is raised, for up to `seconds`.
    func waitAsync(seconds: Double = 5) async -> Bool {
        let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
        while !isRaised, ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(5)) }
        return isRaised
    }
}

/// A client for the loopback server: the default transport (AsyncHTTPClient on Linux), a test key, the retry
/// waits recorded rather than slept.
func makeClient(
    _ server: LoopbackServer, basePath: String = "", apiKey: String? = "sk-test", maxRetries: Int = 2,
    timeout: Duration = .seconds(10), idleTimeout: Duration = .seconds(10), headers: HTTPFields = [:],
    middlewares: [any ClientMiddleware] = [], sleeps: SleepRecorder = SleepRecorder()
) -> APIClient {
    var configuration = ClientConfiguration(
        apiKey: apiKey, baseURL: server.url(basePath), defaultBaseURL: URL(string: "https://api.letta.com")!,
        apiKeyVariable: nil, baseURLVariable: nil, userAgent: "LettaClient/Swift 0.0.0-test", environment: [:])
    configuration.maxRetries = maxRetries
    configuration.timeout = timeout
    configuration.streamIdleTimeout = idleTimeout
    configuration.headers = headers
    return APIClient(configuration: configuration, transport: defaultClientTransport(), middlewares: middlewares, sleep: sleeps.sleep)
}

/// The request a generated `conversations.messages.create` builds.
func sendMessageRequest(_ conversationID: String = "conv-1") throws -> ClientRequest {
    var request = ClientRequest(
        method: .post, path: "/v1/conversations/\(try ClientRequest.pathComponent(conversationID))/messages",
        operationID: "send_conversation_message")
    request.accept = "text/event-stream"
    request.setJSONBody(ConversationMessageRequest(input: .string("Hello!"), streamTokens: false))
    return request
}

typealias LettaStream = EventStream<LettaStreamingResponse, LettaErrorMessage>
typealias LettaEvent = StreamEvent<LettaStreamingResponse, LettaErrorMessage>

extension APIClient {
    /// The stream a generated `conversations.messages.create` returns.
    func sendMessage(_ conversationID: String = "conv-1", options: RequestOptions = .init()) async throws -> LettaStream {
        try await stream(
            try sendMessageRequest(conversationID), options: options, events: LettaStreamingResponse.self,
            errors: LettaErrorMessage.self)
    }
}

/// Events as the Letta server 0.16.6 writes them (WIRE.md): every optional key present, `null` where unset.
enum Wire {
    static func assistant(_ text: String, id: String = "message-1", otid: String = "otid-1") -> String {
        #"{"id":"\#(id)","date":"2026-12-01T20:45:25+00:00","name":null,"message_type":"assistant_message","otid":"\#(otid)","sender_id":null,"step_id":"step-1","is_err":null,"seq_id":null,"run_id":"run-1","content":"\#(text)"}"#
    }

    static let ping =
        #"{"id":"ping-5b7b2a52-3d3c-4f53-9b0e-0b1f4b9f2a10","date":"2026-12-01T20:45:45+00:00","name":null,"message_type":"ping","otid":null,"sender_id":null,"step_id":null,"is_err":null,"seq_id":null,"run_id":"run-1"}"#
    static let endTurn = #"{"message_type":"stop_reason","stop_reason":"end_turn"}"#
    static let llmAPIError = #"{"message_type":"stop_reason","stop_reason":"llm_api_error"}"#
    /// A cancelled run's stop reason, with Python's spacing.
    static let cancelled = #"{"message_type": "stop_reason", "stop_reason": "cancelled"}"#
    static let usage =
        #"{"message_type":"usage_statistics","completion_tokens":12,"prompt_tokens":130,"total_tokens":142,"step_count":1,"run_ids":["run-1"]}"#
    static let errorEvent =
        #"{"message_type":"error_message","run_id":"run-1","error_type":"llm_error","message":"An error occurred with the LLM request.","detail":"Rate limit reached for requests","seq_id":null}"#
    static let done = "[DONE]"

    static func listedMessage(_ id: String) -> String {
        #"{"id":"\#(id)","date":"2026-12-01T20:45:25+00:00","name":null,"message_type":"user_message","otid":null,"sender_id":null,"step_id":null,"is_err":null,"seq_id":null,"run_id":null,"content":"text of \#(id)"}"#
    }
}

extension LettaEvent {
    /// A short name for assertions: the message type, or `error`.
    var kind: String {
        switch self {
        case .event(.assistantMessage(let message)):
            if case .string(let text) = message.content { return "assistant:\(text)" }
            return "assistant"
        case .event(.ping): return "ping"
        case .event(.stopReason(let reason)): return "stop:\(reason.stopReason.rawValue)"
        case .event(.usageStatistics): return "usage"
        case .event(let other): return "other:\(other)"
        case .error(let error): return "error:\(error.errorType)"
        }
    }
}
