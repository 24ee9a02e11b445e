import OpenAPIRuntime

/// The limit ran out before the work finished (the work was cancelled).
struct DeadlineExceeded: Error {}

/// Runs `work` in a child task, racing a timer: its result if it finishes within `limit`, else `DeadlineExceeded`
/// once the work has been cancelled and has returned. Cancelling the calling task cancels both.
///
/// A transport honours cancellation by closing its connection (AsyncHTTPClient and URLSession do), so an expired
/// request leaves nothing behind.
func withDeadline<Value: Sendable>(
    _ limit: Duration, _ work: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: DeadlineRace<Value>.self) { group in
        group.addTask { .finished(try await work()) }
        group.addTask {
            try await Task.sleep(for: limit)
            return .expired
        }
        defer { group.cancelAll() }
        guard let first = try await group.next() else { throw CancellationError() }
        switch first {
        case .finished(let value): return value
        case .expired: throw DeadlineExceeded()
        }
    }
}

private enum DeadlineRace<Value: Sendable>: Sendable {
    case finished(Value)
    case expired
}

/// Reads a response body piece by piece, each read racing the idle limit.
///
/// The body's iterator is not `Sendable`; this box hands it to one child task at a time and waits for that task
/// before the next read, so it is never used from two places at once.
final class BodyReader: @unchecked Sendable {
    private var iterator: HTTPBody.AsyncIterator

    init(_ body: HTTPBody) {
        iterator = body.makeAsyncIterator()
    }

    /// The next piece of the body, nil at its end; `DeadlineExceeded` after `idleLimit` without one (the read is
    /// cancelled, which closes the connection).
    func next(idleLimit: Duration) async throws -> ArraySlice<UInt8>? {
        try await withDeadline(idleLimit) { try await self.read() }
    }

    private func read() async throws -> ArraySlice<UInt8>? {
        try await iterator.next()
    }
}
