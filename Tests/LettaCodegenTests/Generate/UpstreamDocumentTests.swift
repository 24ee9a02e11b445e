import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

@Suite(.enabled(if: SharedDocument.march.isAvailable, "../shared/upstream is not beside the checkout"))
struct UpstreamDocumentTests {
    @Test func lintsWithOnlyTheKnownWarnings() {
        let report = SpecLinter().lint(path: SharedDocument.march.path)
        let messages = report.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
        #expect(report.schemaCount == 347)
        #expect(
            messages == [
                "29426:44: warning: required property 'organization_id' is not among the schema's properties",
                "49997:30: warning: required property 'organization_id' is not among the schema's properties",
                "53061:28: warning: discriminator mapping 'tool_return' points at 'ToolCallContent', whose 'type' is 'tool_call'",
            ])
    }
}
