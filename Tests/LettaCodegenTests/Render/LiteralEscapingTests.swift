import Testing
@_spi(Tooling) @testable import LettaCodegen

/// The byte-level escapers of generated text, pinned character by character.
@Suite struct LiteralEscapingTests {
    static let awkward = "a\"b\\c\nd\re\tf\u{0}\u{1}\u{1F}\u{7F}g\u{2028}h\u{2029}i\u{2026}é☕\u{1F600}"

    @Test func jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        #expect(
            OrderedJSON.string(Self.awkward).text
                == #""a\"b\\c\nd\re\tf\u0000\u0001\u001f"# + "\u{7F}g\u{2028}h\u{2029}i\u{2026}é☕\u{1F600}\"")
    }

    @Test func jsonInDocCommentsAlsoEscapesLineSeparators() {
        #expect(
            OrderedJSON.string(Self.awkward).escapedText
                == #""a\"b\\c\nd\re\tf\u0000\u0001\u001f"# + "\u{7F}" + #"g\u2028h\u2029i"# + "\u{2026}é☕\u{1F600}\"")
    }

    @Test func jsonContainersAreCompactAndKeepKeyOrder() {
        let value = OrderedJSON.members([
            ("z\n", .array([.null, .bool(true), .integer(-3), .double(0.5), .double(.infinity)])), ("a", .object([])),
        ])
        #expect(value.text == #"{"z\n":[null,true,-3,0.5,null],"a":{}}"#)
    }

    @Test func swiftStringLiteralsEscapeWhatSwiftWouldMisread() {
        #expect(
            SwiftLiteral.string(Self.awkward)
                == #""a\"b\\c\nd\re\tf\u{0}\u{1}\u{1f}\u{7f}g\u{2028}h\u{2029}i"# + "\u{2026}é☕\u{1F600}\"")
        #expect(SwiftLiteral.string("plain") == #""plain""#)
        #expect(SwiftLiteral.string("\u{E2}\u{80}") == "\"\u{E2}\u{80}\"")
        #expect(SwiftLiteral.stringArray([]) == "[]")
        #expect(SwiftLiteral.stringArray(["a", "b\""]) == #"["a", "b\""]"#)
    }
}
