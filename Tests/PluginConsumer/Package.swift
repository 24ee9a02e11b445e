// swift-tools-version: 6.1
import PackageDescription

// Uses the letta-codegen build plugin on its own specs: the models (and PetStore's client) are generated into the
// build, never committed.
let package = Package(
    name: "PluginConsumer",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "letta-codegen", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
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
        // A spec with operations and a config with `client:`: the build plugin writes the models and the client into
        // one file, so the target also depends on what generated clients import (its transport comes from the caller).
        .target(
            name: "PetStore",
            dependencies: [
                .product(name: "LettaCodegenRuntime", package: "letta-codegen"),
                .product(name: "LettaClientRuntime", package: "letta-codegen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "LettaCodegenPlugin", package: "letta-codegen")]
        ),
        .testTarget(
            name: "PetStoreTests",
            dependencies: [
                "PetStore",
                .product(name: "LettaClientRuntime", package: "letta-codegen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
