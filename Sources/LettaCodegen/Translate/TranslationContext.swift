/// Shared state of one translation: the resolved document, the name table, the config and the diagnostics.
/// Each translation rule is an extension of this type in its own file.
final class TranslationContext {
    let document: SpecDocument
    let configuration: CodegenConfiguration
    var names: TypeNameTable
    var diagnostics = DiagnosticCollector()
    /// Legacy discriminator values accepted by a member type, by member key and property (from union mappings).
    var discriminatorAliases: [SchemaKey: [String: [String]]] = [:]
    /// The tag values of each union member, by member, tag property and discriminator.
    var memberTagsCache: [MemberTagsKey: MemberTags] = [:]
    /// Each discriminator's mapping as (value, target key), by the discriminator's location.
    var mappingTargetKeysByDiscriminator: [SourceLocation: [(value: String, key: SchemaKey)]] = [:]
    /// Inline object schemas whose struct is being declared. Merging `allOf` parts follows `$ref`s, so an inline
    /// object can contain itself (a property of `A` that is `allOf: [$ref A, …]`); each would nest a struct inside
    /// the last without end.
    var inlineObjectsInProgress: Set<ObjectIdentifier> = []
    /// `SwiftNames.memberName(wireName)`: spelling a name on its bytes costs less than looking it up in a table.
    func memberName(_ wireName: String) -> String {
        SwiftNames.memberName(wireName)
    }

    init(document: SpecDocument, configuration: CodegenConfiguration) {
        self.document = document
        self.configuration = configuration
        var collector = DiagnosticCollector()
        names = TypeNameTable(
            document: document, renames: configuration.typeRenames,
            reservedNames: [configuration.moduleName + "Registry"], diagnostics: &collector
        )
        diagnostics = collector
    }

    /// Every top-level type name: a nested type with one of these names may shadow it.
    lazy var topLevelNames: Set<String> = Set(document.schemas.map { names.name(for: $0) })
    /// The top-level schema being translated.
    var currentRoot: NamedSchema?
    /// The Swift names of the types each top-level schema can refer to (its `$ref` closure, itself included), by key.
    private var reachableNames: [SchemaKey: Set<String>] = [:]

    /// The name for an inline type nested in `owner`: the property's name, with `Value` appended when it would
    /// repeat the owner's name or shadow a top-level type that the enclosing top-level type can refer to (a nested
    /// `ToolCall` would make `ToolCall` mean the nested type there). Top-level types it cannot refer to do not
    /// count, so a type's Swift does not change when an unrelated schema is added, and a spec cut down to a few
    /// schemas (`letta-codegen extract`) generates the same nested names as the whole document.
    func nestedTypeName(_ base: String, inside owner: String) -> String {
        var name = base
        while name == owner || mayShadow(name) || TypeNameTable.runtimeTypeNames.contains(name) { name += "Value" }
        return name
    }

    private func mayShadow(_ name: String) -> Bool {
        guard topLevelNames.contains(name) else { return false }
        guard let root = currentRoot else { return true }
        if let known = reachableNames[root.key] { return known.contains(name) }
        var reachable: Set<String> = [names.name(for: root), names.referenceName(for: root)]
        var seen: Set<SchemaKey> = [root.key]
        var queue = [root]
        while let named = queue.popLast() {
            for target in referenceTargets(of: named) where seen.insert(target.key).inserted {
                reachable.insert(names.name(for: target))
                reachable.insert(names.referenceName(for: target))
                queue.append(target)
            }
        }
        reachableNames[root.key] = reachable
        return reachable.contains(name)
    }

    /// The schemas a named schema's `$ref`s and mappings point at, found once per schema.
    private var referenceTargetsByKey: [SchemaKey: [NamedSchema]] = [:]

    private func referenceTargets(of named: NamedSchema) -> [NamedSchema] {
        if let known = referenceTargetsByKey[named.key] { return known }
        let targets = ReferenceCollector.references(in: named.schema).compactMap { document.resolve($0) }
        referenceTargetsByKey[named.key] = targets
        return targets
    }

    func resolve(_ reference: SchemaReference) -> NamedSchema? {
        document.resolve(reference)
    }

    /// The Swift name of the type a reference points at.
    /// The name generated code refers to a reference's target by and whether the target allows null, worked out
    /// once per target: properties refer to the same few schemas again and again.
    func referencedType(_ reference: SchemaReference) -> (name: String?, nullable: Bool) {
        if let known = referencedTypes[reference.key] { return known }
        let target = resolve(reference)
        let referenced = (name: target.map { names.referenceName(for: $0) }, nullable: referenceIsNullable(reference))
        referencedTypes[reference.key] = referenced
        return referenced
    }

    private var referencedTypes: [SchemaKey: (name: String?, nullable: Bool)] = [:]

    func typeName(for reference: SchemaReference) -> String? {
        resolve(reference).map { names.referenceName(for: $0) }
    }
}
