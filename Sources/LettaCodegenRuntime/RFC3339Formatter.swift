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

    /// Writes the text into `buffer` (at least `capacity` bytes) and returns its length: two digits at a time from
    /// a table, the fraction's trailing zeros trimmed from the digits written.
    private static func write(microsecondsSince1970 micros: Int64, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        guard let out = buffer.baseAddress, buffer.count >= capacity else { return 0 }
        let seconds = CivilCalendar.floorDivide(micros, 1_000_000)
        let fraction = Int(micros - seconds * 1_000_000)
        let days = CivilCalendar.floorDivide(seconds, 86_400)
        let secondOfDay = Int(seconds - days * 86_400)
        let date = CivilCalendar.day(daysSinceEpoch: days)
        let year = Int(date.year)
        writePair(year / 100, to: out)
        writePair(year % 100, to: out + 2)
        out[4] = UInt8(ascii: "-")
        writePair(Int(date.month), to: out + 5)
        out[7] = UInt8(ascii: "-")
        writePair(Int(date.day), to: out + 8)
        out[10] = UInt8(ascii: "T")
        writePair(secondOfDay / 3_600, to: out + 11)
        out[13] = UInt8(ascii: ":")
        writePair(secondOfDay / 60 % 60, to: out + 14)
        out[16] = UInt8(ascii: ":")
        writePair(secondOfDay % 60, to: out + 17)
        var count = 19
        if fraction != 0 {
            out[19] = UInt8(ascii: ".")
            writePair(fraction / 10_000, to: out + 20)
            writePair(fraction / 100 % 100, to: out + 22)
            writePair(fraction % 100, to: out + 24)
            count = 26
            while out[count - 1] == UInt8(ascii: "0") { count -= 1 }
        }
        out[count] = UInt8(ascii: "Z")
        return count + 1
    }

    /// `00` to `99`, two bytes each.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// Writes `value` (0–99; anything else is clamped, never read out of the table) as two digits.
    @inline(__always)
    private static func writePair(_ value: Int, to out: UnsafeMutablePointer<UInt8>) {
        let pair = digitPairs.utf8Start + min(max(value, 0), 99) * 2
        out[0] = pair[0]
        out[1] = pair[1]
    }
}
