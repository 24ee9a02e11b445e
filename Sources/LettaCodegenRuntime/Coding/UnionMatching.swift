/// How unions choose a member when no tag decides: the two rules, shared by both back ends. The generator decides
/// which keys count for which member when it translates the spec; these types only apply the rules.

/// A discriminated union whose tag is absent: the member is chosen by structure only when exactly one member
/// fits on keys that set it apart. Keys every member declares (`id`, `date` on every message) are no evidence;
/// undeclared keys never prevent a match. Anything else is an error naming the tag and the members that tie:
/// an absent tag is not an unknown variant, and never a guess.
@_spi(Generated) public struct TaglessMatching: Sendable {
    public struct Member: Sendable {
        /// The union case the member is.
        public let caseIndex: Int
        public let name: String
        public let required: Set<String>
        /// Keys the member declares that not every member declares.
        public let evidence: Set<String>

        public init(_ caseIndex: Int, _ name: String, required: Set<String>, evidence: Set<String>) {
            self.caseIndex = caseIndex
            self.name = name
            self.required = required
            self.evidence = evidence
        }
    }

    public let union: String
    public let tag: String
    public let members: [Member]

    public init(union: String, tag: String, members: [Member]) {
        self.union = union
        self.tag = tag
        self.members = members
    }

    /// The case of the member an object with `keys` is, or nil; `failure` says why not.
    ///
    /// A member fits when its required keys are present and it declares a present key that some other member
    /// does not. One fitting member is the answer; among several, one whose present evidence strictly contains
    /// every other's (it explains a key no other fitting member does) is the answer.
    public func member(forKeys keys: Set<String>) -> Int? {
        let fitting = fittingMembers(keys)
        if fitting.count == 1 { return members[fitting[0].index].caseIndex }
        let dominant = fitting.first { candidate in
            fitting.allSatisfy { other in
                other.index == candidate.index || candidate.evidence.isStrictSuperset(of: other.evidence)
            }
        }
        return dominant.map { members[$0.index].caseIndex }
    }

    private func fittingMembers(_ keys: Set<String>) -> [(index: Int, evidence: Set<String>)] {
        members.enumerated().compactMap { index, member in
            guard member.required.isSubset(of: keys) else { return nil }
            let evidence = member.evidence.intersection(keys)
            return evidence.isEmpty ? nil : (index, evidence)
        }
    }

    /// Why an object with `keys` has no member.
    public func failure(forKeys keys: Set<String>) -> String {
        let fitting = fittingMembers(keys).map { members[$0.index].name }
        let start = "No \"\(tag)\" in \(union)"
        if fitting.isEmpty {
            return start + ", and the keys present fit none of its members."
        }
        return start + ", and the keys present fit " + fitting.joined(separator: ", ")
            + " alike: a \"\(tag)\" is needed to tell them apart."
    }
}

/// A shape union's object members: chosen by the keys present (null values included), best first. A member is a
/// candidate when all its required keys are present; undeclared keys never prevent a match. Candidates that
/// declare more of the present keys come first, then those with more required keys, then spec order; so a member
/// whose properties are all optional matches any object no better member matches (as pydantic does).
@_spi(Generated) public struct ObjectMemberMatching: Sendable {
    public struct Member: Sendable {
        /// The union case the member is.
        public let caseIndex: Int
        public let required: Set<String>
        public let declared: Set<String>

        public init(_ caseIndex: Int, required: Set<String>, declared: Set<String>) {
            self.caseIndex = caseIndex
            self.required = required
            self.declared = declared
        }
    }

    public let members: [Member]
    /// Every declared key, and each member's required and declared keys as bits of it; nil beyond 64 keys (the
    /// keys present are then collected as strings).
    let keys: FieldTable?
    let masks: [(required: UInt64, declared: UInt64)]

    public init(_ members: [Member]) {
        self.members = members
        var names: [String] = []
        for member in members {
            names.append(contentsOf: member.declared.union(member.required).subtracting(names).sorted())
        }
        guard names.count <= 64 else {
            keys = nil
            masks = []
            return
        }
        let table = FieldTable(names)
        func mask(_ keys: Set<String>) -> UInt64 {
            keys.reduce(0) { bits, key in bits | (table.index(of: key).map { 1 << UInt64($0) } ?? 0) }
        }
        keys = table
        masks = members.map { (mask($0.required), mask($0.declared)) }
    }

