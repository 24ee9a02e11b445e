import Foundation

/// RFC 3339 date-time parsing and formatting, hand-written for speed and exact round trips
/// (no `DateFormatter`, no allocation while parsing).
///
/// Dates denote instants from 0000-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z (after applying the offset);
/// anything outside is rejected on decode, and clamped to that range on encode, so encoding never writes a string
/// the decoder rejects. Instants are kept to the microsecond, the precision the Letta API (Python) emits.
/// A decoded date is `Date(timeIntervalSince1970:)` of the decimal value (it equals the date written from the
/// same Unix timestamp literal). `Date` stores a `Double` of seconds since 2001, so the microsecond comes back
/// exactly where two roundings stay below half a microsecond: Unix times from -3,316,000,000 s to 2^32 s
/// (1864-12-01 to 2106-02-07), pinned by tests. Outside that range a date is within a few microseconds of its
/// text (about 60 µs in year 9999), and decoding what it encodes to gives the same `Date` again.
public enum RFC3339 {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction][Z|z|±hh:mm]`, returning `nil` for anything else.
    ///
    /// - The separator may be `T`, `t` or a single space (as Python's `str(datetime)` emits).
    /// - The fraction has 1–9 digits; digits beyond the sixth are truncated (never rounded),
    ///   so the calendar fields of the result never change (no carry into the next second).
    /// - Without an offset the time is naive and taken as UTC; `-00:00` is also UTC.
    /// - Ranges are validated (month, day of month with leap years, hour 0–23, minute 0–59,
    ///   second 0–59 — leap second `60` is rejected, offset up to `±23:59`); trailing characters
    ///   and non-ASCII digits are rejected, as are instants outside years 0000–9999 UTC.
    public static func parse(_ text: String) -> Date? {
        guard let micros = microsecondsSince1970(parsing: text) else { return nil }
        return date(microsecondsSince1970: micros)
    }

    /// Formats `date` in UTC as `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.
    ///
    /// The instant is rounded to the nearest microsecond. The fraction is omitted for a whole second and otherwise
    /// written with up to 6 digits, trailing zeros trimmed, so `2019-12-27T18:11:19.117Z` round-trips exactly.
    /// Instants outside 0000-01-01T00:00:00Z…9999-12-31T23:59:59.999999Z are written as the nearer bound; a
    /// non-finite `Date` as 1970-01-01T00:00:00Z.
    public static func format(_ date: Date) -> String {
        RFC3339Formatter.string(microsecondsSince1970: microsecondsSince1970(of: date))
    }

    /// Appends `format(date)` in quotes to JSON bytes.
    static func appendQuoted(_ date: Date, to bytes: JSONByteBuffer) {
        RFC3339Formatter.appendQuoted(microsecondsSince1970: microsecondsSince1970(of: date), to: bytes)
    }

    /// The first and last instants a date may denote, in microseconds since 1970.
    static let earliestMicroseconds: Int64 = CivilCalendar.daysSinceEpoch(year: 0, month: 1, day: 1) * 86_400_000_000
    static let latestMicroseconds: Int64 = CivilCalendar.daysSinceEpoch(year: 10_000, month: 1, day: 1) * 86_400_000_000 - 1
    /// 2001-01-01T00:00:00Z, `Date`'s reference instant, in microseconds since 1970.
    static let referenceMicroseconds: Int64 = 978_307_200_000_000

    /// `parse(_:)` on UTF-8 bytes in place.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard let micros = RFC3339Parser.microsecondsSince1970(parsing: bytes),
            micros >= earliestMicroseconds, micros <= latestMicroseconds
        else { return nil }
        return date(microsecondsSince1970: micros)
    }

    /// Parses `text` (see `parse(_:)`) to an exact integer count of microseconds since 1970,
    /// for comparisons that must not go through `Double`.
    static func microsecondsSince1970(parsing text: String) -> Int64? {
        var text = text
        let micros = text.withUTF8 { RFC3339Parser.microsecondsSince1970(parsing: $0) }
        guard let micros, micros >= earliestMicroseconds, micros <= latestMicroseconds else { return nil }
        return micros
    }

    /// The `Date` for an exact microsecond count, built as `Date(timeIntervalSince1970:)` builds it from the
    /// decimal literal (`1724884463.435997`), so a decoded date equals the one written from a Unix timestamp.
    static func date(microsecondsSince1970 micros: Int64) -> Date {
        Date(timeIntervalSince1970: Double(micros) / 1_000_000)
    }

    /// The microsecond count to write for `date`: the nearest one, or, where doubles are coarser than a
    /// microsecond, the nearest one that parses back to this very `Date` (so re-encoding is stable); clamped to
    /// the representable years; 0 for a non-finite date.
    static func microsecondsSince1970(of date: Date) -> Int64 {
        let seconds = date.timeIntervalSinceReferenceDate
        guard seconds.isFinite else { return 0 }
        if seconds < Double(earliestMicroseconds - referenceMicroseconds) / 1_000_000 - 1 { return earliestMicroseconds }
        if seconds > Double(latestMicroseconds - referenceMicroseconds) / 1_000_000 + 1 { return latestMicroseconds }
        // Whole seconds and the fraction apart: both conversions are exact but the last rounding.
        let whole = seconds.rounded(.down)
        let fraction = ((seconds - whole) * 1_000_000).rounded()
        let nearest = min(max(Int64(whole) * 1_000_000 + Int64(fraction) + referenceMicroseconds, earliestMicroseconds), latestMicroseconds)
        if self.date(microsecondsSince1970: nearest) == date { return nearest }
        for distance in Int64(1)...64 {
            for candidate in [nearest - distance, nearest + distance]
            where candidate >= earliestMicroseconds && candidate <= latestMicroseconds
                && self.date(microsecondsSince1970: candidate) == date
            {
                return candidate
            }
        }
        return nearest
    }
}
