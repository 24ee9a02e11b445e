import Testing
@testable import LettaCodegen

/// `lint` checks what `generate` checks before printing: every diagnostic `generate` reports, `lint` reports, one
/// spec per kind of warning (loading, validation and translation each have theirs).
@Suite struct SpecLinterTests {
    static let warningSpecs: [(kind: String, schemas: String)] = [
        (
            "required property 'b' is not among the schema's properties",
            """
            A:
              type: object
              required: [a, b]
              properties:
                a: {type: string}
            """
        ),
        (
            "which is not a member of the union",
            """
            A: {type: object, properties: {kind: {type: string, const: a}}}
            B: {type: object, properties: {kind: {type: string, const: b}}}
            U:
              oneOf: [{$ref: '#/components/schemas/A'}]
              discriminator:
                propertyName: kind
                mapping: {a: '#/components/schemas/A', b: '#/components/schemas/B'}
            """
        ),
        (
            "whose 'kind' is 'a'",
            """
            A: {type: object, properties: {kind: {type: string, const: a}}}
            B: {type: object, properties: {kind: {type: string, const: b}}}
            U:
              oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
              discriminator:
                propertyName: kind
                mapping: {b: '#/components/schemas/A', a: '#/components/schemas/B'}
            """
        ),
        (
            "discriminator property 'kind' is missing from member 'B'",
            """
            A: {type: object, properties: {kind: {type: string, const: a}}}
            B: {type: object, properties: {other: {type: string}}}
            U:
              oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]
              discriminator: {propertyName: kind}
            """
        ),
        (
            "discriminator property 'kind' is missing from an inline member",
            """
            A: {type: object, properties: {kind: {type: string, const: a}}}
            U:
              oneOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {other: {type: string}}}]
              discriminator: {propertyName: kind}
            """
        ),
        (
            "is read as any JSON value; only '#' (the enclosing schema) is followed",
            """
            Tree:
              type: object
              properties:
                child: {$dynamicRef: '#/$defs/node'}
            """
        ),
        (
            "this inline schema contains itself through '$ref' and 'allOf'",
            """
            A:
              type: object
              properties:
                next:
                  allOf:
                    - $ref: '#/components/schemas/A'
                    - type: object
                      properties:
                        extra: {type: string}
            """
        ),
    ]

    @Test(arguments: warningSpecs.map(\.kind))
    func lintReportsWhatGenerateReports(_ kind: String) throws {
        let schemas = try #require(Self.warningSpecs.first { $0.kind == kind }?.schemas)
        let generated = try generateSnippetOutput(schemas).diagnostics.map(\.description)
        let root = try YAMLLoader().load(bytes: Array(snippetDocument(schemas).utf8), file: "snippet.yaml")
        let linted = SpecLinter().lint(root: root, path: "snippet.yaml").diagnostics.map(\.description)
        #expect(generated.contains { $0.contains("warning: ") && $0.contains(kind) }, "\(generated)")
        #expect(linted == generated)
    }

    /// A translation error (a config that names two properties alike) fails `lint` as it fails `generate`.
    @Test func lintReportsTranslationErrors() throws {
        var configuration = CodegenConfiguration()
        configuration.propertyRenames = ["A.a": "same", "A.b": "same"]
        let schemas = "A:\n  type: object\n  properties:\n    a: {type: string}\n    b: {type: string}"
        let root = try YAMLLoader().load(bytes: Array(snippetDocument(schemas).utf8), file: "snippet.yaml")
        let report = SpecLinter().lint(root: root, path: "snippet.yaml", configuration: configuration)
        #expect(report.diagnostics.map(\.description) == snippetDiagnostics(schemas, configuration: configuration))
        #expect(report.errorCount == 1)
    }
}
