/// The byte-level RFC 3339 parser behind `RFC3339.parse(_:)`; works on UTF-8 bytes in place.
enum RFC3339Parser {
    private static let microsecondsPerSecond: Int64 = 1_000_000
    private static let maximumFractionDigits = 9
    private static let keptFractionDigits = 6

    /// The instant `bytes` denote, in microseconds since 1970 (UTC), or `nil` if they are not
    /// an RFC 3339 date-time as described on `RFC3339.parse(_:)`.
    static func microsecondsSince1970(parsing bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count >= 19, let base = bytes.baseAddress else { return nil }
        // `YYYY-MM-DDTHH:MM:SS` read as three words: bytes 0–7 (`YYYY-MM-`), 8–15 (`DDTHH:MM`) and 11–18
        // (`HH:MM:SS`, for the seconds), the first byte lowest.
        let raw = UnsafeRawPointer(base)
        let yearMonth = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let dayHourMinute = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        let time = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 11, as: UInt64.self))
        guard areDigits(yearMonth, in: 0x00FF_FF00_FFFF_FFFF), yearMonth & 0xFF00_00FF_0000_0000 == 0x2D00_002D_0000_0000,
            areDigits(dayHourMinute, in: 0xFFFF_00FF_FF00_FFFF), isDateTimeSeparator(byte(dayHourMinute, 2)),
            byte(dayHourMinute, 5) == UInt8(ascii: ":"),
            areDigits(time, in: 0xFFFF_0000_0000_0000), byte(time, 5) == UInt8(ascii: ":")
        else { return nil }
        let year = digits(yearMonth, 0, 1) * 100 + digits(yearMonth, 2, 3)
        let month = digits(yearMonth, 5, 6)
        let day = digits(dayHourMinute, 0, 1)
        let hour = digits(dayHourMinute, 3, 4)
        let minute = digits(dayHourMinute, 6, 7)
        let second = digits(time, 6, 7)
        guard (1...12).contains(month),
            day >= 1, day <= CivilCalendar.daysInMonth(month, year: year),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }

        var index = 19
        var fractionMicros: Int64 = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            let fractionStart = index
            while index < bytes.count, let digit = digitValue(bytes[index]) {
                let position = index - fractionStart
                guard position < maximumFractionDigits else { return nil }
                if position < keptFractionDigits {
                    fractionMicros = fractionMicros * 10 + digit
                }
                index += 1
            }
            let fractionDigits = index - fractionStart
            guard fractionDigits > 0 else { return nil }
            for _ in min(fractionDigits, keptFractionDigits)..<keptFractionDigits {
                fractionMicros *= 10
            }
        }

        guard let offsetSeconds = utcOffsetSeconds(bytes, from: index) else { return nil }

        let days = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second - offsetSeconds
        return seconds * microsecondsPerSecond + fractionMicros
    }

    /// The UTC offset in seconds written from `index` to the end (`Z`, `z`, `±hh:mm`, or nothing
    /// for a naive time taken as UTC), or `nil` if that tail is anything else.
    private static func utcOffsetSeconds(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int64? {
        let remaining = bytes.count - index
        if remaining == 0 { return 0 }
        let designator = bytes[index]
        if remaining == 1, designator == UInt8(ascii: "Z") || designator == UInt8(ascii: "z") {
            return 0
        }
        guard remaining == 6,
            designator == UInt8(ascii: "+") || designator == UInt8(ascii: "-"),
            let hours = twoDigits(bytes, at: index + 1), bytes[index + 3] == UInt8(ascii: ":"),
            let minutes = twoDigits(bytes, at: index + 4),
            hours <= 23, minutes <= 59
        else { return nil }
        let magnitude = hours * 3_600 + minutes * 60
        return designator == UInt8(ascii: "-") ? -magnitude : magnitude
    }

    /// `T`, `t`, or a space (Python's `str(datetime)`) between the date and the time.
    private static func isDateTimeSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "T") || byte == UInt8(ascii: "t") || byte == UInt8(ascii: " ")
    }

    /// Whether the bytes of `word` that `lanes` selects (0xFF each) are all ASCII digits: each is 0x30–0x3F, and
    /// still is after adding 6 (no byte that passes the first test carries into the next).
    @inline(__always)
    private static func areDigits(_ word: UInt64, in lanes: UInt64) -> Bool {
        let highNibbles: UInt64 = 0xF0F0_F0F0_F0F0_F0F0
        let zeros: UInt64 = 0x3030_3030_3030_3030
        return word & highNibbles & lanes == zeros & lanes
            && (word &+ 0x0606_0606_0606_0606) & highNibbles & lanes == zeros & lanes
    }

    /// Byte `lane` of `word` (0 is the lowest).
    @inline(__always)
    private static func byte(_ word: UInt64, _ lane: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: word >> UInt64(lane * 8))
    }

    /// The two-digit number in bytes `tens` and `ones` of `word` (both known to be digits).
    @inline(__always)
    private static func digits(_ word: UInt64, _ tens: Int, _ ones: Int) -> Int64 {
        Int64(byte(word, tens) & 0x0F) * 10 + Int64(byte(word, ones) & 0x0F)
    }

    /// The value of the two ASCII digits at `start`, or `nil` if either is not one. The caller guarantees the
    /// bytes exist.
    @inline(__always)
    private static func twoDigits(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int64? {
        let tens = bytes[start] &- UInt8(ascii: "0")
        let ones = bytes[start + 1] &- UInt8(ascii: "0")
        guard tens < 10, ones < 10 else { return nil }
        return Int64(tens) * 10 + Int64(ones)
    }

    /// The value of an ASCII digit byte, or `nil` for any other byte.
    @inline(__always)
    private static func digitValue(_ byte: UInt8) -> Int64? {
        let value = byte &- UInt8(ascii: "0")
        return value < 10 ? Int64(value) : nil
    }
}
