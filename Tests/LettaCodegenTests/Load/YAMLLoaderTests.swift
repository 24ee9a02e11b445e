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

    /// The loader matches keywords on libyaml's bytes; the text path must agree on every spelling and near miss.
    @Test(arguments: [
        "~", "null", "Null", "NULL", "nUll", "nul", "nulls", "true", "True", "TRUE", "tRUE", "truer", "false", "False",
        "FALSE", "falsE", "fals", ".inf", ".Inf", ".INF", ".iNF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
        "-.iNf", "+.nan", ".nan", ".NaN", ".NAN", ".NAn", "~~", "n", "t", "f", "number", "text", "+", ".", "-x",
        "0", "-0", "+0", "007", "42", "-42", "+42", "+-4", "--4", "4-2", "123456789012345678", "-123456789012345678",
        "1234567890123456789", "9223372036854775807", "9223372036854775808", "0x1F", "0o17", "1e3", "1.",
    ])
    func keywordsMatchedOnBytesAgreeWithTheTextPath(text: String) throws {
        let node = try load("v: \(text)\n")
        let expected = YAMLTreeBuilder.resolve(text: text, tag: nil, isPlain: true)
        switch (node["v"]?.scalar, expected) {
        case (.double(let loaded)?, .double(let resolved)) where loaded.isNaN && resolved.isNaN: break
        default: #expect(node["v"]?.scalar == expected)
        }
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

    /// Children wait in a scratch stack until their container closes: siblings before, inside and after nested
    /// containers of both kinds keep their order, and each collection holds only its own children.
    @Test func nestedContainersKeepTheirOwnChildrenInOrder() throws {
        let node = try load(
            """
            a: [1, {b: [2, {c: 3, d: [4]}, 5], e: 6}, 7]
            f: {g: {h: [8, 9]}, i: [], j: {}}
            k: 10
            """)
        #expect(node.jsonText == #"{"a":[1,{"b":[2,{"c":3,"d":[4]},5],"e":6},7],"f":{"g":{"h":[8,9]},"i":[],"j":{}},"k":10}"#)
        #expect(node["a"]?.elements?.count == 3)
        #expect(node["a"]?.elements?[1]["b"]?.elements?.map(\.jsonText) == ["2", #"{"c":3,"d":[4]}"#, "5"])
        #expect(node["f"]?.entries?.map(\.key) == ["g", "i", "j"])
        #expect(node["f"]?["i"]?.elements?.isEmpty == true)
        #expect(node["f"]?["j"]?.entries?.isEmpty == true)
        #expect(node["f"]?["g"]?["h"]?.elements?[1].location == SourceLocation(file: "t.yaml", line: 2, column: 16))
    }

    /// A node built from nodes of other documents holds copies of them: the same values and locations, in a
    /// document of its own.
    @Test func builtNodesCopyNodesOfOtherDocuments() throws {
        let first = try load("x: {p: [1, 2]}\n")
        let second = try load("y: &a two\nz: *a\n")
        let at = SourceLocation(file: "built", line: 1, column: 1)
        let built = YAMLNode.mapping(
            [
                YAMLMappingEntry(key: "from-first", keyLocation: at, value: try #require(first["x"])),
                YAMLMappingEntry(
                    key: "from-second", keyLocation: at, value: .sequence([try #require(second["z"]), .scalar(.null, at: at)], at: at)),
            ], at: at)
        #expect(built.jsonText == #"{"from-first":{"p":[1,2]},"from-second":["two",null]}"#)
        #expect(built["from-first"]?["p"]?.elements?[1].location == SourceLocation(file: "t.yaml", line: 1, column: 12))
        // An alias is the anchored node itself, located where the anchor is written.
        #expect(built["from-second"]?.elements?[0].location == SourceLocation(file: "t.yaml", line: 1, column: 4))
        #expect(built.location == at)
    }

    /// An anchored mapping stands for every node in it, keys included: `{k1: 1, k2: 2}` is five nodes.
    @Test func aliasBudgetCountsMappingKeys() throws {
        let text = "a: &a {k1: 1, k2: 2}\nb: [*a, *a]\n"
        let tight = YAMLLoader(limits: .init(maximumAliasExpandedNodes: 9))
        let error = #expect(throws: DiagnosticsError.self) { try tight.load(bytes: Array(text.utf8), file: "t.yaml") }
        #expect(error?.description == "t.yaml:2:9: error: alias expansion exceeds 9 nodes; refusing a possible alias bomb")
        let enough = YAMLLoader(limits: .init(maximumAliasExpandedNodes: 10))
        #expect(try enough.load(bytes: Array(text.utf8), file: "t.yaml")["b"]?.elements?.count == 2)
    }

    /// A key is a duplicate when it is the same string as `==` sees it (NFC and NFD spellings alike), in small
    /// mappings and in ones past the size where the loader keeps an index; keys of nested mappings do not count.
    @Test(arguments: [2, YAMLTreeBuilder.keysScannedInOrder + 10])
    func duplicateKeysInMappingsOfEverySize(otherKeys: Int) throws {
        let others = (0..<otherKeys).map { "k\($0): {caf\u{E9}: 1}" }.joined(separator: ", ")
        let text = "m: {caf\u{E9}: 1, \(others), cafe\u{301}: 2}\n"
        let error = #expect(throws: DiagnosticsError.self) { try load(text) }
        let column = text.unicodeScalars.count - "cafe\u{301}: 2}\n".unicodeScalars.count + 1
        #expect(error?.description == "t.yaml:1:\(column): error: duplicate key 'cafe\u{301}' (first defined at 1:5)")
        #expect(try load("m: {caf\u{E9}: 1, \(others)}\n")["m"]?.entries?.count == otherKeys + 1)
    }

    /// An ASCII key and a non-ASCII spelling of it (`K` and the Kelvin sign, U+212A, which is canonically `K`)
    /// are one key, whichever comes first, in small mappings and in large ones, whose index switches from
    /// spellings to texts when the first non-ASCII key arrives.
    @Test(arguments: [
        (2, "K", "\u{212A}"), (2, "\u{212A}", "K"),
        (YAMLTreeBuilder.keysScannedInOrder + 10, "K", "\u{212A}"), (YAMLTreeBuilder.keysScannedInOrder + 10, "\u{212A}", "K"),
    ])
    func asciiAndNonASCIISpellingsOfOneKey(otherKeys: Int, first: String, second: String) throws {
        let others = (0..<otherKeys).map { "k\($0): 1" }.joined(separator: ", ")
        let text = "m: {\(first): 1, \(others), \(second): 2}\n"
        let error = #expect(throws: DiagnosticsError.self) { try load(text) }
        let column = text.unicodeScalars.count - "\(second): 2}\n".unicodeScalars.count + 1
        #expect(error?.description == "t.yaml:1:\(column): error: duplicate key '\(second)' (first defined at 1:5)")
    }

    /// A repeated ASCII key is found by its spelling in a mapping large enough to be indexed, and in a document
    /// with more distinct keys than the key table first holds.
    @Test(arguments: [30, YAMLTreeBuilder.keysScannedInOrder + 10, 700])
    func repeatedASCIIKeyInLargeMappings(otherKeys: Int) throws {
        let others = (0..<otherKeys).map { "k\($0): 1" }.joined(separator: ", ")
        let text = "m: {a: 1, \(others), a: 2}\n"
        let error = #expect(throws: DiagnosticsError.self) { try load(text) }
        let column = text.unicodeScalars.count - "a: 2}\n".unicodeScalars.count + 1
        #expect(error?.description == "t.yaml:1:\(column): error: duplicate key 'a' (first defined at 1:5)")
        let distinct = try load("m: {a: 1, \(others)}\nn: {k\(otherKeys - 1): 2, a: 3}\n")
        #expect(distinct["m"]?.entries?.map(\.key) == ["a"] + (0..<otherKeys).map { "k\($0)" })
        #expect(distinct["n"]?.entries?.map(\.key) == ["k\(otherKeys - 1)", "a"])
        #expect(distinct["n"]?["a"]?.scalar == .integer(3))
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
