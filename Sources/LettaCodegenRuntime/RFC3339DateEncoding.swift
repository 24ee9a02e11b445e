import Foundation

/// RFC 3339 date encoding for generated `encode(to:)`, so models encode dates as UTC `Z`
/// strings with a plain `JSONEncoder()` regardless of its `dateEncodingStrategy`.
extension KeyedEncodingContainer {
    /// Encodes `date` at `key` as `RFC3339.format(_:)` produces it.
    public mutating func encodeRFC3339Date(_ date: Date, forKey key: Key) throws {
        try encode(RFC3339.format(date), forKey: key)
    }

    /// Encodes `date` at `key` when present; a `nil` date leaves the key out.
    public mutating func encodeRFC3339DateIfPresent(_ date: Date?, forKey key: Key) throws {
        guard let date else { return }
        try encodeRFC3339Date(date, forKey: key)
    }
}
