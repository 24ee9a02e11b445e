/// The names generated code uses besides the generated types: what no schema, property or case may be called
/// where it would shadow one of them or collide with a member generated code declares.
///
/// Generated code spells Swift, Foundation and runtime types by their plain names (`String`, `Date`, `JSONValue`,
/// `FieldTable`), as a model reads best. So a schema must never take one of these names: name assignment gives it
/// another (`FieldTable` → `FieldTableModel`). The printer's templates and this table are held together by a test
/// that reads every type name in generated code and finds each one here or among the generated types.
package enum GeneratedCodeNames {
    /// Types, protocols, generic parameters and modules generated code names unqualified.
    package static let types: Set<String> = [
        // Swift and Foundation (`Data` and `Set`: what code beside the models uses most, never shadowed either)
        "Swift", "Foundation", "String", "Int", "Double", "Bool", "Date", "Data", "Set", "Codable", "Hashable",
        "Sendable", "RawRepresentable", "Decoder", "Encoder", "Hasher", "Self",
        // The runtime
        "LettaCodegenRuntime", "JSONModel", "JSONValue", "JSONReader", "JSONWriter", "JSONKind", "CodableReader",
        "CodableWriter", "ModelReader", "ModelWriter", "FieldTable", "UnionTags", "TaglessMatching",
        "ObjectMemberMatching", "Nullable", "UnknownVariant", "RFC3339",
        // The generic parameters of the decoding and encoding bodies
        "Reader", "Writer",
        // The namespace of deprecated types
        deprecatedNamespace,
    ]

    /// The caseless enum that holds deprecated types, so generated code can use them without deprecation warnings.
    package static let deprecatedNamespace = "DeprecatedModels"

    /// The registry of a module: `<Module>Registry`.
    package static func registry(ofModule module: String) -> String {
        module + "Registry"
    }

    /// Every name a top-level type of `module` may not take.
    package static func unavailableTypeNames(module: String) -> Set<String> {
        types.union([module, registry(ofModule: module)])
    }

    /// Members every generated struct declares besides its properties, and the runtime function its equality
    /// calls (a property of that name would hide it): a property with one of these names gets another.
    package static let structMembers: [String: String] = [
        "additionalProperties": "additionalPropertiesValue", "equalValues": "equalValuesValue",
    ]

    /// Members an enum declares besides its cases (the case that keeps unknown values, the plumbing's tables, the
    /// open enum's raw value): a case with one of these names gets another.
    package static let enumMembers: [String: String] = [
        "unknown": "unknownValue", "tags": "tagsValue", "withoutTag": "withoutTagValue",
        "objectMembers": "objectMembersValue", "readMember": "readMemberValue", "knownCases": "knownCasesValue",
        "rawValue": "rawValueValue", "hashValue": "hashValueValue", "equalValues": "equalValuesValue",
    ]
}
