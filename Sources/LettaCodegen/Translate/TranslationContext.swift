/// Shared state of one translation: the resolved document, the name table, the config and the diagnostics.
/// Each translation rule is an extension of this type in its own file.
final class TranslationContext {
    let document: SpecDocument
    let configuration: CodegenConfiguration
    var names: TypeNameTable
    var diagnostics = DiagnosticCollector()
    /// Legacy discriminator values accepted by a member type, by member key and property (from union mappings).
    var discriminatorAliases: [String: [String: [String]]] = [:]
    /// Each discriminator's mapping as (value, target key), by the discriminator's location.
    var mappingTargetKeysByDiscriminator: [SourceLocation: [(value: String, key: String)]] = [:]

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

    /// Every top-level type name, so nested types never shadow one (a nested `ToolCall` inside a struct would make
    /// `ToolCall` mean the nested type there, and a member referring to the top-level one would refer to itself).
    lazy var topLevelNames: Set<String> = Set(document.schemas.map { names.name(for: $0) })

    /// The name for an inline type nested in `owner`: the property's name, with `Value` appended when it would
    /// shadow a top-level type or repeat the owner's name.
    func nestedTypeName(_ base: String, inside owner: String) -> String {
        var name = base
        while name == owner || topLevelNames.contains(name) || TypeNameTable.runtimeTypeNames.contains(name) { name += "Value" }
        return name
    }

    func resolve(_ reference: SchemaReference) -> NamedSchema? {
        document.resolve(reference)
    }

    /// The Swift name of the type a reference points at.
    func typeName(for reference: SchemaReference) -> String? {
        resolve(reference).map { names.referenceName(for: $0) }
    }
}
