#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Decides the Swift name of every named schema, once, before translation.
///
/// - `letta__schemas__letta_message__ToolReturn` → `ToolReturn` when no other schema shortens to the same name.
/// - `X-Input` / `X-Output` collapse to `X` when structurally equal (same shape, descriptions aside).
/// - Config renames win. Names that would collide are chosen (see the rules at the collision pass).
struct TypeNameTable {
    /// Swift type name by `NamedSchema.key`.
    private(set) var names: [SchemaKey: String] = [:]
    /// Keys of schemas that are structurally equal to another one and generate no type of their own.
    private(set) var collapsedKeys: Set<SchemaKey> = []

    /// - Parameter reservedNames: names the output uses besides the runtime's (the registry, `<Module>Registry`).
    init(
        document: SpecDocument, renames: [String: String], reservedNames: Set<String> = [],
        diagnostics: inout DiagnosticCollector
    ) {
        let unavailable = Self.runtimeTypeNames.union(reservedNames)
        let schemas = document.schemas
        let shortNames = Dictionary(grouping: schemas, by: { Self.shortened($0.name) })
        var candidate: [SchemaKey: String] = [:]
        for group in shortNames.values {
            for (key, name) in Self.distinguishingSuffixes(group) { candidate[key] = name }
        }
        // Input/Output pairs.
        let byName = Dictionary(schemas.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for named in schemas {
            for suffix in ["-Input", "-Output"] where named.name.hasSuffix(suffix) {
                let base = String(named.name.dropLast(suffix.count))
                let otherSuffix = suffix == "-Input" ? "-Output" : "-Input"
                guard byName[base] == nil else { continue }
                if let other = byName[base + otherSuffix] {
                    let equal = SchemaFingerprint(document: document).fingerprint(named.schema)
                        == SchemaFingerprint(document: document).fingerprint(other.schema)
                    if equal {
                        candidate[named.key] = base
                        if suffix == "-Output" { collapsedKeys.insert(named.key) }
                    }
                } else {
                    candidate[named.key] = base
                }
            }
        }
        for named in schemas {
            let raw = renames[named.name] ?? candidate[named.key] ?? named.name
            names[named.key] = renames[named.name] ?? SwiftNames.typeName(raw)
        }
        // Collisions with the runtime's types that generated code uses and the registry (`Data` → `DataModel`,
        // `LettaModelsRegistry` → `LettaModelsRegistryModel`), then among the
        // types generated: the schema spelled exactly like the Swift name keeps it (else the first in document
        // order), the others are numbered in document order (`ToolReturn2`). Two config renames to one name are
        // the config's to fix.
        let generated = schemas.filter { !collapsedKeys.contains($0.key) }
        var taken = Set(generated.compactMap { names[$0.key] })
        for named in generated {
            guard let name = names[named.key], unavailable.contains(name) else { continue }
            if renames[named.name] != nil {
                diagnostics.error(
                    "the codegen config names schema '\(named.name)' '\(name)', which generated code already uses; rename it",
                    at: named.nameLocation
                )
                continue
            }
            var chosen = name + "Model"
            while taken.contains(chosen) || unavailable.contains(chosen) { chosen += "Value" }
            names[named.key] = chosen
            taken.insert(chosen)
        }
        let groups = Dictionary(grouping: generated.indices, by: { names[generated[$0].key] ?? "" })
        for index in generated.indices {
            let named = generated[index]
            guard let name = names[named.key], let group = groups[name], group.count > 1, group.first == index else { continue }
            let members = group.map { generated[$0] }
            let configured = members.filter { renames[$0.name] != nil }
            for (first, second) in zip(configured, configured.dropFirst()) {
                diagnostics.error(
                    "the codegen config names schema '\(second.name)' and schema '\(first.name)' both '\(name)'; rename one",
                    at: second.nameLocation
                )
            }
            let keeper = configured.first ?? members.first { $0.name == name } ?? members[0]
            for (position, member) in members.enumerated() where member.key != keeper.key && renames[member.name] == nil {
                var number = max(2, position + 1)
                while taken.contains(name + String(number)) { number += 1 }
                names[member.key] = name + String(number)
                taken.insert(name + String(number))
            }
        }
        // A collapsed `X-Output` is the type its `X-Input` became.
        for named in schemas where collapsedKeys.contains(named.key) {
            let input = String(named.name.dropLast("-Output".count)) + "-Input"
            if let partner = byName[input], let name = names[partner.key] { names[named.key] = name }
        }
    }

    /// Types of LettaCodegenRuntime (and Foundation) that generated code names unqualified.
    static let runtimeTypeNames: Set<String> = [
        "JSONValue", "JSONReader", "JSONWriter", "JSONKind", "Nullable", "UnknownVariant", "UnionDecoding",
        "UnionMemberShape", "StringCodingKey", "AdditionalProperties", "RFC3339", "Date", "Data", "String", "Int",
        "Double", "Bool", "Set",
    ]

    /// The name the type is declared with.
    func name(for named: NamedSchema) -> String {
        names[named.key] ?? SwiftNames.typeName(named.name)
    }

    /// The name generated code uses to refer to the type: deprecated types are reached through their namespace, so
    /// using them inside the module raises no deprecation warning (their public name is a deprecated alias).
    func referenceName(for named: NamedSchema) -> String {
        let name = name(for: named)
        return named.schema.deprecated ? SwiftRenderer.deprecatedNamespace + "." + name : name
    }

    func isCollapsed(_ named: NamedSchema) -> Bool {
        collapsedKeys.contains(named.key)
    }

    /// For schemas that shorten to one name, the fewest trailing `__` components that tell them apart
    /// (`letta__schemas__agent_file__AgentSchema` → `agent_file__AgentSchema`); one schema keeps the last component.
    static func distinguishingSuffixes(_ group: [NamedSchema]) -> [(key: SchemaKey, name: String)] {
        if group.count == 1, let only = group.first, let last = moduleComponents(of: only.name).last {
            // Most names shorten to a name of their own: the last component is distinct already.
            return [(only.key, String(last))]
        }
        let components = group.map { moduleComponents(of: $0.name) }
        let longest = components.map(\.count).max() ?? 1
        for count in 1...max(longest, 1) {
            let names = components.map { $0.suffix(count).joined(separator: "__") }
            if Set(names).count == names.count {
                return zip(group, names).map { ($0.key, $1) }
            }
        }
        return group.map { ($0.key, $0.name) }
    }

    /// The last `__`-separated component: Python module paths in schema names carry no meaning for Swift.
    static func shortened(_ name: String) -> String {
        moduleComponents(of: name).last.map(String.init) ?? name
    }

    /// The non-empty parts of `name` between `__` separators, found left to right as
    /// `components(separatedBy: "__")` finds them (`a___b` → `a`, `_b`), without Foundation's cost per name.
    static func moduleComponents(of name: String) -> [Substring] {
        var components: [Substring] = []
        let utf8 = name.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: "_"), next != utf8.endIndex, utf8[next] == UInt8(ascii: "_") {
                if start != index { components.append(name[start..<index]) }
                index = utf8.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        if start != utf8.endIndex { components.append(name[start...]) }
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
