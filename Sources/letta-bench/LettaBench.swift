import Foundation

/// `letta-bench`: benchmarks for the generator and the generated models (see DESIGN.md, "Performance").
/// Benchmarks, never timed tests: run them on a quiet machine, in release (`Scripts/bench` does both).
@main
struct LettaBench {
    static let usage = """
        usage: letta-bench <command> [options]

          \(PageCommand.usage)
              Write the deterministic benchmark page (default 2000 messages) as a JSON array, to FILE or stdout.
          \(DecodeCommand.usage)
              Decode/encode throughput of [LettaMessageUnion] with JSONDecoder/JSONEncoder (20 runs after 3 warm-ups),
              next to JSONSerialization and JSONValue on the same bytes. Default input: the generated page.
          \(StreamCommand.usage)
              Parse + decode throughput of a Letta SSE token stream (default 10,000 events of the page's messages),
              with and without merging, and peak memory when the stream is read twenty times over.
          \(GenerateCommand.usage)
              In-process generation time (10 runs) and peak resident memory. Default: spec/letta.yaml with the
              letta-codegen.yaml beside it; a spec without one uses the default configuration.
          \(SummaryCommand.usage)
              The final table of Scripts/bench, from the results file it writes.

        Every command prints a table; --json prints one JSON object on stdout for tools (the table moves to stderr).
        Exit status: 0 ok, 1 failed (the input did not verify, the spec did not generate), 2 bad usage.

        """

    static func main() async {
        // The command comes first; everything after it is its flags.
        let command = CommandLine.arguments.dropFirst().first
        var arguments = ArgumentScanner(Array(CommandLine.arguments.dropFirst(2)))
        if command == nil || command == "--help" || command == "-h" || arguments.flag("--help") || arguments.flag("-h") {
            Console.write(usage)
            return
        }
        do {
            switch command {
            case "page":
                let page = try PageCommand(&arguments)
                try arguments.finish()
                try page.run()
            case "decode":
                let decode = try DecodeCommand(&arguments)
                try arguments.finish()
                try decode.run()
            case "generate":
                let generate = try GenerateCommand(&arguments)
                try arguments.finish()
                try generate.run()
            case "stream":
                let stream = try StreamCommand(&arguments)
                try arguments.finish()
                try await stream.run()
            case "summary":
                let summary = try SummaryCommand(&arguments)
                try arguments.finish()
                try summary.run()
            default:
                throw UsageError("unknown command '\(command ?? "")'")
            }
        } catch let error as UsageError {
            Console.error("letta-bench: \(error.message)\n\n\(usage)")
            exit(2)
        } catch let error as BenchFailure {
            Console.error("letta-bench: error: \(error.message)")
            exit(1)
        } catch {
            Console.error("letta-bench: error: \(error)")
            exit(1)
        }
    }
}
