import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Testing
import LettaModels
import LoopbackHTTPServer
@testable import LettaStreaming

/// An HTTP/1.1 server on 127.0.0.1 (LoopbackHTTPServer's) that replays a recorded Letta stream as the real server
/// sends it: chunked transfer encoding, small writes with pauses between them.
///
/// Routes: `POST /v1/conversations/c/messages` streams the whole recording; with the header `X-Drop-After: N` it
/// closes the connection after N events without ending the chunked body (a dropped connection).
/// `POST /v1/conversations/c/stream` with `{"starting_after": S}` replays from three events before the first
/// event numbered above S (a resumed stream repeats what the client may already have). Anything else: 404 with
/// `{"detail": …}`, as the Letta server answers an unknown conversation.
final class LoopbackStreamServer: Sendable {
    private let server: LoopbackServer
    var port: UInt16 { server.port }

    init(events: [String], sequenceIDs: [Int?], writeSize: Int = 61, pauseMicroseconds: useconds_t = 300) throws {
        server = try LoopbackServer { request, connection in
            /// The events written `writeSize` bytes at a time, each piece a chunk, with a pause after each.
            func stream(_ events: ArraySlice<String>, ending: Bool) {
                connection.startEventStream()
                let text = Array(events.joined().utf8)
                var start = 0
                while start < text.count {
                    let end = min(text.count, start + writeSize)
                    guard connection.sendChunk(bytes: Array(text[start..<end])) else { return }
                    usleep(pauseMicroseconds)
                    start = end
                }
                if ending { connection.endEventStream() }
            }
            switch (request.method, request.path) {
            case ("POST", "/v1/conversations/c/messages"):
                let dropAfter = request.header("x-drop-after").flatMap { Int($0) }
                stream(events[..<min(events.count, dropAfter ?? events.count)], ending: dropAfter == nil)
            case ("POST", "/v1/conversations/c/stream"):
                let object = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any]
                let after = object?["starting_after"] as? Int ?? 0
                let next = sequenceIDs.firstIndex { ($0 ?? 0) > after } ?? events.count
                stream(events[max(0, next - 3)...], ending: true)
            default:
                connection.respondJSON(status: 404, #"{"detail":"Conversation not found with id=missing"}"#)
            }
        }
    }

    func stop() {
        server.stop()
    }
}

/// A response body as it arrives: URLSession's data delegate bridged to an async sequence of `Data` chunks.
/// (`URLSession.bytes(for:)` does the same on Apple platforms; FoundationNetworking does not have it.)
final class ResponseBodyChunks: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let lock = NSLock()
    private var responseContinuation: CheckedContinuation<Int, any Error>?
    private let body: AsyncThrowingStream<Data, any Error>
    private let bodyContinuation: AsyncThrowingStream<Data, any Error>.Continuation
    private var reads = 0

    /// How many pieces the body has arrived in so far.
    var readCount: Int { lock.withLock { reads } }

    override init() {
        (body, bodyContinuation) = AsyncThrowingStream<Data, any Error>.makeStream()
    }

    /// Sends `request`; returns the status code once the headers arrive, and the body as it streams in.
    static func open(_ request: URLRequest) async throws
        -> (status: Int, body: AsyncThrowingStream<Data, any Error>, delegate: ResponseBodyChunks)
    {
        let delegate = ResponseBodyChunks()
        let queue = OperationQueue()
        queue.maxConcurrentOperationCount = 1
        let session = URLSession(configuration: .ephemeral, delegate: delegate, delegateQueue: queue)
        let status = try await withCheckedThrowingContinuation { continuation in
            delegate.lock.withLock { delegate.responseContinuation = continuation }
            session.dataTask(with: request).resume()
        }
        session.finishTasksAndInvalidate()
        return (status, delegate.body, delegate)
    }

    private func resumeResponse(with result: Result<Int, any Error>) {
        let continuation = lock.withLock { () -> CheckedContinuation<Int, any Error>? in
            defer { responseContinuation = nil }
            return responseContinuation
        }
        continuation?.resume(with: result)
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        completionHandler(.allow)
        resumeResponse(with: .success((response as? HTTPURLResponse)?.statusCode ?? 0))
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        lock.withLock { reads += 1 }
        bodyContinuation.yield(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error {
            resumeResponse(with: .failure(error))
            bodyContinuation.finish(throwing: error)
        } else {
            bodyContinuation.finish()
        }
    }
}

