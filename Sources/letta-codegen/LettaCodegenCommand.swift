import ArgumentParser
import LettaCodegen

@main
struct LettaCodegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letta-codegen",
        abstract: "Generate lossless Swift Codable models from an OpenAPI description of the Letta message types.",
        subcommands: [
            GenerateCommand.self, CheckCommand.self, LintCommand.self, DiffCommand.self, ExtractCommand.self, CompareCommand.self,
        ]
    )

    /// ArgumentParser exits 64 on usage errors; this tool promises 0 clean, 1 on spec errors, 2 on bad usage.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            exitProcess(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                // Help or version output.
                print(fullMessage(for: error))
                exitProcess(0)
            }
            StandardStreams.writeToStandardError(fullMessage(for: error) + "\n")
            exitProcess(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
