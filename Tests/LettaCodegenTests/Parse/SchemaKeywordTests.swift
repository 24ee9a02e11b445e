import Testing
@testable import LettaCodegen

/// `SchemaKeyword`: every keyword the parser reads is recognized, and nothing else is.
@Suite struct SchemaKeywordTests {
    @Test func everyKeywordAndNoOtherKey() {
        let keywords: [(String, SchemaKeyword)] = [
            ("$ref", .ref), ("$recursiveRef", .recursiveRef), ("$dynamicRef", .dynamicRef), ("type", .type),
            ("properties", .properties), ("required", .required), ("items", .items),
            ("additionalProperties", .additionalProperties), ("enum", .enum), ("const", .const), ("oneOf", .oneOf),
            ("anyOf", .anyOf), ("allOf", .allOf), ("discriminator", .discriminator), ("nullable", .nullable),
            ("format", .format), ("title", .title), ("description", .description), ("default", .default),
            ("deprecated", .deprecated), ("readOnly", .readOnly), ("writeOnly", .writeOnly), ("examples", .examples),
            ("example", .example),
        ]
        for (key, keyword) in keywords {
            #expect(SchemaKeyword(key) == keyword, "\(key)")
        }
        for key in ["", "Type", "types", "$refs", "x-type", "ref", "Items", "minimum", "pattern", "$defs", "readonly", "defaults"] {
            #expect(SchemaKeyword(key) == nil, "\(key)")
        }
    }
}
