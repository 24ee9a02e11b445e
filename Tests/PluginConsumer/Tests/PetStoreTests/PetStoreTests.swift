import Foundation
import HTTPTypes
import LettaClientRuntime
import OpenAPIRuntime
import PetStore
import Testing

/// Answers every request from a table of canned responses (method and path → status and JSON), recording the
/// requests; the client the build plugin generated is exercised without a network.
final class CannedTransport: ClientTransport, @unchecked Sendable {
    struct Sent: Sendable {
        var method: HTTPRequest.Method
        var url: String
        var headers: HTTPFields
        var body: String
    }

    let answers: [String: (HTTPResponse.Status, String)]
    private let lock = NSLock()
    private var sentRequests: [Sent] = []
    var sent: [Sent] { lock.withLock { sentRequests } }

    init(_ answers: [String: (HTTPResponse.Status, String)]) { self.answers = answers }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        let bodyText: String
        if let body { bodyText = try await String(collecting: body, upTo: 1 << 20) } else { bodyText = "" }
        let path = request.path ?? ""
        lock.withLock {
            sentRequests.append(
                Sent(method: request.method, url: baseURL.absoluteString + path, headers: request.headerFields, body: bodyText))
        }
        let route = "\(request.method.rawValue) \(path.split(separator: "?").first.map(String.init) ?? path)"
        let (status, json) = answers[route] ?? (.notFound, #"{"detail":"no route"}"#)
        var response = HTTPResponse(status: status)
        response.headerFields[.contentType] = "application/json"
        return (response, HTTPBody(json))
    }
}

@Suite struct PetStoreTests {
    static let rex = #"{"id":"pet-1","name":"Rex","species":"dog"}"#

    func client(_ transport: CannedTransport) -> PetStoreClient {
        PetStoreClient(apiKey: "key-1", transport: transport)
    }

    @Test func operationsSendTheirParametersAndDecodeTheirAnswers() async throws {
        let transport = CannedTransport([
            "GET /v1/pets": (.ok, "[\(Self.rex)]"),
            "POST /v1/pets": (.created, Self.rex),
            "GET /v1/pets/pet-1": (.ok, Self.rex),
        ])
        let client = client(transport)
        let page = try await client.pets.list(species: [.cat, .dog], limit: 1)
        #expect(page.items.map(\.name) == ["Rex"])
        let created = try await client.pets.create(name: "Rex", species: .dog)
        #expect(created.id == "pet-1")
        let pet = try await client.pets.retrieve(petID: "pet-1")
        #expect(pet.description == "Rex (dog)")

        let sent = transport.sent
        #expect(
            sent.map(\.url) == [
                "https://pets.example.com/v1/pets?species=cat&species=dog&limit=1",
                "https://pets.example.com/v1/pets",
                "https://pets.example.com/v1/pets/pet-1",
            ])
        #expect(sent[1].body == #"{"name":"Rex","species":"dog"}"#)
        #expect(sent.allSatisfy { $0.headers[.authorization] == "Bearer key-1" })
        #expect(sent.allSatisfy { $0.headers[.userAgent] == "PetStoreClient/2.1 (Swift)" })
    }

    @Test func aDocumentedErrorStatusIsAnAPIErrorWithItsBody() async throws {
        let transport = CannedTransport(["GET /v1/pets/pet-2": (.notFound, #"{"detail":"Pet not found"}"#)])
        do {
            _ = try await client(transport).pets.retrieve(petID: "pet-2")
            Issue.record("no error")
        } catch let error as APIError {
            #expect(error.status == 404)
            #expect(error.message == "Pet not found")
        }
    }
}
