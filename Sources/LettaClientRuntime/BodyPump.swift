import Foundation
import OpenAPIRuntime

/// Reads a streamed response body in a task of its own, a few pieces ahead of the consumer, and ends it when the
/// server is silent for longer than the idle limit.
///
/// One watchdog per stream measures the silence (only while a read is waiting on the network, not while the
/// consumer is busy), so a piece of the body costs a lock and a hand-over rather than a timer of its own. On expiry
/// the read is cancelled, which closes the connection. Cancelling (the consumer's task, or dropping its iterator)
/// cancels the read too.
final class BodyPump: @unchecked Sendable {
    /// Pieces read ahead of the consumer before the read waits for room.
    static let capacity = 16
    /// After `[DONE]`: how much more of the body is read (to let the connection be reused) before it is dropped.
    static let drainBudget = 64 << 10
    /// After `[DONE]`: the longest silence waited for the body's end.
    static let drainIdleLimit: Duration = .seconds(1)

    private let lock = NSLock()
    private var chunks: [ArraySlice<UInt8>] = []
    private var end: Result<Void, any Error>?
    private var consumer: CheckedContinuation<Void, Never>?
    private var producer: CheckedContinuation<Void, Never>?
    private var cancelled = false
    private var draining = false
    private var drained = 0
    /// When the read now waiting on the network began; nil while the read is handing a piece over.
    private var readingSince: ContinuousClock.Instant?
    private var task: Task<Void, Never>?

    init(_ body: HTTPBody, idleLimit: Duration) {
        let task = Task { [self] in await run(body, idleLimit: idleLimit) }
        lock.withLock { self.task = task }
    }

    // MARK: - The consumer's side

    /// The next piece of the body, nil at its end; throws what ended it otherwise (`DeadlineExceeded` after the idle
    /// limit, the transport's error, `CancellationError`).
    func next() async throws -> ArraySlice<UInt8>? {
        while true {
            let (chunk, ended, room): (ArraySlice<UInt8>?, Result<Void, any Error>?, CheckedContinuation<Void, Never>?) =
                lock.withLock {
                    if !chunks.isEmpty {
                        let chunk = chunks.removeFirst()
                        defer { producer = nil }
                        return (chunk, nil, producer)
                    }
                    return (nil, end, nil)
                }
            room?.resume()
            if let chunk { return chunk }
            if let ended {
                try ended.get()
                return nil
            }
            await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    let ready = lock.withLock {
                        guard chunks.isEmpty, end == nil else { return true }
                        consumer = continuation
                        return false
                    }
                    if ready { continuation.resume() }
                }
            } onCancel: {
                cancel()
            }
        }
    }

    /// Stops reading: the body's end becomes `CancellationError`, and the connection closes.
    func cancel() {
        let task = lock.withLock { () -> Task<Void, Never>? in
            cancelled = true
            return self.task
        }
        task?.cancel()
        finish(.failure(CancellationError()))
    }

    /// The consumer has what it needs (`[DONE]`): the rest of the body is read and discarded, up to
    /// `drainBudget` bytes and `drainIdleLimit` of silence, so the transport can reuse the connection.
    func drain() {
        let room = lock.withLock { () -> CheckedContinuation<Void, Never>? in
            draining = true
            chunks.removeAll()
            defer { producer = nil }
            return producer
        }
        room?.resume()
    }

    // MARK: - The reading task

    private func run(_ body: HTTPBody, idleLimit: Duration) async {
        let outcome = await withTaskGroup(of: Result<Void, any Error>?.self) { group in
            group.addTask { await self.read(body) }
            group.addTask { await self.watch(idleLimit: idleLimit) }
            let first = await group.next() ?? nil
            group.cancelAll()
            return first ?? .failure(CancellationError())
        }
        finish(outcome)
    }

    private func read(_ body: HTTPBody) async -> Result<Void, any Error>? {
        do {
            var iterator = body.makeAsyncIterator()
            while true {
                lock.withLock { readingSince = .now }
                guard let chunk = try await iterator.next() else { return .success(()) }
                guard await hand(chunk) else { return .success(()) }
            }
        } catch {
            return .failure(error)
        }
    }

    /// Queues a piece for the consumer, waiting while the queue is full; false when reading should stop (cancelled,
    /// or more left after `[DONE]` than the drain budget).
    private func hand(_ chunk: ArraySlice<UInt8>) async -> Bool {
        while true {
            let (stored, stop, waiting): (Bool, Bool, CheckedContinuation<Void, Never>?) = lock.withLock {
                readingSince = nil
                if cancelled { return (false, true, nil) }
                if draining {
                    drained += chunk.count
                    return (true, drained > Self.drainBudget, nil)
                }
                guard chunks.count < Self.capacity else { return (false, false, nil) }
                chunks.append(chunk)
                defer { consumer = nil }
                return (true, false, consumer)
            }
            waiting?.resume()
            if stop { return false }
            if stored { return true }
            await withTaskCancellationHandler {
                await withCheckedContinuation { continuation in
                    let ready = lock.withLock {
                        guard !cancelled, !draining, chunks.count >= Self.capacity else { return true }
                        producer = continuation
                        return false
                    }
                    if ready { continuation.resume() }
                }
            } onCancel: {
                let waiting = lock.withLock { () -> CheckedContinuation<Void, Never>? in
                    cancelled = true
                    defer { producer = nil }
                    return producer
                }
                waiting?.resume()
            }
        }
    }

    /// Wakes when the read now waiting could first have been silent too long; `DeadlineExceeded` once it has been.
    private func watch(idleLimit: Duration) async -> Result<Void, any Error>? {
        while !Task.isCancelled {
            let (since, limit) = lock.withLock { (readingSince, draining ? Swift.min(idleLimit, Self.drainIdleLimit) : idleLimit) }
            let now = ContinuousClock.now
            if let since, now - since >= limit { return .failure(DeadlineExceeded()) }
            do {
                try await Task.sleep(until: (since ?? now) + limit, clock: .continuous)
            } catch {
                return nil
            }
        }
        return nil
    }

    /// Records how the body ended (the first ending wins) and wakes both sides.
    private func finish(_ outcome: Result<Void, any Error>) {
        let (waitingConsumer, waitingProducer) = lock.withLock {
            if end == nil { end = outcome }
            defer {
                consumer = nil
                producer = nil
            }
            return (consumer, producer)
        }
        waitingConsumer?.resume()
        waitingProducer?.resume()
    }
}

/// What an iterator holds: dropping it (an abandoned stream) stops the reading task and closes the connection,
/// unless the stream ended with `[DONE]` and the rest of the body is being drained.
final class BodyPumpHandle: Sendable {
    let pump: BodyPump
    private let keepsReading = LockedFlag()

    init(_ pump: BodyPump) {
        self.pump = pump
    }

    /// `[DONE]` arrived: let the pump finish the body on its own.
    func release() {
        keepsReading.set()
        pump.drain()
    }

    deinit {
        if !keepsReading.isSet { pump.cancel() }
    }
}

/// A flag set once, read from anywhere.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }

    func set() { lock.withLock { value = true } }
}
