import Foundation

/// Paths in this checkout, found from this file's location so tests run from any working directory.
enum RepositoryPaths {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var spec: String { root.appendingPathComponent("spec/letta.yaml").path }
    static var config: String { root.appendingPathComponent("spec/letta-codegen.yaml").path }
    static var generated: String { root.appendingPathComponent("Generated").path }
    static var seeds: URL { root.deletingLastPathComponent().appendingPathComponent("shared/seeds") }
}
