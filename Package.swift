// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "letta-codegen",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LettaCodegen", targets: ["LettaCodegen"]),
        .library(name: "LettaCodegenRuntime", targets: ["LettaCodegenRuntime"]),
        .library(name: "LettaModels", targets: ["LettaModels"]),
        .executable(name: "letta-codegen", targets: ["letta-codegen"]),
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
            dependencies: ["CYAML"]
        ),
        .executableTarget(
            name: "letta-codegen",
            dependencies: [
                "LettaCodegen",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Imported by generated models: JSONValue, RFC 3339 dates, unknown-variant storage.
        .target(name: "LettaCodegenRuntime"),
        // Generated from spec/letta.yaml by `letta-codegen generate`; committed, checked for drift in CI.
        .target(
            name: "LettaModels",
            dependencies: ["LettaCodegenRuntime"],
            path: "Generated/LettaModels"
        ),
        .testTarget(
            name: "LettaCodegenTests",
            dependencies: ["LettaCodegen"]
        ),
        .testTarget(
            name: "LettaCodegenRuntimeTests",
            dependencies: ["LettaCodegenRuntime"]
        ),
        .testTarget(
            name: "LettaModelsBehaviorTests",
            dependencies: ["LettaModels", "LettaCodegenRuntime"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
