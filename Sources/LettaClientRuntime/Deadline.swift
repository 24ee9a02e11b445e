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
