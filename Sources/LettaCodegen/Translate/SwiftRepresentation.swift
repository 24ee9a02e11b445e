/// The structured Swift the translators produce and the renderer prints: declarations, not strings.
///
/// Only `Render/` knows syntax and indentation; translators decide names, types, cases and coding behaviour.

/// A Swift type as used in a declaration.
public indirect enum SwiftType: Hashable, Sendable {
    case string, int, double, bool, date, jsonValue
    case named(String)
    case array(SwiftType)
    case dictionary(SwiftType)
    case optional(SwiftType)
    /// `Nullable<T>`: explicit null kept apart from absent (config `nullable:`); always wrapped in `.optional`.
    case nullable(SwiftType)

    /// The type without an outer optional.
    public var unwrapped: SwiftType {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    public var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// How the type is spelled in Swift source (`[String: JSONValue]?`).
    public var sourceText: String {
        var bytes: [UInt8] = []
        appendSourceText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `sourceText`, appended as UTF-8.
    func appendSourceText(to bytes: inout some UTF8Sink) {
        switch self {
        case .string: bytes.appendUTF8("String")
        case .int: bytes.appendUTF8("Int")
        case .double: bytes.appendUTF8("Double")
        case .bool: bytes.appendUTF8("Bool")
        case .date: bytes.appendUTF8("Date")
        case .jsonValue: bytes.appendUTF8("JSONValue")
        case .named(let name): bytes.appendUTF8(name)
        case .array(let element): element.appendSourceText(to: &bytes, between: "[", and: "]")
        case .dictionary(let value): value.appendSourceText(to: &bytes, between: "[String: ", and: "]")
        case .optional(let wrapped): wrapped.appendSourceText(to: &bytes, between: "", and: "?")
        case .nullable(let wrapped): wrapped.appendSourceText(to: &bytes, between: "Nullable<", and: ">")
        }
    }

    private func appendSourceText(to bytes: inout some UTF8Sink, between prefix: String, and suffix: String) {
        bytes.appendUTF8(prefix)
        appendSourceText(to: &bytes)
        bytes.appendUTF8(suffix)
    }
}

/// One generated file: a top-level declaration (with its nested types).
public struct SwiftFile: Hashable, Sendable {
    public var fileName: String
    public var declaration: Declaration
}

public indirect enum Declaration: Hashable, Sendable {
    case structure(StructDeclaration)
    case union(UnionDeclaration)
    case openEnum(OpenEnumDeclaration)
    case typeAlias(TypeAliasDeclaration)

    public var name: String {
        switch self {
        case .structure(let declaration): declaration.name
        case .union(let declaration): declaration.name
        case .openEnum(let declaration): declaration.name
        case .typeAlias(let declaration): declaration.name
        }
    }

    /// The types declared inside this one.
    public var nestedDeclarations: [Declaration] {
        switch self {
        case .structure(let declaration): declaration.nested
        case .union(let declaration): declaration.nested
        case .openEnum: []
        case .typeAlias(let declaration): declaration.nested
        }
    }

    public var deprecation: Deprecation? {
        switch self {
        case .structure(let declaration): declaration.deprecation
        case .union(let declaration): declaration.deprecation
        case .openEnum(let declaration): declaration.deprecation
        case .typeAlias(let declaration): declaration.deprecation
        }
    }
}

/// `@available(*, deprecated, message:)` on a public symbol.
public struct Deprecation: Hashable, Sendable {
    public var message: String?
}

/// A JSON object → `struct` with stored properties, constants for `const` properties, and kept unknown keys.
public struct StructDeclaration: Hashable, Sendable {
    public var name: String
    public var documentation: [String]
    public var deprecation: Deprecation?
    /// The wire names of constants and properties in declaration order: the type's field table, which both
    /// readers match keys against and both writers write. Constants and properties refer to it by index.
    public var fieldNames: [String]
    public var constants: [ConstantDeclaration]
    public var properties: [PropertyDeclaration]
    public var nested: [Declaration]
}

/// A `const` property: not stored; written on encode; absent accepted on decode; another value is an error.
public struct ConstantDeclaration: Hashable, Sendable {
    public var swiftName: String
    public var wireName: String
    /// Index in the struct's `fieldNames`.
    public var fieldIndex: Int
    public var value: String
    /// Other values accepted on decode (legacy discriminator keys mapped to this type), written back as `value`.
    public var acceptedAliases: [String]
    public var documentation: [String]
}

public struct PropertyDeclaration: Hashable, Sendable {
    public var swiftName: String
    /// The stored property's name: `swiftName` (escaped when a keyword), or `_swiftName` behind a deprecated
    /// accessor, so generated code never touches the deprecated symbol.
    public var storageName: String
    public var wireName: String
    /// Index in the struct's `fieldNames` (unused for a union's shared properties).
    public var fieldIndex: Int
    /// The public type; optional when not required or nullable.
    public var type: SwiftType
    public var documentation: [String]
    public var deprecation: Deprecation?
}

/// A tagged or shape union → `enum` with one case per member, plus `unknown` for tagged unions.
public struct UnionDeclaration: Hashable, Sendable {
    public var name: String
    public var documentation: [String]
    public var deprecation: Deprecation?
    public var cases: [UnionCase]
    /// How a value chooses its case: decided when translating, printed as is.
    public var decoding: UnionDecodingPlan
    /// Members reference the union again: the enum must be `indirect`.
    public var isIndirect: Bool
    /// Properties every member has through a shared `allOf` base, exposed on the enum itself.
    public var sharedProperties: [PropertyDeclaration]
    public var nested: [Declaration]

    /// Tagged unions keep a tag no case knows in `.unknown`.
    public var tagProperty: String? {
        if case .tagged(let tagged) = decoding { return tagged.property }
        return nil
    }
}

public struct UnionCase: Hashable, Sendable {
    public var swiftName: String
    public var payload: SwiftType
    /// Tag values selecting this case (canonical first, then legacy aliases).
    public var tags: [String]
    /// How many of `tags` are the member's own values (its `const`, its `enum`, its members' for a member union);
    /// the rest come from the discriminator mapping.
    public var ownTagCount: Int
    /// The JSON kinds of the member's values (several for a member that is itself a shape union).
    public var kinds: [ValueKind]
}

/// The kind of a JSON value, as unions group their members.
public enum ValueKind: String, Hashable, Sendable, CaseIterable {
    case null, bool, number, string, array, object
}

/// How a union's value is decoded into a case.
public enum UnionDecodingPlan: Hashable, Sendable {
    /// Read the tag once; its value picks the case; a value no case knows becomes `.unknown`.
    case tagged(TaggedDecoding)
    /// No tag: the JSON kind picks a group of members, tried in order (objects ranked by the keys present).
    case shape(ShapeDecoding)
}

public struct TaggedDecoding: Hashable, Sendable {
    public struct Tag: Hashable, Sendable {
        public var value: String
        public var caseIndex: Int
    }

    /// A member that structure can choose when the tag is absent (rule: exactly one member fits on keys that
    /// set it apart).
    public struct TaglessCandidate: Hashable, Sendable {
        public var caseIndex: Int
        public var memberName: String
        public var requiredKeys: [String]
        /// Declared keys that not every member declares.
        public var evidenceKeys: [String]
    }

    public var property: String
    /// Every tag value with its case: each case's canonical value in case order, then legacy aliases.
    public var tags: [Tag]
    public var withoutTag: [TaglessCandidate]
}

public struct ShapeDecoding: Hashable, Sendable {
    public struct KindGroup: Hashable, Sendable {
        public var kind: ValueKind
        /// The cases of this kind, in the order they are tried.
        public var cases: [Int]
        /// For several object members: what ranks them by the keys present (in `cases` order).
        public var objectShapes: [ObjectShape]
    }

    public struct ObjectShape: Hashable, Sendable {
        public var caseIndex: Int
        public var requiredKeys: [String]
        public var declaredKeys: [String]
    }

    /// Groups in the order a Codable decoder probes kinds (the members' order in the spec).
    public var groups: [KindGroup]
}

/// A string enum → open `enum` with known cases plus `unknown(String)`.
public struct OpenEnumDeclaration: Hashable, Sendable {
    public struct Case: Hashable, Sendable {
        public var swiftName: String
        public var rawValue: String
    }

    public var name: String
    public var documentation: [String]
    public var deprecation: Deprecation?
    public var cases: [Case]
}

/// `public typealias Name = Type` for schemas that are only another type (a free-form object, an array, …).
public struct TypeAliasDeclaration: Hashable, Sendable {
    public var name: String
    public var documentation: [String]
    public var deprecation: Deprecation?
    public var target: SwiftType
    /// Inline types the target uses (e.g. the element struct of an array alias), declared beside the alias.
    public var nested: [Declaration]
}
