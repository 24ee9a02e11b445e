import HTTPTypes
import LettaCodegenRuntime

/// One request as a generated operation builds it: method, path with its parameters filled in, query, headers and
/// body. `APIClient` adds what every request shares (base URL, authentication, User-Agent) when it sends it.
///
/// The request is a plain value, so a retry or the next page is the same value sent again or with one parameter
/// changed.
public struct ClientRequest: Sendable {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The path with its parameters filled in, each encoded with `ClientRequest.pathComponent(_:)`
    /// (`/v1/conversations/conv-1/messages`); the base URL's own path goes in front of it.
    public var path: String
    /// The operation's identifier in the API description: what errors, middlewares and transports name it by.
    public var operationID: String
    /// The query parameters in order; a name may repeat (an array parameter).
    public var query: [(name: String, value: String)]
    /// Headers of the operation itself (its header parameters), sent after the client's.
    public var headers: HTTPFields
    /// The body, with its content type; nil for none.
    public var body: RequestBody?
    /// The media type the operation answers with, sent as `Accept`: `application/json` unless the operation streams
    /// (`text/event-stream`).
    public var accept: String

    /// Header names that `addHeader` could not use: the request fails with `ClientError.invalidRequest` when sent,
    /// rather than going out without them.
    var invalidHeaderNames: [String] = []

    /// Makes a request with no query, headers or body, accepting JSON.
    public init(method: HTTPRequest.Method, path: String, operationID: String) {
        self.method = method
        self.path = path
        self.operationID = operationID
        self.query = []
        self.headers = [:]
        self.body = nil
        self.accept = "application/json"
    }

    /// Percent-encodes one path parameter so it stays one path segment, whatever it holds (`/`, `?`, `#`, `%`,
    /// spaces, non-ASCII). An empty value, `.` or `..` would change which resource the path names, so they throw
    /// `ClientError.invalidRequest` instead.
    public static func pathComponent(_ value: String) throws -> String {
        guard !value.isEmpty else { throw ClientError.invalidRequest("a path parameter is empty") }
        guard value != ".", value != ".." else {
            throw ClientError.invalidRequest("a path parameter is \"\(value)\", which would change the path")
        }
        return PercentEncoding.encode(value, keeping: PercentEncoding.pathSegment)
    }

    /// Adds a query parameter, or nothing when the value is nil; an array adds one repeated key per element
    /// (`a=1&a=2`), the way the Letta server reads arrays.
    public mutating func addQuery(_ name: String, _ value: (some QueryParameterValue)?) {
        guard let value else { return }
        for text in value.queryValues { query.append((name, text)) }
    }

    /// Adds a query parameter holding an open enum's raw value, or nothing when nil.
    public mutating func addQuery<Value: RawRepresentable>(_ name: String, _ value: Value?) where Value.RawValue == String {
        addQuery(name, value?.rawValue)
    }

    /// Adds one repeated query key per element of an array of open-enum values, or nothing when nil.
    public mutating func addQuery<Value: RawRepresentable>(_ name: String, _ value: [Value]?) where Value.RawValue == String {
        addQuery(name, value?.map(\.rawValue))
    }

    /// Sets a query parameter to one value, replacing every value it had (the next page's cursor).
    mutating func replaceQuery(_ name: String, with value: String) {
        query.removeAll { $0.name == name }
        query.append((name, value))
    }

    /// The first value of a query parameter.
    func queryValue(_ name: String) -> String? {
        query.first { $0.name == name }?.value
    }

    /// Adds a header, or nothing when the value is nil; an array's elements are joined with `, ` (one header line).
    public mutating func addHeader(_ name: String, _ value: (some QueryParameterValue)?) {
        guard let value else { return }
        guard let field = HTTPField.Name(name) else {
            invalidHeaderNames.append(name)
            return
        }
        headers.append(HTTPField(name: field, value: value.queryValues.joined(separator: ", ")))
    }

    /// Adds a header holding an open enum's raw value, or nothing when nil.
    public mutating func addHeader<Value: RawRepresentable>(_ name: String, _ value: Value?) where Value.RawValue == String {
        addHeader(name, value?.rawValue)
    }

    /// Sets the body to a model's JSON, written by the byte-level writer (`JSONWriter`), as `application/json`.
    public mutating func setJSONBody<Body: JSONModel>(_ body: Body) {
        self.body = RequestBody(bytes: [UInt8](JSONWriter.encode(body)), contentType: "application/json")
    }

    /// Sets the body to `multipart/form-data` holding the parts in order (file uploads); the boundary is chosen
    /// here, once, so every attempt sends the same bytes.
    public mutating func setMultipartBody(_ parts: [MultipartPart]) {
        self.body = MultipartPart.encode(parts, boundary: MultipartPart.randomBoundary())
    }

    /// Sets the body to raw bytes of the given media type (`application/octet-stream`, `text/plain`).
    public mutating func setBody(_ bytes: [UInt8], contentType: String) {
        self.body = RequestBody(bytes: bytes, contentType: contentType)
    }
}

/// A request body: its bytes, held whole so that a retry can send them again, and its media type.
public struct RequestBody: Sendable, Hashable {
    /// The bytes sent.
    public var bytes: [UInt8]
    /// Sent as `Content-Type`.
    public var contentType: String

    /// Makes a body of `bytes` sent as `contentType`.
    public init(bytes: [UInt8], contentType: String) {
        self.bytes = bytes
        self.contentType = contentType
    }
}
