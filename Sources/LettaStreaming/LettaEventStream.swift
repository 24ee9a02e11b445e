import Foundation
import LettaCodegenRuntime
import LettaModels

/// `data: [DONE]`: the end of a Letta stream.
private let doneMarker = Array("[DONE]".utf8)

/// What a Letta stream delivers, event by event.
public enum LettaStreamEvent: Hashable, Sendable {
    /// A `data:` event: a message (possibly one token chunk of it), a ping, the stop reason or the usage.
    case response(LettaStreamingResponse)
    /// An `event: error` event: the server's error, sent inside an HTTP 200 stream.
    case error(LettaErrorMessage)
    /// An event that did not decode, with the malformed-event policy `.deliver`.
    case malformed(LettaMalformedEvent)
}

/// An event whose data is not what the models read: its position in the stream (0-based, counting every
/// dispatched event), its raw text and the decoding error (with its coding path).
public struct LettaMalformedEvent: Error, Hashable, Sendable, CustomStringConvertible {
    public var index: Int
    public var type: String?
    public var raw: String
    public var reason: String

    public var description: String { "event \(index): \(reason)" }
}

/// Why a Letta stream failed.
public enum LettaStreamError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The response was not 2xx: its status, body (up to the event size limit) and what the body says.
    case httpStatus(Int, LettaHTTPError)
    /// One event did not decode (with the policy `.fail`).
    case malformedEvent(LettaMalformedEvent)
    /// An event grew beyond the size limit.
    case eventTooLarge(index: Int, limit: Int)

    public var description: String {
        switch self {
        case .httpStatus(let status, let error): "HTTP \(status): \(error.message)"
        case .malformedEvent(let event): event.description
        case .eventTooLarge(let index, let limit): "event \(index): larger than \(limit) bytes"
        }
    }
}

/// The body of a non-2xx response, read the ways the Letta server writes it, as the client's `APIError` reads it:
/// `{"error":{"type","message","detail"}}` (an LLM failure), `{"detail":"…"}` (not found, validation: a string),
/// `{"detail":{"code","message",…}}` (a pending approval), FastAPI's `{"detail":[{"msg":…},…]}` (the messages
/// joined), `{"message":"…"}`, or anything else as text.
public struct LettaHTTPError: Hashable, Sendable {
    /// The body as text.
    public var body: String
    /// `error.type` or `detail.code` when the body has one.
    public var type: String?
    /// What went wrong, as the body says it (or the body itself).
    public var message: String
    /// `error.detail` or `detail`, when present, as text (compact JSON when it is not a string).
    public var detail: String?

    public init(body: [UInt8]) {
        self.body = String(decoding: body, as: UTF8.self)
        let reading = ErrorBodyReading(body: body)
        type = reading.type
        message = reading.message ?? self.body
        detail = reading.detail
    }
}

/// What to do with an event that does not decode.
public enum LettaMalformedEventPolicy: Sendable {
    /// Throw `LettaStreamError.malformedEvent` (iteration ends).
    case fail
    /// Deliver it as `.malformed` and go on.
    case deliver
}

/// The events of a Letta `text/event-stream` response, decoded with the byte-level reader, over any async
/// sequence of bytes (`URLSession.AsyncBytes`) or of byte chunks (`Data`, `[UInt8]`, a body's buffers).
///
/// `data: [DONE]` ends it; `event: error` is `.error`; a non-2xx status throws `LettaStreamError.httpStatus` with
/// what the body says; an event over `maximumEventBytes` (16 MiB by default) throws instead of growing a buffer.
public struct LettaEventStream<Base: AsyncSequence & Sendable>: AsyncSequence, Sendable {
    public typealias Element = LettaStreamEvent

    let base: Base
    let statusCode: Int
    let maximumEventBytes: Int
    let malformedEvents: LettaMalformedEventPolicy
    let split: @Sendable (Base.Element) -> ChunkBytes

    /// How an element of the base sequence gives bytes.
    enum ChunkBytes {
        case byte(UInt8)
        case bytes([UInt8])
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(
            base: base.makeAsyncIterator(), statusCode: statusCode, malformedEvents: malformedEvents,
            parser: ServerSentEventParser(maximumEventBytes: maximumEventBytes), split: split)
    }

    public struct Iterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let statusCode: Int
        let malformedEvents: LettaMalformedEventPolicy
        var parser: ServerSentEventParser
        let split: @Sendable (Base.Element) -> ChunkBytes
        var pending: [ServerSentEvent] = []
        var pendingIndex = 0
        var byteRun: [UInt8] = []
        var finished = false
        /// The strings the stream's events repeat (each chunk of a message repeats its id, run and step), made once.
        let repeatedStrings = RepeatedStrings()

