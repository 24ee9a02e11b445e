/// String enums are open: known cases plus `unknown(String)`, so a value the server adds later round-trips.
extension TranslationContext {
    func openEnumDeclaration(name: String, values: [String], schema: Schema) -> OpenEnumDeclaration {
        var seenValues = DistinctStrings(expectedCount: values.count)
        let distinctValues = values.filter { seenValues.insert($0) }
        let assigned = NameAssignment.assign(distinctValues.map { value in
            let renamed = configuration.renamedCase(value, of: name)
            return .init(proposed: renamed ?? SwiftNames.caseName(value), fromConfiguration: renamed != nil)
        }, reserved: NameAssignment.caseReservedNames)
        for (first, second) in assigned.configurationClashes {
            diagnostics.error(
                "the codegen config names enum values '\(distinctValues[first])' and '\(distinctValues[second])' of '\(name)' "
                    + "both '\(assigned.names[first])'; rename one",
                at: schema.location
            )
        }
        let cases = zip(assigned.names, distinctValues).map { OpenEnumDeclaration.Case(swiftName: $0, rawValue: $1) }
        return OpenEnumDeclaration(
            name: name,
            documentation: documentation(for: schema),
            deprecation: deprecation(for: schema),
            cases: cases
        )
    }
}
