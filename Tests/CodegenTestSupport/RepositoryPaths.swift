import Foundation

/// Paths in this checkout and beside it, found from this file's location so tests run from any working directory.
package enum RepositoryPaths {
    package static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    package static var spec: String { root.appendingPathComponent("spec/letta.yaml").path }
    package static var config: String { root.appendingPathComponent("spec/letta-codegen.yaml").path }
    package static var upstreamMap: String { root.appendingPathComponent("spec/upstream-map.yaml").path }
    package static var generated: String { root.appendingPathComponent("Generated").path }
    /// `../shared`, beside the checkout: the seeds, the upstream documents and other vendors' specs.
    package static var shared: URL { root.deletingLastPathComponent().appendingPathComponent("shared") }
    package static var seeds: URL { shared.appendingPathComponent("seeds") }
}

/// A document in `../shared`: the upstream Letta documents and other vendors' specs (read, never committed).
package struct SharedDocument: Sendable, CustomStringConvertible {
    package let relativePath: String
    /// Object schemas the document has at least (a floor, so a loader that loses schemas fails).
    package let minimumObjects: Int

    package init(relativePath: String, minimumObjects: Int) {
        self.relativePath = relativePath
        self.minimumObjects = minimumObjects
    }

    package var path: String { RepositoryPaths.shared.appendingPathComponent(relativePath).path }
    package var isAvailable: Bool { FileManager.default.fileExists(atPath: path) }
    package var description: String { relativePath }

    package static let october = SharedDocument(relativePath: "upstream/letta-openapi-2025-10-08.json", minimumObjects: 150)
    package static let march = SharedDocument(relativePath: "upstream/letta-openapi-2026-03-31.json", minimumObjects: 250)

    /// The specs other people wrote that are present.
    package static let specsWeDidNotWrite = [
        march,
        SharedDocument(relativePath: "specs/together-openapi.yaml", minimumObjects: 150),
        SharedDocument(relativePath: "specs/mistral-openapi.yaml", minimumObjects: 300),
    ].filter(\.isAvailable)
}
