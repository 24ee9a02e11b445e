import Benchmark
import BenchmarkInputs
import Foundation
import LettaCodegenRuntime
import LettaModels

/// Decode and encode `[LettaMessageUnion]` on the deterministic 2,000-message page, on both paths, next to what
/// Foundation manages on the same bytes (the floors). The page is verified before anything is timed: it decodes with
/// no unknowns, round-trips, and both paths agree.
///
/// Baselines gate allocation counts (deterministic) and the byte-level path's speed as a ratio to
/// `JSONSerialization` measured round by round (so a slow minute slows both); wall time is reported, not gated.
let benchmarks: @Sendable () -> Void = {
    let page = GeneratedPage()
    let data = page.data
    let megabytes = Double(data.count) / 1_000_000
    let decoded: [LettaMessageUnion]
    do {
        _ = try PageVerification.verify(data, strict: true)
        decoded = try JSONDecoder().decode([LettaMessageUnion].self, from: data)
        guard try JSONReader.decode([LettaMessageUnion].self, from: data) == decoded else {
            throw BenchmarkInputError("the byte-level path decodes the page differently from JSONDecoder")
        }
        guard try JSONDecoder().decode([LettaMessageUnion].self, from: JSONWriter.encode(decoded)) == decoded else {
            throw BenchmarkInputError("the byte-level writer's output decodes differently")
        }
    } catch {
        print("The benchmark page failed verification; nothing is measured: \(error)")
        return
    }

    let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    let timed: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, megabytesPerSecond]
    func configuration() -> Benchmark.Configuration {
        .init(
            metrics: timed, timeUnits: .microseconds, warmupIterations: 3, maxDuration: .seconds(10), maxIterations: 20,
            // Every metric needs an entry: one without falls back to the strict 5 % default. Time is not gated.
            thresholds: [
                .mallocCountTotal: .init(relative: [.p50: 2.0]),
                .wallClock: .init(), .throughput: .init(), megabytesPerSecond: .init(),
            ]
        )
    }

    /// Runs `body` once per iteration, recording MB/s of `bytes` per run.
    func throughput(_ name: String, bytes: Int, _ body: @escaping @Sendable () throws -> Void) {
        Benchmark(name, configuration: configuration()) { benchmark in
            for _ in benchmark.scaledIterations {
                let start = ContinuousClock.now
                try body()
                let seconds = (ContinuousClock.now - start) / .seconds(1)
                benchmark.measurement(megabytesPerSecond, Int((Double(bytes) / 1_000_000 / seconds).rounded()))
            }
        }
    }

    let encodedSize = (try? JSONEncoder().encode(decoded).count) ?? data.count
    let fastEncodedSize = JSONWriter.encode(decoded).count
    throughput("Decode page, byte-level (JSONReader)", bytes: data.count) {
        blackHole(try JSONReader.decode([LettaMessageUnion].self, from: data))
    }
    throughput("Decode page, Codable (JSONDecoder)", bytes: data.count) {
        blackHole(try JSONDecoder().decode([LettaMessageUnion].self, from: data))
    }
    throughput("Encode page, byte-level (JSONWriter)", bytes: fastEncodedSize) {
        blackHole(JSONWriter.encode(decoded))
    }
    throughput("Encode page, Codable (JSONEncoder)", bytes: encodedSize) {
        blackHole(try JSONEncoder().encode(decoded))
    }
    throughput("Floor: JSONSerialization.jsonObject", bytes: data.count) {
        blackHole(try JSONSerialization.jsonObject(with: data))
    }
    throughput("Floor: JSONValue (JSONDecoder, no schema)", bytes: data.count) {
        blackHole(try JSONDecoder().decode(JSONValue.self, from: data))
    }
    throughput("Floor: byte-level scan (strings and numbers read)", bytes: data.count) {
        blackHole(try ByteLevelScan.countTopLevelElements(data))
    }

    // The targets are ratios to the floor on the same bytes, taken round by round: each round times
    // JSONSerialization, then the byte-level decode, then the byte-level encode, and records how many times faster
    // each is (×100, as the metric holds integers).
    let decodeRatio = BenchmarkMetric.custom("decode × JSONSerialization (×100)", polarity: .prefersLarger, useScalingFactor: false)
    let encodeRatio = BenchmarkMetric.custom("encode × JSONSerialization (×100)", polarity: .prefersLarger, useScalingFactor: false)
    Benchmark(
        "Byte-level path ÷ JSONSerialization, per round (\(String(format: "%.2f", megabytes)) MB page)",
        configuration: .init(
            metrics: [decodeRatio, encodeRatio], warmupIterations: 3, maxDuration: .seconds(20), maxIterations: 20,
            thresholds: [
                decodeRatio: .init(relative: [.p50: 25.0]),
                encodeRatio: .init(relative: [.p50: 25.0]),
            ]
        )
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let clock = ContinuousClock()
            var start = clock.now
            blackHole(try JSONSerialization.jsonObject(with: data))
            let floor = clock.now - start
            start = clock.now
            blackHole(try JSONReader.decode([LettaMessageUnion].self, from: data))
            let decode = clock.now - start
            start = clock.now
            blackHole(JSONWriter.encode(decoded))
            let encode = clock.now - start
            benchmark.measurement(decodeRatio, Int((floor / decode * 100).rounded()))
            benchmark.measurement(encodeRatio, Int((floor / encode * 100).rounded()))
        }
    }
}
