/// The byte-level RFC 3339 parser behind `RFC3339.parse(_:)`; works on UTF-8 bytes in place.
enum RFC3339Parser {
    private static let microsecondsPerSecond: Int64 = 1_000_000
    private static let maximumFractionDigits = 9
    private static let keptFractionDigits = 6

    /// The instant `bytes` denote, in microseconds since 1970 (UTC), or `nil` if they are not
    /// an RFC 3339 date-time as described on `RFC3339.parse(_:)`.
    static func microsecondsSince1970(parsing bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard bytes.count >= 19,
            let year = digits(bytes, at: 0, count: 4), bytes[4] == UInt8(ascii: "-"),
            let month = digits(bytes, at: 5, count: 2), bytes[7] == UInt8(ascii: "-"),
            let day = digits(bytes, at: 8, count: 2), isDateTimeSeparator(bytes[10]),
            let hour = digits(bytes, at: 11, count: 2), bytes[13] == UInt8(ascii: ":"),
            let minute = digits(bytes, at: 14, count: 2), bytes[16] == UInt8(ascii: ":"),
            let second = digits(bytes, at: 17, count: 2)
        else { return nil }
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
            let hours = digits(bytes, at: index + 1, count: 2), bytes[index + 3] == UInt8(ascii: ":"),
            let minutes = digits(bytes, at: index + 4, count: 2),
            hours <= 23, minutes <= 59
        else { return nil }
        let magnitude = hours * 3_600 + minutes * 60
        return designator == UInt8(ascii: "-") ? -magnitude : magnitude
    }

    /// `T`, `t`, or a space (Python's `str(datetime)`) between the date and the time.
    private static func isDateTimeSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "T") || byte == UInt8(ascii: "t") || byte == UInt8(ascii: " ")
    }

    /// The value of exactly `count` ASCII digits starting at `start`, or `nil` if any is not one.
    /// The caller guarantees the bytes exist.
    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, count: Int) -> Int64? {
        var value: Int64 = 0
        for index in start..<(start + count) {
            guard let digit = digitValue(bytes[index]) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    /// The value of an ASCII digit byte, or `nil` for any other byte.
    private static func digitValue(_ byte: UInt8) -> Int64? {
        let value = byte &- UInt8(ascii: "0")
        return value < 10 ? Int64(value) : nil
    }
}
