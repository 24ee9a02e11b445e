/// `oneOf`/`anyOf` → enum. Three kinds:
/// - discriminated: a `discriminator` object; mapping keys (legacy ones too) select members; others → `.unknown`;
/// - implicit: no discriminator object, but every member has a string `const` on one property (e.g. `type`);
/// - shape: neither; members are chosen by JSON kind, then objects by their required keys.
extension TranslationContext {
    func unionDeclaration(name: String, schema: Schema, members: [Schema], discriminator: Discriminator?) -> UnionDeclaration {
        var nested: [Declaration] = []
        let tagProperty = discriminator?.propertyName ?? implicitDiscriminator(of: members)
        var cases: [UnionCase] = []
        var objectKeys: [(required: [String], declared: [String])?] = []
        var memberNames: [String] = []
        var memberKinds: [[ValueKind]] = []
        for (index, member) in members.enumerated() {
            let merged = objectSchema(of: member).map { mergedObject($0) }
            objectKeys.append(merged.map { object in
                (object.required.sorted().filter { $0 != tagProperty }, object.properties.map(\.name).sorted().filter { $0 != tagProperty })
            })
            let fallbackName: String
            if let reference = member.reference, let typeName = typeName(for: reference) {
                fallbackName = typeName
            } else {
                fallbackName = nestedTypeName(name + "Member\(index + 1)", inside: name)
            }
            memberNames.append(fallbackName.split(separator: ".").last.map(String.init) ?? fallbackName)
            let payload = swiftType(for: member, suggestedName: fallbackName, nested: &nested)
            var tags: [String] = []
            if let tagProperty {
                tags = self.tags(for: member, property: tagProperty, discriminator: discriminator)
            }
            let kinds = valueKinds(of: member)
            let caseName = unionCaseName(union: name, member: member, tags: tags, payload: payload.type)
            cases.append(UnionCase(swiftName: caseName, payload: payload.type, tags: tags, kinds: kinds))
            memberKinds.append(kinds)
        }
        // A value that is some member's own const belongs to that member, even if a mapping also sends it elsewhere
        // (the upstream document maps `tool_return` to ToolCallContent; validation warns about it).
        let ownConstants = Set(cases.compactMap { $0.tags.first })
        for index in cases.indices {
            guard let own = cases[index].tags.first else { continue }
            cases[index].tags = [own] + cases[index].tags.dropFirst().filter { !ownConstants.contains($0) }
        }
        // Several array members: name each after its elements (`strings`, `integerArrays`).
        if cases.filter({ $0.swiftName == "array" }).count > 1 {
            for index in cases.indices where cases[index].swiftName == "array" {
                if case .array(let element) = cases[index].payload {
                    cases[index].swiftName = configuration.caseRenames["\(name).\(Self.pluralName(of: element))"]
                        ?? Self.pluralName(of: element)
                }
            }
        }
        checkCaseNames(cases, union: name, at: schema.location)
        let decoding: UnionDecodingPlan
        if let tagProperty {
            decoding = .tagged(taggedDecoding(property: tagProperty, cases: cases, objectKeys: objectKeys, memberNames: memberNames))
        } else {
            decoding = .shape(shapeDecoding(cases: cases, kinds: memberKinds, objectKeys: objectKeys))
        }
        return UnionDeclaration(
            name: name,
            documentation: documentation(for: schema),
            deprecation: deprecation(for: schema),
            cases: cases,
            decoding: decoding,
            isIndirect: false,
            sharedProperties: sharedProperties(of: members, union: name),
            nested: nested
        )
    }

    /// Tag values (each case's canonical value in case order, then aliases) and the members that structure can
    /// choose without a tag: those declaring a key that not every member declares.
    private func taggedDecoding(
        property: String, cases: [UnionCase], objectKeys: [(required: [String], declared: [String])?], memberNames: [String]
    ) -> TaggedDecoding {
        var tags: [TaggedDecoding.Tag] = []
        var seen = Set<String>()
        for (index, unionCase) in cases.enumerated() {
            if let canonical = unionCase.tags.first, seen.insert(canonical).inserted {
                tags.append(.init(value: canonical, caseIndex: index))
            }
        }
        for (index, unionCase) in cases.enumerated() {
            for alias in unionCase.tags.dropFirst() where seen.insert(alias).inserted {
                tags.append(.init(value: alias, caseIndex: index))
            }
        }
        var common: Set<String>?
        for keys in objectKeys {
            let declared = Set(keys?.declared ?? [])
            common = common.map { $0.intersection(declared) } ?? declared
        }
        var withoutTag: [TaggedDecoding.TaglessCandidate] = []
        for (index, keys) in objectKeys.enumerated() {
            guard let keys else { continue }
            let evidence = keys.declared.filter { !(common ?? []).contains($0) }
            guard !evidence.isEmpty else { continue }
            withoutTag.append(.init(caseIndex: index, memberName: memberNames[index], requiredKeys: keys.required, evidenceKeys: evidence))
        }
        return TaggedDecoding(property: property, tags: tags, withoutTag: withoutTag)
    }

