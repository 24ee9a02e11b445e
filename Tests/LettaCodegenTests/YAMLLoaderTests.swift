import Foundation
import Testing
@testable import LettaCodegen

@Suite struct YAMLLoaderTests {
    private func load(_ text: String) throws -> YAMLNode {
        try YAMLLoader().load(bytes: Array(text.utf8), file: "t.yaml")
    }

    @Test(arguments: [
        ("null", YAMLScalar.null), ("~", .null), ("", .null), ("NULL", .null),
        ("true", .bool(true)), ("False", .bool(false)),
        ("yes", .string("yes")), ("no", .string("no")), ("on", .string("on")), ("off", .string("off")),
        ("42", .integer(42)), ("-7", .integer(-7)), ("+3", .integer(3)), ("0x1F", .integer(31)), ("0o17", .integer(15)),
        ("1.5", .double(1.5)), ("-2e3", .double(-2000)), (".5", .double(0.5)),
        ("3.1.0", .string("3.1.0")), ("2024-01-01", .string("2024-01-01")), ("1_000", .string("1_000")),
        ("'42'", .string("42")), ("\"true\"", .string("true")), ("!!str 12", .string("12")),
    ])
    func coreSchemaScalarResolution(text: String, expected: YAMLScalar) throws {
        let node = try load("v: \(text)\n")
        #expect(node["v"]?.scalar == expected)
    }

    @Test func mappingsKeepKeyOrderAndLocations() throws {
        let node = try load("zeta: 1\nalpha:\n  - x\n  - {k: v}\nmid: m\n")
        #expect(node.entries?.map(\.key) == ["zeta", "alpha", "mid"])
        #expect(node.entry(for: "alpha")?.keyLocation == SourceLocation(file: "t.yaml", line: 2, column: 1))
        #expect(node["alpha"]?.elements?[1].location == SourceLocation(file: "t.yaml", line: 4, column: 5))
        #expect(node["alpha"]?.elements?[1]["k"]?.location == SourceLocation(file: "t.yaml", line: 4, column: 9))
    }

    @Test func jsonInput() throws {
        let node = try load(#"{"b": [1, 2.5, true, null, "s\/\u00e9"], "a": {"n": -0}}"#)
        #expect(node.entries?.map(\.key) == ["b", "a"])
        #expect(node.jsonText == #"{"b":[1,2.5,true,null,"s/é"],"a":{"n":0}}"#)
    }

    @Test func aliasesExpandToTheAnchoredNode() throws {
        let node = try load("base: &b {type: string}\nother: *b\nkey: &k name\n*k : 1\n")
        #expect(node["other"]?.jsonText == #"{"type":"string"}"#)
        #expect(node["name"]?.scalar == .integer(1))
    }

    @Test func jsonTextEscapesLineSeparators() throws {
        let node = try load("v: \"a\\u2028b\\t\\\"\"\n")
        #expect(node["v"]?.jsonText == #""a\u2028b\t\"""#)
    }

    @Test func secondDocumentIsAnError() throws {
        let error = #expect(throws: DiagnosticsError.self) { try load("a: 1\n---\nb: 2\n") }
        #expect(error?.description == "t.yaml:2:1: error: expected a single document, found a second one")
    }
}
