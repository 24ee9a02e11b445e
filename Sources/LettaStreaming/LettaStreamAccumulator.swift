import Foundation
import LettaCodegenRuntime
import LettaModels

/// Folds the events of a Letta stream into whole messages, in order.
///
/// With `stream_tokens`, one logical message arrives as many chunks of the same `message_type` sharing `id` and
/// `otid`: assistant `content` and `reasoning` carry the next piece of text, and a tool call arrives as deltas
/// (`name` and `tool_call_id` first, then pieces of `arguments`). The accumulator appends the pieces (tool-call
/// arguments per `tool_call_id`) and gives each message back as the list endpoint returns it: `tool_calls` an
/// array of full `ToolCall`s and `tool_call` the first of them. Whole messages (no token streaming) pass through.
///
/// Resuming: events whose `seq_id` is not above the last one seen (`lastSequenceID`) are ignored, so a stream
/// resumed with `resumeRequest()` after a drop, even one that repeats events, merges to the same transcript.
/// Time is linear in the text received; `message(at:)` builds one message in time linear in its size, so a UI
/// should append each `Update.messageGrew` piece rather than rebuild the message on every chunk.
public struct LettaStreamAccumulator: Sendable {
    /// What one event changed.
    public enum Update: Hashable, Sendable {
        /// A new message, at this index of `messages`.
        case messageStarted(index: Int)
        /// The message at `index` grew by `piece` (text, reasoning or tool-call arguments; empty when a chunk only
        /// filled in fields).
        case messageGrew(index: Int, piece: String)
        case stopReason(LettaStopReason)
        case usage(LettaUsageStatistics)
        case error(LettaErrorMessage)
        case ping(LettaPing)
        /// An event at or below `lastSequenceID`, seen before the stream was resumed: ignored.
        case alreadySeen(sequenceID: Int)
        /// A `message_type` this version does not know (kept in `unknownEvents`).
        case unknown(UnknownVariant)
        /// An event that did not decode (delivered with the `.deliver` policy), kept in `malformedEvents`.
        case malformed(LettaMalformedEvent)
    }

    private struct Key: Hashable, Sendable {
        var type: String
        var id: String
        var otid: String?
    }

    private struct ToolCallBuilder: Sendable {
        var id: String?
        var name: String?
        var arguments: String
        var extra: [String: JSONValue]
    }

    private struct Entry: Sendable {
        var base: LettaMessageUnion
        var text = ""
        var textStarted = false
        var parts: [LettaAssistantMessageContentUnion]?
        var toolCalls: [ToolCallBuilder] = []
    }

    private var entries: [Entry] = []
    private var indexByKey: [Key: Int] = [:]

    /// The last `stop_reason` event.
    public private(set) var stopReason: LettaStopReason?
    /// The last `usage_statistics` event.
    public private(set) var usage: LettaUsageStatistics?
    /// The highest `seq_id` seen (background streams number their events 1…N; ordinary ones send null).
    public private(set) var lastSequenceID: Int?
    /// `event: error` events and `error_message` data events, in order.
    public private(set) var errors: [LettaErrorMessage] = []
    /// Events of a `message_type` this version does not know, in order.
    public private(set) var unknownEvents: [UnknownVariant] = []
    /// Events that did not decode, in order.
    public private(set) var malformedEvents: [LettaMalformedEvent] = []

    public init() {}

    /// The number of messages so far (the last may still be growing).
    public var messageCount: Int { entries.count }

    /// Every message so far, whole as far as it has arrived.
    public var messages: [LettaMessageUnion] { entries.indices.map(message(at:)) }

    /// The message at `index` as it stands (built in time linear in its size).
    public func message(at index: Int) -> LettaMessageUnion {
        Self.build(entries[index])
    }

    /// The body of `POST /v1/conversations/{id}/stream` that resumes after the last event seen.
    public func resumeRequest(includePings: Bool? = nil) -> RetrieveStreamRequest {
        RetrieveStreamRequest(startingAfter: lastSequenceID, includePings: includePings)
    }

    /// Folds one event of a `LettaEventStream`.
    @discardableResult
    public mutating func add(_ event: LettaStreamEvent) -> Update {
        switch event {
        case .response(let response): return add(response)
        case .error(let error): return record(error)
        case .malformed(let malformed):
            malformedEvents.append(malformed)
            return .malformed(malformed)
        }
    }

