/// The structured Swift the translators produce and the renderer prints: declarations, not strings.
///
/// Every decision is made when translating and recorded here: names (escaped where Swift needs it), types (by
/// `TypeName`, never spliced text), documentation (the prose, the origin in the spec), how each union chooses a
/// case and how an unknown variant answers a shared property. `Render/` only spells these out.

/// Where a generated type is declared, and how generated code refers to it.
///
/// A top-level type lives at the module's top level or inside a namespace (`DeprecatedModels`); a nested type
/// inside another generated type. Nested types are referred to by their own name (only their parent's scope uses
/// them), top-level ones by their path from the module.
package struct TypeName: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The path from the module's top level: `["ToolCall"]`, `["DeprecatedModels", "ToolReturn"]`,
    /// `["UserMessage", "Content"]`.
    package let components: [String]
    /// Declared inside another generated type.
    package let isNested: Bool

    /// A type at the module's top level, or inside the caseless enum `namespace`.
    package static func topLevel(_ name: String, namespace: String? = nil) -> TypeName {
        TypeName(components: namespace.map { [$0, name] } ?? [name], isNested: false)
    }

    /// A type declared inside this one.
    package func nested(_ name: String) -> TypeName {
        TypeName(components: components + [name], isNested: true)
    }

    /// The name the type is declared with.
    package var name: String { components[components.count - 1] }

    /// The namespace a top-level type is declared in, if any.
    package var namespace: String? {
        !isNested && components.count > 1 ? components[0] : nil
    }

    /// How generated code spells a reference to the type where it is used.
    package var reference: String {
        isNested ? name : components.joined(separator: ".")
    }

    /// The same type referred to by its whole path (`ConversationMessageRequest.Input`), as code outside its
    /// parent's scope must: a generated client naming a model's nested type.
    package var qualified: TypeName {
        TypeName(components: components, isNested: false)
    }

    /// The reference as a DocC symbol path (`DeprecatedModels/ToolReturn`).
    package var symbolPath: String {
        isNested ? name : components.joined(separator: "/")
    }

    /// Every component, dotted: how a nested type is named in messages (`UserMessage.Content`).
    package var description: String { components.joined(separator: ".") }

    package static func < (lhs: TypeName, rhs: TypeName) -> Bool {
        lhs.components.lexicographicallyPrecedes(rhs.components)
    }
}

