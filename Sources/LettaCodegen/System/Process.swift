#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to the standard streams (file descriptors 1 and 2) at once, unbuffered: diagnostics go out before
/// whatever the process prints next.
package enum StandardStreams {
    package static func writeToStandardError(_ text: String) {
        _ = writeAll(2, Array(text.utf8))
    }

    package static func writeToStandardOutput(_ text: String) {
        _ = writeAll(1, Array(text.utf8))
    }
}

/// Writes `bytes` whole to `descriptor` with `write(2)` (again after a partial write or an interruption); false when
/// the system refuses, `errno` then says why.
func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
    var remaining = bytes[...]
    while !remaining.isEmpty {
        let written = write(descriptor, Array(remaining), remaining.count)
        if written < 0 {
            if errno == EINTR { continue }
            return false
        }
        remaining = remaining.dropFirst(written)
    }
    return true
}

/// Ends the process with `code`, flushing the C streams (`print` output) first.
package func exitProcess(_ code: Int32) -> Never {
    exit(code)
}

/// A mutex (`pthread_mutex_t`, at a stable address as it requires) for the process-wide table of source file names.
final class ProcessLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func lock() {
        pthread_mutex_lock(mutex)
    }

    func unlock() {
        pthread_mutex_unlock(mutex)
    }
}
