import HTTPTypes
import LettaCodegenRuntime
import OpenAPIRuntime

/// What a streamed response delivers, event by event.
public enum StreamEvent<Event: JSONModel, ErrorEvent: JSONModel>: Sendable, Hashable {
    /// A `data:` event, decoded as the operation's event type.
    case event(Event)
    /// An `event: error` event: the server's error, sent inside an HTTP 200 stream once the stream has begun (a
    /// failed LLM call, a pending approval). The stream goes on after it, usually to `[DONE]`.
    case error(ErrorEvent)
}

/// The events of a `text/event-stream` response, delivered as each arrives (the first before the response ends).
///
/// Iterate it once. `data: [DONE]` ends it, and so does the end of the body (a cancelled run ends without
/// `[DONE]`); `event: error` arrives as `.error`; events with another name are skipped. It throws:
/// - `ClientError.timedOut` when the body is silent for longer than the stream idle timeout;
/// - `ClientError.connection` when the connection breaks mid-stream (never retried: events were delivered);
/// - a `DecodingError` when an event's data is not the expected model (its description starts with the event's
///   0-based index in the stream);
/// - `ServerSentEventParser.Failure.eventTooLarge` when one event exceeds 16 MiB.
///
/// Cancelling the task that iterates, or dropping the iterator, closes the connection.
public struct EventStream<Event: JSONModel, ErrorEvent: JSONModel>: AsyncSequence, Sendable {
    /// A data event or an error event, in the order the server sent them.
    public typealias Element = StreamEvent<Event, ErrorEvent>

    /// The response's status code (2xx).
    public let status: Int
    /// The response's headers.
    public let headers: HTTPFields
    let body: HTTPBody?
    let idleTimeout: Duration
    let operationID: String

    /// A stream over a response's body; what `APIClient.stream` returns, and what a test can make from bytes.
    public init(status: Int, headers: HTTPFields, body: HTTPBody?, idleTimeout: Duration, operationID: String) {
        self.status = status
        self.headers = headers
        self.body = body
        self.idleTimeout = idleTimeout
        self.operationID = operationID
    }

    /// Starts reading the body; a second iterator over the same response finds it already taken.
    public func makeAsyncIterator() -> Iterator {
        Iterator(
            reader: body.map { BodyPumpHandle(BodyPump($0, idleLimit: idleTimeout)) }, idleTimeout: idleTimeout, operationID: operationID)
    }

    /// Reads the body, parses events and decodes them, one `next()` at a time.
    public struct Iterator: AsyncIteratorProtocol {
        var reader: BodyPumpHandle?
        let idleTimeout: Duration
        let operationID: String
        var parser = ServerSentEventParser()
        var pending: [LettaCodegenRuntime.ServerSentEvent] = []
        var pendingIndex = 0

        init(reader: BodyPumpHandle?, idleTimeout: Duration, operationID: String) {
            self.reader = reader
            self.idleTimeout = idleTimeout
            self.operationID = operationID
        }

        /// The next event, waiting for the body as long as it is not silent past the idle timeout; nil at `[DONE]` or
        /// at the end of the body.
        public mutating func next() async throws -> StreamEvent<Event, ErrorEvent>? {
            while true {
                while pendingIndex < pending.count {
                    let event = pending[pendingIndex]
                    let index = parser.eventCount - (pending.count - pendingIndex)
                    pendingIndex += 1
                    switch event.type {
                    case nil:
                        if event.data.elementsEqual(doneMarker) {
                            finishAfterDone()
                            return nil
                        }
                        return .event(try decode(Event.self, event, index: index))
                    case "error":
                        return .error(try decode(ErrorEvent.self, event, index: index))
                    default:
                        continue  // a named event the API does not define
                    }
                }
                guard let reader else { return nil }
                let chunk: ArraySlice<UInt8>?
                do {
                    chunk = try await reader.pump.next()
                } catch {
                    self.reader = nil
                    if error is DeadlineExceeded { throw ClientError.timedOut(operationID: operationID, after: idleTimeout) }
                    if Task.isCancelled { throw CancellationError() }
                    throw ClientError.connection(operationID: operationID, underlying: String(describing: error))
                }
                guard let chunk else {
                    self.reader = nil
                    return nil
                }
                do {
                    pending = try parser.parse(chunk)
                    pendingIndex = 0
                } catch {
                    self.reader = nil
                    throw error
                }
            }
        }

        private mutating func decode<Value: JSONModel>(_ type: Value.Type, _ event: LettaCodegenRuntime.ServerSentEvent, index: Int) throws
            -> Value
        {
            do {
                return try event.data.withUnsafeBytes { try JSONReader.decode(Value.self, from: $0) }
            } catch let error as DecodingError {
                reader = nil
                pending = []
                throw error.prefixingDescription("event \(index): ")
            }
        }

        /// After `[DONE]` the server ends the body; reading that end (briefly, in the background) lets the
        /// transport reuse the connection.
        private mutating func finishAfterDone() {
            pending = []
            reader?.release()
            reader = nil
        }
    }
}

/// `data: [DONE]`: the end of a stream.
private let doneMarker = Array("[DONE]".utf8)

extension DecodingError {
    /// The same error (case, coding path, underlying error) with `prefix` before its description.
    fileprivate func prefixingDescription(_ prefix: String) -> DecodingError {
        func prefixed(_ context: Context) -> Context {
            Context(
                codingPath: context.codingPath, debugDescription: prefix + context.debugDescription,
                underlyingError: context.underlyingError)
        }
        switch self {
        case .typeMismatch(let type, let context): return .typeMismatch(type, prefixed(context))
        case .valueNotFound(let type, let context): return .valueNotFound(type, prefixed(context))
        case .keyNotFound(let key, let context): return .keyNotFound(key, prefixed(context))
        case .dataCorrupted(let context): return .dataCorrupted(prefixed(context))
        @unknown default: return self
        }
    }
}
