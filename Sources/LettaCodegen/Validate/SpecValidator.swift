/// Checks the rules a spec must satisfy before translation, collecting every problem.
///
/// - warning: a discriminator property that a member lacks (the member is chosen by its keys); a mapping to a
///   schema outside the union (honoured: the value decodes as that schema); a mapping key that contradicts the
///   member's own `const` (the upstream Letta document maps `tool_return` to ToolCallContent); a `required` name
///   that is not a property.
package struct SpecValidator: Sendable {
    package init() {}

    package func validate(_ document: SpecDocument) -> [Diagnostic] {
        var walker = ValidationWalk(document: document)
        for named in document.schemas {
            walker.visit(named.schema, requiredContext: nil)
        }
        for schema in document.operationSchemas {
            walker.visit(schema, requiredContext: nil)
        }
        return walker.diagnostics.diagnostics
    }
}

private struct ValidationWalk {
    let document: SpecDocument
    var diagnostics = DiagnosticCollector()

    init(document: SpecDocument) {
        self.document = document
    }

    /// `requiredContext`: the property names visible to `required` when this schema is one part of an `allOf`.
    ///
    /// The walk follows a schema's own children, never a `$ref`; schemas nest as a tree (see `Schema`), so it meets
    /// each one once without keeping a visited set.
    mutating func visit(_ schema: Schema, requiredContext: Set<String>?) {
        // A `required` name may be a property of the schema, of what it references, of its `allOf` parts, or of the
        // `allOf` it is a part of; the set of those names is gathered only to hand to `allOf` parts.
        let properties = PropertyCollector(document: document)
        for name in schema.required
        where requiredContext?.contains(name.value) != true && properties.property(named: name.value, in: schema) == nil {
            diagnostics.warning("required property '\(name.value)' is not among the schema's properties", at: name.location)
        }
        if let allOf = schema.allOf {
            let visible = properties.propertyNames(of: schema).union(requiredContext ?? [])
            for part in allOf { visit(part, requiredContext: visible) }
        }
        if let discriminator = schema.discriminator {
            checkDiscriminator(discriminator, members: (schema.oneOf ?? []) + (schema.anyOf ?? []))
        }
        for property in schema.properties { visit(property.schema, requiredContext: nil) }
        if let items = schema.items { visit(items, requiredContext: nil) }
        if case .schema(let additional) = schema.additionalProperties { visit(additional, requiredContext: nil) }
        schema.forEachAlternative { visit($0, requiredContext: nil) }
    }

    private mutating func checkDiscriminator(_ discriminator: Discriminator, members: [Schema]) {
        let property = discriminator.propertyName
        var memberKeys: [SchemaKey: Schema] = [:]
        var covered = Set<SchemaKey>()
        for member in members {
            covered.formUnion(document.discriminatorCoverage(of: member))
            checkTagProperty(property, in: member)
            if let reference = member.reference, let target = document.resolve(reference) {
                memberKeys[target.key] = target.schema
            }
        }
        var memberConstants: [SchemaKey: String] = [:]
        for (key, schema) in memberKeys {
            if let tag = PropertyCollector(document: document).property(named: property, in: schema),
                let constant = document.dereference(tag)?.constString ?? singleEnumValue(tag)
            {
                memberConstants[key] = constant
            }
        }
        for entry in discriminator.mapping {
            let reference = entry.reference
            guard let target = document.mappingTarget(entry) else {
                if !entry.isPointer {
                    diagnostics.error(
                        "discriminator mapping '\(entry.value)' names unknown schema '\(reference.target)'", at: reference.location)
                }
                continue
            }
            guard memberKeys[target.key] != nil else {
                if !covered.contains(target.key) {
                    diagnostics.warning(
                        "discriminator mapping '\(entry.value)' points at '\(target.name)', which is not a member of the union; "
                            + "'\(entry.value)' decodes as '\(target.name)' anyway",
                        at: reference.location
                    )
                }
                continue
            }
            // A legacy alias (`summary` → SummaryMessage, whose const `summary_message` is mapped too) is fine;
            // a key that is another member's const, or a member whose own const is not mapped, is a contradiction.
            if let constant = memberConstants[target.key], constant != entry.value,
                memberConstants.values.contains(entry.value) || !mappedKeys(to: target.key, in: discriminator).contains(constant)
            {
                diagnostics.warning(
                    "discriminator mapping '\(entry.value)' points at '\(target.name)', whose '\(property)' is '\(constant)'",
                    at: reference.location
                )
            }
        }
    }

    /// A member without the tag property is chosen by its keys (a warning); a member that is itself a union needs
    /// the property in each of its members.
    private mutating func checkTagProperty(_ property: String, in member: Schema) {
        var visited = Set<ObjectIdentifier>()
        checkTagProperty(property, in: member, visited: &visited)
    }

    private mutating func checkTagProperty(_ property: String, in member: Schema, visited: inout Set<ObjectIdentifier>) {
        guard visited.insert(ObjectIdentifier(member)).inserted else { return }
        if let inner = document.unionMembers(of: member) {
            for innerMember in inner { checkTagProperty(property, in: innerMember, visited: &visited) }
            return
        }
        guard PropertyCollector(document: document).property(named: property, in: member) == nil else { return }
        if let reference = member.reference, let target = document.resolve(reference) {
            diagnostics.warning(
                "discriminator property '\(property)' is missing from member '\(target.name)'; it is chosen by its keys",
                at: reference.location
            )
        } else {
            diagnostics.warning(
                "discriminator property '\(property)' is missing from an inline member; it is chosen by its keys",
                at: member.location
            )
        }
    }

    private func mappedKeys(to key: SchemaKey, in discriminator: Discriminator) -> Set<String> {
        Set(discriminator.mapping.filter { document.mappingTarget($0)?.key == key }.map(\.value))
    }

    private func singleEnumValue(_ schema: Schema) -> String? {
        guard let values = document.dereference(schema)?.enumValues, values.count == 1 else { return nil }
        return values[0].stringValue
    }
}

/// Looks up properties of a schema through `$ref` and `allOf`, as the generated struct will see them.
struct PropertyCollector {
    let document: SpecDocument

    func propertyNames(of schema: Schema) -> Set<String> {
        var names = Set<String>()
        var seen = Set<ObjectIdentifier>()
        collect(schema, into: &names, seen: &seen)
        return names
    }

    func property(named name: String, in schema: Schema) -> Schema? {
        var seen = Set<ObjectIdentifier>()
        return find(name, in: schema, seen: &seen)
    }

    private func collect(_ schema: Schema, into names: inout Set<String>, seen: inout Set<ObjectIdentifier>) {
        guard seen.insert(ObjectIdentifier(schema)).inserted else { return }
        for property in schema.properties { names.insert(property.name) }
        if let reference = schema.reference, let target = document.resolve(reference) {
            collect(target.schema, into: &names, seen: &seen)
        }
        for part in schema.allOf ?? [] { collect(part, into: &names, seen: &seen) }
    }

    private func find(_ name: String, in schema: Schema, seen: inout Set<ObjectIdentifier>) -> Schema? {
        // The schema's own properties first: most are found there, and the set of schemas seen stays empty.
        if let property = schema.property(named: name) { return property.schema }
        guard seen.insert(ObjectIdentifier(schema)).inserted else { return nil }
        if let reference = schema.reference, let target = document.resolve(reference),
            let found = find(name, in: target.schema, seen: &seen)
        {
            return found
        }
        for part in schema.allOf ?? [] {
            if let found = find(name, in: part, seen: &seen) { return found }
        }
        return nil
    }
}
