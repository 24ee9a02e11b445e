/// The byte-level RFC 3339 formatter behind `RFC3339.format(_:)`; writes into one string buffer.
enum RFC3339Formatter {
    /// The longest output: `9999-12-31T23:59:59.999999Z`.
    private static let capacity = 27

    /// `YYYY-MM-DDTHH:MM:SS[.ffffff]Z` in UTC for an instant in microseconds since 1970 (years 0000–9999).
    static func string(microsecondsSince1970 micros: Int64) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in write(microsecondsSince1970: micros, into: buffer) }
    }

    /// Appends the quoted text to JSON bytes (it never needs escaping).
    static func appendQuoted(microsecondsSince1970 micros: Int64, to bytes: JSONByteBuffer) {
        bytes.reserve(capacity + 2)
        let opening: UnsafeMutablePointer<UInt8> = bytes.base + bytes.count
        opening.pointee = UInt8(ascii: "\"")
        let written = write(microsecondsSince1970: micros, into: UnsafeMutableBufferPointer(start: opening + 1, count: capacity))
        opening[written + 1] = UInt8(ascii: "\"")
        bytes.advance(by: written + 2)
    }

    /// Writes the text into `buffer` (at least `capacity` bytes) and returns its length.
    private static func write(microsecondsSince1970 micros: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let seconds = CivilCalendar.floorDivide(micros, 1_000_000)
        let fraction = micros - seconds * 1_000_000
        let days = CivilCalendar.floorDivide(seconds, 86_400)
        let secondOfDay = seconds - days * 86_400
        let date = CivilCalendar.day(daysSinceEpoch: days)
        var writer = ASCIIWriter(buffer: buffer)
        writer.writeDigits(date.year, count: 4)
        writer.write(UInt8(ascii: "-"))
        writer.writeDigits(date.month, count: 2)
        writer.write(UInt8(ascii: "-"))
        writer.writeDigits(date.day, count: 2)
        writer.write(UInt8(ascii: "T"))
        writer.writeDigits(secondOfDay / 3_600, count: 2)
        writer.write(UInt8(ascii: ":"))
        writer.writeDigits(secondOfDay / 60 % 60, count: 2)
        writer.write(UInt8(ascii: ":"))
        writer.writeDigits(secondOfDay % 60, count: 2)
        if fraction != 0 {
            var trimmed = fraction
            var digitCount = 6
            while trimmed % 10 == 0 {
                trimmed /= 10
                digitCount -= 1
            }
            writer.write(UInt8(ascii: "."))
            writer.writeDigits(trimmed, count: digitCount)
        }
        writer.write(UInt8(ascii: "Z"))
        return writer.count
    }
}

/// Appends ASCII bytes to a fixed buffer that is known to be large enough.
private struct ASCIIWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    /// Appends one byte.
    mutating func write(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    /// Appends the non-negative `value` as exactly `count` digits, zero-padded on the left.
    mutating func writeDigits(_ value: Int64, count digitCount: Int) {
        var remaining = value
        var position = count + digitCount - 1
        while position >= count {
            buffer[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
            position -= 1
        }
        count += digitCount
    }
}
