/// Helpers generated union decoders use to choose a member when no discriminator decides.
public enum UnionDecoding {
    /// Indices of the members that may describe an object with `keys`, best first.
    ///
    /// A member may match when all its required keys are present and at least one key it declares is present (an
    /// empty object matches only when `emptyObjectMatches`, as for shape unions, where `{}` is a valid delta).
    /// Best first: fewest present keys the member does not declare, then most required keys, then spec order.
    public static func candidates(for keys: Set<String>, among members: [UnionMemberShape], emptyObjectMatches: Bool) -> [Int] {
        var ranked: [(index: Int, unknown: Int, required: Int)] = []
        for (index, member) in members.enumerated() {
            guard member.required.isSubset(of: keys) else { continue }
            let known = keys.filter { member.declared.contains($0) }.count
            guard known > 0 || (keys.isEmpty && emptyObjectMatches) else { continue }
            ranked.append((index, keys.count - known, member.required.count))
        }
        ranked.sort { lhs, rhs in
            if lhs.unknown != rhs.unknown { return lhs.unknown < rhs.unknown }
            if lhs.required != rhs.required { return lhs.required > rhs.required }
            return lhs.index < rhs.index
        }
        return ranked.map(\.index)
    }
}

/// The keys a union member requires and the keys it declares: what structural matching compares.
public struct UnionMemberShape: Hashable, Sendable {
    public var required: Set<String>
    public var declared: Set<String>

    public init(required: Set<String>, declared: Set<String>) {
        self.required = required
        self.declared = declared
    }
}

/// The kind of JSON value a decoder is positioned at: the first step of choosing a shape-union member.
public enum JSONKind: String, Hashable, Sendable, CustomStringConvertible {
    case null, bool, number, string, array, object

    /// Probes the value without consuming it (JSONDecoder allows several containers on one value).
    public init(of decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if (try? container.decode(String.self)) != nil {
            self = .string
        } else if (try? container.decode(Bool.self)) != nil {
            self = .bool
        } else if (try? container.decode(Double.self)) != nil {
            self = .number
        } else if (try? decoder.unkeyedContainer()) != nil {
            self = .array
        } else {
            self = .object
        }
    }

    public var description: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension UnionDecoding {
    /// The keys of the object held by `container`.
    public static func presentKeys(in container: KeyedDecodingContainer<StringCodingKey>) -> Set<String> {
        Set(container.allKeys.map(\.stringValue))
    }
}
