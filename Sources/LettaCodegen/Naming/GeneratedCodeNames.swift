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
        "Sendable", "RawRepresentable", "ExpressibleByStringLiteral", "Decoder", "Encoder", "Hasher", "Self",
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

    /// Types of the client runtime, the transports and Foundation that a generated client names unqualified; the
    /// client module imports the models, so no model type may take them either when a client is generated.
    package static let clientTypes: Set<String> = [
        "APIClient", "ClientConfiguration", "RequestOptions", "ClientRequest", "ClientResponse", "Page", "PageItems",
        "EventStream", "StreamEvent", "APIError", "ClientError", "MultipartPart", "MultipartFile", "ClientTransport",
        "ClientMiddleware", "URL", "Duration", "HTTPFields", "LettaClientRuntime", "LettaClientTransport", "OpenAPIRuntime",
        "HTTPTypes",
    ]

    /// The property of a generated client and of each of its resources that holds the runtime's `APIClient`.
    package static let clientEngineProperty = "apiClient"
    /// The last parameter of every generated operation: per-call headers, query, timeout and retries.
    package static let optionsParameter = "options"
    /// The locals of a generated operation's body; parameters never end with `_`, so none collides.
    package static let requestLocal = "request_"
    package static let partsLocal = "parts_"

    /// Every name a top-level type of `module` may not take (with a client of module `clientModule`, its names too).
    package static func unavailableTypeNames(module: String, clientModule: String? = nil) -> Set<String> {
        var names = types.union([module, registry(ofModule: module)])
        if let clientModule { names.formUnion(clientTypes.union([clientModule])) }
        return names
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
