#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Path arithmetic on `/`-separated text, as `NSString`'s path methods do it: the generator and its command line
/// need no more, and so do not load Foundation (where FoundationEssentials exists) just for paths.
@_spi(Tooling) public enum PathText {
    /// `a/b` → `a`, `/a` → `/`, `a` → ``, `a/b/` → `a`, `a//b` → `a`, `/` → `/`.
    public static func directory(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        let parent = trimmingTrailingSlashes(String(trimmed[..<slash]))
        return parent.isEmpty && trimmed.hasPrefix("/") ? "/" : parent
    }

    /// `a/b` → `b`, `a/b/` → `b`, `/` → `/`.
    public static func lastComponent(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return trimmed }
        return trimmed == "/" ? "/" : String(trimmed[trimmed.utf8.index(after: slash)...])
    }

    /// `x.tar.gz` → `gz`; `` for `noext` and for a name that only starts with a dot (`.hidden`).
    public static func fileExtension(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...])
    }

    /// `component` under `directory`, with one `/` between (none when `directory` is empty).
    public static func appending(_ component: String, to directory: String) -> String {
        if directory.isEmpty { return component }
        return directory.hasSuffix("/") ? directory + component : directory + "/" + component
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}

/// Writes to the standard streams with `write(2)`.
@_spi(Tooling) public enum StandardStreams {
    public static func writeToStandardError(_ text: String) {
        write(text, to: 2)
    }

    public static func writeToStandardOutput(_ text: String) {
        write(text, to: 1)
    }

    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = systemWrite(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}

/// `write(2)`, named so a type's own `write` methods do not shadow it.
func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// Runs a program found on `PATH` and returns what it wrote to standard output (`posix_spawnp`: the command line
/// runs `diff` for `check` without Foundation's `Process`).
@_spi(Tooling) public enum ChildProcess {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public static func standardOutput(of arguments: [String]) throws(Failure) -> [UInt8] {
        guard let program = arguments.first else { throw Failure(description: "no program to run") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw Failure(description: "cannot create a pipe for \(program)") }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        defer { close(readEnd) }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t?
        #else
        var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_addclose(&actions, readEnd)
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawnp(&child, program, &actions, nil, cArguments, environ)
        close(writeEnd)
        guard status == 0 else { throw Failure(description: "cannot run \(program): error \(status)") }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            output.append(contentsOf: chunk[..<count])
        }
        var exitStatus: Int32 = 0
        while waitpid(child, &exitStatus, 0) < 0 && errno == EINTR {}
        return output
    }
}

/// A mutex (`pthread_mutex_t`) for the few process-wide tables.
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

/// Ends the process with `code`, flushing the C streams (`print` output) first.
@_spi(Tooling) public func exitProcess(_ code: Int32) -> Never {
    exit(code)
}
