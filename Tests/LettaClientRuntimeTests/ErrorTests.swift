import Foundation
import HTTPTypes
import LettaClientRuntime
import LoopbackHTTPServer
import LettaCodegenRuntime
import LettaModels
import Testing

/// Error bodies exactly as the Letta server writes them (WIRE.md), through a real socket, and the shapes alone.
@Suite(.timeLimit(.minutes(1))) struct ErrorTests {
    func retrieve(_ client: APIClient, _ id: String) async throws -> Conversation {
        let request = ClientRequest(
            method: .get, path: "/v1/conversations/\(try ClientRequest.pathComponent(id))", operationID: "retrieve_conversation")
        return try await client.send(request, options: .init()).decode(Conversation.self)
    }

    func failure(status: Int, body: String, maxRetries: Int = 0) async throws -> APIError {
        let server = try LoopbackServer { _, connection in
            connection.respondJSON(status: status, body, headers: [("X-Request-ID", "req-7")])
        }
        defer { server.stop() }
        do {
            _ = try await retrieve(makeClient(server, maxRetries: maxRetries), "conv-404")
        } catch let error as APIError {
            return error
        }
        throw ClientError.invalidRequest("no APIError was thrown")
    }

    @Test func notFound() async throws {
        let error = try await failure(status: 404, body: #"{"detail":"Conversation not found with id=conv-404"}"#)
        #expect(error.status == 404)
        #expect(error.message == "Conversation not found with id=conv-404")
        #expect(error.detail == "Conversation not found with id=conv-404")
        #expect(error.type == nil)
        #expect(error.operationID == "retrieve_conversation")
        #expect(error.headers[HTTPField.Name("x-request-id")!] == "req-7")
        #expect(error.json?["detail"]?.stringValue == "Conversation not found with id=conv-404")
        #expect(error.description == "HTTP 404 (retrieve_conversation): Conversation not found with id=conv-404")
    }

    @Test func validationErrorWithPythonRenderedDetail() async throws {
        let detail = #"[{'type': 'missing', 'loc': ('body', 'input'), 'msg': 'Field required', 'input': None}]"#
        let error = try await failure(status: 422, body: #"{"trace_id":"","detail":"\#(detail)"}"#)
        #expect(error.status == 422)
        #expect(error.message == detail)
        #expect(error.detail == detail)
    }

    @Test func llmFailure() async throws {
        let error = try await failure(
            status: 502,
            body: #"{"error":{"type":"llm_error","message":"LLM request failed","detail":"upstream returned 500"}}"#)
        #expect(error.status == 502)
        #expect(error.type == "llm_error")
        #expect(error.message == "LLM request failed")
        #expect(error.detail == "upstream returned 500")
    }

    @Test func aRetriedFailureReportsTheLastAttempt() async throws {
        let error = try await failure(status: 502, body: #"{"error":{"type":"llm_error","message":"still failing"}}"#, maxRetries: 2)
        #expect(error.message == "still failing")
    }

    @Test func pendingApprovalWithAnObjectDetail() async throws {
        let error = try await failure(
            status: 409,
            body:
                #"{"detail":{"code":"PENDING_APPROVAL","message":"Cannot send a new message while a tool approval is pending.","pending_request_id":"message-9"}}"#
        )
        #expect(error.status == 409)
        #expect(error.type == "PENDING_APPROVAL")
        #expect(error.message == "Cannot send a new message while a tool approval is pending.")
        #expect(error.json?["detail"]?["pending_request_id"]?.stringValue == "message-9")
    }

    @Test(arguments: [
        (
            #"{"detail":[{"msg":"Field required"},{"msg":"Input should be a valid string"}]}"#,
            "Field required; Input should be a valid string"
        ),
        (#"{"detail":[1,2]}"#, "[1,2]"),
        (#"{"message":"plain message"}"#, "plain message"),
        ("Bad Gateway from the proxy\n", "Bad Gateway from the proxy"),
        ("", "the response has no body"),
    ])
    func otherBodyShapes(body: String, message: String) {
        let error = APIError(status: 500, headers: [:], body: Array(body.utf8), operationID: "op")
        #expect(error.message == message)
    }

    @Test func aBodyThatIsNotTheModelIsADecodingErrorWithItsCodingPath() async throws {
        let server = try LoopbackServer { _, connection in
            connection.respondJSON(#"{"id":"conv-1","agent_id":7}"#)
        }
        defer { server.stop() }
        await #expect {
            _ = try await retrieve(makeClient(server), "conv-1")
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let context) = error else { return false }
            return context.codingPath.map(\.stringValue) == ["agent_id"]
        }
    }

    @Test func aRefusedConnectionIsAConnectionErrorAfterTheRetries() async throws {
        let server = try LoopbackServer { _, _ in }
        server.stop()  // the port is closed again: connecting is refused
        let sleeps = SleepRecorder()
        await #expect {
            _ = try await retrieve(makeClient(server, timeout: .seconds(2), sleeps: sleeps), "conv-1")
        } throws: { error in
            guard case ClientError.connection(let operationID, _) = error else { return false }
            return operationID == "retrieve_conversation"
        }
        #expect(sleeps.delays.count == 2)
    }
}
