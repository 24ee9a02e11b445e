/// Wall-clock samples of one repeated task, in seconds, taken with `ContinuousClock` after warm-up runs.
struct TimingSamples {
    var seconds: [Double]

    /// Runs `body` `warmups` times unmeasured, then `iterations` times measured.
    static func measure(warmups: Int, iterations: Int, _ body: () throws -> Void) rethrows -> TimingSamples {
        for _ in 0..<warmups {
            try body()
        }
        let clock = ContinuousClock()
        var seconds: [Double] = []
        seconds.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let elapsed = try clock.measure(body)
            seconds.append(elapsed.seconds)
        }
        return TimingSamples(seconds: seconds)
    }

    /// Runs every task `warmups` times unmeasured, then `iterations` rounds in which each task runs once, in
    /// turn: tasks compared with each other see the same moments of a noisy machine. One sample list per task.
    static func measureInterleaved(warmups: Int, iterations: Int, _ tasks: [() throws -> Void]) throws -> [TimingSamples] {
        for _ in 0..<warmups {
            for task in tasks { try task() }
        }
        let clock = ContinuousClock()
        var samples = [TimingSamples](repeating: TimingSamples(seconds: []), count: tasks.count)
        for _ in 0..<iterations {
            for (index, task) in tasks.enumerated() {
                samples[index].seconds.append(try clock.measure(task).seconds)
            }
        }
        return samples
    }

    /// How many times faster than `floor` this task ran, round by round (samples taken by `measureInterleaved`):
    /// the median, min and max of the per-round ratios.
    func speedup(over floor: TimingSamples) -> Spread {
        let ratios = zip(floor.seconds, seconds).map { $0 / max($1, 1e-12) }.sorted()
        guard !ratios.isEmpty else { return Spread(median: 0, min: 0, max: 0) }
        let middle = ratios.count / 2
        let median = ratios.count % 2 == 1 ? ratios[middle] : (ratios[middle - 1] + ratios[middle]) / 2
        return Spread(median: median, min: ratios[0], max: ratios[ratios.count - 1])
    }

    var median: Double {
        let sorted = seconds.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { seconds.min() ?? 0 }
    var maximum: Double { seconds.max() ?? 0 }

    /// Median, min and max in milliseconds, for the JSON report.
    var milliseconds: Spread {
        Spread(median: median * 1_000, min: minimum * 1_000, max: maximum * 1_000)
    }

    /// `amount` per second: the median rate, and the min and max rates (from the slowest and the fastest run).
    func rate(of amount: Double) -> Spread {
        Spread(
            median: median > 0 ? amount / median : 0,
            min: maximum > 0 ? amount / maximum : 0,
            max: minimum > 0 ? amount / minimum : 0
        )
    }
}

/// A median with the range around it.
struct Spread: Encodable {
    var median: Double
    var min: Double
    var max: Double

    init(median: Double, min: Double, max: Double) {
        self.median = NumberText.rounded(median)
        self.min = NumberText.rounded(min)
        self.max = NumberText.rounded(max)
    }

    /// `4.93× (4.10–5.61)`.
    func timesText(digits: Int) -> String {
        NumberText.fixed(median, digits: digits) + "× (" + NumberText.fixed(min, digits: digits) + "–"
            + NumberText.fixed(max, digits: digits) + ")"
    }

    /// `152.3 (148.0–155.9)`.
    func text(digits: Int) -> String {
        NumberText.fixed(median, digits: digits) + " (" + NumberText.fixed(min, digits: digits) + "–"
            + NumberText.fixed(max, digits: digits) + ")"
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
