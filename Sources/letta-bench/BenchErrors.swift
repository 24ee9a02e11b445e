/// Bad command line: exit status 2, with the usage text.
struct UsageError: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}

/// A benchmark that must not report numbers: its input does not decode, does not round-trip, or the generator
/// reported errors. Exit status 1.
struct BenchFailure: Error {
    var message: String

    init(_ message: String) {
        self.message = message
    }
}
