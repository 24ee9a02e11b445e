/// JSON objects → structs. `allOf` parts are merged in order (a `$ref`'d base contributes its properties first),
/// `const` string properties become constants, and the rest stored properties, optional unless required and
/// non-null.
extension TranslationContext {
    struct MergedObject {
        var properties: [SchemaProperty] = []
        /// The required names in the order met, a name listed twice included.
        var requiredNames: [String] = []

        var required: Set<String> { Set(requiredNames) }

        /// The required names sorted, each once: `required.sorted()` without hashing.
        var sortedRequiredNames: [String] {
            var sorted = requiredNames.sorted()
            var kept = 0
            for index in sorted.indices where kept == 0 || sorted[kept - 1] != sorted[index] {
                sorted[kept] = sorted[index]
                kept += 1
            }
            sorted.removeLast(sorted.count - kept)
            return sorted
        }
    }

    /// Properties and required names of an object through its `allOf` parts and referenced bases.
    func mergedObject(_ schema: Schema) -> MergedObject {
        var merged = MergedObject()
        if schema.reference == nil && schema.allOf == nil {
            // A plain object (the common case): its own lists, nothing to visit.
            merged.properties = schema.properties
            merged.requiredNames = schema.required.map(\.value)
            return merged
        }
        var visited = Set<ObjectIdentifier>()
        merge(schema, into: &merged, visited: &visited)
        return merged
    }

    private func merge(_ schema: Schema, into merged: inout MergedObject, visited: inout Set<ObjectIdentifier>) {
        guard visited.insert(ObjectIdentifier(schema)).inserted else { return }
        let mergesParts = schema.reference != nil || schema.allOf != nil
        if let reference = schema.reference, let target = resolve(reference) {
            merge(target.schema, into: &merged, visited: &visited)
        }
        for part in schema.allOf ?? [] {
            merge(part, into: &merged, visited: &visited)
        }
        if merged.properties.isEmpty && !mergesParts {
            // A plain object (the common case): its own properties, no name can repeat.
            merged.properties = schema.properties
        } else {
            for property in schema.properties {
                if let index = merged.properties.firstIndex(where: { $0.name == property.name }) {
                    merged.properties[index] = property
                } else {
                    merged.properties.append(property)
                }
            }
        }
        for name in schema.required { merged.requiredNames.append(name.value) }
    }

    /// A constant's description without the server default (the constant is its own value).
    private func constantDocumentation(for schema: Schema) -> [String] {
        (schema.description ?? schema.title).map(Self.paragraphLines) ?? []
    }

    func structDeclaration(name: String, schema: Schema, documentationSource: Schema, key: SchemaKey?) -> StructDeclaration {
        let merged = mergedObject(schema)
        // Required lists are short: scanned, unless long enough that hashing each name once costs less.
        let requiredSet = merged.requiredNames.count > 16 ? merged.required : nil
        var constants: [ConstantDeclaration] = []
        var properties: [PropertyDeclaration] = []
        var nested: [Declaration] = []
        var fieldNames: [String] = []
        properties.reserveCapacity(merged.properties.count)
        fieldNames.reserveCapacity(merged.properties.count)
        let assigned = NameAssignment.assign(merged.properties.map { property in
            let renamed = configuration.renamedProperty(property.name, of: name)
            return .init(proposed: renamed ?? memberName(property.name), fromConfiguration: renamed != nil)
        }, reserved: NameAssignment.propertyReservedNames)
        var dropped = Set<Int>()
        for (first, second) in assigned.configurationClashes {
            let property = merged.properties[second]
            diagnostics.error(
                "the codegen config names properties '\(merged.properties[first].name)' and '\(property.name)' of '\(name)' "
                    + "both '\(assigned.names[second])'; rename one",
                at: property.nameLocation
            )
            dropped.insert(second)
        }
        for (index, property) in merged.properties.enumerated() where assigned.names[index] == "additionalProperties" {
            diagnostics.error(
                "the codegen config names property '\(property.name)' of '\(name)' 'additionalProperties', which holds the unknown keys; rename it",
                at: property.nameLocation
            )
            dropped.insert(index)
        }
        for (index, property) in merged.properties.enumerated() where dropped.isEmpty || !dropped.contains(index) {
            let swiftName = assigned.names[index]
            let fieldIndex = fieldNames.count
            fieldNames.append(property.name)
            if let constant = property.schema.constValue?.stringValue {
                let aliases = key.flatMap { discriminatorAliases[$0]?[property.name] } ?? []
                constants.append(ConstantDeclaration(
                    swiftName: swiftName,
                    wireName: property.name,
                    fieldIndex: fieldIndex,
                    value: constant,
                    acceptedAliases: aliases.filter { $0 != constant },
                    documentation: constantDocumentation(for: property.schema)
                ))
                continue
            }
            let resolved = swiftType(
                for: property.schema, suggestedName: self.nestedTypeName(SwiftNames.typeName(property.name), inside: name),
                nested: &nested
            )
            // A read-only or write-only property is absent in one direction, so it is optional even when required.
            let oneDirection = property.schema.readOnly || property.schema.writeOnly
            let optional = resolved.nullable || !(requiredSet?.contains(property.name) ?? merged.requiredNames.contains(property.name)) || oneDirection
            var type: SwiftType = optional ? .optional(resolved.type) : resolved.type
            if configuration.isTriStateNullable(property.name, of: name) {
                if !resolved.nullable || resolved.type == .date {
                    diagnostics.error(
                        "'\(name).\(property.name)' is listed under 'nullable' but "
                            + (resolved.nullable ? "is a date-time (not supported tri-state)" : "cannot be null in the spec"),
                        at: property.nameLocation
                    )
                } else {
                    type = .optional(.nullable(resolved.type))
                }
            }
            let deprecation = deprecation(forProperty: property.schema)
            properties.append(PropertyDeclaration(
                swiftName: swiftName,
                storageName: Self.storageName(swiftName, deprecated: deprecation != nil),
                wireName: property.name,
                fieldIndex: fieldIndex,
                type: type,
                documentation: documentation(for: property.schema),
                deprecation: deprecation
            ))
        }
        return StructDeclaration(
            name: name,
            documentation: documentation(for: documentationSource),
            deprecation: deprecation(for: documentationSource),
            fieldNames: fieldNames,
            constants: constants,
            properties: properties,
            nested: nested
        )
    }

    /// The stored property behind a property: its own (escaped) name, or `_name` behind a deprecated accessor.
    static func storageName(_ swiftName: String, deprecated: Bool) -> String {
        deprecated ? "_" + swiftName : SwiftNames.escapedMember(swiftName)
    }
}
