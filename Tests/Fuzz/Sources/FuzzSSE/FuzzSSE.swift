import LettaStreaming

/// One stream from the fuzzer: the first byte seeds how the rest is cut into chunks; the events must be the ones the
/// parser finds in the stream read whole, and a stream over the size limit must fail the same way.
func fuzzSSE(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard size > 0 else { return 0 }
    var seed = UInt64(data[0]) &* 0x9E37_79B9_7F4A_7C15 | 1
    let stream = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limit = 64 + Int(data[0]) * 16

    var whole = ServerSentEventParser(maximumEventBytes: limit)
    let wholeResult = Result { () throws(ServerSentEventParser.Failure) in try whole.parse(stream) }

    var chunked = ServerSentEventParser(maximumEventBytes: limit)
    var events: [ServerSentEvent] = []
    var failure: ServerSentEventParser.Failure?
    var start = 0
    while start < stream.count, failure == nil {
        seed ^= seed << 13
        seed ^= seed >> 7
        seed ^= seed << 17
        let end = min(stream.count, start + 1 + Int(seed % 8))
        do {
            events += try chunked.parse(stream[start..<end])
        } catch {
            failure = error
        }
        start = end
    }
    switch wholeResult {
    case .success(let expected):
        guard failure == nil, events == expected else {
            fatalError(
                "chunked parse differs: \(events.count) events, failure \(String(describing: failure)); whole: \(expected.count) events")
        }
        guard chunked.eventCount == whole.eventCount, chunked.retryMilliseconds == whole.retryMilliseconds else {
            fatalError("chunked parse differs in count or retry")
        }
    case .failure(let expected):
        guard failure == expected else {
            fatalError("whole parse failed with \(expected), chunked with \(String(describing: failure))")
        }
    }
    return 0
}
