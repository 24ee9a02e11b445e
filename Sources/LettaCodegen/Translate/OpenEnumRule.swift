/// String enums are open: known cases plus `unknown(String)`, so a value the server adds later round-trips.
extension TranslationContext {
    func openEnumDeclaration(name: String, values: [String], schema: Schema) -> OpenEnumDeclaration {
        var cases: [OpenEnumDeclaration.Case] = []
        var seen: [String: String] = [:]
        for value in values {
            let swiftName = configuration.caseRenames["\(name).\(value)"] ?? SwiftNames.caseName(value)
            if swiftName == "unknown" {
                diagnostics.error(
                    "enum value '\(value)' of '\(name)' would be the case 'unknown', which keeps unknown values; "
                        + "rename it in the codegen config (cases: {\(name).\(value): …})",
                    at: schema.location
                )
                continue
            }
            if let other = seen[swiftName] {
                if other == value { continue }
                diagnostics.error(
                    "enum values '\(other)' and '\(value)' of '\(name)' both become the case '\(swiftName)'; "
                        + "rename one in the codegen config",
                    at: schema.location
                )
                continue
            }
            seen[swiftName] = value
            cases.append(.init(swiftName: swiftName, rawValue: value))
        }
        return OpenEnumDeclaration(
            name: name,
            documentation: documentation(for: schema),
            deprecation: deprecation(for: schema),
            cases: cases
        )
    }
}
