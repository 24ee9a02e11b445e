import CodegenTestSupport
import Foundation
import Testing

@testable import LettaCodegen

/// `JSONEventReader` against libyaml: every document loads to the same tree (kinds, scalars, key order, every
/// location), and a document the reader leaves to libyaml gives libyaml's diagnostic.
@Suite struct JSONEventReaderTests {
    /// The tree of `text` (or the diagnostics) with and without the reader.
    private func bothWays(_ text: String, file: String = "doc.json") -> (reader: String, libyaml: String) {
        let bytes = Array(text.utf8)
        func outline(_ loader: YAMLLoader) -> String {
            do {
                return Self.outline(try loader.load(bytes: bytes, file: file))
            } catch {
                return error.diagnostics.map(\.description).joined(separator: "\n")
            }
        }
        return (outline(YAMLLoader()), outline(YAMLLoader(readsJSONItself: false)))
    }

    /// Whether the reader reads `bytes` itself (rather than leaving them to libyaml).
    private func readsItself(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { JSONEventReader.load($0, file: "doc.json", limits: YAMLLoader.Limits()) } != nil
    }

    /// Every node with its location, every key with its own, one a line.
    static func outline(_ node: YAMLNode, indent: String = "") -> String {
        let here = "\(node.location.line):\(node.location.column)"
        switch node.content {
        case .scalar(let scalar):
            return "\(indent)\(here) \(scalar)"
        case .sequence(let elements):
            return ([indent + here + " ["] + elements.map { outline($0, indent: indent + "  ") }).joined(separator: "\n")
        case .mapping(let entries):
            let lines = entries.map { entry in
                "\(indent)  \(entry.keyLocation.line):\(entry.keyLocation.column) key \(entry.key.debugDescription)\n"
                    + outline(entry.value, indent: indent + "    ")
            }
            return ([indent + here + " {"] + lines).joined(separator: "\n")
        }
    }

    @Test(arguments: [
        #"{"a": 1, "b": [true, false, null, -0.5e+3, 0, -12, 1E2], "c": {}, "d": [], "e": {"f": "g"}}"#,
        "{\n  \"openapi\": \"3.1.0\",\n  \"info\": {\n    \"title\": \"T\"\n  }\n}\n",
        "\r\n{\r\n\t\"a\":\t[1,\r\n2]\r}\n",
        #"{"escapes": "\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \u20ac \u0000", "é€😀 key": "ü😀", "after": 1}"#,
        #"[{"x": "\u2028"}, "plain", 1.0, "1.0", "true", "null", ""]"#,
        "{\"a\":1,\"b\":{\"c\":[[],[{}],\"é\"]},\"ü\":\"é\",\"z\":2}",
        #"{"number": 123456789012345678901234567890, "small": 1e-400, "big": 1e400}"#,
        "  [ 1 , 2 ]  \n\n",
    ])
    func sameTreeAsLibYAML(text: String) {
        #expect(readsItself(Array(text.utf8)))
        let (reader, libyaml) = bothWays(text)
        #expect(reader == libyaml)
        #expect(!reader.contains("error"))
    }

    /// Documents the reader leaves to libyaml (not JSON, or JSON that YAML reads otherwise or rejects): the answer
    /// is libyaml's, tree or diagnostic.
    @Test(arguments: [
        #"{"a": 1,}"#,  // a trailing comma: YAML accepts it
        #"{"a": 1, "a": 2}"#,  // a duplicate key: the builder's error, as libyaml's path reports it
        #"{"pair": "\ud83d\ude00"}"#,  // an escaped surrogate pair: libyaml rejects each half
        "{\"a\"\n: 1}",  // a key's colon on the next line: not an implicit key to YAML
        "{\"tab\": \"a\tb\"}",  // a raw tab in a string: YAML allows it, JSON does not
        "{\"nel\": \"a\u{85}b\"}",  // NEL, a line break to YAML
        "{\"ls\": \"a\u{2028}b\"}",  // LS, a line break to YAML
        "{\"del\": \"a\u{7F}b\"}",  // DEL, not printable to YAML
        "\t{\"a\": 1}",  // a tab before the root
        #"{"a": truex}"#,
        #"{"a": 01}"#,
        #"{"a": 1} trailing"#,
        #"{"a": [1, 2}"#,
        #"{"a": "unterminated}"#,
        "{a: 1}",
        "[1, 2] # a comment",
        #"{"long": 1, ""#.appending(String(repeating: "k", count: 1_100)).appending(#"": 2}"#),
    ])
    func leftToLibYAMLWithLibYAMLsAnswer(text: String) {
        #expect(!readsItself(Array(text.utf8)))
        let (reader, libyaml) = bothWays(text)
        #expect(reader == libyaml)
    }

    @Test func deepNestingGivesTheBuildersDiagnostic() {
        let text = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(!readsItself(Array(text.utf8)))
        let (reader, libyaml) = bothWays(text)
        #expect(reader == libyaml)
        #expect(reader == "doc.json:1:257: error: nesting deeper than 256 levels")
    }

    /// The real Letta documents (both versions), read whole: the trees are the same, location for location.
    @Test(
        .enabled(if: SharedDocument.march.isAvailable, "../shared/upstream is not beside the checkout"),
        arguments: [SharedDocument.march, .october])
    func upstreamDocumentsLoadTheSame(document: SharedDocument) throws {
        let path = document.path
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(readsItself(Array(bytes)))
        let reader = try YAMLLoader().load(bytes: Array(bytes), file: path)
        let libyaml = try YAMLLoader(readsJSONItself: false).load(bytes: Array(bytes), file: path)
        #expect(Self.outline(reader) == Self.outline(libyaml))
    }
}
