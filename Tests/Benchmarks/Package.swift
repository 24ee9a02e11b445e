// swift-tools-version: 6.1
// The benchmarks, on ordo-one/benchmark: a package of its own, so nothing downstream resolves the harness.
// Run them with Scripts/bench (or `swift package benchmark` here); baselines are in .benchmarkBaselines/.
import PackageDescription

let benchmarkDependencies: [Target.Dependency] = [
    .product(name: "Benchmark", package: "benchmark"),
    "BenchmarkInputs",
]

let package = Package(
    name: "LettaBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "letta-codegen", path: "../.."),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        // Malloc counts come from the interposer trait, so no jemalloc is needed on the machine.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(
            name: "BenchmarkInputs",
            dependencies: [
                .product(name: "LettaCodegen", package: "letta-codegen"),
                .product(name: "LettaCodegenRuntime", package: "letta-codegen"),
                .product(name: "LettaModels", package: "letta-codegen"),
            ]
        ),
        // The benchmark inputs without the runner: instruction counts (callgrind) and the whole-process comparison.
        .executableTarget(
            name: "BenchmarkHarness",
            dependencies: [
                "BenchmarkInputs",
                .product(name: "LettaModels", package: "letta-codegen"),
                .product(name: "LettaCodegenRuntime", package: "letta-codegen"),
                .product(name: "LettaStreaming", package: "letta-codegen"),
            ]
        ),
        .executableTarget(
            name: "Generation",
            dependencies: benchmarkDependencies + [.product(name: "LettaCodegen", package: "letta-codegen")],
            path: "Benchmarks/Generation",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Models",
            dependencies: benchmarkDependencies + [
                .product(name: "LettaModels", package: "letta-codegen"),
                .product(name: "LettaCodegenRuntime", package: "letta-codegen"),
            ],
            path: "Benchmarks/Models",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "Streaming",
            dependencies: benchmarkDependencies + [
                .product(name: "LettaModels", package: "letta-codegen"),
                .product(name: "LettaStreaming", package: "letta-codegen"),
            ],
            path: "Benchmarks/Streaming",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // The loopback server of the client's tests (Sources/LoopbackHTTPServer links to Tests/LoopbackHTTPServer).
        .target(name: "LoopbackHTTPServer"),
        .executableTarget(
            name: "Client",
            dependencies: benchmarkDependencies + [
                "LoopbackHTTPServer",
                .product(name: "LettaClient", package: "letta-codegen"),
                .product(name: "LettaClientRuntime", package: "letta-codegen"),
                .product(name: "LettaClientTransport", package: "letta-codegen"),
                .product(name: "LettaModels", package: "letta-codegen"),
                .product(name: "LettaCodegenRuntime", package: "letta-codegen"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Benchmarks/Client",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
