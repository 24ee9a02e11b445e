import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import LettaCodegen
import LettaUpstream

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Print the wire-level differences between the spec's schemas and the server's, minus the intended ones.",
        discussion: """
            Schemas are paired by name, or through 'names' in the upstream map; differences the map lists under \
            'intended' (with a reason) are not printed. One line per difference: \
            SPEC:line:column: Schema: difference (upstream FILE:line:column). Exit status: 0 when nothing is \
            printed, 1 when differences are, 2 on bad usage or a spec with errors.
            """
    )

    @Argument(help: "The spec (YAML or JSON), e.g. spec/letta.yaml.")
    var spec: String

    @Argument(help: "The server's OpenAPI document.")
    var upstream: String

    @Option(help: "The upstream map. Default: upstream-map.yaml beside the spec, when present.")
    var map: String?

    func run() throws {
        let result: UpstreamComparison.Result
        do {
            let specDocument = try SpecLoader().load(path: spec).document
            let upstreamDocument = try SpecLoader().load(path: upstream).document
            let mapPath = map ?? GenerationRequest.file(named: "upstream-map.yaml", beside: spec)
            let upstreamMap = try mapPath.map { path throws(DiagnosticsError) in try UpstreamMap.load(path: path) } ?? UpstreamMap()
            result = UpstreamComparison(spec: specDocument, upstream: upstreamDocument, map: upstreamMap).compare()
        } catch {
            DiagnosticPrinter.printToStandardError(error.diagnostics)
            throw ExitCode(2)
        }
        // Written unbuffered, so the lines come before the summary on standard error.
        let lines = result.differences.map { $0.description + "\n" }.joined()
        StandardStreams.writeToStandardOutput(lines)
        DiagnosticPrinter.printToStandardError(result.mapProblems)
        let schemas = Set(result.differences.map(\.schema)).count
        StandardStreams.writeToStandardError(
            "\(result.comparedCount) schemas compared: \(result.differences.count) differences in \(schemas) schemas "
                + "(\(result.intendedCount) intended, not shown)\n"
        )
        if !result.differences.isEmpty || !result.mapProblems.isEmpty { throw ExitCode(1) }
    }
}
