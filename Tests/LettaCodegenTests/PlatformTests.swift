import Foundation
import Testing
@_spi(Tooling) @testable import LettaCodegen

/// What replaced Foundation in the generator: path arithmetic as `NSString` does it, percent decoding as
/// `removingPercentEncoding` does it, blank lines as `CharacterSet.whitespaces` sees them.
@Suite struct PlatformTests {
    /// `NSString`'s answers, except for `a`, which crashes swift-corelibs-foundation's `deletingLastPathComponent`.
    @Test(arguments: [
        ("a/b", "a", "b", ""), ("/a/b", "/a", "b", ""), ("a/b/", "a", "b", ""), ("a", "", "a", ""), ("/", "/", "/", ""),
        ("", "", "", ""), ("/a", "/", "a", ""), ("a//b", "a", "b", ""), ("dir/.hidden", "dir", ".hidden", ""),
        ("x.tar.gz", "", "x.tar.gz", "gz"), ("a.b/c", "a.b", "c", ""), ("spec/letta-codegen.yaml", "spec", "letta-codegen.yaml", "yaml"),
    ])
    func pathsSplitAsNSStringSplitsThem(path: String, directory: String, last: String, fileExtension: String) {
        #expect(PathText.directory(of: path) == directory)
        #expect(PathText.lastComponent(of: path) == last)
        #expect(PathText.fileExtension(of: path) == fileExtension)
    }

    @Test func appendingPutsOneSlashBetween() {
        #expect(PathText.appending("b", to: "a") == "a/b")
        #expect(PathText.appending("b", to: "a/") == "a/b")
        #expect(PathText.appending("b", to: "") == "b")
        #expect(PathText.appending("b", to: "/") == "/b")
    }

    @Test(arguments: ["plain", "a%20b", "%7E%2F", "caf%C3%A9", "%", "%4", "%zz", "%C3", "%FF", "100%25", "%e2%80%a8"])
    func percentDecodingAgreesWithFoundation(text: String) {
        #expect(ReferenceTarget.percentDecoded(text) == text.removingPercentEncoding)
    }

    /// Every scalar of the Basic Multilingual Plane alone and after a space, and a few mixed lines.
    @Test func blankMeansWhatCharacterSetWhitespacesHolds() {
        var lines = ["", " ", "\t", " \t ", "a", " a", " \u{301}"]
        lines += (0...0xFFFF).compactMap(Unicode.Scalar.init).flatMap { [String($0), " " + String($0)] }
        for line in lines {
            #expect(TranslationContext.isBlank(line) == line.trimmingCharacters(in: .whitespaces).isEmpty, "\(line.unicodeScalars.map(\.value))")
        }
    }

    @Test func childProcessOutputIsCaptured() throws {
        #expect(try ChildProcess.standardOutput(of: ["printf", "%s|%s", "a b", "c"]) == Array("a b|c".utf8))
        #expect(throws: ChildProcess.Failure.self) { try ChildProcess.standardOutput(of: ["letta-codegen-no-such-program"]) }
    }
}
