import Testing

@testable import LettaCodegen

/// Diagnostics as the user reads them: compiler-style lines in a deterministic order.
@Suite struct DiagnosticTests {
    @Test func aDiagnosticPrintsAsPathLineColumnSeverityMessage() {
        let location = SourceLocation(file: "spec/api.yaml", line: 12, column: 7)
        #expect(Diagnostic.error("unknown schema 'X'", at: location).description == "spec/api.yaml:12:7: error: unknown schema 'X'")
        #expect(Diagnostic.warning("w", at: location).description == "spec/api.yaml:12:7: warning: w")
        #expect(Diagnostic.note("n", at: location).description == "spec/api.yaml:12:7: note: n")
        let thrown = DiagnosticsError([.error("a", at: location), .note("b", at: location)])
        #expect(thrown.description == "spec/api.yaml:12:7: error: a\nspec/api.yaml:12:7: note: b")
    }

    @Test func theCollectorSortsByFileThenPositionThenSeverityThenMessage() {
        var collector = DiagnosticCollector()
        collector.warning("late", at: SourceLocation(file: "b.yaml", line: 1, column: 1))
        collector.warning("second column", at: SourceLocation(file: "a.yaml", line: 3, column: 10))
        collector.warning("zeta", at: SourceLocation(file: "a.yaml", line: 3, column: 2))
        collector.error("beta", at: SourceLocation(file: "a.yaml", line: 3, column: 2))
        collector.error("alpha", at: SourceLocation(file: "a.yaml", line: 3, column: 2))
        collector.emit(.note("first line", at: SourceLocation(file: "a.yaml", line: 1, column: 40)))
        #expect(
            collector.sorted.map(\.description) == [
                "a.yaml:1:40: note: first line",
                "a.yaml:3:2: error: alpha",
                "a.yaml:3:2: error: beta",
                "a.yaml:3:2: warning: zeta",
                "a.yaml:3:10: warning: second column",
                "b.yaml:1:1: warning: late",
            ])
        #expect(collector.hasErrors)
        #expect(collector.errorCount == 2)
        #expect(collector.warningCount == 3)
        #expect(!DiagnosticCollector().hasErrors)
    }
}
