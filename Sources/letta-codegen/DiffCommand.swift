import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import LettaCodegen

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Print what changes in the generated Swift API from one spec to another, and what it breaks.",
        discussion: """
            Each change is source-breaking (code using the models stops compiling), wire-breaking (a payload one \
            side writes is rejected or read as another value by the other; values an old client keeps in `unknown` \
            do not count), both, or additive. Exit status: 0 when every change is additive, 1 when any breaks, \
            2 on bad usage or a spec with errors.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The spec before the change (YAML or JSON).")
    var old: String

    @Argument(help: "The spec after the change.")
    var new: String

    @Option(
        help:
            "A codegen config applied to both specs (names, roots, nullable properties). Default: letta-codegen.yaml beside NEW, when present."
    )
    var config: String?

    @Option(help: "text (grouped by type) or json.")
    var format: Format = .text

    func run() throws {
        let api: (old: GeneratedAPI, new: GeneratedAPI)
        do {
            let request = try GenerationRequest.resolve(GenerationOptions(spec: new, config: config))
            api = (try GeneratedAPI.load(path: old, request: request), try GeneratedAPI.load(path: new, request: request))
        } catch {
            DiagnosticPrinter.printToStandardError(error.diagnostics)
            throw ExitCode(2)
        }
        DiagnosticPrinter.printToStandardError(api.old.diagnostics + api.new.diagnostics)
        let changes = APIDiff(old: api.old, new: api.new).changes()
        switch format {
        case .text: print(APIChangeReport.text(changes), terminator: "")
        case .json: print(APIChangeReport.json(changes))
        }
        if changes.contains(where: \.impact.isBreaking) { throw ExitCode(1) }
    }
}
