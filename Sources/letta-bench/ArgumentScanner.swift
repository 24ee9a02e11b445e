/// The few flags `letta-bench` takes, parsed by hand: `--name value`, `--name=value` and boolean `--name`.
/// Whatever is left when a command has taken its flags is a usage error, so a typo never runs a benchmark
/// with defaults silently.
struct ArgumentScanner {
    private var remaining: [String]

    init(_ arguments: [String]) {
        remaining = arguments
    }

    /// True when `name` is present (every occurrence is consumed).
    mutating func flag(_ name: String) -> Bool {
        let before = remaining.count
        remaining.removeAll { $0 == name }
        return remaining.count != before
    }

    /// The value of `--name value` or `--name=value`; the last occurrence wins.
    mutating func option(_ name: String) throws(UsageError) -> String? {
        var value: String?
        var index = 0
        while index < remaining.count {
            let argument = remaining[index]
            if argument == name {
                guard index + 1 < remaining.count else { throw UsageError("\(name) needs a value") }
                value = remaining[index + 1]
                remaining.removeSubrange(index...(index + 1))
            } else if argument.hasPrefix(name + "=") {
                value = String(argument.dropFirst(name.count + 1))
                remaining.remove(at: index)
            } else {
                index += 1
            }
        }
        return value
    }

    /// A whole number of at least `minimum`.
    mutating func integerOption(_ name: String, minimum: Int) throws(UsageError) -> Int? {
        guard let text = try option(name) else { return nil }
        guard let value = Int(text), value >= minimum else {
            throw UsageError("\(name) expects a whole number ≥ \(minimum), found '\(text)'")
        }
        return value
    }

    /// The first argument that is not a flag, consumed.
    mutating func positional() -> String? {
        guard let index = remaining.firstIndex(where: { !$0.hasPrefix("-") }) else { return nil }
        return remaining.remove(at: index)
    }

    /// Fails on anything no one asked for.
    func finish() throws(UsageError) {
        guard remaining.isEmpty else {
            throw UsageError("unexpected argument\(remaining.count == 1 ? "" : "s"): \(remaining.joined(separator: " "))")
        }
    }
}
