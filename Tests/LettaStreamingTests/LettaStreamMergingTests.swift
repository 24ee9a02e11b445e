import Foundation
import Testing
@_spi(Generated) import LettaCodegenRuntime
import LettaModels
@testable import LettaStreaming

/// An async sequence of byte chunks, for feeding a stream as a network would.
struct ChunkSequence: AsyncSequence, Sendable {
    typealias Element = [UInt8]
    let chunks: [[UInt8]]
    struct Iterator: AsyncIteratorProtocol {
        var remaining: ArraySlice<[UInt8]>
        mutating func next() async -> [UInt8]? { remaining.popFirst() }
    }
    func makeAsyncIterator() -> Iterator { Iterator(remaining: chunks[...]) }
}

/// Single bytes, as `URLSession.AsyncBytes` gives them.
struct ByteSequence: AsyncSequence, Sendable {
    typealias Element = UInt8
    let bytes: [UInt8]
    struct Iterator: AsyncIteratorProtocol {
        var remaining: ArraySlice<UInt8>
        mutating func next() async -> UInt8? { remaining.popFirst() }
    }
    func makeAsyncIterator() -> Iterator { Iterator(remaining: bytes[...]) }
}

/// Builds the SSE text a Letta server sends for whole messages, split into token chunks.
struct TokenStreamBuilder {
    var random = SplitMix64(seed: 7)
    var nextSequenceID: Int? = nil
    let date = Date(timeIntervalSince1970: 1_774_948_447)

