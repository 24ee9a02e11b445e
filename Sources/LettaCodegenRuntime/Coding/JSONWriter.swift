import Foundation

/// The byte-level encoding back end: generated encoding bodies append JSON bytes here directly.
///
/// Output is compact; fields come in declaration order, then unknown keys sorted. It is the JSON `JSONEncoder`
/// writes, up to key order and the spelling of numbers. Writing cannot fail (`Failure` is `Never`).
public struct JSONWriter {
    let buffer: JSONByteBuffer

    public init(capacity: Int = 4096) {
        buffer = JSONByteBuffer(capacity: capacity)
    }

    /// The JSON written so far.
    public var bytes: [UInt8] { buffer.array }

    /// Encodes a whole value.
    public static func encode<T: JSONModel>(_ value: T) -> Data {
        var writer = JSONWriter()
        value.write(to: &writer)
        return Data(bytes: writer.buffer.base, count: writer.buffer.count)
    }

    /// Appends `value` as a quoted JSON string (the escapes JSONEncoder uses, `/` left alone). Runs without a byte
    /// to escape are found eight bytes at a time and copied whole.
    static func appendQuoted(_ value: String, to bytes: JSONByteBuffer) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let count = utf8.count
            var runStart = 0
            var index = 0
            while index < count {
                if index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let found = JSONStringScanning.quoteBackslashOrControl(word)
                    if found == 0 {
                        index += 8
                        continue
                    }
                    index += found.trailingZeroBitCount >> 3
                }
                let byte = base[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                bytes.append(base + runStart, count: index - runStart)
                switch byte {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\"), UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"), UInt8(ascii: "\\"))
                case 0x0A: bytes.append(UInt8(ascii: "\\"), UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "\\"), UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "\\"), UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "\\"), UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "\\"), UInt8(ascii: "f"))
                default:
                    bytes.append(UInt8(ascii: "\\"), UInt8(ascii: "u"))
                    bytes.append(UInt8(ascii: "0"), UInt8(ascii: "0"))
                    bytes.append(hexDigit(byte >> 4), hexDigit(byte & 0xF))
                }
                index += 1
                runStart = index
            }
            bytes.append(base + runStart, count: count - runStart)
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
            data.withUnsafeBytes { buffer.append($0.bindMemory(to: UInt8.self)) }
        } else {
            buffer.append("null")
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
        buffer.append(UInt8(ascii: "{"))
        return ObjectScope(fields: fields)
    }

    public mutating func nextField(_ index: Int, _ object: inout ObjectScope) {
        if object.count > 0 { buffer.append(UInt8(ascii: ",")) }
        object.count += 1
        object.fields.appendQuotedKey(index, to: buffer)
    }

    public mutating func nextUnknownField(_ key: String, _ object: inout ObjectScope) {
        if object.count > 0 { buffer.append(UInt8(ascii: ",")) }
        object.count += 1
        Self.appendQuoted(key, to: buffer)
        buffer.append(UInt8(ascii: ":"))
    }

    public mutating func endObject(_ object: inout ObjectScope) {
        buffer.append(UInt8(ascii: "}"))
    }

    public mutating func beginArray() -> ArrayScope {
        buffer.append(UInt8(ascii: "["))
        return ArrayScope()
    }

    public mutating func nextElement(_ array: inout ArrayScope) {
        if array.count > 0 { buffer.append(UInt8(ascii: ",")) }
        array.count += 1
    }

    public mutating func endArray(_ array: inout ArrayScope) {
        buffer.append(UInt8(ascii: "]"))
    }

    public mutating func writeNull() {
        buffer.append("null")
    }

    public mutating func writeString(_ value: String) {
        Self.appendQuoted(value, to: buffer)
    }

    public mutating func writeBool(_ value: Bool) {
        buffer.append(value ? "true" : "false")
    }

    public mutating func writeInt(_ value: Int) {
        writeInt64(Int64(value))
    }

    public mutating func writeInt64(_ value: Int64) {
        if value >= 0 && value < 10 {
            buffer.append(UInt8(ascii: "0") + UInt8(value))
            return
        }
        var magnitude = value.magnitude
        var digits = 0
        var scratch = magnitude
        repeat {
            digits += 1
            scratch /= 10
        } while scratch > 0
        let length = digits + (value < 0 ? 1 : 0)
        buffer.reserve(length)
        let end = buffer.base + buffer.count + length
        var position = end
        repeat {
            position -= 1
            position.pointee = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        if value < 0 { (position - 1).pointee = UInt8(ascii: "-") }
        buffer.advance(by: length)
    }

    /// Non-finite numbers have no JSON spelling; they are written as null.
    public mutating func writeDouble(_ value: Double) {
        guard value.isFinite else { return writeNull() }
        if let integer = Int64(exactly: value), integer.magnitude < 1 << 53, value != 0 || value.sign == .plus {
            // `1.0` as `1`, as JSONEncoder writes integral doubles.
            return writeInt64(integer)
        }
        buffer.append(String(value))
    }

    public mutating func writeDecimal(_ value: Decimal) {
        buffer.append(value.description)
    }

    public mutating func writeDate(_ value: Date) {
        RFC3339.appendQuoted(value, to: buffer)
    }

    public mutating func writeModel<T: JSONModel>(_ value: T) {
        value.write(to: &self)
    }
}
