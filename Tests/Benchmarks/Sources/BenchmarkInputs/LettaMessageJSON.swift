@_spi(Tooling) import LettaCodegen

/// One builder per `message_type`, writing the fields the way the server serializes them, deprecated
/// duplicates included (`tool_call` beside `tool_calls`, `tool_return`/`status`/`tool_call_id` beside
/// `tool_returns`, `approve`/`approval_request_id`/`reason` beside `approvals`).
enum LettaMessageJSON {
    static func system(_ envelope: MessageEnvelope, content: String) -> OrderedJSON {
        envelope.message("system_message", [("content", .string(content))])
    }

    /// `content` is a string or an array of content parts.
    static func user(_ envelope: MessageEnvelope, content: OrderedJSON) -> OrderedJSON {
        envelope.message("user_message", [("content", content)])
    }

    static func reasoning(_ envelope: MessageEnvelope, source: String, reasoning: String, signature: String?) -> OrderedJSON {
        envelope.message(
            "reasoning_message",
            [
                ("source", .string(source)),
                ("reasoning", .string(reasoning)),
                ("signature", .string(orNull: signature)),
            ])
    }

    static func hiddenReasoning(_ envelope: MessageEnvelope, state: String, hiddenReasoning: String?) -> OrderedJSON {
        envelope.message(
            "hidden_reasoning_message",
            [
                ("state", .string(state)),
                ("hidden_reasoning", .string(orNull: hiddenReasoning)),
            ])
    }

    static func toolCall(_ envelope: MessageEnvelope, _ invocations: [ToolInvocation]) -> OrderedJSON {
        envelope.message("tool_call_message", toolCallFields(invocations))
    }

    static func approvalRequest(_ envelope: MessageEnvelope, _ invocations: [ToolInvocation]) -> OrderedJSON {
        envelope.message("approval_request_message", toolCallFields(invocations))
    }

    /// One message for one or more (parallel) calls; the deprecated single-return fields describe the first.
    static func toolReturn(_ envelope: MessageEnvelope, _ invocations: [ToolInvocation], partsForm: Bool) -> OrderedJSON {
        let first = invocations[0]
        return envelope.message(
            "tool_return_message",
            [
                ("tool_return", .string(first.returnText)),
                ("status", .string(first.succeeded ? "success" : "error")),
                ("tool_call_id", .string(first.toolCallID)),
                ("stdout", stringArray(first.stdout)),
                ("stderr", stringArray(first.stderr)),
                ("tool_returns", .array(invocations.map { toolReturnItem($0, partsForm: partsForm) })),
            ])
    }

    /// `content` is a string or an array of text parts.
    static func assistant(_ envelope: MessageEnvelope, content: OrderedJSON) -> OrderedJSON {
        envelope.message("assistant_message", [("content", content)])
    }

    /// The user's decisions. `clientReturn` answers with the result of a client-side tool instead of an approval.
    static func approvalResponse(
        _ envelope: MessageEnvelope, requestID: String, invocation: ToolInvocation, approve: Bool, reason: String?,
        clientReturn: Bool
    ) -> OrderedJSON {
        let approval: OrderedJSON =
            clientReturn
            ? toolReturnItem(invocation, partsForm: false)
            : .members([
                ("type", .string("approval")),
                ("tool_call_id", .string(invocation.toolCallID)),
                ("approve", .bool(approve)),
                ("reason", .string(orNull: reason)),
            ])
        return envelope.message(
            "approval_response_message",
            [
                ("approvals", .array([approval])),
                ("approve", .bool(approve)),
                ("approval_request_id", .string(requestID)),
                ("reason", .string(orNull: reason)),
            ])
    }

    static func summary(_ envelope: MessageEnvelope, summary: String, compactionStats: OrderedJSON) -> OrderedJSON {
        envelope.message("summary_message", [("summary", .string(summary)), ("compaction_stats", compactionStats)])
    }

    static func event(_ envelope: MessageEnvelope, eventData: OrderedJSON) -> OrderedJSON {
        envelope.message("event_message", [("event_type", .string("compaction")), ("event_data", eventData)])
    }

    static func textPart(_ text: String, signature: String? = nil) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [("type", .string("text")), ("text", .string(text))]
        if let signature { members.append(("signature", .string(signature))) }
        return .members(members)
    }

    private static func toolCallFields(_ invocations: [ToolInvocation]) -> [(String, OrderedJSON)] {
        [("tool_call", invocations[0].toolCallJSON), ("tool_calls", .array(invocations.map(\.toolCallJSON)))]
    }

    private static func toolReturnItem(_ invocation: ToolInvocation, partsForm: Bool) -> OrderedJSON {
        .members([
            ("type", .string("tool")),
            ("tool_return", partsForm ? .array([textPart(invocation.returnText)]) : .string(invocation.returnText)),
            ("status", .string(invocation.succeeded ? "success" : "error")),
            ("tool_call_id", .string(invocation.toolCallID)),
            ("stdout", stringArray(invocation.stdout)),
            ("stderr", stringArray(invocation.stderr)),
        ])
    }

    private static func stringArray(_ lines: [String]?) -> OrderedJSON {
        lines.map { .array($0.map(OrderedJSON.string)) } ?? .null
    }
}
