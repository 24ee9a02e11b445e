import Benchmark
import BenchmarkInputs
import Foundation
import HTTPTypes
import LettaClient
import LettaClientRuntime
import LettaClientTransport
import LettaCodegenRuntime
import LettaModels
import LoopbackHTTPServer
import OpenAPIRuntime

/// The generated client over a real socket, against a loopback server answering as the Letta server does (the
/// platform's default transport: AsyncHTTPClient on Linux):
/// - listing 100 messages through `client.conversations.messages.list`, and the same request sent directly on the
///   transport and decoded on the byte path, timed in the same round; their ratio is the client's overhead;
/// - a 10,000-event token stream read through `client.conversations.messages.create` (MB/s);
/// - allocations per request, on each path.
let benchmarks: @Sendable () -> Void = {
    let page: [UInt8]
    let stream: TokenStream
    let server: LoopbackServer
    do {
        let messages = try JSONReader.decode([LettaMessageUnion].self, from: GeneratedPage(messageCount: 100).data)
        page = [UInt8](JSONWriter.encode(messages))
        stream = try TokenStream(events: 10_000)
        server = try LoopbackServer { [page, stream] request, connection in
            if request.method == "GET" {
                connection.respond(status: 200, headers: [("Content-Type", "application/json")], body: page)
            } else {
                connection.startEventStream()
                for chunk in stream.chunks where !connection.sendChunk(bytes: chunk) { return }
                connection.sendChunk("data: [DONE]\n\n")
                connection.endEventStream()
            }
        }
    } catch {
        print("The inputs or the loopback server could not be made; nothing is measured: \(error)")
        return
    }
    let transport = defaultClientTransport()
    let client = LettaClient(apiKey: "benchmark", baseURL: server.url(), transport: transport)
    let conversation = "conv-00000000-0000-4000-8000-000000000000"

    /// The list request without the client: the same URL and headers, the body collected and decoded on the byte path.
    @Sendable func listDirectly() async throws -> [LettaMessageUnion] {
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/v1/conversations/\(conversation)/messages?limit=100")
        request.headerFields[.accept] = "application/json"
        request.headerFields[.authorization] = "Bearer benchmark"
        let (response, body) = try await transport.send(
            request, body: nil, baseURL: server.url(), operationID: "list_conversation_messages")
        guard response.status == .ok, let body else { throw BenchmarkInputError("HTTP \(response.status.code)") }
        let bytes = try await [UInt8](collecting: body, upTo: 64 << 20)
        return try bytes.withUnsafeBytes { try JSONReader.decode([LettaMessageUnion].self, from: $0) }
    }

    @Sendable func listThroughTheClient() async throws -> [LettaMessageUnion] {
        try await client.conversations.messages.list(conversationID: conversation, limit: 100).items
    }

    let perRequest = Benchmark.Configuration(
        metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds, warmupIterations: 5,
        maxDuration: .seconds(10), maxIterations: 200,
        thresholds: [.mallocCountTotal: .init(relative: [.p50: 10.0]), .wallClock: .init()]
    )
    Benchmark("List 100 messages: through the client", configuration: perRequest) { benchmark in
        for _ in benchmark.scaledIterations {
            let messages = try await listThroughTheClient()
            guard messages.count == 100 else { throw BenchmarkInputError("listed \(messages.count) messages") }
        }
    }
    Benchmark("List 100 messages: directly on the transport, byte-path decode", configuration: perRequest) { benchmark in
        for _ in benchmark.scaledIterations {
            let messages = try await listDirectly()
            guard messages.count == 100 else { throw BenchmarkInputError("listed \(messages.count) messages") }
        }
    }

    // The target is a ratio on the same bytes, taken round by round: each round times the direct request, then the
    // client's, and records the client's time as a multiple of the direct one (×100, as metrics hold integers).
    let overhead = BenchmarkMetric.custom("client ÷ direct (×100)", polarity: .prefersSmaller, useScalingFactor: false)
    Benchmark(
        "List 100 messages: client ÷ direct, per round",
        configuration: .init(
            metrics: [overhead], warmupIterations: 5, maxDuration: .seconds(20), maxIterations: 100,
            thresholds: [overhead: .init(relative: [.p50: 25.0])]
        )
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let clock = ContinuousClock()
            var start = clock.now
            blackHole(try await listDirectly())
            let direct = clock.now - start
            start = clock.now
            blackHole(try await listThroughTheClient())
            let throughClient = clock.now - start
            benchmark.measurement(overhead, Int((throughClient / direct * 100).rounded()))
        }
    }

    let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    let megabytes = Double(stream.bytes.count) / 1_000_000
    Benchmark(
        "Stream through the client (\(stream.eventCount) events, \(String(format: "%.1f", megabytes)) MB)",
        configuration: .init(
            metrics: [.wallClock, .mallocCountTotal, megabytesPerSecond], timeUnits: .milliseconds, warmupIterations: 2,
            maxDuration: .seconds(10), maxIterations: 20,
            thresholds: [.mallocCountTotal: .init(relative: [.p50: 10.0]), .wallClock: .init(), megabytesPerSecond: .init()]
        )
    ) { benchmark in
        for _ in benchmark.scaledIterations {
            let start = ContinuousClock.now
            var events = 0
            for try await event in try await client.conversations.messages.create(conversationID: conversation, input: "Hello!") {
                if case .event = event { events += 1 }
            }
            guard events == stream.eventCount else { throw BenchmarkInputError("read \(events) events of \(stream.eventCount)") }
            benchmark.measurement(megabytesPerSecond, Int((megabytes / ((ContinuousClock.now - start) / .seconds(1))).rounded()))
        }
    }
}
