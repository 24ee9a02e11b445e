import Testing
@testable import LettaCodegen

/// How a description becomes `///` lines: every line break splits, trailing spaces and tabs go, the shared
/// indentation goes, blank lines at the ends go, and one blank line separates paragraphs.
@Suite struct ParagraphLinesTests {
    @Test(
        arguments: [
            ("", []),
            ("\n", []),
            ("  \n\t\n", []),
            ("one line", ["one line"]),
            ("  indented\n    more\n  back", ["indented", "  more", "back"]),
            ("\n\n  a\n\n\n  b  \n\n", ["a", "", "b"]),
            ("a\r\nb\r\n", ["a", "b"]),
            ("a\rb", ["a", "b"]),
            ("  x\r\n    y\r\n", ["x", "  y"]),
            ("x \t\r", ["x"]),
            ("a\n \n\n \nb", ["a", "", "b"]),
            ("    code:\n\n        let x = 1\n    done", ["code:", "", "    let x = 1", "done"]),
            ("trailing\t \n", ["trailing"]),
        ] as [(String, [String])])
    func linesAreTrimmedAndParagraphsKept(_ text: String, _ lines: [String]) {
        #expect(TranslationContext.paragraphLines(text) == lines)
    }

    /// Unicode whitespace counts as Foundation counts it: a line of only U+00A0 is blank (it sets no indentation,
    /// and is kept: only spaces and tabs are trimmed); a space joined to a combining mark is not a space, so it
    /// indents its line by one less; non-ASCII text is kept as written.
    @Test(
        arguments: [
            ("  a\n\u{00A0}\n  b", ["a", "\u{00A0}", "b"]),
            ("  café\n  ☕ ", ["café", "☕"]),
            ("naïve \u{201C}quoted\u{201D}\n\n  no dash", ["naïve \u{201C}quoted\u{201D}", "", "  no dash"]),
            ("  a\n  \u{301}b", [" a", " \u{301}b"]),
        ] as [(String, [String])])
    func unicodeTextIsTrimmedByCharacters(_ text: String, _ lines: [String]) {
        #expect(TranslationContext.paragraphLines(text) == lines)
    }

    /// A CR is a line break in Swift source: left inside a `///` line it would end the comment.
    @Test func everyLineBreakSplits() {
        #expect(TranslationContext.paragraphLines("a\r\nb\rc\nd") == ["a", "b", "c", "d"])
        #expect(TranslationContext.paragraphLines("é\r\nb\rc") == ["é", "b", "c"])
    }
}
