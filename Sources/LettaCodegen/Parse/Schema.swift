/// A JSON Schema object as the Letta specs use it (OpenAPI 3.0 and 3.1 flavours), with the location of each part.
///
/// Keywords the generator does not use are accepted and ignored (`x-` extensions, `minimum`, `pattern`, …);
/// `$ref` is kept unresolved here and resolved through `SpecDocument`.
///
/// Schemas nest as a tree: each is made from children that exist before it and never change, and a `$ref` is a key
/// looked up in `SpecDocument`, not a link. A walk over children alone meets every schema once, with no visited set.
package final class Schema: Sendable {
    package let location: SourceLocation
    /// Where the schema is written in its file, as a JSON pointer (`#/components/schemas/UserMessage/properties/content`).
    package let pointer: String
    package let reference: SchemaReference?
    /// `type`, as a list even when the spec wrote one string (3.1 allows `[string, "null"]`).
    package let types: [JSONType]?
    package let properties: [SchemaProperty]
    package let required: [LocatedString]
    package let items: Schema?
    package let additionalProperties: AdditionalProperties
    package let enumValues: [YAMLNode]?
    package let constValue: YAMLNode?
    package let oneOf: [Schema]?
    package let anyOf: [Schema]?
    package let allOf: [Schema]?
    package let discriminator: Discriminator?
    /// OpenAPI 3.0 `nullable: true`.
    package let nullable: Bool
    package let format: String?
    package let title: String?
    package let description: String?
    package let defaultValue: YAMLNode?
    package let deprecated: Bool
    package let readOnly: Bool
    package let writeOnly: Bool
    /// `examples` (3.1) and `example` (3.0), in document order.
    package let examples: [YAMLNode]

    package init(
        location: SourceLocation,
        pointer: String = "#",
        reference: SchemaReference? = nil,
        types: [JSONType]? = nil,
        properties: [SchemaProperty] = [],
        required: [LocatedString] = [],
        items: Schema? = nil,
        additionalProperties: AdditionalProperties = .unspecified,
        enumValues: [YAMLNode]? = nil,
        constValue: YAMLNode? = nil,
        oneOf: [Schema]? = nil,
        anyOf: [Schema]? = nil,
        allOf: [Schema]? = nil,
        discriminator: Discriminator? = nil,
        nullable: Bool = false,
        format: String? = nil,
        title: String? = nil,
        description: String? = nil,
        defaultValue: YAMLNode? = nil,
        deprecated: Bool = false,
        readOnly: Bool = false,
        writeOnly: Bool = false,
        examples: [YAMLNode] = []
    ) {
        self.location = location
        self.pointer = pointer
        self.reference = reference
        self.types = types
        self.properties = properties
        self.required = required
        self.items = items
        self.additionalProperties = additionalProperties
        self.enumValues = enumValues
        self.constValue = constValue
        self.oneOf = oneOf
        self.anyOf = anyOf
        self.allOf = allOf
        self.discriminator = discriminator
        self.nullable = nullable
        self.format = format
        self.title = title
        self.description = description
        self.defaultValue = defaultValue
        self.deprecated = deprecated
        self.readOnly = readOnly
        self.writeOnly = writeOnly
        self.examples = examples
    }

    /// The schema's own property named `name` (not looking through `allOf` or `$ref`).
    package func property(named name: String) -> SchemaProperty? {
        properties.first { $0.name == name }
    }

    /// Calls `body` with each `oneOf`, then `anyOf`, then `allOf` member (without building one array of them).
    func forEachComposedMember(_ body: (Schema) throws -> Void) rethrows {
        for member in oneOf ?? [] { try body(member) }
        for member in anyOf ?? [] { try body(member) }
        for member in allOf ?? [] { try body(member) }
    }

    /// Calls `body` with each `oneOf`, then `anyOf` member: the alternatives of a union.
    func forEachAlternative(_ body: (Schema) throws -> Void) rethrows {
        for member in oneOf ?? [] { try body(member) }
        for member in anyOf ?? [] { try body(member) }
    }

    /// The `const` string, when the schema has one.
    package var constString: String? { constValue?.stringValue }

    /// `{type: null}`: the member of `anyOf`/`oneOf` that only makes the union nullable.
    package var isNullOnly: Bool { types == [.null] && properties.isEmpty }
}

/// The JSON types a `type` keyword can name.
package enum JSONType: String, Hashable, Sendable, CaseIterable {
    case string, integer, number, boolean, object, array, null

    /// The type named `name`, compared as a plain switch does (the synthesized `init(rawValue:)` searches a table).
    init?(name: String) {
        switch name {
        case "string": self = .string
        case "integer": self = .integer
        case "number": self = .number
        case "boolean": self = .boolean
        case "object": self = .object
        case "array": self = .array
        case "null": self = .null
        default: return nil
        }
    }

    /// `[self]`, one shared array per type: most schemas name one type, and each would otherwise allocate its own.
    var alone: [JSONType] { Self.singletons[self.index] }

    private var index: Int {
        switch self {
        case .string: 0
        case .integer: 1
        case .number: 2
        case .boolean: 3
        case .object: 4
        case .array: 5
        case .null: 6
        }
    }

    private static let singletons: [[JSONType]] = [[.string], [.integer], [.number], [.boolean], [.object], [.array], [.null]]
}

package struct SchemaProperty: Sendable {
    package var name: String
    package var nameLocation: SourceLocation
    package var schema: Schema

    package init(name: String, nameLocation: SourceLocation, schema: Schema) {
        self.name = name
        self.nameLocation = nameLocation
        self.schema = schema
    }
}

/// A string from the spec together with where it was written.
package struct LocatedString: Hashable, Sendable {
    package var value: String
    package var location: SourceLocation

    package init(_ value: String, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A `$ref` as written: the target text and the location of the `$ref` key's value.
package struct SchemaReference: Hashable, Sendable {
    package let target: String
    package let location: SourceLocation
    /// `file#pointer` of the target, relative to the file the reference is written in: computed once, because
    /// every lookup of the reference needs it.
    let key: SchemaKey

    package init(target: String, location: SourceLocation) {
        self.target = target
        self.location = location
        let utf8 = target.utf8
        if utf8.first == UInt8(ascii: "#"), utf8.dropFirst().first.map({ $0 < 0x80 }) ?? true {
            // Most references point into their own file: the key is that file and the reference as written. (A `#`
            // followed by a combining mark is another character, not the separator: `split` sees to that.)
            key = SchemaKey(location.file + target)
        } else {
            let (file, pointer) = ReferenceTarget.split(target: target, writtenIn: location.file)
            key = SchemaKey(file + "#" + pointer)
        }
    }
}

package enum AdditionalProperties: Sendable {
    /// Not written: JSON Schema allows any extra keys.
    case unspecified
    case allowed(Bool)
    case schema(Schema)
}

/// An OpenAPI `discriminator`: the tag property and the explicit value → schema mapping, in document order.
package struct Discriminator: Sendable {
    package struct MappingEntry: Sendable {
        package var value: String
        package var reference: SchemaReference

        package init(value: String, reference: SchemaReference) {
            self.value = value
            self.reference = reference
        }

        /// True when the entry points with a `$ref`-style pointer; false for a bare schema name (OpenAPI allows both).
        package var isPointer: Bool {
            reference.target.utf8.contains { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") }
        }
    }

    package var propertyName: String
    package var location: SourceLocation
    package var mapping: [MappingEntry]

    package init(propertyName: String, location: SourceLocation, mapping: [MappingEntry]) {
        self.propertyName = propertyName
        self.location = location
        self.mapping = mapping
    }
}
