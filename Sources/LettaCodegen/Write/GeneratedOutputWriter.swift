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
        // Each folder the files go into is listed once, and only files already there are read and compared.
        var present: [String: Set<String>] = [:]
        for path in files.keys.sorted() {
            let parent = PathText.directory(of: path)
            let names: Set<String>
            if let listed = present[parent] {
                names = listed
            } else {
                let folder = parent.isEmpty ? directory : directory + "/" + parent
                names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
                present[parent] = names
            }
            if names.contains(PathText.lastComponent(of: path)),
                case .success(let existing) = FileContents.bytes(atPath: directory + "/" + path), existing == files[path]
            {
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
        // The directories the written files go into, each once.
        let parents = Set(summary.written.map { PathText.directory(of: $0) }).filter { !$0.isEmpty }.sorted()
        for parent in parents {
            try fileManager.createDirectory(atPath: staging + "/" + parent, withIntermediateDirectories: true)
        }
        for path in summary.written {
            try Self.writeFile(staging + "/" + path, contents: files[path] ?? [])
        }
        // Only now, with every file staged, does `directory` change.
        for parent in parents {
            try fileManager.createDirectory(atPath: directory + "/" + parent, withIntermediateDirectories: true)
        }
        for path in summary.written {
            // rename(2) replaces the destination atomically: readers see the old file or the new one, never half.
            if rename(staging + "/" + path, directory + "/" + path) != 0 {
                throw Self.posixError(directory + "/" + path, "cannot move generated file into place")
            }
        }
        for path in summary.removed {
            try fileManager.removeItem(atPath: directory + "/" + path)
        }
        return summary
    }

    /// Creates or truncates `path` and writes `contents` whole, without `fsync` (Foundation's writes sync each file;
    /// the staging directory is what makes the set atomic, and syncing hundreds of files cost more than the rest of
    /// generating).
    private static func writeFile(_ path: String, contents: [UInt8]) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw posixError(path, "cannot create generated file") }
        defer { close(descriptor) }
        guard writeAll(descriptor, contents) else { throw posixError(path, "cannot write generated file") }
    }

    private static func posixError(_ path: String, _ what: String) -> WriteError {
        let code = errno
        return WriteError(path: path, message: "\(what): \(String(cString: strerror(code)))")
    }

    /// Managed files under `directory`, relative, sorted.
    func existingManagedFiles(in directory: String) -> [String] {
        let paths = (try? FileManager.default.subpathsOfDirectory(atPath: directory)) ?? []
        return paths.filter { managedExtensions.contains(PathText.fileExtension(of: $0)) }.sorted()
    }
}
