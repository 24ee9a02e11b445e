/// Helpers generated union decoders use to choose a member when no discriminator decides.
public enum UnionDecoding {
    /// The keys of the object being decoded (for matching members' required keys).
    public static func presentKeys(in decoder: any Decoder) throws -> Set<String> {
        Set(try decoder.container(keyedBy: StringCodingKey.self).allKeys.map(\.stringValue))
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
