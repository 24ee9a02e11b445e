import Foundation
@testable import LettaCodegen

/// Writes spec files into a fresh temporary directory and lints them, reporting paths relative to that directory.
struct SpecFixtureDirectory {
    let url: URL

    init(_ files: [String: [UInt8]]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("letta-codegen-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: url.appendingPathComponent(name))
        }
    }

    init(_ files: [String: String]) throws {
        try self.init(files.mapValues { Array($0.utf8) })
    }

    /// Lints `file` and returns each diagnostic as printed, with the directory prefix removed.
    func lint(_ file: String, limits: YAMLLoader.Limits = YAMLLoader.Limits()) -> [String] {
        let report = SpecLinter(loader: SpecLoader(yamlLoader: YAMLLoader(limits: limits)))
            .lint(path: url.appendingPathComponent(file).path)
        return report.diagnostics.map { $0.description.replacingOccurrences(of: url.path + "/", with: "") }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Lints one in-memory spec file called `spec.yaml` (plus optional siblings).
func lintDiagnostics(_ text: String, siblings: [String: String] = [:]) throws -> [String] {
    var files = siblings
    files["spec.yaml"] = text
    let directory = try SpecFixtureDirectory(files)
    defer { directory.remove() }
    return directory.lint("spec.yaml")
}
