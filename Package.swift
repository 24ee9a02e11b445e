// swift-tools-version: 6.1
import PackageDescription

/// Every target is written for Swift 6 with existential types spelled `any`.
let swiftSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "letta-codegen",
    // What the code needs: Regex and ContinuousClock (the generator), Swift 6 typed throws and Foundation's
    // ISO 8601 parsing of the models' era.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // libyaml through pkg-config; only the loader imports it.
        .systemLibrary(
            name: "CYAML",
            path: "Sources/CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The generator, one folder per stage: Load → Parse → Validate → Translate (with Naming, Synthesize) → Render →
        // Write; Generate runs them, Lint checks without writing, Config resolves a request, Maintain holds the API
        // diff and extract, Diagnostics and System what every stage uses.
        .target(
            name: "LettaCodegen",
            dependencies: ["CYAML", "LettaUTF8"]
        ),
        // The maintainers' comparison of spec/ with the Letta server's own document (`letta-codegen compare`): Letta's
        // alone, so not part of the generator.
        .target(
            name: "LettaUpstream",
            dependencies: ["LettaCodegen"]
        ),
        .executableTarget(
            name: "letta-codegen",
            dependencies: [
                "LettaCodegen",
                "LettaUpstream",
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
        // What the generator's test targets share: paths in and beside the checkout, spec fixtures on disk.
        .target(
            name: "CodegenTestSupport",
            dependencies: ["LettaCodegen"],
            path: "Tests/CodegenTestSupport"
        ),
        .testTarget(
            name: "LettaCodegenTests",
            dependencies: ["LettaCodegen", "LettaCodegenRuntime", "CodegenTestSupport"]
        ),
        .testTarget(
            name: "LettaUpstreamTests",
            dependencies: ["LettaUpstream", "LettaCodegen", "CodegenTestSupport"]
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

for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
