import Benchmark
import BenchmarkInputs
import Foundation
import LettaModels
import LettaStreaming

/// Parse + decode, and parse + decode + merge, of a 10,000-event Letta SSE token stream built from the benchmark
/// page (16 KiB reads); and the peak memory of one stream twenty times as long, which stays flat.
let benchmarks: @Sendable () -> Void = {
    let stream: TokenStream
    do {
        stream = try TokenStream(events: 10_000)
    } catch {
        print("The token stream could not be built; nothing is measured: \(error)")
        return
    }
    let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, megabytesPerSecond],
        timeUnits: .milliseconds, warmupIterations: 2, maxDuration: .seconds(10), maxIterations: 20,
        // Every metric needs an entry: one without falls back to the strict 5 % default. Time is not gated.
        thresholds: [
            .mallocCountTotal: .init(relative: [.p50: 2.0]), .peakMemoryResident: .init(relative: [.p50: 25.0]),
            .wallClock: .init(), megabytesPerSecond: .init(),
        ]
    )
    let megabytes = Double(stream.bytes.count) / 1_000_000

    Benchmark(
        "Stream: parse + decode (\(stream.eventCount) events, \(String(format: "%.1f", megabytes)) MB)",
        configuration: configuration
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            var events = 0
            for try await _ in LettaEventStream(chunks: stream.body()) { events += 1 }
            guard events == stream.eventCount else { throw BenchmarkInputError("read \(events) events of \(stream.eventCount)") }
            benchmark.measurement(megabytesPerSecond, Int((megabytes / ((ContinuousClock.now - start) / .seconds(1))).rounded()))
        }
    }

    Benchmark("Stream: parse + decode + merge", configuration: configuration) { benchmark in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            var transcript = LettaStreamAccumulator()
            for try await event in LettaEventStream(chunks: stream.body()) { transcript.add(event) }
            guard transcript.messageCount > 0 else { throw BenchmarkInputError("nothing merged") }
            benchmark.measurement(megabytesPerSecond, Int((megabytes / ((ContinuousClock.now - start) / .seconds(1))).rounded()))
        }
    }

    Benchmark(
        "Stream: twenty passes in one stream (memory stays flat)",
        configuration: .init(
            metrics: [.wallClock, .peakMemoryResident], timeUnits: .milliseconds, warmupIterations: 0,
            maxDuration: .seconds(30), maxIterations: 3,
            thresholds: [.peakMemoryResident: .init(relative: [.p50: 25.0]), .wallClock: .init()]
        )
    ) { benchmark in
        var events = 0
        for try await _ in LettaEventStream(chunks: stream.body(repeats: 20)) { events += 1 }
        guard events == stream.eventCount * 20 else { throw BenchmarkInputError("read \(events) events of \(stream.eventCount * 20)") }
    }
}
