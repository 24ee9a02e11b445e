import Foundation

/// The byte-level encoding back end: generated encoding bodies append JSON bytes here directly.
///
/// Output is compact; fields come in declaration order, then unknown keys sorted. It is the JSON `JSONEncoder`
/// writes, up to key order and the spelling of numbers. Writing cannot fail (`Failure` is `Never`).
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Encodes a whole value.
    public static func encode<T: JSONModel>(_ value: T) -> Data {
        var writer = JSONWriter()
        value.write(to: &writer)
        return Data(writer.bytes)
    }

    /// Appends `value` as a quoted JSON string (the escapes JSONEncoder uses, `/` left alone).
    static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for (offset, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<offset]))
                runStart = offset + 1
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                              hexDigit(byte >> 4), hexDigit(byte & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    /// `JSONEncoder`'s output for a value without a generated body.
    mutating func encodeWithFoundation<T: Encodable>(_ value: T) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if let data = try? encoder.encode(value) {
            bytes.append(contentsOf: data)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }
}

@_spi(Generated) extension JSONWriter: ModelWriter {
    public typealias Failure = Never

    public struct ObjectScope {
        @usableFromInline let fields: FieldTable
        @usableFromInline var count = 0
    }

    public struct ArrayScope {
        @usableFromInline var count = 0
    }

    public mutating func beginObject(_ fields: FieldTable) -> ObjectScope {
        bytes.append(UInt8(ascii: "{"))
        return ObjectScope(fields: fields)
    }

    public mutating func nextField(_ index: Int, _ object: inout ObjectScope) {
        if object.count > 0 { bytes.append(UInt8(ascii: ",")) }
        object.count += 1
        bytes.append(contentsOf: object.fields.quotedKeys[index])
    }

    public mutating func nextUnknownField(_ key: String, _ object: inout ObjectScope) {
        if object.count > 0 { bytes.append(UInt8(ascii: ",")) }
        object.count += 1
        Self.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func endObject(_ object: inout ObjectScope) {
        bytes.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() -> ArrayScope {
        bytes.append(UInt8(ascii: "["))
        return ArrayScope()
    }

    public mutating func nextElement(_ array: inout ArrayScope) {
        if array.count > 0 { bytes.append(UInt8(ascii: ",")) }
        array.count += 1
    }

    public mutating func endArray(_ array: inout ArrayScope) {
        bytes.append(UInt8(ascii: "]"))
    }

    public mutating func writeNull() {
        bytes.append(contentsOf: "null".utf8)
    }

    public mutating func writeString(_ value: String) {
        Self.appendQuoted(value, to: &bytes)
    }

    public mutating func writeBool(_ value: Bool) {
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    public mutating func writeInt(_ value: Int) {
        writeInt64(Int64(value))
    }

    public mutating func writeInt64(_ value: Int64) {
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var magnitude = value.magnitude
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]))
        }
    }

    /// Non-finite numbers have no JSON spelling; they are written as null.
    public mutating func writeDouble(_ value: Double) {
        guard value.isFinite else { return writeNull() }
        if let integer = Int64(exactly: value), integer.magnitude < 1 << 53, value != 0 || value.sign == .plus {
            // `1.0` as `1`, as JSONEncoder writes integral doubles.
            return writeInt64(integer)
        }
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func writeDecimal(_ value: Decimal) {
        bytes.append(contentsOf: value.description.utf8)
    }

    public mutating func writeDate(_ value: Date) {
        writeString(RFC3339.format(value))
    }

    public mutating func writeModel<T: JSONModel>(_ value: T) {
        value.write(to: &self)
    }
}
