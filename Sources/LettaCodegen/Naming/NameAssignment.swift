/// Unique names for the cases of a union or an open enum, or the properties of a struct: chosen, never demanded.
///
/// Rules, in order: a name the config gives is kept as given; a reserved name becomes its replacement (`unknown`,
/// the case that keeps unknown values, becomes `unknownValue`, as `none` becomes `noneValue`; a property
/// `additionalProperties` becomes `additionalPropertiesValue`); when several would share a name, each one that has
/// an alternative not taken by another gets the first such (for a union member its `format`, then its `title`,
/// then the name of the schema it references), the first one left keeps the shared name and the rest are numbered
/// by their position (`string2`, `asc3`, `toolCallID2`).
struct NameAssignment {
    static let caseReservedNames = ["unknown": "unknownValue"]
    static let propertyReservedNames = ["additionalProperties": "additionalPropertiesValue"]

    struct Candidate {
        /// The name from the member's tag, type or value.
        var proposed: String
        /// True when the config gave the name: it is never changed.
        var fromConfiguration: Bool
        /// Names to use instead when `proposed` is shared, best first: worked out only for names that are shared.
        var alternatives: () -> [String] = { [] }
    }

    /// The final names, and the pairs of config-given names that collide (the config's to fix).
    static func assign(
        _ candidates: [Candidate], reserved: [String: String]
    ) -> (names: [String], configurationClashes: [(Int, Int)]) {
        var names = candidates.map { candidate in
            candidate.fromConfiguration ? candidate.proposed : replacement(for: candidate.proposed, in: reserved) ?? candidate.proposed
        }
        // Most structs and unions have no shared name: nothing more to decide.
        guard hasRepeats(names) else { return (names, []) }
        var taken = Set(names)
        var clashes: [(Int, Int)] = []
        var firstIndex: [String: Int] = [:]
        var groups: [[Int]] = []
        for index in names.indices {
            if let first = firstIndex[names[index]] {
                groups[first].append(index)
            } else {
                firstIndex[names[index]] = groups.count
                groups.append([index])
            }
        }
        for group in groups where group.count > 1 {
            let shared = names[group[0]]
            let fixed = group.filter { candidates[$0].fromConfiguration }
            for pair in zip(fixed, fixed.dropFirst()) { clashes.append(pair) }
            var keeper = fixed.first
            var numbered: [Int] = []
            for index in group where !candidates[index].fromConfiguration {
                if let alternative = candidates[index].alternatives().first(where: { !taken.contains($0) && replacement(for: $0, in: reserved) == nil }) {
                    names[index] = alternative
                    taken.insert(alternative)
                } else if keeper == nil {
                    keeper = index
                } else {
                    numbered.append(index)
                }
            }
            for index in numbered {
                var position = index + 1
                while taken.contains(shared + String(position)) { position += 1 }
                names[index] = shared + String(position)
                taken.insert(names[index])
            }
        }
        return (names, clashes)
    }

    /// Whether some name occurs twice.
    private static func hasRepeats(_ names: [String]) -> Bool {
        var seen = DistinctStrings(expectedCount: names.count)
        for name in names where !seen.insert(name) { return true }
        return false
    }

    /// What `reserved` replaces `name` with: the tables hold a name or two, so a scan costs less than hashing.
    private static func replacement(for name: String, in reserved: [String: String]) -> String? {
        for (reservedName, replacement) in reserved where reservedName == name { return replacement }
        return nil
    }
}
