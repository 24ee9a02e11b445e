#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes to the standard streams with `write(2)`.
package enum StandardStreams {
    package static func writeToStandardError(_ text: String) {
        write(text, to: 2)
    }

    package static func writeToStandardOutput(_ text: String) {
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
/// runs `diff` for `check` without Foundation's `Process`). The program's exit status is not looked at: `diff`
/// exits 1 when the trees differ, which is what `check` runs it for.
package enum ChildProcess {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    package static func standardOutput(of arguments: [String]) throws(Failure) -> [UInt8] {
        guard let program = arguments.first else { throw Failure(description: "no program to run") }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw Failure(description: "cannot create a pipe for \(program): \(reason(errno))") }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t?
        #else
            var actions = posix_spawn_file_actions_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // The child writes into the pipe as its standard output and keeps no other end of it open.
        let prepared =
            posix_spawn_file_actions_adddup2(&actions, writeEnd, 1) == 0
            && posix_spawn_file_actions_addclose(&actions, writeEnd) == 0
            && posix_spawn_file_actions_addclose(&actions, readEnd) == 0
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { cArguments.forEach { free($0) } }
        var child: pid_t = 0
        let status = prepared ? posix_spawnp(&child, program, &actions, nil, cArguments, environment) : EINVAL
        close(writeEnd)
        guard status == 0 else {
            close(readEnd)
            throw Failure(description: "cannot run \(program): \(reason(status))")
        }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var readFailure: Int32?
        while true {
            let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count < 0 { readFailure = errno }
            if count <= 0 { break }
            output.append(contentsOf: chunk[..<count])
        }
        // Closed before waiting: a child still writing gets EPIPE instead of waiting on a full pipe forever.
        close(readEnd)
        var exitStatus: Int32 = 0
        while waitpid(child, &exitStatus, 0) < 0 && errno == EINTR {}
        if let readFailure { throw Failure(description: "cannot read the output of \(program): \(reason(readFailure))") }
        return output
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    private static var environment: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        #if canImport(Darwin)
            _NSGetEnviron().pointee
        #else
            environ
        #endif
    }
}

/// Paths of everything under a directory, relative to it, found with `opendir`/`readdir`: symbolic links are listed,
/// not followed, and a subdirectory that cannot be read is skipped rather than ending the walk.
enum DirectoryWalk {
    static func relativePaths(under directory: String) -> [String] {
        var paths: [String] = []
        func walk(_ relative: String) {
            let absolute = relative.isEmpty ? directory : directory + "/" + relative
            guard let stream = opendir(absolute) else { return }
            defer { closedir(stream) }
            while let entry = readdir(stream) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                paths.append(path)
                if isDirectory(entry, at: directory + "/" + path) { walk(path) }
            }
        }
        walk("")
        return paths
    }

    private static func isDirectory(_ entry: UnsafeMutablePointer<dirent>, at path: String) -> Bool {
        let type = Int32(entry.pointee.d_type)
        if type != Int32(DT_UNKNOWN) { return type == Int32(DT_DIR) }
        // File systems that do not say: ask without following a link.
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
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
package func exitProcess(_ code: Int32) -> Never {
    exit(code)
}
