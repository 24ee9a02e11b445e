import Foundation
@testable import LettaCodegen

/// Generates from an inline spec (components/schemas only) and returns file name → Swift source.
func generateSnippet(_ schemasYAML: String, configuration: CodegenConfiguration = CodegenConfiguration()) throws -> [String: String] {
    let files = try generateSnippetOutput(schemasYAML, configuration: configuration).files
    let prefix = configuration.moduleName + "/"
    return Dictionary(
        uniqueKeysWithValues: files.map { ($0.key.hasPrefix(prefix) ? String($0.key.dropFirst(prefix.count)) : $0.key, $0.value) })
}

/// Generates from an inline spec (components/schemas only, written as `snippet.yaml`): files and warnings.
func generateSnippetOutput(
    _ schemasYAML: String, configuration: CodegenConfiguration = CodegenConfiguration()
) throws -> ModelGenerator.Output {
    let root = try YAMLLoader().load(bytes: Array(snippetDocument(schemasYAML).utf8), file: "snippet.yaml")
    let loaded = try SpecLoader().load(root: root, path: "snippet.yaml")
    return try ModelGenerator(configuration: configuration)
        .generate(document: loaded.document, loadDiagnostics: loaded.diagnostics, specDisplayName: "snippet.yaml")
}

/// The whole spec around inline `components/schemas`.
func snippetDocument(_ schemasYAML: String) -> String {
    let indented = schemasYAML.split(separator: "\n", omittingEmptySubsequences: false)
        .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    return "openapi: 3.1.0\ninfo: {title: Snippet, version: '1'}\ncomponents:\n  schemas:\n" + indented + "\n"
}

/// The diagnostics generation reports for an inline spec (errors thrown, as printed).
func snippetDiagnostics(_ schemasYAML: String, configuration: CodegenConfiguration = CodegenConfiguration()) -> [String] {
    do {
        _ = try generateSnippet(schemasYAML, configuration: configuration)
        return []
    } catch let error as DiagnosticsError {
        return error.diagnostics.map(\.description)
    } catch {
        return ["\(error)"]
    }
}

/// The lines from the one starting with `start` through the matching closing brace at the same indentation.
func declarationBlock(_ source: String, startingWith start: String) -> String? {
    let lines = source.components(separatedBy: "\n")
    guard let first = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(start) }) else { return nil }
    let indent = lines[first].prefix(while: { $0 == " " })
    if !lines[first].hasSuffix("{") { return lines[first].trimmingCharacters(in: .whitespaces) }
    guard let last = lines[(first + 1)...].firstIndex(where: { $0 == indent + "}" }) else { return nil }
    return lines[first...last].map { String($0.dropFirst(indent.count)) }.joined(separator: "\n")
}

/// The declarations of a generated file, one per line, indentation kept: `public` types, properties, aliases and
/// constants, and enum cases (not initializers, methods or `case` labels of switches).
func declarationLines(_ source: String) -> String {
    source.components(separatedBy: "\n").filter { line in
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("public init") || trimmed.contains(" func ") || trimmed.hasPrefix("public func") { return false }
        return trimmed.hasPrefix("public ") || (trimmed.hasPrefix("case ") && !trimmed.contains(":"))
    }.joined(separator: "\n")
}
