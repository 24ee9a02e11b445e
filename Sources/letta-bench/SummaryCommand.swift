import Foundation
import LettaCodegenRuntime

/// `letta-bench summary FILE`: the final table of `Scripts/bench`, read from the results file it writes
/// (`.build/bench-results.json`), each figure next to its target from DESIGN.md ("Performance").
struct SummaryCommand {
    static let usage = "letta-bench summary RESULTS.json [--json]"

    var resultsPath: String
    var output: ReportOutput

    init(_ arguments: inout ArgumentScanner) throws(UsageError) {
        output = ReportOutput(json: arguments.flag("--json"))
        guard let path = arguments.positional() else { throw UsageError("summary needs the results file") }
        resultsPath = path
    }

    func run() throws {
        let data: Data
        let results: JSONValue
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: resultsPath))
            results = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw BenchFailure("cannot read \(resultsPath): \(error)")
        }
        // --json passes the file through as written: it is already the JSON for tools.
        output.emit(table: table(results), jsonLine: data)
    }

    private func table(_ file: JSONValue) -> String {
        let results = file["results"] ?? .null
        var table = TextTable(["benchmark", "result", "target"])

        for (key, label, target) in [
            ("generate_spec", "generate spec/letta.yaml (in-process)", ""),
            ("generate_upstream", "generate upstream spec (in-process)", "≤ 300 ms"),
        ] {
            guard let generate = results[key], !generate.isNull else { continue }
            let types = generate["type_count"]?.int64Value.map { " · \($0) types" } ?? ""
            table.add([label, milliseconds(generate["milliseconds"]) + peak(bytes: generate["peak_resident_bytes"]) + types, target])
        }

        if let decode = results["decode"], !decode.isNull {
            let messages = decode["input"]?["verification"]?["messages"]?.int64Value ?? 0
            let bytes = decode["input"]?["bytes"]?.int64Value ?? 0
            table.add(["decode [LettaMessageUnion], \(messages) msgs / \(NumberText.grouped(Int(bytes))) B, JSONDecoder",
                       rate(decode["decode"]), ""])
            table.add(["decode [LettaMessageUnion], byte-level path (JSONReader)", rate(decode["fast_decode"]), "≥ 300 MB/s"])
            table.add(["  × JSONSerialization, per round", times(decode["fast_decode_over_serialization"]), "≥ 5×"])
            table.add(["encode [LettaMessageUnion], JSONEncoder", rate(decode["encode"]), ""])
            table.add(["encode [LettaMessageUnion], byte-level path (JSONWriter)", rate(decode["fast_encode"]), "≥ 450 MB/s"])
            table.add(["  × JSONSerialization, per round", times(decode["fast_encode_over_serialization"]), "≥ 8×"])
            table.add(["JSONSerialization.jsonObject (floor)", rate(decode["json_serialization"]), ""])
            table.add(["decode JSONValue (Codable floor)", rate(decode["json_value"]), ""])
        }

        if let stream = results["stream"], !stream.isNull {
            let events = stream["events"]?.int64Value ?? 0
            table.add(["Letta SSE token stream (\(NumberText.grouped(Int(events))) events): parse + decode", megabytes(stream["parse_and_decode"]), "≥ 150 MB/s"])
            table.add(["  … and merge", megabytes(stream["parse_decode_and_merge"]), ""])
            let once = stream["peak_resident_bytes_once"]?.doubleValue.map { NumberText.fixed($0 / 1_048_576, digits: 0) } ?? "n/a"
            let twenty = stream["peak_resident_bytes_twenty_times"]?.doubleValue.map { NumberText.fixed($0 / 1_048_576, digits: 0) } ?? "n/a"
            table.add(["  peak RSS: one pass / twenty passes", "\(once) MiB / \(twenty) MiB", "flat"])
        }

        if let lint = results["lint_upstream"], !lint.isNull {
            let runs = lint["runs"]?.int64Value ?? 0
            table.add(["letta-codegen lint upstream (wall, \(runs) runs)", milliseconds(lint["milliseconds"]), ""])
        }

        for (key, label, target) in [
            ("rebuild_spec_models", "models-only debug rebuild: spec models", ""),
            ("rebuild_upstream_models", "models-only debug rebuild: upstream models", "≤ 14 s"),
        ] {
            guard let rebuild = results[key], !rebuild.isNull else { continue }
            let seconds = rebuild["seconds"]?.doubleValue.map { NumberText.fixed($0, digits: 1) + " s" } ?? "n/a"
            let memory = rebuild["peak_memory_kilobytes"]?.doubleValue
                .map { " · peak " + NumberText.fixed($0 / 1_024, digits: 0) + " MiB" } ?? ""
            let files = rebuild["files"]?.int64Value.map { " · \($0) files" } ?? ""
            table.add([label, seconds + memory + files, target])
        }

        var header = ""
        if let machine = results["decode"]?["machine"] ?? results["generate_spec"]?["machine"] {
            let cpu = machine["cpu_model"]?.stringValue ?? "?"
            let cores = machine["cores"]?.int64Value ?? 0
            let memory = machine["physical_memory_bytes"]?.doubleValue.map { NumberText.fixed($0 / 1_073_741_824, digits: 1) } ?? "?"
            let build = machine["build_configuration"]?.stringValue ?? "?"
            header = "machine: \(cpu) · \(cores) cores · \(memory) GiB RAM · letta-bench \(build) build\n"
        }
        if let swift = file["swift_version"]?.stringValue { header += "swift: \(swift)\n" }
        return header + "median (min–max)\n\n" + table.rendered()
    }

    private func milliseconds(_ spread: JSONValue?) -> String {
        guard let spread, let median = spread["median"]?.doubleValue else { return "n/a" }
        let low = spread["min"]?.doubleValue ?? median
        let high = spread["max"]?.doubleValue ?? median
        return NumberText.fixed(median, digits: 1) + " ms (" + NumberText.fixed(low, digits: 1) + "–" + NumberText.fixed(high, digits: 1) + ")"
    }

    private func peak(bytes: JSONValue?) -> String {
        guard let value = bytes?.doubleValue else { return "" }
        return " · peak " + NumberText.fixed(value / 1_048_576, digits: 0) + " MiB"
    }

    /// A stored spread as `median<unit> (min–max)`: `4.93× (4.10–5.61)`, `154.1 MB/s (123.8–228.6)`.
    private func spread(_ spread: JSONValue?, digits: Int, unit: String) -> String? {
        guard let spread, let median = spread["median"]?.doubleValue else { return nil }
        let low = spread["min"]?.doubleValue ?? median
        let high = spread["max"]?.doubleValue ?? median
        return NumberText.fixed(median, digits: digits) + unit + " (" + NumberText.fixed(low, digits: digits) + "–"
            + NumberText.fixed(high, digits: digits) + ")"
    }

    private func times(_ value: JSONValue?) -> String { spread(value, digits: 2, unit: "×") ?? "n/a" }

    private func megabytes(_ value: JSONValue?) -> String { spread(value, digits: 1, unit: " MB/s") ?? "n/a" }

    private func rate(_ throughput: JSONValue?) -> String {
        guard let text = spread(throughput?["megabytes_per_second"], digits: 1, unit: " MB/s") else { return "n/a" }
        let messages = throughput?["messages_per_second"]?["median"]?.doubleValue.map { " · " + NumberText.grouped(Int($0)) + " msgs/s" } ?? ""
        return text + messages
    }
}
