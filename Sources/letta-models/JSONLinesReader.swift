import ArgumentParser
import LettaCodegenRuntime
import Foundation

/// Reads JSON Lines in fixed-size chunks into one buffer and hands out one line at a time, in place, split on `\n`
/// only (found by `memchr`), so memory is bounded by the longest line rather than the file. A final line without
/// `\n` counts; a trailing `\r` is kept (content).
struct JSONLinesReader {
    let path: String
    static let chunkSize = 1 << 18

    /// Calls `body` with each line's number (from 1) and bytes, valid only during the call.
    func forEachLine(_ body: (_ number: Int, _ line: UnsafeRawBufferPointer) throws -> Void) throws {
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
        let descriptor = handle.fileDescriptor
        var capacity = Self.chunkSize
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        // `buffer[0..<filled]` holds the start of a line whose end has not been read yet.
        var filled = 0
        var number = 0
        while true {
            if filled == capacity {  // a line longer than the buffer: room for more of it
                let larger = UnsafeMutableRawPointer.allocate(byteCount: capacity * 2, alignment: 16)
                larger.copyMemory(from: buffer, byteCount: filled)
                buffer.deallocate()
                buffer = larger
                capacity *= 2
            }
            let count = read(descriptor, buffer + filled, capacity - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw ValidationError("cannot read '\(path)': \(String(cString: strerror(errno)))")
            }
            if count == 0 { break }
            let end = filled + count
            var start = 0
            var searchFrom = filled  // the bytes before hold no line break
            while let newline = memchr(buffer + searchFrom, Int32(UInt8(ascii: "\n")), end - searchFrom) {
                let lineEnd = buffer.distance(to: newline)
                number += 1
                try body(number, UnsafeRawBufferPointer(start: buffer + start, count: lineEnd - start))
                start = lineEnd + 1
                searchFrom = start
            }
            filled = end - start
            if start > 0 && filled > 0 { buffer.copyMemory(from: buffer + start, byteCount: filled) }
        }
        if filled > 0 {
            number += 1
            try body(number, UnsafeRawBufferPointer(start: buffer, count: filled))
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
