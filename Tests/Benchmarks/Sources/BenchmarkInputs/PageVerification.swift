import Foundation
import LettaCodegenRuntime
import LettaModels

/// The check that runs before anything is timed: the input decodes as `[LettaMessageUnion]` with a plain
/// `JSONDecoder()`, re-encodes to the same JSON up to the documented normalizations, and decodes again to an equal
/// value. For the generated page it must also use every model fully (no `.unknown`, no undeclared keys) and
/// contain every `message_type`. Throws `BenchmarkInputError` listing what is wrong; a benchmark over a page the models
/// misread would measure the wrong thing.
public struct PageVerification: Sendable {
    public var messages: Int
    public var messageTypes: [String: Int]
    public var unknownMessages: Int
    public var modelProblems: Int
    public var roundTripDifferences: Int
    public var stable: Bool

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
    public static func verify(_ json: Data, strict: Bool) throws -> PageVerification {
        let decoded: [LettaMessageUnion]
        do {
            decoded = try JSONDecoder().decode([LettaMessageUnion].self, from: json)
        } catch {
            throw BenchmarkInputError("the input does not decode as [LettaMessageUnion]: \(error)")
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
            throw BenchmarkInputError(
                "the input failed verification (\(failures.count) problem\(failures.count == 1 ? "" : "s")):\n  \(shown)\(more)")
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
}
