import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@_spi(Tooling) import LettaCodegen

/// Options shared by `generate` and `check`.
struct GenerationOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON). Default: with --config, the config's 'spec' or the only spec beside it; else spec/letta.yaml.")
    var spec: String?

    @Option(help: "The codegen config. Default: letta-codegen.yaml beside the spec, when present.")
    var config: String?

    @Option(help: "The output directory; models go into <output>/<module>. Default: the config's 'output', else Generated beside the config, else Generated.")
    var output: String?

    @Option(help: "How the generated header names the spec. Default: its path as given or as the config locates it (relative to an absolute config's directory).")
    var specName: String?

    @Option(help: "The module name (overrides the config's 'module'). Default: the config's 'module', else the spec's info.title as a type name ('Together APIs' → TogetherAPIs).")
    var module: String?

    @Option(help: "Write every type into this one file instead of one file per type (what the build plugin uses).")
    var singleFile: String?

    static let defaultSpec = "spec/letta.yaml"

    /// How the header names the spec: as given, or as located through the config; relative to the config's
    /// directory when the config was named by an absolute path (so the output does not depend on the machine).
    func displayName(ofSpec path: String) -> String {
        guard spec == nil, let config, config.hasPrefix("/") else { return path }
        let directory = PathText.directory(of: config) + "/"
        return path.hasPrefix(directory) ? String(path.dropFirst(directory.count)) : path
    }

    func loadConfiguration() throws(DiagnosticsError) -> CodegenConfiguration {
        try CodegenConfiguration.load(explicit: config, besideSpec: spec ?? Self.defaultSpec)
    }

    /// Runs the pipeline, printing diagnostics; exits 1 on errors. Returns the output and its root directory.
    func generate() throws -> (output: ModelGenerator.Output, root: String) {
        do {
            var configuration = try loadConfiguration()
            if let module { configuration.moduleName = module }
            var specPath = spec ?? Self.defaultSpec
            if spec == nil, config != nil, let located = try configuration.locateSpec() { specPath = located }
            let loaded = try SpecLoader().load(path: specPath)
            if module == nil, !configuration.declaresModule {
                configuration.moduleName = ModelGenerator.moduleName(forTitle: loaded.document.title)
            }
            let generated = try ModelGenerator(configuration: configuration).generate(
                document: loaded.document,
                loadDiagnostics: loaded.diagnostics,
                specDisplayName: specName ?? displayName(ofSpec: specPath),
                layout: singleFile.map(ModelGenerator.Layout.singleFile) ?? .filePerType
            )
            DiagnosticPrinter.printToStandardError(generated.diagnostics)
            let besideConfig = configuration.path.map {
                PathText.appending("Generated", to: PathText.directory(of: $0))
            }
            return (generated, output ?? configuration.resolvedOutput ?? besideConfig ?? "Generated")
        } catch {
            DiagnosticPrinter.printToStandardError(error.diagnostics)
            throw ExitCode(1)
        }
    }
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Generate the Swift models; only changed files are rewritten, stale ones removed."
    )

    @OptionGroup var options: GenerationOptions

    func run() throws {
        let start = ContinuousClock.now
        let (output, root) = try options.generate()
        let writer = GeneratedOutputWriter(managedDirectories: output.directories)
        let summary = try writer.write(contents: output.fileContents, to: root)
        let elapsed = start.duration(to: .now).wholeMilliseconds
        let place = output.directories.map { PathText.appending($0, to: root) }.joined(separator: ", ")
        print(
            "\(place): \(output.typeCount) types in \(output.fileContents.count) files "
                + "(\(summary.written.count) written, \(summary.unchanged.count) unchanged, "
                + "\(summary.removed.count) removed) in \(elapsed) ms"
        )
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Exit 1 and print a unified diff when the generated files are not what the spec gives."
    )

    @OptionGroup var options: GenerationOptions

    func run() throws {
        let (output, root) = try options.generate()
        let writer = GeneratedOutputWriter(managedDirectories: output.directories)
        let plan = writer.plan(contents: output.fileContents, in: root)
        if plan.written.isEmpty && plan.removed.isEmpty {
            print("\(root): up to date (\(output.fileContents.count) files)")
            return
        }
        let expected = FileManager.default.temporaryDirectory.appendingPathComponent("letta-codegen-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: expected) }
        try writer.write(contents: output.fileContents, to: expected.path)
        for directory in output.directories {
            let actualPath = PathText.appending(directory, to: root)
            let expectedPath = expected.appendingPathComponent(directory).path
            let data = try ChildProcess.standardOutput(of: ["diff", "-ruN", actualPath, expectedPath])
            let text = String(decoding: data, as: UTF8.self).replacing(expectedPath, with: actualPath + " (expected)")
            print(text, terminator: "")
        }
        StandardStreams.writeToStandardError(
            "\(root) is out of date: \(plan.written.count) changed, \(plan.removed.count) stale; "
                + "run `swift run letta-codegen generate`\n"
        )
        throw ExitCode(1)
    }
}

/// `name` in the folder of `file`, when it exists: the config beside a spec, the upstream map beside the spec.
func existingFile(named name: String, beside file: String) -> String? {
    let path = PathText.appending(name, to: PathText.directory(of: file))
    return FileManager.default.fileExists(atPath: path) ? path : nil
}

extension CodegenConfiguration {
    /// The config named on the command line, else `letta-codegen.yaml` beside the spec, else the default.
    static func load(explicit path: String?, besideSpec spec: String) throws(DiagnosticsError) -> CodegenConfiguration {
        guard let path = path ?? existingFile(named: "letta-codegen.yaml", beside: spec) else { return CodegenConfiguration() }
        return try CodegenConfiguration.load(path: path)
    }
}