@Suite(.timeLimit(.minutes(1))) struct LoopbackHTTPStreamTests {
    /// The recorded stream (background mode: every event numbered) and the messages it merges into when read
    /// whole from memory (each message keeps the `seq_id` of its first chunk).
    static func recording() async throws -> (events: [String], sequenceIDs: [Int?], transcript: [LettaMessageUnion]) {
        var builder = TokenStreamBuilder()
        builder.nextSequenceID = 1
        let events = recordedStream(&builder, transcript: builder.transcript())
        let sequenceIDs = events.map { event -> Int? in
            guard let range = event.range(of: #""seq_id":"#) else { return nil }
            return Int(event[range.upperBound...].prefix { $0.isNumber })
        }
        var whole = LettaStreamAccumulator()
        for try await event in LettaEventStream(chunks: ChunkSequence(chunks: [Array(events.joined().utf8)])) {
            whole.add(event)
        }
        return (events, sequenceIDs, whole.messages)
    }

    func request(_ server: LoopbackStreamServer, _ path: String, body: Data, dropAfter: Int? = nil) throws -> URLRequest {
        let url = try #require(URL(string: "http://127.0.0.1:\(server.port)\(path)"))
        var request = URLRequest(url: url, timeoutInterval: 20)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("text/event-stream", forHTTPHeaderField: "Accept")
        if let dropAfter { request.setValue(String(dropAfter), forHTTPHeaderField: "X-Drop-After") }
        request.httpBody = body
        return request
    }

    @Test func aReplayedStreamArrivesInSmallChunksAndMergesIntoTheWholeMessages() async throws {
        let (events, sequenceIDs, transcript) = try await Self.recording()
        let server = try LoopbackStreamServer(events: events, sequenceIDs: sequenceIDs)
        defer { server.stop() }
        let body = try JSONEncoder().encode(ConversationMessageRequest(input: .string("search it"), streamTokens: true))
        let (status, chunks, connection) = try await ResponseBodyChunks.open(
            request(server, "/v1/conversations/c/messages", body: body))
        #expect(status == 200)

        var accumulator = LettaStreamAccumulator()
        var assistantText = ""
        var grew = 0
        for try await event in LettaEventStream(chunks: chunks, statusCode: status) {
            if case .messageGrew = accumulator.add(event) { grew += 1 }
            if case .response(.assistantMessage(let chunk)) = event, case .string(let piece) = chunk.content {
                assistantText += piece
            }
        }
        #expect(accumulator.messages == transcript)
        #expect(transcript.count == 4)
        #expect(connection.readCount > 20, "the body arrived in \(connection.readCount) reads")
        #expect(assistantText == "Here is what I found: 2 results, both about SSE 😀.")
        #expect(grew > transcript.count)
        #expect(accumulator.stopReason?.stopReason == .endTurn)
        #expect(accumulator.usage?.totalTokens == 142)
        #expect(accumulator.errors.map(\.message) == ["a hiccup"])
        #expect(accumulator.lastSequenceID == sequenceIDs.compactMap { $0 }.max())
    }

    @Test func aDroppedConnectionResumedFromTheLastSequenceIDGivesTheUnbrokenTranscript() async throws {
        let (events, sequenceIDs, transcript) = try await Self.recording()
        let server = try LoopbackStreamServer(events: events, sequenceIDs: sequenceIDs)
        defer { server.stop() }
        let body = try JSONEncoder().encode(ConversationMessageRequest(input: .string("search it"), streamTokens: true))
        let (status, chunks, _) = try await ResponseBodyChunks.open(
            request(server, "/v1/conversations/c/messages", body: body, dropAfter: events.count / 2))
        #expect(status == 200)

        var accumulator = LettaStreamAccumulator()
        var dropped = false
        do {
            for try await event in LettaEventStream(chunks: chunks, statusCode: status) { accumulator.add(event) }
        } catch is LettaStreamError {
            Issue.record("the stream failed as a stream, not as a connection")
        } catch {
            dropped = true  // the transfer closed with the chunked body unfinished
        }
        #expect(dropped)
        #expect(accumulator.stopReason == nil)
        #expect(accumulator.messages.count < transcript.count)

        let resume = accumulator.resumeRequest()
        #expect(resume.startingAfter == accumulator.lastSequenceID)
        let (resumedStatus, rest, _) = try await ResponseBodyChunks.open(
            request(server, "/v1/conversations/c/stream", body: try JSONEncoder().encode(resume)))
        #expect(resumedStatus == 200)
        var alreadySeen = 0
        for try await event in LettaEventStream(chunks: rest, statusCode: resumedStatus) {
            if case .alreadySeen = accumulator.add(event) { alreadySeen += 1 }
        }
        #expect(alreadySeen >= 1)
        #expect(accumulator.messages == transcript)
        #expect(accumulator.stopReason?.stopReason == .endTurn)
        #expect(accumulator.lastSequenceID == sequenceIDs.compactMap { $0 }.max())
    }

    @Test func anErrorStatusBecomesATypedErrorWithTheServersDetail() async throws {
        let server = try LoopbackStreamServer(events: [], sequenceIDs: [])
        defer { server.stop() }
        let body = try JSONEncoder().encode(ConversationMessageRequest(input: .string("hello")))
        let (status, chunks, _) = try await ResponseBodyChunks.open(request(server, "/v1/conversations/missing/messages", body: body))
        #expect(status == 404)
        do {
            for try await _ in LettaEventStream(chunks: chunks, statusCode: status) {}
            Issue.record("a 404 did not throw")
        } catch let LettaStreamError.httpStatus(code, error) {
            #expect(code == 404)
            #expect(error.message == "Conversation not found with id=missing")
        }
    }
}
