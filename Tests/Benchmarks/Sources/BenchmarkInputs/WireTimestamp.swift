@_spi(Tooling) import LettaCodegenRuntime

/// Message dates as the page spells them: `2026-03-31T09:14:07.123456+00:00` (microseconds, explicit UTC offset),
/// computed from an integer microsecond count (the runtime's civil calendar), so no `Date`, `Calendar` or time
/// zone is involved.
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
        let date = CivilCalendar.day(daysSinceEpoch: days)
        return Self.padded(date.year, 4) + "-" + Self.padded(date.month, 2) + "-" + Self.padded(date.day, 2)
            + "T" + Self.padded(secondOfDay / 3_600, 2) + ":" + Self.padded(secondOfDay % 3_600 / 60, 2)
            + ":" + Self.padded(secondOfDay % 60, 2) + "." + Self.padded(fraction, 6) + "+00:00"
    }

    private static func padded(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
