import ArgumentParser
import Foundation
import LettaCodegenRuntime
import LettaModels

/// `letta-models`: check real traffic against the generated models without writing code.
@main
struct LettaModelsTool: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letta-models",
        abstract: "Decode and re-encode JSON with the generated Letta models.",
        subcommands: [TypesCommand.self, RoundTripCommand.self, ValidateCommand.self, StreamCommand.self]
    )
}

struct TypesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "types", abstract: "List every generated type.")

    func run() {
        for name in LettaModelsRegistry.typeNames { print(name) }
    }
}

/// Looks a type up in the registry or fails with the list of names.
func registeredType(_ name: String) throws -> any JSONModel.Type {
    guard let type = LettaModelsRegistry.type(named: name) else {
        throw ValidationError("unknown type '\(name)'; `letta-models types` lists them")
    }
    return type
}

/// Which decoder and encoder a command uses.
struct CodingPathOption: ParsableArguments {
    @Flag(help: "Use JSONDecoder/JSONEncoder (Codable) instead of the byte-level JSONReader/JSONWriter.")
    var codable = false
}

struct RoundTripCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roundtrip",
        abstract: "Decode each JSON line as TYPE and write it re-encoded: one output line per input line.",
        discussion: """
            The output is JSONWriter's: fields in the spec's order, unknown keys after them (with --codable, \
            JSONEncoder's with sorted keys). A line that does not decode gives an empty output line and \
            `LINE: TYPE: error` (with the coding path) on stderr. A line whose re-encoding changes beyond the \
            documented normalizations (key order, null for absent, a date's spelling, a number's spelling, a \
            const written out, a legacy tag written canonical) is still written, and each change is reported as \
            `LINE: TYPE: changed at PATH: …`. The exit status is 1 if any line failed or changed. Lines are split \
            on \\n only (U+2028 and U+0085 are content). Memory stays bounded by the longest line, whatever the \
            file size.
            """
    )

    @Argument(help: "A type name (see `letta-models types`).")
    var type: String

    @Argument(help: "A JSON Lines file, or - for standard input.")
    var file: String = "-"

    @OptionGroup var path: CodingPathOption

    func run() throws {
        let modelType = try registeredType(type)
        let output = BufferedStandardOutput()
        var failures = 0
        try JSONLinesReader(path: file).forEachLine { number, line in
            do {
                let result = try check(modelType, Data(line))
                output.write(result.reencoded)
                for difference in result.differences {
                    ToolDiagnostics.reportChange(line: number, type: type, difference)
                }
                if !result.isStable {
                    ToolDiagnostics.reportMessage(line: number, type: type, "decoding the output gives a different value")
                }
                if !result.differences.isEmpty || !result.isStable { failures += 1 }
            } catch {
                failures += 1
                ToolDiagnostics.report(line: number, type: type, error: error)
            }
            output.write(Data([UInt8(ascii: "\n")]))
        }
        output.flush()
        if failures > 0 { throw ExitCode(1) }
    }

    private func check<T: JSONModel>(_ type: T.Type, _ line: Data) throws -> RoundTripCheck.Result {
        let rewrites = LettaModelsRegistry.legacyTagValues
        return path.codable
            ? try RoundTripCheck.check(type, json: line, rewrittenStrings: rewrites)
            : try RoundTripCheck.checkWithBytes(type, json: line, rewrittenStrings: rewrites)
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

    @OptionGroup var path: CodingPathOption

    func run() throws {
        try validate(registeredType(type))
    }

    /// Every file's lines decoded as `T` straight from the read buffer (the type opened once, not per line), the
    /// strings the lines repeat made once.
    private func validate<T: JSONModel>(_ modelType: T.Type) throws {
        var valid = 0
        var invalid = 0
        let repeatedStrings = RepeatedStrings()
        for file in files {
            try JSONLinesReader(path: file).forEachLine { number, line in
                do {
                    if path.codable {
                        _ = try JSONDecoder().decode(T.self, from: Data(line))
                    } else {
                        _ = try JSONReader.decode(T.self, from: line, repeatedStrings: repeatedStrings)
                    }
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
