import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

/// Generated/LettaModels is the golden output of spec/letta.yaml. Re-record only on purpose:
/// `LETTA_CODEGEN_RECORD=1 swift test --filter GoldenTests`, then read `git diff Generated/` before committing.
@Suite struct GoldenTests {
    static func generateFromSpec() throws -> ModelGenerator.Output {
        let configuration = try CodegenConfiguration.load(path: RepositoryPaths.config)
        return try ModelGenerator(configuration: configuration)
            .generate(specPath: RepositoryPaths.spec, specDisplayName: "spec/letta.yaml")
    }

    @Test func generatedModelsMatchTheSpec() throws {
        let output = try Self.generateFromSpec()
        #expect(output.diagnostics.isEmpty, "spec/letta.yaml generates with warnings: \(output.diagnostics)")
        let writer = GeneratedOutputWriter(managedDirectories: output.directories)
        if ProcessInfo.processInfo.environment["LETTA_CODEGEN_RECORD"] == "1" {
            let summary = try writer.write(contents: output.fileContents, to: RepositoryPaths.generated)
            Issue.record(
                "re-recorded Generated/ (\(summary.written.count) written, \(summary.removed.count) removed); review git diff and run again without LETTA_CODEGEN_RECORD"
            )
            return
        }
        let plan = writer.plan(contents: output.fileContents, in: RepositoryPaths.generated)
        #expect(plan.written == [], "out of date; run `swift run letta-codegen generate` (or LETTA_CODEGEN_RECORD=1)")
        #expect(plan.removed == [], "stale files in Generated/")
        for name in plan.written.prefix(3) {
            let onDisk = (try? String(contentsOfFile: RepositoryPaths.generated + "/" + name, encoding: .utf8)) ?? ""
            let expected = output.files[name] ?? ""
            let diskLines = onDisk.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            if let index = zip(diskLines, expectedLines).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
                Issue.record("\(name):\(index + 1): on disk `\(diskLines[index])`, expected `\(expectedLines[index])`")
            }
        }
    }

    @Test func generationIsDeterministic() throws {
        let first = try Self.generateFromSpec().files
        let second = try Self.generateFromSpec().files
        #expect(first == second)
    }
}
