import Foundation
import HTTPTypes

/// The settings every request of a client starts from.
///
/// A generated client makes one with its API's defaults (the production base URL, the environment variables its
/// users already set for the official SDKs, its own User-Agent), so `Client()` works with nothing but
/// `LETTA_API_KEY` in the environment; per-call changes go in `RequestOptions` instead.
public struct ClientConfiguration: Sendable {
    /// Where the API lives: the explicit value, else the base-URL environment variable, else the API's default.
    /// A path (`https://example.com/api`) prefixes every operation's path.
    public var baseURL: URL
    /// Sent as `Authorization: Bearer …`: the explicit value, else the API-key environment variable. Without one,
    /// requests go out unauthenticated (a local server needs none).
    public var apiKey: String?
    /// How long one attempt may take: connecting, the response head and, for a response that is not streamed, its
    /// whole body. 60 s, as the official SDKs.
    public var timeout: Duration
    /// The longest silence allowed between two pieces of a streamed response. The Letta server pings every 20 s
    /// while a run is quiet, so 90 s means several missed pings: the connection is gone.
    public var streamIdleTimeout: Duration
    /// How many times a failed attempt is repeated (connection errors, timeouts, 408, 409, 429, 5xx): 2, as the
    /// official SDKs.
    public var maxRetries: Int
    /// Sent with every request, after the runtime's own headers: a name here replaces the runtime's value.
    public var headers: HTTPFields
    /// Names the client and its version to the server (`User-Agent`).
    public var userAgent: String

    /// Makes a configuration; `apiKeyVariable` and `baseURLVariable` name the environment variables read when
    /// `apiKey` or `baseURL` is nil. An empty variable counts as unset, and so does a base URL that does not parse.
    public init(
        apiKey: String? = nil,
        baseURL: URL? = nil,
        defaultBaseURL: URL,
        apiKeyVariable: String?,
        baseURLVariable: String?,
        userAgent: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        func variable(_ name: String?) -> String? {
            guard let name, let value = environment[name], !value.isEmpty else { return nil }
            return value
        }
        self.apiKey = apiKey ?? variable(apiKeyVariable)
        self.baseURL = baseURL ?? variable(baseURLVariable).flatMap { URL(string: $0) } ?? defaultBaseURL
        self.timeout = .seconds(60)
        self.streamIdleTimeout = .seconds(90)
        self.maxRetries = 2
        self.headers = [:]
        self.userAgent = userAgent
    }
}
