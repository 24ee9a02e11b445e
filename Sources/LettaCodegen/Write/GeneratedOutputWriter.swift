import Foundation

/// Writes a set of generated files into a directory so that a failure leaves it as it was, unchanged files keep
/// their bytes and timestamps, and files the generator no longer produces are removed.
public struct GeneratedOutputWriter: Sendable {
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

    /// The differences between `files` (relative path → contents) and `directory`, without touching anything.
    public func plan(_ files: [String: String], in directory: String) -> Summary {
        var summary = Summary()
        for path in files.keys.sorted() {
            if let existing = FileManager.default.contents(atPath: directory + "/" + path),
               existing.elementsEqual((files[path] ?? "").utf8) {
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
        let summary = plan(files, in: directory)
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let parent = (directory as NSString).deletingLastPathComponent
        let staging = (parent.isEmpty ? "." : parent) + "/.letta-codegen-staging-\(UUID().uuidString)"
        try fileManager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(atPath: staging) }
        // Each directory is created once, not once per file.
        var created = Set<String>()
        func createParent(of path: String) throws {
            let parent = (path as NSString).deletingLastPathComponent
            if created.insert(parent).inserted { try fileManager.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        }
        for path in summary.written {
            let staged = staging + "/" + path
            try createParent(of: staged)
            try Data((files[path] ?? "").utf8).write(to: URL(fileURLWithPath: staged))
        }
        for path in summary.written {
            let destination = directory + "/" + path
            try createParent(of: destination)
            // rename(2) replaces the destination atomically: readers see the old file or the new one, never half.
            if rename(staging + "/" + path, destination) != 0 {
                let code = errno
                throw CocoaError(.fileWriteUnknown, userInfo: [
                    NSFilePathErrorKey: destination,
                    NSLocalizedDescriptionKey: "cannot move generated file into place: \(String(cString: strerror(code)))",
                ])
            }
        }
        for path in summary.removed {
            try fileManager.removeItem(atPath: directory + "/" + path)
        }
        return summary
    }

    /// Managed files under `directory`, relative, sorted.
    func existingManagedFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            if managedExtensions.contains((path as NSString).pathExtension) { paths.append(path) }
        }
        return paths.sorted()
    }
}
