import Testing

@testable import LettaCodegen

/// The rules checked before translation, each on the validator alone: exact diagnostics, located where the spec says
/// the wrong thing, and the look-alikes that are fine.
@Suite struct SpecValidatorTests {
    /// The validator's diagnostics for a document (not the loader's or the translator's).
    func validation(_ document: String) throws -> [String] {
        let root = try YAMLLoader().load(bytes: Array(document.utf8), file: "snippet.yaml")
        let loaded = try SpecLoader().load(root: root, path: "snippet.yaml")
        return SpecValidator().validate(loaded.document).map(\.description)
    }

    func validation(schemas: String) throws -> [String] {
        try validation(snippetDocument(schemas))
    }

    @Test func aRequiredNameThatIsNoPropertyIsAWarningAtTheName() throws {
        let diagnostics = try validation(schemas: "A:\n  type: object\n  required: [a, b]\n  properties:\n    a: {type: string}")
        #expect(diagnostics == ["snippet.yaml:7:21: warning: required property 'b' is not among the schema's properties"])
    }

    @Test func aRequiredNameMayBeAPropertyOfAnotherAllOfPartOrOfAReferencedSchema() throws {
        let schemas = """
            Base: {type: object, properties: {id: {type: string}}}
            A:
              allOf:
                - $ref: '#/components/schemas/Base'
                - type: object
                  required: [id, name]
                  properties:
                    name: {type: string}
            B:
              $ref: '#/components/schemas/Base'
              required: [id]
            """
        let diagnostics = try validation(schemas: schemas)
        #expect(diagnostics == [])
    }

    @Test func aMappingToAnUnknownSchemaIsAnError() throws {
        let schemas = """
            A: {type: object, properties: {kind: {type: string, const: a}}}
            U:
              oneOf: [{$ref: '#/components/schemas/A'}]
              discriminator:
                propertyName: kind
                mapping: {a: '#/components/schemas/A', z: Missing}
            """
        let diagnostics = try validation(schemas: schemas)
        #expect(diagnostics == ["snippet.yaml:10:51: error: discriminator mapping 'z' names unknown schema 'Missing'"])
    }

    @Test func aMappingToASchemaOutsideTheUnionIsAWarningUnlessAMemberUnionHoldsIt() throws {
        let schemas = """
            A: {type: object, properties: {kind: {type: string, const: a}}}
            B: {type: object, properties: {kind: {type: string, const: b}}}
            C: {type: object, properties: {kind: {type: string, const: c}}}
            Inner: {oneOf: [{$ref: '#/components/schemas/B'}]}
            U:
              oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/Inner'}]
              discriminator:
                propertyName: kind
                mapping: {a: '#/components/schemas/A', b: '#/components/schemas/B', c: '#/components/schemas/C'}
            """
        let diagnostics = try validation(schemas: schemas)
        #expect(
            diagnostics == [
                "snippet.yaml:13:80: warning: discriminator mapping 'c' points at 'C', which is not a member of the union; "
                    + "'c' decodes as 'C' anyway"
            ])
    }

    @Test func aMappingKeyThatContradictsTheMembersConstIsAWarningButALegacyAliasIsNot() throws {
        let contradicting = """
            A: {type: object, properties: {kind: {type: string, const: a}}}
            B: {type: object, properties: {kind: {type: string, enum: [b]}}}
            U:
              oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
              discriminator:
                propertyName: kind
                mapping: {b: '#/components/schemas/A', a: '#/components/schemas/B'}
            """
        let diagnostics = try validation(schemas: contradicting)
        #expect(
            diagnostics == [
                "snippet.yaml:11:22: warning: discriminator mapping 'b' points at 'A', whose 'kind' is 'a'",
                "snippet.yaml:11:51: warning: discriminator mapping 'a' points at 'B', whose 'kind' is 'b'",
            ])
        let alias = """
            A: {type: object, properties: {kind: {type: string, const: a_message}}}
            U:
              oneOf: [{$ref: '#/components/schemas/A'}]
              discriminator:
                propertyName: kind
                mapping: {a_message: '#/components/schemas/A', a: '#/components/schemas/A'}
            """
        let aliasDiagnostics = try validation(schemas: alias)
        #expect(aliasDiagnostics == [])
    }

    @Test func aMemberWithoutTheTagPropertyIsAWarningAtTheMemberUnlessItIsAUnionOfTaggedMembers() throws {
        let schemas = """
            A: {type: object, properties: {kind: {type: string, const: a}}}
            B: {type: object, properties: {other: {type: string}}}
            C: {type: object, properties: {kind: {type: string, const: c}}}
            Inner: {oneOf: [{$ref: '#/components/schemas/C'}]}
            U:
              oneOf:
                - $ref: '#/components/schemas/A'
                - $ref: '#/components/schemas/B'
                - $ref: '#/components/schemas/Inner'
                - {type: object, properties: {other: {type: integer}}}
              discriminator: {propertyName: kind}
            """
        let diagnostics = try validation(schemas: schemas)
        #expect(
            diagnostics == [
                "snippet.yaml:12:17: warning: discriminator property 'kind' is missing from member 'B'; it is chosen by its keys",
                "snippet.yaml:14:11: warning: discriminator property 'kind' is missing from an inline member; it is chosen by its keys",
            ])
    }

    @Test func theSchemasOfOperationsAreCheckedToo() throws {
        let document = """
            openapi: 3.1.0
            info: {title: Snippet, version: '1'}
            paths:
              /things:
                post:
                  operationId: createThing
                  requestBody:
                    content:
                      application/json:
                        schema: {type: object, required: [name], properties: {title: {type: string}}}
                  responses:
                    '204': {description: done}
            """
        let diagnostics = try validation(document)
        #expect(
            diagnostics == ["snippet.yaml:10:47: warning: required property 'name' is not among the schema's properties"])
    }
}
