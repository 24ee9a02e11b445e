import Foundation
import LettaCodegenRuntime
import LettaModels
import Testing

/// Every fixture of every type, and deterministic mutations of each (numbers, repeated keys, nulls, unknown keys,
/// dates, depth, bad strings, truncation, kind swaps, escapes), through both decoding paths: the same value, or
/// errors at the same coding path. What decodes also encodes alike on both paths and decodes back equal.
@Suite struct DecodingPathsDifferentialTests {
    /// Three per line in CI (seconds); `LETTA_DIFFERENTIAL_MUTATIONS=N` for a longer search, `LETTA_DIFFERENTIAL_SEED` for
    /// another sequence.
    static let mutationsPerLine = ProcessInfo.processInfo.environment["LETTA_DIFFERENTIAL_MUTATIONS"].flatMap(Int.init) ?? 3
    static let seed = ProcessInfo.processInfo.environment["LETTA_DIFFERENTIAL_SEED"].flatMap(UInt64.init) ?? 0x5EED_D1FF

    static var fixtureDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Generated/Fixtures")
    }

    /// Every fixture line with its type.
    static func fixtures() throws -> [(type: String, line: Data)] {
        var result: [(String, Data)] = []
        for name in LettaModelsRegistry.typeNames {
            let url = fixtureDirectory.appendingPathComponent(name + ".jsonl")
            guard let data = try? Data(contentsOf: url) else { continue }
            for line in data.split(separator: UInt8(ascii: "\n")) { result.append((name, Data(line))) }
        }
        return result
    }

    @Test func bothPathsAgreeOnEveryFixtureAndItsMutations() throws {
        let fixtures = try Self.fixtures()
        #expect(fixtures.count > 1_000)
        var generator = JSONMutator.Generator(state: Self.seed)
        var checked = 0
        var decoded = 0
        var disagreements: [String] = []
        for (typeName, line) in fixtures {
            let type = try #require(LettaModelsRegistry.type(named: typeName))
            let mutator = JSONMutator(line)
            var documents = [line]
            for _ in 0..<Self.mutationsPerLine { documents.append(mutator.mutate(&generator)) }
            for document in documents {
                checked += 1
                if let disagreement = RoundTripCheck.decodingPathsDisagreement(type, json: document) {
                    disagreements.append(
                        String("\(typeName) \(String(decoding: document.prefix(300), as: UTF8.self)): \(disagreement)".prefix(900)))
                    continue
                }
                guard let value = try? JSONDecoder().decode(type, from: document) else { continue }
                decoded += 1
                if let disagreement = try RoundTripCheck.encodingPathsDisagreement(value) {
                    disagreements.append("\(typeName) encode \(String(decoding: document.prefix(300), as: UTF8.self)): \(disagreement)")
                }
            }
        }
        #expect(checked > 4_000)
        #expect(
            disagreements.isEmpty,
            "\(disagreements.count) of \(checked) documents (\(decoded) decoded): \(disagreements.prefix(10).joined(separator: "\n"))")
    }
}
