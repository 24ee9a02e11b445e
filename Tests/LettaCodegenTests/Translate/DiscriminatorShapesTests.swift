import Foundation
import Testing
@testable import LettaCodegen

/// Discriminators as large specs write them: member unions, inline members, members without the property, mappings
/// outside the union. Warnings with locations, never errors, and a working union.
@Suite struct DiscriminatorShapesTests {
    static let spec = """
        Shape:
          oneOf:
            - $ref: '#/components/schemas/Circle'
            - $ref: '#/components/schemas/Polygon'
            - type: object
              title: Line
              properties: {kind: {const: line}, length: {type: number}}
              required: [kind]
            - $ref: '#/components/schemas/Blob'
          discriminator:
            propertyName: kind
            mapping:
              circle: '#/components/schemas/Circle'
              square: '#/components/schemas/Square'
              ellipse: '#/components/schemas/Ellipse'
        Circle: {type: object, properties: {kind: {const: circle}, radius: {type: number}}, required: [kind]}
        Polygon:
          oneOf: [{$ref: '#/components/schemas/Square'}, {$ref: '#/components/schemas/Triangle'}]
          discriminator: {propertyName: kind}
        Square: {type: object, properties: {kind: {const: square}, side: {type: number}}, required: [kind]}
        Triangle: {type: object, properties: {kind: {type: string, enum: [triangle]}, base: {type: number}}, required: [kind]}
        Blob: {type: object, properties: {mass: {type: number}}}
        Ellipse: {type: object, properties: {kind: {const: ellipse}, axes: {type: array, items: {type: number}}}, required: [kind]}
        """

    @Test func eachFormGetsACaseAndATagOrItsKeys() throws {
        let shape = try #require(generateSnippet(Self.spec)["Shape.swift"])
        #expect(
            declarationLines(shape).components(separatedBy: "\n").prefix(7).joined(separator: "\n") == """
                public enum Shape: Codable, Hashable, Sendable {
                    case circle(Circle)
                    case polygon(Polygon)
                    case line(Line)
                    case blob(Blob)
                    case ellipse(Ellipse)
                    case unknown(UnknownVariant)
                """)
        #expect(shape.contains(#"static let tags: UnionTags = ["circle": 0, "square": 1, "line": 2, "ellipse": 4, "triangle": 1]"#))
        #expect(
            shape.contains(
                #"""
                        .init(0, "Circle", required: [], evidence: ["radius"]),
                        .init(2, "Line", required: [], evidence: ["length"]),
                        .init(3, "Blob", required: [], evidence: ["mass"]),
                        .init(4, "Ellipse", required: [], evidence: ["axes"]),
                """#))
        #expect(shape.contains("/// Payload: ``Polygon``; `kind` is `square` or `triangle`.\n    case polygon(Polygon)"))
    }

    /// An inline object that includes, through `allOf` and `$ref`, the schema it is a property of contains itself:
    /// its struct nests once, and where it recurs it is a `JSONValue`, with a warning at the inline schema (this
    /// nested structs without end and overflowed the stack).
    @Test func inlineObjectContainingItselfNestsOnce() throws {
        let output = try generateSnippetOutput(
            """
            Node:
              type: object
              properties:
                name: {type: string}
                child:
                  allOf:
                    - {$ref: '#/components/schemas/Node'}
                    - {properties: {depth: {type: integer}}}
            """)
        #expect(
            output.diagnostics.map(\.description) == [
                "snippet.yaml:10:11: warning: this inline schema contains itself through '$ref' and 'allOf'; where it recurs "
                    + "it is read as any JSON value (name it under components/schemas to give it a type)"
            ])
        let node = try #require(output.files.first { $0.key.hasSuffix("/Node.swift") }?.value)
        #expect(
            declarationLines(node) == """
                public struct Node: Codable, Hashable, Sendable {
                    public var additionalProperties: [String: JSONValue]
                    public var name: String?
                    public var child: Child?
                    public struct Child: Codable, Hashable, Sendable {
                        public var additionalProperties: [String: JSONValue]
                        public var name: String?
                        public var child: JSONValue?
                        public var depth: Int?
                """)
    }

    @Test func whatIsOddIsAWarningWithItsLocation() throws {
        let text =
            "openapi: 3.1.0\ninfo: {title: Snippet, version: '1'}\ncomponents:\n  schemas:\n"
            + Self.spec.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n"
        let root = try YAMLLoader().load(bytes: Array(text.utf8), file: "snippet.yaml")
        let loaded = try SpecLoader().load(root: root, path: "snippet.yaml")
        let output = try ModelGenerator().generate(document: loaded.document, specDisplayName: "snippet.yaml")
        #expect(
            output.diagnostics.map(\.description) == [
                "snippet.yaml:13:17: warning: discriminator property 'kind' is missing from member 'Blob'; it is chosen by its keys",
                "snippet.yaml:19:20: warning: discriminator mapping 'ellipse' points at 'Ellipse', which is not a member of the union; 'ellipse' decodes as 'Ellipse' anyway",
            ])
    }
}
