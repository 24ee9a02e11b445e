/// The whole pipeline for one spec: Load → Parse → Check → Translate → Render. Writing is separate
/// (`GeneratedOutputWriter`) so `check` can compare without touching the disk.
public struct ModelGenerator: Sendable {
    public var configuration: CodegenConfiguration
    package var loader = SpecLoader()

    public init(configuration: CodegenConfiguration = CodegenConfiguration()) {
        self.configuration = configuration
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
        return try generate(
            document: loaded.document, loadDiagnostics: loaded.diagnostics, specDisplayName: specDisplayName, layout: layout
        )
    }

    /// Loads the request's spec and generates from it, the module named as the request resolves it.
    public static func generate(_ request: GenerationRequest) throws(DiagnosticsError) -> Output {
        let loaded = try SpecLoader().load(path: request.specPath)
        let generator = ModelGenerator(configuration: request.configuration(forTitle: loaded.document.title))
        return try generator.generate(
            document: loaded.document, loadDiagnostics: loaded.diagnostics, specDisplayName: request.specDisplayName,
            layout: request.layout
        )
    }

    /// Check, then translate: the declarations, and every diagnostic so far (errors are thrown). `lint` runs
    /// exactly this, so it reports everything `generate` does.
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

    /// Generates from a spec held in memory, which `path` names in diagnostics; with `readsReferencedFiles` off, a
    /// `$ref` to another file is an error at its own line:column and nothing outside the bytes is read (a spec
    /// from an untrusted source, the fuzzer's input).
    @_spi(Tooling) public func generate(
        contents: [UInt8], path: String, readsReferencedFiles: Bool = true, layout: Layout = .filePerType
    ) throws(DiagnosticsError) -> Output {
        let root = try YAMLLoader().load(bytes: contents, file: path)
        let loaded = try SpecLoader(readsReferencedFiles: readsReferencedFiles).load(root: root, path: path)
        return try generate(document: loaded.document, loadDiagnostics: loaded.diagnostics, specDisplayName: path, layout: layout)
    }

    package func generate(
        document: SpecDocument, loadDiagnostics: [Diagnostic] = [], specDisplayName: String, layout: Layout = .filePerType
    ) throws(DiagnosticsError) -> Output {
        let (translation, collector) = try translate(document: document, loadDiagnostics: loadDiagnostics)
        let renderer = SwiftRenderer(specDisplayName: specDisplayName, accessLevel: configuration.accessLevel)
        let module = configuration.moduleName
        var legacyTagValues: [String: String] = [:]
        for file in translation.files {
            file.declaration.forEachDeclaration { declaration in
                for constant in declaration.structure?.constants ?? [] {
                    for alias in constant.acceptedAliases { legacyTagValues[alias] = constant.value }
                }
            }
        }
        let registry = SwiftRenderer.RegistryContent(
            moduleName: module, types: translation.files.map(\.declaration.name), legacyTagValues: legacyTagValues
        )
        var files: [String: [UInt8]] = [:]
        var directories = [module]
        switch layout {
        case .singleFile(let name):
            // The client goes into the same module: the build plugin's target is one module.
            files[module + "/" + name] = renderer.renderCombined(translation.files, registry: registry, client: translation.client)
        case .filePerType:
            var printer = CodePrinter()
            for file in translation.files {
                files[module + "/" + file.fileName] = renderer.render(file, reusing: &printer)
            }
            // No type takes the registry's name: the name table reserves it.
            let registryName = GeneratedCodeNames.registry(ofModule: module) + ".swift"
            files[module + "/" + registryName] = renderer.renderRegistry(registry)
            if let client = translation.client, let clientModule = configuration.client?.module {
                // A client in the models' own module imports nothing more.
                for file in renderer.renderClientFiles(client, modelsModule: clientModule == module ? nil : module) {
                    files[clientModule + "/" + file.fileName] = file.contents
                }
                if clientModule != module { directories.append(clientModule) }
            }
            if configuration.generateTests {
                var synthesizer = FixtureSynthesizer(files: translation.files)
                var validTypes: [String] = []
                var invalidTypes: [String] = []
                for file in translation.files {
                    let name = file.declaration.name.name
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
                files["\(module)Tests/\(module)RoundTripTests.swift"] = Array(
                    renderer.renderRoundTripTests(
                        moduleName: module, validTypes: validTypes, invalidTypes: invalidTypes
                    ).utf8)
                directories += [module + "Tests", "Fixtures"]
            }
        }
        return Output(fileContents: files, directories: directories, typeCount: translation.files.count, diagnostics: collector.sorted)
    }
}
