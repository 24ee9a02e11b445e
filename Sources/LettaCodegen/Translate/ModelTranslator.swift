/// Translates a resolved document into one Swift file per top-level type.
public struct ModelTranslator: Sendable {
    public var configuration: CodegenConfiguration

    public init(configuration: CodegenConfiguration = CodegenConfiguration()) {
        self.configuration = configuration
    }

    public struct Output: Sendable {
        public var files: [SwiftFile]
        /// The spec's own `example`/`examples` of each top-level type, by type name.
        public var examples: [String: [YAMLNode]]
        /// The schema each top-level type was translated from, by type name.
        public var origins: [String: NamedSchema]
        public var diagnostics: [Diagnostic]
    }

    public func translate(_ document: SpecDocument) -> Output {
        let context = TranslationContext(document: document, configuration: configuration)
        context.collectDiscriminatorAliases()
        let roots = rootSchemas(document, diagnostics: &context.diagnostics)
        var declarations: [Declaration] = []
        var examples: [String: [YAMLNode]] = [:]
        var origins: [String: NamedSchema] = [:]
        for named in roots {
            if let declaration = context.topLevelDeclaration(for: named) {
                declarations.append(declaration)
                origins[declaration.name] = named
                if !named.schema.examples.isEmpty { examples[declaration.name] = named.schema.examples }
            }
        }
        declarations = RecursionRule.markIndirectUnions(declarations)
        let files = declarations.map { SwiftFile(fileName: $0.name + ".swift", declaration: $0) }
        return Output(files: files, examples: examples, origins: origins, diagnostics: context.diagnostics.diagnostics)
    }

    /// The configured roots plus everything they reference, in document order; all schemas when none are configured.
    private func rootSchemas(_ document: SpecDocument, diagnostics: inout DiagnosticCollector) -> [NamedSchema] {
        guard !configuration.roots.isEmpty else { return document.schemas }
        var reachable = Set<SchemaKey>()
        var queue: [Schema] = []
        for root in configuration.roots {
            guard let named = document.schema(named: root) else {
                diagnostics.error("configured root '\(root)' is not a schema of the spec", at: SourceLocation(file: configuration.path ?? document.path, line: 1, column: 1))
                continue
            }
            if reachable.insert(named.key).inserted { queue.append(named.schema) }
        }
        while let schema = queue.popLast() {
            for reference in ReferenceCollector.references(in: schema) {
                guard let target = document.resolve(reference), reachable.insert(target.key).inserted else { continue }
                queue.append(target.schema)
            }
        }
        return document.schemas.filter { reachable.contains($0.key) }
    }
}

/// Every `$ref` inside a schema and every schema its discriminator mappings name (not following them).
enum ReferenceCollector {
    static func references(in schema: Schema) -> [SchemaReference] {
        var result: [SchemaReference] = []
        collect(schema, into: &result)
        return result
    }

    private static func collect(_ schema: Schema, into result: inout [SchemaReference]) {
        if let reference = schema.reference { result.append(reference) }
        for property in schema.properties { collect(property.schema, into: &result) }
        if let items = schema.items { collect(items, into: &result) }
        if case .schema(let additional) = schema.additionalProperties { collect(additional, into: &result) }
        schema.forEachComposedMember { collect($0, into: &result) }
        // A mapping entry names its schema by pointer or by bare name (OpenAPI allows both); either becomes a case.
        for entry in schema.discriminator?.mapping ?? [] {
            result.append(entry.isPointer ? entry.reference : SchemaReference(
                target: "#/components/schemas/" + entry.reference.target, location: entry.reference.location
            ))
        }
    }
}

/// Unions that can contain themselves (through any chain of members and properties) become `indirect`.
enum RecursionRule {
    static func markIndirectUnions(_ declarations: [Declaration]) -> [Declaration] {
        var edges: [String: Set<String>] = [:]
        for declaration in declarations { addEdges(declaration, prefix: "", into: &edges) }
        return declarations.map { mark($0, prefix: "", edges: edges) }
    }

    private static func qualified(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : prefix + "." + name
    }

    private static func addEdges(_ declaration: Declaration, prefix: String, into edges: inout [String: Set<String>]) {
        let name = qualified(prefix, declaration.name)
        var targets = Set<String>()
        let nestedNames = Set(declaration.nestedDeclarations.map(\.name))
        func add(_ type: SwiftType) {
            switch type {
            case .named(let target): targets.insert(nestedNames.contains(target) ? qualified(name, target) : target)
            case .array(let element), .dictionary(let element), .optional(let element), .nullable(let element): add(element)
            default: break
            }
        }
        switch declaration {
        case .structure(let structure): structure.properties.forEach { add($0.type) }
        case .union(let union): union.cases.forEach { add($0.payload) }
        case .typeAlias(let alias): add(alias.target)
        case .openEnum: break
        }
        edges[name, default: []].formUnion(targets)
        for nested in declaration.nestedDeclarations {
            edges[name, default: []].insert(qualified(name, nested.name))
            addEdges(nested, prefix: name, into: &edges)
        }
    }

    private static func mark(_ declaration: Declaration, prefix: String, edges: [String: Set<String>]) -> Declaration {
        let name = qualified(prefix, declaration.name)
        switch declaration {
        case .union(var union):
            union.isIndirect = reaches(from: name, to: name, edges: edges)
            union.nested = union.nested.map { mark($0, prefix: name, edges: edges) }
            return .union(union)
        case .structure(var structure):
            structure.nested = structure.nested.map { mark($0, prefix: name, edges: edges) }
            return .structure(structure)
        case .typeAlias(var alias):
            alias.nested = alias.nested.map { mark($0, prefix: name, edges: edges) }
            return .typeAlias(alias)
        case .openEnum:
            return declaration
        }
    }

    private static func reaches(from start: String, to goal: String, edges: [String: Set<String>]) -> Bool {
        var stack = Array(edges[start] ?? [])
        var seen = Set<String>()
        while let next = stack.popLast() {
            if next == goal { return true }
            guard seen.insert(next).inserted else { continue }
            stack.append(contentsOf: edges[next] ?? [])
        }
        return false
    }
}
