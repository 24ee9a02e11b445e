import ArgumentParser
import Foundation
import LettaCodegenRuntime
import LettaModels

/// `letta-models`: check real traffic against the generated models without writing code.
@main
struct LettaModelsTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letta-models",
        abstract: "Decode and re-encode JSON with the generated Letta models.",
        subcommands: [TypesCommand.self, RoundTripCommand.self, ValidateCommand.self]
    )
}

struct TypesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "types", abstract: "List every generated type.")

    func run() {
        for name in LettaModelsRegistry.typeNames { print(name) }
    }
}

/// Looks a type up in the registry or fails with the list of names.
func registeredType(_ name: String) throws -> any (Codable & Hashable & Sendable).Type {
    guard let type = LettaModelsRegistry.type(named: name) else {
        throw ValidationError("unknown type '\(name)'; `letta-models types` lists them")
    }
    return type
}

struct RoundTripCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundtrip",
        abstract: "Decode each JSON line as TYPE and write it re-encoded: one output line per input line.",
        discussion: """
            A line that does not decode gives an empty output line and `LINE: TYPE: error` (with the coding path) on \
            stderr; the exit status is 1 if any line failed. Lines are split on \\n only (U+2028 and U+0085 are \
            content). Memory stays bounded by the longest line, whatever the file size.
            """
    )

    @Argument(help: "A type name (see `letta-models types`).")
    var type: String

    @Argument(help: "A JSON Lines file, or - for standard input.")
    var file: String = "-"

    func run() throws {
        let modelType = try registeredType(type)
        let output = BufferedStandardOutput()
        var failures = 0
        try JSONLinesReader(path: file).forEachLine { number, line in
            do {
                let result = try RoundTripCheck.check(modelType, json: line)
                output.write(result.reencoded)
            } catch {
                failures += 1
                ToolDiagnostics.report(line: number, type: type, error: error)
            }
            output.write(Data([UInt8(ascii: "\n")]))
        }
        output.flush()
        if failures > 0 { throw ExitCode(1) }
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Decode every JSON line of each FILE as TYPE; print only the errors, then `N valid, M invalid`."
    )

    @Argument(help: "A type name (see `letta-models types`).")
    var type: String

    @Argument(help: "JSON Lines files (- for standard input).")
    var files: [String]

    func run() throws {
        let modelType = try registeredType(type)
        var valid = 0
        var invalid = 0
        for file in files {
            try JSONLinesReader(path: file).forEachLine { number, line in
                do {
                    _ = try JSONDecoder().decode(modelType, from: line)
                    valid += 1
                } catch {
                    invalid += 1
                    ToolDiagnostics.report(line: number, type: type, error: error, file: files.count > 1 ? file : nil)
                }
            }
        }
        print("\(valid) valid, \(invalid) invalid")
        if invalid > 0 { throw ExitCode(1) }
    }
}
