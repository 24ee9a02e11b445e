import Foundation
import PackagePlugin

/// Build-tool plugin: generates lossless Codable models for the target from its own OpenAPI spec on every build.
///
/// The target holds `letta-codegen.yaml` and one spec (`*.yaml`, `*.yml`, `*.json`): the one the config names with
/// `spec:`, or else the only one beside the config. The output is one file whose name is fixed before generation
/// (`GeneratedModels.swift`), so SwiftPM and Xcode know it; the generator binary, the config, every spec file
/// beside it and every file their `$ref`s reach are inputs, so changing any of them regenerates.
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

/// Finds the target's config and builds the `letta-codegen generate` command. The config itself (its `spec:`, or
/// the only spec beside it) is read by the generator, the one reader of configs: every spec file beside the config
/// is an input, so editing whichever one the config uses regenerates.
enum ModelGenerationCommand {
    static let configName = "letta-codegen.yaml"
    static let specExtensions: Set<String> = ["yaml", "yml", "json"]

    static func make(targetName: String, targetDirectory: URL, files: [URL], tool: URL, workDirectory: URL) throws -> Command {
        let configs = files.filter { $0.lastPathComponent == configName }
        guard configs.count == 1, let config = configs.first else {
            throw PluginError(configs.isEmpty
                ? "target '\(targetName)' has no \(configName); add one beside the spec (see the letta-codegen README)"
                : "target '\(targetName)' has \(configs.count) \(configName) files; keep one")
        }
        let directory = config.deletingLastPathComponent().standardizedFileURL
        let specs = files.filter {
            $0.lastPathComponent != configName && specExtensions.contains($0.pathExtension.lowercased())
                && $0.deletingLastPathComponent().standardizedFileURL == directory
        }.sorted { $0.path < $1.path }
        let module = targetName.replacingOccurrences(of: "-", with: "_")
        let outputFile = workDirectory.appendingPathComponent(module).appendingPathComponent("GeneratedModels.swift")
        return .buildCommand(
            displayName: "Generating \(outputFile.lastPathComponent) for \(targetName) from \(configName)",
            executable: tool,
            arguments: [
                "generate",
                "--config", config.path,
                "--output", workDirectory.path,
                "--module", module,
                "--single-file", outputFile.lastPathComponent,
            ],
            inputFiles: [config, tool] + specs + ExternalReferences.files(reachedFrom: specs),
            outputFiles: [outputFile]
        )
    }
}

/// Files that `$ref`s reach outside the spec (`common.yaml#/components/schemas/X`, `../shared/types.json`), found by
/// scanning the text for `$ref` values (a plugin cannot link the YAML loader), so editing one regenerates too.
/// A value that is only a fragment (`#/…`) stays in its file; files that do not exist are the generator's to report.
enum ExternalReferences {
    static func files(reachedFrom specs: [URL]) -> [URL] {
        var found: [URL] = []
        var seen = Set(specs.map(\.standardizedFileURL.path))
        var pending = specs
        while let file = pending.popLast() {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            for target in referenceTargets(in: text) {
                let path = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
                guard !path.isEmpty, !path.contains("://") else { continue }
                let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : file.deletingLastPathComponent().appendingPathComponent(path))
                    .standardizedFileURL
                guard FileManager.default.fileExists(atPath: url.path), seen.insert(url.path).inserted else { continue }
                found.append(url)
                pending.append(url)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The value after each `$ref` key, in YAML (`$ref: x`, `$ref: 'x'`) or JSON (`"$ref": "x"`).
    static func referenceTargets(in text: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(text)
        while let range = rest.range(of: "$ref") {
            rest = rest[range.upperBound...]
            var value = rest.drop { $0 == "\"" || $0 == "'" || $0 == " " || $0 == "\t" }
            guard value.first == ":" else { continue }
            value = value.dropFirst().drop { $0 == " " || $0 == "\t" }
            let quote = value.first == "\"" || value.first == "'" ? value.first : nil
            if quote != nil { value = value.dropFirst() }
            let target = value.prefix { character in
                if let quote { return character != quote && !character.isNewline }
                return !character.isWhitespace && character != "," && character != "}" && character != "]"
            }
            if !target.isEmpty { targets.append(String(target)) }
            rest = value[target.endIndex...]
        }
        return targets
    }
}

struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
