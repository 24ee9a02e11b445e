import Foundation
import Testing
@_spi(Tooling) @testable import LettaCodegen

/// `YAMLEmitter`: what it writes loads back to the same values, and reads as a person would write it.
@Suite struct YAMLEmitterTests {
    /// Strings that look like other types, syntax, or whitespace that block scalars lose.
    static let awkwardStrings: [String] = [
        "", " ", "plain words", "null", "Null", "~", "true", "no", "yes", "off", "y", "1", "-1", "1.5", "1e3", ".inf", "-.inf",
        ".nan", "0x1F", "0o17", "1_000", "2026-03-31", "3.1.0", "a: b", "a:b", "a #b", "#a", "- a", "-a", "? a", "[a]", "{a}",
        "a, b", "'quoted'", "\"quoted\"", "*alias", "&anchor", "!tag", "|", ">", "%directive", "@at", "`tick`", "back\\slash",
        "trailing ", " leading", "ends with colon:", "tab\there", "line\nbreak", "ends with break\n", "two breaks\n\n",
        "\nleading break", "  indented first\nsecond", "a\n  indented\nb", "spaces only line\n   \nafter", "\r\ncrlf",
        "nul\u{0}byte", "bell\u{7}", "del\u{7F}", "nel\u{85}", "ls\u{2028}ps\u{2029}", "bom\u{FEFF}", "é unicode ✓", "emoji 🧪",
        "/v1/conversations/{conversation_id}", "$ref", "#/components/schemas/X", "<<", "=",
    ]

    @Test func everyAwkwardStringLoadsBackUnchanged() throws {
        for text in Self.awkwardStrings {
            let at = SourceLocation(file: "test", line: 1, column: 1)
            let node = YAMLNode.mapping(
                [
                    YAMLMappingEntry(key: text, keyLocation: at, value: .scalar(.string(text), at: at)),
                    YAMLMappingEntry(
                        key: "list", keyLocation: at,
                        value: .sequence(
                            [
                                .scalar(.string(text), at: at),
                                .mapping([YAMLMappingEntry(key: "k", keyLocation: at, value: .scalar(.string(text), at: at))], at: at),
                            ], at: at)),
                ], at: at)
            let emitted = YAMLEmitter.document(node)
            let loaded = try YAMLLoader().load(bytes: Array(emitted.utf8), file: "emitted.yaml")
            #expect(OrderedJSON(loaded).escapedText == OrderedJSON(node).escapedText, "\(String(reflecting: text)) emitted as:\n\(emitted)")
        }
    }

    /// `n` is quoted: YAML 1.1 readers take it for false.
    @Test func layoutIsBlockStyleWithPlainScalarsWhereSafe() throws {
        let source = """
            {"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {}, "list": [], "n": 3, "x": 0.5,
             "b": false, "z": null, "items": [{"a": 1, "b": [2, "two words"]}, ["nested"]],
             "text": "first line\\nsecond line\\n"}
            """
        let node = try YAMLLoader().load(bytes: Array(source.utf8), file: "source.json")
        #expect(
            YAMLEmitter.document(node) == """
                openapi: "3.1.0"
                info:
                  title: T
                  version: "1"
                paths: {}
                list: []
                "n": 3
                x: 0.5
                b: false
                z: null
                items:
                  - a: 1
                    b:
                      - 2
                      - two words
                  -
                    - nested
                text: |
                  first line
                  second line

                """)
    }
}
