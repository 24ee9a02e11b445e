import LettaCodegen

/// One wire-level difference between a spec schema and its upstream counterpart.
package struct UpstreamDifference: Hashable, Sendable {
    /// The spec's schema name.
    package var schema: String
    /// One line as `compare` prints it and `upstream-map.yaml` declares it, e.g. `property 'date': only upstream has it`.
    package var text: String
    package var specLocation: SourceLocation
    package var upstreamLocation: SourceLocation

    /// `spec:line:column: Schema: text (upstream file:line:column)`.
    package var description: String { "\(specLocation): \(schema): \(text) (upstream \(upstreamLocation))" }
}

/// Compares every schema the spec and an upstream document both have, on what reaches the wire: properties,
/// required, nullability, types, enum values, consts, union members and discriminator mappings.
package struct UpstreamComparison: Sendable {
    package var spec: SpecDocument
    package var upstream: SpecDocument
    package var map: UpstreamMap

    package init(spec: SpecDocument, upstream: SpecDocument, map: UpstreamMap = UpstreamMap()) {
        self.spec = spec
        self.upstream = upstream
        self.map = map
    }

    package struct Result: Sendable {
        /// Differences not declared intended, in spec order.
        package var differences: [UpstreamDifference]
        /// How many differences the map declares intended.
        package var intendedCount: Int
        /// Pairs compared.
        package var comparedCount: Int
        /// Problems of the map itself: unknown names, intended differences no longer found.
        package var mapProblems: [Diagnostic]
    }

    package func compare() -> Result {
        var all: [UpstreamDifference] = []
        var problems: [Diagnostic] = []
        let mapLocation = SourceLocation(file: map.path ?? spec.path, line: 1, column: 1)
        var upstreamToSpec: [String: String] = [:]
        for (specName, upstreamNames) in map.names {
            for upstreamName in upstreamNames { upstreamToSpec[upstreamName] = specName }
        }
        var compared = 0
        for named in spec.schemas where named.key.text.hasPrefix(spec.path + "#") {
            let upstreamName: String
            switch map.names[named.name] {
            case .some(let mapped):
                guard let first = mapped.first else { continue }
                upstreamName = first
            case .none: upstreamName = named.name
            }
            guard let counterpart = upstream.schema(named: upstreamName) else {
                let text =
                    map.names[named.name] == nil
                    ? "no upstream schema of this name; name its counterpart (or null) under 'names' in the upstream map"
                    : "the upstream map names '\(upstreamName)', which the upstream document does not have"
                all.append(
                    UpstreamDifference(
                        schema: named.name, text: text, specLocation: named.nameLocation,
                        upstreamLocation: upstream.schemasLocation))
                continue
            }
            compared += 1
            let specView = WireView(schema: named, in: spec, naming: [:])
            let upstreamView = WireView(schema: counterpart, in: upstream, naming: upstreamToSpec)
            all += specView.differences(from: upstreamView, schema: named.name)
        }
        for specName in map.names.keys.sorted() where spec.schema(named: specName) == nil {
            problems.append(
                .warning(
                    "the upstream map names '\(specName)', which is not a schema of the spec",
                    at: map.nameLocations[specName] ?? mapLocation
                ))
        }
        var intendedKeys: [String: UpstreamMap.Intended] = [:]
        for intended in map.intended { intendedKeys[intended.schema + "\u{0}" + intended.difference] = intended }
        var used = Set<String>()
        var shown: [UpstreamDifference] = []
        for difference in all {
            let key = difference.schema + "\u{0}" + difference.text
            if intendedKeys[key] != nil { used.insert(key) } else { shown.append(difference) }
        }
        for intended in map.intended where !used.contains(intended.schema + "\u{0}" + intended.difference) {
            problems.append(
                .warning(
                    "intended difference of '\(intended.schema)' no longer found: \(intended.difference)", at: intended.location
                ))
        }
        return Result(differences: shown, intendedCount: used.count, comparedCount: compared, mapProblems: problems)
    }
}

