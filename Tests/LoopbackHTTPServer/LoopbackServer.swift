import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An HTTP/1.1 server on 127.0.0.1 (an ephemeral port) whose answers a test writes: one thread per connection, one
/// request per connection (every answer says `Connection: close`), sockets that give up reading after 5 s, so
/// nothing it does can hang a test run.
///
/// The handler gets the parsed request and the connection, and answers as the Letta server does: a JSON body, a
/// chunked `text/event-stream` written event by event, or a connection closed mid-way. Every request is recorded
/// for the test to inspect.
public final class LoopbackServer: @unchecked Sendable {
    /// A request as the server read it.
    public struct Request: Sendable {
        public var method: String
        /// The path without the query.
        public var path: String
        /// The query's pairs in order, percent-decoded.
        public var query: [(name: String, value: String)]
        /// Header lines in order, names lowercased.
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]

        public func header(_ name: String) -> String? {
            headers.first { $0.name == name.lowercased() }?.value
        }

        public func queryValues(_ name: String) -> [String] {
            query.filter { $0.name == name }.map(\.value)
        }
    }

    public typealias Handler = @Sendable (Request, Connection) -> Void

    public let port: UInt16
    private let listener: Int32
    private let handler: Handler
    private let lock = NSLock()
    private var requests: [Request] = []

    /// Every request received so far, in order of arrival.
    public var received: [Request] { lock.withLock { requests } }

    /// The requests received for one path.
    public func received(_ path: String) -> [Request] { received.filter { $0.path == path } }

    public init(_ handler: @escaping Handler) throws {
        self.handler = handler
        #if canImport(Glibc)
            let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let listener = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard listener >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else {
            close(listener)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        self.listener = listener
        port = UInt16(bigEndian: address.sin_port)
        Thread { [self] in acceptConnections() }.start()
    }

    /// The base URL of the server, with an optional path prefix.
    public func url(_ path: String = "") -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// Stops accepting connections (connections being answered finish on their own); the port refuses new ones.
    ///
    /// Only the accepting thread closes the listening socket, once `accept` fails: closed here, its descriptor
    /// could be reused by another test's socket before that thread's next `accept`, which would then take that
    /// test's connections.
    public func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private func acceptConnections() {
        defer { close(listener) }
        while true {
            let socket = accept(listener, nil, nil)
            if socket < 0, errno == EINTR { continue }
            guard socket >= 0 else { return }
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            Thread { [self] in
                let connection = Connection(socket: socket)
                if let request = connection.readRequest() {
                    lock.withLock { requests.append(request) }
                    handler(request, connection)
                }
                connection.close()
            }.start()
        }
    }
}

/// One accepted connection: reads the request, writes the answer.
public final class Connection: @unchecked Sendable {
    private let socket: Int32
    private var closed = false

    init(socket: Int32) {
        self.socket = socket
    }

    // MARK: Answers

    /// A whole response with a `Content-Length`.
    public func respond(status: Int, headers: [(String, String)] = [], body: [UInt8]) {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        write(Array((head + "\r\n").utf8) + body)
    }

    /// A JSON body, as the Letta server sends its answers and its errors.
    public func respondJSON(status: Int = 200, _ json: String, headers: [(String, String)] = []) {
        respond(status: status, headers: [("Content-Type", "application/json")] + headers, body: Array(json.utf8))
    }

    /// The head of a chunked `text/event-stream` response, as the Letta server streams.
    public func startEventStream() {
        write(
            Array(
                "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    .utf8))
    }

    /// One HTTP chunk holding `text` (an event: `data: …\n\n`); false once the client is gone.
    @discardableResult
    public func sendChunk(_ text: String) -> Bool {
        sendChunk(bytes: Array(text.utf8))
    }

    /// One HTTP chunk holding `bytes` (which may end inside an event, or inside a character); false once the client
    /// is gone.
    @discardableResult
    public func sendChunk(bytes: [UInt8]) -> Bool {
        write(Array(String(bytes.count, radix: 16).utf8) + [13, 10] + bytes + [13, 10])
    }

    /// `data: <json>` and a blank line, in one chunk.
    @discardableResult
    public func sendEvent(_ json: String, name: String? = nil) -> Bool {
        sendChunk((name.map { "event: \($0)\n" } ?? "") + "data: \(json)\n\n")
    }

    /// The last chunk: the response ends.
    public func endEventStream() {
        write(Array("0\r\n\r\n".utf8))
    }

    /// Waits for the client to close its end (the read sees the end or an error), for up to `seconds`; true when it
    /// did.
    public func waitForClientToClose(seconds: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = [UInt8](repeating: 0, count: 1024)
        while Date() < deadline {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count == 0 { return true }
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
                return true
            }
        }
        return false
    }

    /// Ends the connection where the response stands (mid-response, a dropped connection): what was sent arrives,
    /// then the end of the stream. The server first stops sending and reads until the client closes too (up to two
    /// seconds): closing a socket with bytes still unread resets the connection, and a reset may discard what the
    /// client had received but not yet read, such as the events just before the cut.
    public func close() {
        guard !closed else { return }
        closed = true
        shutdown(socket, Int32(SHUT_WR))
        _ = waitForClientToClose(seconds: 2)
        #if canImport(Glibc)
            Glibc.close(socket)
        #else
            Darwin.close(socket)
        #endif
    }

    @discardableResult
    private func write(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            #if canImport(Glibc)
                let count = bytes[sent...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            #else
                let count = bytes[sent...].withUnsafeBytes { Darwin.send(socket, $0.baseAddress, $0.count, 0) }
            #endif
            guard count > 0 else { return false }
            sent += count
        }
        return true
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 409: "Conflict"
        case 422: "Unprocessable Entity"
        case 429: "Too Many Requests"
        case 502: "Bad Gateway"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }

    // MARK: Reading

    /// Reads the request line, the headers and a `Content-Length` body; nil when the client closed first.
    func readRequest() -> LoopbackServer.Request? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 8192)
        var headEnd: Int?
        var bodyLength = 0
        while headEnd.map({ bytes.count < $0 + bodyLength }) ?? true {
            let count = recv(socket, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            bytes += buffer[..<count]
            if headEnd == nil, let end = Self.find([13, 10, 13, 10], in: bytes) {
                headEnd = end + 4
                let head = String(decoding: bytes[..<end], as: UTF8.self)
                bodyLength = Self.headers(head).first { $0.name == "content-length" }.flatMap { Int($0.value) } ?? 0
            }
        }
        guard let headEnd else { return nil }
        let head = String(decoding: bytes[..<(headEnd - 4)], as: UTF8.self)
        let requestLine = head.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3 else { return nil }
        let target = String(parts[1])
        let path = String(target.prefix { $0 != "?" })
        let query = target.contains("?") ? Self.query(String(target[target.index(after: target.firstIndex(of: "?")!)...])) : []
        return LoopbackServer.Request(
            method: String(parts[0]), path: path, query: query, headers: Self.headers(head), body: Array(bytes[headEnd...]))
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        return (0...(bytes.count - needle.count)).first { bytes[$0..<$0 + needle.count].elementsEqual(needle) }
    }

    private static func headers(_ head: String) -> [(name: String, value: String)] {
        head.split(separator: "\r\n").dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (line[..<colon].lowercased(), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    private static func query(_ text: String) -> [(name: String, value: String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (part: Substring) in part.removingPercentEncoding ?? String(part) }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
