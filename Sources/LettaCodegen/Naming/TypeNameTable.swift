/// Decides the Swift name of every named schema, once, before translation.
///
/// - `letta__schemas__letta_message__ToolReturn` → `ToolReturn` when no other schema shortens to the same name.
/// - `X-Input` / `X-Output` collapse to `X` when structurally equal (same shape, descriptions aside).
/// - Config renames win. Names that would collide are chosen (see the rules at the collision pass).
/// - A deprecated schema's type lives in the `DeprecatedModels` namespace (its public name is a deprecated alias).
struct TypeNameTable {
    /// The type of each schema, by `NamedSchema.key`.
    private(set) var names: [SchemaKey: TypeName] = [:]
    /// Keys of schemas that are structurally equal to another one and generate no type of their own.
    private(set) var collapsedKeys: Set<SchemaKey> = []

    /// - Parameter unavailable: names no type may take: what generated code uses besides the generated types.
    init(
        document: SpecDocument, renames: [String: String], unavailable: Set<String>, diagnostics: inout DiagnosticCollector
    ) {
        let schemas = document.schemas
        var candidate = [String?](repeating: nil, count: schemas.count)
        var chosen = [String?](repeating: nil, count: schemas.count)
        var isCollapsed = [Bool](repeating: false, count: schemas.count)

        // Short names: the last module component, unless several schemas shorten alike; then the fewest trailing
        // components that tell them apart.
        var shortNameGroups: [String: [Int]] = [:]
        for (index, named) in schemas.enumerated() {
            shortNameGroups[Self.shortened(named.name), default: []].append(index)
        }
        for group in shortNameGroups.values {
            let suffixes = Self.distinguishingSuffixes(group.map { schemas[$0] })
            for (index, suffix) in zip(group, suffixes) { candidate[index] = suffix.name }
        }
        // Input/Output pairs.
        var byName: [String: Int] = [:]
        for (index, named) in schemas.enumerated() where byName[named.name] == nil { byName[named.name] = index }
        let fingerprint = SchemaFingerprint(document: document)
        for (index, named) in schemas.enumerated() {
            guard let variant = Self.variant(of: named.name), byName[variant.base] == nil else { continue }
            if let other = byName[variant.base + (variant.isInput ? "-Output" : "-Input")] {
                if fingerprint.fingerprint(named.schema) == fingerprint.fingerprint(schemas[other].schema) {
                    candidate[index] = variant.base
                    if !variant.isInput { isCollapsed[index] = true }
                }
            } else {
                candidate[index] = variant.base
            }
        }
        for (index, named) in schemas.enumerated() {
            chosen[index] = renames[named.name] ?? SwiftNames.typeName(candidate[index] ?? named.name)
        }
        // Collisions with the names generated code uses (`Data` → `DataModel`, `FieldTable` → `FieldTableModel`),
        // then among the types generated: the schema spelled exactly like the Swift name keeps it (else the first
        // in document order), the others are numbered in document order (`ToolReturn2`). Two config renames to one
        // name are the config's to fix.
        let generated = schemas.indices.filter { !isCollapsed[$0] }
        var taken = Set(generated.compactMap { chosen[$0] })
        for index in generated {
            let named = schemas[index]
            guard let name = chosen[index], unavailable.contains(name) else { continue }
            if renames[named.name] != nil {
                diagnostics.error(
                    "the codegen config names schema '\(named.name)' '\(name)', which generated code already uses; rename it",
                    at: named.nameLocation
                )
                continue
            }
            var replacement = name + "Model"
            while taken.contains(replacement) || unavailable.contains(replacement) { replacement += "Value" }
            chosen[index] = replacement
            taken.insert(replacement)
        }
        var groups: [String: [Int]] = [:]
        for index in generated { groups[chosen[index] ?? "", default: []].append(index) }
        for index in generated {
            guard let name = chosen[index], let members = groups[name], members.count > 1 else { continue }
            groups[name] = nil
            let configured = members.filter { renames[schemas[$0].name] != nil }
            for (first, second) in zip(configured, configured.dropFirst()) {
                diagnostics.error(
                    "the codegen config names schema '\(schemas[second].name)' and schema '\(schemas[first].name)' both '\(name)'; rename one",
                    at: schemas[second].nameLocation
                )
            }
            let keeper = configured.first ?? members.first { schemas[$0].name == name } ?? members[0]
            for (offset, member) in members.enumerated() where member != keeper && renames[schemas[member].name] == nil {
                var number = max(2, offset + 1)
                while taken.contains(name + String(number)) { number += 1 }
                chosen[member] = name + String(number)
                taken.insert(name + String(number))
            }
        }
        // A collapsed `X-Output` is the type its `X-Input` became.
        for (index, named) in schemas.enumerated() where isCollapsed[index] {
            let input = String(named.name.dropLast("-Output".count)) + "-Input"
            if let partner = byName[input], let name = chosen[partner] { chosen[index] = name }
        }
        for (index, named) in schemas.enumerated() {
            if let name = chosen[index] {
                names[named.key] = .topLevel(name, namespace: named.schema.deprecated ? GeneratedCodeNames.deprecatedNamespace : nil)
            }
            if isCollapsed[index] { collapsedKeys.insert(named.key) }
        }
    }

