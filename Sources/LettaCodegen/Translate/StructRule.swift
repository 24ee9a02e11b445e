/// JSON objects → structs. `allOf` parts are merged in order (a `$ref`'d base contributes its properties first),
/// `const` string properties become constants, and the rest stored properties, optional unless required and
/// non-null.
extension TranslationContext {
    struct MergedObject {
        var properties: [SchemaProperty] = []
        /// The required names in the order met, a name listed twice included.
        var requiredNames: [String] = []

        /// The required names sorted, each once.
        var sortedRequiredNames: [String] { Set(requiredNames).sorted() }
    }

    /// Properties and required names of an object through its `allOf` parts and referenced bases.
    func mergedObject(_ schema: Schema) -> MergedObject {
        var merged = MergedObject()
        var visited = Set<ObjectIdentifier>()
        merge(schema, into: &merged, visited: &visited)
        return merged
    }

    private func merge(_ schema: Schema, into merged: inout MergedObject, visited: inout Set<ObjectIdentifier>) {
        guard visited.insert(ObjectIdentifier(schema)).inserted else { return }
        if let reference = schema.reference, let target = resolve(reference) {
            merge(target.schema, into: &merged, visited: &visited)
        }
        for part in schema.allOf ?? [] {
            merge(part, into: &merged, visited: &visited)
        }
        for property in schema.properties {
            if let index = merged.properties.firstIndex(where: { $0.name == property.name }) {
                merged.properties[index] = property
            } else {
                merged.properties.append(property)
            }
        }
        merged.requiredNames += schema.required.map(\.value)
    }

    /// The struct for an object schema; its documentation comes from `documentationSource` (the named schema, whose
    /// `allOf` wrapper the object may be) and `key` is the named schema's, whose legacy tag values its constants
    /// accept.
    func structDeclaration(name: TypeName, schema: Schema, documentationSource: Schema, key: SchemaKey?) -> Declaration {
        let merged = mergedObject(schema)
        let required = Set(merged.requiredNames)
        var constants: [ConstantDeclaration] = []
        var properties: [PropertyDeclaration] = []
        var nested: [Declaration] = []
        var fieldNames: [String] = []
        let typeKey = name.name
        let assigned = NameAssignment.assign(
            merged.properties.map { property in
                let renamed = configuration.renamedProperty(property.name, of: typeKey)
                return .init(proposed: renamed ?? memberName(property.name), fromConfiguration: renamed != nil)
            }, reserved: GeneratedCodeNames.structMembers)
        var dropped = Set<Int>()
        for (first, second) in assigned.configurationClashes {
            let property = merged.properties[second]
            diagnostics.error(
                "the codegen config names properties '\(merged.properties[first].name)' and '\(property.name)' of '\(typeKey)' "
                    + "both '\(assigned.names[second])'; rename one",
                at: property.nameLocation
            )
            dropped.insert(second)
        }
        for (index, property) in merged.properties.enumerated() where assigned.names[index] == "additionalProperties" {
            diagnostics.error(
                "the codegen config names property '\(property.name)' of '\(typeKey)' 'additionalProperties', which holds the unknown keys; rename it",
                at: property.nameLocation
            )
            dropped.insert(index)
        }
        // Constants (a union member's tag) take the first fields, so they are written first and a reader choosing
        // the member finds the tag at the first key; the properties follow in the spec's order.
        let isConstant = merged.properties.map { $0.schema.constValue?.stringValue != nil }
        let constantsFirst = merged.properties.indices.filter { isConstant[$0] } + merged.properties.indices.filter { !isConstant[$0] }
        for index in constantsFirst where !dropped.contains(index) {
            let property = merged.properties[index]
            let memberName = MemberName(assigned.names[index])
            let fieldIndex = fieldNames.count
            fieldNames.append(property.name)
            if let constant = property.schema.constValue?.stringValue {
                let aliases = key.flatMap { discriminatorAliases[$0]?[property.name] } ?? []
                constants.append(
                    ConstantDeclaration(
                        name: memberName,
                        wireName: property.name,
                        fieldIndex: fieldIndex,
                        value: constant,
                        acceptedAliases: aliases.filter { $0 != constant },
                        documentation: constantDocumentation(for: property.schema, value: constant)
                    ))
                continue
            }
            let resolved = swiftType(
                for: property.schema, suggestedName: self.nestedTypeName(SwiftNames.typeName(property.name), inside: name),
                nested: &nested
            )
            // A read-only or write-only property is absent in one direction, so it is optional even when required.
            let oneDirection = property.schema.readOnly || property.schema.writeOnly
            let optional = resolved.nullable || !required.contains(property.name) || oneDirection
            var type: SwiftType = optional ? .optional(resolved.type) : resolved.type
            if configuration.isTriStateNullable(property.name, of: typeKey) {
                if !resolved.nullable || resolved.type == .date {
                    diagnostics.error(
                        "'\(typeKey).\(property.name)' is listed under 'nullable' but "
                            + (resolved.nullable ? "is a date-time (not supported tri-state)" : "cannot be null in the spec"),
                        at: property.nameLocation
                    )
                } else {
                    type = .optional(.nullable(resolved.type))
                }
            }
            let deprecation = deprecation(forProperty: property.schema)
            properties.append(
                PropertyDeclaration(
                    name: memberName,
                    storage: Self.storage(of: memberName, deprecated: deprecation != nil),
                    wireName: property.name,
                    fieldIndex: fieldIndex,
                    type: type,
                    documentation: documentation(for: property.schema),
                    deprecation: deprecation
                ))
        }
        return Declaration(
            name: name,
            documentation: typeDocumentation(for: documentationSource),
            deprecation: deprecation(for: documentationSource),
            nested: nested,
            kind: .structure(StructDeclaration(fieldNames: fieldNames, constants: constants, properties: properties))
        )
    }

    /// A constant's description (without the server default: the constant is its own value), then what it does.
    private func constantDocumentation(for schema: Schema, value: String) -> [String] {
        var lines = (schema.description ?? schema.title).map(Self.paragraphLines) ?? []
        if !lines.isEmpty { lines.append("") }
        lines.append("Always `\(value)` on the wire for this type; written on encode, checked on decode.")
        return lines
    }

    /// The stored property behind a property: the property itself, or `_name` behind a deprecated accessor.
    static func storage(of name: MemberName, deprecated: Bool) -> MemberName {
        deprecated ? MemberName("_" + name.plain) : name
    }
}
