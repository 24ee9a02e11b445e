import Foundation
import LettaCodegenRuntime
import LettaModels

/// `letta-bench decode`: decode and encode throughput of `[LettaMessageUnion]` through a plain `JSONDecoder()` and
/// `JSONEncoder()`, next to what Foundation itself manages on the same bytes (`JSONSerialization` parsing, and
/// Codable decoding into the schema-less `JSONValue`), so the model's cost can be read against the floor.
struct DecodeCommand {
    static let usage = "letta-bench decode [--file FILE | --messages N] [--iterations N] [--json]"
    static let warmups = 3

    var filePath: String?
    var messageCount: Int
    var iterations: Int
    var output: ReportOutput

    init(_ arguments: inout ArgumentScanner) throws(UsageError) {
        filePath = try arguments.option("--file")
        messageCount = try arguments.integerOption("--messages", minimum: 1) ?? GeneratedPage.defaultMessageCount
        iterations = try arguments.integerOption("--iterations", minimum: 1) ?? 20
        output = ReportOutput(json: arguments.flag("--json"))
    }

    struct Input: Encodable {
        var source: String
        var bytes: Int
        var fingerprint: String
        var verification: PageVerification
    }

    /// One timed task: its rate in MB/s (10^6 bytes of `bytes`) and messages/s, and its time per run.
    struct Throughput: Encodable {
        var bytes: Int
        var megabytesPerSecond: Spread
        var messagesPerSecond: Spread
        var milliseconds: Spread

        init(bytes: Int, messages: Int, samples: TimingSamples) {
            self.bytes = bytes
            megabytesPerSecond = samples.rate(of: Double(bytes) / 1_000_000)
            messagesPerSecond = samples.rate(of: Double(messages))
            milliseconds = samples.milliseconds
        }
    }

    struct Report: Encodable {
        var command = "decode"
        var machine: MachineDescription
        var input: Input
        var warmups: Int
        var iterations: Int
        /// `[LettaMessageUnion]` from the input bytes.
        var decode: Throughput
        /// `[LettaMessageUnion]` back to JSON; MB/s counts the encoded output's bytes.
        var encode: Throughput
        /// `JSONSerialization.jsonObject(with:)` on the input: Foundation's parser alone.
        var jsonSerialization: Throughput
        /// `JSONDecoder().decode(JSONValue.self, …)` on the input: Codable with no schema.
        var jsonValue: Throughput
        /// One validating byte-level pass materializing every string and number: the floor of a generated fast path.
        var byteLevelScan: Throughput
    }

    func run() throws {
        let data: Data
        let source: String
        if let filePath {
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: filePath))
            } catch {
                throw BenchFailure("cannot read \(filePath): \(error.localizedDescription)")
            }
            source = filePath
        } else {
            data = GeneratedPage(messageCount: messageCount).data
            source = "generated page (\(messageCount) messages)"
        }
        // A page we generated must use every model fully; a captured file may hold types newer than the models.
        let verification = try PageVerification.verify(data, strict: filePath == nil)
        let messageCount = verification.messages

        var decoded: [LettaMessageUnion] = []
        let decodeSamples = try TimingSamples.measure(warmups: Self.warmups, iterations: iterations) {
            decoded = try JSONDecoder().decode([LettaMessageUnion].self, from: data)
        }
        var encodedBytes = 0
        let encodeSamples = try TimingSamples.measure(warmups: Self.warmups, iterations: iterations) {
            encodedBytes = try JSONEncoder().encode(decoded).count
        }
        var parsedCount = 0
        let serializationSamples = try TimingSamples.measure(warmups: Self.warmups, iterations: iterations) {
            parsedCount = (try JSONSerialization.jsonObject(with: data) as? [Any])?.count ?? 0
        }
        var valueCount = 0
        let jsonValueSamples = try TimingSamples.measure(warmups: Self.warmups, iterations: iterations) {
            valueCount = try JSONDecoder().decode(JSONValue.self, from: data).arrayValue?.count ?? 0
        }
        var scannedCount = 0
        let scanSamples = try TimingSamples.measure(warmups: Self.warmups, iterations: iterations) {
            scannedCount = try ByteLevelScan.countTopLevelElements(data)
        }
        guard decoded.count == messageCount, parsedCount == messageCount, valueCount == messageCount,
              scannedCount == messageCount else {
            throw BenchFailure(
                "inconsistent element counts: verified \(messageCount), decoded \(decoded.count), "
                    + "JSONSerialization \(parsedCount), JSONValue \(valueCount), byte-level scan \(scannedCount)"
            )
        }

        let report = Report(
            machine: .current(),
            input: Input(source: source, bytes: data.count, fingerprint: GeneratedPage.fingerprint(data), verification: verification),
            warmups: Self.warmups,
            iterations: iterations,
            decode: Throughput(bytes: data.count, messages: messageCount, samples: decodeSamples),
            encode: Throughput(bytes: encodedBytes, messages: messageCount, samples: encodeSamples),
            jsonSerialization: Throughput(bytes: data.count, messages: messageCount, samples: serializationSamples),
            jsonValue: Throughput(bytes: data.count, messages: messageCount, samples: jsonValueSamples),
            byteLevelScan: Throughput(bytes: data.count, messages: messageCount, samples: scanSamples)
        )
        try output.emit(table: table(report), report: report)
    }

    private func table(_ report: Report) -> String {
        let input = report.input
        var header = report.machine.summaryLine + "\n"
        header += "input: \(input.source), \(NumberText.grouped(input.bytes)) bytes, "
            + "\(NumberText.grouped(input.verification.messages)) messages, fingerprint \(input.fingerprint)"
        if input.verification.unknownMessages > 0 || input.verification.modelProblems > 0 {
            header += "\nnote: \(input.verification.unknownMessages) unknown message types, "
                + "\(input.verification.modelProblems) unknown values or undeclared keys (kept, and they round-trip)"
        }
        header += "\nverified: decodes, round-trips (\(input.verification.roundTripDifferences) differences), stable"
        header += "\nmedian (min–max) of \(report.iterations) runs after \(report.warmups) warm-ups; MB = 10^6 bytes\n\n"

        var table = TextTable(["task", "bytes", "MB/s", "messages/s", "ms per run"])
        let rows: [(String, Throughput)] = [
            ("decode [LettaMessageUnion] (JSONDecoder)", report.decode),
            ("encode [LettaMessageUnion] (JSONEncoder)", report.encode),
            ("JSONSerialization.jsonObject (parse only)", report.jsonSerialization),
            ("decode JSONValue (JSONDecoder, no schema)", report.jsonValue),
            ("byte-level scan, strings and numbers materialized", report.byteLevelScan),
        ]
        for (name, result) in rows {
            table.add([
                name, NumberText.grouped(result.bytes), result.megabytesPerSecond.text(digits: 1),
                result.messagesPerSecond.text(digits: 0), result.milliseconds.text(digits: 2),
            ])
        }
        return header + table.rendered()
    }
}
