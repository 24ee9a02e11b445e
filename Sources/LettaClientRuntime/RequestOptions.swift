import HTTPTypes

/// Settings for one call; whatever is left nil or empty keeps the client's.
///
/// The same options value can be passed to every call of a kind (a longer timeout for a slow operation, a tracing
/// header), which is why it is a value of its own rather than parameters on each operation.
public struct RequestOptions: Sendable {
    /// Sent with this request, after the client's headers: a name here replaces the client's value.
    public var headers: HTTPFields
    /// Added after the operation's own query parameters (a parameter the API description does not list yet).
    public var query: [(name: String, value: String)]
    /// Replaces `ClientConfiguration.timeout` for this request.
    public var timeout: Duration?
    /// Replaces `ClientConfiguration.maxRetries` for this request (0: one attempt only).
    public var maxRetries: Int?

    /// Makes options; the defaults change nothing.
    public init(
        headers: HTTPFields = [:],
        query: [(name: String, value: String)] = [],
        timeout: Duration? = nil,
        maxRetries: Int? = nil
    ) {
        self.headers = headers
        self.query = query
        self.timeout = timeout
        self.maxRetries = maxRetries
    }
}
