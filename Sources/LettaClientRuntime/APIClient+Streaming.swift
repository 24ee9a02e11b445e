import HTTPTypes
import LettaCodegenRuntime
import OpenAPIRuntime

extension APIClient {
    /// Sends a request whose response is `text/event-stream` (the operation sets `accept`) and returns its events as
    /// they arrive.
    ///
    /// The status is checked first, within the request timeout: a non-2xx status throws `APIError` with the body,
    /// after the same retries as `send` (nothing was delivered yet). Once a 2xx stream is returned nothing is
    /// retried: the caller may have acted on its events. From then on the limit is
    /// `ClientConfiguration.streamIdleTimeout` between two pieces of the body, however long the whole stream runs.
    public func stream<Event: JSONModel, ErrorEvent: JSONModel>(
        _ request: ClientRequest, options: RequestOptions, events: Event.Type, errors: ErrorEvent.Type
    ) async throws -> EventStream<Event, ErrorEvent> {
        let prepared = try prepare(request, options: options)
        let idleTimeout = configuration.streamIdleTimeout
        return try await withRetries(prepared, options: options) { response, body in
            EventStream<Event, ErrorEvent>(
                status: response.status.code, headers: response.headerFields, body: body, idleTimeout: idleTimeout,
                operationID: prepared.operationID)
        }
    }
}
