import Foundation
import Testing
@testable import LettaStreaming

/// The event-stream interpretation of the WHATWG HTML standard, and chunking anywhere.
@Suite struct ServerSentEventParserTests {
    struct Dispatched: Equatable, CustomStringConvertible {
        var type: String?
        var data: String
        var id: String?
        var description: String { "(\(type ?? "message"), \(data.debugDescription), \(id ?? "nil"))" }
    }

    func events(_ text: String, chunkSizes: [Int]? = nil) throws -> [Dispatched] {
        try events(Array(text.utf8), chunkSizes: chunkSizes)
    }

    func events(_ bytes: [UInt8], chunkSizes: [Int]? = nil) throws -> [Dispatched] {
        var parser = ServerSentEventParser()
        var result: [ServerSentEvent] = []
        var start = 0
        var sizes = chunkSizes ?? [bytes.count]
        while start < bytes.count {
            let size = max(1, sizes.isEmpty ? bytes.count : sizes.removeFirst())
            let end = min(bytes.count, start + size)
            result += try parser.parse(bytes[start..<end])
            start = end
        }
        return result.map { Dispatched(type: $0.type, data: $0.dataText, id: $0.lastEventID) }
    }

    @Test func dataLinesAreJoinedWithLineFeeds() throws {
        #expect(try events("data: YHOO\ndata: +2\ndata: 10\n\n") == [Dispatched(data: "YHOO\n+2\n10")])
    }