    /// Folds one decoded `data:` event.
    @discardableResult
    public mutating func add(_ response: LettaStreamingResponse) -> Update {
        let message: LettaMessageUnion
        switch response {
        case .ping(let ping): return .ping(ping)
        case .stopReason(let reason):
            stopReason = reason
            return .stopReason(reason)
        case .usageStatistics(let statistics):
            usage = statistics
            return .usage(statistics)
        case .errorMessage(let error):
            if let seen = alreadySeen(error.seqID) { return seen }
            return record(error)
        case .unknown(let variant):
            unknownEvents.append(variant)
            return .unknown(variant)
        case .systemMessage(let value): message = .systemMessage(value)
        case .userMessage(let value): message = .userMessage(value)
        case .reasoningMessage(let value): message = .reasoningMessage(value)
        case .hiddenReasoningMessage(let value): message = .hiddenReasoningMessage(value)
        case .toolCallMessage(let value): message = .toolCallMessage(value)
        case .toolReturnMessage(let value): message = .toolReturnMessage(value)
        case .assistantMessage(let value): message = .assistantMessage(value)
        case .approvalRequestMessage(let value): message = .approvalRequestMessage(value)
        case .approvalResponseMessage(let value): message = .approvalResponseMessage(value)
        case .summaryMessage(let value): message = .summaryMessage(value)
        case .eventMessage(let value): message = .eventMessage(value)
        }
        if let seen = alreadySeen(message.seqID) { return seen }
        let key = Key(type: Self.typeName(of: message), id: message.id ?? "", otid: message.otid)
        if let index = indexByKey[key] {
            let piece = Self.fold(message, into: &entries[index])
            return .messageGrew(index: index, piece: piece)
        }
        var entry = Entry(base: message)
        _ = Self.fold(message, into: &entry, first: true)
        entries.append(entry)
        indexByKey[key] = entries.count - 1
        return .messageStarted(index: entries.count - 1)
    }

    private mutating func record(_ error: LettaErrorMessage) -> Update {
        errors.append(error)
        return .error(error)
    }

    /// `.alreadySeen` for a `seq_id` at or below the last one; otherwise notes it and returns nil.
    private mutating func alreadySeen(_ sequenceID: Int?) -> Update? {
        guard let sequenceID else { return nil }
        if let last = lastSequenceID, sequenceID <= last { return .alreadySeen(sequenceID: sequenceID) }
        lastSequenceID = sequenceID
        return nil
    }

    private static func typeName(of message: LettaMessageUnion) -> String {
        switch message {
        case .systemMessage: "system_message"
        case .userMessage: "user_message"
        case .reasoningMessage: "reasoning_message"
        case .hiddenReasoningMessage: "hidden_reasoning_message"
        case .toolCallMessage: "tool_call_message"
        case .toolReturnMessage: "tool_return_message"
        case .assistantMessage: "assistant_message"
        case .approvalRequestMessage: "approval_request_message"
        case .approvalResponseMessage: "approval_response_message"
        case .summaryMessage: "summary_message"
        case .eventMessage: "event_message"
        case .unknown(let variant): variant.discriminator ?? ""
        }
    }

    // MARK: Folding chunks

    /// Folds `chunk` into `entry` and returns the piece of text it added.
    private static func fold(_ chunk: LettaMessageUnion, into entry: inout Entry, first: Bool = false) -> String {
        if !first { entry.base = filled(entry.base, from: chunk) }
        switch chunk {
        case .assistantMessage(let message):
            switch message.content {
            case .string(let piece):
                appendText(piece, to: &entry)
                return piece
            case .array(let parts):
                entry.parts = (entry.parts ?? []) + parts
                return parts.compactMap { part in
                    if case .text(let text) = part { return text.text }
                    return nil
                }.joined()
            }
        case .reasoningMessage(let message):
            appendText(message.reasoning, to: &entry)
            return message.reasoning
        case .hiddenReasoningMessage(let message):
            guard let piece = message.hiddenReasoning else { return "" }
            appendText(piece, to: &entry)
            return piece
        case .toolCallMessage(let message):
            return foldToolCalls(
                message.toolCalls, fallback: message.toolCalls == nil ? deprecatedToolCall(of: message) : nil, into: &entry)
        case .approvalRequestMessage(let message):
            return foldToolCalls(
                message.toolCalls, fallback: message.toolCalls == nil ? deprecatedToolCall(of: message) : nil, into: &entry)
        default:
            return ""
        }
    }

    private static func appendText(_ piece: String, to entry: inout Entry) {
        entry.text.append(piece)
        entry.textStarted = true
    }

    /// `tool_call`, read without the deprecated accessor (the streams send the same object in `tool_calls`; this
    /// is for servers that send only `tool_call`).
    private static func deprecatedToolCall(of message: Any) -> ToolCallUnion? {
        Mirror(reflecting: message).children.first { $0.label == "_toolCall" }?.value as? ToolCallUnion
    }

