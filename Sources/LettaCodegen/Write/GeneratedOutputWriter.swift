#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a set of generated files into a directory so that a failure leaves it as it was, unchanged files keep
/// their bytes and timestamps, and files the generator no longer produces are removed.
public struct GeneratedOutputWriter: Sendable {
    /// A file that could not be written or moved into place, with the system's reason.
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var message: String

        public var description: String { "\(path): \(message)" }
    }

    public struct Summary: Sendable, Equatable {
        public var written: [String] = []
        public var unchanged: [String] = []
        public var removed: [String] = []
    }

    /// Only files with these extensions are considered stale (a user's README in the directory is left alone).
    public var managedExtensions: Set<String>
    /// Subdirectories whose stale files are removed; nil manages the whole directory.
    public var managedDirectories: [String]?

    public init(managedExtensions: Set<String> = ["swift", "jsonl"], managedDirectories: [String]? = nil) {
        self.managedExtensions = managedExtensions
        self.managedDirectories = managedDirectories
    }

    /// The differences between `files` (relative path → text) and `directory`, without touching anything.
    public func plan(_ files: [String: String], in directory: String) -> Summary {
        plan(contents: files.mapValues { Array($0.utf8) }, in: directory)
    }

    /// The differences between `files` (relative path → bytes) and `directory`, without touching anything.
    public func plan(contents files: [String: [UInt8]], in directory: String) -> Summary {
        var summary = Summary()
        var inDirectory = PathBuffer(directory: directory)
        for path in TextOrder.sorted(files.keys) {
            if let existing = inDirectory.withPath(path, Self.contents(ofFile:)), existing == files[path] {
                summary.unchanged.append(path)
            } else {
                summary.written.append(path)
            }
        }
        let existing: [String]
        if let managedDirectories {
            existing = managedDirectories.flatMap { subdirectory in
                existingManagedFiles(in: directory + "/" + subdirectory).map { subdirectory + "/" + $0 }
            }
        } else {
            existing = existingManagedFiles(in: directory)
        }
        summary.removed = existing.filter { files[$0] == nil }.sorted()
        return summary
    }

    /// Stages every changed file in a temporary directory beside `directory`, then moves each into place (a rename on
    /// one file system), then removes stale files. Nothing in `directory` changes unless staging succeeded.
    @discardableResult
    public func write(_ files: [String: String], to directory: String) throws -> Summary {
        try write(contents: files.mapValues { Array($0.utf8) }, to: directory)
    }

    /// `write(_:to:)` for files given as bytes (relative path → bytes).
    @discardableResult
    public func write(contents files: [String: [UInt8]], to directory: String) throws -> Summary {
        let summary = plan(contents: files, in: directory)
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let parent = PathText.directory(of: directory)
        let staging = (parent.isEmpty ? "." : parent) + "/.letta-codegen-staging-\(UUID().uuidString)"
        try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(atPath: staging) }
        // Each directory is created once, not once per file: the parents of the relative paths, in both places.
        // Foundation's `deletingLastPathComponent` cost as much as the rest of writing.
        var parents: [Substring] = []
        for path in summary.written {
            guard let slash = Self.lastSlash(in: path) else { continue }
            let parent = path[..<slash]
            if !parent.isEmpty, parents.last != parent, !parents.contains(parent) { parents.append(parent) }
        }
        for parent in parents {
            try fileManager.createDirectory(atPath: staging + "/" + parent, withIntermediateDirectories: true)
        }
        // Paths are put together in two reused C strings: a String and its C copy per file cost more than the
        // system calls.
        var staged = PathBuffer(directory: staging)
        var placed = PathBuffer(directory: directory)
        for path in summary.written {
            try staged.withPath(path) { stagedPath in
                try Self.writeFile(stagedPath, contents: files[path] ?? [], displayPath: { staging + "/" + path })
            }
        }
        // Only now, with every file staged, does `directory` change.
        for parent in parents {
            try fileManager.createDirectory(atPath: directory + "/" + parent, withIntermediateDirectories: true)
        }
        for path in summary.written {
            // rename(2) replaces the destination atomically: readers see the old file or the new one, never half.
            let renamed = staged.withPath(path) { from in placed.withPath(path) { to in rename(from, to) } }
            if renamed != 0 {
                throw Self.posixError(directory + "/" + path, "cannot move generated file into place")
            }
        }
        for path in summary.removed {
            try fileManager.removeItem(atPath: directory + "/" + path)
        }
        return summary
    }

    /// Where the last `/` of `path` is, read as bytes.
    private static func lastSlash(in path: String) -> String.Index? {
        let utf8 = path.utf8
        guard let offset = utf8.withContiguousStorageIfAvailable({ $0.lastIndex(of: UInt8(ascii: "/")) }) else {
            return utf8.lastIndex(of: UInt8(ascii: "/"))
        }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// The bytes of a file, or nil when it cannot be read (absent). POSIX calls: a generator writes hundreds of
    /// files, and Foundation's per-file overhead was a tenth of the whole run.
    static func contents(ofFile path: UnsafePointer<CChar>) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
        }
    }

    /// Creates or truncates `path` and writes `contents` whole; errors name the file as `displayPath` gives it.
    static func writeFile(_ path: UnsafePointer<CChar>, contents: [UInt8], displayPath: () -> String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw posixError(displayPath(), "cannot create generated file") }
        defer { close(descriptor) }
        try contents.withUnsafeBufferPointer { bytes in
            var offset = 0
            while offset < bytes.count {
                guard let base = bytes.baseAddress else { return }
                let written = systemWrite(descriptor, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError(displayPath(), "cannot write generated file")
                }
                offset += written
            }
        }
    }

    private static func posixError(_ path: String, _ what: String) -> WriteError {
        let code = errno
        return WriteError(path: path, message: "\(what): \(String(cString: strerror(code)))")
    }

    /// Managed files under `directory`, relative, sorted.
    func existingManagedFiles(in directory: String) -> [String] {
        DirectoryWalk.relativePaths(under: directory).filter { managedExtensions.contains(PathText.fileExtension(of: $0)) }.sorted()
    }
}

/// `directory/relative` as a C string, built in one buffer that each path reuses.
private struct PathBuffer {
    private var bytes: [CChar]
    /// The length of `directory/`.
    private let prefixCount: Int

    init(directory: String) {
        bytes = directory.utf8CString.dropLast() + [CChar(bitPattern: UInt8(ascii: "/"))]
        prefixCount = bytes.count
    }

    /// Calls `body` with `directory/relative`, nul-terminated.
    mutating func withPath<Result>(_ relative: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        bytes.removeLast(bytes.count - prefixCount)
        var relative = relative
        relative.withUTF8 { text in
            text.withMemoryRebound(to: CChar.self) { bytes.append(contentsOf: $0) }
        }
        bytes.append(0)
        return try body(bytes)
    }
}
