// swift-tools-version: 6.1
import PackageDescription

// Uses the letta-codegen build plugin on its own spec: the models are generated into the build, never committed.
let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "letta-codegen", path: "../..")
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
        // A spec written as other vendors write theirs: discriminators with member unions, inline members, members
        // without the tag and mappings outside the union; aliases of String in a union; OpenAPI 3.0 nullable.
        .target(
            name: "ShapeModels",
            dependencies: [.product(name: "LettaCodegenRuntime", package: "letta-codegen")],
            plugins: [.plugin(name: "LettaCodegenPlugin", package: "letta-codegen")]
        ),
        .testTarget(
            name: "ShapeModelsTests",
            dependencies: ["ShapeModels", .product(name: "LettaCodegenRuntime", package: "letta-codegen")]
        ),
    ]
)
