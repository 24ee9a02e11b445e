import Foundation
import Testing
@testable import LettaCodegen

/// The byte-level doc-comment path gives exactly what the `Character`-level one gives, on every input it accepts,
/// and declines the inputs where Unicode whitespace rules could make them differ.
@Suite struct ParagraphLinesTests {
    static func bothPaths(_ text: String) -> (bytes: [String]?, characters: [String]) {
        var copy = text
        return (copy.withUTF8 { TranslationContext.byteParagraphLines($0) }, TranslationContext.unicodeParagraphLines(text))
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

    @Test(arguments: [
        "café", "naïve \u{201C}quoted\u{201D}\n\n  no dash", "x\u{301}\n y", "tab\t\u{2019}s", "  ends with é.  \n  b",
        "a \u{1F600} \u{1F600}\n  t\u{00E9}t\u{00E9}", "mid \u{00A0} space", "x\u{600}x \n  y",
    ])
    func nonASCIITextAwayFromTrimmedWhitespaceTakesTheBytePath(_ text: String) {
        let (bytes, characters) = Self.bothPaths(text)
        #expect(bytes == characters)
    }

    /// A Unicode space alone on a line (blank to `Character` rules), a combining mark after indentation, a prepended
    /// mark before trailing spaces: the bytes could disagree, so they decline; so does any line that starts with a
    /// non-ASCII character, or has one just before its trailing spaces.
    @Test(arguments: [
        "  a\n\u{00A0}\n  b", "  a\n \u{3000}\n  b", "  a\n  \u{301}b", "a\n\t\u{301}", "x\u{600} \n  y", "\u{600}\t",
        "  café\n  ☕ ", "  — dash", "é  ", "\u{1F600} first", "\u{600}x",
    ])
    func nonASCIIAtTrimmedWhitespaceTakesTheCharacterPath(_ text: String) {
        #expect(Self.bothPaths(text).bytes == nil)
        #expect(TranslationContext.paragraphLines(text) == TranslationContext.unicodeParagraphLines(text))
    }

    @Test func nonASCIILinesAreTrimmedLikeASCIIOnes() {
        #expect(TranslationContext.paragraphLines("  café\n  ☕ ") == ["café", "☕"])
    }

    /// Every description and title of the documents in ../shared and of spec/letta.yaml.
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
        var comparedNonASCII = 0
        var disagreements: [String] = []
        for text in texts {
            let (bytes, characters) = Self.bothPaths(text)
            guard let bytes else { continue }
            compared += 1
            if !text.utf8.allSatisfy({ $0 < 0x80 }) { comparedNonASCII += 1 }
            if bytes != characters { disagreements.append(text) }
        }
        #expect(compared > 2_000)
        #expect(comparedNonASCII > 10)
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

/// The byte-level word split, type names and member names give exactly what the `Character`-level ones give on ASCII
/// names.
@Suite struct WordSplitTests {
    static func bothPaths(_ name: String) -> (bytes: [String]?, characters: [String]) {
        var copy = name
        return (copy.withUTF8 { SwiftNames.asciiWords($0) }, SwiftNames.characterWords(name))
    }

    @Test func theBytePathAgreesOnEveryNameOfTheSpecs() throws {
        var names = ["", "_", "a", "A", "imageURL2x", "ToolCallID", "tool_call_id", "tool-call id", "HTTPServer", "x2Y", "ABC", "a__b",
                     "letta__schemas__letta_message__ToolReturn", "9lives", "URLs", "iOS", "b64_json", "OAuth2Token",
                     "openai_api_key", "chat_openrouter", "SGLang", "io", "IO", "api_io", "Type", "protocol", "self", "any",
                     "llm_config_ids", "OTID", "https_url", "HTTPS", "oauth_token", "Ids", "chatgpt", "9_ids", "none", "UI_kit"]
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
            var copy = name
            let (typeName, memberName) = copy.withUTF8 { (SwiftNames.asciiTypeName($0), SwiftNames.asciiMemberName($0)) }
            if typeName != SwiftNames.characterTypeName(name) { disagreements.append("type name of " + name) }
            if memberName != SwiftNames.characterMemberName(name) { disagreements.append("member name of " + name) }
        }
        #expect(compared > 5_000)
        #expect(disagreements == [])
    }
}
