import Foundation
import Testing
@testable import LettaCodegen

/// The real Letta server document, read from `../shared/upstream` when it is beside the checkout.
enum UpstreamDocument {
    static let path: String = {
        let here = URL(fileURLWithPath: #filePath)
        return here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/upstream/letta-openapi-2026-03-31.json").path
    }()

    static var isAvailable: Bool { FileManager.default.fileExists(atPath: path) }
}

@Suite(.enabled(if: UpstreamDocument.isAvailable, "../shared/upstream is not beside the checkout"))
struct UpstreamDocumentTests {
    @Test func lintsWithOnlyTheKnownWarnings() {
        let report = SpecLinter().lint(path: UpstreamDocument.path)
        let messages = report.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
        #expect(report.schemaCount == 347)
        #expect(messages == [
            "29426:44: warning: required property 'organization_id' is not among the schema's properties",
            "49997:30: warning: required property 'organization_id' is not among the schema's properties",
            "53061:28: warning: discriminator mapping 'tool_return' points at 'ToolCallContent', whose 'type' is 'tool_call'",
        ])
    }
}

@Suite(.enabled(if: UpstreamDocument.isAvailable, "../shared/upstream is not beside the checkout"))
struct UpstreamGenerationTests {
    @Test func namesAreShortenedToTheFewestComponentsThatDiffer() throws {
        let document = try SpecLoader().load(path: UpstreamDocument.path).document
        let output = ModelTranslator().translate(document)
        let names = Set(output.files.map(\.declaration.name.name))
        for expected in [
            "ToolReturn", "CompactionSettings", "ChatGPTOAuthModelSettings", "AgentFileAgentSchema",
            "PydanticAgentSchemaAgentSchema", "AgentsCompactionRequest", "ConversationsCompactionRequest",
        ] {
            #expect(names.contains(expected), "missing \(expected)")
        }
        #expect(!names.contains { $0.contains("__") || $0.contains("-") })
    }
}
