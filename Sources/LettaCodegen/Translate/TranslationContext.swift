/// Shared state of one translation: the resolved document, the name table, the config and the diagnostics.
/// Each translation rule is an extension of this type in its own file.
final class TranslationContext {
    let document: SpecDocument
    let configuration: CodegenConfiguration
    let names: TypeNameTable
    var diagnostics = DiagnosticCollector()
    /// Names no type may take: what generated code uses besides the generated types.
    let unavailableTypeNames: Set<String>
    /// Legacy discriminator values accepted by a member type, by member key and property (from union mappings).
    var discriminatorAliases: [SchemaKey: [String: [String]]] = [:]
    /// The tag values of each union member, by member, tag property and discriminator: asked once when collecting
    /// legacy aliases and again when translating the union.
    var memberTagsCache: [MemberTagsKey: MemberTags] = [:]
    /// Inline object schemas whose struct is being declared. Merging `allOf` parts follows `$ref`s, so an inline
    /// object can contain itself (a property of `A` that is `allOf: [$ref A, …]`); each would nest a struct inside
    /// the last without end.
    var inlineObjectsInProgress: Set<ObjectIdentifier> = []

    init(document: SpecDocument, configuration: CodegenConfiguration) {
        self.document = document
        self.configuration = configuration
        unavailableTypeNames = GeneratedCodeNames.unavailableTypeNames(
            module: configuration.moduleName, clientModule: configuration.client?.module)
        var collector = DiagnosticCollector()
        names = TypeNameTable(
            document: document, renames: configuration.typeRenames, unavailable: unavailableTypeNames,
            diagnostics: &collector
        )
        diagnostics = collector
    }

    /// Every top-level type name: a nested type with one of these names may shadow it.
    lazy var topLevelNames: Set<String> = Set(document.schemas.map { names.typeName(for: $0).name })
    /// The top-level schema being translated.
    var currentRoot: NamedSchema?
    /// The names of the types each top-level schema can refer to (its `$ref` closure, itself included), by key.
    private var reachableNames: [SchemaKey: Set<String>] = [:]

    /// The name for an inline type nested in `owner`: the property's name, with `Value` appended when it would
    /// repeat the owner's name, take a name generated code uses, or shadow a top-level type that the enclosing
    /// top-level type can refer to (a nested `ToolCall` would make `ToolCall` mean the nested type there). Top-level
    /// types it cannot refer to do not count, so a type's Swift does not change when an unrelated schema is added,
    /// and a spec cut down to a few schemas (`letta-codegen extract`) generates the same nested names as the whole
    /// document.
    func nestedTypeName(_ base: String, inside owner: TypeName) -> TypeName {
        var name = base
        while name == owner.name || unavailableTypeNames.contains(name) || mayShadow(name) { name += "Value" }
        return owner.nested(name)
    }

    private func mayShadow(_ name: String) -> Bool {
        guard topLevelNames.contains(name) else { return false }
        guard let root = currentRoot else { return true }
        if let known = reachableNames[root.key] { return known.contains(name) }
        var reachable: Set<String> = [names.typeName(for: root).name]
        var seen: Set<SchemaKey> = [root.key]
        var queue = [root]
        while let named = queue.popLast() {
            for target in referenceTargets(of: named) where seen.insert(target.key).inserted {
                reachable.insert(names.typeName(for: target).name)
                queue.append(target)
            }
        }
        reachableNames[root.key] = reachable
        return reachable.contains(name)
    }

    /// The schemas a named schema's `$ref`s and mappings point at, found once per schema: every top-level type
    /// whose closure holds it asks again.
    private var referenceTargetsByKey: [SchemaKey: [NamedSchema]] = [:]

    private func referenceTargets(of named: NamedSchema) -> [NamedSchema] {
        if let known = referenceTargetsByKey[named.key] { return known }
        let targets = ReferenceCollector.references(in: named.schema).compactMap { resolve($0) }
        referenceTargetsByKey[named.key] = targets
        return targets
    }

    /// `SwiftNames.memberName`, spelled once per wire name: the same few names (`id`, `created_at`) recur in
    /// hundreds of schemas.
    func memberName(_ wireName: String) -> String {
        if let known = memberNames[wireName] { return known }
        let name = SwiftNames.memberName(wireName)
        memberNames[wireName] = name
        return name
    }

    private var memberNames: [String: String] = [:]

    func resolve(_ reference: SchemaReference) -> NamedSchema? {
        document.resolve(reference)
    }

    /// The type a reference's target is declared as.
    func typeName(for reference: SchemaReference) -> TypeName? {
        resolve(reference).map { names.typeName(for: $0) }
    }

    /// Where in the spec a schema is written, as generated documentation names it: its JSON pointer, preceded by
    /// its file's path (relative to the spec's folder) when that is not the spec itself.
    func origin(of schema: Schema) -> String {
        let file = schema.location.file
        guard file != document.path else { return schema.pointer }
        let folder = PathText.directory(of: document.path)
        let relative = !folder.isEmpty && file.hasPrefix(folder + "/") ? String(file.dropFirst(folder.count + 1)) : file
        return relative + schema.pointer
    }
}
