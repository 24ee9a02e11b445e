import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import LettaCodegen

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a spec as generate does, without writing anything; print every problem as path:line:column: severity: message."
    )

    @OptionGroup var options: GenerationFlags

    func run() throws {
        let start = ContinuousClock.now
        let report = SpecLinter().lint(try options.request())
        let elapsed = start.duration(to: .now)
        DiagnosticPrinter.printToStandardError(report.diagnostics)
        print(report.summaryLine(milliseconds: elapsed.wholeMilliseconds))
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}

enum DiagnosticPrinter {
    static func printToStandardError(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = diagnostics.map(\.description).joined(separator: "\n") + "\n"
        StandardStreams.writeToStandardError(text)
    }
}

extension Duration {
    var wholeMilliseconds: Int {
        let (seconds, attoseconds) = components
        return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
    }
}
