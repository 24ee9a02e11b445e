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
        // Worked out by the schema's position in `schemas`, and put in `names` at the end.
        var candidate = [String?](repeating: nil, count: schemas.count)
        var chosen = [String?](repeating: nil, count: schemas.count)
        var isCollapsed = [Bool](repeating: false, count: schemas.count)

        // Most names shorten to a name of their own: the last component is distinct already. Only names that
        // shorten alike are grouped.
        let lastComponents = schemas.map { Self.lastModuleComponent(of: $0.name) }
        let shortNames = zip(schemas, lastComponents).map { named, last in last.map(String.init) ?? named.name }
        var seenShortNames = Set<String>(minimumCapacity: schemas.count)
        var sharedShortNames = Set<String>()
        for name in shortNames where !seenShortNames.insert(name).inserted { sharedShortNames.insert(name) }
        var shortNameGroups: [String: [Int]] = [:]
        for index in schemas.indices {
            if !sharedShortNames.isEmpty, sharedShortNames.contains(shortNames[index]) {
                shortNameGroups[shortNames[index], default: []].append(index)
            } else if lastComponents[index] != nil {
                // The short name is that last component.
                candidate[index] = shortNames[index]
            } else {
                shortNameGroups[shortNames[index], default: []].append(index)
            }
        }
        for group in shortNameGroups.values {
            let suffixes = Self.distinguishingSuffixes(group.map { schemas[$0] })
            for (index, suffix) in zip(group, suffixes) { candidate[index] = suffix.name }
        }
        // Input/Output pairs: schemas by name only when some name has one of the suffixes.
        let variants = schemas.map { Self.variant(of: $0.name) }
        var byName: [String: Int] = [:]
        if variants.contains(where: { $0 != nil }) {
            byName.reserveCapacity(schemas.count)
            for (index, named) in schemas.enumerated() where byName[named.name] == nil { byName[named.name] = index }
        }
        for (index, named) in schemas.enumerated() {
            guard let variant = variants[index] else { continue }
            let base = variant.base
            guard byName[base] == nil else { continue }
            if let other = byName[base + (variant.isInput ? "-Output" : "-Input")] {
                let equal = SchemaFingerprint(document: document).fingerprint(named.schema)
                    == SchemaFingerprint(document: document).fingerprint(schemas[other].schema)
                if equal {
                    candidate[index] = base
                    if !variant.isInput { isCollapsed[index] = true }
                }
            } else {
                candidate[index] = base
            }
        }
        for (index, named) in schemas.enumerated() {
            let rename = renames.isEmpty ? nil : renames[named.name]
            chosen[index] = rename ?? SwiftNames.typeName(candidate[index] ?? named.name)
        }
        // Collisions with the runtime's types that generated code uses and the registry (`Data` → `DataModel`,
        // `LettaModelsRegistry` → `LettaModelsRegistryModel`), then among the
        // types generated: the schema spelled exactly like the Swift name keeps it (else the first in document
        // order), the others are numbered in document order (`ToolReturn2`). Two config renames to one name are
        // the config's to fix.
        let generated = schemas.indices.filter { !isCollapsed[$0] }
        var taken = Set<String>(minimumCapacity: generated.count)
        for index in generated {
            if let name = chosen[index] { taken.insert(name) }
        }
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
        // Positions in `generated` by name, for the names more than one type has (most have none).
        var groups: [String: [Int]] = [:]
        var seenNames = Set<String>(minimumCapacity: generated.count)
        var sharedNames = Set<String>()
        for index in generated where !seenNames.insert(chosen[index] ?? "").inserted { sharedNames.insert(chosen[index] ?? "") }
        if !sharedNames.isEmpty {
            for (position, index) in generated.enumerated() where sharedNames.contains(chosen[index] ?? "") {
                groups[chosen[index] ?? "", default: []].append(position)
            }
        }
        for (position, index) in generated.enumerated() where !groups.isEmpty {
            guard let name = chosen[index], let group = groups[name], group.count > 1, group.first == position else { continue }
            let members = group.map { generated[$0] }
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
        names.reserveCapacity(schemas.count)
        for (index, named) in schemas.enumerated() {
            if let name = chosen[index] { names[named.key] = name }
            if isCollapsed[index] { collapsedKeys.insert(named.key) }
        }
    }

    /// `X` and whether the name is `X-Input` (else `X-Output`); nil for a name with neither suffix.
    static func variant(of name: String) -> (base: String, isInput: Bool)? {
        // Both suffixes end in `t`: most names are ruled out by their last byte.
        guard name.utf8.last == UInt8(ascii: "t") else { return nil }
        for (suffix, isInput) in [("-Input", true), ("-Output", false)] where name.hasSuffix(suffix) {
            return (String(name.dropLast(suffix.count)), isInput)
        }
        return nil
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
        lastModuleComponent(of: name).map(String.init) ?? name
    }

    /// The last of `moduleComponents(of: name)`, without collecting the others.
    static func lastModuleComponent(of name: String) -> Substring? {
        var last: Range<Int>?
        forEachModuleComponent(in: name) { last = $0 }
        return last.map { substring(of: name, utf8Offsets: $0) }
    }

    /// The non-empty parts of `name` between `__` separators, found left to right as
    /// `components(separatedBy: "__")` finds them (`a___b` → `a`, `_b`), without Foundation's cost per name.
    static func moduleComponents(of name: String) -> [Substring] {
        var components: [Substring] = []
        forEachModuleComponent(in: name) { components.append(substring(of: name, utf8Offsets: $0)) }
        return components
    }

    /// Calls `body` with where each part of `moduleComponents(of: name)` lies, as UTF-8 offsets: one pass over the
    /// bytes.
    private static func forEachModuleComponent(in name: String, _ body: (Range<Int>) -> Void) {
        var text = name
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "_"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "_") {
                    if start != index { body(start..<index) }
                    index += 2
                    start = index
                } else {
                    index += 1
                }
            }
            if start != bytes.count { body(start..<bytes.count) }
        }
    }

    private static func substring(of name: String, utf8Offsets range: Range<Int>) -> Substring {
        let utf8 = name.utf8
        return name[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
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
