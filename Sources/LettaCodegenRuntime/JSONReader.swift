import Foundation

/// Decoding without Codable: one pass over the JSON bytes, for generated `init(reading:)` initializers.
///
/// `JSONDecoder` spends most of a model decode in generic dispatch, per-object key tables and reference counting
/// (see README, Performance). Generated types also conform to `JSONFastDecodable`, whose initializers read
/// straight from this reader: keys are matched by a generated `switch`, strings without escapes become `String`
/// directly from the buffer, and errors are `DecodingError`s with the same coding paths Codable reports.
public protocol JSONFastDecodable {
    init(reading reader: inout JSONReader) throws
}

/// A position in JSON bytes plus the coding path to it. Copying a reader saves a position (to try a member and
/// backtrack); it must not outlive the `decode` call that made it.
public struct JSONReader {
    enum PathComponent {
        /// Inside an object, before its first key (not part of the coding path).
        case objectStart
        case key(String)
        case index(Int)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    var path: [PathComponent] = []
    /// Deepest nesting accepted (JSONDecoder's limit too): deeper input is an error, not a stack overflow.
    static let maximumDepth = 512

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        path.reserveCapacity(16)
    }

    /// Decodes a whole document: the value, then nothing but whitespace.
    public static func decode<T: JSONFastDecodable>(_ type: T.Type, from data: Data) throws -> T {
        try data.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.bindMemory(to: UInt8.self))
            // A UTF-8 byte-order mark is skipped, as JSONDecoder does.
            if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { reader.index = 3 }
            let value = try T(reading: &reader)
            reader.skipWhitespace()
            guard reader.index == reader.bytes.count else {
                throw reader.corrupted("Unexpected text after the JSON value at byte \(reader.index)")
            }
            return value
        }
    }

    // MARK: Errors, with Codable's coding paths

    public var codingPath: [any CodingKey] {
        path.compactMap { component -> (any CodingKey)? in
            switch component {
            case .objectStart: nil
            case .key(let key): StringCodingKey(key)
            case .index(let index): index < 0 ? nil : IndexCodingKey(index)
            }
        }
    }

    func corrupted(_ message: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: message))
    }

    /// A value of the wrong kind at the current position.
    public func typeMismatch(_ type: Any.Type, _ message: String) -> DecodingError {
        .typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: message))
    }

    /// A required key missing from the object just read (the path is the object's).
    public func keyNotFound(_ key: String) -> DecodingError {
        .keyNotFound(StringCodingKey(key), DecodingError.Context(
            codingPath: codingPath, debugDescription: "No value associated with key \"\(key)\"."
        ))
    }

    /// Invalid content at the current position (a bad date, a const that does not match, no matching member).
    public func dataCorrupted(_ message: String) -> DecodingError {
        corrupted(message)
    }

    private func mismatch(_ type: Any.Type, expected: String) -> DecodingError {
        if peekByte() == UInt8(ascii: "n") {
            return .valueNotFound(type, DecodingError.Context(
                codingPath: codingPath, debugDescription: "Expected \(expected) but found null instead."
            ))
        }
        return typeMismatch(type, "Expected \(expected) but found \(currentKindDescription) instead.")
    }

    private var currentKindDescription: String {
        switch peekByte() {
        case UInt8(ascii: "{"): "a dictionary"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "bool"
        case UInt8(ascii: "n"): "null"
        default: "a number"
        }
    }

    // MARK: Bytes

    func peekByte() -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The kind of the next value, without reading it.
    public mutating func peekKind() throws -> JSONKind {
        skipWhitespace()
        switch peekByte() {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw corrupted("The given data was not valid JSON (byte \(index)).")
        }
    }

    // MARK: Scalars

    /// Consumes a `null` and returns true, or returns false and leaves the position where it was.
    public mutating func readNullIfPresent() -> Bool {
        skipWhitespace()
        guard index + 4 <= bytes.count, bytes[index] == UInt8(ascii: "n"), bytes[index + 1] == UInt8(ascii: "u"),
              bytes[index + 2] == UInt8(ascii: "l"), bytes[index + 3] == UInt8(ascii: "l") else { return false }
        index += 4
        return true
    }

    public mutating func readBool() throws -> Bool {
        skipWhitespace()
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw mismatch(Bool.self, expected: "to decode Bool")
    }

    private mutating func matchLiteral(_ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        for offset in 0..<length where bytes[index + offset] != literal.utf8Start[offset] { return false }
        index += length
        return true
    }

    public mutating func readString() throws -> String {
        skipWhitespace()
        guard peekByte() == UInt8(ascii: "\"") else { throw mismatch(String.self, expected: "to decode String") }
        return try scanString()
    }

    /// A string token at the current position (the opening quote is next).
    mutating func scanString() throws -> String {
        index += 1
        let start = index
        var hasEscapes = false
        var isASCII = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                if !isASCII, let invalid = UTF8Check.firstInvalidByte(in: slice) {
                    throw corrupted("Invalid UTF-8 in string at byte \(start + invalid).")
                }
                index += 1
                return hasEscapes ? try unescape(slice) : String(decoding: slice, as: UTF8.self)
            }
            if byte >= 0x80 { isASCII = false }
            if byte == UInt8(ascii: "\\") {
                hasEscapes = true
                index += 2
                continue
            }
            if byte < 0x20 { throw corrupted("Unescaped control character in string at byte \(index).") }
            index += 1
        }
        throw corrupted("Unterminated string.")
    }

    private func unescape(_ slice: UnsafeBufferPointer<UInt8>) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var position = 0
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= slice.count else { throw corrupted("Invalid \\u escape in string.") }
            var value: UInt32 = 0
            for byte in slice[at..<at + 4] {
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw corrupted("Invalid \\u escape in string.")
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while position < slice.count {
            let byte = slice[position]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                position += 1
                continue
            }
            guard position + 1 < slice.count else { throw corrupted("Invalid escape in string.") }
            let escaped = slice[position + 1]
            position += 2
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var code = try hex4(position)
                position += 4
                if (0xD800...0xDBFF).contains(code), position + 6 <= slice.count,
                   slice[position] == UInt8(ascii: "\\"), slice[position + 1] == UInt8(ascii: "u") {
                    let low = try hex4(position + 2)
                    if (0xDC00...0xDFFF).contains(low) {
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        position += 6
                    }
                }
                guard let scalar = Unicode.Scalar(code) else { throw corrupted("Invalid unicode scalar in string.") }
                out.append(contentsOf: String(scalar).utf8)
            default:
                throw corrupted("Invalid escape in string.")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text of a number token, and whether it has a fraction or exponent.
    private mutating func scanNumber(for type: Any.Type, expected: String) throws -> (text: String, isIntegerText: Bool) {
        skipWhitespace()
        let start = index
        let first = peekByte()
        guard first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else {
            throw mismatch(type, expected: expected)
        }
        // JSON's grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        func digits() -> Int {
            let from = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - from
        }
        if peekByte() == UInt8(ascii: "-") { index += 1 }
        let leadingZero = peekByte() == UInt8(ascii: "0")
        let integerDigits = digits()
        var isIntegerText = true
        var valid = integerDigits > 0 && !(leadingZero && integerDigits > 1)
        if valid, peekByte() == UInt8(ascii: ".") {
            index += 1
            isIntegerText = false
            valid = digits() > 0
        }
        if valid, peekByte() == UInt8(ascii: "e") || peekByte() == UInt8(ascii: "E") {
            index += 1
            isIntegerText = false
            if peekByte() == UInt8(ascii: "+") || peekByte() == UInt8(ascii: "-") { index += 1 }
            valid = digits() > 0
        }
        guard valid else { throw corrupted("Invalid number at byte \(start).") }
        return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self), isIntegerText)
    }

    public mutating func readInt() throws -> Int {
        let start = index
        let (text, isIntegerText) = try scanNumber(for: Int.self, expected: "to decode Int")
        if isIntegerText, let value = Int(text) { return value }
        if let double = Double(text), let value = Int(exactly: double) { return value }
        index = start
        skipWhitespace()
        throw corrupted("Number \(text) is not representable in Swift.")
    }

    public mutating func readDouble() throws -> Double {
        let (text, _) = try scanNumber(for: Double.self, expected: "to decode Double")
        guard let value = Double(text), value.isFinite else { throw corrupted("Number \(text) is not representable in Swift.") }
        return value
    }

    /// An RFC 3339 date-time string (see `RFC3339.parse`).
    public mutating func readDate() throws -> Date {
        let text = try readString()
        guard let date = RFC3339.parse(text) else {
            throw corrupted("Expected an RFC 3339 date-time, found \"\(text)\"")
        }
        return date
    }

    /// A `const` property: the expected value or an accepted alias; anything else names the key.
    public mutating func readConstant(_ expected: String, acceptedAliases: [String]) throws {
        // null counts as absent, as `decodeConstant` does with `decodeIfPresent`.
        if readNullIfPresent() { return }
        let value = try readString()
        guard value == expected || acceptedAliases.contains(value) else {
            throw corrupted("Expected \"\(expected)\", found \"\(value)\"")
        }
    }

    // MARK: Containers

    /// Expects `{` and prepares for `nextKey()`.
    public mutating func beginObject() throws {
        skipWhitespace()
        guard peekByte() == UInt8(ascii: "{") else { throw mismatch([String: Any].self, expected: "to decode Dictionary<String, Any>") }
        guard path.count < Self.maximumDepth else { throw corrupted("Too many nested arrays or dictionaries.") }
        index += 1
        path.append(.objectStart)
    }

    /// The next key of the object (its value is next), or nil after the closing brace.
    public mutating func nextKey() throws -> String? {
        skipWhitespace()
        if peekByte() == UInt8(ascii: "}") {
            index += 1
            path.removeLast()
            return nil
        }
        if case .objectStart = path[path.count - 1] {
            // The first key: no comma before it.
        } else {
            guard peekByte() == UInt8(ascii: ",") else { throw corrupted("Expected ',' or '}' at byte \(index).") }
            index += 1
            skipWhitespace()
        }
        guard peekByte() == UInt8(ascii: "\"") else { throw corrupted("Expected a key at byte \(index).") }
        let key = try scanString()
        skipWhitespace()
        guard peekByte() == UInt8(ascii: ":") else { throw corrupted("Expected ':' at byte \(index).") }
        index += 1
        path[path.count - 1] = .key(key)
        return key
    }

    /// Expects `[` and prepares for `nextElement()`.
    public mutating func beginArray() throws {
        skipWhitespace()
        guard peekByte() == UInt8(ascii: "[") else { throw mismatch([Any].self, expected: "to decode Array<Any>") }
        guard path.count < Self.maximumDepth else { throw corrupted("Too many nested arrays or dictionaries.") }
        index += 1
        path.append(.index(-1))
    }

    /// True when another element follows (it is next), false after the closing bracket.
    public mutating func nextElement() throws -> Bool {
        skipWhitespace()
        guard case .index(let previous) = path[path.count - 1] else { return false }
        if peekByte() == UInt8(ascii: "]") {
            index += 1
            path.removeLast()
            return false
        }
        if previous >= 0 {
            guard peekByte() == UInt8(ascii: ",") else { throw corrupted("Expected ',' or ']' at byte \(index).") }
            index += 1
        }
        path[path.count - 1] = .index(previous + 1)
        return true
    }

    /// Skips one value of any kind.
    public mutating func skipValue() throws {
        switch try peekKind() {
        case .object:
            try beginObject()
            while try nextKey() != nil { try skipValue() }
        case .array:
            try beginArray()
            while try nextElement() { try skipValue() }
        case .string: _ = try scanString()
        case .bool: _ = try readBool()
        case .null: _ = readNullIfPresent()
        case .number: _ = try scanNumber(for: Double.self, expected: "a number")
        }
    }

    // MARK: Lookahead (the position is left unchanged)

    /// The string value of `key` in the object at the current position, or nil when absent or null.
    public func peekString(forKey key: String) throws -> String? {
        var lookahead = self
        try lookahead.beginObject()
        while let current = try lookahead.nextKey() {
            if current == key {
                if lookahead.readNullIfPresent() { return nil }
                return try lookahead.readString()
            }
            try lookahead.skipValue()
        }
        return nil
    }

    /// The keys of the object at the current position.
    public func peekKeys() throws -> Set<String> {
        var lookahead = self
        var keys = Set<String>()
        try lookahead.beginObject()
        while let key = try lookahead.nextKey() {
            keys.insert(key)
            try lookahead.skipValue()
        }
        return keys
    }

    // MARK: Free-form JSON

    public mutating func readJSONValue() throws -> JSONValue {
        switch try peekKind() {
        case .null:
            _ = readNullIfPresent()
            return .null
        case .bool: return .bool(try readBool())
        case .string: return .string(try scanString())
        case .number:
            let (text, isIntegerText) = try scanNumber(for: Double.self, expected: "a number")
            if isIntegerText, let integer = Int64(text) { return .integer(integer) }
            guard let double = Double(text), double.isFinite else {
                throw corrupted("Number \(text) is not representable in Swift.")
            }
            // As JSONValue's Codable decoding does: an integral value that fits Int64 is an integer.
            if let integer = Int64(exactly: double) { return .integer(integer) }
            return .double(double)
        case .array:
            var elements: [JSONValue] = []
            try beginArray()
            while try nextElement() { elements.append(try readJSONValue()) }
            return .array(elements)
        case .object:
            var members: [String: JSONValue] = [:]
            try beginObject()
            while let key = try nextKey() { members[key] = try readJSONValue() }
            return .object(members)
        }
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

extension String: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readString() }
}

