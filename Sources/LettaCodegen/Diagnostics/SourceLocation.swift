#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// A 1-based position in a spec file, as printed in diagnostics (`path:line:column`).
///
/// Every node of a loaded document carries one, so the file is held as a small number into a table of file names
/// (`SourceFiles`): copying a location copies three integers, with no reference counting.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file's entry in `SourceFiles.shared`.
    private(set) var fileID: UInt32
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars as libyaml does.
    public var column: Int

    /// The file as the user named it (relative paths stay relative so messages match what was typed).
    public var file: String {
        get { SourceFiles.shared.name(of: fileID) }
        set { fileID = SourceFiles.shared.id(of: newValue) }
    }

    public init(file: String, line: Int, column: Int) {
        self.init(fileID: SourceFiles.shared.id(of: file), line: line, column: column)
    }

    /// For a loader that has looked its file up once.
    init(fileID: UInt32, line: Int, column: Int) {
        self.fileID = fileID
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.fileID != rhs.fileID { return lhs.file < rhs.file }
        return (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The file names locations refer to, each stored once per process.
final class SourceFiles: @unchecked Sendable {
    static let shared = SourceFiles()

    private let lock = ProcessLock()
    private var names: [String] = []
    private var ids: [String: UInt32] = [:]

    func id(of name: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[name] { return id }
        let id = UInt32(names.count)
        names.append(name)
        ids[name] = id
        return id
    }

    func name(of id: UInt32) -> String {
        lock.lock()
        defer { lock.unlock() }
        return names[Int(id)]
    }
}
