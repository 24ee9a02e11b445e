/// One difference between the Swift APIs two specs generate, and what it does to the people who use the models.
package struct APIChange: Hashable, Sendable {
    /// What breaks. Empty: additive.
    package struct Impact: OptionSet, Hashable, Sendable {
        package let rawValue: Int
        package init(rawValue: Int) { self.rawValue = rawValue }

        /// Code written against the old models stops compiling against the new ones.
        package static let sourceBreaking = Impact(rawValue: 1)
        /// A payload one side writes is rejected by the other or read as a different value. A value an old client
        /// keeps in `unknown` (a new tag, a new enum value) is not: that is the forward-compatible path.
        package static let wireBreaking = Impact(rawValue: 2)
        package static let additive: Impact = []

        package var isBreaking: Bool { !isEmpty }

        package var label: String {
            switch (contains(.sourceBreaking), contains(.wireBreaking)) {
            case (true, true): "source- and wire-breaking"
            case (true, false): "source-breaking"
            case (false, true): "wire-breaking"
            case (false, false): "additive"
            }
        }
    }

    /// The Swift type the change is in (`Outer.Inner` for nested types); the new name for a renamed type.
    package var typeName: String
    /// The schema the top-level type comes from (new side when it exists, else old).
    package var schemaName: String
    package var impact: Impact
    /// One line, e.g. `property 'otid' added: String?`.
    package var summary: String
    package var oldLocation: SourceLocation
    package var newLocation: SourceLocation
}

/// Compares the Swift APIs two specs generate: types, union cases and their tags, properties, optionality, types,
/// enum values, constants, deprecations and documented server defaults; and the client's operations, their
/// parameters, bodies and results.
package struct APIDiff: Sendable {
    package var old: GeneratedAPI
    package var new: GeneratedAPI

    package init(old: GeneratedAPI, new: GeneratedAPI) {
        self.old = old
        self.new = new
    }

    /// Every change, grouped by type (types in name order, changes in declaration order within a type).
    package func changes() -> [APIChange] {
        var session = DiffSession(old: old, new: new)
        session.run()
        return session.changes.enumerated()
            .sorted { ($0.element.typeName, $0.offset) < ($1.element.typeName, $1.offset) }
            .map(\.element)
    }
}

struct DiffSession {
    let old: GeneratedAPI
    let new: GeneratedAPI
    var changes: [APIChange] = []
    /// Old top-level type name → new name, for types matched across a rename, and new name → old name.
    var renamed: [String: String] = [:]
    var renamedFrom: [String: String] = [:]
    /// The nested types of the declaration being compared, by name, on each side, and old nested name → new name
    /// for those matched across a rename (nested names shadow top-level ones, as in Swift).
    var scope = NestedScope()

    struct NestedScope {
        var old: [String: Declaration] = [:]
        var new: [String: Declaration] = [:]
        var renamed: [String: String] = [:]
        var renamedFrom: [String: String] = [:]
    }

    init(old: GeneratedAPI, new: GeneratedAPI) {
        self.old = old
        self.new = new
    }

    /// The top-level type a change is reported in, with its schema and locations on both sides.
    struct Place {
        var path: [String]
        var schemaName: String
        var oldLocation: SourceLocation
        var newLocation: SourceLocation

        var typeName: String { path.joined(separator: ".") }

        func nested(_ name: String) -> Place {
            Place(path: path + [name], schemaName: schemaName, oldLocation: oldLocation, newLocation: newLocation)
        }
    }

