import LettaCodegenRuntime
import LettaModels

/// Walks decoded messages for what a round trip cannot catch: a variant or enum value the models did not
/// recognise (`.unknown`), or a key they do not declare (kept in `additionalProperties`; a misspelt key in the
/// generated page would land there and still round-trip). Deprecated fields are skipped: they repeat the
/// non-deprecated ones, and reading them would warn.
struct MessageModelAudit {
    /// `message_type` → count, unknown ones under their discriminator.
    private(set) var messageTypeCounts: [String: Int] = [:]
    private(set) var unknownMessageCount = 0
    private(set) var problems: [String] = []

    init(_ messages: [LettaMessageUnion]) {
        for (index, message) in messages.enumerated() {
            audit(message, at: index)
        }
    }

    private mutating func audit(_ message: LettaMessageUnion, at index: Int) {
        let location = "message \(index)"
        switch message {
        case .systemMessage(let value):
            count(SystemMessage.messageType)
            keys(value.additionalProperties, location)
        case .userMessage(let value):
            count(UserMessage.messageType)
            keys(value.additionalProperties, location)
            if case .array(let parts) = value.content {
                for (partIndex, part) in parts.enumerated() { userPart(part, "\(location) content[\(partIndex)]") }
            }
        case .reasoningMessage(let value):
            count(ReasoningMessage.messageType)
            keys(value.additionalProperties, location)
            if case .unknown(let raw)? = value.source { problem("\(location): unknown source '\(raw)'") }
        case .hiddenReasoningMessage(let value):
            count(HiddenReasoningMessage.messageType)
            keys(value.additionalProperties, location)
            if case .unknown(let raw) = value.state { problem("\(location): unknown state '\(raw)'") }
        case .toolCallMessage(let value):
            count(ToolCallMessage.messageType)
            keys(value.additionalProperties, location)
            toolCalls(value.toolCalls, location)
        case .toolReturnMessage(let value):
            count(ToolReturnMessage.messageType)
            keys(value.additionalProperties, location)
            for (returnIndex, item) in (value.toolReturns ?? []).enumerated() {
                toolReturn(item, "\(location) tool_returns[\(returnIndex)]")
            }
        case .assistantMessage(let value):
            count(AssistantMessage.messageType)
            keys(value.additionalProperties, location)
            if case .array(let parts) = value.content {
                for (partIndex, part) in parts.enumerated() {
                    switch part {
                    case .text(let text): keys(text.additionalProperties, "\(location) content[\(partIndex)]")
                    case .unknown(let variant): unknownVariant(variant, "\(location) content[\(partIndex)]")
                    }
                }
            }
        case .approvalRequestMessage(let value):
            count(ApprovalRequestMessage.messageType)
            keys(value.additionalProperties, location)
            toolCalls(value.toolCalls, location)
        case .approvalResponseMessage(let value):
            count(ApprovalResponseMessage.messageType)
            keys(value.additionalProperties, location)
            for (approvalIndex, approval) in (value.approvals ?? []).enumerated() {
                let itemLocation = "\(location) approvals[\(approvalIndex)]"
                switch approval {
                case .approval(let decision): keys(decision.additionalProperties, itemLocation)
                case .tool(let item): toolReturn(item, itemLocation)
                case .unknown(let variant): unknownVariant(variant, itemLocation)
                }
            }
        case .summaryMessage(let value):
            count(SummaryMessage.messageType)
            keys(value.additionalProperties, location)
            if let stats = value.compactionStats { keys(stats.additionalProperties, "\(location) compaction_stats") }
        case .eventMessage(let value):
            count(EventMessage.messageType)
            keys(value.additionalProperties, location)
            if case .unknown(let raw) = value.eventType { problem("\(location): unknown event_type '\(raw)'") }
        case .unknown(let variant):
            count(variant.discriminator ?? "(none)")
            unknownMessageCount += 1
            unknownVariant(variant, location)
        }
    }

    private mutating func userPart(_ part: LettaUserMessageContentUnion, _ location: String) {
        switch part {
        case .text(let text):
            keys(text.additionalProperties, location)
        case .image(let image):
            keys(image.additionalProperties, location)
            switch image.source {
            case .url(let source): keys(source.additionalProperties, location + " source")
            case .base64(let source): keys(source.additionalProperties, location + " source")
            case .letta(let source): keys(source.additionalProperties, location + " source")
            case .unknown(let variant): unknownVariant(variant, location + " source")
            }
        case .unknown(let variant):
            unknownVariant(variant, location)
        }
    }

    private mutating func toolCalls(_ calls: ToolCalls?, _ location: String) {
        switch calls {
        case .array(let list)?:
            for (callIndex, call) in list.enumerated() { keys(call.additionalProperties, "\(location) tool_calls[\(callIndex)]") }
        case .toolCallDelta?:
            problem("\(location): tool_calls decoded as a ToolCallDelta, expected complete calls")
        case nil:
            problem("\(location): no tool_calls")
        }
    }

    private mutating func toolReturn(_ item: ToolReturn, _ location: String) {
        keys(item.additionalProperties, location)
        if case .unknown(let raw) = item.status { problem("\(location): unknown status '\(raw)'") }
        if case .array(let parts) = item.toolReturn {
            for (partIndex, part) in parts.enumerated() {
                switch part {
                case .text(let text): keys(text.additionalProperties, "\(location) tool_return[\(partIndex)]")
                case .image(let image): keys(image.additionalProperties, "\(location) tool_return[\(partIndex)]")
                case .unknown(let variant): unknownVariant(variant, "\(location) tool_return[\(partIndex)]")
                }
            }
        }
    }

    private mutating func count(_ messageType: String) {
        messageTypeCounts[messageType, default: 0] += 1
    }

    private mutating func keys(_ additional: [String: JSONValue], _ location: String) {
        guard !additional.isEmpty else { return }
        problem("\(location): undeclared keys \(additional.keys.sorted().joined(separator: ", "))")
    }

    private mutating func unknownVariant(_ variant: UnknownVariant, _ location: String) {
        problem("\(location): unknown variant '\(variant.discriminator ?? "(no discriminator)")'")
    }

    private mutating func problem(_ text: String) {
        problems.append(text)
    }
}
