import OpenAPIRuntime

#if canImport(Darwin)
    import OpenAPIURLSession
#elseif canImport(OpenAPIAsyncHTTPClient)
    import AsyncHTTPClient
    import NIOCore
    import OpenAPIAsyncHTTPClient
#else
    import OpenAPIURLSession
#endif

/// The transport a generated client uses when it is given none: one that streams a response body as it arrives on
/// the platform at hand.
///
/// - Apple platforms: `URLSessionTransport` over `URLSession.shared` (it streams there).
/// - Linux: `AsyncHTTPClientTransport`, because FoundationNetworking's URLSession hands over a body only once the
///   whole response has arrived, which would hold back every event of a stream. Its `HTTPClient` is shared by all
///   clients and sets no read timeout and no deadline of its own, so the client's request timeout and stream idle
///   timeout are the ones that apply (a shorter transport limit would cut long streams and slow calls first), and
///   it does not retry a failed connection by itself, so the client's retries and their backoff are the only ones.
public func defaultClientTransport() -> any ClientTransport {
    #if canImport(Darwin)
        URLSessionTransport()
    #elseif canImport(OpenAPIAsyncHTTPClient)
        AsyncHTTPClientTransport(configuration: .init(client: unboundedHTTPClient, timeout: .hours(24)))
    #else
        URLSessionTransport()
    #endif
}

#if !canImport(Darwin) && canImport(OpenAPIAsyncHTTPClient)
    /// One client for the process, like `HTTPClient.shared` (never shut down), but without its 90 s read timeout,
    /// and failing at once when a connection cannot be made: the client runtime retries with its own backoff, where
    /// the pool would keep trying for the whole connect timeout on every attempt.
    private let unboundedHTTPClient: HTTPClient = {
        var configuration = HTTPClient.Configuration.singletonConfiguration
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: .seconds(10), read: nil)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()
#endif
