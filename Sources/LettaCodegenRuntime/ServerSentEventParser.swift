/// One event of a `text/event-stream`, as the WHATWG HTML standard's event-stream interpretation dispatches it.
public struct ServerSentEvent: Hashable, Sendable {
    /// The `event:` field; nil when the event had none (the standard's type `message`).
    public var type: String?
    /// The `data:` lines joined with `\n`, as bytes (UTF-8 as sent, not repaired).
    public var data: [UInt8]
    /// The stream's last event ID when the event was dispatched (`id:` of this or an earlier event), or nil.
    public var lastEventID: String?

    public init(type: String? = nil, data: [UInt8], lastEventID: String? = nil) {
        self.type = type
        self.data = data
        self.lastEventID = lastEventID
    }

    /// `data` as text (invalid UTF-8 replaced; for messages and diagnostics).
    public var dataText: String { String(decoding: data, as: UTF8.self) }
}

/// An incremental parser of `text/event-stream` bytes (WHATWG HTML, "Interpreting an event stream"): lines end with
/// CRLF, LF or CR, anywhere across chunks; a leading byte-order mark is skipped; `data:` lines are joined with LF;
/// `event:`, `id:` (ignored when it holds NUL) and `retry:` (digits only) are kept; comments and unknown fields are
/// ignored; a blank line dispatches; an event without data is not dispatched; what is left unterminated at the end
/// is dropped.
///
/// Bytes stay bytes: a field's value reaches `ServerSentEvent.data` as sent, so the JSON decoder reads it directly.
/// Memory is bounded: an event (its data so far plus the line being read) longer than `maximumEventBytes` is an
/// error, not a growing buffer.
public struct ServerSentEventParser: Sendable {
    /// Why a stream cannot be parsed further.
    public enum Failure: Error, Hashable, Sendable {
        /// An event grew beyond the limit; `index` is the event's position in the stream (0-based).
        case eventTooLarge(index: Int, limit: Int)
    }

    public let maximumEventBytes: Int
    /// The reconnection time the stream asked for (`retry:`), in milliseconds.
    public private(set) var retryMilliseconds: Int?

    private var line: [UInt8] = []
    private var data: [UInt8] = []
    private var hasData = false
    private var eventType: String?
    private var lastEventID: String?
    private var afterCarriageReturn = false
    private var atStreamStart = true
    private var bomBytesSeen = 0
    private var dispatched = 0

    public init(maximumEventBytes: Int = 16 << 20) {
        self.maximumEventBytes = maximumEventBytes
    }

    /// The number of events dispatched so far (the next event's index).
    public var eventCount: Int { dispatched }

