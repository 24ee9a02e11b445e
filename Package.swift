// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "letta-codegen",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LettaCodegen", targets: ["LettaCodegen"]),
        .library(name: "LettaCodegenRuntime", targets: ["LettaCodegenRuntime"]),
        .library(name: "LettaModels", targets: ["LettaModels"]),
        .library(name: "LettaStreaming", targets: ["LettaStreaming"]),
        .executable(name: "letta-codegen", targets: ["letta-codegen"]),
        .executable(name: "letta-models", targets: ["letta-models"]),
        .plugin(name: "LettaCodegenPlugin", targets: ["LettaCodegenPlugin"]),
        .plugin(name: "LettaCodegenCommand", targets: ["LettaCodegenCommand"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libyaml through pkg-config; only the loader imports it.
        .systemLibrary(
            name: "CYAML",
            path: "Sources/CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The generator: Load → Parse → Validate → Translate → Render → Write.
        .target(
            name: "LettaCodegen",
            dependencies: ["CYAML", "LettaUTF8"]
        ),
        .executableTarget(
            name: "letta-codegen",
            dependencies: [
                "LettaCodegen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Build-tool plugin: a downstream target's own spec → models, on every build.
        .plugin(
            name: "LettaCodegenPlugin",
            capability: .buildTool(),
            dependencies: ["letta-codegen"],
            path: "Sources/LettaCodegenPlugin"
        ),
        // Command plugin: `swift package --allow-writing-to-package-directory regenerate-models`.
        .plugin(
            name: "LettaCodegenCommand",
            capability: .command(
                intent: .custom(verb: "regenerate-models", description: "Regenerate committed models from each letta-codegen.yaml"),
                permissions: [.writeToPackageDirectory(reason: "Writes the generated models (e.g. Generated/) next to the spec")]
            ),
            dependencies: ["letta-codegen"],
            path: "Sources/LettaCodegenCommand"
        ),
        // Imported by generated models: the reader/writer protocols and their two back ends (bytes, Codable),
        // JSONValue, RFC 3339 dates, unknown-variant storage.
        .target(name: "LettaCodegenRuntime", dependencies: ["LettaUTF8"]),
        // UTF-8 validation, shared by the runtime's byte reader and the generator's loader. Its own target so the
        // generator does not link the runtime, which imports Foundation: the generator's process starts without
        // loading Foundation at all where FoundationEssentials exists.
        .target(name: "LettaUTF8"),
        // Generated from spec/letta.yaml by `letta-codegen generate`; committed, checked for drift in CI.
        .target(
            name: "LettaModels",
            dependencies: ["LettaCodegenRuntime"],
            path: "Generated/LettaModels"
        ),
        // Server-Sent Events of a Letta stream as typed events, token chunks merged into whole messages, resume.
        .target(
            name: "LettaStreaming",
            dependencies: ["LettaModels", "LettaCodegenRuntime"]
        ),
        .testTarget(
            name: "LettaStreamingTests",
            dependencies: ["LettaStreaming", "LettaModels", "LettaCodegenRuntime"]
        ),
        .testTarget(
            name: "LettaCodegenTests",
            dependencies: ["LettaCodegen", "LettaCodegenRuntime"]
        ),
        .testTarget(
            name: "LettaCodegenRuntimeTests",
            dependencies: ["LettaCodegenRuntime"]
        ),
        // Tool over the generated models: types · roundtrip · validate (JSON Lines).
        .executableTarget(
            name: "letta-models",
            dependencies: [
                "LettaModels",
                "LettaCodegenRuntime",
                "LettaStreaming",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (run by Scripts/bench in release): generation, decode/encode throughput, rebuild time.
        // Generated with the models: the round-trip suite over Generated/Fixtures.
        .testTarget(
            name: "LettaModelsTests",
            dependencies: ["LettaModels", "LettaCodegenRuntime"],
            path: "Generated/LettaModelsTests"
        ),
        .testTarget(
            name: "LettaModelsBehaviorTests",
            dependencies: ["LettaModels", "LettaCodegenRuntime"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