    mutating func pieces(_ text: String) -> [String] {
        var result: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            let length = Int(random.next() % 6) + 1
            result.append(String(rest.prefix(length)))
            rest = rest.dropFirst(length)
        }
        return result.isEmpty ? [""] : result
    }

    mutating func sequenceID() -> Int? {
        guard let current = nextSequenceID else { return nil }
        nextSequenceID = current + 1
        return current
    }

    static func event(_ response: LettaStreamingResponse) -> String {
        "data: " + String(decoding: JSONWriter.encode(response), as: UTF8.self) + "\n\n"
    }

    /// The chunk events of `message`, as `stream_tokens` sends them.
    mutating func chunks(of message: LettaMessageUnion) -> [String] {
        switch message {
        case .assistantMessage(let whole):
            guard case .string(let text) = whole.content else { return [Self.event(.assistantMessage(whole))] }
            return pieces(text).map { piece in
                var chunk = whole
                chunk.content = .string(piece)
                chunk.seqID = sequenceID()
                return Self.event(.assistantMessage(chunk))
            }
        case .reasoningMessage(let whole):
            return pieces(whole.reasoning).map { piece in
                var chunk = whole
                chunk.reasoning = piece
                chunk.seqID = sequenceID()
                return Self.event(.reasoningMessage(chunk))
            }
        case .toolCallMessage(let whole):
            guard case .array(let calls)? = whole.toolCalls else { return [Self.event(.toolCallMessage(whole))] }
            var events: [String] = []
            for call in calls {
                let deltas =
                    [ToolCallDelta(name: call.name, toolCallID: call.toolCallID)]
                    + pieces(call.arguments).map { ToolCallDelta(arguments: $0, toolCallID: call.toolCallID) }
                for delta in deltas {
                    let chunk = ToolCallMessage(
                        id: whole.id, date: whole.date, otid: whole.otid, seqID: sequenceID(), runID: whole.runID,
                        toolCall: .toolCallDelta(delta), toolCalls: .toolCallDelta(delta)
                    )
                    events.append(Self.event(.toolCallMessage(chunk)))
                }
            }
            return events
        case .toolReturnMessage(var whole):
            whole.seqID = sequenceID()
            return [Self.event(.toolReturnMessage(whole))]
        default:
            return []
        }
    }

    /// Whole messages of one step, as the list endpoint returns them (tool calls as an array of full calls).
    func transcript() -> [LettaMessageUnion] {
        let call = ToolCall(name: "web_search", arguments: #"{"query":"swift \"sse\" parsing","num_results":2}"#, toolCallID: "call-1")
        let second = ToolCall(name: "archival_memory_search", arguments: #"{"query":"café ☕"}"#, toolCallID: "call-2")
        return [
            .reasoningMessage(
                ReasoningMessage(
                    id: "message-1", date: date, otid: "otid-1", runID: "run-1",
                    reasoning: "The user wants a search. I'll look it up — carefully.")),
            .toolCallMessage(
                ToolCallMessage(
                    id: "message-1", date: date, otid: "otid-2", runID: "run-1",
                    toolCall: .toolCall(call), toolCalls: .array([call, second]))),
            .toolReturnMessage(
                ToolReturnMessage(
                    id: "message-2", date: date, otid: "otid-3", runID: "run-1",
                    toolReturn: "2 results", status: .success, toolCallID: "call-1")),
            .assistantMessage(
                AssistantMessage(
                    id: "message-3", date: date, otid: "otid-4", runID: "run-1",
                    content: .string("Here is what I found: 2 results, both about SSE 😀."))),
        ]
    }
}

@Suite struct LettaStreamMergingTests {
    func collect<Base>(_ stream: LettaEventStream<Base>) async throws -> [LettaStreamEvent] {
        var events: [LettaStreamEvent] = []
        for try await event in stream { events.append(event) }
        return events
    }

    func merged(_ events: [LettaStreamEvent]) -> LettaStreamAccumulator {
        var accumulator = LettaStreamAccumulator()
        for event in events { accumulator.add(event) }
        return accumulator
    }

    func streamText(_ builder: inout TokenStreamBuilder, transcript: [LettaMessageUnion]) -> [String] {
        recordedStream(&builder, transcript: transcript)
    }

    @Test func aTokenStreamMergesBackToTheWholeMessages() async throws {
        var builder = TokenStreamBuilder()
        let transcript = builder.transcript()
        let text = Array(streamText(&builder, transcript: transcript).joined().utf8)
        var random = SplitMix64(seed: 3)
        var chunks: [[UInt8]] = []
        var start = 0
        while start < text.count {
            let end = min(text.count, start + Int(random.next() % 50) + 1)
            chunks.append(Array(text[start..<end]))
            start = end
        }
        let events = try await collect(LettaEventStream(chunks: ChunkSequence(chunks: chunks)))
        let accumulator = merged(events)
        #expect(accumulator.messages == transcript)
        #expect(accumulator.stopReason?.stopReason == .endTurn)
        #expect(accumulator.usage?.totalTokens == 142)
        #expect(accumulator.errors.map(\.message) == ["a hiccup"])
        // Single bytes (URLSession.AsyncBytes) give the same events.
        #expect(try await collect(LettaEventStream(bytes: ByteSequence(bytes: text))) == events)
    }

    @Test func aStreamCutAndResumedFromItsLastSequenceIDMergesTheSame() async throws {
        var builder = TokenStreamBuilder()
        builder.nextSequenceID = 1
        let transcript = builder.transcript().map { message -> LettaMessageUnion in message }
        let events = streamText(&builder, transcript: transcript)
        let cut = events.count / 2
        var first = LettaStreamAccumulator()
        for event in try await collect(LettaEventStream(chunks: ChunkSequence(chunks: events[..<cut].map { Array($0.utf8) }))) {
            first.add(event)
        }
        let resume = first.resumeRequest()
        #expect(resume.startingAfter == first.lastSequenceID)
        #expect(resume.startingAfter != nil)
        // The resumed stream repeats a few events before the cut; they are ignored.
        var resumed = first
        let replay = events[(cut - 3)...].map { Array($0.utf8) }
        for event in try await collect(LettaEventStream(chunks: ChunkSequence(chunks: replay))) {
            resumed.add(event)
        }
        var unbroken = LettaStreamAccumulator()
        for event in try await collect(LettaEventStream(chunks: ChunkSequence(chunks: events.map { Array($0.utf8) }))) {
            unbroken.add(event)
        }
        #expect(resumed.messages == unbroken.messages)
        #expect(unbroken.messages.count == transcript.count)
        #expect(resumed.lastSequenceID == unbroken.lastSequenceID)
    }

    @Test func aMalformedEventNamesItsIndexAndTheCallerMayGoOn() async throws {
        let text =
            "data: {\"message_type\":\"stop_reason\",\"stop_reason\":\"end_turn\"}\n\ndata: {\"message_type\":\"usage_statistics\",\"total_tokens\":\"x\"}\n\ndata: [DONE]\n\n"
        let chunks = ChunkSequence(chunks: [Array(text.utf8)])
        do {
            _ = try await collect(LettaEventStream(chunks: chunks))
            Issue.record("a malformed event did not fail the stream")
        } catch let LettaStreamError.malformedEvent(event) {
            #expect(event.index == 1)
            #expect(event.raw == #"{"message_type":"usage_statistics","total_tokens":"x"}"#)
            #expect(event.reason.contains("total_tokens"))
        }
        let delivered = try await collect(LettaEventStream(chunks: chunks, malformedEvents: .deliver))
        #expect(delivered.count == 2)
        guard case .malformed(let event) = delivered[1] else {
            Issue.record("expected .malformed")
            return
        }
        #expect(event.index == 1)
    }

    @Test func nonSuccessResponsesAndOversizedEventsThrow() async throws {
        let llm = ChunkSequence(chunks: [Array(#"{"error":{"type":"llm_error","message":"upstream failed","detail":"timeout"}}"#.utf8)])
        await #expect(throws: LettaStreamError.self) { _ = try await collect(LettaEventStream(chunks: llm, statusCode: 502)) }
        do {
            _ = try await collect(LettaEventStream(chunks: llm, statusCode: 502))
        } catch let LettaStreamError.httpStatus(status, error) {
            #expect(status == 502 && error.type == "llm_error" && error.message == "upstream failed" && error.detail == "timeout")
        }
        let notFound = ChunkSequence(chunks: [Array(#"{"detail":"Conversation not found with id=c"}"#.utf8)])
        do {
            _ = try await collect(LettaEventStream(chunks: notFound, statusCode: 404))
        } catch let LettaStreamError.httpStatus(status, error) {
            #expect(status == 404 && error.message == "Conversation not found with id=c")
        }
        // The agent endpoint's pending approval (WIRE.md): `detail` is an object, read as the client's APIError reads it.
        let detail =
            #"{"code":"PENDING_APPROVAL","message":"Cannot send a new message while a tool approval is pending.","pending_request_id":"message-9"}"#
        let pending = ChunkSequence(chunks: [Array(#"{"detail":\#(detail)}"#.utf8)])
        do {
            _ = try await collect(LettaEventStream(chunks: pending, statusCode: 409))
            Issue.record("expected LettaStreamError.httpStatus")
        } catch let LettaStreamError.httpStatus(status, error) {
            #expect(status == 409)
            #expect(error.type == "PENDING_APPROVAL")
            #expect(error.message == "Cannot send a new message while a tool approval is pending.")
            #expect(error.detail == detail)
        }
        let big = ChunkSequence(chunks: [Array("data: ".utf8), Array(repeating: UInt8(ascii: "x"), count: 100)])
        await #expect(throws: LettaStreamError.eventTooLarge(index: 0, limit: 64)) {
            _ = try await collect(LettaEventStream(chunks: big, maximumEventBytes: 64))
        }
    }

    @Test func theStreamEndsAtDoneAndKeepsUnknownTypes() async throws {
        let text = "data: {\"message_type\":\"brand_new\",\"x\":1}\n\ndata: [DONE]\n\ndata: {\"message_type\":\"ping\"}\n\n"
        let events = try await collect(LettaEventStream(chunks: ChunkSequence(chunks: [Array(text.utf8)])))
        #expect(events.count == 1)
        let accumulator = merged(events)
        #expect(accumulator.unknownEvents.map(\.discriminator) == ["brand_new"])
    }
}

/// The README's streaming loop, over a recorded body instead of URLSession.
@Suite struct StreamingReadmeExampleTests {
    @Test func theLoopPrintsTheReplyAsItGrowsAndKeepsTheTranscript() async throws {
        var builder = TokenStreamBuilder()
        let transcript = builder.transcript()
        let body = Array((transcript.flatMap { builder.chunks(of: $0) } + ["data: [DONE]\n\n"]).joined().utf8)
        var printed = ""
        func print(_ text: String, terminator: String) { printed += text + terminator }

        var accumulator = LettaStreamAccumulator()
        for try await event in LettaEventStream(chunks: ChunkSequence(chunks: [body]), statusCode: 200) {
            accumulator.add(event)
            if case .response(.assistantMessage(let chunk)) = event, case .string(let piece) = chunk.content {
                print(piece, terminator: "")
            }
        }
        #expect(printed == "Here is what I found: 2 results, both about SSE 😀.")
        #expect(accumulator.messages == transcript)
    }
}

/// The SSE text of `transcript` as `stream_tokens` sends it, with a ping and an `event: error` after the second
/// message, then the stop reason, the usage and `[DONE]`.
func recordedStream(_ builder: inout TokenStreamBuilder, transcript: [LettaMessageUnion]) -> [String] {
    var events: [String] = []
    for (index, message) in transcript.enumerated() {
        events += builder.chunks(of: message)
        if index == 1 {
            events.append(TokenStreamBuilder.event(.ping(LettaPing(id: "ping-1", date: builder.date, runID: "run-1"))))
            events.append(
                "event: error\ndata: {\"message_type\":\"error_message\",\"run_id\":\"run-1\",\"error_type\":\"internal_error\",\"message\":\"a hiccup\",\"detail\":null}\n\n"
            )
        }
    }
    events.append(TokenStreamBuilder.event(.stopReason(LettaStopReason(stopReason: .endTurn))))
    events.append(
        TokenStreamBuilder.event(
            .usageStatistics(LettaUsageStatistics(completionTokens: 42, promptTokens: 100, totalTokens: 142, stepCount: 1))))
    events.append("data: [DONE]\n\n")
    return events
}
