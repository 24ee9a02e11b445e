/// A union value whose variant the generated code does not know (a new discriminator value, or
/// a shape matching no known variant); it keeps the whole value so it re-encodes unchanged.
public struct UnknownVariant: Codable, Hashable, Sendable {
    /// The discriminator value that was seen, or `nil` for unions without a discriminator.
    public var discriminator: String?
    /// The whole value exactly as received.
    public var raw: JSONValue

    /// Creates an unknown variant from its discriminator value and the whole raw value.
    public init(discriminator: String?, raw: JSONValue) {
        self.discriminator = discriminator
        self.raw = raw
    }

    /// Reads the whole value as `raw`; `discriminator` is `nil` (use `init(discriminator:raw:)`
    /// to record it).
    public init(from decoder: any Decoder) throws {
        self.init(discriminator: nil, raw: try JSONValue(from: decoder))
    }

    /// Writes `raw` unchanged.
    public func encode(to encoder: any Encoder) throws {
        try raw.encode(to: encoder)
    }

    /// The string at `key` in the object being decoded, for dispatching a discriminated union.
    ///
    /// - Returns: `nil` when `key` is absent or `null`.
    /// - Throws: `DecodingError.typeMismatch` (coding path ending at `key`) when the value is
    ///   present but not a string, or when the value being decoded is not an object.
    public static func discriminatorValue(in decoder: any Decoder, key: String) throws -> String? {
        let container = try decoder.container(keyedBy: StringCodingKey.self)
        return try container.decodeIfPresent(String.self, forKey: StringCodingKey(key))
    }
}
