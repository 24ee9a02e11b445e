import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import LettaCodegen

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Write a self-contained spec with the named schemas of a large document and everything they reference.",
        discussion: """
            Schemas keep their names, their order in the document and every keyword, so the extract generates the \
            same Swift for them as the whole document does. Exit status: 0 written, 1 when the document or a root \
            is not found or a reference leaves components/schemas, 2 on bad usage.
            """
    )

    @Argument(help: "The large OpenAPI document (YAML or JSON), e.g. the server's openapi.json.")
    var upstream: String

    @Option(name: .customLong("root"), help: "A schema to keep (repeat the option for several).")
    var roots: [String] = []

    @Option(help: "Where to write the YAML. Default: standard output.")
    var output: String?

    @Option(
        help:
            "The codegen config whose names (module, renames) the extract must keep. Default: letta-codegen.yaml beside the document, when present."
    )
    var config: String?

    func validate() throws {
        if roots.isEmpty { throw ValidationError("name at least one schema with --root") }
    }

    func run() throws {
        do {
            let request = try GenerationRequest.resolve(GenerationOptions(spec: upstream, config: config))
            let root = try YAMLLoader().load(contentsOf: upstream)
            let extract = try SchemaExtractor().extract(
                from: root, roots: roots, sourceName: PathText.lastComponent(of: upstream)
            )
            // The promise is the same Swift: say where a name would change because of what was left out.
            let whole = try SpecLoader().load(root: root, path: upstream).document
            let part = try extract.loaded(as: output ?? "extract.yaml")
            DiagnosticPrinter.printToStandardError(SchemaExtractor.nameChanges(whole: whole, extract: part, request: request))
            if let output {
                try Data(extract.yaml.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                StandardStreams.writeToStandardError("\(output): \(extract.schemaNames.count) schemas\n")
            } else {
                print(extract.yaml, terminator: "")
            }
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.printToStandardError(error.diagnostics)
            throw ExitCode(1)
        }
    }
}
