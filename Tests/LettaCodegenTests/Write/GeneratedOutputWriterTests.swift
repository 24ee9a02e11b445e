import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

@Suite struct GeneratedOutputWriterTests {
    private func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func secondWriteRewritesNothingAndStaleFilesGo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let writer = GeneratedOutputWriter()
        let first = try writer.write(["A.swift": "a\n", "B.swift": "b\n"], to: directory)
        #expect(first == .init(written: ["A.swift", "B.swift"], unchanged: [], removed: []))
        let modified = try FileManager.default.attributesOfItem(atPath: directory + "/A.swift")[.modificationDate] as? Date
        try "keep me".write(toFile: directory + "/README.md", atomically: true, encoding: .utf8)
        let second = try writer.write(["A.swift": "a\n", "C.swift": "c\n"], to: directory)
        #expect(second == .init(written: ["C.swift"], unchanged: ["A.swift"], removed: ["B.swift"]))
        let after = try FileManager.default.attributesOfItem(atPath: directory + "/A.swift")[.modificationDate] as? Date
        #expect(modified == after)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["A.swift", "C.swift", "README.md"])
    }

    @Test func aSpecErrorLeavesTheOutputUntouched() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try GeneratedOutputWriter().write(["Old.swift": "old\n"], to: directory + "/LettaModels")
        let spec = directory + "/bad.yaml"
        try "openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      $ref: '#/components/schemas/Nope'\n"
            .write(toFile: spec, atomically: true, encoding: .utf8)
        let error = #expect(throws: DiagnosticsError.self) {
            try ModelGenerator().generate(specPath: spec, specDisplayName: "bad.yaml")
        }
        #expect(
            error?.diagnostics.map(\.message) == [
                "unknown '$ref' target '#/components/schemas/Nope': no 'Nope' under '/components/schemas'"
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/LettaModels") == ["Old.swift"])
        #expect(try String(contentsOfFile: directory + "/LettaModels/Old.swift", encoding: .utf8) == "old\n")
    }

    /// Stale-file search: nested directories and hidden files are found, a link is listed but not followed, only
    /// managed extensions count.
    @Test func staleFileSearchWalksEveryDirectory() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for directory in ["a/b", "z"] {
            try FileManager.default.createDirectory(atPath: root + "/" + directory, withIntermediateDirectories: true)
        }
        for file in ["a/b/One.swift", "a/.hidden.swift", "z/Two.jsonl", "z/notes.md"] {
            #expect(FileManager.default.createFile(atPath: root + "/" + file, contents: Data()))
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/a")
        #expect(GeneratedOutputWriter().existingManagedFiles(in: root) == ["a/.hidden.swift", "a/b/One.swift", "z/Two.jsonl"])
        #expect(GeneratedOutputWriter().existingManagedFiles(in: root + "/missing").isEmpty)
    }
}
