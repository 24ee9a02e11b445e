import Foundation
import HTTPTypes
import LettaCodegenRuntime
import OpenAPIRuntime

/// The engine behind a generated client: it turns a `ClientRequest` into HTTP over any swift-openapi-runtime
/// `ClientTransport`, through the caller's `ClientMiddleware`s, and adds what every request of the API shares.
///
/// - The base URL, `Authorization: Bearer <apiKey>`, `User-Agent`, `Accept` and `Content-Type`; then the
///   configuration's headers, the operation's, and the call's options' (each replacing same-named ones before it).
/// - A timeout per attempt, and a stream idle timeout between the pieces of a streamed body.
/// - Retries with exponential backoff and jitter on connection errors, timeouts, 408, 409, 429 and 5xx, honouring
///   `Retry-After` and `retry-after-ms`; every attempt passes through the middlewares again.
/// - One error per kind of failure: `APIError` (a status), `ClientError` (no status), `DecodingError` (a body that
///   is not the expected model, with its coding path).
///
/// Middlewares run in array order, the first outermost, as swift-openapi-runtime runs them.
public final class APIClient: Sendable {
    /// The settings every request starts from.
    public let configuration: ClientConfiguration
    let transport: any ClientTransport
    let middlewares: [any ClientMiddleware]
    let sleep: @Sendable (Duration) async throws -> Void
    /// The base URL as transports want it: they append the request's path (which starts with `/`) to its path, so
    /// a trailing slash would double.
    let transportBaseURL: URL

    /// Makes a client. `sleep` waits between attempts; tests pass one that records the delay and returns at once.
    public init(
        configuration: ClientConfiguration,
        transport: any ClientTransport,
        middlewares: [any ClientMiddleware] = [],
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.configuration = configuration
        self.transport = transport
        self.middlewares = middlewares
        self.sleep = sleep
        var base = configuration.baseURL.absoluteString
        while base.hasSuffix("/") { base.removeLast() }
        transportBaseURL = URL(string: base) ?? configuration.baseURL
    }

    /// Sends a request and reads the whole response. A 2xx status returns the response; any other throws
    /// `APIError` once the retries are spent; a failure without a response throws `ClientError`.
    public func send(_ request: ClientRequest, options: RequestOptions) async throws -> ClientResponse {
        let prepared = try prepare(request, options: options)
        return try await withRetries(prepared, options: options) { response, body in
            ClientResponse(status: response.status.code, headers: response.headerFields, body: try await Self.collect(body))
        }
    }

    // MARK: - Preparing

    /// A request with everything the client adds, ready for the transport.
    struct PreparedRequest: Sendable {
        var head: HTTPRequest
        var body: [UInt8]?
        var operationID: String
    }

    func prepare(_ request: ClientRequest, options: RequestOptions) throws -> PreparedRequest {
        if configuration.baseURL == ClientConfiguration.missingBaseURL {
            throw ClientError.invalidRequest("no base URL: pass one to the client or set it in the environment (\(request.operationID))")
        }
        if let name = request.invalidHeaderNames.first {
            throw ClientError.invalidRequest("\"\(name)\" is not a valid header name (\(request.operationID))")
        }
        var path = request.path.hasPrefix("/") ? request.path : "/" + request.path
        let query = request.query + options.query
        if !query.isEmpty { path += "?" + PercentEncoding.query(query) }

        var fields = HTTPFields()
        fields[.accept] = request.accept
        if let body = request.body { fields[.contentType] = body.contentType }
        fields[.userAgent] = configuration.userAgent
        if let apiKey = configuration.apiKey { fields[.authorization] = "Bearer \(apiKey)" }
        fields.replace(with: configuration.headers)
        fields.replace(with: request.headers)
        fields.replace(with: options.headers)

        let head = HTTPRequest(method: request.method, scheme: nil, authority: nil, path: path, headerFields: fields)
        return PreparedRequest(head: head, body: request.body?.bytes, operationID: request.operationID)
    }

