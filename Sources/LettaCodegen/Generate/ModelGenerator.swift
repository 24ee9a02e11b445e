/// The whole pipeline for one spec: Load → Parse → Validate → Translate → Render. Writing is separate
/// (`GeneratedOutputWriter`) so `check` can compare without touching the disk.
public struct ModelGenerator: Sendable {
    public var configuration: CodegenConfiguration
    public var loader: SpecLoader
    /// What happens to the declarations once the files are rendered, and to the document when this generator
    /// loaded it (`.keepUntilExit` for a process that exits soon after).
    public var disposal: ModelDisposal

    public init(
        configuration: CodegenConfiguration = CodegenConfiguration(), loader: SpecLoader = SpecLoader(),
        disposal: ModelDisposal = .free
    ) {
        self.configuration = configuration
        self.loader = loader
        self.disposal = disposal
    }

    /// How the output is laid out.
    public enum Layout: Sendable, Equatable {
        /// One file per top-level type plus the registry (committed models: small diffs).
        case filePerType
        /// Everything in one file of this name (the build plugin: outputs known before generation).
        case singleFile(String)
    }

    public struct Output: Sendable {
        /// Path relative to the output root (`<module>/X.swift`, `<module>Tests/…`, `Fixtures/X.jsonl`) → the file's
        /// UTF-8 bytes, as `GeneratedOutputWriter.write(contents:to:)` writes them.
        public var fileContents: [String: [UInt8]]
        /// The same files as text.
        public var files: [String: String] { fileContents.mapValues { String(decoding: $0, as: UTF8.self) } }
        /// The top-level directories this output owns (stale files are removed only inside them).
        public var directories: [String]
        public var typeCount: Int
        /// Warnings (errors are thrown).
        public var diagnostics: [Diagnostic]
    }

    /// Each legacy tag value a constant of `declaration` (or of a type nested in it) accepts, with the value it
    /// writes back.
    private static func collectLegacyTagValues(_ declaration: Declaration, into values: inout [String: String]) {
        switch declaration {
        case .structure(let structure):
            for constant in structure.constants {
                for alias in constant.acceptedAliases { values[alias] = constant.value }
            }
            for nested in structure.nested { collectLegacyTagValues(nested, into: &values) }
        case .union(let union):
            for nested in union.nested { collectLegacyTagValues(nested, into: &values) }
        case .typeAlias(let alias):
            for nested in alias.nested { collectLegacyTagValues(nested, into: &values) }
        case .openEnum:
            break
        }
    }

    /// The module name when neither a config nor the command line gives one: the spec's `info.title` as a type
    /// name (`Together APIs` → `TogetherAPIs`), else `Models`.
    public static func moduleName(forTitle title: String?) -> String {
        guard let title, !SwiftNames.words(title).isEmpty else { return "Models" }
        return SwiftNames.typeName(title)
    }

    /// Loads the spec at `specPath` and generates from it.
    ///
    /// - Parameters:
    ///   - specPath: the OpenAPI document to read (YAML or JSON).
    ///   - specDisplayName: how the header names the spec (relative, so output is machine-independent).
    ///   - layout: one file per type (committed models) or one file (the build plugin).
    public func generate(
        specPath: String, specDisplayName: String, layout: Layout = .filePerType
    ) throws(DiagnosticsError) -> Output {
        let loaded = try loader.load(path: specPath)
        defer { disposal.dispose(loaded) }
        return try generate(
            document: loaded.document, loadDiagnostics: loaded.diagnostics, specDisplayName: specDisplayName, layout: layout
        )
    }