    mutating func run() {
        let oldByName = Dictionary(old.declarations.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newByName = Dictionary(new.declarations.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        var removed = old.declarations.filter { newByName[$0.name.name] == nil }
        var added = new.declarations.filter { oldByName[$0.name.name] == nil }
        matchRenames(removed: &removed, added: &added)

        for declaration in new.declarations {
            let name = declaration.name.name
            let oldName = renamedFrom[name] ?? name
            let place = topLevelPlace(oldName: oldName, newName: name)
            if oldName != name {
                record(place, .sourceBreaking, "type renamed from \(oldName)")
            }
            if let before = old.origins[oldName]?.name, let after = new.origins[name]?.name, before != after {
                record(place, .additive, "now generated from the schema '\(after)' (was '\(before)')")
            }
            if let previous = oldByName[oldName] {
                compare(previous, declaration, at: place)
            }
        }
        for declaration in added {
            let place = topLevelPlace(oldName: nil, newName: declaration.name.name)
            record(place, .additive, "type added (\(declaration.kindDescription))")
        }
        for declaration in removed {
            let place = topLevelPlace(oldName: declaration.name.name, newName: nil)
            record(place, .sourceBreaking, "type removed (\(declaration.kindDescription))")
        }
        compareClients()
    }

    /// A removed and an added type are one renamed type when they come from the same schema name, or else when
    /// they are the only pair with the same wire shape (fields, tags or values).
    private mutating func matchRenames(removed: inout [Declaration], added: inout [Declaration]) {
        for declaration in removed {
            guard let schemaName = old.origins[declaration.name.name]?.name,
                let index = added.firstIndex(where: { new.origins[$0.name.name]?.name == schemaName })
            else { continue }
            renamed[declaration.name.name] = added[index].name.name
            added.remove(at: index)
        }
        removed.removeAll { renamed[$0.name.name] != nil }
        renamed.merge(Self.uniqueShapeMatches(removed: removed, added: added)) { first, _ in first }
        removed.removeAll { renamed[$0.name.name] != nil }
        renamedFrom = Dictionary(renamed.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        added.removeAll { renamedFrom[$0.name.name] != nil }
    }

    /// Old name → new name for each removed declaration whose wire shape exactly one added declaration shares, and
    /// no other removed one.
    private static func uniqueShapeMatches(removed: [Declaration], added: [Declaration]) -> [String: String] {
        let removedShapes = removed.map(wireShape)
        let addedShapes = added.map(wireShape)
        var matches: [String: String] = [:]
        for (index, shape) in removedShapes.enumerated() where !shape.isEmpty {
            guard removedShapes.filter({ $0 == shape }).count == 1 else { continue }
            let candidates = addedShapes.indices.filter { addedShapes[$0] == shape }
            if candidates.count == 1 { matches[removed[index].name.name] = added[candidates[0]].name.name }
        }
        return matches
    }

    /// What identifies a type on the wire: its kind and field names, tags or enum values.
    private static func wireShape(_ declaration: Declaration) -> [String] {
        if let structure = declaration.structure { return ["struct"] + structure.fieldNames.sorted() }
        if let union = declaration.union { return union.cases.count < 2 ? [] : ["union"] + union.cases.flatMap(\.tags).sorted() }
        if let openEnum = declaration.openEnum { return ["enum"] + openEnum.cases.map(\.rawValue).sorted() }
        return []
    }

    private func topLevelPlace(oldName: String?, newName: String?) -> Place {
        let schemaName = newName.flatMap { new.origins[$0]?.name } ?? oldName.flatMap { old.origins[$0]?.name } ?? ""
        return Place(
            path: [newName ?? oldName ?? ""], schemaName: schemaName,
            oldLocation: old.location(ofType: oldName), newLocation: new.location(ofType: newName)
        )
    }

    mutating func record(
        _ place: Place, _ impact: APIChange.Impact, _ summary: String,
        old oldLocation: SourceLocation? = nil, new newLocation: SourceLocation? = nil
    ) {
        changes.append(
            APIChange(
                typeName: place.typeName, schemaName: place.schemaName, impact: impact, summary: summary,
                oldLocation: oldLocation ?? place.oldLocation, newLocation: newLocation ?? place.newLocation
            ))
    }

    // MARK: Declarations

    private mutating func compare(_ previous: Declaration, _ current: Declaration, at place: Place) {
        let outer = scope
        scope = nestedScope(previous, current)
        defer { scope = outer }
        compareDeprecation(previous.deprecation, current.deprecation, what: "type", at: place)
        if let before = previous.structure, let after = current.structure {
            compareStructures(before, after, at: place)
        } else if let before = previous.union, let after = current.union {
            compareUnions(before, after, at: place)
        } else if let before = previous.openEnum, let after = current.openEnum {
            compareEnums(before, after, at: place)
        } else if let before = previous.typeAlias, let after = current.typeAlias {
            if let change = typeChange(before.target, after.target) {
                record(place, change.impact, "aliased type changed: \(change.text)")
            }
        } else {
            record(place, [.sourceBreaking, .wireBreaking], "was a \(previous.kindDescription), now a \(current.kindDescription)")
            return
        }
        compareNested(previous.nested, current.nested, at: place)
    }

    /// The nested types of both sides, with those only one side has paired up when exactly one pair shares a wire
    /// shape (a nested type renamed because its name came to shadow a type it refers to).
    private func nestedScope(_ previous: Declaration, _ current: Declaration) -> NestedScope {
        let before = previous.nested
        let after = current.nested
        var result = NestedScope()
        result.old = Dictionary(before.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        result.new = Dictionary(after.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        result.renamed = Self.uniqueShapeMatches(
            removed: before.filter { result.new[$0.name.name] == nil }, added: after.filter { result.old[$0.name.name] == nil }
        )
        result.renamedFrom = Dictionary(result.renamed.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
        return result
    }

    private mutating func compareNested(_ before: [Declaration], _ after: [Declaration], at place: Place) {
        let previous = Dictionary(before.map { ($0.name.name, $0) }, uniquingKeysWith: { first, _ in first })
        let renamedNested = scope.renamed
        let currentNames = Set(after.map(\.name.name))
        for declaration in after {
            let name = declaration.name.name
            let nestedPlace = place.nested(name)
            if let oldName = scope.renamedFrom[name], let earlier = previous[oldName] {
                record(nestedPlace, .sourceBreaking, "type renamed from \(oldName)")
                compare(earlier, declaration, at: nestedPlace)
            } else if let earlier = previous[name] {
                compare(earlier, declaration, at: nestedPlace)
            } else {
                record(nestedPlace, .additive, "type added (\(declaration.kindDescription))")
            }
        }
        for declaration in before where !currentNames.contains(declaration.name.name) && renamedNested[declaration.name.name] == nil {
            record(place.nested(declaration.name.name), .sourceBreaking, "type removed (\(declaration.kindDescription))")
        }
    }

    mutating func compareDeprecation(
        _ before: Deprecation?, _ after: Deprecation?, what: String, at place: Place,
        old oldLocation: SourceLocation? = nil, new newLocation: SourceLocation? = nil
    ) {
        switch (before, after) {
        case (nil, .some): record(place, .additive, "\(what) deprecated", old: oldLocation, new: newLocation)
        case (.some, nil): record(place, .additive, "\(what) no longer deprecated", old: oldLocation, new: newLocation)
        default: break
        }
    }

    private mutating func compareStructures(_ before: StructDeclaration, _ after: StructDeclaration, at place: Place) {
        let previousConstants = Dictionary(before.constants.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        let currentConstants = Dictionary(after.constants.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        let previousProperties = Dictionary(before.properties.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        let currentProperties = Dictionary(after.properties.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })

        for constant in after.constants {
            let locations = propertyLocations(constant.wireName, at: place)
            if let earlier = previousConstants[constant.wireName] {
                if earlier.value != constant.value {
                    record(
                        place, .wireBreaking, "constant '\(constant.wireName)' changed from \"\(earlier.value)\" to \"\(constant.value)\"",
                        old: locations.old, new: locations.new)
                }
                for alias in constant.acceptedAliases where !earlier.acceptedAliases.contains(alias) {
                    record(
                        place, .additive, "constant '\(constant.wireName)' also accepts \"\(alias)\"", old: locations.old,
                        new: locations.new)
                }
                for alias in earlier.acceptedAliases where !constant.acceptedAliases.contains(alias) {
                    record(
                        place, .wireBreaking, "constant '\(constant.wireName)' no longer accepts \"\(alias)\"",
                        old: locations.old, new: locations.new)
                }
            } else if previousProperties[constant.wireName] != nil {
                record(
                    place, [.sourceBreaking, .wireBreaking], "property '\(constant.wireName)' became the constant \"\(constant.value)\"",
                    old: locations.old, new: locations.new)
            } else {
                record(
                    place, .additive, "constant '\(constant.wireName)' added: \"\(constant.value)\"", old: locations.old, new: locations.new
                )
            }
        }
        for constant in before.constants where currentConstants[constant.wireName] == nil {
            let locations = propertyLocations(constant.wireName, at: place)
            if currentProperties[constant.wireName] != nil {
                // Old clients still reject any other value, which the server may now send.
                record(
                    place, [.sourceBreaking, .wireBreaking], "constant '\(constant.wireName)' became a stored property",
                    old: locations.old, new: locations.new)
            } else {
                record(
                    place, .sourceBreaking, "constant '\(constant.wireName)' removed (was \"\(constant.value)\")",
                    old: locations.old, new: locations.new)
            }
        }
        compareProperties(
            before.properties, after.properties, skipping: Set(before.constants.map(\.wireName) + after.constants.map(\.wireName)),
            at: place)
    }

    private func propertyLocations(_ wireName: String, at place: Place) -> (old: SourceLocation, new: SourceLocation) {
        (
            old.property(wireName, ofType: oldPath(place))?.nameLocation ?? place.oldLocation,
            new.property(wireName, ofType: place.path)?.nameLocation ?? place.newLocation
        )
    }

    private func oldPath(_ place: Place) -> [String] {
        [renamedFrom[place.path[0]] ?? place.path[0]] + place.path.dropFirst()
    }

    private mutating func compareProperties(
        _ before: [PropertyDeclaration], _ after: [PropertyDeclaration], skipping constants: Set<String>, at place: Place
    ) {
        let previous = Dictionary(before.map { ($0.wireName, $0) }, uniquingKeysWith: { first, _ in first })
        let currentNames = Set(after.map(\.wireName))
        for property in after where !constants.contains(property.wireName) {
            let locations = propertyLocations(property.wireName, at: place)
            let label = "property '\(property.wireName)'"
            guard let earlier = previous[property.wireName] else {
                let impact: APIChange.Impact = property.type.isOptional ? .additive : [.sourceBreaking, .wireBreaking]
                record(
                    place, impact, "\(label) added: \(property.name.plain): \(sourceText(property.type))",
                    old: locations.old, new: locations.new)
                continue
            }
            if earlier.name.plain != property.name.plain {
                record(
                    place, .sourceBreaking, "\(label) renamed in Swift from \(earlier.name.plain) to \(property.name.plain)",
                    old: locations.old, new: locations.new)
            }
            if let change = typeChange(earlier.type, property.type) {
                record(place, change.impact, "\(label) \(change.text)", old: locations.old, new: locations.new)
            }
            compareDeprecation(earlier.deprecation, property.deprecation, what: label, at: place, old: locations.old, new: locations.new)
            let oldDefault = old.property(property.wireName, ofType: oldPath(place))?.schema.defaultValue?.jsonText
            let newDefault = new.property(property.wireName, ofType: place.path)?.schema.defaultValue?.jsonText
            if oldDefault != newDefault {
                record(
                    place, .additive, "\(label) server default \(oldDefault ?? "none") → \(newDefault ?? "none")",
                    old: locations.old, new: locations.new)
            }
        }
        for property in before where !currentNames.contains(property.wireName) && !constants.contains(property.wireName) {
            let locations = propertyLocations(property.wireName, at: place)
            let impact: APIChange.Impact = property.type.isOptional ? .sourceBreaking : [.sourceBreaking, .wireBreaking]
            record(
                place, impact, "property '\(property.wireName)' removed (was \(property.name.plain): \(sourceText(property.type)))",
                old: locations.old, new: locations.new)
        }
    }

    /// How a declared type changed, and what that breaks; nil when it did not (old names mapped through renames).
    /// Types compare as generated code spells them: a nested type by its own name, whatever its parent is called.
    func typeChange(_ before: SwiftType, _ after: SwiftType) -> (impact: APIChange.Impact, text: String)? {
        let mapped = renaming(before)
        let text = "\(before.sourceText) → \(after.sourceText)"
        guard mapped.sourceText != after.sourceText else {
            return before.sourceText == after.sourceText ? nil : (.sourceBreaking, "type \(text) (renamed type)")
        }
        if mapped.unwrapped.sourceText == after.unwrapped.sourceText {
            return ([.sourceBreaking, .wireBreaking], (after.isOptional ? "became optional: " : "became non-optional: ") + text)
        }
        if withoutNullable(mapped).sourceText == withoutNullable(after).sourceText {
            return (.sourceBreaking, "explicit null kept apart changed: " + text)
        }
        if readsTheSameStrings(mapped, after) {
            return (.sourceBreaking, "type \(text) (an open enum reads and writes any string)")
        }
        return ([.sourceBreaking, .wireBreaking], "type " + text)
    }

    /// `String` and an open enum (known cases plus `unknown(String)`) accept and write the same JSON.
    private func readsTheSameStrings(_ before: SwiftType, _ after: SwiftType) -> Bool {
        switch (before, after) {
        case (.optional(let left), .optional(let right)), (.array(let left), .array(let right)),
            (.dictionary(let left), .dictionary(let right)), (.nullable(let left), .nullable(let right)):
            return readsTheSameStrings(left, right)
        case (.string, .named(let name)): return isOpenEnum(name.reference, newSide: true)
        case (.named(let name), .string): return isOpenEnum(name.reference, newSide: false)
        default: return false
        }
    }

    private func isOpenEnum(_ name: String, newSide: Bool) -> Bool {
        let nested = newSide ? scope.new : scope.old
        let declaration = nested[name] ?? (newSide ? new : old).declarations.first { $0.name.reference == name }
        return declaration?.openEnum != nil
    }

    /// An old type in new names: nested names first (they shadow top-level ones), then top-level renames.
    private func renaming(_ type: SwiftType) -> SwiftType {
        switch type {
        case .named(let name):
            if name.isNested {
                return .named(TypeName(components: [scope.renamed[name.name] ?? name.name], isNested: true))
            }
            if name.components.count > 2 || (name.components.count == 2 && name.namespace != GeneratedCodeNames.deprecatedNamespace) {
                // A nested type named by its whole path (a client's parameter): its top-level type may be renamed.
                let first = name.components[0]
                return .named(TypeName(components: [renamed[first] ?? first] + name.components.dropFirst(), isNested: false))
            }
            return .named(.topLevel(renamed[name.name] ?? name.name, namespace: name.namespace))
        case .array(let element): return .array(renaming(element))
        case .dictionary(let element): return .dictionary(renaming(element))
        case .optional(let wrapped): return .optional(renaming(wrapped))
        case .nullable(let wrapped): return .nullable(renaming(wrapped))
        default: return type
        }
    }

    private func withoutNullable(_ type: SwiftType) -> SwiftType {
        switch type {
        case .nullable(let wrapped): withoutNullable(wrapped)
        case .optional(let wrapped): .optional(withoutNullable(wrapped))
        case .array(let element): .array(withoutNullable(element))
        case .dictionary(let element): .dictionary(withoutNullable(element))
        default: type
        }
    }

    private mutating func compareUnions(_ before: UnionDeclaration, _ after: UnionDeclaration, at place: Place) {
        switch (before.tagProperty, after.tagProperty) {
        case let (previous?, current?) where previous != current:
            record(place, .wireBreaking, "tag property changed from '\(previous)' to '\(current)'")
        case (nil, let current?):
            record(place, [.sourceBreaking, .wireBreaking], "now chosen by the tag '\(current)' instead of by shape (case unknown added)")
        case (let previous?, nil):
            record(
                place, [.sourceBreaking, .wireBreaking], "now chosen by shape instead of by the tag '\(previous)' (case unknown removed)")
        default: break
        }
        compareDecodingPlans(before, after, at: place)
        let tagged = after.tagProperty != nil
        let previous = Dictionary(before.cases.map { ($0.name.plain, $0) }, uniquingKeysWith: { first, _ in first })
        let currentNames = Set(after.cases.map(\.name.plain))
        for unionCase in after.cases {
            let locations = caseLocations(before: previous[unionCase.name.plain], after: unionCase, at: place)
            guard let earlier = previous[unionCase.name.plain] else {
                // Exhaustive switches stop compiling; an old client keeps the new tag in `unknown`, but a shape
                // union has no `unknown` and rejects (or mis-reads) the new member.
                let impact: APIChange.Impact = tagged ? .sourceBreaking : [.sourceBreaking, .wireBreaking]
                record(
                    place, impact, "case \(unionCase.name.plain)(\(sourceText(unionCase.payload))) added\(tagList(unionCase.tags))",
                    old: locations.old, new: locations.new)
                continue
            }
            if let change = typeChange(earlier.payload, unionCase.payload) {
                record(place, change.impact, "case \(unionCase.name.plain) payload \(change.text)", old: locations.old, new: locations.new)
            }
            for tag in unionCase.tags where !earlier.tags.contains(tag) {
                record(place, .additive, "case \(unionCase.name.plain) also chosen by \"\(tag)\"", old: locations.old, new: locations.new)
            }
            for tag in earlier.tags where !unionCase.tags.contains(tag) {
                record(
                    place, .wireBreaking, "case \(unionCase.name.plain) no longer chosen by \"\(tag)\"", old: locations.old,
                    new: locations.new)
            }
        }
        for unionCase in before.cases where !currentNames.contains(unionCase.name.plain) {
            let locations = caseLocations(before: unionCase, after: nil, at: place)
            record(
                place, [.sourceBreaking, .wireBreaking],
                "case \(unionCase.name.plain)(\(sourceText(unionCase.payload))) removed\(tagList(unionCase.tags))",
                old: locations.old, new: locations.new)
        }
        compareProperties(before.sharedProperties.map(\.property), after.sharedProperties.map(\.property), skipping: [], at: place)
    }

    private func sourceText(_ type: SwiftType) -> String { type.sourceText }

    /// What decides a case beyond the tags: which members the keys choose when the tag is absent, and in which
    /// order a shape union tries the members of one JSON kind.
    private mutating func compareDecodingPlans(_ before: UnionDeclaration, _ after: UnionDeclaration, at place: Place) {
        func caseName(_ union: UnionDeclaration, _ index: Int) -> String {
            union.cases.indices.contains(index) ? union.cases[index].name.plain : "#\(index)"
        }
        switch (before.decoding, after.decoding) {
        case (.tagged(let previous), .tagged(let current)):
            let previousNames = previous.withoutTag.map { caseName(before, $0.caseIndex) }
            let currentNames = current.withoutTag.map { caseName(after, $0.caseIndex) }
            for name in previousNames where !currentNames.contains(name) && after.cases.contains(where: { $0.name.plain == name }) {
                record(place, .wireBreaking, "without '\(current.property)', case \(name) is no longer chosen by the keys present")
            }
            for name in currentNames where !previousNames.contains(name) && before.cases.contains(where: { $0.name.plain == name }) {
                record(place, .additive, "without '\(current.property)', case \(name) is now chosen by the keys present")
            }
        case (.shape(let previous), .shape(let current)):
            for group in current.groups {
                guard let earlier = previous.groups.first(where: { $0.kind == group.kind }) else { continue }
                let currentOrder = group.cases.map { caseName(after, $0) }
                let previousOrder = earlier.cases.map { caseName(before, $0) }.map { scope.renamed[$0] ?? $0 }
                let common = Set(currentOrder).intersection(previousOrder)
                let newCommon = currentOrder.filter(common.contains)
                let oldCommon = previousOrder.filter(common.contains)
                if newCommon != oldCommon {
                    record(
                        place, .wireBreaking,
                        "a JSON \(group.kind.rawValue) tries the cases in another order: "
                            + oldCommon.joined(separator: ", ") + " → " + newCommon.joined(separator: ", "))
                }
            }
        default:
            break
        }
    }

    private func tagList(_ tags: [String]) -> String {
        tags.isEmpty ? "" : " (" + tags.map { "\"\($0)\"" }.joined(separator: ", ") + ")"
    }

    private func caseLocations(before: UnionCase?, after: UnionCase?, at place: Place) -> (old: SourceLocation, new: SourceLocation) {
        func payloadName(_ unionCase: UnionCase?) -> String? {
            if case .named(let name)? = unionCase?.payload.unwrapped { return name.name }
            return nil
        }
        let oldLocation = before.flatMap { old.location(ofMember: payloadName($0), tag: $0.tags.first, inUnion: oldPath(place)) }
        let newLocation = after.flatMap { new.location(ofMember: payloadName($0), tag: $0.tags.first, inUnion: place.path) }
        return (oldLocation ?? place.oldLocation, newLocation ?? place.newLocation)
    }

    private mutating func compareEnums(_ before: OpenEnumDeclaration, _ after: OpenEnumDeclaration, at place: Place) {
        let previous = Dictionary(before.cases.map { ($0.rawValue, $0) }, uniquingKeysWith: { first, _ in first })
        let currentValues = Set(after.cases.map(\.rawValue))
        for value in after.cases {
            let newLocation = new.location(ofEnumValue: value.rawValue, inType: place.path)
            guard let earlier = previous[value.rawValue] else {
                // Exhaustive switches stop compiling; old clients read the value as `unknown`.
                record(place, .sourceBreaking, "value \"\(value.rawValue)\" added (case \(value.name.plain))", new: newLocation)
                continue
            }
            if earlier.name.plain != value.name.plain {
                record(
                    place, .sourceBreaking,
                    "value \"\(value.rawValue)\" renamed in Swift from \(earlier.name.plain) to \(value.name.plain)",
                    old: old.location(ofEnumValue: value.rawValue, inType: oldPath(place)), new: newLocation)
            }
        }
        for value in before.cases where !currentValues.contains(value.rawValue) {
            record(
                place, [.sourceBreaking, .wireBreaking], "value \"\(value.rawValue)\" removed (case \(value.name.plain))",
                old: old.location(ofEnumValue: value.rawValue, inType: oldPath(place)))
        }
    }
}
