/// The registry file: every generated top-level type by name, for tools (`letta-models`) that pick a type at run
/// time, and the namespace that holds deprecated types.
extension SwiftRenderer {
    /// What the registry lists.
    struct RegistryContent: Sendable {
        var moduleName: String
        /// Every top-level type, in generation order.
        var types: [TypeName]
        /// Legacy tag values the models accept, each with the canonical value they write back.
        var legacyTagValues: [String: String] = [:]

        var hasDeprecatedTypes: Bool { types.contains { $0.namespace != nil } }
    }

    /// The registry file.
    func renderRegistry(_ registry: RegistryContent) -> [UInt8] {
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
            printer.line("\(accessLevel) enum \(GeneratedCodeNames.deprecatedNamespace) {}")
            printer.line()
        }
        let moduleName = registry.moduleName
        printer.documentation(["Every top-level type of \(moduleName), by name, in the order of the API description."])
        printer.block("\(accessLevel) enum \(GeneratedCodeNames.registry(ofModule: moduleName))") { printer in
            printer.documentation(["The names `type(named:)` knows."])
            printer.line("\(accessLevel) static let typeNames: [String] = [")
            printer.indented { printer in
                for type in registry.types { printer.line("\(SwiftLiteral.string(type.name)),") }
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
                        printer.line("\(SwiftLiteral.string(legacy)): \(SwiftLiteral.string(canonical)),")
                    }
                }
                printer.line("]")
            }
            printer.line()
            printer.documentation(["The generated type called `name`, or nil."])
            printer.block("\(accessLevel) static func type(named name: String) -> (any JSONModel.Type)?") { printer in
                printer.line("switch name {")
                for type in registry.types {
                    printer.line("case \(SwiftLiteral.string(type.name)): return \(type.reference).self")
                }
                printer.line("default: return nil")
                printer.line("}")
            }
        }
    }
}
