/// Schema → Swift type at a use site (a property, an array element, a union member). Inline objects, enums and
/// unions become nested types named after the property (`UserMessage.Content`), appended to `nested`.
extension TranslationContext {
    /// `suggestedName` is worked out only for a schema that declares a nested type (most properties are references
    /// and scalars); an array's element and a dictionary's value add `Item` and `Value` to it.
    func swiftType(
        for schema: Schema, suggestedName makeSuggestedName: @autoclosure () -> TypeName, nested: inout [Declaration]
    ) -> (type: SwiftType, nullable: Bool) {
        let (shape, nullable) = shape(of: schema)
        let type: SwiftType
        switch shape {
        case .reference(let reference):
            guard let target = resolve(reference) else { return (.jsonValue, nullable) }
            return (.named(names.typeName(for: target)), nullable || self.shape(of: target.schema).nullable)
        case .object(let object):
            guard inlineObjectsInProgress.insert(ObjectIdentifier(object)).inserted else {
                diagnostics.warning(
                    "this inline schema contains itself through '$ref' and 'allOf'; where it recurs it is read as any "
                        + "JSON value (name it under components/schemas to give it a type)",
                    at: object.location
                )
                type = .jsonValue
                break
            }
            let name = makeSuggestedName()
            nested.append(structDeclaration(name: name, schema: object, documentationSource: object, key: nil))
            inlineObjectsInProgress.remove(ObjectIdentifier(object))
            type = .named(name)
        case .dictionary(let values):
            if let values {
                let element = swiftType(for: values, suggestedName: makeSuggestedName().appending("Value"), nested: &nested)
                let value = Self.dateAsString(element.type)
                type = .dictionary(element.nullable ? .optional(value) : value)
            } else {
                type = .dictionary(.jsonValue)
            }
        case .array(let items):
            if let items {
                let element = swiftType(for: items, suggestedName: makeSuggestedName().appending("Item"), nested: &nested)
                let value = Self.dateAsString(element.type)
                type = .array(element.nullable ? .optional(value) : value)
            } else {
                type = .array(.jsonValue)
            }
        case .stringEnum(let values):
            let name = makeSuggestedName()
            nested.append(openEnumDeclaration(name: name, values: values, schema: schema))
            type = .named(name)
        case .string(let format):
            type = format == "date-time" ? .date : .string
        case .integer:
            type = .int
        case .number:
            type = .double
        case .boolean:
            type = .bool
        case .union(let members, let discriminator):
            let name = makeSuggestedName()
            nested.append(unionDeclaration(name: name, schema: schema, members: members, discriminator: discriminator))
            type = .named(name)
        case .multipleTypes(let types):
            let name = makeSuggestedName()
            nested.append(unionDeclaration(name: name, schema: schema, members: Self.members(of: schema, types: types), discriminator: nil))
            type = .named(name)
        case .null, .any:
            type = .jsonValue
        }
        return (type, nullable)
    }

    /// `type: [string, integer]` as a union of one member per type.
    static func members(of schema: Schema, types: [JSONType]) -> [Schema] {
        types.map { Schema(location: schema.location, pointer: schema.pointer, types: [$0], items: schema.items) }
    }

    /// The declaration for a named schema, or nil when it collapses into another (`X-Output` equal to `X-Input`).
    /// A named schema that allows null declares its non-null type; references to it become optional.
    func topLevelDeclaration(for named: NamedSchema) -> Declaration? {
        if names.isCollapsed(named) { return nil }
        currentRoot = named
        defer { currentRoot = nil }
        let name = names.typeName(for: named)
        let schema = named.schema
        switch shape(of: schema).shape {
        case .object(let object):
            return structDeclaration(name: name, schema: object, documentationSource: schema, key: named.key)
        case .stringEnum(let values):
            return openEnumDeclaration(name: name, values: values, schema: schema)
        case .union(let members, let discriminator):
            return unionDeclaration(name: name, schema: schema, members: members, discriminator: discriminator)
        case .multipleTypes(let types):
            return unionDeclaration(name: name, schema: schema, members: Self.members(of: schema, types: types), discriminator: nil)
        case .reference, .dictionary, .array, .string, .integer, .number, .boolean, .null, .any:
            // A type alias cannot hold types: what it needs is declared beside it.
            var nested: [Declaration] = []
            let target = swiftType(
                for: schema, suggestedName: .topLevel(name.name + "Element", namespace: name.namespace), nested: &nested
            )
            return Declaration(
                name: name,
                documentation: typeDocumentation(for: schema),
                deprecation: deprecation(for: schema),
                nested: nested,
                kind: .typeAlias(TypeAliasDeclaration(target: Self.dateAsString(target.type)))
            )
        }
    }

    /// Dates are decoded by generated code at property level (a plain `JSONDecoder()` would otherwise apply its own
    /// date strategy). Inside arrays, dictionaries and type aliases they stay RFC 3339 strings: lossless, and
    /// `RFC3339.parse` turns them into `Date`s.
    static func dateAsString(_ type: SwiftType) -> SwiftType {
        type == .date ? .string : type
    }
}

extension TypeName {
    /// The same type name with `suffix` appended to its own name (`Content` → `ContentItem`).
    func appending(_ suffix: String) -> TypeName {
        guard isNested else { return .topLevel(name + suffix, namespace: namespace) }
        return TypeName(components: Array(components.dropLast()) + [name + suffix], isNested: true)
    }
}