    /// The cases of the candidate members for the object at the reader's position (not read), best first.
    public func candidates<Reader: ModelReader>(reading reader: inout Reader) throws -> [Int] {
        guard let keys else { return candidates(forKeys: try reader.peekKeys()) }
        let present = try reader.peekKeys(among: keys)
        // The order `ranked` gives, by insertion into one array (members are few).
        func precedes(_ lhs: Int, _ rhs: Int) -> Bool {
            let left = ((masks[lhs].declared & present).nonzeroBitCount, masks[lhs].required.nonzeroBitCount)
            let right = ((masks[rhs].declared & present).nonzeroBitCount, masks[rhs].required.nonzeroBitCount)
            if left.0 != right.0 { return left.0 > right.0 }
            if left.1 != right.1 { return left.1 > right.1 }
            return lhs < rhs
        }
        var fitting: [Int] = []
        for index in members.indices {
            let required = masks[index].required
            guard required & present == required else { continue }
            if fitting.isEmpty { fitting.reserveCapacity(members.count) }
            var position = fitting.count
            while position > 0 && precedes(index, fitting[position - 1]) { position -= 1 }
            fitting.insert(index, at: position)
        }
        for position in fitting.indices { fitting[position] = members[fitting[position]].caseIndex }
        return fitting
    }

    /// The cases of the candidate members for an object with `keys`, best first.
    public func candidates(forKeys keys: Set<String>) -> [Int] {
        ranked(
            members.indices.compactMap { index in
                let member = members[index]
                guard member.required.isSubset(of: keys) else { return nil }
                return (index, member.declared.intersection(keys).count, member.required.count)
            })
    }

    private func ranked(_ fitting: [(index: Int, declared: Int, required: Int)]) -> [Int] {
        fitting.sorted { lhs, rhs in
            if lhs.declared != rhs.declared { return lhs.declared > rhs.declared }
            if lhs.required != rhs.required { return lhs.required > rhs.required }
            return lhs.index < rhs.index
        }.map { members[$0.index].caseIndex }
    }
}

/// A tagged union's tag values and the cases they select (legacy values included), matched on bytes by the byte
/// reader.
public struct UnionTags: Sendable, ExpressibleByDictionaryLiteral {
    /// What the tag of a value says.
    public enum Match: Sendable {
        /// A known value, selecting this case.
        case known(Int)
        /// A value no case knows (the value becomes `.unknown`).
        case unknown(String)
        /// No tag, or null.
        case absent
    }

    @_spi(Generated) public let values: FieldTable
    @_spi(Generated) public let cases: [Int]

    public init(dictionaryLiteral elements: (String, Int)...) {
        values = FieldTable(elements.map(\.0))
        cases = elements.map(\.1)
    }

    /// The match for a tag value read as a string.
    @_spi(Generated) public func match(_ value: String) -> Match {
        values.index(of: value).map { .known(cases[$0]) } ?? .unknown(value)
    }
}

extension ModelReader {
    /// Reads the value as the first of `candidates` that decodes (each tried on a copy of the reader); the last
    /// one is read directly, so when nothing fits, the error is the last candidate's own, with its coding path.
    @_spi(Generated) public mutating func readFirstMatching<T>(
        _ candidates: [Int], noMatch: @autoclosure () -> String, _ read: (Int, inout Self) throws -> T
    ) throws -> T {
        for (position, candidate) in candidates.enumerated() {
            if position == candidates.count - 1 { return try read(candidate, &self) }
            if let value = attempt({ reader in try read(candidate, &reader) }) { return value }
        }
        throw dataCorrupted(noMatch())
    }

    /// The error for a value whose kind no member of a shape union has.
    @_spi(Generated) public func kindMismatch(_ union: Any.Type, expected: [JSONKind], found: JSONKind) -> DecodingError {
        let words = expected.map(\.description)
        let list =
            words.count <= 2
            ? words.joined(separator: " or ")
            : words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "")
        return typeMismatch(union, "Expected \(list) for \(union), found \(found)")
    }
}
