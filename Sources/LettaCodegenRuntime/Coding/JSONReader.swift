import Foundation

/// The byte-level decoding back end: reads JSON bytes in one pass, for the generated decoding bodies.
///
/// `JSONDecoder` spends most of a model decode in generic dispatch, per-object key tables and reference counting
/// (see the LettaCodegen documentation, Performance). This reader matches keys on bytes against each type's `FieldTable` (no `String`
/// per key), makes strings straight from the buffer, and reports errors as `DecodingError`s with the coding paths
/// `JSONDecoder` reports. A document is read first without keeping its coding path (only the depth); when it fails,
/// it is read again keeping the path, so the error names where it happened. The reader then asks Foundation whether
/// the document is valid JSON at all (a syntax error is then Foundation's own error, at the document root), and
/// otherwise reads it once more with the fields of every object in declaration order, the order the Codable back end
/// reads them in, so both paths report the same first error.
public struct JSONReader {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>
    @usableFromInline var index: Int
    /// Containers open around the position.
    @usableFromInline var depth = 0
    /// The coding path, one component per open container, kept only when `tracksPath`.
    @usableFromInline var path: [PathComponent] = []
    @usableFromInline let tracksPath: Bool
    @usableFromInline var order: FieldOrder
    /// Declaration order only: the fields of the objects being read, each object's after its enclosing one's.
    var declaredEntries: [DeclaredOrderEntry] = []
    /// Which fields beyond the 64th of the objects being read were seen, 64 to a word (objects of larger tables).
    var seenBeyond64: [UInt64] = []
    /// The strings of a large document, each repeat made once: the table's slots, not the object (a reference would
    /// cost an atomic retain and release per string). A reader lives within one `decodeDocument` call, which keeps
    /// the table alive.
    let repeatedStrings: RepeatedStrings.Slots?
    /// The last string with escapes made from this document, and where its content is: a document often repeats
    /// one (a tool call's arguments in `tool_call` and again in `tool_calls`, a tool's result in `tool_return` and
    /// `tool_returns`), and the same bytes make the same text. (The repeated-strings table keys on a string's text,
    /// which for these is not its bytes.)
    var lastEscapedString: EscapedString?

    /// A string with escapes that the reader made, by the position of its content in the bytes.
    struct EscapedString {
        let start: Int
        let count: Int
        let text: String
    }

    /// Deepest nesting accepted: 511 containers. `JSONEncoder` refuses to write 512, so anything that decodes can
    /// be encoded again (Foundation's decoder accepts 512).
    public static let maximumDepth = 511
    /// Deepest nesting a skipped value may have: what Foundation's scan accepts (a deeper document is its syntax
    /// error), so skipping never rejects what `JSONDecoder` takes without reading.
    static let scanningDepth = 512

    @usableFromInline
    enum FieldOrder {
        /// As the bytes come (the fast path).
        case document
        /// Declared fields in table order, then unknown keys sorted (what the Codable back end does).
        case declaration
    }

    @usableFromInline
    enum PathComponent {
        /// Inside an object, before its first key (not part of the coding path).
        case objectStart
        /// A key, as the byte range of its text between the quotes (escapes undone only when a path is built).
        case key(start: Int, end: Int, escaped: Bool)
        /// An array element (-1 before the first).
        case index(Int)
    }

    init(bytes: UnsafeBufferPointer<UInt8>, order: FieldOrder, tracksPath: Bool, repeatedStrings: RepeatedStrings? = nil) {
        self.bytes = bytes
        self.index = 0
        self.order = order
        self.tracksPath = tracksPath
        self.repeatedStrings = repeatedStrings?.slots
        // A UTF-8 byte-order mark is skipped, as JSONDecoder does.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    }

    // MARK: Entry points

    /// Decodes a whole document: the value, then nothing but whitespace.
    public static func decode<T: JSONModel>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { raw in try decode(T.self, from: raw) }
    }

    /// Decodes a whole document held in `bytes` (which must stay valid during the call). A large document (4 KiB
    /// or more) makes each string it repeats once (see `RepeatedStrings`).
    public static func decode<T: JSONModel>(_ type: T.Type, from bytes: UnsafeRawBufferPointer) throws -> T {
        let strings = bytes.count >= RepeatedStrings.minimumDocumentBytes ? RepeatedStrings() : nil
        return try decode(T.self, from: bytes, strings: strings)
    }

    /// Decodes a whole document held in `bytes`, one of several decoded one after another with `repeatedStrings`:
    /// a string an earlier one had (an event's message id in a stream, a run id on the lines of a file) is made
    /// once and shared.
    public static func decode<T: JSONModel>(
        _ type: T.Type, from bytes: UnsafeRawBufferPointer, repeatedStrings: RepeatedStrings
    ) throws -> T {
        try decode(T.self, from: bytes, strings: repeatedStrings)
    }

