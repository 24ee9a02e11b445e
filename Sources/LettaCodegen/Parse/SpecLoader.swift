#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Loads an OpenAPI 3.0/3.1 document and every file its `$ref`s reach, resolving references as it goes.
///
/// YAML errors of the root file are fatal (thrown). Everything after that is collected: an unknown target or a
/// missing file is reported at the `$ref`'s own line:column and the rest of the document is still read.
package struct SpecLoader: Sendable {
    package var yamlLoader: YAMLLoader
    /// Whether a `$ref` may read another file. Off for specs from untrusted sources (and the fuzzer): a reference
    /// that names a file is then an error at its own line:column, and nothing outside the document is read.
    package var readsReferencedFiles: Bool

    package init(yamlLoader: YAMLLoader = YAMLLoader(), readsReferencedFiles: Bool = true) {
        self.yamlLoader = yamlLoader
        self.readsReferencedFiles = readsReferencedFiles
    }

    package struct Result: Sendable {
        package var document: SpecDocument
        package var diagnostics: [Diagnostic]
    }

    package func load(path: String) throws(DiagnosticsError) -> Result {
        let root = try yamlLoader.load(contentsOf: path)
        return try load(root: root, path: path)
    }

    /// Loads from an already-read root node (used for in-memory specs in tests and the plugin).
    package func load(root: YAMLNode, path: String) throws(DiagnosticsError) -> Result {
        var session = ResolutionSession(rootPath: path, rootNode: root, yamlLoader: yamlLoader)
        session.readsReferencedFiles = readsReferencedFiles
        let document = try session.run()
        return Result(document: document, diagnostics: session.parser.diagnostics.diagnostics)
    }
}

/// The state of one load: files read so far, schemas parsed per `file#pointer`, and the diagnostics.
private struct ResolutionSession {
    let rootPath: String
    let rootNode: YAMLNode
    let yamlLoader: YAMLLoader
    var parser = SchemaParser()
    var files: [String: YAMLNode?] = [:]
    var targets: [SchemaKey: NamedSchema] = [:]
    var externalSchemas: [NamedSchema] = []
    var pending: [Schema] = []
    var readsReferencedFiles = true

    init(rootPath: String, rootNode: YAMLNode, yamlLoader: YAMLLoader) {
        self.rootPath = rootPath
        self.rootNode = rootNode
        self.yamlLoader = yamlLoader
        files[rootPath] = rootNode
    }

    mutating func run() throws(DiagnosticsError) -> SpecDocument {
        guard let entries = rootNode.entries else {
            throw DiagnosticsError([
                .error(
                    "expected an OpenAPI document (a mapping), found \(rootNode.kindDescription)", at: rootNode.location
                )
            ])
        }
        let version = try openAPIVersion(entries)
        var schemas: [NamedSchema] = []
        if let components = rootNode["components"], let componentEntries = parser.mapping(components, context: "'components'") {
            if let schemasNode = componentEntries.first(where: { $0.key == "schemas" })?.value,
                let schemaEntries = parser.mapping(schemasNode, context: "'components/schemas'")
            {
                for entry in schemaEntries {
                    let pointer = "#/components/schemas/" + JSONPointer.escape(entry.key)
                    parser.resourcePointer = pointer
                    let schema = parser.parse(entry.value, at: pointer)
                    parser.resourcePointer = nil
                    let key = SchemaKey(rootPath + pointer)
                    let named = NamedSchema(name: entry.key, nameLocation: entry.keyLocation, schema: schema, key: key)
                    schemas.append(named)
                    targets[key] = named
                    pending.append(schema)
                }
            }
        }
        var operations: [SpecOperation] = []
        if let paths = rootNode["paths"], let pathEntries = parser.mapping(paths, context: "'paths'") {
            for pathEntry in pathEntries {
                operations += parseOperations(
                    path: pathEntry.key, item: pathEntry.value, at: "#/paths/" + JSONPointer.escape(pathEntry.key))
            }
        }
        // A path item's parameters are every operation's: their schemas are listed once.
        var seen = Set<ObjectIdentifier>()
        let operationSchemas = operations.flatMap(\.schemas).filter { seen.insert(ObjectIdentifier($0)).inserted }
        pending.append(contentsOf: operationSchemas)
        for reference in operations.compactMap(\.streamEvents) { resolve(reference) }
        resolvePending()
        detectReferenceCycles()
        return SpecDocument(
            path: rootPath,
            openAPIVersion: version,
            title: rootNode["info"]?["title"]?.stringValue,
            version: rootNode["info"]?["version"]?.stringValue,
            schemas: schemas + externalSchemas,
            schemasLocation: rootNode["components"]?.entry(for: "schemas")?.keyLocation
                ?? SourceLocation(file: rootPath, line: 1, column: 1),
            operationSchemas: operationSchemas,
            operations: operations,
            pathsLocation: rootNode.entry(for: "paths")?.keyLocation ?? SourceLocation(file: rootPath, line: 1, column: 1),
            servers: rootNode["servers"]?.elements?.compactMap { $0["url"]?.stringValue } ?? [],
            targets: targets
        )
    }