    // MARK: - Sending

    /// What one attempt came to: a value, or a status error that may be retried.
    enum AttemptOutcome<Value: Sendable>: Sendable {
        case succeeded(Value)
        case failed(APIError)
    }

    /// Runs attempts until one succeeds, a failure is not worth retrying, or the retries are spent; then returns
    /// the value or throws the last failure as `APIError` or `ClientError`. Each attempt sends `request` within the
    /// timeout; a 2xx response is read by `read`, any other status becomes an `APIError` with the whole body.
    func withRetries<Value: Sendable>(
        _ request: PreparedRequest, options: RequestOptions,
        read: @escaping @Sendable (HTTPResponse, HTTPBody?) async throws -> Value
    ) async throws -> Value {
        let maxRetries = max(0, options.maxRetries ?? configuration.maxRetries)
        let timeout = options.timeout ?? configuration.timeout
        var retry = 0
        while true {
            let retryHeaders: HTTPFields?
            do {
                let outcome = try await attempt(request, timeout: timeout) { response, body -> AttemptOutcome<Value> in
                    guard (200..<300).contains(response.status.code) else {
                        return .failed(
                            APIError(
                                status: response.status.code, headers: response.headerFields, body: try await Self.collect(body),
                                operationID: request.operationID))
                    }
                    return .succeeded(try await read(response, body))
                }
                switch outcome {
                case .succeeded(let value):
                    return value
                case .failed(let error):
                    guard retry < maxRetries, RetryPolicy.shouldRetry(status: error.status, headers: error.headers) else {
                        throw error
                    }
                    retryHeaders = error.headers
                }
            } catch let error as APIError {
                throw error
            } catch let error as ClientError {
                throw error
            } catch is DeadlineExceeded {
                guard retry < maxRetries else { throw ClientError.timedOut(operationID: request.operationID, after: timeout) }
                retryHeaders = nil
            } catch {
                if Task.isCancelled { throw CancellationError() }
                guard retry < maxRetries else {
                    throw ClientError.connection(operationID: request.operationID, underlying: String(describing: error))
                }
                retryHeaders = nil
            }
            try await sleep(RetryPolicy.delay(retry: retry, headers: retryHeaders))
            retry += 1
        }
    }

    /// One attempt within `timeout`: the request through the middlewares and the transport, and `read` of the
    /// response (a whole body, or the status of a stream).
    func attempt<Value: Sendable>(
        _ request: PreparedRequest, timeout: Duration,
        read: @escaping @Sendable (HTTPResponse, HTTPBody?) async throws -> Value
    ) async throws -> Value {
        try await withDeadline(timeout) {
            let (response, body) = try await self.perform(request)
            return try await read(response, body)
        }
    }

    /// The request through the middlewares, the first outermost, to the transport.
    func perform(_ request: PreparedRequest) async throws -> (HTTPResponse, HTTPBody?) {
        let operationID = request.operationID
        let transport = self.transport
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = { head, body, baseURL in
            try await transport.send(head, body: body, baseURL: baseURL, operationID: operationID)
        }
        for middleware in middlewares.reversed() {
            let inner = next
            next = { head, body, baseURL in
                try await middleware.intercept(head, body: body, baseURL: baseURL, operationID: operationID, next: inner)
            }
        }
        return try await next(request.head, request.body.map { HTTPBody($0) }, transportBaseURL)
    }

    /// A whole response body (none is an empty one).
    static func collect(_ body: HTTPBody?) async throws -> [UInt8] {
        guard let body else { return [] }
        return try await [UInt8](collecting: body, upTo: .max)
    }
}

extension HTTPFields {
    /// Every field of `other` replaces the fields of the same name here (all of its values, in order).
    fileprivate mutating func replace(with other: HTTPFields) {
        var replaced = Set<HTTPField.Name>()
        for field in other where replaced.insert(field.name).inserted {
            self[values: field.name] = other[values: field.name]
        }
    }
}
