import Foundation
import Testing
@testable import LettaCodegen

/// What replaced Foundation in the generator: path arithmetic as `NSString` does it, percent decoding as
/// `removingPercentEncoding` does it, blank lines as `CharacterSet.whitespaces` sees them, JSON-pointer escapes, and
/// running `diff`.
@Suite struct PlatformTests {
    /// Pinned answers, each also `NSString`'s (checked below where `NSString` can be asked).
    @Test(arguments: [
        ("a/b", "a", "b", ""), ("/a/b", "/a", "b", ""), ("a/b/", "a", "b", ""), ("a", "", "a", ""), ("/", "/", "/", ""),
        ("", "", "", ""), ("/a", "/", "a", ""), ("a//b", "a", "b", ""), ("dir/.hidden", "dir", ".hidden", ""),
        ("x.tar.gz", "", "x.tar.gz", "gz"), ("a.b/c", "a.b", "c", ""), ("spec/letta-codegen.yaml", "spec", "letta-codegen.yaml", "yaml"),
    ])
    func pathsSplitAsNSStringSplitsThem(path: String, directory: String, last: String, fileExtension: String) {
        #expect(PathText.directory(of: path) == directory)
        #expect(PathText.lastComponent(of: path) == last)
        #expect(PathText.fileExtension(of: path) == fileExtension)
        let nsPath = path as NSString
        #expect(nsPath.lastPathComponent == last)
        #expect(nsPath.pathExtension == fileExtension)
        // swift-corelibs-foundation's `deletingLastPathComponent` traps on a one-character path such as `a`.
        if path.count != 1 { #expect(nsPath.deletingLastPathComponent == directory) }
    }

    /// The same as `appendingPathComponent` for the paths the tools join; unlike it, repeated slashes stay.
    @Test func appendingPutsOneSlashBetween() {
        for (directory, component) in [("a", "b"), ("a/", "b"), ("", "b"), ("/", "b"), ("Generated", "LettaModels")] {
            #expect(PathText.appending(component, to: directory) == (directory as NSString).appendingPathComponent(component))
        }
        #expect(PathText.appending("b", to: "a//") == "a//b")
    }

    /// Escaping and unescaping a JSON-pointer token, byte by byte, against RFC 6901's two replacements.
    @Test(arguments: ["plain", "a/b", "a~b", "~01", "~~1", "~10", "~0~1", "~~01", "~", "~2", "~\u{301}x"])
    func pointerTokensRoundTrip(token: String) {
        let twoReplacements = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        #expect(ReferenceTarget.unescapedToken(token) == twoReplacements)
        // Escaped as a pointer is written, then read back: the token itself.
        let written = token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        #expect(ReferenceTarget.tokens(of: "/" + written) == [token])
    }

    @Test(arguments: ["plain", "a%20b", "%7E%2F", "caf%C3%A9", "%", "%4", "%zz", "%C3", "%FF", "100%25", "%e2%80%a8"])
    func percentDecodingAgreesWithFoundation(text: String) {
        #expect(ReferenceTarget.percentDecoded(text) == text.removingPercentEncoding)
    }

    /// Blank is tab, the space separators and U+200B; on Linux that is exactly swift-corelibs-foundation's
    /// `CharacterSet.whitespaces`, checked over the Basic Multilingual Plane.
    @Test func blankMeansWhatCharacterSetWhitespacesHolds() {
        #expect(TranslationContext.isBlank(" \t\u{A0}\u{2003}\u{200B}\u{3000}"))
        #expect(!TranslationContext.isBlank(" \u{301}"))
        #expect(!TranslationContext.isBlank(" a"))
        #expect(!TranslationContext.isBlank("\u{85}"))
        #if os(Linux)
            let lines = (0...0xFFFF).compactMap(Unicode.Scalar.init).flatMap { [String($0), " " + String($0)] }
            for line in lines {
                #expect(
                    TranslationContext.isBlank(Substring(line)) == line.trimmingCharacters(in: .whitespaces).isEmpty,
                    "\(line.unicodeScalars.map(\.value))")
            }
        #endif
    }
}
