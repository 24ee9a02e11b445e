/// Which differences `JSONSemanticComparison` ignores.
extension JSONSemanticComparison {
    /// Relaxations of strict JSON equality; the empty set compares values exactly (except key order).
    public struct Options: OptionSet, Hashable, Sendable {
        /// The option bits.
        public let rawValue: Int

        /// Creates options from their bits.
        public init(rawValue: Int) {
            self.rawValue = rawValue
        }

        /// An object member whose value is `null` equals the member being absent.
        public static let nullEqualsAbsent = Options(rawValue: 1 << 0)
        /// Two strings that both parse with `RFC3339.parse(_:)` are equal when they denote the same
        /// instant to the microsecond (e.g. `…23.435997+00:00` equals `…23.435997Z`).
        public static let datesCompareByInstant = Options(rawValue: 1 << 1)
        /// An integer equals a double of exactly the same value (`1` equals `1.0`).
        public static let numbersCompareByValue = Options(rawValue: 1 << 2)
        /// A string member present only in the actual value is allowed: generated models write an absent `const`
        /// discriminator out on encode, and never add any other key.
        public static let absentConstantsMayBeWritten = Options(rawValue: 1 << 3)
    }
}
