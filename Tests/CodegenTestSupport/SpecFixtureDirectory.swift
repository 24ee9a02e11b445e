import Foundation
import LettaCodegen

/// Writes spec files into a fresh temporary directory and lints them, reporting paths relative to that directory.
package struct SpecFixtureDirectory {
    package let url: URL

    package init(_ files: [String: [UInt8]]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("letta-codegen-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, bytes) in files {
            try Data(bytes).write(to: url.appendingPathComponent(name))
        }
    }

    package init(_ files: [String: String]) throws {
        try self.init(files.mapValues { Array($0.utf8) })
    }

    /// The path of `file` in the directory.
    package func path(_ file: String) -> String {
        url.appendingPathComponent(file).path
    }

    /// Lints `file` and returns each diagnostic as printed, with the directory prefix removed.
    package func lint(_ file: String, limits: YAMLLoader.Limits = YAMLLoader.Limits()) -> [String] {
        var linter = SpecLinter()
        linter.loader = SpecLoader(yamlLoader: YAMLLoader(limits: limits))
        return relative(linter.lint(path: path(file)).diagnostics)
    }

    /// Diagnostics as printed, with the directory prefix removed.
    package func relative(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { $0.description.replacingOccurrences(of: url.path + "/", with: "") }
    }

    package func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Lints one in-memory spec file called `spec.yaml` (plus optional siblings).
package func lintDiagnostics(_ text: String, siblings: [String: String] = [:]) throws -> [String] {
    var files = siblings
    files["spec.yaml"] = text
    let directory = try SpecFixtureDirectory(files)
    defer { directory.remove() }
    return directory.lint("spec.yaml")
}
