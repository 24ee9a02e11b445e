/// What `JSONSemanticComparison` reports.
extension JSONSemanticComparison {
    /// One place where the actual JSON differs from the expected JSON.
    public struct Difference: Hashable, Sendable {
        /// Where the difference is, as an RFC 6901 JSON Pointer (`""` is the root, e.g. `/messages/3/date`).
        public var path: String
        /// What differs, for humans (e.g. `expected "a", found 1`).
        public var description: String

        /// Creates a difference at `path` described by `description`.
        public init(path: String, description: String) {
            self.path = path
            self.description = description
        }
    }
}