    /// Members grouped by JSON kind, in the order the kinds first appear; within a kind, integers before other
    /// numbers and date-times before other strings, else spec order.
    private func shapeDecoding(
        cases: [UnionCase], kinds: [[ValueKind]], objectKeys: [(required: [String], declared: [String])?]
    ) -> ShapeDecoding {
        var order: [ValueKind] = []
        for memberKinds in kinds { for kind in memberKinds where !order.contains(kind) { order.append(kind) } }
        let groups = order.map { kind -> ShapeDecoding.KindGroup in
            let members = cases.indices.filter { kinds[$0].contains(kind) }
            let tried = members.enumerated().sorted { lhs, rhs in
                let left = Self.specificity(cases[lhs.element].payload)
                let right = Self.specificity(cases[rhs.element].payload)
                return left != right ? left < right : lhs.offset < rhs.offset
            }.map(\.element)
            var shapes: [ShapeDecoding.ObjectShape] = []
            if kind == .object && tried.count > 1 {
                shapes = tried.map { index in
                    let keys = objectKeys[index]
                    return .init(caseIndex: index, requiredKeys: keys?.required ?? [], declaredKeys: keys?.declared ?? [])
                }
            }
            return .init(kind: kind, cases: tried, objectShapes: shapes)
        }
        return ShapeDecoding(groups: groups)
    }

    /// Lower is tried first among members of one kind: a payload that rejects more values goes before one that
    /// accepts them (an `Int` before a `Double`, a date before any string).
    private static func specificity(_ payload: SwiftType) -> Int {
        switch payload.unwrapped {
        case .int, .date: 0
        case .jsonValue: 2
        default: 1
        }
    }

    /// The property on which every member has a string `const`, when there is exactly one such property.
    func implicitDiscriminator(of members: [Schema]) -> String? {
        guard members.count > 1 else { return nil }
        var common: Set<String>?
        for member in members {
            guard let object = objectSchema(of: member) else { return nil }
            let constants = Set(mergedObject(object).properties.filter { $0.schema.constValue?.stringValue != nil }.map(\.name))
            common = common.map { $0.intersection(constants) } ?? constants
        }
        guard let common, common.count == 1 else { return nil }
        return common.first
    }

    /// The object schema behind a member (through `$ref`), or nil for non-objects.
    func objectSchema(of member: Schema) -> Schema? {
        switch shape(of: member).shape {
        case .reference(let reference):
            guard let target = resolve(reference) else { return nil }
            if case .object(let object) = shape(of: target.schema).shape { return object }
            return nil
        case .object(let object):
            return object
        default:
            return nil
        }
    }

    /// Records, for every member of every discriminated union, the legacy values its const must also accept.
    func collectDiscriminatorAliases() {
        var visited = Set<ObjectIdentifier>()
        for named in document.schemas { collectAliases(in: named.schema, visited: &visited) }
    }

    private func collectAliases(in schema: Schema, visited: inout Set<ObjectIdentifier>) {
        guard visited.insert(ObjectIdentifier(schema)).inserted else { return }
        if let discriminator = schema.discriminator {
            let members = (schema.oneOf ?? []) + (schema.anyOf ?? [])
            for member in members {
                guard let reference = member.reference, let target = resolve(reference) else { continue }
                let memberTags = tags(for: member, property: discriminator.propertyName, discriminator: discriminator)
                guard memberTags.count > 1 else { continue }
                discriminatorAliases[target.key, default: [:]][discriminator.propertyName, default: []]
                    .append(contentsOf: memberTags.dropFirst())
            }
        }
        for property in schema.properties { collectAliases(in: property.schema, visited: &visited) }
        if let items = schema.items { collectAliases(in: items, visited: &visited) }
        for member in (schema.oneOf ?? []) + (schema.anyOf ?? []) + (schema.allOf ?? []) {
            collectAliases(in: member, visited: &visited)
        }
    }

