/// `oneOf`/`anyOf` → enum. Three kinds:
/// - discriminated: a `discriminator` object; mapping keys (legacy ones too) select members; others → `.unknown`;
/// - implicit: no discriminator object, but every member has a string `const` on one property (e.g. `type`);
/// - shape: neither; members are chosen by JSON kind, then objects by their required keys.
extension TranslationContext {
    func unionDeclaration(name: TypeName, schema: Schema, members declaredMembers: [Schema], discriminator: Discriminator?) -> Declaration {
        let members = declaredMembers + membersForMappingsOutside(declaredMembers, discriminator: discriminator)
        var nested: [Declaration] = []
        let tagProperty = discriminator?.propertyName ?? implicitDiscriminator(of: members)
        var cases: [UnionCase] = []
        var objectKeys: [(required: [String], declared: [String])?] = []
        var memberNames: [String] = []
        var memberKinds: [[ValueKind]] = []
        var caseNaming: [NameAssignment.Candidate] = []
        var usedNestedNames = Set<String>()
        for (index, member) in members.enumerated() {
            let merged = objectSchema(of: member).map { mergedObject($0) }
            objectKeys.append(
                merged.map { object in
                    (
                        object.sortedRequiredNames.filter { $0 != tagProperty },
                        object.properties.map(\.name).sorted().filter { $0 != tagProperty }
                    )
                })
            var tags: [String] = []
            var ownTagCount = 0
            if let tagProperty {
                let memberTags = memberTags(for: member, property: tagProperty, discriminator: discriminator)
                tags = memberTags.values
                ownTagCount = memberTags.ownCount
            }
            let memberType: TypeName
            if let reference = member.reference, let typeName = typeName(for: reference) {
                memberType = typeName
            } else {
                var base = inlineMemberTypeName(member, tags: ownTagCount > 1 ? [] : tags)
                if usedNestedNames.contains(base) {
                    var position = index + 1
                    while usedNestedNames.contains(base + String(position)) { position += 1 }
                    base += String(position)
                }
                memberType = nestedTypeName(base, inside: name)
                usedNestedNames.insert(memberType.name)
            }
            memberNames.append(memberType.name)
            let payload = swiftType(for: member, suggestedName: memberType, nested: &nested)
            let kinds = valueKinds(of: member)
            // A member named by its tag has one value of its own; one with several (an enum, a member union) is
            // named by its type.
            let namingTag = ownTagCount > 1 ? nil : tags.first
            var naming = unionCaseName(union: name.name, member: member, tag: namingTag, payload: payload.type)
            naming.alternatives = { [unowned self] in caseNameAlternatives(for: member) }
            caseNaming.append(naming)
            cases.append(
                UnionCase(
                    name: MemberName(naming.proposed), payload: payload.type, tags: tags, ownTagCount: ownTagCount, kinds: kinds,
                    documentation: []
                ))
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
        if cases.filter({ $0.name.plain == "array" }).count > 1 {
            for index in cases.indices where cases[index].name.plain == "array" {
                if case .array(let element) = cases[index].payload {
                    let plural = Self.pluralName(of: element)
                    let renamed = configuration.renamedCase(plural, of: name.name)
                    caseNaming[index].proposed = renamed ?? plural
                    caseNaming[index].fromConfiguration = renamed != nil
                }
            }
        }
        let assigned = NameAssignment.assign(caseNaming, reserved: GeneratedCodeNames.enumMembers)
        for (index, caseName) in assigned.names.enumerated() {
            cases[index].name = MemberName(caseName)
            cases[index].documentation = [Self.caseDocumentation(cases[index], tagProperty: tagProperty)]
        }
        for (first, second) in assigned.configurationClashes {
            diagnostics.error(
                "the codegen config names two members of '\(name.name)' '\(cases[first].name)' (members \(first + 1) and \(second + 1)); rename one",
                at: schema.location
            )
        }
        let decoding: UnionDecodingPlan
        if let tagProperty {
            decoding = .tagged(taggedDecoding(property: tagProperty, cases: cases, objectKeys: objectKeys, memberNames: memberNames))
        } else {
            decoding = .shape(shapeDecoding(cases: cases, kinds: memberKinds, objectKeys: objectKeys))
        }
        let union = UnionDeclaration(
            cases: cases,
            decoding: decoding,
            isIndirect: false,
            unknownCaseDocumentation: tagProperty.map { property in
                ["A `\(property)` this version does not know: the value and the whole JSON object, written back unchanged."]
            },
            sharedProperties: sharedProperties(of: members, union: name, tagged: tagProperty != nil),
            stringLiteralCase: { () -> MemberName? in
                let strings = cases.filter { $0.payload == .string }
                return strings.count == 1 ? strings[0].name : nil
            }()
        )
        return Declaration(
            name: name,
            documentation: typeDocumentation(for: schema),
            deprecation: deprecation(for: schema),
            nested: nested,
            kind: .union(union)
        )
    }

    /// `Payload: ``SystemMessage``; `message_type` is `system_message`.`: the payload, generated types as DocC
    /// symbol links, and for tagged unions the tag values that select the case (legacy ones marked).
    static func caseDocumentation(_ unionCase: UnionCase, tagProperty: String?) -> String {
        var line = "Payload: " + payloadPhrase(unionCase.payload)
        guard let tagProperty, !unionCase.tags.isEmpty else { return line + "." }
        let ownCount = max(unionCase.ownTagCount, 1)
        line += "; `\(tagProperty)` is " + alternatives(unionCase.tags.prefix(ownCount))
        let legacy = unionCase.tags.dropFirst(ownCount)
        if !legacy.isEmpty { line += ", or " + alternatives(legacy) + " (legacy)" }
        return line + "."
    }

    /// `` `a` ``, `` `a` or `b` ``, `` `a`, `b` or `c` ``.
    private static func alternatives(_ values: ArraySlice<String>) -> String {
        var text = ""
        for (position, value) in values.enumerated() {
            if position > 0 { text += position == values.count - 1 ? " or " : ", " }
            text += "`" + value + "`"
        }
        return text
    }

    /// A payload type in words, generated types as DocC symbol links (``DeprecatedModels/ToolReturn``).
    static func payloadPhrase(_ type: SwiftType) -> String {
        switch type {
        case .named(let name): "``" + name.symbolPath + "``"
        case .array(let element): "an array of " + pluralPhrase(element)
        case .dictionary(let value): "an object of " + pluralPhrase(value)
        case .optional(let wrapped), .nullable(let wrapped): payloadPhrase(wrapped) + " or null"
        case .string: "a string"
        case .int: "an integer"
        case .double: "a number"
        case .bool: "a Boolean"
        case .date: "a date"
        case .jsonValue: "any JSON value"
        }
    }

    /// What an array or object holds: `strings`, `arrays of integers`, ``ToolCall`` values.
    private static func pluralPhrase(_ type: SwiftType) -> String {
        switch type {
        case .named: payloadPhrase(type) + " values"
        case .array(let element): "arrays of " + pluralPhrase(element)
        case .dictionary(let value): "objects of " + pluralPhrase(value)
        case .optional(let wrapped), .nullable(let wrapped): pluralPhrase(wrapped) + " or nulls"
        case .string: "strings"
        case .int: "integers"
        case .double: "numbers"
        case .bool: "Booleans"
        case .date: "dates"
        case .jsonValue: "JSON values"
        }
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
        // The keys every member declares (an object member that declares none makes that none).
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
        let readByIndex = Set(groups.filter { $0.cases.count > 1 }.flatMap(\.cases)).sorted()
        return ShapeDecoding(groups: groups, casesReadByIndex: readByIndex, rejectsSomeKind: groups.count < ValueKind.allCases.count)
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

    /// The values a tag property allows: its string `const`, or the values of a string `enum` (a one-value enum is
    /// how OpenAPI 3.0 writes a constant).
    func tagValues(of property: Schema) -> [String]? {
        if let constant = property.constValue?.stringValue { return [constant] }
        guard let values = property.enumValues, !values.isEmpty else { return nil }
        let strings = values.compactMap(\.stringValue)
        return strings.count == values.count ? strings : nil
    }

    /// The property on which every member has a string `const` (or a one-value `enum`), when there is exactly one.
    func implicitDiscriminator(of members: [Schema]) -> String? {
        guard members.count > 1 else { return nil }
        var common: Set<String>?
        for member in members {
            guard let object = objectSchema(of: member) else { return nil }
            let constants = Set(mergedObject(object).properties.filter { tagValues(of: $0.schema)?.count == 1 }.map(\.name))
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
        for named in document.schemas { collectAliases(in: named.schema) }
    }

    /// Follows the schema's own children, never a `$ref`: schemas nest as a tree (see `Schema`), each met once.
    private func collectAliases(in schema: Schema) {
        if let discriminator = schema.discriminator {
            schema.forEachAlternative { member in
                guard let reference = member.reference, let target = resolve(reference) else { return }
                let memberTags = memberTags(for: member, property: discriminator.propertyName, discriminator: discriminator).values
                guard memberTags.count > 1 else { return }
                discriminatorAliases[target.key, default: [:]][discriminator.propertyName, default: []]
                    .append(contentsOf: memberTags.dropFirst())
            }
        }
        for property in schema.properties { collectAliases(in: property.schema) }
        if let items = schema.items { collectAliases(in: items) }
        schema.forEachComposedMember { collectAliases(in: $0) }
    }

    /// The values selecting a member, and how many of the first are its own (the rest are mapping aliases).
    ///
    /// Its own values are its `const` (or `enum` values), or for a member that is itself a union its members'
    /// values; then come the mapping keys that point at it or at one of its members. Without any, a referenced member
    /// that has the property is selected by its schema name (OpenAPI's implicit mapping); one without the property
    /// has no value and is chosen by its keys.
    struct MemberTags {
        var values: [String]
        var ownCount: Int
    }

    struct MemberTagsKey: Hashable {
        var member: ObjectIdentifier
        var property: String
        var discriminator: SourceLocation?
    }

    func memberTags(for member: Schema, property: String, discriminator: Discriminator?) -> MemberTags {
        // Asked twice per member of a discriminated union (collecting legacy aliases, then translating the union).
        let key = MemberTagsKey(member: ObjectIdentifier(member), property: property, discriminator: discriminator?.location)
        if let known = memberTagsCache[key] { return known }
        var visited = Set<ObjectIdentifier>()
        let (own, all) = memberTagValues(of: member, property: property, discriminator: discriminator, visited: &visited)
        let tags = MemberTags(values: all, ownCount: own.count)
        memberTagsCache[key] = tags
        return tags
    }

    /// The member's own values, and its own values followed by what the discriminator adds.
    private func memberTagValues(
        of member: Schema, property: String, discriminator: Discriminator?, visited: inout Set<ObjectIdentifier>
    ) -> (own: [String], all: [String]) {
        guard visited.insert(ObjectIdentifier(member)).inserted else { return ([], []) }
        var own: [String] = []
        var hasProperty = false
        if let object = objectSchema(of: member) {
            let tagProperty = mergedObject(object).properties.first { $0.name == property }
            hasProperty = tagProperty != nil
            own = tagProperty.flatMap { tagValues(of: $0.schema) } ?? []
        } else if let inner = document.unionMembers(of: member) {
            let innerDiscriminator = document.dereference(member)?.discriminator
            for innerMember in inner {
                for tag in memberTagValues(of: innerMember, property: property, discriminator: innerDiscriminator, visited: &visited).all
                where !own.contains(tag) {
                    own.append(tag)
                }
            }
            hasProperty = !own.isEmpty
        }
        guard let discriminator else { return (own, own) }
        var all = own
        let covered = document.discriminatorCoverage(of: member)
        for (value, key) in mappingTargetKeys(of: discriminator) where covered.contains(key) && !all.contains(value) {
            all.append(value)
        }
        if all.isEmpty, hasProperty, let reference = member.reference, let target = resolve(reference) {
            all.append(target.name)
        }
        return (own, all)
    }

    /// Each mapping value with the key of the schema it points at (unresolvable entries left out).
    private func mappingTargetKeys(of discriminator: Discriminator) -> [(value: String, key: SchemaKey)] {
        discriminator.mapping.compactMap { entry in document.mappingTarget(entry).map { (entry.value, $0.key) } }
    }

    /// Schemas a discriminator maps values to that no member stands for: OpenAPI says the mapping decides, so each
    /// becomes one more case (validation warns).
    func membersForMappingsOutside(_ members: [Schema], discriminator: Discriminator?) -> [Schema] {
        guard let discriminator else { return [] }
        var covered = Set<SchemaKey>()
        for member in members { covered.formUnion(document.discriminatorCoverage(of: member)) }
        var extra: [Schema] = []
        for entry in discriminator.mapping {
            guard let target = document.mappingTarget(entry), covered.insert(target.key).inserted else { continue }
            let pointer =
                entry.isPointer
                ? entry.reference
                : SchemaReference(target: "#/components/schemas/" + entry.reference.target, location: entry.reference.location)
            extra.append(Schema(location: entry.reference.location, reference: pointer))
        }
        return extra
    }

    private func unionCaseName(union: String, member: Schema, tag: String?, payload: SwiftType) -> NameAssignment.Candidate {
        func named(_ base: String, key: String) -> NameAssignment.Candidate {
            let renamed = configuration.renamedCase(key, of: union)
            return .init(proposed: renamed ?? base, fromConfiguration: renamed != nil)
        }
        if let tag {
            return named(SwiftNames.caseName(tag), key: tag)
        }
        switch payload {
        case .named(let typeName):
            return named(SwiftNames.lowerFirstWord(typeName.name), key: typeName.name)
        case .string: return named("string", key: "string")
        case .int: return named("integer", key: "integer")
        case .double: return named("number", key: "number")
        case .bool: return named("bool", key: "bool")
        case .date: return named("date", key: "date")
        case .array: return named("array", key: "array")
        case .dictionary: return named("object", key: "object")
        case .jsonValue: return named("json", key: "json")
        case .optional, .nullable: return named("value", key: "value")
        }
    }

    /// The nested type for an inline member (nested in the union, so it needs no prefix): its `title`, else its one
    /// tag value, else its values when it is a string enum of up to three (`NoneOrAuto`), else its kind (`Object`,
    /// `Value`). A second member with the same name is numbered by its position.
    private func inlineMemberTypeName(_ member: Schema, tags: [String]) -> String {
        if let title = member.title, !SwiftNames.words(title).isEmpty { return SwiftNames.typeName(title) }
        if tags.count == 1, let tag = tags.first, !SwiftNames.words(tag).isEmpty { return SwiftNames.typeName(tag) }
        switch shape(of: member).shape {
        case .stringEnum(let values) where values.count <= 3 && values.allSatisfy({ !SwiftNames.words($0).isEmpty }):
            return values.map(SwiftNames.typeName).joined(separator: "Or")
        case .object, .dictionary: return "Object"
        case .union: return "Choice"
        default: return "Value"
        }
    }

    /// Names for a member whose case name another member shares: its `format`, its `title`, the name of the schema
    /// it references (through the reference when it is one).
    private func caseNameAlternatives(for member: Schema) -> [String] {
        var target = member
        var referencedName: String?
        if let reference = member.reference, let named = resolve(reference) {
            target = named.schema
            referencedName = SwiftNames.lowerFirstWord(names.typeName(for: named).name)
        }
        var alternatives: [String] = []
        if let format = member.format ?? target.format { alternatives.append(SwiftNames.caseName(format)) }
        if let title = member.title ?? target.title { alternatives.append(SwiftNames.caseName(title)) }
        if let referencedName { alternatives.append(referencedName) }
        return alternatives
    }

    /// Properties of a base schema that every member includes through `allOf: [$ref: Base, …]`: those of a simple
    /// type, which an unknown variant's raw JSON can give too.
    private func sharedProperties(of members: [Schema], union: TypeName, tagged: Bool) -> [SharedProperty] {
        var common: [SchemaKey]?
        for member in members {
            guard let reference = member.reference, let target = resolve(reference) else { return [] }
            let bases = (target.schema.allOf ?? []).compactMap { part -> SchemaKey? in
                guard let baseReference = part.reference, part.isReferenceOnly else { return nil }
                return resolve(baseReference)?.key
            }
            common = common.map { existing in existing.filter { bases.contains($0) } } ?? bases
        }
        guard let baseKey = common?.first, let base = document.targets[baseKey] else { return [] }
        var nested: [Declaration] = []
        let note =
            tagged
            ? "Shared by every member; for an unknown variant, read from its JSON (nil when absent or of another type)."
            : "Shared by every member."
        return mergedObject(base.schema).properties.compactMap { property in
            guard property.schema.constValue == nil else { return nil }
            let resolved = swiftType(
                for: property.schema, suggestedName: union.nested(SwiftNames.typeName(property.name)), nested: &nested
            )
            let read: UnknownVariantRead
            switch resolved.type {
            case .string: read = .string
            case .int: read = .integer
            case .double: read = .number
            case .bool: read = .bool
            case .date: read = .date
            default: return nil
            }
            let spelled = memberName(property.name)
            let name = MemberName(GeneratedCodeNames.structMembers[spelled] ?? spelled)
            let deprecation = deprecation(forProperty: property.schema)
            return SharedProperty(
                property: PropertyDeclaration(
                    name: name,
                    storage: Self.storage(of: name, deprecated: deprecation != nil),
                    wireName: property.name,
                    fieldIndex: -1,
                    type: .optional(resolved.type),
                    documentation: Self.joined(documentation(for: property.schema), [note]),
                    deprecation: deprecation
                ),
                unknownVariantRead: tagged ? read : nil
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
        case .named(let typeName): SwiftNames.lowerFirstWord(typeName.name) + "s"
        case .array(let inner): String(pluralName(of: inner).dropLast()) + "Arrays"
        case .dictionary: "objects"
        case .optional(let wrapped), .nullable(let wrapped): pluralName(of: wrapped)
        }
    }
}
