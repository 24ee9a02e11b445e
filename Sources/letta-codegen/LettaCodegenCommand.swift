import ArgumentParser
import Foundation

@main
struct LettaCodegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letta-codegen",
        abstract: "Generate lossless Swift Codable models from an OpenAPI description of the Letta message types.",
        subcommands: [GenerateCommand.self, CheckCommand.self, LintCommand.self, DiffCommand.self, ExtractCommand.self, CompareCommand.self]
    )

    /// ArgumentParser exits 64 on usage errors; this tool promises 0 clean, 1 on spec errors, 2 on bad usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // Help or version output.
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
