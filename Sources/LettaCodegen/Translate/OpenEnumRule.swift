/// String enums are open: known cases plus `unknown(String)`, so a value the server adds later round-trips.
extension TranslationContext {
    func openEnumDeclaration(name: TypeName, values: [String], schema: Schema) -> Declaration {
        var distinctValues: [String] = []
        for value in values where !distinctValues.contains(value) { distinctValues.append(value) }
        let assigned = NameAssignment.assign(
            distinctValues.map { value in
                let renamed = configuration.renamedCase(value, of: name.name)
                return .init(proposed: renamed ?? SwiftNames.caseName(value), fromConfiguration: renamed != nil)
            }, reserved: GeneratedCodeNames.enumMembers)
        for (first, second) in assigned.configurationClashes {
            diagnostics.error(
                "the codegen config names enum values '\(distinctValues[first])' and '\(distinctValues[second])' of '\(name.name)' "
                    + "both '\(assigned.names[first])'; rename one",
                at: schema.location
            )
        }
        let cases = zip(assigned.names, distinctValues).map { OpenEnumDeclaration.Case(name: MemberName($0), rawValue: $1) }
        return Declaration(
            name: name,
            documentation: typeDocumentation(for: schema),
            deprecation: deprecation(for: schema),
            nested: [],
            kind: .openEnum(OpenEnumDeclaration(cases: cases))
        )
    }
}
