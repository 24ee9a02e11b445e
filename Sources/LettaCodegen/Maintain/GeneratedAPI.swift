/// The Swift API one spec generates, as declarations (not text), with the schema each top-level type came from:
/// what `letta-codegen diff` compares.
package struct GeneratedAPI: Sendable {
    package var document: SpecDocument
    /// Top-level declarations in generation order.
    package var declarations: [Declaration]
    /// The schema each top-level type was translated from, by type name.
    package var origins: [String: NamedSchema]
    /// The client of the spec's operations: as configured, else as a default client config would generate it.
    package var client: ClientDeclaration?
    /// Warnings of loading, validation and translation (errors are thrown).
    package var diagnostics: [Diagnostic]

    /// Loads, checks and translates the spec at `path` exactly as `generate` does for `request` (its config and
    /// module), without rendering.
    package static func load(path: String, request: GenerationRequest) throws(DiagnosticsError) -> GeneratedAPI {
        let loaded = try SpecLoader().load(path: path)
        var configuration = request.configuration(forTitle: loaded.document.title)
        if configuration.client == nil && !loaded.document.operations.isEmpty {
            configuration.client = CodegenConfiguration.ClientSettings(module: configuration.moduleName + "Client")
        }
        let generator = ModelGenerator(configuration: configuration)
        let (translation, collector) = try generator.translate(document: loaded.document, loadDiagnostics: loaded.diagnostics)
        return GeneratedAPI(
            document: loaded.document, declarations: translation.files.map(\.declaration), origins: translation.origins,
            client: translation.client, diagnostics: collector.sorted
        )
    }

    /// `load(path:request:)` with the default settings, the module named after the spec's title.
    package static func load(path: String) throws(DiagnosticsError) -> GeneratedAPI {
        try load(path: path, request: GenerationRequest(specPath: path, module: .fromSpecTitle))
    }

    // MARK: Where things are written

    /// Where the top-level type `name` is declared in the spec (its schema's name); for a type this spec does not
    /// have, where its schemas are.
    func location(ofType name: String?) -> SourceLocation {
        name.flatMap { origins[$0]?.nameLocation } ?? document.schemasLocation
    }

    /// The property `wireName` of the schema behind `typePath` (a top-level type; nested types answer with their
    /// top-level type's schema), looking through `allOf` parts and `$ref`s.
    func property(_ wireName: String, ofType typePath: [String]) -> SchemaProperty? {
        guard typePath.count == 1, let schema = origins[typePath[0]]?.schema else { return nil }
        return property(wireName, in: schema, depth: 0)
    }

    private func property(_ wireName: String, in schema: Schema, depth: Int) -> SchemaProperty? {
        guard depth < 32, let resolved = document.dereference(schema) else { return nil }
        if let own = resolved.property(named: wireName) { return own }
        for part in resolved.allOf ?? [] {
            if let found = property(wireName, in: part, depth: depth + 1) { return found }
        }
        return nil
    }

    /// Where the enum value `rawValue` of the top-level type is written.
    func location(ofEnumValue rawValue: String, inType typePath: [String]) -> SourceLocation? {
        guard typePath.count == 1, let schema = origins[typePath[0]]?.schema,
            let resolved = document.dereference(schema)
        else { return nil }
        let values = resolved.enumValues ?? resolved.anyOf?.compactMap { document.dereference($0)?.enumValues }.first
        return values?.first { $0.stringValue == rawValue }?.location
    }

    /// Where the union member whose payload is the top-level type `payloadType` is listed, or where a
    /// discriminator mapping names `tag`.
    func location(ofMember payloadType: String?, tag: String?, inUnion typePath: [String]) -> SourceLocation? {
        guard typePath.count == 1, let schema = origins[typePath[0]]?.schema,
            let resolved = document.dereference(schema)
        else { return nil }
        if let tag, let entry = resolved.discriminator?.mapping.first(where: { $0.value == tag }) {
            return entry.reference.location
        }
        guard let payloadType, let payloadKey = origins[payloadType]?.key else { return nil }
        for member in (resolved.oneOf ?? []) + (resolved.anyOf ?? []) {
            if let reference = member.reference, document.resolve(reference)?.key == payloadKey {
                return reference.location
            }
        }
        return nil
    }
}
