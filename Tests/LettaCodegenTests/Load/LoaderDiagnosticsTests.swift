import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

/// Exact diagnostics for each kind of bad input: every one names file, line and column, and none crashes.
@Suite struct LoaderDiagnosticsTests {
    /// Found by fuzz-spec: libyaml places the null of an empty document (`---`) past the end of input.
    @Test func anEmptyDocumentIsReportedInsideTheFile() throws {
        #expect(try lintDiagnostics("---") == ["spec.yaml:1:4: error: expected an OpenAPI document (a mapping), found null"])
    }

    /// Found by fuzz-spec: libyaml reports an error at the end of input one line past the last line; the
    /// diagnostic points at the end of the file instead.
    @Test func anErrorAtTheEndOfInputPointsInsideTheFile() throws {
        for lineBreak in ["\n", "\r", "\r\n"] {
            #expect(
                try lintDiagnostics("t:" + lineBreak + "a") == [
                    "spec.yaml:2:2: error: could not find expected ':' while scanning a simple key started at 2:1"
                ])
        }
    }

    /// The spec is read with open(2) and read(2): a path with nothing behind it, one that cannot be read, and a file
    /// larger than one read.
    @Test func readingTheSpecFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("letta-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.yaml").path
        let noFile = #expect(throws: DiagnosticsError.self) { try YAMLLoader().load(contentsOf: missing) }
        #expect(noFile?.description == "\(missing):1:1: error: no such file '\(missing)'")
        let notADirectory = missing + "/spec.yaml"
        let noPath = #expect(throws: DiagnosticsError.self) { try YAMLLoader().load(contentsOf: notADirectory) }
        #expect(noPath?.description == "\(notADirectory):1:1: error: no such file '\(notADirectory)'")
        let unreadable = #expect(throws: DiagnosticsError.self) { try YAMLLoader().load(contentsOf: directory.path) }
        #expect(unreadable?.description == "\(directory.path):1:1: error: cannot read file '\(directory.path)'")
        let large = directory.appendingPathComponent("large.yaml")
        let entries = (0..<20_000).map { "key\($0): value \($0)" }
        try (entries.joined(separator: "\n") + "\n").write(to: large, atomically: true, encoding: .utf8)
        let root = try YAMLLoader().load(contentsOf: large.path)
        #expect(root.entries?.count == 20_000)
        #expect(root["key19999"]?.stringValue == "value 19999")
    }

    @Test func yamlSyntaxError() throws {
        #expect(
            try lintDiagnostics("openapi: 3.1.0\ninfo: {title: x\n") == [
                "spec.yaml:3:1: error: did not find expected ',' or '}' while parsing a flow mapping started at 2:7"
            ])
    }

    @Test func tabIndentation() throws {
        #expect(
            try lintDiagnostics("openapi: 3.1.0\ncomponents:\n\tschemas: {}\n") == [
                "spec.yaml:3:1: error: tab character in indentation; YAML allows only spaces here"
            ])
    }

    @Test func duplicateKey() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                A:
                  type: object
                  type: string

            """
        #expect(try lintDiagnostics(spec) == ["spec.yaml:6:7: error: duplicate key 'type' (first defined at 5:7)"])
    }

    @Test func undefinedAlias() throws {
        #expect(
            try lintDiagnostics("openapi: 3.1.0\ncomponents:\n  schemas:\n    A: *nope\n") == [
                "spec.yaml:4:8: error: undefined alias 'nope'"
            ])
    }

    @Test func aliasBombIsRejectedQuickly() throws {
        var lines = ["openapi: 3.1.0", "a0: &a0 [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]"]
        for level in 1...9 {
            lines.append("a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ",") + "]")
        }
        let start = ContinuousClock.now
        let diagnostics = try lintDiagnostics(lines.joined(separator: "\n") + "\n")
        let elapsed = start.duration(to: .now)
        #expect(diagnostics == ["spec.yaml:8:10: error: alias expansion exceeds 1000000 nodes; refusing a possible alias bomb"])
        // Fully expanded this is 9^10 nodes; the budget stops it after a few dozen aliases. A generous bound, not a benchmark.
        #expect(elapsed < .seconds(1))
    }

    @Test func tenThousandNestedSequences() throws {
        let spec = "openapi: 3.1.0\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"
        #expect(try lintDiagnostics(spec) == ["spec.yaml:2:259: error: nesting deeper than 256 levels"])
    }

    @Test func unknownReference() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                A:
                  type: object
                  properties:
                    b:
                      $ref: '#/components/schemas/Missing'

            """
        #expect(
            try lintDiagnostics(spec) == [
                "spec.yaml:8:17: error: unknown '$ref' target '#/components/schemas/Missing': no 'Missing' under '/components/schemas'"
            ])
    }

    @Test func referenceCycle() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                B:
                  $ref: '#/components/schemas/C'
                C:
                  $ref: '#/components/schemas/B'

            """
        #expect(try lintDiagnostics(spec) == ["spec.yaml:5:13: error: '$ref' cycle: B -> C -> B never reaches a schema"])
    }

    @Test func recursionThroughPropertiesIsLegal() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children:
                      type: array
                      items:
                        $ref: '#/components/schemas/Node'

            """
        #expect(try lintDiagnostics(spec) == [])
    }

    @Test func referenceIntoMissingFile() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                D:
                  $ref: 'other.yaml#/components/schemas/X'

            """
        #expect(
            try lintDiagnostics(spec) == [
                "spec.yaml:5:13: error: cannot resolve '$ref' 'other.yaml#/components/schemas/X': no such file 'other.yaml'"
            ])
    }

    @Test func referenceIntoSiblingFileAndEscapedPointer() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                D:
                  type: object
                  properties:
                    x:
                      $ref: 'common.yaml#/components/schemas/X'
                    y:
                      $ref: '#/components/schemas/a~1b~0c'
                a/b~c:
                  type: string

            """
        let common = """
            components:
              schemas:
                X:
                  type: object
                  properties:
                    z:
                      $ref: '#/components/schemas/Nope'

            """
        #expect(
            try lintDiagnostics(spec, siblings: ["common.yaml": common]) == [
                "common.yaml:7:17: error: unknown '$ref' target '#/components/schemas/Nope': no 'Nope' under '/components/schemas'"
            ])
    }

    @Test func mappingToNonMember() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                U:
                  oneOf:
                    - $ref: '#/components/schemas/A'
                  discriminator:
                    propertyName: kind
                    mapping:
                      a: '#/components/schemas/A'
                      b: '#/components/schemas/B'
                A:
                  type: object
                  properties:
                    kind: {type: string, const: a}
                B:
                  type: object
                  properties:
                    kind: {type: string, const: b}

            """
        #expect(
            try lintDiagnostics(spec) == [
                "spec.yaml:11:14: warning: discriminator mapping 'b' points at 'B', which is not a member of the union; 'b' decodes as 'B' anyway"
            ])
    }

    @Test func mappingContradictingConstAndMissingDiscriminatorProperty() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                U:
                  oneOf:
                    - $ref: '#/components/schemas/A'
                    - $ref: '#/components/schemas/B'
                  discriminator:
                    propertyName: kind
                    mapping:
                      tool_return: '#/components/schemas/A'
                A:
                  type: object
                  required: [kind, ghost]
                  properties:
                    kind: {type: string, const: tool_call}
                B:
                  type: object
                  properties:
                    other: {type: string}

            """
        #expect(
            try lintDiagnostics(spec) == [
                "spec.yaml:7:17: warning: discriminator property 'kind' is missing from member 'B'; it is chosen by its keys",
                "spec.yaml:11:24: warning: discriminator mapping 'tool_return' points at 'A', whose 'kind' is 'tool_call'",
                "spec.yaml:14:24: warning: required property 'ghost' is not among the schema's properties",
            ])
    }

    @Test func requiredThroughAllOfBase() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                Base:
                  type: object
                  properties:
                    id: {type: string}
                Message:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      required: [id, content]
                      properties:
                        content: {type: string}

            """
        #expect(try lintDiagnostics(spec) == [])
    }

    @Test func unknownType() throws {
        let spec = "openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      type: strng\n"
        #expect(
            try lintDiagnostics(spec) == [
                "spec.yaml:5:13: error: unknown type 'strng' (expected one of string, integer, number, boolean, object, array, null)"
            ])
    }

    @Test func emptyFile() throws {
        #expect(try lintDiagnostics("") == ["spec.yaml:1:1: error: file is empty: expected a YAML or JSON document"])
    }

    @Test func fileThatIsNotUTF8() throws {
        let directory = try SpecFixtureDirectory(["spec.yaml": Array("openapi: 3.1.0\ninfo:\n  title: caf".utf8) + [0xE9, 0x0A]])
        defer { directory.remove() }
        #expect(directory.lint("spec.yaml") == ["spec.yaml:3:13: error: file is not valid UTF-8 (byte 0xE9)"])
    }

    @Test func scalarWhereMappingIsRequired() throws {
        let spec = "openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties: 3\n"
        #expect(try lintDiagnostics(spec) == ["spec.yaml:6:19: error: expected a mapping for 'properties', found an integer"])
    }

    @Test func allProblemsAreCollectedInPositionOrder() throws {
        let spec = """
            openapi: 3.1.0
            components:
              schemas:
                A:
                  type: strng
                B:
                  $ref: '#/components/schemas/Missing'
                C:
                  properties: []

            """
        #expect(
            try lintDiagnostics(spec) == [
                "spec.yaml:5:13: error: unknown type 'strng' (expected one of string, integer, number, boolean, object, array, null)",
                "spec.yaml:7:13: error: unknown '$ref' target '#/components/schemas/Missing': no 'Missing' under '/components/schemas'",
                "spec.yaml:9:19: error: expected a mapping for 'properties', found a sequence",
            ])
    }

    @Test func notAnOpenAPIDocument() throws {
        #expect(try lintDiagnostics("- 1\n- 2\n") == ["spec.yaml:1:1: error: expected an OpenAPI document (a mapping), found a sequence"])
        #expect(
            try lintDiagnostics("swagger: '2.0'\n") == [
                "spec.yaml:1:1: error: Swagger 2.0 documents are not supported; expected 'openapi: 3.x'"
            ])
        #expect(
            try lintDiagnostics("openapi: 2.5.0\n") == [
                "spec.yaml:1:10: error: unsupported OpenAPI version '\"2.5.0\"'; expected 3.0.x or 3.1.x"
            ])
    }
}