    /// Validate, then translate: the declarations, and every warning so far (errors are thrown).
    func translate(
        document: SpecDocument, loadDiagnostics: [Diagnostic]
    ) throws(DiagnosticsError) -> (ModelTranslator.Output, DiagnosticCollector) {
        var collector = DiagnosticCollector()
        collector.emit(contentsOf: loadDiagnostics)
        collector.emit(contentsOf: SpecValidator().validate(document))
        if collector.hasErrors { throw DiagnosticsError(collector.sorted) }
        let translation = ModelTranslator(configuration: configuration).translate(document)
        collector.emit(contentsOf: translation.diagnostics)
        if collector.hasErrors { throw DiagnosticsError(collector.sorted) }
        return (translation, collector)
    }

    public func generate(
        document: SpecDocument, loadDiagnostics: [Diagnostic] = [], specDisplayName: String, layout: Layout = .filePerType
    ) throws(DiagnosticsError) -> Output {
        let (translation, collector) = try translate(document: document, loadDiagnostics: loadDiagnostics)
        defer { disposal.dispose(translation) }

        let renderer = SwiftRenderer(specDisplayName: specDisplayName, accessLevel: configuration.accessLevel)
        var files: [String: [UInt8]] = [:]
        // One file per type, the registry, and (with tests) the test file and two fixtures per type at most.
        files.reserveCapacity(translation.files.count * (configuration.generateTests ? 3 : 1) + 2)
        var entries: [SwiftRenderer.RegistryEntry] = []
        var hasDeprecated = false
        for file in translation.files {
            let deprecated = renderer.topLevelDeprecation(file.declaration) != nil
            hasDeprecated = hasDeprecated || deprecated
            let name = file.declaration.name
            entries.append(.init(name: name, reference: deprecated ? SwiftRenderer.deprecatedNamespace + "." + name : name))
        }
        var legacyTagValues: [String: String] = [:]
        for file in translation.files { Self.collectLegacyTagValues(file.declaration, into: &legacyTagValues) }
        let registry = SwiftRenderer.RegistryContent(
            moduleName: configuration.moduleName, entries: entries, hasDeprecatedTypes: hasDeprecated,
            legacyTagValues: legacyTagValues
        )
        let module = configuration.moduleName
        var directories = [module]
        switch layout {
        case .singleFile(let name):
            files[module + "/" + name] = renderer.renderCombinedUTF8(translation.files, registry: registry)
        case .filePerType:
            var printer = CodePrinter()
            let directory = module + "/"
            for file in translation.files {
                files[directory + file.fileName] = renderer.renderUTF8(file, reusing: &printer)
            }
            let registryName = module + "Registry.swift"
            if files[module + "/" + registryName] != nil {
                throw DiagnosticsError([.error(
                    "a schema generates '\(registryName)', the registry's file; rename it in the codegen config",
                    at: SourceLocation(file: document.path, line: 1, column: 1)
                )])
            }
            files[module + "/" + registryName] = renderer.renderRegistryUTF8(registry)
            if configuration.generateTests {
                var synthesizer = FixtureSynthesizer(files: translation.files)
                var validTypes: [String] = []
                var invalidTypes: [String] = []
                for file in translation.files {
                    let name = file.declaration.name
                    let examples = (translation.examples[name] ?? []).map(OrderedJSON.init)
                    let fixtures = synthesizer.fixtures(for: file.declaration, examples: examples)
                    if !fixtures.valid.isEmpty {
                        files["Fixtures/\(name).jsonl"] = Array((fixtures.valid.joined(separator: "\n") + "\n").utf8)
                        validTypes.append(name)
                    }
                    if !fixtures.invalid.isEmpty {
                        files["Fixtures/Invalid/\(name).jsonl"] = Array((fixtures.invalid.joined(separator: "\n") + "\n").utf8)
                        invalidTypes.append(name)
                    }
                }
                files["\(module)Tests/\(module)RoundTripTests.swift"] = Array(renderer.renderRoundTripTests(
                    moduleName: module, validTypes: validTypes, invalidTypes: invalidTypes
                ).utf8)
                directories += [module + "Tests", "Fixtures"]
            }
        }
        return Output(fileContents: files, directories: directories, typeCount: translation.files.count, diagnostics: collector.sorted)
    }
}