/// What a schema accepts and writes, flattened through `allOf` and `$ref`, with names as the spec calls them.
private struct WireView {
    struct Property {
        var location: SourceLocation
        var required: Bool
        var nullable: Bool
        var type: String
        var enumValues: [String]?
        var constValue: String?
    }

    var location: SourceLocation
    var properties: [(name: String, property: Property)] = []
    var enumValues: [String]?
    var members: [String]?
    var discriminatorProperty: String?
    var mapping: [(value: String, target: String)] = []

    init(schema named: NamedSchema, in document: SpecDocument, naming: [String: String]) {
        location = named.nameLocation
        let summarizer = TypeSummarizer(document: document, naming: naming)
        var required = Set<String>()
        var collected: [(String, Schema, SourceLocation)] = []
        func collect(_ schema: Schema, depth: Int) {
            guard depth < 32, let resolved = document.dereference(schema) else { return }
            for part in resolved.allOf ?? [] { collect(part, depth: depth + 1) }
            required.formUnion(resolved.required.map(\.value))
            for property in resolved.properties {
                if let index = collected.firstIndex(where: { $0.0 == property.name }) {
                    collected[index] = (property.name, property.schema, property.nameLocation)
                } else {
                    collected.append((property.name, property.schema, property.nameLocation))
                }
            }
        }
        collect(named.schema, depth: 0)
        properties = collected.map { name, schema, location in
            (
                name,
                Property(
                    location: location, required: required.contains(name), nullable: summarizer.isNullable(schema),
                    type: summarizer.summary(schema), enumValues: summarizer.enumValues(schema),
                    constValue: summarizer.constValue(schema)
                )
            )
        }
        guard let resolved = document.dereference(named.schema) else { return }
        enumValues = resolved.enumValues?.map { $0.stringValue ?? $0.jsonText }
        if let union = resolved.oneOf ?? resolved.anyOf {
            members = union.filter { !$0.isNullOnly }.map { summarizer.summary($0) }.sorted()
        }
        if let discriminator = resolved.discriminator {
            discriminatorProperty = discriminator.propertyName
            mapping = discriminator.mapping.map { entry in
                let target = document.resolve(entry.reference).map { naming[$0.name] ?? $0.name } ?? entry.reference.target
                return (entry.value, target)
            }
        }
    }