    private mutating func openAPIVersion(_ entries: YAMLMapping) throws(DiagnosticsError) -> String {
        if let swagger = entries.first(where: { $0.key == "swagger" }) {
            throw DiagnosticsError([.error("Swagger 2.0 documents are not supported; expected 'openapi: 3.x'", at: swagger.keyLocation)])
        }
        guard let entry = entries.first(where: { $0.key == "openapi" }) else {
            throw DiagnosticsError([.error("missing 'openapi' version; expected an OpenAPI 3.0 or 3.1 document", at: rootNode.location)])
        }
        let text: String
        switch entry.value.content {
        case .scalar(.string(let string)): text = string
        case .scalar(.double(let number)): text = String(number)
        default: text = ""
        }
        guard text.hasPrefix("3.0") || text.hasPrefix("3.1") else {
            throw DiagnosticsError([
                .error(
                    "unsupported OpenAPI version '\(entry.value.jsonText)'; expected 3.0.x or 3.1.x", at: entry.value.location
                )
            ])
        }
        return text
    }

    // MARK: Paths

    private static let operationKeys: Set<String> = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    /// The operations of one path item, written at `pointer` (`#/paths/~1v1~1conversations`).
    private mutating func parseOperations(path: String, item pathItem: YAMLNode, at pointer: String) -> [SpecOperation] {
        guard let entries = parser.mapping(pathItem, context: "a path item") else { return [] }
        let shared = entries.first { $0.key == "parameters" }.map { parseParameters($0.value, at: pointer + "/parameters") } ?? []
        var operations: [SpecOperation] = []
        for entry in entries where Self.operationKeys.contains(entry.key) {
            guard let fields = parser.mapping(entry.value, context: "an operation") else { continue }
            let operationPointer = pointer + "/" + entry.key
            var operation = SpecOperation(
                method: entry.key, path: path, operationID: nil, tags: [], summary: nil, description: nil, deprecated: false,
                parameters: shared, requestBody: nil, responses: [], location: entry.keyLocation, pointer: operationPointer,
                streamEvents: nil
            )
            for field in fields {
                let fieldPointer = operationPointer + "/" + JSONPointer.escape(field.key)
                switch field.key {
                case "operationId": operation.operationID = parser.string(field.value, context: "'operationId'")
                case "tags": operation.tags = parser.sequence(field.value, context: "'tags'").map { $0.compactMap(\.stringValue) } ?? []
                case "summary": operation.summary = parser.string(field.value, context: "'summary'")
                case "description": operation.description = parser.string(field.value, context: "'description'")
                case "deprecated": operation.deprecated = parser.bool(field.value, context: "'deprecated'") ?? false
                case "parameters":
                    for parameter in parseParameters(field.value, at: fieldPointer) {
                        operation.parameters.removeAll { $0.name == parameter.name && $0.place == parameter.place }
                        operation.parameters.append(parameter)
                    }
                case "requestBody":
                    let body = resolvedComponent(field.value, kind: "requestBodies", at: fieldPointer)
                    operation.requestBody = SpecRequestBody(
                        required: body.node["required"].flatMap { parser.bool($0, context: "'required'") } ?? false,
                        description: body.node["description"]?.stringValue,
                        contents: parseContents(body.node, at: body.pointer),
                        location: field.keyLocation
                    )
                case "responses":
                    guard let responses = parser.mapping(field.value, context: "'responses'") else { break }
                    for response in responses {
                        let resolved = resolvedComponent(
                            response.value, kind: "responses", at: fieldPointer + "/" + JSONPointer.escape(response.key))
                        operation.responses.append(
                            OperationResponse(
                                status: response.key, description: resolved.node["description"]?.stringValue,
                                contents: parseContents(resolved.node, at: resolved.pointer), location: response.keyLocation
                            ))
                    }
                case "x-stream-events":
                    if let target = field.value["$ref"].flatMap({ parser.string($0, context: "'x-stream-events' '$ref'") }) {
                        operation.streamEvents = SchemaReference(target: target, location: field.value.location)
                    } else {
                        parser.diagnostics.error(
                            "expected {$ref: '#/components/schemas/…'} for 'x-stream-events'", at: field.value.location)
                    }
                default:
                    break
                }
            }
            operations.append(operation)
        }
        return operations
    }

