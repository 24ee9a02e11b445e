/// Load, parse and validate a spec without generating anything: what `letta-codegen lint` reports.
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

    public var loader: SpecLoader

    public init(loader: SpecLoader = SpecLoader()) {
        self.loader = loader
    }

    public func lint(path: String) -> Report {
        do {
            let loaded = try loader.load(path: path)
            return report(path: path, loaded: loaded)
        } catch {
            return Report(path: path, schemaCount: 0, diagnostics: Self.sorted(error.diagnostics))
        }
    }

    public func lint(root: YAMLNode, path: String) -> Report {
        do {
            let loaded = try loader.load(root: root, path: path)
            return report(path: path, loaded: loaded)
        } catch {
            return Report(path: path, schemaCount: 0, diagnostics: Self.sorted(error.diagnostics))
        }
    }

    private func report(path: String, loaded: SpecLoader.Result) -> Report {
        let diagnostics = loaded.diagnostics + SpecValidator().validate(loaded.document)
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
