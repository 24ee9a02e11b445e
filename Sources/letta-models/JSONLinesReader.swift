import ArgumentParser
import LettaCodegenRuntime
import Foundation

/// Reads JSON Lines in fixed-size chunks and hands out one line at a time, split on `\n` only, so memory is bounded
/// by the longest line rather than the file. A final line without `\n` counts; a trailing `\r` is kept (content).
struct JSONLinesReader {
    let path: String
    static let chunkSize = 1 << 16

    func forEachLine(_ body: (_ number: Int, _ line: Data) throws -> Void) throws {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw ValidationError("cannot open '\(path)'")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var pending = Data()
        var number = 0
        while let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            // Searched through a buffer pointer: `Data`'s own indexing checks exclusive access byte by byte.
            try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let bytes = raw.bindMemory(to: UInt8.self)
                var start = 0
                while let newline = UnsafeBufferPointer(rebasing: bytes[start...]).firstIndex(of: UInt8(ascii: "\n")) {
                    let end = start + newline
                    number += 1
                    if pending.isEmpty {
                        try body(number, Data(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                    } else {
                        pending.append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
                        try body(number, pending)
                        pending = Data()
                    }
                    start = end + 1
                }
                pending.append(UnsafeBufferPointer(rebasing: bytes[start...]))
            }
        }
        if !pending.isEmpty {
            number += 1
            try body(number, pending)
        }
    }
}

/// Collects output and writes it in large blocks (one write per line would dominate a 100 MB run).
final class BufferedStandardOutput {
    private var buffer = Data()

    func write(_ data: Data) {
        buffer.append(data)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

enum ToolDiagnostics {
    /// `12: UserMessage: keyNotFound at content: No value associated with key "content".`
    static func report(line: Int, type: String, error: any Error, file: String? = nil) {
        let prefix = (file.map { "\($0):" } ?? "") + "\(line): \(type): "
        let message: String
        if let decodingError = error as? DecodingError {
            message = describe(decodingError)
        } else {
            message = "\(error)"
        }
        FileHandle.standardError.write(Data((prefix + message + "\n").utf8))
    }

    /// `12: UserMessage: changed at /content: expected "a", found "b"`.
    static func reportChange(line: Int, type: String, _ difference: JSONSemanticComparison.Difference) {
        let at = difference.path.isEmpty ? "the top level" : difference.path
        reportMessage(line: line, type: type, "changed at \(at): \(difference.description)")
    }

    static func reportMessage(line: Int, type: String, _ message: String) {
        FileHandle.standardError.write(Data("\(line): \(type): \(message)\n".utf8))
    }

    static func describe(_ error: DecodingError) -> String {
        let path = RoundTripCheck.codingPath(of: error)
        let at = path.isEmpty ? "the top level" : path
        switch error {
        case .typeMismatch(_, let context): return "type mismatch at \(at): \(context.debugDescription)"
        case .valueNotFound(_, let context): return "missing value at \(at): \(context.debugDescription)"
        case .keyNotFound: return "missing key at \(at)"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as? NSError)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "invalid data at \(at): \(context.debugDescription)" + (underlying.map { " (\($0))" } ?? "")
        @unknown default: return "\(error)"
        }
    }
}
