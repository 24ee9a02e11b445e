/// The registry file: every generated top-level type by name, for tools (`letta-models`) that pick a type at run
/// time, and the namespace that holds deprecated types.
extension SwiftRenderer {
    public struct RegistryEntry: Sendable {
        public var name: String
        /// How generated code refers to the type (deprecated ones through their namespace).
        public var reference: String
    }

    /// What the registry lists.
    public struct RegistryContent: Sendable {
        public var moduleName: String
        public var entries: [RegistryEntry]
        public var hasDeprecatedTypes: Bool
        /// Legacy tag values the models accept, each with the canonical value they write back.
        public var legacyTagValues: [String: String] = [:]
    }

    public func renderRegistry(_ registry: RegistryContent) -> String {
        String(decoding: renderRegistryUTF8(registry), as: UTF8.self)
    }

    /// `renderRegistry(_:)` as the bytes of the file.
    func renderRegistryUTF8(_ registry: RegistryContent) -> [UInt8] {
        var printer = CodePrinter()
        renderPreamble(into: &printer)
        renderRegistryBody(registry, into: &printer)
        return printer.utf8
    }

    func renderRegistryBody(_ registry: RegistryContent, into printer: inout CodePrinter) {
        if registry.hasDeprecatedTypes {
            printer.documentation([
                "Holds the types the API description deprecates. Use their top-level names, which are deprecated aliases;",
                "the generated code refers to them here so the module builds without deprecation warnings.",
            ])
            printer.line("\(accessLevel) enum \(Self.deprecatedNamespace) {}")
            printer.line()
        }
        let moduleName = registry.moduleName
        printer.documentation(["Every top-level type of \(moduleName), by name, in the order of the API description."])
        printer.block("\(accessLevel) enum \(moduleName)Registry") { printer in
            printer.documentation(["The names `type(named:)` knows."])
            printer.line("\(accessLevel) static let typeNames: [String] = [")
            printer.indented { printer in
                for entry in registry.entries { printer.line("\(literal: entry.name),") }
            }
            printer.line("]")
            printer.line()
            printer.documentation([
                "Legacy tag values the models accept, each with the canonical value a round trip writes instead:",
                "the one string a round trip rewrites (`RoundTripCheck`'s `rewrittenStrings`).",
            ])
            if registry.legacyTagValues.isEmpty {
                printer.line("\(accessLevel) static let legacyTagValues: [String: String] = [:]")
            } else {
                printer.line("\(accessLevel) static let legacyTagValues: [String: String] = [")
                printer.indented { printer in
                    for (legacy, canonical) in registry.legacyTagValues.sorted(by: { $0.key < $1.key }) {
                        printer.line("\(literal: legacy): \(literal: canonical),")
                    }
                }
                printer.line("]")
            }
            printer.line()
            printer.documentation(["The generated type called `name`, or nil."])
            printer.block("\(accessLevel) static func type(named name: String) -> (any JSONModel.Type)?") { printer in
                printer.line("switch name {")
                for entry in registry.entries {
                    printer.line("case \(literal: entry.name): return \(entry.reference).self")
                }
                printer.line("default: return nil")
                printer.line("}")
            }
        }
    }
}
