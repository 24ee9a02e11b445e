import Foundation
import HTTPTypes
import LettaClientRuntime
import LoopbackHTTPServer
import LettaModels
import OpenAPIRuntime
import Testing

/// What goes on the wire, read back by the server: headers, base path, query, bodies; and the configuration.
@Suite(.timeLimit(.minutes(1))) struct RequestTests {
    static let conversation = #"{"id":"conv-1","agent_id":"agent-1"}"#

    func okServer() throws -> LoopbackServer {
        try LoopbackServer { _, connection in connection.respondJSON(Self.conversation) }
    }

    @Test func authenticationUserAgentAndHeadersInOrderOfPrecedence() async throws {
        let server = try okServer()
        defer { server.stop() }
        let client = makeClient(server, headers: [HTTPField.Name("x-project")!: "client", HTTPField.Name("x-trace")!: "client"])
        var request = ClientRequest(method: .get, path: "/v1/conversations/conv-1", operationID: "retrieve_conversation")
        request.addHeader("X-Trace", "operation")
        request.addHeader("X-Missing", String?.none)
        _ = try await client.send(request, options: .init(headers: [HTTPField.Name("x-project")!: "call"]))
        let received = try #require(server.received.first)
        #expect(received.header("authorization") == "Bearer sk-test")
        #expect(received.header("user-agent") == "LettaClient/Swift 0.0.0-test")
        #expect(received.header("accept") == "application/json")
        #expect(received.header("content-type") == nil)
        #expect(received.header("x-project") == "call")
        #expect(received.header("x-trace") == "operation")
        #expect(received.header("x-missing") == nil)
    }

    @Test func withoutAKeyNoAuthorizationIsSent() async throws {
        let server = try okServer()
        defer { server.stop() }
        let request = ClientRequest(method: .get, path: "/v1/conversations/conv-1", operationID: "retrieve_conversation")
        _ = try await makeClient(server, apiKey: nil).send(request, options: .init())
        #expect(server.received.first?.header("authorization") == nil)
    }

    @Test func aBaseURLPathPrefixesEveryPathWhateverItsTrailingSlash() async throws {
        let server = try okServer()
        defer { server.stop() }
        let request = ClientRequest(method: .get, path: "/v1/conversations/conv-1", operationID: "retrieve_conversation")
        _ = try await makeClient(server, basePath: "/api/").send(request, options: .init())
        _ = try await makeClient(server, basePath: "/api").send(request, options: .init())
        #expect(server.received.map(\.path) == ["/api/v1/conversations/conv-1", "/api/v1/conversations/conv-1"])
    }

    @Test func arrayQueryParametersAreRepeatedKeys() async throws {
        let server = try LoopbackServer { _, connection in connection.respondJSON("[]") }
        defer { server.stop() }
        var request = ClientRequest(method: .get, path: "/v1/conversations/conv-1/messages", operationID: "list_conversation_messages")
        request.addQuery("limit", 50)
        request.addQuery("after", String?.none)
        request.addQuery("include_return_message_types", [MessageType.assistantMessage, .toolCallMessage, .unknown("future_message")])
        request.addQuery("include_err", true)
        request.addQuery("order", MessageType?.none)
        request.addQuery("search", "a&b=c + d/é")
        request.addQuery("temperature", 0.5)
        _ = try await makeClient(server).send(request, options: .init(query: [(name: "extra", value: "1")]))
        let received = try #require(server.received.first)
        #expect(received.queryValues("include_return_message_types") == ["assistant_message", "tool_call_message", "future_message"])
        #expect(received.queryValues("limit") == ["50"])
        #expect(received.queryValues("after") == [])
        #expect(received.queryValues("include_err") == ["true"])
        #expect(received.queryValues("order") == [])
        #expect(received.queryValues("search") == ["a&b=c + d/é"])
        #expect(received.queryValues("temperature") == ["0.5"])
        #expect(
            received.query.map(\.name) == [
                "limit", "include_return_message_types", "include_return_message_types",
                "include_return_message_types", "include_err", "search", "temperature", "extra",
            ])
    }

    @Test func pathParametersStayOneSegment() throws {
        #expect(try ClientRequest.pathComponent("conv-1") == "conv-1")
        #expect(try ClientRequest.pathComponent("a/b?c#d%e f") == "a%2Fb%3Fc%23d%25e%20f")
        #expect(try ClientRequest.pathComponent("é") == "%C3%A9")
        #expect(try ClientRequest.pathComponent("agent:1@x") == "agent:1@x")
        for bad in ["", ".", ".."] {
            #expect(throws: LettaClientRuntime.ClientError.self) { try ClientRequest.pathComponent(bad) }
        }
    }

    @Test func anInvalidHeaderNameFailsTheRequestBeforeSending() async throws {
        let server = try okServer()
        defer { server.stop() }
        var request = ClientRequest(method: .get, path: "/v1/conversations/conv-1", operationID: "retrieve_conversation")
        request.addHeader("bad header", "x")
        await #expect(throws: LettaClientRuntime.ClientError.self) { _ = try await makeClient(server).send(request, options: .init()) }
        #expect(server.received.isEmpty)
    }

    @Test func aMultipartBodyParsesOnTheServer() async throws {
        let server = try okServer()
        defer { server.stop() }
        var request = ClientRequest(method: .post, path: "/v1/agents/import", operationID: "import_agent")
        let file = Array("line one\r\n--not a boundary\r\n".utf8) + [0, 255]
        request.setMultipartBody([
            .text("append_copy_suffix", "true"),
            .json("conversation", Conversation(id: "conv-1", agentID: "agent-1")),
            MultipartPart(name: "file", filename: "agent \"one\".af", contentType: "application/octet-stream", body: file),
        ])
        _ = try await makeClient(server).send(request, options: .init())
        let received = try #require(server.received.first)
        let parts = try #require(MultipartForm.parse(received.body, contentType: received.header("content-type") ?? ""))
        #expect(parts.map(\.name) == ["append_copy_suffix", "conversation", "file"])
        #expect(parts[0].body == Array("true".utf8))
        #expect(parts[0].contentType == nil)
        #expect(parts[1].contentType == "application/json")
        #expect(try JSONDecoder().decode(Conversation.self, from: Data(parts[1].body)) == Conversation(id: "conv-1", agentID: "agent-1"))
        #expect(parts[2].filename == "agent %22one%22.af")
        #expect(parts[2].body == file)
        #expect(received.header("content-length") == String(received.body.count))
    }

    @Test func middlewaresRunInOrderOnEveryAttempt() async throws {
        let attempts = Counter()
        let server = try LoopbackServer { _, connection in
            if attempts.next() == 1 {
                connection.respondJSON(status: 503, "{}")
            } else {
                connection.respondJSON(Self.conversation)
            }
        }
        defer { server.stop() }
        let log = Log()
        let client = makeClient(server, middlewares: [Tagging(tag: "outer", log: log), Tagging(tag: "inner", log: log)])
        let request = ClientRequest(method: .get, path: "/v1/conversations/conv-1", operationID: "retrieve_conversation")
        _ = try await client.send(request, options: .init())
        #expect(
            log.entries == [
                "outer retrieve_conversation", "inner retrieve_conversation", "outer retrieve_conversation",
                "inner retrieve_conversation",
            ])
        #expect(server.received.map { $0.header("x-tag") } == ["outer, inner", "outer, inner"])
    }

    @Test func theConfigurationReadsTheEnvironmentUnlessGivenValues() throws {
        let fallback = URL(string: "https://api.letta.com")!
        let environment = ["LETTA_API_KEY": "sk-env", "LETTA_BASE_URL": "http://localhost:8283"]
        func configuration(apiKey: String? = nil, baseURL: URL? = nil, environment: [String: String]) -> ClientConfiguration {
            ClientConfiguration(
                apiKey: apiKey, baseURL: baseURL, defaultBaseURL: fallback, apiKeyVariable: "LETTA_API_KEY",
                baseURLVariable: "LETTA_BASE_URL", userAgent: "test", environment: environment)
        }
        let fromEnvironment = configuration(environment: environment)
        #expect(fromEnvironment.apiKey == "sk-env")
        #expect(fromEnvironment.baseURL == URL(string: "http://localhost:8283"))
        let explicit = configuration(apiKey: "sk-given", baseURL: URL(string: "https://example.com/api"), environment: environment)
        #expect(explicit.apiKey == "sk-given")
        #expect(explicit.baseURL == URL(string: "https://example.com/api"))
        let empty = configuration(environment: ["LETTA_API_KEY": ""])
        #expect(empty.apiKey == nil)
        #expect(empty.baseURL == fallback)
        #expect(empty.timeout == .seconds(60))
        #expect(empty.streamIdleTimeout == .seconds(90))
        #expect(empty.maxRetries == 2)
    }
}

