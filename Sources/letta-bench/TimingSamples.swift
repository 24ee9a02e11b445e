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
