import Foundation
import LettaCodegenRuntime
import Testing
@testable import LettaCodegen

/// The one table of names generated code uses besides the generated types (`GeneratedCodeNames`) holds every type
/// name the printer's templates write: a schema may then be called anything, as `Scripts/compile-specs` shows on
/// Tests/Specs/shadowing-names.yaml.
@Suite struct GeneratedCodeNamesTests {
    /// Every capitalized identifier in code (not in comments, string literals or attributes), not after a `.`.
    static func typeIdentifiers(in source: String) throws -> Set<String> {
        var identifiers = Set<String>()
        let literal = try Regex(#""(\\.|[^"\\])*""#)
        let identifier = try Regex(#"(^|[^.\w])([A-Z][A-Za-z0-9_]*)"#)
        for line in source.split(separator: "\n") {
            let code = line.trimmingCharacters(in: .whitespaces)
            if code.hasPrefix("//") { continue }
            // String literals, and the SPI name of `@_spi(Generated)`, are not type names.
            let withoutLiterals = code.replacing(literal, with: "\"\"").replacing("@_spi(Generated)", with: "")
            for match in withoutLiterals.matches(of: identifier) {
                if let name = match.output[2].substring { identifiers.insert(String(name)) }
            }
        }
        return identifiers
    }

    /// The names the declarations of a translation declare (and the namespaces they live in).
    static func declaredNames(_ files: [SwiftFile]) -> Set<String> {
        var names = Set<String>()
        for file in files {
            file.declaration.forEachDeclaration { names.formUnion($0.name.components) }
        }
        return names
    }

    static let specs: [String] = [
        SnippetTests.objectSpec, SnippetTests.unionSpec,
        """
        Old:
          type: object
          deprecated: true
          properties:
            value: {anyOf: [{type: string}, {type: integer}, {type: array, items: {type: number}}, {type: 'null'}]}
            when: {type: string, format: date-time}
            tags: {type: object, additionalProperties: {type: boolean}}
        Alias:
          type: array
          items:
            type: object
            properties:
              free: {}
        Shape:
          anyOf:
            - {type: object, required: [a], properties: {a: {type: string}}}
            - {type: object, required: [b], properties: {b: {type: string}}}
            - {type: boolean}
        """,
    ]

    @Test func everyTypeNameGeneratedCodeWritesIsInTheTableOrGenerated() throws {
        var configuration = CodegenConfiguration()
        configuration.triStateNullables = ["Old.value"]
        var unexpected: [String: Set<String>] = [:]
        for spec in Self.specs {
            let output = try generateSnippetOutput(spec, configuration: configuration)
            let document = try SpecLoader().load(
                root: try YAMLLoader().load(bytes: Array(snippetDocument(spec).utf8), file: "snippet.yaml"), path: "snippet.yaml"
            ).document
            let declared = Self.declaredNames(ModelTranslator(configuration: configuration).translate(document).files)
            for (path, text) in output.files where path.hasSuffix(".swift") && !path.contains("Tests/") {
                let names = try Self.typeIdentifiers(in: text).subtracting(declared)
                    .subtracting(GeneratedCodeNames.unavailableTypeNames(module: configuration.moduleName))
                if !names.isEmpty { unexpected[path, default: []].formUnion(names) }
            }
        }
        #expect(unexpected.isEmpty, "type names generated code writes that GeneratedCodeNames lacks: \(unexpected)")
    }

    /// The translator's JSON kinds are the runtime's `JSONKind` cases, which generated code names (`.object`).
    @Test func valueKindsAreTheRuntimesJSONKinds() {
        #expect(ValueKind.allCases.map(\.rawValue) == [JSONKind.null, .bool, .number, .string, .array, .object].map(\.rawValue))
        for kind in ValueKind.allCases { #expect(JSONKind(rawValue: kind.rawValue) != nil, "\(kind)") }
    }

    /// The runtime's public types are in the table: a schema named like one of them would shadow it.
    @Test func everyPublicRuntimeTypeThatGeneratedCodeUsesIsReserved() {
        for name in [
            "JSONModel", "JSONValue", "JSONReader", "JSONWriter", "JSONKind", "CodableReader", "CodableWriter",
            "ModelReader", "ModelWriter", "FieldTable", "UnionTags", "TaglessMatching", "ObjectMemberMatching",
            "Nullable", "UnknownVariant", "RFC3339",
        ] {
            #expect(GeneratedCodeNames.types.contains(name), "\(name)")
        }
    }
}
