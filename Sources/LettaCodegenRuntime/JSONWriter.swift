import Foundation

/// Encoding without Codable: generated `write(to:)` methods append JSON bytes here directly.
///
/// The counterpart of `JSONReader`. Output is compact; properties come in declaration order, then unknown keys in
/// sorted order. It is the same JSON as `JSONEncoder` writes, up to key order and number spelling.
public protocol JSONFastEncodable {
    func write(to writer: inout JSONWriter)
}

public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    /// A value was just completed at this level, so the next key or element needs a comma first.
    private var needsComma = false

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Encodes a whole value.
    public static func encode<T: JSONFastEncodable>(_ value: T) -> Data {
        var writer = JSONWriter()
        value.write(to: &writer)
        return Data(writer.bytes)
    }

    private mutating func beginValue() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    public mutating func beginObject() {
        beginValue()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        beginValue()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// `"key":` (the value follows).
    public mutating func writeKey(_ key: String) {
        beginValue()
        appendQuoted(key)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func writeString(_ value: String) {
        beginValue()
        appendQuoted(value)
        needsComma = true
    }

    public mutating func writeInt(_ value: Int) {
        beginValue()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    public mutating func writeInt64(_ value: Int64) {
        beginValue()
        bytes.append(contentsOf: String(value).utf8)
        needsComma = true
    }

    /// Non-finite numbers have no JSON spelling; they are written as null.
    public mutating func writeDouble(_ value: Double) {
        beginValue()
        bytes.append(contentsOf: (value.isFinite ? String(value) : "null").utf8)
        needsComma = true
    }

    public mutating func writeBool(_ value: Bool) {
        beginValue()
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
        needsComma = true
    }

    public mutating func writeNull() {
        beginValue()
        bytes.append(contentsOf: "null".utf8)
        needsComma = true
    }

    /// RFC 3339 in UTC with `Z` (see `RFC3339.format`).
    public mutating func writeDate(_ value: Date) {
        writeString(RFC3339.format(value))
    }

    /// Unknown keys, sorted, skipping any that a property of the type writes itself.
    public mutating func writeAdditionalProperties(_ values: [String: JSONValue], excluding knownKeys: Set<String>) {
        guard !values.isEmpty else { return }
        for key in values.keys.sorted() where !knownKeys.contains(key) {
            guard let value = values[key] else { continue }
            writeKey(key)
            value.write(to: &self)
        }
    }

    private mutating func appendQuoted(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        let utf8 = value.utf8
        if utf8.withContiguousStorageIfAvailable({ Self.needsNoEscaping($0) }) == true {
            bytes.append(contentsOf: utf8)
        } else {
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0..<0x20:
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0xF)])
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private static func needsNoEscaping(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in buffer where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            return false
        }
        return true
    }
}

extension String: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) { writer.writeString(self) }
}

extension Int: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) { writer.writeInt(self) }
}

extension Double: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) { writer.writeDouble(self) }
}

extension Bool: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) { writer.writeBool(self) }
}

extension JSONValue: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.writeNull()
        case .bool(let value): writer.writeBool(value)
        case .integer(let value): writer.writeInt64(value)
        case .double(let value): writer.writeDouble(value)
        case .string(let value): writer.writeString(value)
        case .array(let elements):
            writer.beginArray()
            for element in elements { element.write(to: &writer) }
            writer.endArray()
        case .object(let members):
            writer.beginObject()
            for key in members.keys.sorted() {
                guard let value = members[key] else { continue }
                writer.writeKey(key)
                value.write(to: &writer)
            }
            writer.endObject()
        }
    }
}

extension Array: JSONFastEncodable where Element: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) {
        writer.beginArray()
        for element in self { element.write(to: &writer) }
        writer.endArray()
    }
}

extension Dictionary: JSONFastEncodable where Key == String, Value: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) {
        writer.beginObject()
        for key in keys.sorted() {
            guard let value = self[key] else { continue }
            writer.writeKey(key)
            value.write(to: &writer)
        }
        writer.endObject()
    }
}

extension Optional: JSONFastEncodable where Wrapped: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) {
        switch self {
        case .none: writer.writeNull()
        case .some(let wrapped): wrapped.write(to: &writer)
        }
    }
}

extension Nullable: JSONFastEncodable where Wrapped: JSONFastEncodable {
    public func write(to writer: inout JSONWriter) {
        switch self {
        case .null: writer.writeNull()
        case .value(let wrapped): wrapped.write(to: &writer)
        }
    }
}

extension UnknownVariant: JSONFastEncodable {
    /// Writes `raw` unchanged.
    public func write(to writer: inout JSONWriter) { raw.write(to: &writer) }
}