    /// A node that may be a `$ref` to `#/components/<kind>/<name>` of the root file: the node it stands for and its
    /// pointer.
    private mutating func resolvedComponent(_ node: YAMLNode, kind: String, at pointer: String = "") -> (node: YAMLNode, pointer: String) {
        guard let target = node["$ref"]?.stringValue else { return (node, pointer) }
        let prefix = "#/components/\(kind)/"
        guard target.hasPrefix(prefix), let resolved = rootNode["components"]?[kind]?[String(target.dropFirst(prefix.count))] else {
            parser.diagnostics.error("unknown '$ref' target '\(target)': expected '\(prefix)…' of this document", at: node.location)
            return (node, pointer)
        }
        return (resolved, target)
    }

    private mutating func parseParameters(_ node: YAMLNode, at pointer: String) -> [OperationParameter] {
        guard let parameters = parser.sequence(node, context: "'parameters'") else { return [] }
        var parsed: [OperationParameter] = []
        for (index, element) in parameters.enumerated() {
            let (parameter, parameterPointer) = resolvedComponent(element, kind: "parameters", at: pointer + "/" + String(index))
            guard let fields = parser.mapping(parameter, context: "a parameter"),
                let name = fields.first(where: { $0.key == "name" }).flatMap({ parser.string($0.value, context: "a parameter's 'name'") })
            else { continue }
            let placeText = parameter["in"].flatMap { parser.string($0, context: "a parameter's 'in'") } ?? ""
            guard let place = OperationParameter.Place(rawValue: placeText) else {
                parser.diagnostics.error(
                    "parameter '\(name)' has 'in: \(placeText)'; expected path, query, header or cookie", at: parameter.location)
                continue
            }
            parsed.append(
                OperationParameter(
                    name: name, place: place,
                    required: place == .path || (parameter["required"].flatMap { parser.bool($0, context: "'required'") } ?? false),
                    schema: parameter["schema"].map { parser.parse($0, at: parameterPointer + "/schema") },
                    description: parameter["description"]?.stringValue,
                    deprecated: parameter["deprecated"].flatMap { parser.bool($0, context: "'deprecated'") } ?? false,
                    explode: parameter["explode"].flatMap { parser.bool($0, context: "'explode'") },
                    location: parameter.location
                ))
        }
        return parsed
    }

    private mutating func parseContents(_ node: YAMLNode, at pointer: String) -> [MediaContent] {
        guard let content = node["content"]?.entries else { return [] }
        return content.map { mediaType in
            MediaContent(
                mediaType: mediaType.key,
                schema: mediaType.value["schema"].map {
                    parser.parse($0, at: pointer + "/content/" + JSONPointer.escape(mediaType.key) + "/schema")
                }
            )
        }
    }

    // MARK: References

    private mutating func resolvePending() {
        while let schema = pending.popLast() {
            visitReferences(in: schema)
        }
    }

    private mutating func visitReferences(in schema: Schema) {
        if let reference = schema.reference { resolve(reference) }
        for property in schema.properties { visitReferences(in: property.schema) }
        if let items = schema.items { visitReferences(in: items) }
        if case .schema(let additional) = schema.additionalProperties { visitReferences(in: additional) }
        schema.forEachComposedMember { visitReferences(in: $0) }
        for entry in schema.discriminator?.mapping ?? [] {
            // A mapping value may be a bare schema name (OpenAPI allows it); only pointers are resolved here.
            if entry.isPointer {
                resolve(entry.reference)
            }
        }
    }

