import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import LettaCodegen

/// The options of `generate`, `check` and `lint`: what `GenerationRequest.resolve` turns into one request.
struct GenerationFlags: ParsableArguments {
    @Argument(
        help:
            "The OpenAPI document (YAML or JSON). Default: with --config, the config's 'spec' or the only spec beside it; else spec/letta.yaml."
    )
    var spec: String?

    @Option(help: "The codegen config. Default: letta-codegen.yaml beside the spec, when present.")
    var config: String?

    @Option(
        help:
            "The output directory; models go into <output>/<module>. Default: the config's 'output', else Generated beside the config, else Generated."
    )
    var output: String?

    @Option(
        help:
            "How the generated header names the spec. Default: its path as given or as the config locates it (relative to an absolute config's directory)."
    )
    var specName: String?

    @Option(
        help:
            "The module name (overrides the config's 'module'). Default: the config's 'module', else the spec's info.title as a type name ('Together APIs' → TogetherAPIs)."
    )
    var module: String?

    @Option(help: "Write every type into this one file instead of one file per type (what the build plugin uses).")
    var singleFile: String?

    /// The request the flags come to; a bad config is printed and exits 1.
    func request() throws -> GenerationRequest {
        let options = GenerationOptions(
            spec: spec, config: config, output: output, specName: specName, module: module, singleFile: singleFile
        )
        do {
            return try GenerationRequest.resolve(options)
        } catch {
            DiagnosticPrinter.printToStandardError(error.diagnostics)
            throw ExitCode(1)
        }
    }

    /// Runs the pipeline, printing diagnostics; exits 1 on errors. Returns the output and its root directory.
    func generate() throws -> (output: ModelGenerator.Output, root: String) {
        let request = try request()
        do {
            let generated = try ModelGenerator.generate(request)
            DiagnosticPrinter.printToStandardError(generated.diagnostics)
            return (generated, request.outputDirectory)
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

    @OptionGroup var options: GenerationFlags

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

    @OptionGroup var options: GenerationFlags

    func run() throws {
        let (output, root) = try options.generate()
        let writer = GeneratedOutputWriter(managedDirectories: output.directories)
        let plan = writer.plan(contents: output.fileContents, in: root)
        if plan.written.isEmpty && plan.removed.isEmpty {
            print("\(root): up to date (\(output.fileContents.count) files)")
            return
        }
        // Each changed file as a unified diff from what is there to what the spec gives; stale ones against nothing.
        for path in (plan.written + plan.removed).sorted() {
            let onDisk = FileManager.default.contents(atPath: PathText.appending(path, to: root)).map {
                String(decoding: $0, as: UTF8.self)
            }
            let expected = output.fileContents[path].map { String(decoding: $0, as: UTF8.self) }
            let label = PathText.appending(path, to: root)
            print(
                UnifiedDiff.text(
                    old: onDisk ?? "", new: expected ?? "", oldLabel: onDisk == nil ? "/dev/null" : label,
                    newLabel: expected == nil ? "/dev/null" : label + " (expected)"
                ),
                terminator: ""
            )
        }
        StandardStreams.writeToStandardError(
            "\(root) is out of date: \(plan.written.count) changed, \(plan.removed.count) stale; "
                + "run `swift run letta-codegen generate`\n"
        )
        throw ExitCode(1)
    }
}