    /// `X` and whether the name is `X-Input` (else `X-Output`); nil for a name with neither suffix.
    static func variant(of name: String) -> (base: String, isInput: Bool)? {
        for (suffix, isInput) in [("-Input", true), ("-Output", false)] where name.hasSuffix(suffix) {
            return (String(name.dropLast(suffix.count)), isInput)
        }
        return nil
    }

    /// The type of a schema: its name, and the namespace generated code reaches it through (deprecated types are
    /// reached through theirs, so using them inside the module raises no deprecation warning).
    func typeName(for named: NamedSchema) -> TypeName {
        names[named.key] ?? .topLevel(SwiftNames.typeName(named.name))
    }

    func isCollapsed(_ named: NamedSchema) -> Bool {
        collapsedKeys.contains(named.key)
    }

    /// For schemas that shorten to one name, the fewest trailing `__` components that tell them apart
    /// (`letta__schemas__agent_file__AgentSchema` → `agent_file__AgentSchema`); one schema keeps the last component.
    static func distinguishingSuffixes(_ group: [NamedSchema]) -> [(key: SchemaKey, name: String)] {
        let components = group.map { moduleComponents(of: $0.name) }
        let longest = components.map(\.count).max() ?? 1
        for count in 1...max(longest, 1) {
            let names = components.map { $0.suffix(count).joined(separator: "__") }
            if Set(names).count == names.count, !names.contains("") {
                return zip(group, names).map { ($0.key, $1) }
            }
        }
        return group.map { ($0.key, $0.name) }
    }

    /// The last `__`-separated component: Python module paths in schema names carry no meaning for Swift.
    static func shortened(_ name: String) -> String {
        moduleComponents(of: name).last ?? name
    }

    /// The non-empty parts of `name` between `__` separators, left to right (`a___b` → `a`, `_b`).
    static func moduleComponents(of name: String) -> [String] {
        var components: [String] = []
        let utf8 = name.utf8
        var start = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: "_"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "_") {
                if start < index { components.append(String(name[start..<index])) }
                index = utf8.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        if start < utf8.endIndex { components.append(String(name[start...])) }
        return components
    }
}

/// A description of a schema's shape that ignores prose (title, description, examples) and `-Input`/`-Output`
/// suffixes of the schemas it references, so two variants of one model compare equal.
struct SchemaFingerprint {
    let document: SpecDocument

    func fingerprint(_ schema: Schema) -> String {
        var out = ""
        append(schema, to: &out)
        return out
    }

    private func append(_ schema: Schema, to out: inout String) {
        out += "{"
        if let reference = schema.reference {
            let name = document.resolve(reference)?.name ?? reference.target
            out += "ref:" + Self.strippingVariantSuffix(name) + ";"
        }
        if let types = schema.types { out += "type:" + types.map(\.rawValue).joined(separator: ",") + ";" }
        if let format = schema.format { out += "format:" + format + ";" }
        if schema.nullable { out += "nullable;" }
        if schema.deprecated { out += "deprecated;" }
        if let constValue = schema.constValue { out += "const:" + constValue.jsonText + ";" }
        if let defaultValue = schema.defaultValue { out += "default:" + defaultValue.jsonText + ";" }
        if let values = schema.enumValues { out += "enum:" + values.map(\.jsonText).joined(separator: ",") + ";" }
        if !schema.required.isEmpty { out += "required:" + schema.required.map(\.value).joined(separator: ",") + ";" }
        for property in schema.properties {
            out += "p:" + property.name + "="
            append(property.schema, to: &out)
        }
        if let items = schema.items {
            out += "items="
            append(items, to: &out)
        }
        switch schema.additionalProperties {
        case .unspecified: break
        case .allowed(let allowed): out += "additional:\(allowed);"
        case .schema(let additional):
            out += "additional="
            append(additional, to: &out)
        }
        for (label, members) in [("oneOf", schema.oneOf), ("anyOf", schema.anyOf), ("allOf", schema.allOf)] {
            guard let members else { continue }
            out += label + "["
            for member in members { append(member, to: &out) }
            out += "]"
        }
        if let discriminator = schema.discriminator {
            out += "disc:" + discriminator.propertyName + ";"
            for entry in discriminator.mapping {
                let name = document.resolve(entry.reference)?.name ?? entry.reference.target
                out += entry.value + "=" + Self.strippingVariantSuffix(name) + ";"
            }
        }
        out += "}"
    }

    static func strippingVariantSuffix(_ name: String) -> String {
        for suffix in ["-Input", "-Output"] where name.hasSuffix(suffix) {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
