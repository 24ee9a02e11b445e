import Foundation

/// RFC 3339 date-time parsing and formatting, hand-written for speed and exact round trips
/// (no `DateFormatter`, no allocation while parsing).
///
/// Instants are kept to the microsecond, the precision the Letta API (Python) emits.
/// `Date` stores a `Double` of seconds since 2001, so the exact microsecond survives a trip
/// through `Date` only in a limited range: sampling shows it does for 1875–2099, and that from
/// 2000 on `timeIntervalSince1970` equals the decimal literal (e.g. `1724884463.435997`).
/// Outside that range a formatted date may be off by a microsecond.
public enum RFC3339 {
    /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction][Z|z|±hh:mm]`, returning `nil` for anything else.
    ///
    /// - The separator may be `T`, `t` or a single space (as Python's `str(datetime)` emits).
    /// - The fraction has 1–9 digits; digits beyond the sixth are truncated (never rounded),
    ///   so the calendar fields of the result never change (no carry into the next second).
    /// - Without an offset the time is naive and taken as UTC; `-00:00` is also UTC.
    /// - Ranges are validated (month, day of month with leap years, hour 0–23, minute 0–59,
    ///   second 0–59 — leap second `60` is rejected, offset up to `±23:59`); trailing characters
    ///   and non-ASCII digits are rejected.
    public static func parse(_ text: String) -> Date? {
        guard let micros = microsecondsSince1970(parsing: text) else { return nil }
        return date(microsecondsSince1970: micros)
    }

    /// Formats `date` in UTC as `YYYY-MM-DDTHH:MM:SS[.ffffff]Z`.
    ///
    /// The instant is rounded to the nearest microsecond. The fraction is omitted for a whole
    /// second and otherwise written with up to 6 digits, trailing zeros trimmed, so
    /// `2019-12-27T18:11:19.117Z` round-trips exactly. Years outside 0000–9999 (never produced
    /// by `parse`) are written in ISO 8601 expanded form (`-0001`, `+10000`); a non-finite
    /// `Date` is formatted as the epoch.
    public static func format(_ date: Date) -> String {
        RFC3339Formatter.string(microsecondsSince1970: microsecondsSince1970(of: date))
    }

    /// Parses `text` (see `parse(_:)`) to an exact integer count of microseconds since 1970,
    /// for comparisons that must not go through `Double`.
    static func microsecondsSince1970(parsing text: String) -> Int64? {
        if let result = text.utf8.withContiguousStorageIfAvailable({ RFC3339Parser.microsecondsSince1970(parsing: $0) }) {
            return result
        }
        var contiguous = text
        contiguous.makeContiguousUTF8()
        return contiguous.utf8.withContiguousStorageIfAvailable { RFC3339Parser.microsecondsSince1970(parsing: $0) } ?? nil
    }

    /// Builds the `Date` for an exact microsecond count. Dividing the exact integer once gives
    /// the `Double` nearest to the decimal value, the same one a literal like `1724884463.435997`
    /// denotes (one rounding instead of the two of `seconds + micros / 1e6`).
    static func date(microsecondsSince1970 micros: Int64) -> Date {
        Date(timeIntervalSince1970: Double(micros) / 1_000_000)
    }

    /// The microsecond count nearest to `date`, clamped to ±2^62 µs; non-finite dates give 0.
    static func microsecondsSince1970(of date: Date) -> Int64 {
        let micros = (date.timeIntervalSince1970 * 1_000_000).rounded()
        guard micros.isFinite else { return 0 }
        let limit = Double(Int64(1) << 62)
        return Int64(min(max(micros, -limit), limit))
    }
}

extension RFC3339 {
    /// Decodes a bare RFC 3339 string value (a union member that is a date-time).
    public static func decodeDate(from decoder: any Decoder) throws -> Date {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an RFC 3339 date-time, found \"\(text)\"")
        }
        return date
    }

    /// Encodes a date as a bare RFC 3339 string value.
    public static func encode(_ date: Date, to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(format(date))
    }
}
