/// The generated round-trip test suite: Swift Testing, parameterized over the fixture files.
extension SwiftRenderer {
    func renderRoundTripTests(moduleName: String, validTypes: [String], invalidTypes: [String]) -> String {
        var printer = CodePrinter()
        printer.line(headerLine)
        printer.line()
        printer.line("import Foundation")
        printer.line("import LettaCodegenRuntime")
        printer.line("import \(moduleName)")
        printer.line("import Testing")
        printer.line()
        printer.documentation([
            "The round-trip promise for every type, over Generated/Fixtures: each line decodes; re-encoding equals the",
            "input up to the listed normalizations; decode(encode(decode(j))) == decode(j); the byte-level path decodes",
            "and encodes exactly as Codable does. Negative fixtures fail on both paths with a DecodingError at the",
            "recorded coding path.",
        ])
        printer.block("@Suite struct \(moduleName)RoundTripTests") { printer in
            printer.line("static let fixtureTypes: [String] = [")
            printer.indented { printer in for name in validTypes { printer.line(SwiftLiteral.string(name) + ",") } }
            printer.line("]")
            printer.line()
            printer.line("static let invalidFixtureTypes: [String] = [")
            printer.indented { printer in for name in invalidTypes { printer.line(SwiftLiteral.string(name) + ",") } }
            printer.line("]")
            printer.line()
            printer.block("static func fixtureLines(_ name: String) throws -> [Data]") { printer in
                printer.line("let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()")
                printer.indented { printer in printer.line(".appendingPathComponent(\"Fixtures\").appendingPathComponent(name)") }
                printer.line("let data = try Data(contentsOf: url)")
                printer.line("return data.split(separator: UInt8(ascii: \"\\n\")).map { Data($0) }")
            }
            printer.line()
            printer.line("@Test(arguments: fixtureTypes)")
            printer.block("func roundTrip(typeName: String) throws") { printer in
                printer.line("let type = try #require(\(moduleName)Registry.type(named: typeName))")
                printer.line("let lines = try Self.fixtureLines(typeName + \".jsonl\")")
                printer.line("#expect(!lines.isEmpty)")
                printer.block("for (index, line) in lines.enumerated()") { printer in
                    printer.line("let result = try RoundTripCheck.check(type, json: line)")
                    printer.line("#expect(result.differences == [], \"\\(typeName).jsonl:\\(index + 1)\")")
                    printer.line("#expect(result.isStable, \"\\(typeName).jsonl:\\(index + 1) decodes differently after a round trip\")")
                    printer.line(
                        "#expect(RoundTripCheck.decodingPathsDisagreement(type, json: line) == nil, \"\\(typeName).jsonl:\\(index + 1)\")")
                    printer.line("let value = try JSONDecoder().decode(type, from: line)")
                    printer.line(
                        "#expect(try RoundTripCheck.encodingPathsDisagreement(value) == nil, \"\\(typeName).jsonl:\\(index + 1)\")")
                }
            }
            printer.line()
            printer.line("@Test(arguments: invalidFixtureTypes)")
            printer.block("func invalidDocumentsFailAtTheirCodingPath(typeName: String) throws") { printer in
                printer.line("let type = try #require(\(moduleName)Registry.type(named: typeName))")
                printer.line("let lines = try Self.fixtureLines(\"Invalid/\" + typeName + \".jsonl\")")
                printer.block("for (index, line) in lines.enumerated()") { printer in
                    printer.line("let fixture = try JSONDecoder().decode(RoundTripCheck.InvalidFixture.self, from: line)")
                    printer.line("let document = try RoundTripCheck.makeEncoder().encode(fixture.document)")
                    printer.line("let error = #expect(throws: DecodingError.self, \"\\(typeName) invalid line \\(index + 1)\") {")
                    printer.indented { printer in printer.line("try RoundTripCheck.check(type, json: document)") }
                    printer.line("}")
                    printer.line(
                        "#expect(error.map(RoundTripCheck.codingPath) == fixture.codingPath, \"\\(typeName) invalid line \\(index + 1)\")")
                    printer.line(
                        "#expect(RoundTripCheck.decodingPathsDisagreement(type, json: document) == nil, \"\\(typeName) invalid line \\(index + 1)\")"
                    )
                }
            }
        }
        return printer.text
    }
}