    func differences(from upstream: WireView, schema: String) -> [UpstreamDifference] {
        var result: [UpstreamDifference] = []
        func add(_ text: String, _ specLocation: SourceLocation, _ upstreamLocation: SourceLocation) {
            result.append(UpstreamDifference(schema: schema, text: text, specLocation: specLocation, upstreamLocation: upstreamLocation))
        }
        let upstreamProperties = Dictionary(upstream.properties.map { ($0.name, $0.property) }, uniquingKeysWith: { first, _ in first })
        let specNames = Set(properties.map(\.name))
        for (name, property) in properties {
            guard let other = upstreamProperties[name] else {
                add("property '\(name)': only the spec has it", property.location, upstream.location)
                continue
            }
            let label = "property '\(name)'"
            if property.required != other.required {
                add(
                    "\(label): \(property.required ? "required" : "optional") in the spec, \(other.required ? "required" : "optional") upstream",
                    property.location, other.location)
            }
            if property.nullable != other.nullable {
                add(
                    "\(label): \(property.nullable ? "nullable" : "not nullable") in the spec, \(other.nullable ? "nullable" : "not nullable") upstream",
                    property.location, other.location)
            }
            if property.type != other.type {
                let specMembers = TypeSummarizer.alternatives(property.type)
                let upstreamMembers = TypeSummarizer.alternatives(other.type)
                if specMembers.count > 1, upstreamMembers.count > 1 {
                    let onlySpec = specMembers.filter { !upstreamMembers.contains($0) }
                    let onlyUpstream = upstreamMembers.filter { !specMembers.contains($0) }
                    if !onlySpec.isEmpty {
                        add(
                            "\(label): alternatives only in the spec: " + onlySpec.joined(separator: ", "), property.location,
                            other.location)
                    }
                    if !onlyUpstream.isEmpty {
                        add(
                            "\(label): alternatives only upstream: " + onlyUpstream.joined(separator: ", "), property.location,
                            other.location)
                    }
                } else {
                    add("\(label): \(property.type) in the spec, \(other.type) upstream", property.location, other.location)
                }
            }
            if property.constValue != other.constValue {
                add(
                    "\(label): const \(property.constValue ?? "none") in the spec, \(other.constValue ?? "none") upstream",
                    property.location, other.location)
            }
            for text in Self.valueDifferences(property.enumValues, other.enumValues) {
                add("\(label): \(text)", property.location, other.location)
            }
        }
        for (name, property) in upstream.properties where !specNames.contains(name) {
            add("property '\(name)': only upstream has it", location, property.location)
        }
        for text in Self.valueDifferences(enumValues, upstream.enumValues) {
            add(text, location, upstream.location)
        }
        if let members, let others = upstream.members {
            for member in members where !others.contains(member) {
                add("member \(member): only the spec has it", location, upstream.location)
            }
            for member in others where !members.contains(member) {
                add("member \(member): only upstream has it", location, upstream.location)
            }
        } else if (members == nil) != (upstream.members == nil) {
            add(members == nil ? "a union upstream, not in the spec" : "a union in the spec, not upstream", location, upstream.location)
        }
        if discriminatorProperty != upstream.discriminatorProperty {
            add(
                "discriminator \(discriminatorProperty.map { "'\($0)'" } ?? "none") in the spec, "
                    + "\(upstream.discriminatorProperty.map { "'\($0)'" } ?? "none") upstream", location, upstream.location)
        }
        let upstreamMapping = Dictionary(upstream.mapping.map { ($0.value, $0.target) }, uniquingKeysWith: { first, _ in first })
        let specMapping = Dictionary(mapping.map { ($0.value, $0.target) }, uniquingKeysWith: { first, _ in first })
        for (value, target) in mapping {
            if let other = upstreamMapping[value] {
                if other != target { add("mapping '\(value)': \(target) in the spec, \(other) upstream", location, upstream.location) }
            } else {
                add("mapping '\(value)' → \(target): only the spec has it", location, upstream.location)
            }
        }
        for (value, target) in upstream.mapping where specMapping[value] == nil {
            add("mapping '\(value)' → \(target): only upstream has it", location, upstream.location)
        }
        return result
    }

    /// `enum values only upstream: a, b` and `enum values only in the spec: c`, for lists both sides have.
    static func valueDifferences(_ spec: [String]?, _ upstream: [String]?) -> [String] {
        switch (spec, upstream) {
        case (nil, nil): return []
        case (.some, nil): return ["an enum in the spec, not upstream"]
        case (nil, .some): return ["an enum upstream, not in the spec"]
        case let (spec?, upstream?):
            let onlySpec = spec.filter { !upstream.contains($0) }
            let onlyUpstream = upstream.filter { !spec.contains($0) }
            return (onlySpec.isEmpty ? [] : ["enum values only in the spec: " + onlySpec.joined(separator: ", ")])
                + (onlyUpstream.isEmpty ? [] : ["enum values only upstream: " + onlyUpstream.joined(separator: ", ")])
        }
    }
}

/// A schema's type in a few words (`string`, `[ToolCall]`, `{string: any}`, `ImageContent | TextContent`), names as
/// the spec calls them; null members and formats are left out (nullability is compared on its own).
private struct TypeSummarizer {
    let document: SpecDocument
    /// Names as this document writes them → as the spec writes them.
    let naming: [String: String]

    func isNullable(_ schema: Schema) -> Bool {
        if schema.nullable || schema.types?.contains(.null) == true { return true }
        let members = (schema.anyOf ?? []) + (schema.oneOf ?? [])
        return members.contains { member in
            member.isNullOnly || (member.isReferenceOnly && document.dereference(member)?.isNullOnly == true)
        }
    }