    /// Parses the next bytes of the stream and returns the events they complete, in order.
    public mutating func parse<Bytes: Sequence>(_ bytes: Bytes) throws(Failure) -> [ServerSentEvent] where Bytes.Element == UInt8 {
        var events: [ServerSentEvent] = []
        var failure: Failure?
        let parsed: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            do throws(Failure) { try parse(buffer, into: &events) } catch { failure = error }
        }
        if parsed == nil {
            Array(bytes).withUnsafeBufferPointer { buffer in
                do throws(Failure) { try parse(buffer, into: &events) } catch { failure = error }
            }
        }
        if let failure { throw failure }
        return events
    }

    private mutating func parse(_ buffer: UnsafeBufferPointer<UInt8>, into events: inout [ServerSentEvent]) throws(Failure) {
        var index = 0
        let count = buffer.count
        // A byte-order mark, once, at the very start (it may itself arrive split).
        while atStreamStart && index < count {
            let expected: [UInt8] = [0xEF, 0xBB, 0xBF]
            if buffer[index] == expected[bomBytesSeen] {
                bomBytesSeen += 1
                index += 1
                if bomBytesSeen == 3 { atStreamStart = false }
            } else {
                // Not a BOM after all: the bytes taken for one are content.
                line.append(contentsOf: expected[0..<bomBytesSeen])
                atStreamStart = false
            }
        }
        if atStreamStart { return }
        while index < count {
            if afterCarriageReturn {
                afterCarriageReturn = false
                if buffer[index] == 0x0A {  // the LF of a CRLF
                    index += 1
                    continue
                }
            }
            // The next line end, CR or LF.
            let end = Self.lineEnd(in: buffer, from: index)
            if end == count {
                line.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<count]))
                try checkSize()
                return
            }
            // The same limit whether the line arrived whole or in pieces (a piece is checked as it is buffered).
            if data.count + line.count + (end - index) > maximumEventBytes {
                throw .eventTooLarge(index: dispatched, limit: maximumEventBytes)
            }
            if line.isEmpty {
                try processLine(UnsafeBufferPointer(rebasing: buffer[index..<end]), into: &events)
            } else {
                line.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index..<end]))
                let whole = line
                line.removeAll(keepingCapacity: true)
                try whole.withUnsafeBufferPointer { whole throws(Failure) in try processLine(whole, into: &events) }
            }
            afterCarriageReturn = buffer[end] == 0x0D
            index = end + 1
        }
    }

    /// The index of the first CR or LF at or after `start`, or the count: sixteen bytes at a time (one vector
    /// compare per byte value; each lane of the result is all ones or all zeros, so the lowest set lane is exact),
    /// then eight at a time near the end (a byte of a word is zero exactly when it is one of them, after XOR with its
    /// value; the lowest flagged byte is exact), then one.
    static func lineEnd(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = buffer.count
        guard let base = buffer.baseAddress else { return count }
        var index = start
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
        let carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
        while index + 16 <= count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            if let lane = ByteVectors.lowestSetLane((block .== lineFeed) .| (block .== carriageReturn)) { return index + lane }
            index += 16
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            let lineFeeds = word ^ (ones &* 0x0A)
            let carriageReturns = word ^ (ones &* 0x0D)
            let found = ((lineFeeds &- ones) & ~lineFeeds | (carriageReturns &- ones) & ~carriageReturns) & highs
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count, base[index] != 0x0A, base[index] != 0x0D { index += 1 }
        return index
    }

    private func checkSize() throws(Failure) {
        if data.count + line.count > maximumEventBytes {
            throw .eventTooLarge(index: dispatched, limit: maximumEventBytes)
        }
    }

    private mutating func processLine(_ line: UnsafeBufferPointer<UInt8>, into events: inout [ServerSentEvent]) throws(Failure) {
        if line.isEmpty {
            dispatch(into: &events)
            return
        }
        if line[0] == UInt8(ascii: ":") { return }  // a comment
        let colon = line.firstIndex(of: UInt8(ascii: ":"))
        let name = UnsafeBufferPointer(rebasing: line[0..<(colon ?? line.count)])
        var valueStart = colon.map { $0 + 1 } ?? line.count
        if valueStart < line.count, line[valueStart] == UInt8(ascii: " ") { valueStart += 1 }
        let value = UnsafeBufferPointer(rebasing: line[valueStart..<line.count])
        switch Field(name) {
        case .data:
            if hasData { data.append(0x0A) }
            data.append(contentsOf: value)
            hasData = true
            try checkSize()
        case .event:
            eventType = String(decoding: value, as: UTF8.self)
        case .id:
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        case .retry:
            if !value.isEmpty, value.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                retryMilliseconds = Int(String(decoding: value, as: UTF8.self))
            }
        case nil:
            break  // an unknown field is ignored
        }
    }

    /// The fields the standard defines, matched on bytes.
    private enum Field {
        case data, event, id, retry

        init?(_ name: UnsafeBufferPointer<UInt8>) {
            func equals(_ literal: StaticString) -> Bool {
                literal.utf8CodeUnitCount == name.count
                    && (0..<name.count).allSatisfy { name[$0] == literal.utf8Start[$0] }
            }
            if equals("data") {
                self = .data
            } else if equals("event") {
                self = .event
            } else if equals("id") {
                self = .id
            } else if equals("retry") {
                self = .retry
            } else {
                return nil
            }
        }
    }

    private mutating func dispatch(into events: inout [ServerSentEvent]) {
        defer {
            data.removeAll(keepingCapacity: true)
            hasData = false
            eventType = nil
        }
        guard hasData else { return }
        events.append(ServerSentEvent(type: eventType.flatMap { $0.isEmpty ? nil : $0 }, data: data, lastEventID: lastEventID))
        dispatched += 1
    }
}
