// swift-tools-version: 6.1
import PackageDescription

/// Every target is written for Swift 6 with existential types spelled `any`.
let swiftSettings: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

/// The default client transport: AsyncHTTPClient where FoundationNetworking's URLSession would buffer a whole stream
/// (Linux, Android, OpenBSD), URLSession elsewhere (it streams on Apple platforms).
let asyncHTTPClientPlatforms: [Platform] = [.linux, .android, .openbsd]
let urlSessionPlatforms: [Platform] = [.macOS, .macCatalyst, .iOS, .tvOS, .watchOS, .visionOS, .windows]

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
        .library(name: "LettaClientRuntime", targets: ["LettaClientRuntime"]),
        .library(name: "LettaClientTransport", targets: ["LettaClientTransport"]),
        .library(name: "LettaClient", targets: ["LettaClient"]),
        .executable(name: "letta-codegen", targets: ["letta-codegen"]),
        .executable(name: "letta-models", targets: ["letta-models"]),
        .executable(name: "letta-client-live", targets: ["letta-client-live"]),
        .plugin(name: "LettaCodegenPlugin", targets: ["LettaCodegenPlugin"]),
        .plugin(name: "LettaCodegenCommand", targets: ["LettaCodegenCommand"]),
    ],
    // Only the client targets use the packages after the argument parser: a package that depends on LettaModels alone
    // compiles none of them.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-openapi-async-http-client", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
        // The default transport's own HTTPClient (timeouts left to the client runtime); already in the graph through
        // swift-openapi-async-http-client.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.23.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.58.0"),
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
            dependencies: ["LettaStreaming", "LettaModels", "LettaCodegenRuntime", "LoopbackHTTPServer"]
        ),
        // What generated clients import: requests over swift-openapi-runtime's ClientTransport and ClientMiddleware,
        // bearer auth, base URL, retries, timeouts, typed errors, pages, Server-Sent Event streams (the runtime's
        // parser, JSON on the byte path). Nothing of Letta's models: a client of any spec compiles without them.
        .target(
            name: "LettaClientRuntime",
            dependencies: [
                "LettaCodegenRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The transport a generated client uses unless given one (`defaultClientTransport()`); each platform builds only
        // its own.
        .target(
            name: "LettaClientTransport",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(
                    name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client",
                    condition: .when(platforms: asyncHTTPClientPlatforms)),
                .product(name: "AsyncHTTPClient", package: "async-http-client", condition: .when(platforms: asyncHTTPClientPlatforms)),
                .product(name: "NIOCore", package: "swift-nio", condition: .when(platforms: asyncHTTPClientPlatforms)),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession", condition: .when(platforms: urlSessionPlatforms)),
            ]
        ),
        // Generated from spec/letta.yaml's paths with the models (the config's `client:`): `LettaClient`, its
        // resources and operations.
        .target(
            name: "LettaClient",
            dependencies: [
                "LettaModels",
                "LettaCodegenRuntime",
                "LettaClientRuntime",
                "LettaClientTransport",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            path: "Generated/LettaClient"
        ),
        // The Conversations walkthrough through LettaClient against a running Letta server (Scripts/check-live-server).
        .executableTarget(
            name: "letta-client-live",
            dependencies: ["LettaClient", "LettaClientRuntime", "LettaModels", "LettaStreaming", "LettaCodegenRuntime"]
        ),
        .testTarget(
            name: "LettaClientTests",
            dependencies: [
                "LettaClient", "LettaClientRuntime", "LettaClientTransport", "LettaModels", "LettaStreaming", "LettaCodegenRuntime",
                "LoopbackHTTPServer", .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // An HTTP/1.1 server on 127.0.0.1 whose answers a test writes: what the client tests talk to.
        .target(name: "LoopbackHTTPServer", path: "Tests/LoopbackHTTPServer"),
        // Against a loopback HTTP server that answers as the Letta server does (streams, error bodies, retries).
        .testTarget(
            name: "LettaClientRuntimeTests",
            dependencies: [
                "LoopbackHTTPServer",
                "LettaClientRuntime",
                "LettaClientTransport",
                "LettaModels",
                "LettaCodegenRuntime",
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(
                    name: "OpenAPIAsyncHTTPClient", package: "swift-openapi-async-http-client",
                    condition: .when(platforms: asyncHTTPClientPlatforms)),
            ]
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
