import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

@Suite(.enabled(if: SharedDocument.march.isAvailable, "../shared/upstream is not beside the checkout"))
struct UpstreamGenerationTests {
    @Test func namesAreShortenedToTheFewestComponentsThatDiffer() throws {
        let document = try SpecLoader().load(path: SharedDocument.march.path).document
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
