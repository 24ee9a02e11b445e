/// Keeps the object keys a generated model does not know, so decoding then encoding loses nothing.
///
/// Generated `init(from:)` calls `decode(from:knownKeys:)` after decoding its own properties, and
/// generated `encode(to:)` calls `encode(_:to:excludingKnownKeys:)` after encoding them; both use
/// the same keyed container of the object.
public enum AdditionalProperties {
    /// Every member of the object being decoded whose name is not in `knownKeys`, as `JSONValue`.
    ///
    /// - Throws: `DecodingError.typeMismatch` if the value is not an object.
    public static func decode(from decoder: any Decoder, knownKeys: Set<String>) throws -> [String: JSONValue] {
        try decode(from: decoder.container(keyedBy: StringCodingKey.self), knownKeys: knownKeys)
    }

    /// Writes `values` into the object being encoded, in sorted key order for deterministic output.
    ///
    /// Keys listed in `knownKeys` are skipped so a stray entry can never overwrite a property the
    /// model encodes itself (with `JSONEncoder` a later write to the same key wins).
    public static func encode(
        _ values: [String: JSONValue],
        to encoder: any Encoder,
        excludingKnownKeys knownKeys: Set<String> = []
    ) throws {
        guard !values.isEmpty else { return }
        var container = encoder.container(keyedBy: StringCodingKey.self)
        for key in values.keys.sorted() where !knownKeys.contains(key) {
            if let value = values[key] {
                try container.encode(value, forKey: StringCodingKey(key))
            }
        }
    }
}

extension AdditionalProperties {
    /// Like `decode(from:knownKeys:)`, from the container the generated initializer already holds: one container per
    /// object (with JSONDecoder each new container rebuilds the object's key table, the largest cost of a decode).
    public static func decode(
        from container: KeyedDecodingContainer<StringCodingKey>, knownKeys: Set<String>
    ) throws -> [String: JSONValue] {
        var unknown: [String: JSONValue] = [:]
        for key in container.allKeys where !knownKeys.contains(key.stringValue) {
            unknown[key.stringValue] = try container.decode(JSONValue.self, forKey: key)
        }
        return unknown
    }

    /// Like `encode(_:to:excludingKnownKeys:)`, into the container the generated `encode(to:)` already holds.
    public static func encode(
        _ values: [String: JSONValue],
        to container: inout KeyedEncodingContainer<StringCodingKey>,
        excludingKnownKeys knownKeys: Set<String>
    ) throws {
        guard !values.isEmpty else { return }
        for key in values.keys.sorted() where !knownKeys.contains(key) {
            if let value = values[key] {
                try container.encode(value, forKey: StringCodingKey(key))
            }
        }
    }
}
