/// Schema → Swift type at a use site (a property, an array element, a union member). Inline objects, enums and
/// unions become nested types named after the property (`UserMessage.Content`), appended to `nested`.
extension TranslationContext {
    ///
    /// `suggestedName` is worked out only for a schema that declares a nested type (most properties are references
    /// and scalars).
    func swiftType(
        for schema: Schema, suggestedName makeSuggestedName: @autoclosure () -> String, nested: inout [Declaration]
    ) -> (type: SwiftType, nullable: Bool) {
        let (shape, nullable) = shape(of: schema)
        let type: SwiftType
        switch shape {
        case .reference(let reference):
            let target = referencedType(reference)
            type = target.name.map(SwiftType.named) ?? .jsonValue
            if target.nullable {
                return (type, true)
            }
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
            let suggestedName = makeSuggestedName()
            let declaration = structDeclaration(name: suggestedName, schema: object, documentationSource: object, key: nil)
            inlineObjectsInProgress.remove(ObjectIdentifier(object))
            nested.append(.structure(declaration))
            type = .named(suggestedName)
        case .dictionary(let values):
            if let values {
                var elementNested: [Declaration] = []
                let element = swiftType(for: values, suggestedName: makeSuggestedName() + "Value", nested: &elementNested)
                nested.append(contentsOf: elementNested)
                let value = Self.dateAsString(element.type)
                type = .dictionary(element.nullable ? .optional(value) : value)
            } else {
                type = .dictionary(.jsonValue)
            }
        case .array(let items):
            if let items {
                let element = swiftType(for: items, suggestedName: makeSuggestedName() + "Item", nested: &nested)
                let value = Self.dateAsString(element.type)
                type = .array(element.nullable ? .optional(value) : value)
            } else {
                type = .array(.jsonValue)
            }
        case .stringEnum(let values):
            let suggestedName = makeSuggestedName()
            nested.append(.openEnum(openEnumDeclaration(name: suggestedName, values: values, schema: schema)))
            type = .named(suggestedName)
        case .string(let format):
            type = format == "date-time" ? .date : .string
        case .integer:
            type = .int
        case .number:
            type = .double
        case .boolean:
            type = .bool
        case .union(let members, let discriminator):
            let suggestedName = makeSuggestedName()
            let declaration = unionDeclaration(
                name: suggestedName, schema: schema, members: members, discriminator: discriminator
            )
            nested.append(.union(declaration))
            type = .named(suggestedName)
        case .multipleTypes(let types):
            let suggestedName = makeSuggestedName()
            let members = types.map { Schema(location: schema.location, types: [$0], items: schema.items) }
            nested.append(.union(unionDeclaration(name: suggestedName, schema: schema, members: members, discriminator: nil)))
            type = .named(suggestedName)
        case .null, .any:
            type = .jsonValue
        }
        return (type, nullable)
    }

    /// The declaration for a named schema, or nil when it collapses into another (`X-Output` equal to `X-Input`).
    /// A named schema that allows null declares its non-null type; references to it become optional.
    func topLevelDeclaration(for named: NamedSchema) -> Declaration? {
        if names.isCollapsed(named) { return nil }
        currentRoot = named
        defer { currentRoot = nil }
        let name = names.name(for: named)
        let schema = named.schema
        switch shape(of: schema).shape {
        case .object(let object):
            return .structure(structDeclaration(name: name, schema: object, documentationSource: schema, key: named.key))
        case .stringEnum(let values):
            return .openEnum(openEnumDeclaration(name: name, values: values, schema: schema))
        case .union(let members, let discriminator):
            return .union(unionDeclaration(name: name, schema: schema, members: members, discriminator: discriminator))
        case .multipleTypes(let types):
            let members = types.map { Schema(location: schema.location, types: [$0], items: schema.items) }
            return .union(unionDeclaration(name: name, schema: schema, members: members, discriminator: nil))
        case .reference, .dictionary, .array, .string, .integer, .number, .boolean, .null, .any:
            var nested: [Declaration] = []
            let target = swiftType(for: schema, suggestedName: name + "Element", nested: &nested)
            let alias = TypeAliasDeclaration(
                name: name,
                documentation: documentation(for: schema),
                deprecation: deprecation(for: schema),
                target: Self.dateAsString(target.type),
                nested: nested
            )
            return .typeAlias(alias)
        }
    }

    /// True when a named schema itself allows null, so every reference to it is optional.
    func referenceIsNullable(_ reference: SchemaReference) -> Bool {
        guard let target = resolve(reference) else { return false }
        return shape(of: target.schema).nullable
    }

    /// Dates are decoded by generated code at property level (a plain `JSONDecoder()` would otherwise apply its own
    /// date strategy). Inside arrays, dictionaries and type aliases they stay RFC 3339 strings: lossless, and
    /// `RFC3339.parse` turns them into `Date`s.
    static func dateAsString(_ type: SwiftType) -> SwiftType {
        type == .date ? .string : type
    }
}
