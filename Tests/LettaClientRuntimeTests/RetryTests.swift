import Foundation
import HTTPTypes
@testable import LettaClientRuntime
import LettaModels
import LoopbackHTTPServer
import Testing

/// Retries as the official SDKs make them, counted on the server; the waits are recorded, not slept.
@Suite(.timeLimit(.minutes(1))) struct RetryTests {
    static let conversation = #"{"id":"conv-1","agent_id":"agent-1","created_at":"2026-12-01T20:35:26.631368Z"}"#

    func retrieve(_ client: APIClient, options: RequestOptions = .init()) async throws -> Conversation {
        let request = ClientRequest(method: .get, path: "/v1/conversations/conv-1", operationID: "retrieve_conversation")
        return try await client.send(request, options: options).decode(Conversation.self)
    }

    @Test func rateLimitedThenSuccessWaitsWhatRetryAfterSays() async throws {
        let attempts = Counter()
        let server = try LoopbackServer { _, connection in
            if attempts.next() == 1 {
                connection.respondJSON(status: 429, #"{"detail":"Rate limited"}"#, headers: [("Retry-After", "2")])
            } else {
                connection.respondJSON(Self.conversation)
            }
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        let conversation = try await retrieve(makeClient(server, sleeps: sleeps))
        #expect(conversation.id == "conv-1")
        #expect(server.received.count == 2)
        #expect(sleeps.delays == [.seconds(2)])
    }

    @Test func retryAfterMillisecondsWins() async throws {
        let attempts = Counter()
        let server = try LoopbackServer { _, connection in
            if attempts.next() == 1 {
                connection.respondJSON(status: 429, "{}", headers: [("Retry-After", "30"), ("retry-after-ms", "250")])
            } else {
                connection.respondJSON(Self.conversation)
            }
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        _ = try await retrieve(makeClient(server, sleeps: sleeps))
        #expect(sleeps.delays == [.milliseconds(250)])
    }

    @Test func unavailableTwiceThenSuccessBacksOffWithJitter() async throws {
        let attempts = Counter()
        let server = try LoopbackServer { _, connection in
            if attempts.next() <= 2 {
                connection.respondJSON(status: 503, #"{"detail":"Service Unavailable"}"#)
            } else {
                connection.respondJSON(Self.conversation)
            }
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        _ = try await retrieve(makeClient(server, sleeps: sleeps))
        #expect(server.received.count == 3)
        let delays = sleeps.delays
        #expect(delays.count == 2)
        #expect(delays.count == 2 && delays[0] > .milliseconds(374) && delays[0] <= .milliseconds(500))
        #expect(delays.count == 2 && delays[1] > .milliseconds(749) && delays[1] <= .milliseconds(1000))
    }

    @Test func theRetriesRunOutAfterTwo() async throws {
        let server = try LoopbackServer { _, connection in connection.respondJSON(status: 500, #"{"detail":"boom"}"#) }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        await #expect(throws: APIError.self) { _ = try await retrieve(makeClient(server, sleeps: sleeps)) }
        #expect(server.received.count == 3)
        #expect(sleeps.delays.count == 2)
    }

    @Test func theRequestOptionsSetTheRetries() async throws {
        let server = try LoopbackServer { _, connection in connection.respondJSON(status: 500, #"{"detail":"boom"}"#) }
        defer { server.stop() }
        await #expect(throws: APIError.self) { _ = try await retrieve(makeClient(server), options: .init(maxRetries: 0)) }
        #expect(server.received.count == 1)
    }

    @Test(arguments: [400, 401, 403, 404, 422])
    func aClientErrorIsNotRetried(status: Int) async throws {
        let server = try LoopbackServer { _, connection in connection.respondJSON(status: status, #"{"detail":"no"}"#) }
        defer { server.stop() }
        await #expect(throws: APIError.self) { _ = try await retrieve(makeClient(server)) }
        #expect(server.received.count == 1)
    }

    @Test func theServerCanForbidOrAskForARetry() async throws {
        let forbidding = try LoopbackServer { _, connection in
            connection.respondJSON(status: 503, "{}", headers: [("x-should-retry", "false")])
        }
        defer { forbidding.stop() }
        await #expect(throws: APIError.self) { _ = try await retrieve(makeClient(forbidding)) }
        #expect(forbidding.received.count == 1)

        let asking = try LoopbackServer { _, connection in
            connection.respondJSON(status: 400, "{}", headers: [("x-should-retry", "true")])
        }
        defer { asking.stop() }
        await #expect(throws: APIError.self) { _ = try await retrieve(makeClient(asking)) }
        #expect(asking.received.count == 3)
    }

    @Test func aConnectionClosedWithoutAnswerIsRetried() async throws {
        let attempts = Counter()
        let server = try LoopbackServer { _, connection in
            if attempts.next() == 1 {
                connection.close()
            } else {
                connection.respondJSON(Self.conversation)
            }
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        _ = try await retrieve(makeClient(server, sleeps: sleeps))
        #expect(server.received.count == 2)
        #expect(sleeps.delays.count == 1)
    }

    @Test func aRequestThatTakesTooLongTimesOutAndIsRetried() async throws {
        let server = try LoopbackServer { _, connection in _ = connection.waitForClientToClose(seconds: 2) }
        defer { server.stop() }
        // Attempts are counted where the client makes them: under load the second may time out before it reaches
        // the server.
        let log = Log()
        let client = makeClient(server, maxRetries: 1, timeout: .milliseconds(200), middlewares: [Tagging(tag: "attempt", log: log)])
        // The server holds each request for 2 s and then closes it: only a timeout ends an attempt as `timedOut`.
        await #expect {
            _ = try await retrieve(client)
        } throws: { error in
            guard case ClientError.timedOut(let operationID, let after) = error else { return false }
            return operationID == "retrieve_conversation" && after == .milliseconds(200)
        }
        #expect(log.entries.count == 2)
        #expect(server.received.count >= 1)
    }

    @Test func cancellingARequestClosesTheConnectionAndIsNotRetried() async throws {
        let arrived = Signal()
        let clientClosed = Signal()
        let server = try LoopbackServer { _, connection in
            arrived.raise()
            if connection.waitForClientToClose() { clientClosed.raise() }
        }
        defer { server.stop() }
        let sleeps = SleepRecorder()
        let client = makeClient(server, sleeps: sleeps)
        let call = Task { try await retrieve(client) }
        #expect(await arrived.waitAsync())
        call.cancel()
        let outcome = await call.result
        #expect(throws: CancellationError.self) { try outcome.get() }
        #expect(await clientClosed.waitAsync(), "the server never saw the connection close")
        #expect(server.received.count == 1)
        #expect(sleeps.delays.isEmpty)
    }

    @Test func delays() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        func delay(_ retry: Int, _ headers: HTTPFields? = nil, random: Double = 0) -> Duration {
            RetryPolicy.delay(retry: retry, headers: headers, now: now, random: { random })
        }
        #expect(delay(0) == .milliseconds(500))
        #expect(delay(1) == .seconds(1))
        #expect(delay(4) == .seconds(8))
        #expect(delay(9) == .seconds(8))
        #expect(delay(0, random: 1) == .milliseconds(375))
        #expect(delay(0, [.retryAfter: "1.5"]) == .milliseconds(1500))
        #expect(delay(0, [.retryAfter: "61"]) == .milliseconds(500), "more than 60 s is ignored")
        #expect(delay(0, [.retryAfter: "0"]) == .milliseconds(500))
        #expect(delay(0, [.retryAfter: "soon"]) == .milliseconds(500))
        let inTenSeconds = "Fri, 15 Jan 2027 08:00:10 GMT"
        #expect(RetryPolicy.httpDate(inTenSeconds) == Date(timeIntervalSince1970: 1_800_000_010))
        #expect(delay(0, [.retryAfter: inTenSeconds]) == .seconds(10))
    }
}

/// Polls `condition` with tiny sleeps for up to two seconds.
func eventually(_ condition: () -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + .seconds(2)
    while !condition(), ContinuousClock.now < deadline { try? await Task.sleep(for: .milliseconds(5)) }
    return condition()
}
