/// Translates a resolved document into one Swift file per top-level type.
package struct ModelTranslator: Sendable {
    package var configuration: CodegenConfiguration

    package init(configuration: CodegenConfiguration = CodegenConfiguration()) {
        self.configuration = configuration
    }

    package struct Output: Sendable {
        package var files: [SwiftFile]
        /// The spec's own `example`/`examples` of each top-level type, by type name.
        package var examples: [String: [YAMLNode]]
        /// The schema each top-level type was translated from, by type name.
        package var origins: [String: NamedSchema]
        /// The client of the spec's operations, when the config asks for one.
        package var client: ClientDeclaration?
        package var diagnostics: [Diagnostic]
    }

    package func translate(_ document: SpecDocument) -> Output {
        let context = TranslationContext(document: document, configuration: configuration)
        context.collectDiscriminatorAliases()
        let roots = rootSchemas(document, diagnostics: &context.diagnostics)
        var declarations: [Declaration] = []
        var examples: [String: [YAMLNode]] = [:]
        var origins: [String: NamedSchema] = [:]
        for named in roots {
            guard let declaration = context.topLevelDeclaration(for: named) else { continue }
            declarations.append(declaration)
            origins[declaration.name.name] = named
            if !named.schema.examples.isEmpty { examples[declaration.name.name] = named.schema.examples }
        }
        declarations = RecursionRule.markIndirectUnions(declarations)
        let files = declarations.map { SwiftFile(fileName: $0.name.name + ".swift", declaration: $0) }
        var client: ClientDeclaration?
        if let settings = configuration.client {
            var models: [TypeName: Declaration] = [:]
            for declaration in declarations { declaration.forEachDeclaration { models[$0.name] = $0 } }
            client = context.clientDeclaration(settings: settings, models: models)
        }
        return Output(
            files: files, examples: examples, origins: origins, client: client, diagnostics: context.diagnostics.diagnostics)
    }

    /// The configured roots plus everything they reference, in document order; all schemas when none are configured.
    private func rootSchemas(_ document: SpecDocument, diagnostics: inout DiagnosticCollector) -> [NamedSchema] {
        guard !configuration.roots.isEmpty else { return document.schemas }
        var reachable = Set<SchemaKey>()
        var queue: [Schema] = []
        for root in configuration.roots {
            guard let named = document.schema(named: root) else {
                diagnostics.error(
                    "configured root '\(root)' is not a schema of the spec",
                    at: SourceLocation(file: configuration.path ?? document.path, line: 1, column: 1))
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
            result.append(
                entry.isPointer
                    ? entry.reference
                    : SchemaReference(
                        target: "#/components/schemas/" + entry.reference.target, location: entry.reference.location
                    ))
        }
    }
}

/// Unions that can contain themselves (through any chain of members and properties) become `indirect`.
enum RecursionRule {
    /// Marks every union that contains itself, through any chain of properties, payloads, aliases and nested types,
    /// as `indirect`: the members of one strongly connected component of the reference graph, or a union that
    /// names itself.
    static func markIndirectUnions(_ declarations: [Declaration]) -> [Declaration] {
        var graph = ReferenceGraph()
        for declaration in declarations {
            declaration.forEachDeclaration { graph.addEdges(of: $0) }
        }
        let onCycle = graph.nodesOnCycles()
        return declarations.map { declaration in
            declaration.updatingUnions { name, union in
                union.isIndirect = graph.ids[name].map { onCycle[$0] } ?? false
            }
        }
    }

    /// Declarations by type name, each with the types its members refer to and the types nested in it.
    private struct ReferenceGraph {
        var ids: [TypeName: Int] = [:]
        var successors: [[Int]] = []

        mutating func id(of name: TypeName) -> Int {
            if let known = ids[name] { return known }
            ids[name] = successors.count
            successors.append([])
            return successors.count - 1
        }

        mutating func addEdges(of declaration: Declaration) {
            let source = id(of: declaration.name)
            var targets = declaration.referencedTypes.flatMap(\.namedTypes)
            targets += declaration.nested.map(\.name)
            for target in targets {
                let targetID = id(of: target)
                successors[source].append(targetID)
            }
        }

        /// Whether each node lies on a cycle: Tarjan's strongly connected components, iteratively.
        func nodesOnCycles() -> [Bool] {
            let count = successors.count
            var index = Array(repeating: -1, count: count)
            var lowLink = Array(repeating: 0, count: count)
            var onStack = Array(repeating: false, count: count)
            var stack: [Int] = []
            var onCycle = Array(repeating: false, count: count)
            var nextIndex = 0
            // The depth-first path: each node with the position of the next successor to visit.
            var path: [(node: Int, next: Int)] = []
            for root in 0..<count where index[root] < 0 {
                path.append((root, 0))
                index[root] = nextIndex
                lowLink[root] = nextIndex
                nextIndex += 1
                stack.append(root)
                onStack[root] = true
                while let (node, next) = path.last {
                    if next < successors[node].count {
                        path[path.count - 1].next += 1
                        let successor = successors[node][next]
                        if successor == node { onCycle[node] = true }
                        if index[successor] < 0 {
                            index[successor] = nextIndex
                            lowLink[successor] = nextIndex
                            nextIndex += 1
                            stack.append(successor)
                            onStack[successor] = true
                            path.append((successor, 0))
                        } else if onStack[successor] {
                            lowLink[node] = min(lowLink[node], index[successor])
                        }
                        continue
                    }
                    path.removeLast()
                    if let parent = path.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                    guard lowLink[node] == index[node] else { continue }
                    var component: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component.append(member)
                        if member == node { break }
                    }
                    if component.count > 1 { for member in component { onCycle[member] = true } }
                }
            }
            return onCycle
        }
    }
}
