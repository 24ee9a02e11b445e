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

    /// Output in several reads, a program that fails (its status is not looked at), and one that is not there.
    @Test func childProcessOutputIsCaptured() throws {
        #expect(try ChildProcess.standardOutput(of: ["printf", "%s|%s", "a b", "c"]) == Array("a b|c".utf8))
        let large = try ChildProcess.standardOutput(of: ["head", "-c", "300000", "/dev/zero"])
        #expect(large.count == 300_000 && large.allSatisfy { $0 == 0 })
        #expect(try ChildProcess.standardOutput(of: ["sh", "-c", "printf out; exit 3"]) == Array("out".utf8))
        let missing = #expect(throws: ChildProcess.Failure.self) { try ChildProcess.standardOutput(of: ["letta-codegen-no-such-program"]) }
        #expect(missing?.description == "cannot run letta-codegen-no-such-program: No such file or directory")
    }

    /// Stale-file search: nested directories, hidden files, a link listed but not followed, an unreadable directory
    /// skipped while the walk goes on.
    @Test func directoryWalkListsEverythingAndSkipsWhatItCannotRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("letta-walk-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        for directory in ["a/b", "locked", "z"] {
            try FileManager.default.createDirectory(atPath: root + "/" + directory, withIntermediateDirectories: true)
        }
        for file in ["a/b/One.swift", "a/.hidden.swift", "locked/Secret.swift", "z/Two.jsonl"] {
            #expect(FileManager.default.createFile(atPath: root + "/" + file, contents: Data()))
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/a")
        chmod(root + "/locked", 0)
        defer { chmod(root + "/locked", 0o755) }
        let found = DirectoryWalk.relativePaths(under: root).sorted()
        // Root can read any directory; anyone else cannot read `locked`.
        let secret = getuid() == 0 ? ["locked/Secret.swift"] : []
        #expect(found == (["a", "a/.hidden.swift", "a/b", "a/b/One.swift", "link", "locked"] + secret + ["z", "z/Two.jsonl"]).sorted())
        #expect(DirectoryWalk.relativePaths(under: root + "/missing").isEmpty)
    }
}
