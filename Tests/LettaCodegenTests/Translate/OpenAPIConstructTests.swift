import Foundation
import Testing
@testable import LettaCodegen

/// OpenAPI 3.0 and 3.1 constructs the Letta spec does not use but other vendors' specs do: inline spec in, the
/// exact declarations out.
@Suite struct OpenAPIConstructTests {
    /// 3.0 `nullable: true`, 3.1 `type: [X, "null"]` and `anyOf [X, null]` are one thing: optional, even when required.
    @Test func everyNullableFlavourIsOptional() throws {
        let files = try generateSnippet(
            """
            Profile:
              type: object
              required: [a, b, c, d]
              properties:
                a: {type: string, nullable: true}
                b: {type: [string, 'null']}
                c: {anyOf: [{type: string}, {type: 'null'}]}
                d: {type: integer}
            """)
        #expect(
            declarationLines(try #require(files["Profile.swift"])) == """
                public struct Profile: Codable, Hashable, Sendable {
                    public var additionalProperties: [String: JSONValue]
                    public var a: String?
                    public var b: String?
                    public var c: String?
                    public var d: Int
                """)
    }

    /// `oneOf` of primitives and mixed kinds: one case per kind, inline members nested and named by kind.
    @Test func unionsOfPrimitivesAndMixedKinds() throws {
        let files = try generateSnippet(
            """
            Setting:
              oneOf:
                - {type: string}
                - {type: integer}
                - {type: number}
                - {type: boolean}
                - {type: array, items: {type: string}}
                - {type: object, properties: {unit: {type: string}}}
            Mode:
              anyOf:
                - {type: string, enum: [auto, none]}
                - {type: string}
            """)
        #expect(
            declarationLines(try #require(files["Setting.swift"])) == """
                public enum Setting: ExpressibleByStringLiteral, Codable, Hashable, Sendable {
                    case string(String)
                    case integer(Int)
                    case number(Double)
                    case bool(Bool)
                    case array([String])
                    case object(Object)
                    public struct Object: Codable, Hashable, Sendable {
                        public var additionalProperties: [String: JSONValue]
                        public var unit: String?
                """)
        // Known values or any string: one open enum, whose unknown case keeps the other strings.
        #expect(
            declarationLines(try #require(files["Mode.swift"])) == """
                public enum Mode: RawRepresentable, Codable, Hashable, Sendable {
                    case auto
                    case noneValue
                    case unknown(String)
                    public static let knownCases: [Mode] = [.auto, .noneValue]
                    public var rawValue: String {
                """)
    }

    /// `allOf` of several object parts merges them in order; `$ref` with sibling keywords is the referenced type.
    @Test func allOfWithSeveralPartsAndReferenceWithSiblings() throws {
        let files = try generateSnippet(
            """
            Base:
              type: object
              required: [id]
              properties:
                id: {type: string}
            Extra:
              type: object
              properties:
                note: {type: string}
            Item:
              allOf:
                - $ref: '#/components/schemas/Base'
                - $ref: '#/components/schemas/Extra'
                - type: object
                  required: [count]
                  properties:
                    count: {type: integer}
            Wrapped:
              $ref: '#/components/schemas/Item'
              description: A reference with sibling keywords.
            """)
        #expect(
            declarationLines(try #require(files["Item.swift"])) == """
                public struct Item: Codable, Hashable, Sendable {
                    public var additionalProperties: [String: JSONValue]
                    public var id: String
                    public var note: String?
                    public var count: Int
                """)
        #expect(
            files["Wrapped.swift"]?.contains(
                """
                /// A reference with sibling keywords.
                ///
                /// - Remark: Generated from `#/components/schemas/Wrapped`.
                public typealias Wrapped = Item
                """) == true)
    }

    /// `additionalProperties: <schema>` is a typed dictionary; `false` still keeps unknown keys (a server that adds
    /// one must not break decoding).
    @Test func typedDictionariesAndClosedObjects() throws {
        let files = try generateSnippet(
            """
            Scores:
              type: object
              additionalProperties: {type: number}
            Limits:
              type: object
              properties:
                per_model:
                  type: object
                  additionalProperties:
                    type: object
                    properties:
                      max: {type: integer}
            Closed:
              type: object
              additionalProperties: false
              properties:
                a: {type: string}
            """)
        #expect(files["Scores.swift"]?.contains("public typealias Scores = [String: Double]") == true)
        #expect(
            declarationLines(try #require(files["Limits.swift"])) == """
                public struct Limits: Codable, Hashable, Sendable {
                    public var additionalProperties: [String: JSONValue]
                    public var perModel: [String: PerModelValue]?
                    public struct PerModelValue: Codable, Hashable, Sendable {
                        public var additionalProperties: [String: JSONValue]
                        public var max: Int?
                """)
        #expect(
            declarationLines(try #require(files["Closed.swift"])) == """
                public struct Closed: Codable, Hashable, Sendable {
                    public var additionalProperties: [String: JSONValue]
                    public var a: String?
                """)
    }

    /// Integer and number enums stay `Int`/`Double` (a value added later still decodes) and list their values.
    @Test func integerAndNumberEnums() throws {
        let files = try generateSnippet(
            """
            Priority:
              type: integer
              enum: [1, 2, 3]
            Ratio:
              type: number
              enum: [0.5, 1.5]
            """)
        #expect(
            files["Priority.swift"]?.contains(
                """
                /// Values the API lists: `1`, `2`, `3`.
                ///
                /// - Remark: Generated from `#/components/schemas/Priority`.
                public typealias Priority = Int
                """) == true)
        #expect(
            files["Ratio.swift"]?.contains(
                """
                /// Values the API lists: `0.5`, `1.5`.
                ///
                /// - Remark: Generated from `#/components/schemas/Ratio`.
                public typealias Ratio = Double
                """) == true)
    }

    /// A string `const` is a checked constant; a `const` of another kind is a property of that kind.
    @Test func constOfAnyKind() throws {
        let files = try generateSnippet(
            """
            Consts:
              type: object
              properties:
                name: {const: fixed}
                version: {const: 2}
                ratio: {const: 0.5}
                enabled: {const: true}
                shape: {const: {kind: square}}
            """)
        #expect(
            declarationLines(try #require(files["Consts.swift"])) == """
                public struct Consts: Codable, Hashable, Sendable {
                    public static let name = "fixed"
                    public var additionalProperties: [String: JSONValue]
                    public var version: Int?
                    public var ratio: Double?
                    public var enabled: Bool?
                    public var shape: JSONValue?
                """)
    }

    /// Formats: `date-time` is `Date` (its round trip is exact); integers of any format are `Int`; `uuid`, `uri`,
    /// `byte`, `binary` and `date` stay `String`, because `UUID`, `URL`, `Data` and a date without a time would
    /// rewrite what they read (case, escaping, base64 padding, a time zone).
    @Test func formatsThatBecomeSwiftTypesAndFormatsThatStayStrings() throws {
        let files = try generateSnippet(
            """
            Formats:
              type: object
              properties:
                at: {type: string, format: date-time}
                count: {type: integer, format: int32}
                total: {type: integer, format: int64}
                ratio: {type: number, format: float}
                id: {type: string, format: uuid}
                site: {type: string, format: uri}
                blob: {type: string, format: byte}
                raw: {type: string, format: binary}
                day: {type: string, format: date}
            """)
        #expect(
            declarationLines(try #require(files["Formats.swift"])) == """
                public struct Formats: Codable, Hashable, Sendable {
                    public var additionalProperties: [String: JSONValue]
                    public var at: Date?
                    public var count: Int?
                    public var total: Int?
                    public var ratio: Double?
                    public var id: String?
                    public var site: String?
                    public var blob: String?
                    public var raw: String?
                    public var day: String?
                """)
    }

    /// `readOnly`/`writeOnly` properties are absent in one direction: optional even when required, and documented.
    @Test func readOnlyAndWriteOnlyProperties() throws {
        let files = try generateSnippet(
            """
            Account:
              type: object
              required: [id, password, name]
              properties:
                id: {type: string, readOnly: true}
                password: {type: string, writeOnly: true}
                name: {type: string}
            """)
        let account = try #require(files["Account.swift"])
        #expect(
            account.contains(
                """
                    /// Read-only: responses carry it, requests leave it out.
                    public var id: String?

                    /// Write-only: requests carry it, responses leave it out.
                    public var password: String?

                    public var name: String

                """))
    }

    /// Inline objects in properties, array items and unions are nested types named from their parent and property.
    @Test func inlineObjectsAreNestedAndNamedFromTheirProperty() throws {
        let files = try generateSnippet(
            """
            Order:
              type: object
              properties:
                address:
                  type: object
                  properties:
                    city: {type: string}
                line_items:
                  type: array
                  items:
                    type: object
                    properties:
                      sku: {type: string}
                payment:
                  oneOf:
                    - type: object
                      title: Card
                      properties:
                        last4: {type: string}
                      required: [last4]
                    - type: object
                      properties:
                        iban: {type: string}
                      required: [iban]
            """)
        #expect(
            declarationLines(try #require(files["Order.swift"])) == """
                public struct Order: Codable, Hashable, Sendable {
                    public var additionalProperties: [String: JSONValue]
                    public var address: Address?
                    public var lineItems: [LineItemsItem]?
                    public var payment: Payment?
                    public struct Address: Codable, Hashable, Sendable {
                        public var additionalProperties: [String: JSONValue]
                        public var city: String?
                    public struct LineItemsItem: Codable, Hashable, Sendable {
                        public var additionalProperties: [String: JSONValue]
                        public var sku: String?
                    public enum Payment: Codable, Hashable, Sendable {
                        case card(Card)
                        case object(Object)
                        public struct Card: Codable, Hashable, Sendable {
                            public var additionalProperties: [String: JSONValue]
                            public var last4: String
                        public struct Object: Codable, Hashable, Sendable {
                            public var additionalProperties: [String: JSONValue]
                            public var iban: String
                """)
    }

    /// `example`, `examples`, `x-` extensions and integer bounds beyond 64 bits are read without a diagnostic and
    /// change nothing in the declarations.
    @Test func examplesExtensionsAndHugeBoundsAreAccepted() throws {
        let plain = """
            Meter:
              type: object
              properties:
                reading: {type: integer}
            """
        let annotated = """
            Meter:
              type: object
              x-internal: true
              example: {reading: 3}
              examples: [{reading: 4}]
              properties:
                reading:
                  type: integer
                  minimum: -9223372036854775808
                  maximum: 18446744073709551615
                  x-unit: {name: watt}
                  examples: [1, 2]
            """
        #expect(snippetDiagnostics(annotated) == [])
        let annotatedFiles = try generateSnippet(annotated)
        #expect(
            declarationLines(try #require(annotatedFiles["Meter.swift"]))
                == declarationLines(try #require(generateSnippet(plain)["Meter.swift"])))
    }

    /// `$recursiveRef: "#"` and `$dynamicRef: "#…"` refer to the enclosing named schema.
    @Test func recursiveAndDynamicReferencesPointAtTheEnclosingSchema() throws {
        let files = try generateSnippet(
            """
            Tree:
              type: object
              properties:
                label: {type: string}
                children: {type: array, items: {$recursiveRef: '#'}}
                parent: {$dynamicRef: '#node'}
            """)
        #expect(
            declarationLines(try #require(files["Tree.swift"])) == """
                public struct Tree: Codable, Hashable, Sendable {
                    public var additionalProperties: [String: JSONValue]
                    public var label: String?
                    public var children: [Tree]?
                    public var parent: Tree?
                """)
    }
}
