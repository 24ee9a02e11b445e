import Foundation
import LettaClientRuntime
import LoopbackHTTPServer
import LettaClientTransport
import LettaModels
import Testing

#if canImport(OpenAPIAsyncHTTPClient)
    import OpenAPIAsyncHTTPClient
#endif

/// Streams over a real socket, answered as the Letta server streams: chunked, one event per chunk, pings, errors
/// under HTTP 200, `[DONE]` or not.
@Suite(.timeLimit(.minutes(1))) struct StreamingTests {
    #if canImport(OpenAPIAsyncHTTPClient)
        @Test func theDefaultTransportOnLinuxIsAsyncHTTPClient() {
            #expect(defaultClientTransport() is AsyncHTTPClientTransport)
        }
    #endif

    @Test func theFirstEventArrivesBeforeTheServerFinishesTheResponse() async throws {
        let clientHasFirstEvent = Signal()
        let serverWaitedForClient = Signal()
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendEvent(Wire.assistant("Hello"))
            // The rest is written only once the client holds the first event (or 5 s have passed).
            if clientHasFirstEvent.wait() { serverWaitedForClient.raise() }
            connection.sendEvent(Wire.ping)
            connection.sendEvent(Wire.endTurn)
            connection.sendEvent(Wire.usage)
            connection.sendEvent(Wire.done)
            connection.endEventStream()
        }
        defer { server.stop() }
        let stream = try await makeClient(server).sendMessage()
        #expect(stream.status == 200)
        var kinds: [String] = []
        for try await event in stream {
            kinds.append(event.kind)
            if kinds.count == 1 { clientHasFirstEvent.raise() }
        }
        #expect(serverWaitedForClient.isRaised, "the server was not waiting on the client: the first event came with the rest")
        #expect(kinds == ["assistant:Hello", "ping", "stop:end_turn", "usage"])
    }

    @Test func theRequestCarriesTheBodyAndAcceptsAnEventStream() async throws {
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendEvent(Wire.done)
            connection.endEventStream()
        }
        defer { server.stop() }
        for try await _ in try await makeClient(server).sendMessage("conv-1") {}
        let request = try #require(server.received.first)
        #expect(request.method == "POST")
        #expect(request.path == "/v1/conversations/conv-1/messages")
        #expect(request.header("accept") == "text/event-stream")
        #expect(request.header("content-type") == "application/json")
        let body = try JSONDecoder().decode(ConversationMessageRequest.self, from: Data(request.body))
        #expect(body.input == .string("Hello!"))
    }

    @Test func anErrorEventUnderStatus200ArrivesAsAnEventAndTheStreamGoesOn() async throws {
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendEvent(Wire.llmAPIError)
            connection.sendEvent(Wire.errorEvent, name: "error")
            connection.sendEvent(Wire.done)
            connection.endEventStream()
        }
        defer { server.stop() }
        var events: [LettaEvent] = []
        for try await event in try await makeClient(server).sendMessage() { events.append(event) }
        #expect(events.map(\.kind) == ["stop:llm_api_error", "error:llm_error"])
        guard case .error(let error) = events.last else { return }
        #expect(error.message == "An error occurred with the LLM request.")
        #expect(error.detail == "Rate limit reached for requests")
        #expect(error.runID == "run-1")
    }

    @Test func aCancelledRunEndsWithoutDoneAndTheStreamSimplyEnds() async throws {
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendEvent(Wire.assistant("Partial", otid: "otid-1"))
            connection.sendEvent(Wire.cancelled)
            connection.sendEvent(Wire.assistant(" answer", otid: "otid-1"))
            connection.endEventStream()
        }
        defer { server.stop() }
        var kinds: [String] = []
        for try await event in try await makeClient(server).sendMessage() { kinds.append(event.kind) }
        #expect(kinds == ["assistant:Partial", "stop:cancelled", "assistant: answer"])
    }

    @Test func namedEventsTheAPIDoesNotDefineAreSkipped() async throws {
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendChunk(": a comment\n\n")
            connection.sendEvent(#"{"anything":1}"#, name: "progress")
            connection.sendEvent(Wire.endTurn)
            connection.sendEvent(Wire.done)
            connection.endEventStream()
        }
        defer { server.stop() }
        var kinds: [String] = []
        for try await event in try await makeClient(server).sendMessage() { kinds.append(event.kind) }
        #expect(kinds == ["stop:end_turn"])
    }

    @Test func aDroppedConnectionMidStreamSurfacesAndIsNotRetried() async throws {
        let clientHasBothEvents = Signal()
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendEvent(Wire.assistant("Hello"))
            connection.sendEvent(Wire.ping)
            // The body is cut once the client holds both events (or 5 s have passed): a transport may drop what it
            // had read but not yet handed on when the connection ends, which is not what this test is about.
            _ = clientHasBothEvents.wait()
            connection.close()  // no last chunk: the body is cut
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        var kinds: [String] = []
        await #expect {
            for try await event in try await makeClient(server, sleeps: sleeps).sendMessage() {
                kinds.append(event.kind)
                if kinds.count == 2 { clientHasBothEvents.raise() }
            }
        } throws: { error in
            guard case ClientError.connection(let operationID, _) = error else { return false }
            return operationID == "send_conversation_message"
        }
        #expect(kinds == ["assistant:Hello", "ping"])
        #expect(server.received.count == 1)
        #expect(sleeps.delays.isEmpty)
    }

    @Test func aSilentStreamTimesOutAfterTheIdleTimeoutAndTheConnectionCloses() async throws {
        let clientClosed = Signal()
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendEvent(Wire.ping)
            if connection.waitForClientToClose() { clientClosed.raise() }
        }
        defer { server.stop() }
        let client = makeClient(server, idleTimeout: .milliseconds(300))
        var kinds: [String] = []
        // The server stays silent for 5 s and then ends the connection: only the idle timeout ends it as `timedOut`.
        await #expect {
            for try await event in try await client.sendMessage() { kinds.append(event.kind) }
        } throws: { error in
            guard case ClientError.timedOut(_, let after) = error else { return false }
            return after == .milliseconds(300)
        }
        #expect(kinds == ["ping"])
        #expect(await clientClosed.waitAsync())
    }

    @Test func cancellingTheConsumingTaskClosesTheConnection() async throws {
        let clientClosed = Signal()
        let firstEventDelivered = Signal()
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendEvent(Wire.assistant("Hello"))
            if connection.waitForClientToClose() { clientClosed.raise() }
        }
        defer { server.stop() }
        let client = makeClient(server)
        let consumer = Task {
            var count = 0
            for try await _ in try await client.sendMessage() {
                count += 1
                firstEventDelivered.raise()
            }
            return count
        }
        #expect(await firstEventDelivered.waitAsync())
        consumer.cancel()
        let outcome = await consumer.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        #expect(await clientClosed.waitAsync(), "the server never saw the connection close")
    }

    @Test func anEventThatIsNotTheModelEndsTheStreamWithItsIndexAndCodingPath() async throws {
        let server = try LoopbackServer { _, connection in
            connection.startEventStream()
            connection.sendEvent(Wire.ping)
            connection.sendEvent(#"{"message_type":"stop_reason","stop_reason":7}"#)
            connection.sendEvent(Wire.done)
            connection.endEventStream()
        }
        defer { server.stop() }
        var kinds: [String] = []
        await #expect {
            for try await event in try await makeClient(server).sendMessage() { kinds.append(event.kind) }
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.debugDescription.hasPrefix("event 1: ") && context.codingPath.map(\.stringValue) == ["stop_reason"]
        }
        #expect(kinds == ["ping"])
    }

    @Test func aStatusErrorBeforeTheStreamIsAnAPIError() async throws {
        let server = try LoopbackServer { _, connection in
            connection.respondJSON(status: 404, #"{"detail":"Conversation not found with id=conv-missing"}"#)
        }
        defer { server.stop() }
        await #expect {
            _ = try await makeClient(server).sendMessage("conv-missing")
        } throws: { error in
            guard let error = error as? APIError else { return false }
            return error.status == 404 && error.message == "Conversation not found with id=conv-missing"
        }
    }

    @Test func aStreamIsRetriedWhileNothingWasDelivered() async throws {
        let attempts = Counter()
        let server = try LoopbackServer { _, connection in
            if attempts.next() == 1 {
                connection.respondJSON(status: 503, #"{"detail":"warming up"}"#)
                return
            }
            connection.startEventStream()
            connection.sendEvent(Wire.endTurn)
            connection.sendEvent(Wire.done)
            connection.endEventStream()
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        var kinds: [String] = []
        for try await event in try await makeClient(server, sleeps: sleeps).sendMessage() { kinds.append(event.kind) }
        #expect(kinds == ["stop:end_turn"])
        #expect(server.received.count == 2)
        #expect(sleeps.delays.count == 1)
    }
}
