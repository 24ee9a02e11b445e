import Foundation
import Testing
@testable import LettaCodegen

/// The byte-level doc-comment path gives exactly what the `Character`-level one gives, on every ASCII input.
@Suite struct ParagraphLinesTests {
    static func bothPaths(_ text: String) -> (bytes: [String]?, characters: [String]) {
        var copy = text
        return (copy.withUTF8 { TranslationContext.asciiParagraphLines($0) }, TranslationContext.unicodeParagraphLines(text))
    }

    @Test(arguments: [
        "", "\n", "  \n\t\n", "one line", "  indented\n    more\n  back", "\n\n  a\n\n\n  b  \n\n",
        "a\r\nb\r\n", "a\rb", "a\r\rb\n\r\nc", "  x\r\n    y\r\n", "\tx\n\ty", "x \t\r", " \t x\n   y", "a\n \n\n \nb",
        "    code:\n\n        let x = 1\n    done", "trailing\t \n", "\r\n\r\n  a\r\n",
    ])
    func theBytePathAgreesOnTrickyInput(_ text: String) {
        let (bytes, characters) = Self.bothPaths(text)
        #expect(bytes == characters)
    }

    @Test func nonASCIITextTakesTheCharacterPath() {
        #expect(Self.bothPaths("café").bytes == nil)
        #expect(TranslationContext.paragraphLines("  café\n  ☕ ") == ["café", "☕"])
    }

    /// Every description and title of the documents in ../shared (the ASCII ones) and of spec/letta.yaml.
    @Test func theBytePathAgreesOnEveryDescriptionOfTheSpecs() throws {
        var texts: [String] = []
        let paths = SharedDocument.specsWeDidNotWrite.map(\.path) + [
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("spec/letta.yaml").path,
        ]
        for path in paths {
            let document = try SpecLoader().load(path: path).document
            func collect(_ schema: Schema, depth: Int) {
                guard depth < 12 else { return }
                texts += [schema.description, schema.title].compactMap { $0 }
                for property in schema.properties { collect(property.schema, depth: depth + 1) }
                for member in (schema.oneOf ?? []) + (schema.anyOf ?? []) + (schema.allOf ?? []) { collect(member, depth: depth + 1) }
                if let items = schema.items { collect(items, depth: depth + 1) }
            }
            for named in document.schemas { collect(named.schema, depth: 0) }
        }
        var compared = 0
        var disagreements: [String] = []
        for text in texts {
            let (bytes, characters) = Self.bothPaths(text)
            guard let bytes else { continue }
            compared += 1
            if bytes != characters { disagreements.append(text) }
        }
        #expect(compared > 2_000)
        #expect(disagreements == [])
    }
}

extension ParagraphLinesTests {
    /// A CR is a line break in Swift source: left inside a `///` line it would end the comment.
    @Test func everyLineBreakSplits() {
        #expect(TranslationContext.paragraphLines("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
        #expect(TranslationContext.paragraphLines("é\r\nb\rc") == ["é", "b", "c"])
    }
}

/// The byte-level word split gives exactly what the `Character`-level one gives on ASCII names.
@Suite struct WordSplitTests {
    static func bothPaths(_ name: String) -> (bytes: [String]?, characters: [String]) {
        var copy = name
        return (copy.withUTF8 { SwiftNames.asciiWords($0) }, SwiftNames.characterWords(name))
    }

    @Test func theBytePathAgreesOnEveryNameOfTheSpecs() throws {
        var names = ["", "_", "a", "A", "imageURL2x", "ToolCallID", "tool_call_id", "tool-call id", "HTTPServer", "x2Y", "ABC", "a__b",
                     "letta__schemas__letta_message__ToolReturn", "9lives", "URLs", "iOS", "b64_json", "OAuth2Token"]
        for spec in SharedDocument.specsWeDidNotWrite {
            let document = try SpecLoader().load(path: spec.path).document
            func collect(_ schema: Schema, depth: Int) {
                guard depth < 12 else { return }
                names += schema.properties.map(\.name) + (schema.enumValues ?? []).compactMap(\.stringValue)
                for property in schema.properties { collect(property.schema, depth: depth + 1) }
                for member in (schema.oneOf ?? []) + (schema.anyOf ?? []) + (schema.allOf ?? []) { collect(member, depth: depth + 1) }
                if let items = schema.items { collect(items, depth: depth + 1) }
            }
            for named in document.schemas {
                names.append(named.name)
                collect(named.schema, depth: 0)
            }
        }
        var compared = 0
        var disagreements: [String] = []
        for name in names {
            let (bytes, characters) = Self.bothPaths(name)
            guard let bytes else { continue }
            compared += 1
            if bytes != characters { disagreements.append(name) }
        }
        #expect(compared > 5_000)
        #expect(disagreements == [])
    }
}
