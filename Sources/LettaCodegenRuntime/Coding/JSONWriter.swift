import Foundation

/// The byte-level encoding back end: generated encoding bodies append JSON bytes here directly.
///
/// Output is compact; fields come in their table's order (constants first, then the properties as declared), then
/// unknown keys sorted. It is the JSON `JSONEncoder` writes, up to key order and the spelling of numbers. Writing
/// cannot fail (`Failure` is `Never`).
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
        return writer.buffer.takeData()
    }

    /// Appends `value` as a quoted JSON string (the escapes JSONEncoder uses, `/` left alone).
    static func appendQuoted(_ value: String, to bytes: JSONByteBuffer) {
        // A native string's bytes in place; anything else through a copy.
        if value.utf8.withContiguousStorageIfAvailable({ appendQuoted(utf8: $0, to: bytes) }) != nil { return }
        var value = value
        value.withUTF8 { appendQuoted(utf8: $0, to: bytes) }
    }

    /// Bytes are copied sixteen, then eight at a time while none of them needs an escape: room for a word more than the
    /// string is reserved, each escape reserves what it adds, and the last bytes are copied as the word that ends
    /// the string when the eight bytes before its end were copied as they are (overlapping what was copied already).
    static func appendQuoted(utf8: UnsafeBufferPointer<UInt8>, to bytes: JSONByteBuffer) {
        let count = utf8.count
        bytes.reserve(count + 10)
        var out = bytes.base + bytes.count
        out.pointee = UInt8(ascii: "\"")
        out += 1
        if let source = utf8.baseAddress {
            var index = 0
            // Where the bytes written since the last escape start: a copy of the source from there on.
            var verbatimFrom = 0
            while index < count {
                // The next byte to escape at `index`, or `count`, bytes copied up to it: sixteen at a time (each
                // lane of the comparison is all ones or all zeros, so the lowest set lane is exact), then a word.
                var escape = count
                while index + 16 <= count {
                    let block = UnsafeRawPointer(source + index).loadUnaligned(as: SIMD16<UInt8>.self)
                    UnsafeMutableRawPointer(out).storeBytes(of: block, as: SIMD16<UInt8>.self)
                    if let lane = ByteVectors.lowestSetLane(ByteVectors.quotesBackslashesOrControls(block)) {
                        escape = index + lane
                        break
                    }
                    index += 16
                    out += 16
                }
                while escape == count && index + 8 <= count {
                    let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
                    UnsafeMutableRawPointer(out).storeBytes(of: word, as: UInt64.self)
                    let found = JSONStringScanning.quoteBackslashOrControl(word)
                    if found != 0 {
                        let before = found.trailingZeroBitCount >> 3  // the lowest flagged byte is exact
                        escape = index + before
                        break
                    }
                    index += 8
                    out += 8
                }
                if escape == count && index < count {
                    if count - 8 >= verbatimFrom {
                        // The word ending the string; its first `copied` bytes are copied (and clean) already.
                        let start = count - 8
                        let copied = index - start
                        let word = UnsafeRawPointer(source + start).loadUnaligned(as: UInt64.self)
                        UnsafeMutableRawPointer(out - copied).storeBytes(of: word, as: UInt64.self)
                        let found = JSONStringScanning.quoteBackslashOrControl(word) & ~((1 << UInt64(copied * 8)) &- 1)
                        if found != 0 { escape = start + found.trailingZeroBitCount >> 3 }
                    } else {
                        var position = index
                        while position < count {
                            let byte = source[position]
                            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
                            out[position - index] = byte
                            position += 1
                        }
                        escape = position
                    }
                }
                out += escape - index
                index = escape
                guard index < count else { break }
                // An escape (at most six bytes for one), then room for the rest again.
                bytes.advance(by: bytes.base.distance(to: out) - bytes.count)
                bytes.reserve(6 + count - index + 9)
                out = bytes.base + bytes.count
                let byte = source[index]
                switch byte {
                case UInt8(ascii: "\""):
                    out[0] = UInt8(ascii: "\\")
                    out[1] = UInt8(ascii: "\"")
                    out += 2
                case UInt8(ascii: "\\"):
                    out[0] = UInt8(ascii: "\\")
                    out[1] = UInt8(ascii: "\\")
                    out += 2
                case 0x0A:
                    out[0] = UInt8(ascii: "\\")
                    out[1] = UInt8(ascii: "n")
                    out += 2
                case 0x0D:
                    out[0] = UInt8(ascii: "\\")
                    out[1] = UInt8(ascii: "r")
                    out += 2
                case 0x09:
                    out[0] = UInt8(ascii: "\\")
                    out[1] = UInt8(ascii: "t")
                    out += 2
                case 0x08:
                    out[0] = UInt8(ascii: "\\")
                    out[1] = UInt8(ascii: "b")
                    out += 2
                case 0x0C:
                    out[0] = UInt8(ascii: "\\")
                    out[1] = UInt8(ascii: "f")
                    out += 2
                default:
                    out[0] = UInt8(ascii: "\\")
                    out[1] = UInt8(ascii: "u")
                    out[2] = UInt8(ascii: "0")
                    out[3] = UInt8(ascii: "0")
                    out[4] = hexDigit(byte >> 4)
                    out[5] = hexDigit(byte & 0xF)
                    out += 6
                }
                index += 1
                verbatimFrom = index
            }
        }
        out.pointee = UInt8(ascii: "\"")
        bytes.advance(by: bytes.base.distance(to: out) + 1 - bytes.count)
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
        object.fields.appendQuotedKey(index, first: object.count == 0, to: buffer)
        object.count += 1
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