/// A middleware that logs each call and appends its tag to an `x-tag` header.
struct Tagging: ClientMiddleware {
    let tag: String
    let log: Log

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        log.append("\(tag) \(operationID)")
        var request = request
        let name = HTTPField.Name("x-tag")!
        request.headerFields[name] = request.headerFields[name].map { "\($0), \(tag)" } ?? tag
        return try await next(request, body, baseURL)
    }
}

final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var entries: [String] { lock.withLock { lines } }

    func append(_ line: String) { lock.withLock { lines.append(line) } }
}

/// A `multipart/form-data` body split into its parts, as a server reads it.
enum MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var body: [UInt8]
    }

    static func parse(_ body: [UInt8], contentType: String) -> [Part]? {
        guard let range = contentType.range(of: "boundary=") else { return nil }
        let delimiter = Array("--\(contentType[range.upperBound...])".utf8)
        var parts: [Part] = []
        var position = 0
        guard body.starts(with: delimiter) else { return nil }
        position = delimiter.count
        while true {
            // After a delimiter: `--` ends the body, CRLF starts a part.
            if body[position...].starts(with: Array("--".utf8)) { return parts }
            guard body[position...].starts(with: [13, 10]) else { return nil }
            position += 2
            guard let headEnd = find([13, 10, 13, 10], in: body, from: position) else { return nil }
            let head = String(decoding: body[position..<headEnd], as: UTF8.self)
            let next = [13, 10] + delimiter
            guard let end = find(next, in: body, from: headEnd + 4) else { return nil }
            var part = Part(name: "", filename: nil, contentType: nil, body: Array(body[(headEnd + 4)..<end]))
            for line in head.split(separator: "\r\n") {
                let lower = line.lowercased()
                if lower.hasPrefix("content-type:") {
                    part.contentType = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
                } else if lower.hasPrefix("content-disposition:") {
                    part.name = parameter("name", in: String(line)) ?? ""
                    part.filename = parameter("filename", in: String(line))
                }
            }
            parts.append(part)
            position = end + next.count
        }
    }

    private static func parameter(_ name: String, in line: String) -> String? {
        guard let start = line.range(of: "; \(name)=\"") else { return nil }
        let rest = line[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= needle.count, start <= bytes.count - needle.count else { return nil }
        return (start...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
