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
    public var constants: [ConstantDeclaration]
    public var properties: [PropertyDeclaration]
    public var nested: [Declaration]
}

/// A `const` property: not stored; written on encode; absent accepted on decode; another value is an error.
public struct ConstantDeclaration: Hashable, Sendable {
    public var swiftName: String
    public var wireName: String
    public var value: String
    /// Other values accepted on decode (legacy discriminator keys mapped to this type), written back as `value`.
    public var acceptedAliases: [String]
    public var documentation: [String]
}

public struct PropertyDeclaration: Hashable, Sendable {
    public var swiftName: String
    public var wireName: String
    /// The public type; optional when not required or nullable.
    public var type: SwiftType
    public var documentation: [String]
    public var deprecation: Deprecation?
}

/// A tagged or shape union → `enum` with one case per member, plus `unknown` for tagged unions.
public struct UnionDeclaration: Hashable, Sendable {
    public enum Selection: Hashable, Sendable {
        /// Read `property` once; its value picks the case; a value no case knows becomes `.unknown`.
        case discriminator(property: String)
        /// No tag: pick by JSON kind, then by required keys for objects.
        case shape
    }

    public var name: String
    public var documentation: [String]
    public var deprecation: Deprecation?
    public var selection: Selection
    public var cases: [UnionCase]
    /// Members reference the union again: the enum must be `indirect`.
    public var isIndirect: Bool
    /// Properties every member has through a shared `allOf` base, exposed on the enum itself.
    public var sharedProperties: [PropertyDeclaration]
    public var nested: [Declaration]
}

public struct UnionCase: Hashable, Sendable {
    public enum JSONKind: String, Hashable, Sendable {
        case string, integer, number, boolean, array, object, null
    }

    public var swiftName: String
    public var payload: SwiftType
    /// Discriminator values that select this case (canonical first, then legacy aliases).
    public var tags: [String]
    /// Keys the member requires: used when the tag is absent (structural fallback) and for shape unions.
    public var requiredKeys: [String]
    /// Every key the member declares (the tag aside): ranks candidates when several could match.
    public var declaredKeys: [String]
    public var jsonKind: JSONKind
    /// The payload is a generated struct: the union hands it the object's container instead of the decoder.
    public var payloadIsStruct: Bool
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
