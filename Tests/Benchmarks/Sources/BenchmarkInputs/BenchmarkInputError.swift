/// An input a benchmark must not measure: the page does not decode, does not round-trip, or the paths disagree.
public struct BenchmarkInputError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
