// swift-tools-version: 6.1
import PackageDescription

// Uses the letta-codegen build plugin on its own spec: the models are generated into the build, never committed.
let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "letta-codegen", path: "../.."),
    ],
    targets: [
        .target(
            name: "PetModels",
            dependencies: [.product(name: "LettaCodegenRuntime", package: "letta-codegen")],
            plugins: [.plugin(name: "LettaCodegenPlugin", package: "letta-codegen")]
        ),
        .testTarget(
            name: "PetModelsTests",
            dependencies: ["PetModels", .product(name: "LettaCodegenRuntime", package: "letta-codegen")]
        ),
    ]
)