    /// Values selecting `member`: its own `const` first, then every mapping key that points at it.
    private func tags(for member: Schema, property: String, discriminator: Discriminator?) -> [String] {
        var tags: [String] = []
        if let object = objectSchema(of: member),
           let constant = mergedObject(object).properties.first(where: { $0.name == property })?.schema.constValue?.stringValue {
            tags.append(constant)
        }
        if let reference = member.reference, let target = resolve(reference), let discriminator {
            for entry in discriminator.mapping {
                let mapped = entry.reference.target.contains("#") || entry.reference.target.contains("/")
                    ? resolve(entry.reference)
                    : document.schema(named: entry.reference.target)
                if mapped?.key == target.key, !tags.contains(entry.value) {
                    tags.append(entry.value)
                }
            }
            if tags.isEmpty {
                // OpenAPI's implicit mapping: the schema name is the value.
                tags.append(target.name)
            }
        }
        return tags
    }

    private func unionCaseName(union: String, member: Schema, tags: [String], payload: SwiftType) -> String {
        if let tag = tags.first {
            return configuration.caseRenames["\(union).\(tag)"] ?? SwiftNames.caseName(tag)
        }
        switch payload {
        case .named(let qualifiedName):
            let typeName = qualifiedName.split(separator: ".").last.map(String.init) ?? qualifiedName
            return configuration.caseRenames["\(union).\(typeName)"] ?? SwiftNames.lowerFirstWord(typeName)
        case .string: return "string"
        case .int: return "integer"
        case .double: return "number"
        case .bool: return "bool"
        case .date: return "date"
        case .array: return "array"
        case .dictionary: return "object"
        case .jsonValue: return "json"
        case .optional, .nullable: return "value"
        }
    }

    private func checkCaseNames(_ cases: [UnionCase], union: String, at location: SourceLocation) {
        var seen = Set<String>()
        for unionCase in cases {
            if unionCase.swiftName == "unknown" {
                diagnostics.error("a member of '\(union)' would be the case 'unknown', which keeps unknown variants; rename it in the codegen config", at: location)
            } else if !seen.insert(unionCase.swiftName).inserted {
                diagnostics.error("two members of '\(union)' both become the case '\(unionCase.swiftName)'; rename one in the codegen config", at: location)
            }
        }
    }

    /// Properties of a base schema that every member includes through `allOf: [$ref: Base, …]`.
    private func sharedProperties(of members: [Schema], union: String) -> [PropertyDeclaration] {
        var common: [String]?
        for member in members {
            guard let reference = member.reference, let target = resolve(reference) else { return [] }
            let bases = (target.schema.allOf ?? []).compactMap { part -> String? in
                guard let baseReference = part.reference, part.isReferenceOnly else { return nil }
                return resolve(baseReference)?.key
            }
            common = common.map { existing in existing.filter { bases.contains($0) } } ?? bases
        }
        guard let baseKey = common?.first, let base = document.targets[baseKey] else { return [] }
        var nested: [Declaration] = []
        let merged = mergedObject(base.schema)
        return merged.properties.compactMap { property in
            guard property.schema.constValue == nil else { return nil }
            let resolved = swiftType(for: property.schema, suggestedName: SwiftNames.typeName(property.name), nested: &nested)
            // Only simple types can be read from an unknown variant's raw JSON.
            switch resolved.type {
            case .string, .int, .double, .bool, .date: break
            default: return nil
            }
            let swiftName = SwiftNames.memberName(property.name)
            let deprecation = deprecation(forProperty: property.schema)
            return PropertyDeclaration(
                swiftName: swiftName,
                storageName: Self.storageName(swiftName, deprecated: deprecation != nil),
                wireName: property.name,
                fieldIndex: -1,
                type: .optional(resolved.type),
                documentation: documentation(for: property.schema),
                deprecation: deprecation
            )
        }
    }

    /// `strings` for `[String]`, `integerArrays` for `[[Int]]`, `toolCalls` for `[ToolCall]`.
    static func pluralName(of element: SwiftType) -> String {
        switch element {
        case .string: "strings"
        case .int: "integers"
        case .double: "numbers"
        case .bool: "bools"
        case .date: "dates"
        case .jsonValue: "values"
        case .named(let qualified): SwiftNames.lowerFirstWord(qualified.split(separator: ".").last.map(String.init) ?? qualified) + "s"
        case .array(let inner): String(pluralName(of: inner).dropLast()) + "Arrays"
        case .dictionary: "objects"
        case .optional(let wrapped), .nullable(let wrapped): pluralName(of: wrapped)
        }
    }
}
