/// A value that may be explicitly `null`, for properties where null means something other than absent
/// (e.g. `clip_chars: null` = "no clipping", while an absent key means "the server default").
///
/// Generated code uses `Nullable<T>?`: `nil` is absent (omitted on encode), `.null` is an explicit JSON null.
/// Enabled per property with `nullable:` in the codegen config.
public enum Nullable<Wrapped> {
    case null
    case value(Wrapped)

    /// The value, or nil when it is null.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { return wrapped }
        return nil
    }
}

extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}
extension Nullable: Sendable where Wrapped: Sendable {}

extension Nullable: Codable where Wrapped: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let wrapped): try container.encode(wrapped)
        }
    }
}

extension KeyedDecodingContainer {
    /// Absent → nil; `null` → `.null`; a value → `.value`.
    public func decodeNullableIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> Nullable<T>? {
        guard contains(key) else { return nil }
        if try decodeNil(forKey: key) { return .null }
        return .value(try decode(T.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// nil → key omitted; `.null` → `null`; `.value` → the value.
    public mutating func encodeNullableIfPresent<T: Encodable>(_ value: Nullable<T>?, forKey key: Key) throws {
        switch value {
        case nil: return
        case .null?: try encodeNil(forKey: key)
        case .value(let wrapped)?: try encode(wrapped, forKey: key)
        }
    }
}