        public mutating func next() async throws -> LettaStreamEvent? {
            if !(200..<300).contains(statusCode) {
                guard !finished else { return nil }
                finished = true
                throw LettaStreamError.httpStatus(statusCode, LettaHTTPError(body: try await readBody()))
            }
            while true {
                while pendingIndex < pending.count {
                    let event = pending[pendingIndex]
                    let index = parser.eventCount - (pending.count - pendingIndex)
                    pendingIndex += 1
                    if event.type == nil, event.data == doneMarker {
                        finished = true
                        return nil
                    }
                    if let decoded = try decode(event, index: index) { return decoded }
                }
                guard !finished, let bytes = try await nextBytes() else { return nil }
                do {
                    pending = try parser.parse(bytes)
                } catch {
                    switch error {
                    case .eventTooLarge(let index, let limit): throw LettaStreamError.eventTooLarge(index: index, limit: limit)
                    }
                }
                pendingIndex = 0
            }
        }

        func decode(_ event: ServerSentEvent, index: Int) throws -> LettaStreamEvent? {
            do {
                return try event.data.withUnsafeBytes { data in
                    if event.type == "error" {
                        return .error(try JSONReader.decode(LettaErrorMessage.self, from: data, repeatedStrings: repeatedStrings))
                    }
                    return .response(try JSONReader.decode(LettaStreamingResponse.self, from: data, repeatedStrings: repeatedStrings))
                }
            } catch {
                let malformed = LettaMalformedEvent(index: index, type: event.type, raw: event.dataText, reason: Self.describe(error))
                switch malformedEvents {
                case .fail: throw LettaStreamError.malformedEvent(malformed)
                case .deliver: return .malformed(malformed)
                }
            }
        }

        static func describe(_ error: any Error) -> String {
            guard let error = error as? DecodingError else { return "\(error)" }
            let path = RoundTripCheck.codingPath(of: error)
            let at = path.isEmpty ? "the top level" : path
            switch error {
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                return "\(context.debugDescription) (at \(at))"
            case .keyNotFound:
                return "missing key at \(at)"
            @unknown default:
                return "\(error)"
            }
        }

        /// The next bytes from the base: a chunk as it comes, or single bytes gathered up to a line end.
        mutating func nextBytes() async throws -> [UInt8]? {
            while let element = try await base.next() {
                switch split(element) {
                case .bytes(let chunk):
                    if byteRun.isEmpty { return chunk }
                    byteRun.append(contentsOf: chunk)
                    defer { byteRun.removeAll(keepingCapacity: true) }
                    return byteRun
                case .byte(let byte):
                    byteRun.append(byte)
                    if byte == 0x0A || byte == 0x0D || byteRun.count >= 1 << 14 {
                        defer { byteRun.removeAll(keepingCapacity: true) }
                        return byteRun
                    }
                }
            }
            finished = true
            if byteRun.isEmpty { return nil }
            defer { byteRun.removeAll() }
            return byteRun
        }

        mutating func readBody() async throws -> [UInt8] {
            var body: [UInt8] = []
            while let bytes = try await nextBytes() {
                body.append(contentsOf: bytes.prefix(Swift.max(0, parser.maximumEventBytes - body.count)))
                if body.count >= parser.maximumEventBytes { break }
            }
            return body
        }
    }
}

extension LettaEventStream {
    /// The events of a stream of byte chunks (`Data`, `[UInt8]`, …). `statusCode`: the HTTP status (a non-2xx one
    /// makes the sequence throw with what the body says).
    public init(
        chunks: Base, statusCode: Int = 200, maximumEventBytes: Int = 16 << 20,
        malformedEvents: LettaMalformedEventPolicy = .fail
    ) where Base.Element: Sequence, Base.Element.Element == UInt8 {
        self.init(
            base: chunks, statusCode: statusCode, maximumEventBytes: maximumEventBytes,
            malformedEvents: malformedEvents, split: { .bytes(Array($0)) })
    }

    /// The events of a stream of single bytes (`URLSession.AsyncBytes`).
    public init(
        bytes: Base, statusCode: Int = 200, maximumEventBytes: Int = 16 << 20,
        malformedEvents: LettaMalformedEventPolicy = .fail
    ) where Base.Element == UInt8 {
        self.init(
            base: bytes, statusCode: statusCode, maximumEventBytes: maximumEventBytes,
            malformedEvents: malformedEvents, split: { .byte($0) })
    }
}