/// A Swift type as used in a declaration.
package indirect enum SwiftType: Hashable, Sendable {
    case string, int, double, bool, date, jsonValue
    case named(TypeName)
    case array(SwiftType)
    case dictionary(SwiftType)
    case optional(SwiftType)
    /// `Nullable<T>`: explicit null kept apart from absent (config `nullable:`); always wrapped in `.optional`.
    case nullable(SwiftType)

    /// The type with every nested type it names referred to by its whole path (`TypeName.qualified`).
    package var qualified: SwiftType {
        switch self {
        case .named(let name): .named(name.qualified)
        case .array(let element): .array(element.qualified)
        case .dictionary(let value): .dictionary(value.qualified)
        case .optional(let wrapped): .optional(wrapped.qualified)
        case .nullable(let wrapped): .nullable(wrapped.qualified)
        case .string, .int, .double, .bool, .date, .jsonValue: self
        }
    }

    /// The type without an outer optional.
    package var unwrapped: SwiftType {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    package var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    /// How the type is spelled in Swift source (`[String: JSONValue]?`).
    package var sourceText: String {
        switch self {
        case .string: "String"
        case .int: "Int"
        case .double: "Double"
        case .bool: "Bool"
        case .date: "Date"
        case .jsonValue: "JSONValue"
        case .named(let name): name.reference
        case .array(let element): "[" + element.sourceText + "]"
        case .dictionary(let value): "[String: " + value.sourceText + "]"
        case .optional(let wrapped): wrapped.sourceText + "?"
        case .nullable(let wrapped): "Nullable<" + wrapped.sourceText + ">"
        }
    }
}

/// A name of a property, constant or case, as Swift needs it in each place.
package struct MemberName: Hashable, Sendable, CustomStringConvertible {
    /// The name itself: an argument label, the suffix of a local.
    package let plain: String
    /// As declared and referred to: a keyword in backticks.
    package let escaped: String

    package init(_ plain: String) {
        self.plain = plain
        escaped = SwiftNames.isKeyword(plain) ? "`" + plain + "`" : plain
    }

    /// The name an initializer's body knows the parameter by: the name itself, except that a parameter named
    /// `self` would hide `self` there.
    package var parameter: String {
        plain == "self" ? "self_" : escaped
    }

    package var description: String { plain }
}

/// One generated file: a top-level declaration (with its nested types).
package struct SwiftFile: Hashable, Sendable {
    package var fileName: String
    package var declaration: Declaration
}

/// A generated type: what every kind has, and the kind.
package struct Declaration: Hashable, Sendable {
    package var name: TypeName
    /// The `///` lines, complete: the spec's prose, notes, and where in the spec the type comes from.
    package var documentation: [String]
    package var deprecation: Deprecation?
    /// The types declared inside this one.
    package var nested: [Declaration]
    package var kind: Kind

    package enum Kind: Hashable, Sendable {
        case structure(StructDeclaration)
        case union(UnionDeclaration)
        case openEnum(OpenEnumDeclaration)
        case typeAlias(TypeAliasDeclaration)
    }
}

/// `@available(*, deprecated, message:)` on a public symbol.
package struct Deprecation: Hashable, Sendable {
    package var message: String?
}

/// A JSON object → `struct` with stored properties, constants for `const` properties, and kept unknown keys.
package struct StructDeclaration: Hashable, Sendable {
    /// The wire names of constants and properties: the type's field table, which both readers match keys against
    /// and both writers write in its order. Constants come first (a union member's tag is then its first key), the
    /// properties after them in the spec's order. Constants and properties refer to it by index.
    package var fieldNames: [String]
    package var constants: [ConstantDeclaration]
    package var properties: [PropertyDeclaration]

    /// A constant or a property, by its position in `constants` or `properties`.
    package enum Member: Hashable, Sendable {
        case constant(Int)
        case property(Int)
    }

    /// The constants and properties in the order of their fields: the order both bodies read and write them in.
    package var fieldOrder: [Member] {
        var order: [(field: Int, member: Member)] = []
        for (index, constant) in constants.enumerated() { order.append((constant.fieldIndex, .constant(index))) }
        for (index, property) in properties.enumerated() { order.append((property.fieldIndex, .property(index))) }
        return order.sorted { $0.field < $1.field }.map(\.member)
    }
}

/// A `const` property: not stored; written on encode; absent accepted on decode; another value is an error.
package struct ConstantDeclaration: Hashable, Sendable {
    package var name: MemberName
    package var wireName: String
    /// Index in the struct's `fieldNames`.
    package var fieldIndex: Int
    package var value: String
    /// Other values accepted on decode (legacy discriminator keys mapped to this type), written back as `value`.
    package var acceptedAliases: [String]
    package var documentation: [String]
}

package struct PropertyDeclaration: Hashable, Sendable {
    package var name: MemberName
    /// The stored property: the property itself, or `_name` behind a deprecated accessor, so generated code never
    /// touches the deprecated symbol.
    package var storage: MemberName
    package var wireName: String
    /// Index in the struct's `fieldNames`.
    package var fieldIndex: Int
    /// The public type; optional when not required or nullable.
    package var type: SwiftType
    package var documentation: [String]
    package var deprecation: Deprecation?
}

/// A tagged or shape union → `enum` with one case per member, plus `unknown` for tagged unions.
package struct UnionDeclaration: Hashable, Sendable {
    package var cases: [UnionCase]
    /// How a value chooses its case: decided when translating, printed as is.
    package var decoding: UnionDecodingPlan
    /// Members reference the union again: the enum must be `indirect`.
    package var isIndirect: Bool
    /// The documentation of `unknown`, the case that keeps a tag no case knows (tagged unions only).
    package var unknownCaseDocumentation: [String]?
    /// Properties every member has through a shared `allOf` base, exposed on the enum itself.
    package var sharedProperties: [SharedProperty]
    /// The one case whose payload is a string, when there is one: a string literal stands for it
    /// (`input: "Hello!"` for `.string("Hello!")`).
    package var stringLiteralCase: MemberName?

    /// Tagged unions keep a tag no case knows in `.unknown`.
    package var tagProperty: String? {
        if case .tagged(let tagged) = decoding { return tagged.property }
        return nil
    }
}

package struct UnionCase: Hashable, Sendable {
    package var name: MemberName
    package var payload: SwiftType
    /// Tag values selecting this case (canonical first, then legacy aliases).
    package var tags: [String]
    /// How many of `tags` are the member's own values (its `const`, its `enum`, its members' for a member union);
    /// the rest come from the discriminator mapping.
    package var ownTagCount: Int
    /// The JSON kinds of the member's values (several for a member that is itself a shape union).
    package var kinds: [ValueKind]
    package var documentation: [String]
}

/// A property of a union's shared base, read without a switch: from the member's payload, and for an unknown
/// variant from its raw JSON.
package struct SharedProperty: Hashable, Sendable {
    package var property: PropertyDeclaration
    /// How an unknown variant's raw JSON gives the value (tagged unions only).
    package var unknownVariantRead: UnknownVariantRead?
}

/// The JSON accessor that reads a shared property's value from an unknown variant's raw JSON.
package enum UnknownVariantRead: Hashable, Sendable {
    case string, integer, number, bool, date
}

/// The kind of a JSON value, as unions group their members: the cases of the runtime's `JSONKind`, which a test
/// holds equal.
package enum ValueKind: String, Hashable, Sendable, CaseIterable {
    case null, bool, number, string, array, object
}

/// How a union's value is decoded into a case.
package enum UnionDecodingPlan: Hashable, Sendable {
    /// Read the tag once; its value picks the case; a value no case knows becomes `.unknown`.
    case tagged(TaggedDecoding)
    /// No tag: the JSON kind picks a group of members, tried in order (objects ranked by the keys present).
    case shape(ShapeDecoding)
}

package struct TaggedDecoding: Hashable, Sendable {
    package struct Tag: Hashable, Sendable {
        package var value: String
        package var caseIndex: Int
    }

    /// A member that structure can choose when the tag is absent (rule: exactly one member fits on keys that
    /// set it apart).
    package struct TaglessCandidate: Hashable, Sendable {
        package var caseIndex: Int
        package var memberName: String
        package var requiredKeys: [String]
        /// Declared keys that not every member declares.
        package var evidenceKeys: [String]
    }

    package var property: String
    /// Every tag value with its case: each case's canonical value in case order, then legacy aliases.
    package var tags: [Tag]
    package var withoutTag: [TaglessCandidate]
}

package struct ShapeDecoding: Hashable, Sendable {
    package struct KindGroup: Hashable, Sendable {
        package var kind: ValueKind
        /// The cases of this kind, in the order they are tried.
        package var cases: [Int]
        /// For several object members: what ranks them by the keys present (in `cases` order).
        package var objectShapes: [ObjectShape]
    }

    package struct ObjectShape: Hashable, Sendable {
        package var caseIndex: Int
        package var requiredKeys: [String]
        package var declaredKeys: [String]
    }

    /// Groups in the order a Codable decoder probes kinds (the members' order in the spec).
    package var groups: [KindGroup]
    /// The cases read through a member lookup (those of groups with several members), in case order.
    package var casesReadByIndex: [Int]
    /// Some JSON kind has no group, so a value of it is an error.
    package var rejectsSomeKind: Bool
}

/// A string enum → open `enum` with known cases plus `unknown(String)`.
package struct OpenEnumDeclaration: Hashable, Sendable {
    package struct Case: Hashable, Sendable {
        package var name: MemberName
        package var rawValue: String
    }

    package var cases: [Case]
}

/// `package typealias Name = Type` for schemas that are only another type (a free-form object, an array, …).
package struct TypeAliasDeclaration: Hashable, Sendable {
    package var target: SwiftType
}
