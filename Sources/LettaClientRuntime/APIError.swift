import Foundation
import HTTPTypes
import LettaCodegenRuntime

/// The server answered with a status the operation does not succeed with (after any retries): what a caller
/// catches to tell "not found" from "invalid" from "the model failed".
///
/// The body is kept whole (`body`, `json`), and read the ways the Letta server writes errors, so `message` is the
/// sentence a person should see whichever shape came back.
public struct APIError: Error, Sendable, CustomStringConvertible {
    /// The HTTP status code.
    public var status: Int
    /// The response's headers (`Retry-After`, a request ID).
    public var headers: HTTPFields
    /// The response body as received.
    public var body: [UInt8]
    /// The body as JSON, when it is JSON.
    public var json: JSONValue?
    /// What the body says went wrong: `error.message` (`{"error":{"type","message","detail"}}`, an LLM failure),
    /// `detail` when it is a string (`{"detail":"Conversation not found …"}`, and 422's Python rendering of the
    /// validation errors), `detail.message` when it is an object (`{"detail":{"code","message",…}}`), the `msg` of
    /// each element when it is a list; else the body as text.
    public var message: String
    /// The kind of error, when the body names one: `error.type` (`llm_error`) or `detail.code` (`PENDING_APPROVAL`).
    public var type: String?
    /// `error.detail` or `detail`, as text (JSON text when it is not a string).
    public var detail: String?
    /// The operation that failed (`retrieve_conversation`).
    public var operationID: String

    /// Reads `body` the ways the Letta server writes errors (see `message`).
    public init(status: Int, headers: HTTPFields, body: [UInt8], operationID: String) {
        self.status = status
        self.headers = headers
        self.body = body
        self.operationID = operationID
        let json = body.withUnsafeBytes { try? JSONReader.decode(JSONValue.self, from: $0) }
        self.json = json
        let reading = ErrorBodyReading(json)
        self.type = reading.type
        self.detail = reading.detail
        if let message = reading.message {
            self.message = message
        } else {
            let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            self.message = text.isEmpty ? "the response has no body" : text
        }
    }

    /// `HTTP 404 (retrieve_conversation): Conversation not found with id=…`
    public var description: String {
        "HTTP \(status) (\(operationID)): \(message)"
    }
}
