import Foundation

/// RFC 3339 date decoding for generated `init(from:)`, so models decode with a plain
/// `JSONDecoder()` regardless of its `dateDecodingStrategy`.
extension KeyedDecodingContainer {
    /// Decodes the string at `key` as an RFC 3339 date-time (see `RFC3339.parse(_:)`).
    ///
    /// - Throws: `DecodingError.keyNotFound`/`valueNotFound`/`typeMismatch` as `decode(String.self, forKey:)`
    ///   does, or `DecodingError.dataCorrupted` at `key` when the string is not an RFC 3339 date-time.
    public func decodeRFC3339Date(forKey key: Key) throws -> Date {
        let text = try decode(String.self, forKey: key)
        return try parseRFC3339Date(text, forKey: key)
    }

    /// Like `decodeRFC3339Date(forKey:)`, but returns `nil` when `key` is absent or its value is `null`.
    public func decodeRFC3339DateIfPresent(forKey key: Key) throws -> Date? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        return try parseRFC3339Date(text, forKey: key)
    }

    /// Parses `text` or throws a `dataCorrupted` error that names the key and quotes the text.
    private func parseRFC3339Date(_ text: String, forKey key: Key) throws -> Date {
        guard let date = RFC3339.parse(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key,
                in: self,
                debugDescription: "Expected an RFC 3339 date-time, found \"\(text)\""
            )
        }
        return date
    }
}