    private mutating func resolve(_ reference: SchemaReference) {
        let key = ReferenceTarget.key(for: reference)
        if targets[key] != nil { return }
        let (file, pointer) = ReferenceTarget.split(reference)
        guard let tokens = ReferenceTarget.tokens(of: pointer) else {
            parser.diagnostics.error("'$ref' fragment '\(pointer)' is not a JSON pointer", at: reference.location)
            return
        }
        guard let fileRoot = loadFile(file, for: reference) else { return }
        var node = fileRoot
        for (depth, token) in tokens.enumerated() {
            let next: YAMLNode?
            switch node.content {
            case .mapping: next = node[token]
            case .sequence(let elements): next = Int(token).flatMap { $0 >= 0 && $0 < elements.count ? elements[$0] : nil }
            case .scalar: next = nil
            }
            guard let next else {
                let parent = "/" + tokens.prefix(depth).joined(separator: "/")
                let inFile = file == reference.location.file ? "" : " in '\(file)'"
                parser.diagnostics.error(
                    "unknown '$ref' target '\(reference.target)': no '\(token)' under '\(parent)'\(inFile)",
                    at: reference.location
                )
                return
            }
            node = next
        }
        let targetPointer = "#" + tokens.map { "/" + JSONPointer.escape($0) }.joined()
        parser.resourcePointer = targetPointer
        let schema = parser.parse(node, at: targetPointer)
        parser.resourcePointer = nil
        let name = tokens.last ?? Self.fileStem(file)
        let named = NamedSchema(name: name, nameLocation: node.location, schema: schema, key: key)
        targets[key] = named
        if file != rootPath { externalSchemas.append(named) }
        pending.append(schema)
    }

    private mutating func loadFile(_ file: String, for reference: SchemaReference) -> YAMLNode? {
        if let cached = files[file] { return cached }
        guard readsReferencedFiles else {
            parser.diagnostics.error(
                "cannot resolve '$ref' '\(reference.target)': references to other files are turned off", at: reference.location
            )
            return nil
        }
        do {
            let node = try yamlLoader.load(contentsOf: file)
            files[file] = node
            return node
        } catch {
            files[file] = .some(nil)
            if let first = error.diagnostics.first, first.message.hasPrefix("no such file") || first.message.hasPrefix("cannot read") {
                parser.diagnostics.error("cannot resolve '$ref' '\(reference.target)': \(first.message)", at: reference.location)
            } else {
                parser.diagnostics.error("cannot resolve '$ref' '\(reference.target)': '\(file)' has errors", at: reference.location)
                parser.diagnostics.emit(contentsOf: error.diagnostics)
            }
            return nil
        }
    }

    /// Reports each chain of reference-only schemas that comes back to itself, once, at the first `$ref` in it.
    private mutating func detectReferenceCycles() {
        var reported = Set<String>()
        // Only a schema that is nothing but a `$ref` can start a chain.
        for (key, named) in targets.filter({ $0.value.schema.isReferenceOnly }).sorted(by: { $0.key < $1.key }) {
            var chain: [SchemaKey] = [key]
            var current = named.schema
            while let reference = current.reference, current.isReferenceOnly {
                let nextKey = ReferenceTarget.key(for: reference)
                if let start = chain.firstIndex(of: nextKey) {
                    let cycle = Array(chain[start...])
                    let canonical = cycle.map(\.text).sorted().joined(separator: " ")
                    if start == 0, reported.insert(canonical).inserted {
                        let names = (cycle + [nextKey]).map { targets[$0]?.name ?? $0.text }
                        parser.diagnostics.error(
                            "'$ref' cycle: \(names.joined(separator: " -> ")) never reaches a schema",
                            at: named.schema.reference?.location ?? named.nameLocation
                        )
                    }
                    break
                }
                guard let next = targets[nextKey] else { break }
                chain.append(nextKey)
                current = next.schema
            }
        }
    }

    private static func fileStem(_ file: String) -> String {
        let last = PathText.lastComponent(of: file)
        return last.split(separator: ".").first.map(String.init) ?? last
    }
}