    /// The schema without its null alternative (the one other member of `anyOf [X, null]`), `$ref`s followed.
    func nonNull(_ schema: Schema) -> Schema {
        let resolved = document.dereference(schema) ?? schema
        let members = (resolved.anyOf ?? resolved.oneOf ?? []).filter { !$0.isNullOnly }
        if members.count == 1, resolved.properties.isEmpty, resolved.types == nil || resolved.types == [.null] {
            return document.dereference(members[0]) ?? members[0]
        }
        return resolved
    }

    /// The values of an enum, inline or named; a one-value enum counts as a const instead (the same on the wire).
    func enumValues(_ schema: Schema) -> [String]? {
        guard let values = nonNull(schema).enumValues, values.count != 1 else { return nil }
        return values.map { $0.stringValue ?? $0.jsonText }
    }

    func constValue(_ schema: Schema) -> String? {
        let inner = nonNull(schema)
        guard let value = inner.constValue ?? (inner.enumValues?.count == 1 ? inner.enumValues?.first : nil) else { return nil }
        return value.stringValue ?? value.jsonText
    }

    func summary(_ schema: Schema) -> String {
        summary(schema, depth: 0)
    }

    /// The top-level alternatives of a summary (`A | [B | C]` → `A`, `[B | C]`).
    static func alternatives(_ summary: String) -> [String] {
        var parts: [String] = []
        var depth = 0
        var current = ""
        var characters = Array(summary)[...]
        while let character = characters.popFirst() {
            if character == "[" || character == "{" { depth += 1 }
            if character == "]" || character == "}" { depth -= 1 }
            if depth == 0, character == " ", characters.starts(with: "| ") {
                parts.append(current)
                current = ""
                characters = characters.dropFirst(2)
                continue
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    private func summary(_ schema: Schema, depth: Int) -> String {
        guard depth < 16 else { return "…" }
        if let reference = schema.reference, schema.isReferenceOnly {
            guard let target = document.resolve(reference) else { return reference.target }
            // A named union or enum is summarized as what it accepts, so a spec that names what upstream writes
            // inline (or the other way round) compares equal.
            let isUnion = target.schema.properties.isEmpty && (target.schema.anyOf != nil || target.schema.oneOf != nil)
            if isUnion || target.schema.enumValues != nil { return summary(target.schema, depth: depth + 1) }
            return naming[target.name] ?? target.name
        }
        let members = ((schema.anyOf ?? []) + (schema.oneOf ?? [])).filter { !$0.isNullOnly }
        if !members.isEmpty, schema.properties.isEmpty {
            let parts = Set(members.map { summary($0, depth: depth + 1) }).sorted()
            return parts.joined(separator: " | ")
        }
        if let allOf = schema.allOf, allOf.count == 1, schema.properties.isEmpty {
            return summary(allOf[0], depth: depth + 1)
        }
        if let value = schema.constValue ?? (schema.enumValues?.count == 1 ? schema.enumValues?.first : nil) {
            return value.stringValue != nil ? "string" : value.kindDescription
        }
        if let values = schema.enumValues, schema.types == nil {
            return values.allSatisfy { $0.stringValue != nil } ? "string" : "enum"
        }
        let types = (schema.types ?? []).filter { $0 != .null }
        if types == [.array] { return "[" + (schema.items.map { summary($0, depth: depth + 1) } ?? "any") + "]" }
        if types == [.object] || (types.isEmpty && !schema.properties.isEmpty) {
            if !schema.properties.isEmpty { return "object" }
            if case .schema(let values) = schema.additionalProperties { return "{string: \(summary(values, depth: depth + 1))}" }
            return "{string: any}"
        }
        if types.isEmpty { return "any" }
        return types.map(\.rawValue).joined(separator: " | ")
    }
}
