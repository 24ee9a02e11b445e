/// Message dates as the page spells them: `2026-03-31T09:14:07.123456+00:00` (microseconds, explicit UTC offset),
/// computed from an integer microsecond count so no `Date`, calendar or time zone is involved.
struct WireTimestamp {
    /// Microseconds since 1970-01-01T00:00:00Z.
    var microsecondsSince1970: Int64

    /// 2026-03-31T09:14:07Z, where every generated page starts.
    static let pageStart = WireTimestamp(microsecondsSince1970: 1_774_948_447 * 1_000_000)

    func advanced(byMicroseconds delta: Int64) -> WireTimestamp {
        WireTimestamp(microsecondsSince1970: microsecondsSince1970 + delta)
    }

    var rfc3339: String {
        let seconds = microsecondsSince1970 / 1_000_000
        let fraction = microsecondsSince1970 % 1_000_000
        let days = seconds / 86_400
        let secondOfDay = seconds % 86_400
        let (year, month, day) = Self.civilDate(daysSince1970: days)
        return Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
            + "T" + Self.padded(secondOfDay / 3_600, 2) + ":" + Self.padded(secondOfDay % 3_600 / 60, 2)
            + ":" + Self.padded(secondOfDay % 60, 2) + "." + Self.padded(fraction, 6) + "+00:00"
    }

    /// Howard Hinnant's `civil_from_days`, for dates after 1970 (the only ones generated).
    private static func civilDate(daysSince1970: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = daysSince1970 + 719_468
        let era = shifted / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