extension Int: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readInt() }
}

extension Double: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readDouble() }
}

extension Bool: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readBool() }
}

extension JSONValue: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws { self = try reader.readJSONValue() }
}

extension Array: JSONFastDecodable where Element: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws {
        self = []
        try reader.beginArray()
        while try reader.nextElement() { append(try Element(reading: &reader)) }
    }
}

extension Dictionary: JSONFastDecodable where Key == String, Value: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws {
        self = [:]
        try reader.beginObject()
        while let key = try reader.nextKey() { self[key] = try Value(reading: &reader) }
    }
}

extension Optional: JSONFastDecodable where Wrapped: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws {
        self = reader.readNullIfPresent() ? nil : try Wrapped(reading: &reader)
    }
}

extension Nullable: JSONFastDecodable where Wrapped: JSONFastDecodable {
    public init(reading reader: inout JSONReader) throws {
        self = reader.readNullIfPresent() ? .null : .value(try Wrapped(reading: &reader))
    }
}

extension UnknownVariant {
    /// The whole value at the reader, kept with the discriminator value seen.
    public init(discriminator: String?, reading reader: inout JSONReader) throws {
        self.init(discriminator: discriminator, raw: try reader.readJSONValue())
    }
}

/// Finds the first byte that breaks UTF-8 (overlongs, surrogates and truncated sequences included).
enum UTF8Check {
    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt8 = 0x80
            var maximum: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minimum = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maximum = 0x9F
            case 0xF0: length = 4; minimum = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maximum = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            guard bytes[index + 1] >= minimum && bytes[index + 1] <= maximum else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