    private static func foldToolCalls(_ calls: ToolCalls?, fallback: ToolCallUnion?, into entry: inout Entry) -> String {
        var piece = ""
        switch calls {
        case .array(let full)?:
            for call in full { setFull(call, in: &entry) }
        case .toolCallDelta(let delta)?:
            piece = appendDelta(delta, to: &entry)
        case nil:
            switch fallback {
            case .toolCall(let call)?: setFull(call, in: &entry)
            case .toolCallDelta(let delta)?: piece = appendDelta(delta, to: &entry)
            case nil: break
            }
        }
        return piece
    }

    /// A whole tool call (no token streaming): it replaces what the same id had.
    private static func setFull(_ call: ToolCall, in entry: inout Entry) {
        let builder = ToolCallBuilder(id: call.toolCallID, name: call.name, arguments: call.arguments, extra: call.additionalProperties)
        if let index = entry.toolCalls.firstIndex(where: { $0.id == call.toolCallID }) {
            entry.toolCalls[index] = builder
        } else {
            entry.toolCalls.append(builder)
        }
    }

    /// A delta: its `name` (first one kept) and the next piece of `arguments` for its `tool_call_id` (the last
    /// call's when it has none).
    private static func appendDelta(_ delta: ToolCallDelta, to entry: inout Entry) -> String {
        var index = delta.toolCallID.flatMap { id in entry.toolCalls.lastIndex { $0.id == id } }
        if index == nil, delta.toolCallID == nil, !entry.toolCalls.isEmpty { index = entry.toolCalls.count - 1 }
        if index == nil {
            entry.toolCalls.append(ToolCallBuilder(id: delta.toolCallID, name: nil, arguments: "", extra: [:]))
            index = entry.toolCalls.count - 1
        }
        guard let index else { return "" }
        if entry.toolCalls[index].name == nil { entry.toolCalls[index].name = delta.name }
        let piece = delta.arguments ?? ""
        entry.toolCalls[index].arguments.append(piece)
        for (key, value) in delta.additionalProperties where entry.toolCalls[index].extra[key] == nil {
            entry.toolCalls[index].extra[key] = value
        }
        return piece
    }

    /// `base` with the shared fields it lacks taken from a later chunk (`seq_id`, `run_id`, …).
    private static func filled(_ base: LettaMessageUnion, from chunk: LettaMessageUnion) -> LettaMessageUnion {
        guard base.seqID == nil, let sequenceID = chunk.seqID else { return base }
        switch base {
        case .assistantMessage(var message):
            message.seqID = sequenceID
            return .assistantMessage(message)
        case .reasoningMessage(var message):
            message.seqID = sequenceID
            return .reasoningMessage(message)
        case .hiddenReasoningMessage(var message):
            message.seqID = sequenceID
            return .hiddenReasoningMessage(message)
        case .toolCallMessage(var message):
            message.seqID = sequenceID
            return .toolCallMessage(message)
        case .approvalRequestMessage(var message):
            message.seqID = sequenceID
            return .approvalRequestMessage(message)
        default: return base
        }
    }

    // MARK: Building messages

    private static func build(_ entry: Entry) -> LettaMessageUnion {
        switch entry.base {
        case .assistantMessage(var message):
            if let parts = entry.parts {
                message.content = .array(parts)
            } else if entry.textStarted {
                message.content = .string(entry.text)
            }
            return .assistantMessage(message)
        case .reasoningMessage(var message):
            message.reasoning = entry.text
            return .reasoningMessage(message)
        case .hiddenReasoningMessage(var message):
            if entry.textStarted { message.hiddenReasoning = entry.text }
            return .hiddenReasoningMessage(message)
        case .toolCallMessage(let message):
            guard !entry.toolCalls.isEmpty else { return entry.base }
            let calls = entry.toolCalls.map(toolCall)
            return .toolCallMessage(
                ToolCallMessage(
                    id: message.id, date: message.date, name: message.name, otid: message.otid,
                    senderID: message.senderID, stepID: message.stepID, isErr: message.isErr, seqID: message.seqID,
                    runID: message.runID, toolCall: .toolCall(calls[0]), toolCalls: .array(calls),
                    additionalProperties: message.additionalProperties
                ))
        case .approvalRequestMessage(let message):
            guard !entry.toolCalls.isEmpty else { return entry.base }
            let calls = entry.toolCalls.map(toolCall)
            return .approvalRequestMessage(
                ApprovalRequestMessage(
                    id: message.id, date: message.date, name: message.name, otid: message.otid,
                    senderID: message.senderID, stepID: message.stepID, isErr: message.isErr, seqID: message.seqID,
                    runID: message.runID, toolCall: .toolCall(calls[0]), toolCalls: .array(calls),
                    additionalProperties: message.additionalProperties
                ))
        default:
            return entry.base
        }
    }

    private static func toolCall(_ builder: ToolCallBuilder) -> ToolCall {
        ToolCall(
            name: builder.name ?? "", arguments: builder.arguments, toolCallID: builder.id ?? "",
            additionalProperties: builder.extra)
    }
}
