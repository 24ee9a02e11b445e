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
        return [
            try ModelGenerationCommand.make(
                targetName: target.name,
                targetDirectory: sourceTarget.directoryURL,
                files: files,
                tool: tool.url,
                workDirectory: context.pluginWorkDirectoryURL,
                packageDirectory: context.package.directoryURL
            )
        ]
    }
}

#if canImport(XcodeProjectPlugin)
    import XcodeProjectPlugin

    extension LettaCodegenPlugin: XcodeBuildToolPlugin {
        func createBuildCommands(context: XcodePluginContext, target: XcodeTarget) throws -> [Command] {
            let files = target.inputFiles.map(\.url)
            let tool = try context.tool(named: "letta-codegen")
            let directory =
                files.first { $0.lastPathComponent == ModelGenerationCommand.configName }?
                .deletingLastPathComponent() ?? context.xcodeProject.directoryURL
            return [
                try ModelGenerationCommand.make(
                    targetName: target.displayName,
                    targetDirectory: directory,
                    files: files,
                    tool: tool.url,
                    workDirectory: context.pluginWorkDirectoryURL,
                    packageDirectory: context.xcodeProject.directoryURL
                )
            ]
        }
    }
#endif

/// Finds the target's config and builds the `letta-codegen generate` command. The config itself (its `spec:`, or
/// the only spec beside it) is read by the generator, the one reader of configs: every spec file beside the config
/// is an input, so editing whichever one the config uses regenerates.
enum ModelGenerationCommand {
    static let configName = "letta-codegen.yaml"
    static let specExtensions: Set<String> = ["yaml", "yml", "json"]

    static func make(
        targetName: String, targetDirectory: URL, files: [URL], tool: URL, workDirectory: URL, packageDirectory: URL
    ) throws -> Command {
        let configs = files.filter { $0.lastPathComponent == configName }
        guard configs.count == 1, let config = configs.first else {
            throw PluginError(
                configs.isEmpty
                    ? "target '\(targetName)' has no \(configName); add one beside the spec (see the Plugins article of the LettaCodegen documentation)"
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
            inputFiles: [config, tool] + specs + ExternalReferences.files(reachedFrom: specs, package: packageDirectory),
            outputFiles: [outputFile]
        )
    }
}

/// Files that `$ref`s may reach outside the spec (`common.yaml#/components/schemas/X`, `../shared/types.json`), so
/// editing one regenerates too. SwiftPM asks the plugin for its commands again only when a target's file list
/// changes, not when a file's text does, so the inputs cannot depend on what the spec says alone: every YAML and
/// JSON file of the package is an input, plus the files outside it that the spec's `$ref` values name (found by
/// scanning the text: a plugin cannot link the YAML loader).
enum ExternalReferences {
    static func files(reachedFrom specs: [URL], package: URL) -> [URL] {
        var found = specFiles(in: package)
        var seen = Set(specs.map(\.standardizedFileURL.path)).union(found.map(\.path))
        found.removeAll { specs.map(\.standardizedFileURL.path).contains($0.path) }
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

    /// Every `*.yaml`, `*.yml` and `*.json` file under `directory`, outside hidden directories and `.build`.
    static func specFiles(in directory: URL) -> [URL] {
        guard
            let enumerator = FileManager.default.enumerator(
                at: directory, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles]
            )
        else { return [] }
        var files: [URL] = []
        for case let url as URL in enumerator {
            if url.lastPathComponent == ".build" || url.lastPathComponent == "Packages" {
                enumerator.skipDescendants()
                continue
            }
            if ModelGenerationCommand.specExtensions.contains(url.pathExtension.lowercased()) {
                files.append(url.standardizedFileURL)
            }
        }
        return files
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
