import ArgumentParser
import Foundation
import LettaCodegen

/// Options shared by `generate` and `check`.
struct GenerationOptions: ParsableArguments {
    @Argument(help: "The OpenAPI document (YAML or JSON).")
    var spec: String = "spec/letta.yaml"

    @Option(help: "The codegen config. Default: letta-codegen.yaml beside the spec, when present.")
    var config: String?

    @Option(help: "The output directory; models go into <output>/<module>. Default: the config's 'output', else Generated.")
    var output: String?

    @Option(help: "How the generated header names the spec. Default: the spec path as given.")
    var specName: String?

    @Option(help: "The module name (overrides the config's 'module').")
    var module: String?

    @Option(help: "Write every type into this one file instead of one file per type (what the build plugin uses).")
    var singleFile: String?

    func loadConfiguration() throws(DiagnosticsError) -> CodegenConfiguration {
        if let config { return try CodegenConfiguration.load(path: config) }
        let beside = ((spec as NSString).deletingLastPathComponent as NSString).appendingPathComponent("letta-codegen.yaml")
        if FileManager.default.fileExists(atPath: beside) { return try CodegenConfiguration.load(path: beside) }
        return CodegenConfiguration()
    }

    /// Runs the pipeline, printing diagnostics; exits 1 on errors. Returns the output and its root directory.
    func generate() throws -> (output: ModelGenerator.Output, root: String) {
        do {
            var configuration = try loadConfiguration()
            if let module { configuration.moduleName = module }
            let generated = try ModelGenerator(configuration: configuration).generate(
                specPath: spec,
                specDisplayName: specName ?? spec,
                layout: singleFile.map(ModelGenerator.Layout.singleFile) ?? .filePerType
            )
            DiagnosticPrinter.printToStandardError(generated.diagnostics)
            return (generated, output ?? configuration.resolvedOutput ?? "Generated")
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
        let summary = try writer.write(output.files, to: root)
        let elapsed = start.duration(to: .now).wholeMilliseconds
        let place = output.directories.map { (root as NSString).appendingPathComponent($0) }.joined(separator: ", ")
        print(
            "\(place): \(output.typeCount) types in \(output.files.count) files "
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
        let plan = writer.plan(output.files, in: root)
        if plan.written.isEmpty && plan.removed.isEmpty {
            print("\(root): up to date (\(output.files.count) files)")
            return
        }
        let expected = FileManager.default.temporaryDirectory.appendingPathComponent("letta-codegen-check-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: expected) }
        try writer.write(output.files, to: expected.path)
        for directory in output.directories {
            let actualPath = (root as NSString).appendingPathComponent(directory)
            let expectedPath = expected.appendingPathComponent(directory).path
            let diff = Process()
            diff.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            diff.arguments = ["diff", "-ruN", actualPath, expectedPath]
            let pipe = Pipe()
            diff.standardOutput = pipe
            try diff.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            diff.waitUntilExit()
            let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: expectedPath, with: actualPath + " (expected)")
            print(text, terminator: "")
        }
        FileHandle.standardError.write(Data((
            "\(root) is out of date: \(plan.written.count) changed, \(plan.removed.count) stale; "
                + "run `swift run letta-codegen generate`\n"
        ).utf8))
        throw ExitCode(1)
    }
}
