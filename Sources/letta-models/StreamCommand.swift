import ArgumentParser
import Foundation
import LettaCodegenRuntime
import LettaModels
import LettaStreaming

/// `letta-models stream [--merge] FILE|-`: a captured Letta SSE stream, event by event or merged.
struct StreamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Decode a captured Letta SSE stream: each event as one JSON line, or with --merge the merged messages.",
        discussion: """
            Each event is decoded with the byte-level reader and written re-encoded on one line (an `event: error` \
            as its LettaErrorMessage). With --merge, token chunks are folded into whole messages, written one per \
            line, then the stop reason and the usage. An event that does not decode is reported on stderr as \
            `EVENT_INDEX: error` and the rest is still read; the exit status is 1 if any did not.
            """
    )

    @Flag(help: "Fold token chunks into whole messages; print them, then the stop reason and the usage.")
    var merge = false

    @Argument(help: "A captured text/event-stream body, or - for standard input.")
    var file: String = "-"

    func run() async throws {
        let handle: FileHandle
        if file == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: file) else { throw ValidationError("cannot open '\(file)'") }
            handle = opened
        }
        let output = BufferedStandardOutput()
        var accumulator = LettaStreamAccumulator()
        var failures = 0
        do {
            for try await event in LettaEventStream(chunks: FileChunks(handle: handle), malformedEvents: .deliver) {
                if case .malformed(let malformed) = event {
                    failures += 1
                    FileHandle.standardError.write(Data("\(malformed.index): \(malformed.reason)\n".utf8))
                    continue
                }
                if merge {
                    accumulator.add(event)
                } else {
                    output.write(Self.line(event))
                }
            }
        } catch {
            failures += 1
            FileHandle.standardError.write(Data("\(error)\n".utf8))
        }
        if merge {
            for message in accumulator.messages { output.write(JSONWriter.encode(message) + Data("\n".utf8)) }
            if let stopReason = accumulator.stopReason { output.write(JSONWriter.encode(stopReason) + Data("\n".utf8)) }
            if let usage = accumulator.usage { output.write(JSONWriter.encode(usage) + Data("\n".utf8)) }
        }
        output.flush()
        if failures > 0 { throw ExitCode(1) }
    }

    static func line(_ event: LettaStreamEvent) -> Data {
        switch event {
        case .response(let response): JSONWriter.encode(response) + Data("\n".utf8)
        case .error(let error): JSONWriter.encode(error) + Data("\n".utf8)
        case .malformed: Data()
        }
    }
}

/// A file's bytes in 64 KB chunks, as an async sequence.
struct FileChunks: AsyncSequence, @unchecked Sendable {
    typealias Element = Data
    let handle: FileHandle

    struct Iterator: AsyncIteratorProtocol {
        let handle: FileHandle
        mutating func next() async throws -> Data? {
            guard let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty else { return nil }
            return chunk
        }
    }

    func makeAsyncIterator() -> Iterator { Iterator(handle: handle) }
}
