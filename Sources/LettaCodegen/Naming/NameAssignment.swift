/// Unique names for the cases of a union or an open enum, or the properties of a struct: chosen, never demanded.
///
/// Rules, in order: a name the config gives is kept as given; a reserved name becomes its replacement (`unknown`,
/// the case that keeps unknown values, becomes `unknownValue`, as `none` becomes `noneValue`; a property
/// `additionalProperties` becomes `additionalPropertiesValue`); when several would share a name, each one that has
/// an alternative not taken by another gets the first such (for a union member its `format`, then its `title`,
/// then the name of the schema it references), the first one left keeps the shared name and the rest are numbered
/// by their position (`string2`, `asc3`, `toolCallID2`).
struct NameAssignment {
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
            candidate.fromConfiguration ? candidate.proposed : reserved[candidate.proposed] ?? candidate.proposed
        }
        var taken = Set(names)
        var clashes: [(Int, Int)] = []
        var groups: [String: [Int]] = [:]
        for (index, name) in names.enumerated() { groups[name, default: []].append(index) }
        for name in names {
            guard let group = groups[name], group.count > 1 else { continue }
            groups[name] = nil
            let fixed = group.filter { candidates[$0].fromConfiguration }
            for pair in zip(fixed, fixed.dropFirst()) { clashes.append(pair) }
            var keeper = fixed.first
            var numbered: [Int] = []
            for index in group where !candidates[index].fromConfiguration {
                let alternatives = candidates[index].alternatives()
                if let alternative = alternatives.first(where: { !taken.contains($0) && reserved[$0] == nil }) {
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
                while taken.contains(name + String(position)) { position += 1 }
                names[index] = name + String(position)
                taken.insert(names[index])
            }
        }
        return (names, clashes)
    }
}