    @Test func commentsIdsAndOneLeadingSpace() throws {
        let stream = ": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n"
        #expect(
            try events(stream) == [
                Dispatched(data: "first event", id: "1"),
                Dispatched(data: "second event", id: ""),
                Dispatched(data: " third event", id: ""),
            ])
    }

    @Test func emptyDataLinesDispatchAndAnUnterminatedEventIsDropped() throws {
        #expect(try events("data\n\ndata\ndata\n\ndata:") == [Dispatched(data: ""), Dispatched(data: "\n")])
        #expect(try events("data: never dispatched") == [])
    }

    @Test func eventTypesAndEventsWithoutData() throws {
        let stream = "event: add\ndata: 73857293\n\nevent: remove\ndata: 2153\n\nevent: add\ndata: 113411\n\nevent: lonely\n\ndata: x\n\n"
        #expect(
            try events(stream) == [
                Dispatched(type: "add", data: "73857293"), Dispatched(type: "remove", data: "2153"),
                Dispatched(type: "add", data: "113411"), Dispatched(data: "x"),
            ])
    }

    @Test func everyLineEndingAndUnknownFields() throws {
        let expected = [Dispatched(data: "a\nb"), Dispatched(type: "error", data: "c")]
        #expect(try events("data: a\r\ndata: b\r\n\r\nevent: error\r\ndata: c\r\n\r\n") == expected)
        #expect(try events("data: a\rdata: b\r\revent: error\rdata: c\r\r") == expected)
        #expect(try events("data: a\r\ndata: b\n\revent: error\ndata: c\r\nfoo: bar\nretry\n\n") == expected)
    }

    /// A line end at every position of the 16-byte and 8-byte blocks the parser looks for it in, and after them.
    @Test(arguments: ["\n", "\r", "\r\n"])
    func aLineEndIsFoundAtEveryOffset(lineEnd: String) throws {
        for length in 0..<48 {
            let value = String(repeating: "x", count: length)
            let text = "data: \(value)\(lineEnd)data: \(value)é\(lineEnd)\(lineEnd)"
            #expect(try events(text) == [Dispatched(data: "\(value)\n\(value)é")], "value of \(length) bytes")
        }
    }

    @Test func idWithNulIsIgnoredAndRetryTakesDigitsOnly() throws {
        var parser = ServerSentEventParser()
        let dispatched = try parser.parse(Array("id: 7\ndata: a\n\nid: 8\u{0}\nretry: 12x\ndata: b\n\nretry: 3000\n".utf8))
        #expect(dispatched.map(\.lastEventID) == ["7", "7"])
        #expect(parser.retryMilliseconds == 3000)
    }

    @Test func aLeadingByteOrderMarkIsSkippedOnce() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let bytes = bom + Array("data: a\n\n".utf8) + bom + Array("data: b\n\ndata: c\n\n".utf8)
        // The second mark makes `\u{FEFF}data` an unknown field: its line is ignored.
        #expect(try events(bytes) == [Dispatched(data: "a"), Dispatched(data: "c")])
        for split in 1..<4 {
            #expect(try events(bytes, chunkSizes: [split, 1, 1]) == [Dispatched(data: "a"), Dispatched(data: "c")])
        }
        #expect(try events(Array("\u{FEFF}".utf8.prefix(2)) + Array("data: x\n\n".utf8)) == [])  // not a mark: content
    }

    @Test func splittingAnywhereGivesTheSameEvents() throws {
        let stream = "\u{FEFF}: hi\r\nevent: error\r\ndata: {\"a\":1}\r\n\r\ndata: é😀\rdata: two\r\rid: 5\ndata: [DONE]\n\n"
        let bytes = Array(stream.utf8)
        let whole = try events(bytes)
        #expect(whole.count == 3)
        for offset in 0...bytes.count {
            #expect(try events(bytes, chunkSizes: [offset, bytes.count]) == whole, "split at \(offset)")
        }
        var generator = SplitMix64(seed: 42)
        for _ in 0..<200 {
            let sizes = (0..<bytes.count).map { _ in Int(generator.next() % 7) + 1 }
            #expect(try events(bytes, chunkSizes: sizes) == whole)
        }
        #expect(try events(bytes, chunkSizes: Array(repeating: 1, count: bytes.count)) == whole)
    }

    @Test func anEventOverTheLimitIsAnErrorNotAGrowingBuffer() throws {
        var parser = ServerSentEventParser(maximumEventBytes: 16)
        #expect(try parser.parse(Array("data: 0123456789\n\n".utf8)).count == 1)
        #expect(throws: ServerSentEventParser.Failure.eventTooLarge(index: 1, limit: 16)) {
            try parser.parse(Array("data: 0123456789\ndata: 0123456789\n\n".utf8))
        }
        var lineParser = ServerSentEventParser(maximumEventBytes: 16)
        #expect(throws: ServerSentEventParser.Failure.eventTooLarge(index: 0, limit: 16)) {
            try lineParser.parse(Array(repeating: UInt8(ascii: "x"), count: 40))
        }
    }

    /// Found by fuzz-sse: a long line (here an unknown field) that arrived whole passed the limit, and failed it
    /// when it arrived in pieces. The limit now applies to every line, however it arrives.
    @Test func theLimitDoesNotDependOnHowTheStreamIsCut() throws {
        let input = try #require(
            Data(
                base64Encoded:
                    "AAAAAHRhc3NxcXFxcXFxcXFxcXFxcf////////////////////////////////////////////////9xcXFxcXFxcQAAeQAAAAAKZJhwZQ=="))
        let stream = Array(input.dropFirst())
        func outcome(chunkSize: Int) -> Result<[ServerSentEvent], ServerSentEventParser.Failure> {
            var parser = ServerSentEventParser(maximumEventBytes: 64)
            var events: [ServerSentEvent] = []
            for start in stride(from: 0, to: stream.count, by: chunkSize) {
                do {
                    events += try parser.parse(stream[start..<min(stream.count, start + chunkSize)])
                } catch {
                    return .failure(error)
                }
            }
            return .success(events)
        }
        #expect(outcome(chunkSize: stream.count) == .failure(.eventTooLarge(index: 0, limit: 64)))
        for chunkSize in 1..<stream.count {
            #expect(outcome(chunkSize: chunkSize) == outcome(chunkSize: stream.count), "chunks of \(chunkSize)")
        }
    }
}

/// A deterministic generator for chunk sizes and token splits.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
