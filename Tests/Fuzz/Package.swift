// swift-tools-version: 6.1
import PackageDescription

// Coverage-guided fuzz targets (libFuzzer). `Scripts/fuzz` builds them with `-sanitize=fuzzer,address` and runs
// them; they are not products of the letta-codegen package, so nothing downstream compiles them.
let package = Package(
    name: "Fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "letta-codegen", path: "../..")
    ],
    targets: [
        // The declaration of libFuzzer's driver, which each target's main calls.
        .target(name: "FuzzerDriver", path: "Sources/FuzzerDriver"),
        // Spec bytes → load → validate → translate → render.
        .executableTarget(
            name: "fuzz-spec",
            dependencies: ["FuzzerDriver", .product(name: "LettaCodegen", package: "letta-codegen")],
            path: "Sources/FuzzSpec"
        ),
        // JSON bytes → the models, on both decoding paths.
        .executableTarget(
            name: "fuzz-json",
            dependencies: [
                "FuzzerDriver",
                .product(name: "LettaModels", package: "letta-codegen"),
                .product(name: "LettaCodegenRuntime", package: "letta-codegen"),
            ],
            path: "Sources/FuzzJSON"
        ),
        // SSE bytes in random chunks → the stream parser.
        .executableTarget(
            name: "fuzz-sse",
            dependencies: ["FuzzerDriver", .product(name: "LettaStreaming", package: "letta-codegen")],
            path: "Sources/FuzzSSE"
        ),
    ]
)
