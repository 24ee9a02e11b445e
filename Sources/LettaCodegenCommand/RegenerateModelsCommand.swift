import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory regenerate-models [--target NAME…]`
///
/// Regenerates committed models: for the package's `spec/letta-codegen.yaml` and for every target that holds a
/// `letta-codegen.yaml`, runs `letta-codegen generate` with that config (its `spec:` and `output:`, relative to the
/// config). With `--target`, only those targets' configs.
@main
struct RegenerateModelsCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let selectedTargets = extractor.extractOption(named: "target")
        let tool = try context.tool(named: "letta-codegen")
        let packageDirectory = context.package.directoryURL

        var configs: [URL] = []
        if selectedTargets.isEmpty {
            let packageConfig = packageDirectory.appendingPathComponent("spec/letta-codegen.yaml")
            if FileManager.default.fileExists(atPath: packageConfig.path) { configs.append(packageConfig) }
        }
        for target in context.package.targets {
            guard selectedTargets.isEmpty || selectedTargets.contains(target.name),
                let sourceTarget = target as? SourceModuleTarget
            else { continue }
            configs.append(contentsOf: sourceTarget.sourceFiles.map(\.url).filter { $0.lastPathComponent == "letta-codegen.yaml" })
        }
        guard !configs.isEmpty else {
            throw CommandError(
                "no letta-codegen.yaml found (looked in spec/ and in \(selectedTargets.isEmpty ? "every target" : "targets \(selectedTargets.joined(separator: ", "))"))"
            )
        }
        for config in configs {
            try run(tool: tool.url, config: config, packageDirectory: packageDirectory)
        }
    }

    /// The generator reads the config (its `spec:` and `output:`, relative to it; without `output:`, `Generated/`
    /// beside it): the plugin only names it.
    private func run(tool: URL, config: URL, packageDirectory: URL) throws {
        let configPath = config.standardizedFileURL.path
        let packagePath = packageDirectory.standardizedFileURL.path + "/"
        let relativeConfig = configPath.hasPrefix(packagePath) ? String(configPath.dropFirst(packagePath.count)) : configPath
        let process = Process()
        process.executableURL = tool
        process.currentDirectoryURL = packageDirectory
        process.arguments = ["generate", "--config", relativeConfig]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandError("letta-codegen generate failed for \(relativeConfig) (exit \(process.terminationStatus))")
        }
    }
}

struct CommandError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
