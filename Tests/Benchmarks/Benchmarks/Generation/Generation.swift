import Benchmark
import Foundation
import LettaCodegen

/// In-process generation: load → validate → translate → render, no writing (the whole process, writing included,
/// is `Scripts/count-instructions`'s and `Scripts/bench`'s wall-time measurement).
///
/// Baselines gate the allocation count (deterministic); time is reported, not gated, because this machine's speed
/// moves by half from one minute to the next.
let benchmarks: @Sendable () -> Void = {
    let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    let specs: [(name: String, path: String, config: String?)] = [
        (
            "spec/letta.yaml", repository.appendingPathComponent("spec/letta.yaml").path,
            repository.appendingPathComponent("spec/letta-codegen.yaml").path
        ),
        (
            "upstream Letta document",
            repository.deletingLastPathComponent()
                .appendingPathComponent("shared/upstream/letta-openapi-2026-03-31.json").path, nil
        ),
    ]
    for spec in specs where FileManager.default.fileExists(atPath: spec.path) {
        Benchmark(
            "Generate \(spec.name)",
            configuration: .init(
                metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                timeUnits: .milliseconds,
                warmupIterations: 1,
                maxDuration: .seconds(20),
                maxIterations: 10,
                // Every metric needs an entry: one without falls back to the strict 5 % default.
                thresholds: [
                    .mallocCountTotal: .init(relative: [.p50: 2.0]),
                    .peakMemoryResident: .init(relative: [.p50: 20.0]),
                    .wallClock: .init(),
                    .cpuTotal: .init(),
                ]
            )
        ) { benchmark in
            let configuration = try spec.config.map { try CodegenConfiguration.load(path: $0) } ?? CodegenConfiguration()
            let generator = ModelGenerator(configuration: configuration)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                blackHole(try generator.generate(specPath: spec.path, specDisplayName: spec.name))
            }
            benchmark.stopMeasurement()
        }
    }
}
