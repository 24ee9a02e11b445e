/// Cuts a self-contained spec out of a large OpenAPI document: the named root schemas and every schema their
/// `$ref`s (and discriminator mappings) reach, in the document's order, unchanged.
///
/// Schemas keep their names, their order and every keyword, so the result generates the same Swift for those types
/// as the whole document does unless a type's name depends on a schema left out (colliding names are numbered in
/// document order; a `module__Name` is shortened only when unique). Integers beyond 64 bits were read as the
/// nearest `Double` and are written so.
package struct SchemaExtractor: Sendable {
    package init() {}

    package struct Extract: Sendable {
        /// The schema names kept, in document order.
        package var schemaNames: [String]
        /// The new document.
        package var document: YAMLNode
        /// The document as YAML text, with a comment that says where it came from.
        package var yaml: String

        /// The extract as the generator will read it: `yaml` loaded back under the name `file` (the nodes of
        /// `document` still carry the source document's locations).
        package func loaded(as file: String) throws(DiagnosticsError) -> SpecDocument {
            let root = try YAMLLoader().load(bytes: Array(yaml.utf8), file: file)
            return try SpecLoader(readsReferencedFiles: false).load(root: root, path: file).document
        }
    }

    private static let schemaPrefix = "#/components/schemas/"

    /// - Parameters:
    ///   - root: the loaded document.
    ///   - roots: schema names; a name the document has only as `X-Input` and `X-Output` (FastAPI's split of a model
    ///     that reads and writes differently) takes both.
    ///   - sourceName: how the header comment names the source document.
    package func extract(from root: YAMLNode, roots: [String], sourceName: String) throws(DiagnosticsError) -> Extract {
        let start = SourceLocation(file: root.location.file, line: 1, column: 1)
        guard let schemasEntry = root["components"]?.entry(for: "schemas"), let entries = schemasEntry.value.entries else {
            throw DiagnosticsError([.error("the document has no 'components/schemas' to extract from", at: start)])
        }
        let byName = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        var kept = Set<String>()
        var queue: [String] = []
        var rootNames: [String] = []
        for name in roots {
            // FastAPI documents split a model that reads and writes differently into `X-Input` and `X-Output`.
            let split = [name + "-Input", name + "-Output"].filter { byName[$0] != nil }
            let found = byName[name] != nil ? [name] : split
            guard !found.isEmpty else {
                let lowered = name.lowercased()
                let similar = entries.map(\.key).filter { $0.lowercased().contains(lowered) }.prefix(5)
                let hint = similar.isEmpty ? "" : " (similar: " + similar.joined(separator: ", ") + ")"
                diagnostics.append(.error("'\(name)' is not a schema of components/schemas\(hint)", at: schemasEntry.keyLocation))
                continue
            }
            for root in found where kept.insert(root).inserted {
                queue.append(root)
                rootNames.append(root)
            }
        }
        while let name = queue.popLast() {
            guard let entry = byName[name] else { continue }
            for reference in Self.references(in: entry.value) {
                guard let target = Self.schemaName(of: reference.text) else {
                    diagnostics.append(
                        .error(
                            "'\(reference.text)' points outside components/schemas; extract only follows references to schemas",
                            at: reference.location
                        ))
                    continue
                }
                guard byName[target] != nil else {
                    diagnostics.append(.error("'\(reference.text)' does not name a schema of the document", at: reference.location))
                    continue
                }
                if kept.insert(target).inserted { queue.append(target) }
            }
        }
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics.sorted { $0.location < $1.location }) }

        let keptEntries = entries.filter { kept.contains($0.key) }
        let document = Self.document(from: root, schemas: keptEntries)
        let header =
            "# Extracted by `letta-codegen extract` from \(sourceName): the schemas "
            + rootNames.joined(separator: ", ") + " and the \(keptEntries.count - rootNames.count) they reference.\n"
        return Extract(schemaNames: keptEntries.map(\.key), document: document, yaml: header + YAMLEmitter.document(document))
    }

    /// Warnings for the kept schemas whose Swift type name differs between the whole document and the extract (a
    /// name numbered or shortened because of a schema left out), at the schema's place in the whole document.
    package static func nameChanges(
        whole: SpecDocument, extract: SpecDocument, request: GenerationRequest? = nil
    ) -> [Diagnostic] {
        let request = request ?? GenerationRequest(specPath: whole.path, module: .fromSpecTitle)
        func table(_ document: SpecDocument) -> TypeNameTable {
            var ignored = DiagnosticCollector()
            let configuration = request.configuration(forTitle: document.title)
            return TypeNameTable(
                document: document, renames: configuration.typeRenames,
                unavailable: GeneratedCodeNames.unavailableTypeNames(module: configuration.moduleName), diagnostics: &ignored
            )
        }
        let wholeNames = table(whole)
        let extractNames = table(extract)
        var warnings: [Diagnostic] = []
        for named in extract.schemas {
            guard let original = whole.schema(named: named.name) else { continue }
            let before = wholeNames.typeName(for: original).name
            let after = extractNames.typeName(for: named).name
            if before != after {
                warnings.append(
                    .warning(
                        "'\(named.name)' generates '\(after)' in the extract but '\(before)' in the whole document: "
                            + "its name depends on schemas left out; keep them too, or rename it in the codegen config",
                        at: original.nameLocation
                    ))
            }
        }
        return warnings
    }

    /// `openapi`, `info` (title and version), empty `paths`, and the kept schemas.
    private static func document(from root: YAMLNode, schemas: [YAMLMappingEntry]) -> YAMLNode {
        let at = root.location
        func entry(_ key: String, _ value: YAMLNode) -> YAMLMappingEntry {
            YAMLMappingEntry(key: key, keyLocation: at, value: value)
        }
        var info: [YAMLMappingEntry] = []
        for key in ["title", "version"] {
            if let value = root["info"]?[key] { info.append(entry(key, value)) }
        }
        let openAPI = root["openapi"] ?? .scalar(.string("3.1.0"), at: at)
        return .mapping(
            [
                entry("openapi", openAPI),
                entry("info", .mapping(info, at: at)),
                entry("paths", .mapping([], at: at)),
                entry("components", .mapping([entry("schemas", .mapping(schemas, at: at))], at: at)),
            ], at: at)
    }

    /// Every `$ref` value and discriminator mapping target inside a schema.
    static func references(in node: YAMLNode) -> [(text: String, location: SourceLocation)] {
        var result: [(text: String, location: SourceLocation)] = []
        func visit(_ node: YAMLNode) {
            switch node.content {
            case .scalar: break
            case .sequence(let elements): elements.forEach(visit)
            case .mapping(let entries):
                for entry in entries {
                    if entry.key == "$ref", let text = entry.value.stringValue {
                        result.append((text, entry.value.location))
                    } else if entry.key == "mapping", node["propertyName"] != nil, let mapping = entry.value.entries {
                        for target in mapping {
                            guard let text = target.value.stringValue else { continue }
                            // A bare name is a schema name (OpenAPI allows both forms).
                            let pointer = text.contains("#") || text.contains("/") ? text : schemaPrefix + text
                            result.append((pointer, target.value.location))
                        }
                    } else {
                        visit(entry.value)
                    }
                }
            }
        }
        visit(node)
        return result
    }

    /// `X` for `#/components/schemas/X` (and for pointers into X); nil for any other target.
    static func schemaName(of reference: String) -> String? {
        guard reference.hasPrefix(schemaPrefix),
            let tokens = ReferenceTarget.tokens(of: String(reference.dropFirst())), tokens.count >= 3
        else { return nil }
        return tokens[2]
    }
}
