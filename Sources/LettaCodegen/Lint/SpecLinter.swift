/// Checks a spec as `generate` does, without rendering anything: loading, validation and translation, so `lint`
/// reports every diagnostic `generate` would print.
public struct SpecLinter: Sendable {
    public struct Report: Sendable {
        public var path: String
        /// Named schemas found (root `components/schemas` plus those of referenced files); 0 when loading failed.
        public var schemaCount: Int
        /// Every diagnostic, sorted by position.
        public var diagnostics: [Diagnostic]

        public var errorCount: Int { diagnostics.count { $0.severity == .error } }
        public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    }

    package var loader = SpecLoader()

    public init() {}

    /// Lints the request's spec with its configuration.
    public func lint(_ request: GenerationRequest) -> Report {
        do {
            let loaded = try loader.load(path: request.specPath)
            return report(path: request.specPath, loaded: loaded, request: request)
        } catch {
            return Report(path: request.specPath, schemaCount: 0, diagnostics: Self.sorted(error.diagnostics))
        }
    }

    /// Lints a spec with the default configuration.
    public func lint(path: String) -> Report {
        lint(GenerationRequest(specPath: path, module: .fromSpecTitle))
    }

    /// Lints an already-read spec (an in-memory spec) with `configuration`.
    package func lint(root: YAMLNode, path: String, configuration: CodegenConfiguration = CodegenConfiguration()) -> Report {
        do {
            let loaded = try loader.load(root: root, path: path)
            return report(path: path, loaded: loaded, request: GenerationRequest(specPath: path, configuration: configuration))
        } catch {
            return Report(path: path, schemaCount: 0, diagnostics: Self.sorted(error.diagnostics))
        }
    }

    private func report(path: String, loaded: SpecLoader.Result, request: GenerationRequest) -> Report {
        let generator = ModelGenerator(configuration: request.configuration(forTitle: loaded.document.title))
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try generator.translate(document: loaded.document, loadDiagnostics: loaded.diagnostics).1.sorted
        } catch {
            diagnostics = error.diagnostics
        }
        return Report(path: path, schemaCount: loaded.document.schemas.count, diagnostics: Self.sorted(diagnostics))
    }

    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var collector = DiagnosticCollector()
        collector.emit(contentsOf: diagnostics)
        return collector.sorted
    }
}

extension SpecLinter.Report {
    /// `spec/letta.yaml: 131 schemas, 0 errors, 0 warnings (12 ms)`
    public func summaryLine(milliseconds: Int) -> String {
        "\(path): \(Self.count(schemaCount, "schema")), \(Self.count(errorCount, "error")), "
            + "\(Self.count(warningCount, "warning")) (\(milliseconds) ms)"
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
