import Foundation
import LettaCodegenRuntime
import LettaModels
import LettaStreaming

/// `letta-bench stream`: parse + decode throughput of a Letta SSE token stream (`LettaEventStream` over 16 KiB
/// chunks), with and without merging, and peak memory when the same stream is read twenty times over.
struct StreamCommand {
    static let usage = "letta-bench stream [--events N] [--iterations N] [--json]"
    static let warmups = 2
    static let chunkSize = 16 << 10

    var eventCount: Int
    var iterations: Int
    var output: ReportOutput

    init(_ arguments: inout ArgumentScanner) throws(UsageError) {
        eventCount = try arguments.integerOption("--events", minimum: 1) ?? 10_000
        iterations = try arguments.integerOption("--iterations", minimum: 1) ?? 10
        output = ReportOutput(json: arguments.flag("--json"))
    }

    struct Report: Encodable {
        var command = "stream"
        var machine: MachineDescription
        var events: Int
        var bytes: Int
        var iterations: Int
        /// `LettaEventStream`: SSE parsing and decoding of every event.
        var parseAndDecode: Spread
        /// The same, every event folded into a `LettaStreamAccumulator`.
        var parseDecodeAndMerge: Spread
        /// Peak resident memory after reading the stream once, and after reading it twenty times in one stream.
        var peakResidentBytesOnce: UInt64?
        var peakResidentBytesTwentyTimes: UInt64?
    }

    func run() async throws {
        let body = try Self.tokenStream(events: eventCount)
        let chunks = stride(from: 0, to: body.count, by: Self.chunkSize).map { Array(body[$0..<min(body.count, $0 + Self.chunkSize)]) }
        var decoded = 0
        let decodeSamples = try await Self.measure(iterations: iterations) {
            decoded = 0
            for try await _ in LettaEventStream(chunks: MemoryChunks(chunks: chunks, repeats: 1)) { decoded += 1 }
        }
        guard decoded == eventCount else { throw BenchFailure("decoded \(decoded) events of \(eventCount)") }
        var merged = 0
        let mergeSamples = try await Self.measure(iterations: iterations) {
            var accumulator = LettaStreamAccumulator()
            for try await event in LettaEventStream(chunks: MemoryChunks(chunks: chunks, repeats: 1)) { accumulator.add(event) }
            merged = accumulator.messageCount
        }
        guard merged > 0 else { throw BenchFailure("nothing merged") }
        let once = ProcessMemory.peakResidentBytes()
        var long = 0
        for try await _ in LettaEventStream(chunks: MemoryChunks(chunks: chunks, repeats: 20)) { long += 1 }
        guard long == eventCount * 20 else { throw BenchFailure("read \(long) events of \(eventCount * 20)") }
        let twenty = ProcessMemory.peakResidentBytes()
        let megabytes = Double(body.count) / 1_000_000
        let report = Report(
            machine: .current(), events: eventCount, bytes: body.count, iterations: iterations,
            parseAndDecode: decodeSamples.rate(of: megabytes), parseDecodeAndMerge: mergeSamples.rate(of: megabytes),
            peakResidentBytesOnce: once, peakResidentBytesTwentyTimes: twenty
        )
        var table = report.machine.summaryLine + "\n"
        table += "token stream: \(NumberText.grouped(eventCount)) events, \(NumberText.grouped(body.count)) bytes, "
            + "16 KiB chunks; median (min–max) of \(iterations) runs; MB = 10^6 bytes\n"
        table += "parse + decode (LettaEventStream):           \(report.parseAndDecode.text(digits: 1)) MB/s\n"
        table += "parse + decode + merge (LettaStreamAccumulator): \(report.parseDecodeAndMerge.text(digits: 1)) MB/s\n"
        table += "peak RSS after one pass: \((once ?? 0) >> 20) MiB; after one stream of twenty passes: \((twenty ?? 0) >> 20) MiB\n"
        try output.emit(table: table, report: report)
    }

    static func measure(iterations: Int, _ body: () async throws -> Void) async throws -> TimingSamples {
        for _ in 0..<warmups { try await body() }
        var seconds: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<iterations {
            let start = clock.now
            try await body()
            seconds.append((clock.now - start).seconds)
        }
        return TimingSamples(seconds: seconds)
    }

    /// `count` events of the deterministic page's messages as `stream_tokens` sends them: text, reasoning and
    /// tool-call arguments in pieces of 16 characters, every message with its optional keys (null when unset).
    static func tokenStream(events count: Int) throws -> [UInt8] {
        let page = try JSONReader.decode([LettaMessageUnion].self, from: GeneratedPage(messageCount: 2_000).data)
        var out: [UInt8] = []
        var produced = 0
        func emit(_ response: LettaStreamingResponse) {
            guard produced < count else { return }
            out += Array("data: ".utf8)
            out += JSONWriter.encode(response)
            out += Array("\n\n".utf8)
            produced += 1
        }
        func pieces(_ text: String) -> [String] {
            var result: [String] = []
            var rest = Substring(text)
            repeat {
                result.append(String(rest.prefix(16)))
                rest = rest.dropFirst(16)
            } while !rest.isEmpty
            return result
        }
        while produced < count {
            for message in page where produced < count {
                switch message {
                case .assistantMessage(var whole):
                    guard case .string(let text) = whole.content else { emit(.assistantMessage(whole)); continue }
                    for piece in pieces(text) {
                        whole.content = .string(piece)
                        emit(.assistantMessage(whole))
                    }
                case .reasoningMessage(var whole):
                    for piece in pieces(whole.reasoning) {
                        whole.reasoning = piece
                        emit(.reasoningMessage(whole))
                    }
                case .toolCallMessage(let whole):
                    guard case .array(let calls)? = whole.toolCalls else { emit(.toolCallMessage(whole)); continue }
                    for call in calls {
                        let deltas = [ToolCallDelta(name: call.name, toolCallID: call.toolCallID)]
                            + pieces(call.arguments).map { ToolCallDelta(arguments: $0, toolCallID: call.toolCallID) }
                        for delta in deltas {
                            emit(.toolCallMessage(ToolCallMessage(
                                id: whole.id, date: whole.date, otid: whole.otid, runID: whole.runID,
                                toolCall: .toolCallDelta(delta), toolCalls: .toolCallDelta(delta)
                            )))
                        }
                    }
                case .toolReturnMessage(let whole): emit(.toolReturnMessage(whole))
                case .userMessage(let whole): emit(.userMessage(whole))
                default: continue
                }
            }
        }
        return out
    }
}

/// The stream's chunks from memory, `repeats` times over, then `data: [DONE]`.
struct MemoryChunks: AsyncSequence, Sendable {
    typealias Element = [UInt8]
    let chunks: [[UInt8]]
    let repeats: Int

    struct Iterator: AsyncIteratorProtocol {
        let chunks: [[UInt8]]
        var remainingRepeats: Int
        var index = 0
        var done = false

        mutating func next() async -> [UInt8]? {
            if index == chunks.count {
                remainingRepeats -= 1
                index = 0
            }
            guard remainingRepeats > 0 else {
                if done { return nil }
                done = true
                return Array("data: [DONE]\n\n".utf8)
            }
            defer { index += 1 }
            return chunks[index]
        }
    }

    func makeAsyncIterator() -> Iterator { Iterator(chunks: chunks, remainingRepeats: repeats) }
}
