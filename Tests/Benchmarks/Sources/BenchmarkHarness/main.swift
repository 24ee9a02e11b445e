import BenchmarkInputs
import Foundation
import LettaCodegenRuntime
import LettaModels
import LettaStreaming

/// A synchronous harness over the benchmark inputs, for instruction counts (`valgrind --tool=callgrind`) and for
/// the whole-process comparison (Scripts/compare-msgspec): the same bytes as the Models and Streaming benchmarks,
/// without the benchmark runner around them.
///
///     BenchmarkHarness lines [MESSAGES] [REPEATS]   the page's messages as JSON Lines, REPEATS times, to stdout
///     BenchmarkHarness decode ROUNDS                 the 2,000-message page, byte-level decode
///     BenchmarkHarness decode-lines ROUNDS           each message of the page decoded on its own, from its line,
///                                                    as letta-models validate does (one RepeatedStrings a round)
///     BenchmarkHarness encode ROUNDS                 the page, byte-level encode
///     BenchmarkHarness floor ROUNDS                  the page through JSONSerialization
///     BenchmarkHarness stream ROUNDS                 the 10,000-event token stream: parse + decode (async, as the
///                                                    Streaming benchmark)
///     BenchmarkHarness stream-sync ROUNDS            the same, parser and decoder called directly (callgrind)
///     BenchmarkHarness ratio [ROUNDS]                the Models benchmark's per-round ratios to JSONSerialization
///     BenchmarkHarness counts                        what the page holds (messages, keys, string bytes, …)
///     BenchmarkHarness verify                        both decoding paths agree on the page and the stream
@main
enum BenchmarkHarness {
    static func main() async throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let command = arguments.first else { return usage() }
        let number = { (position: Int, fallback: Int) -> Int in
            arguments.count > position ? Int(arguments[position]) ?? fallback : fallback
        }
        switch command {
        case "lines":
            let lines = GeneratedPage.jsonLines(messageCount: number(1, GeneratedPage.defaultMessageCount))
            let output = FileHandle.standardOutput
            for _ in 0..<number(2, 1) { output.write(Data(lines)) }
        case "decode":
            let data = GeneratedPage().data
            print("\(try measuredDecode(data, rounds: number(1, 1))) messages decoded")
        case "decode-lines":
            let lines = GeneratedPage.jsonLines()
            print("\(try measuredDecodeLines(lines, rounds: number(1, 1))) messages decoded")
        case "encode":
            let page = try JSONReader.decode([LettaMessageUnion].self, from: GeneratedPage().data)
            print("\(measuredEncode(page, rounds: number(1, 1))) bytes encoded")
        case "floor":
            let data = GeneratedPage().data
            print("\(try measuredFloor(data, rounds: number(1, 1))) elements")
        case "stream":
            let stream = try TokenStream(events: 10_000)
            print("\(try await measuredStream(stream, rounds: number(1, 1))) events, \(stream.bytes.count) bytes a pass")
        case "stream-sync":
            let stream = try TokenStream(events: 10_000)
            print("\(try measuredStreamSync(stream, rounds: number(1, 1))) events, \(stream.bytes.count) bytes a pass")
        case "ratio":
            try printRatios(rounds: number(1, 20))
        case "counts":
            printCounts(GeneratedPage().data)
        case "verify":
            let data = GeneratedPage().data
            _ = try PageVerification.verify(data, strict: true)
            let decoded = try JSONDecoder().decode([LettaMessageUnion].self, from: data)
            guard try JSONReader.decode([LettaMessageUnion].self, from: data) == decoded,
                try JSONDecoder().decode([LettaMessageUnion].self, from: JSONWriter.encode(decoded)) == decoded
            else {
                throw BenchmarkInputError("the byte-level path disagrees with Codable on the page")
            }
            let stream = try TokenStream(events: 10_000)
            var parser = ServerSentEventParser()
            var events = 0
            for chunk in stream.chunks {
                for event in try parser.parse(chunk) {
                    let bytes = try event.data.withUnsafeBytes { try JSONReader.decode(LettaStreamingResponse.self, from: $0) }
                    guard try JSONDecoder().decode(LettaStreamingResponse.self, from: Data(event.data)) == bytes else {
                        throw BenchmarkInputError("the byte-level path disagrees with Codable on event \(events)")
                    }
                    events += 1
                }
            }
            print("the page and \(events) events decode alike on both paths")
        default:
            usage()
        }
    }

    static func usage() {
        print(
            "usage: BenchmarkHarness lines [MESSAGES] [REPEATS] | decode|decode-lines|encode|floor|stream|stream-sync ROUNDS | ratio [ROUNDS] | counts | verify"
        )
    }

    @inline(never)
    static func blackHole<T>(_ value: T) {}

    /// What the Models benchmark's per-round ratio measures, without the benchmark runner: each round times
    /// JSONSerialization, then the byte-level decode, then the byte-level encode of the page; medians of the ratios.
    static func printRatios(rounds: Int) throws {
        let data = GeneratedPage().data
        let page = try JSONReader.decode([LettaMessageUnion].self, from: data)
        var decodeRatios: [Double] = []
        var encodeRatios: [Double] = []
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            var start = clock.now
            blackHole(try JSONSerialization.jsonObject(with: data))
            let floor = clock.now - start
            start = clock.now
            blackHole(try JSONReader.decode([LettaMessageUnion].self, from: data))
            let decode = clock.now - start
            start = clock.now
            blackHole(JSONWriter.encode(page))
            let encode = clock.now - start
            decodeRatios.append(floor / decode)
            encodeRatios.append(floor / encode)
        }
        let median = { (values: [Double]) in values.sorted()[values.count / 2] }
        print(
            String(
                format: "decode %.2fx, encode %.2fx JSONSerialization (medians of %d rounds)", median(decodeRatios), median(encodeRatios),
                rounds))
    }

    // The measured parts, each a function of its own: `valgrind --tool=callgrind --toggle-collect='*measured*'`
    // counts them alone.

    @inline(never)
    static func measuredDecode(_ data: Data, rounds: Int) throws -> Int {
        var messages = 0
        for _ in 0..<rounds { messages += try JSONReader.decode([LettaMessageUnion].self, from: data).count }
        return messages
    }

    @inline(never)
    static func measuredDecodeLines(_ lines: [UInt8], rounds: Int) throws -> Int {
        var messages = 0
        for _ in 0..<rounds {
            let strings = RepeatedStrings()
            try lines.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var start = 0
                // Lines found by memchr, as letta-models validate finds them.
                while let newline = memchr(base + start, Int32(UInt8(ascii: "\n")), raw.count - start) {
                    let end = base.distance(to: UnsafeRawPointer(newline))
                    blackHole(
                        try JSONReader.decode(
                            LettaMessageUnion.self, from: UnsafeRawBufferPointer(start: base + start, count: end - start),
                            repeatedStrings: strings
                        ))
                    messages += 1
                    start = end + 1
                }
            }
        }
        return messages
    }

    @inline(never)
    static func measuredEncode(_ page: [LettaMessageUnion], rounds: Int) -> Int {
        var bytes = 0
        for _ in 0..<rounds { bytes += JSONWriter.encode(page).count }
        return bytes
    }

    @inline(never)
    static func measuredFloor(_ data: Data, rounds: Int) throws -> Int {
        var count = 0
        for _ in 0..<rounds { count += (try JSONSerialization.jsonObject(with: data) as? [Any])?.count ?? 0 }
        return count
    }

    /// The Streaming benchmark's loop (off the main actor, as there: `main` runs on it, and each event would hop).
    static func measuredStream(_ stream: TokenStream, rounds: Int) async throws -> Int {
        var events = 0
        for _ in 0..<rounds {
            for try await _ in LettaEventStream(chunks: stream.body()) { events += 1 }
        }
        return events
    }

    /// What `LettaEventStream` does for each chunk and event (one RepeatedStrings a stream), without the async
    /// iteration around it (callgrind cannot follow a suspended task).
    @inline(never)
    static func measuredStreamSync(_ stream: TokenStream, rounds: Int) throws -> Int {
        var events = 0
        for _ in 0..<rounds {
            var parser = ServerSentEventParser()
            let strings = RepeatedStrings()
            for chunk in stream.chunks {
                for event in try parser.parse(chunk) {
                    blackHole(
                        try event.data.withUnsafeBytes {
                            try JSONReader.decode(LettaStreamingResponse.self, from: $0, repeatedStrings: strings)
                        })
                    events += 1
                }
            }
        }
        return events
    }

    /// Messages, object keys, strings and their bytes, numbers: the denominators of instructions per unit.
    static func printCounts(_ data: Data) {
        guard let page = try? JSONDecoder().decode(JSONValue.self, from: data) else { return print("the page does not decode") }
        var objects = 0
        var keys = 0
        var strings = 0
        var stringBytes = 0
        var numbers = 0
        var others = 0
        func visit(_ value: JSONValue) {
            switch value {
            case .object(let members):
                objects += 1
                keys += members.count
                for (_, member) in members { visit(member) }
            case .array(let elements): elements.forEach(visit)
            case .string(let text):
                strings += 1
                stringBytes += text.utf8.count
            case .integer, .double, .decimal: numbers += 1
            case .null, .bool: others += 1
            }
        }
        visit(page)
        let messages = page.arrayValue?.count ?? 0
        print(
            "LettaMessageUnion: \(MemoryLayout<LettaMessageUnion>.size) bytes, ToolReturnMessage \(MemoryLayout<ToolReturnMessage>.size), AssistantMessage \(MemoryLayout<AssistantMessage>.size)"
        )
        print(
            "bytes \(data.count) messages \(messages) objects \(objects) keys \(keys) strings \(strings) string-bytes \(stringBytes) numbers \(numbers) null-or-bool \(others)"
        )
    }
}
