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
        declarations.reserveCapacity(roots.count)
        origins.reserveCapacity(roots.count)
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
        let properties = schema.properties
        for index in properties.indices { collect(properties[index].schema, into: &result) }
        if let items = schema.items { collect(items, into: &result) }
        if case .schema(let additional) = schema.additionalProperties { collect(additional, into: &result) }
        if schema.oneOf != nil || schema.anyOf != nil || schema.allOf != nil {
            schema.forEachComposedMember { collect($0, into: &result) }
        }
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
    /// Marks every union that contains itself, through any chain of properties, payloads, aliases and nested types,
    /// as `indirect`: the members of one strongly connected component of the reference graph, or a union that
    /// names itself.
    static func markIndirectUnions(_ declarations: [Declaration]) -> [Declaration] {
        var graph = ReferenceGraph()
        graph.ids.reserveCapacity(2 * declarations.count)
        for declaration in declarations { graph.addEdges(declaration, prefix: "") }
        let onCycle = graph.nodesOnCycles()
        // Most documents have no union that contains itself: then nothing changes, and nothing is rebuilt.
        guard graph.unionNodes.contains(where: { onCycle[$0] }) else { return declarations }
        return declarations.map { mark($0, prefix: "", graph: graph, onCycle: onCycle) }
    }

    private static func qualified(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : prefix + "." + name
    }

    /// Declarations by qualified name (`Outer.Inner`), each with the names its members refer to.
    private struct ReferenceGraph {
        var ids: [String: Int] = [:]
        var successors: [[Int]] = []
        /// The nodes that are unions: only they can become `indirect`.
        var unionNodes: [Int] = []

        mutating func id(of name: String) -> Int {
            // One lookup: the default is stored when the name is new.
            let next = successors.count
            let id = Self.read(&ids[name, default: next])
            if id == next { successors.append([]) }
            return id
        }

        private static func read(_ value: inout Int) -> Int { value }

        mutating func addEdges(_ declaration: Declaration, prefix: String) {
            let name = qualified(prefix, declaration.name)
            let source = id(of: name)
            if case .union = declaration { unionNodes.append(source) }
            let nested = declaration.nestedDeclarations
            var targets: [Int] = []
            func add(_ type: SwiftType) {
                switch type {
                case .named(let target):
                    // Most declarations nest nothing or a few types: a scan, no set.
                    let isNested = !nested.isEmpty && nested.contains { $0.name == target }
                    targets.append(id(of: isNested ? qualified(name, target) : target))
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
            for inner in nested {
                targets.append(id(of: qualified(name, inner.name)))
                addEdges(inner, prefix: name)
            }
            successors[source].append(contentsOf: targets)
        }

        /// Whether each node lies on a cycle: Tarjan's strongly connected components, iteratively, in one pass.
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
                index[root] = nextIndex; lowLink[root] = nextIndex; nextIndex += 1
                stack.append(root); onStack[root] = true
                while let (node, next) = path.last {
                    if next < successors[node].count {
                        path[path.count - 1].next += 1
                        let successor = successors[node][next]
                        if successor == node { onCycle[node] = true }
                        if index[successor] < 0 {
                            index[successor] = nextIndex; lowLink[successor] = nextIndex; nextIndex += 1
                            stack.append(successor); onStack[successor] = true
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

    private static func mark(_ declaration: Declaration, prefix: String, graph: ReferenceGraph, onCycle: [Bool]) -> Declaration {
        let name = qualified(prefix, declaration.name)
        switch declaration {
        case .union(var union):
            union.isIndirect = graph.ids[name].map { onCycle[$0] } ?? false
            union.nested = union.nested.map { mark($0, prefix: name, graph: graph, onCycle: onCycle) }
            return .union(union)
        case .structure(var structure):
            structure.nested = structure.nested.map { mark($0, prefix: name, graph: graph, onCycle: onCycle) }
            return .structure(structure)
        case .typeAlias(var alias):
            alias.nested = alias.nested.map { mark($0, prefix: name, graph: graph, onCycle: onCycle) }
            return .typeAlias(alias)
        case .openEnum:
            return declaration
        }
    }
}
