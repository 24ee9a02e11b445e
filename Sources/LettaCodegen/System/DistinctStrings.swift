/// Strings seen so far: a list compared in turn while few are expected (no hashing), a set beyond.
struct DistinctStrings {
    private var list: [String] = []
    private var set: Set<String>?

    init(expectedCount: Int) {
        if expectedCount > 16 { set = Set(minimumCapacity: expectedCount) } else { list.reserveCapacity(expectedCount) }
    }

    /// Adds `value`; true when it was not there yet.
    mutating func insert(_ value: String) -> Bool {
        if set != nil { return set?.insert(value).inserted ?? false }
        guard !list.contains(value) else { return false }
        list.append(value)
        return true
    }
}
