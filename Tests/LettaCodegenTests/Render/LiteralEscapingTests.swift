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

    /// The check for "needs escaping" runs over whole vectors of bytes and then the rest one at a time: a byte that
    /// needs an escape is found at every position of strings of every length around those widths.
    @Test(arguments: [("\"", #"\""#), ("\\", #"\\"#), ("\n", #"\n"#), ("\u{1}", #"\u0001"#)])
    func jsonStringsEscapeAByteAtAnyPosition(character: String, escaped: String) {
        for length in [1, 15, 16, 17, 31, 32, 33, 64, 65, 100] {
            for position in 0..<length {
                let plain = String(repeating: "x", count: length - 1)
                let prefix = String(plain.prefix(position))
                let suffix = String(plain.dropFirst(position))
                #expect(OrderedJSON.string(prefix + character + suffix).text == "\"" + prefix + escaped + suffix + "\"")
            }
            let plain = String(repeating: "é", count: length)
            #expect(OrderedJSON.string(plain).text == "\"" + plain + "\"")
        }
    }

    @Test func jsonInDocCommentsFindsALineSeparatorPastTheFirstVectors() {
        let long = String(repeating: "y", count: 40)
        #expect(OrderedJSON.string(long + "\u{2028}").escapedText == "\"" + long + #"\u2028""#)
        #expect(OrderedJSON.string(long + "\u{2028}").text == "\"" + long + "\u{2028}\"")
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
