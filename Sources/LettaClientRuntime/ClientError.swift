/// What went wrong before the server answered, or while a streamed answer was arriving: no status to report, so
/// a case of its own rather than an `APIError`.
public enum ClientError: Error, Sendable, CustomStringConvertible {
    /// The transport failed (refused, reset, closed mid-stream, TLS) on the last attempt, or a streamed body broke;
    /// `underlying` describes the transport's error.
    case connection(operationID: String, underlying: String)
    /// The request took longer than its timeout (on the last attempt), or a streamed response was silent for longer
    /// than the stream idle timeout; `after` is the limit that ran out.
    case timedOut(operationID: String, after: Duration)
    /// The request cannot be sent as built: an empty path parameter, a header name HTTP does not allow.
    case invalidRequest(String)

    /// One line for a log: what failed, where.
    public var description: String {
        switch self {
        case .connection(let operationID, let underlying): "connection error (\(operationID)): \(underlying)"
        case .timedOut(let operationID, let after): "timed out (\(operationID)) after \(after)"
        case .invalidRequest(let reason): "invalid request: \(reason)"
        }
    }
}