    private static func decode<T: JSONModel>(
        _ type: T.Type, from bytes: UnsafeRawBufferPointer, strings: RepeatedStrings?
    ) throws -> T {
        let buffer = bytes.bindMemory(to: UInt8.self)
        do {
            return try decodeDocument(T.self, buffer, order: .document, tracksPath: false, strings: strings)
        } catch {
            // The same reading again, keeping the coding path: the first error, where it happened.
            let firstError: any Error
            do {
                return try decodeDocument(T.self, buffer, order: .document, tracksPath: true)
            } catch {
                firstError = error
            }
            // A NUL among the first four bytes: JSONDecoder takes the document for UTF-16 or UTF-32 (RFC 4627's
            // detection) and reads it in that encoding; it cannot be UTF-8 JSON, so JSONDecoder's answer is the one.
            if bytes.prefix(4).contains(0) {
                return try JSONDecoder().decode(T.self, from: Data(bytes))
            }
            if let syntaxError = FoundationSyntaxCheck.error(in: bytes) { throw syntaxError }
            // A bad string anywhere (control character, invalid UTF-8, bad escape, lone surrogate): JSONDecoder
            // checks every key of an object when it opens it, before any value, so a bad key later in an object wins
            // over whatever the byte reader met first there, a type mismatch on a union's tag included, and a bad
            // value counts once JSONDecoder reads it in its own order. Only JSONDecoder's own walk gives its answer;
            // it is asked only here, on documents that fail and hold a bad string.
            if JSONStringScanning.Failure.isContentError(firstError) || JSONStringScanning.containsInvalidString(buffer) {
                do {
                    _ = try JSONDecoder().decode(T.self, from: Data(bytes))
                } catch {
                    throw error
                }
            }
            do {
                _ = try decodeDocument(T.self, buffer, order: .declaration, tracksPath: true)
            } catch {
                throw error
            }
            throw firstError
        }
    }

    private static func decodeDocument<T: JSONModel>(
        _ type: T.Type, _ buffer: UnsafeBufferPointer<UInt8>, order: FieldOrder, tracksPath: Bool,
        strings: RepeatedStrings? = nil
    ) throws -> T {
        try withExtendedLifetime(strings) {
            var reader = JSONReader(bytes: buffer, order: order, tracksPath: tracksPath, repeatedStrings: strings)
            let value = try T(reading: &reader)
            reader.skipWhitespace()
            guard reader.index == buffer.count else {
                throw reader.dataCorrupted("Unexpected text after the JSON value at byte \(reader.index).")
            }
            return value
        }
    }

    // MARK: Coding paths and errors

    public var codingPath: [any CodingKey] {
        var keys: [any CodingKey] = []
        keys.reserveCapacity(path.count)
        for component in path {
            switch component {
            case .objectStart: continue
            case .key(let start, let end, let escaped): keys.append(StringCodingKey(keyText(start, end, escaped: escaped)))
            case .index(let position): if position >= 0 { keys.append(IndexCodingKey(position)) }
            }
        }
        return keys
    }

    /// The text of a key from its byte range (escapes undone; invalid text replaced, as it only names a path).
    @usableFromInline
    func keyText(_ start: Int, _ end: Int, escaped: Bool) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if escaped, let text = try? JSONStringScanning.unescape(slice) { return text }  // a path names it anyway
        return String(decoding: slice, as: UTF8.self)
    }

    public func dataCorrupted(_ message: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: message))
    }

    public func typeMismatch(_ type: Any.Type, _ message: String) -> DecodingError {
        .typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: message))
    }

    /// A value of another kind than `type` at the position (`valueNotFound` for null), worded as JSONDecoder's.
    @usableFromInline
    func mismatch(_ type: Any.Type) -> DecodingError {
        if peekByte() == UInt8(ascii: "n") {
            return .valueNotFound(
                type,
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "Cannot get value of type \(type) -- found null value instead"
                ))
        }
        return typeMismatch(type, "Expected to decode \(type) but found \(currentKindDescription) instead.")
    }

    private var currentKindDescription: String {
        switch peekByte() {
        case UInt8(ascii: "{"): "a dictionary"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "bool"
        case UInt8(ascii: "n"): "null"
        default: "number"
        }
    }

    @usableFromInline
    func syntaxError(_ message: String) -> DecodingError {
        dataCorrupted("The given data was not valid JSON: \(message) at byte \(index).")
    }

    // MARK: Bytes

    @inline(__always)
    func peekByte() -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    @usableFromInline
    mutating func expect(_ byte: UInt8, _ what: String) throws {
        skipWhitespace()
        guard peekByte() == byte else { throw syntaxError("expected \(what)") }
        index += 1
    }
}

/// An array position in a coding path (`Index 3`), as Codable reports it.
public struct IndexCodingKey: CodingKey, Sendable {
    public let intValue: Int?
    public let stringValue: String

    public init(_ index: Int) {
        intValue = index
        stringValue = "Index \(index)"
    }

    public init?(stringValue: String) { nil }

    public init?(intValue: Int) {
        self.init(intValue)
    }
}

/// Foundation's verdict on whether bytes are JSON at all: `JSONDecoder` scans the whole document before decoding
/// anything, so a syntax error anywhere is its error, at the root. The byte reader asks only after a failure.
enum FoundationSyntaxCheck {
    private struct AnyDocument: Decodable {
        init(from decoder: any Decoder) throws {}
    }

    static func error(in bytes: UnsafeRawBufferPointer) -> (any Error)? {
        do {
            _ = try JSONDecoder().decode(AnyDocument.self, from: Data(bytes))
            return nil
        } catch {
            return error
        }
    }
}
