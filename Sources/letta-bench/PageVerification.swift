import Foundation
import LettaCodegenRuntime
import LettaModels

/// The check that runs before anything is timed: the input decodes as `[LettaMessageUnion]` with a plain
/// `JSONDecoder()`, re-encodes to the same JSON up to the documented normalizations, and decodes again to an equal
/// value. For the generated page it must also use every model fully (no `.unknown`, no undeclared keys) and
/// contain every `message_type`. Throws `BenchFailure` listing what is wrong; a benchmark over a page the models
/// misread would measure the wrong thing.
struct PageVerification: Encodable {
    var messages: Int
    var messageTypes: [String: Int]
    var unknownMessages: Int
    var modelProblems: Int
    var roundTripDifferences: Int
    var stable: Bool

    static let normalizations: JSONSemanticComparison.Options = [
        .nullEqualsAbsent, .datesCompareByInstant, .numbersCompareByValue,
    ]

    /// Pages with at least this many messages must contain all 11 message types.
    static let fullCoverageMinimum = 100

    static let allMessageTypes = [
        SystemMessage.messageType, UserMessage.messageType, ReasoningMessage.messageType,
        HiddenReasoningMessage.messageType, ToolCallMessage.messageType, ToolReturnMessage.messageType,
        AssistantMessage.messageType, ApprovalRequestMessage.messageType, ApprovalResponseMessage.messageType,
        SummaryMessage.messageType, EventMessage.messageType,
    ]

    /// - Parameter strict: the page is ours, so every model must be used fully (unknowns are errors, not notes).
    static func verify(_ json: Data, strict: Bool) throws -> PageVerification {
        let decoded: [LettaMessageUnion]
        do {
            decoded = try JSONDecoder().decode([LettaMessageUnion].self, from: json)
        } catch {
            throw BenchFailure("the input does not decode as [LettaMessageUnion]: \(error)")
        }
        let audit = MessageModelAudit(decoded)
        var failures: [String] = []
        if strict {
            failures += audit.problems
            if decoded.count >= fullCoverageMinimum {
                let missing = allMessageTypes.filter { audit.messageTypeCounts[$0] == nil }
                if !missing.isEmpty { failures.append("message types missing from the page: \(missing.joined(separator: ", "))") }
            }
        }

        let reencoded = try JSONEncoder().encode(decoded)
        let differences = try JSONSemanticComparison.differences(
            expectedJSON: json, actualJSON: reencoded, options: normalizations
        )
        failures += differences.map { "round trip: \($0.path.isEmpty ? "/" : $0.path): \($0.description)" }
        let again = try JSONDecoder().decode([LettaMessageUnion].self, from: reencoded)
        let stable = again == decoded
        if !stable { failures.append("decode(encode(decode(page))) differs from decode(page)") }

        guard failures.isEmpty else {
            let shown = failures.prefix(25).joined(separator: "\n  ")
            let more = failures.count > 25 ? "\n  … and \(failures.count - 25) more" : ""
            throw BenchFailure("the input failed verification (\(failures.count) problem\(failures.count == 1 ? "" : "s")):\n  \(shown)\(more)")
        }
        return PageVerification(
            messages: decoded.count,
            messageTypes: audit.messageTypeCounts,
            unknownMessages: audit.unknownMessageCount,
            modelProblems: audit.problems.count,
            roundTripDifferences: differences.count,
            stable: stable
        )
    }

    /// `assistant_message 301 · reasoning_message 620 · …` in the canonical order, unknown types last.
    var messageTypeSummary: [(String, Int)] {
        let known = Self.allMessageTypes.compactMap { type in messageTypes[type].map { (type, $0) } }
        let others = messageTypes.filter { !Self.allMessageTypes.contains($0.key) }.sorted { $0.key < $1.key }
        return known + others.map { ($0.key, $0.value) }
    }
}
