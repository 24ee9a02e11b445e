import Foundation
import PackagePlugin

/// Build-tool plugin: generates lossless Codable models for the target from its own OpenAPI spec on every build.
///
/// The target holds `letta-codegen.yaml` and one spec (`*.yaml`, `*.yml`, `*.json`): the one the config names with
/// `spec:`, or else the only one beside the config. The output is one file whose name is fixed before generation
/// (`GeneratedModels.swift`), so SwiftPM and Xcode know it; the generator binary, the spec and the config are inputs,
/// so changing any of them regenerates.
@main
struct LettaCodegenPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let sourceTarget = target as? SourceModuleTarget else { return [] }
        let files = sourceTarget.sourceFiles.map(\.url)
        let tool = try context.tool(named: "letta-codegen")
        return [try ModelGenerationCommand.make(
            targetName: target.name,
            targetDirectory: sourceTarget.directoryURL,
            files: files,
            tool: tool.url,
            workDirectory: context.pluginWorkDirectoryURL
        )]
    }
}

#if canImport(XcodeProjectPlugin)
import XcodeProjectPlugin

extension LettaCodegenPlugin: XcodeBuildToolPlugin {
    func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
        let files = target.inputFiles.map(\.url)
        let tool = try context.tool(named: "letta-codegen")
        let directory = files.first { $0.lastPathComponent == ModelGenerationCommand.configName }?
            .deletingLastPathComponent() ?? context.xcodeProject.directoryURL
        return [try ModelGenerationCommand.make(
            targetName: target.displayName,
            targetDirectory: directory,
            files: files,
            tool: tool.url,
            workDirectory: context.pluginWorkDirectoryURL
        )]
    }
}
#endif

/// Finds the config and the spec among a target's files and builds the `letta-codegen generate` command.
enum ModelGenerationCommand {
    static let configName = PluginConfig.fileName
    static let specExtensions: Set<String> = ["yaml", "yml", "json"]

    static func make(targetName: String, targetDirectory: URL, files: [URL], tool: URL, workDirectory: URL) throws -> Command {
        let configs = files.filter { $0.lastPathComponent == configName }
        guard configs.count == 1, let config = configs.first else {
            throw PluginError(configs.isEmpty
                ? "target '\(targetName)' has no \(configName); add one beside the spec (see the letta-codegen README)"
                : "target '\(targetName)' has \(configs.count) \(configName) files; keep one")
        }
        let spec = try findSpec(config: config, files: files, targetName: targetName)
        let module = targetName.replacingOccurrences(of: "-", with: "_")
        let outputFile = workDirectory.appendingPathComponent(module).appendingPathComponent("GeneratedModels.swift")
        return .buildCommand(
            displayName: "Generating \(outputFile.lastPathComponent) from \(spec.lastPathComponent)",
            executable: tool,
            arguments: [
                "generate", spec.path,
                "--config", config.path,
                "--output", workDirectory.path,
                "--module", module,
                "--single-file", outputFile.lastPathComponent,
                "--spec-name", PluginConfig.relativePath(of: spec, to: targetDirectory) ?? spec.lastPathComponent,
            ],
            inputFiles: [spec, config, tool],
            outputFiles: [outputFile]
        )
    }

    /// The spec the config names with `spec:`, or the only spec file in the config's directory.
    static func findSpec(config: URL, files: [URL], targetName: String) throws -> URL {
        let directory = config.deletingLastPathComponent()
        if let named = PluginConfig.value(of: "spec", in: config) {
            let url = directory.appendingPathComponent(named).standardizedFileURL
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw PluginError("\(config.path): spec '\(named)' named by the config does not exist")
            }
            return url
        }
        let candidates = files.filter {
            $0.lastPathComponent != configName && specExtensions.contains($0.pathExtension)
                && $0.deletingLastPathComponent().standardizedFileURL == directory.standardizedFileURL
        }.sorted { $0.path < $1.path }
        guard candidates.count == 1, let spec = candidates.first else {
            let found = candidates.map(\.lastPathComponent).joined(separator: ", ")
            throw PluginError(candidates.isEmpty
                ? "target '\(targetName)': no spec (*.yaml, *.yml, *.json) beside \(configName)"
                : "target '\(targetName)': several specs beside \(configName) (\(found)); name one with 'spec:' in the config")
        }
        return spec
    }
}
