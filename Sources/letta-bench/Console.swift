import Foundation

/// Unbuffered writes to stdout and stderr. Everything goes through `FileHandle`, never `print`, so a page written
/// to stdout and a report on stderr never interleave out of order.
enum Console {
    enum Stream {
        case standardOutput
        case standardError

        var handle: FileHandle {
            switch self {
            case .standardOutput: FileHandle.standardOutput
            case .standardError: FileHandle.standardError
            }
        }
    }

    static func write(_ text: String, to stream: Stream = .standardOutput) {
        stream.handle.write(Data(text.utf8))
    }

    static func write(_ data: Data, to stream: Stream) {
        stream.handle.write(data)
    }

    static func error(_ text: String) {
        write(text.hasSuffix("\n") ? text : text + "\n", to: .standardError)
    }
}
