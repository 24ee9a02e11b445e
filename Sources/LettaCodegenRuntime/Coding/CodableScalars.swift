import Foundation

/// The scalars the Codable back ends read and write through the containers' own overloads for them
/// (`decode(String.self, forKey:)`, `encode(_: String, forKey:)`, …): called from generic code, the generic
/// `decode<T>`/`encode<T>` would be chosen instead, and `JSONDecoder` then finds the type at run time (metadata
/// lookups and dynamic casts per value).
protocol CodableScalar: Codable {
    static func decode(from container: KeyedDecodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws -> Self
    static func decode(from container: inout any UnkeyedDecodingContainer) throws -> Self
    static func decode(from container: any SingleValueDecodingContainer) throws -> Self
    func encode(into container: inout KeyedEncodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws
    func encode(into container: inout any UnkeyedEncodingContainer) throws
    func encode(into container: inout any SingleValueEncodingContainer) throws
}

/// The conformances: each spells the concrete overloads for its type (the bodies are the same text, the calls are
/// not).
extension String: CodableScalar {
    static func decode(from container: KeyedDecodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws -> String {
        try container.decode(String.self, forKey: key)
    }
    static func decode(from container: inout any UnkeyedDecodingContainer) throws -> String { try container.decode(String.self) }
    static func decode(from container: any SingleValueDecodingContainer) throws -> String { try container.decode(String.self) }
    func encode(into container: inout KeyedEncodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws {
        try container.encode(self, forKey: key)
    }
    func encode(into container: inout any UnkeyedEncodingContainer) throws { try container.encode(self) }
    func encode(into container: inout any SingleValueEncodingContainer) throws { try container.encode(self) }
}

extension Bool: CodableScalar {
    static func decode(from container: KeyedDecodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws -> Bool {
        try container.decode(Bool.self, forKey: key)
    }
    static func decode(from container: inout any UnkeyedDecodingContainer) throws -> Bool { try container.decode(Bool.self) }
    static func decode(from container: any SingleValueDecodingContainer) throws -> Bool { try container.decode(Bool.self) }
    func encode(into container: inout KeyedEncodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws {
        try container.encode(self, forKey: key)
    }
    func encode(into container: inout any UnkeyedEncodingContainer) throws { try container.encode(self) }
    func encode(into container: inout any SingleValueEncodingContainer) throws { try container.encode(self) }
}

extension Int: CodableScalar {
    static func decode(from container: KeyedDecodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws -> Int {
        try container.decode(Int.self, forKey: key)
    }
    static func decode(from container: inout any UnkeyedDecodingContainer) throws -> Int { try container.decode(Int.self) }
    static func decode(from container: any SingleValueDecodingContainer) throws -> Int { try container.decode(Int.self) }
    func encode(into container: inout KeyedEncodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws {
        try container.encode(self, forKey: key)
    }
    func encode(into container: inout any UnkeyedEncodingContainer) throws { try container.encode(self) }
    func encode(into container: inout any SingleValueEncodingContainer) throws { try container.encode(self) }
}

extension Int64: CodableScalar {
    static func decode(from container: KeyedDecodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws -> Int64 {
        try container.decode(Int64.self, forKey: key)
    }
    static func decode(from container: inout any UnkeyedDecodingContainer) throws -> Int64 { try container.decode(Int64.self) }
    static func decode(from container: any SingleValueDecodingContainer) throws -> Int64 { try container.decode(Int64.self) }
    func encode(into container: inout KeyedEncodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws {
        try container.encode(self, forKey: key)
    }
    func encode(into container: inout any UnkeyedEncodingContainer) throws { try container.encode(self) }
    func encode(into container: inout any SingleValueEncodingContainer) throws { try container.encode(self) }
}

extension Double: CodableScalar {
    static func decode(from container: KeyedDecodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws -> Double {
        try container.decode(Double.self, forKey: key)
    }
    static func decode(from container: inout any UnkeyedDecodingContainer) throws -> Double { try container.decode(Double.self) }
    static func decode(from container: any SingleValueDecodingContainer) throws -> Double { try container.decode(Double.self) }
    func encode(into container: inout KeyedEncodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws {
        try container.encode(self, forKey: key)
    }
    func encode(into container: inout any UnkeyedEncodingContainer) throws { try container.encode(self) }
    func encode(into container: inout any SingleValueEncodingContainer) throws { try container.encode(self) }
}

/// `Decimal` has no overloads of its own: the generic ones (which `JSONDecoder` and `JSONEncoder` handle exactly).
extension Decimal: CodableScalar {
    static func decode(from container: KeyedDecodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws -> Decimal {
        try container.decode(Decimal.self, forKey: key)
    }
    static func decode(from container: inout any UnkeyedDecodingContainer) throws -> Decimal { try container.decode(Decimal.self) }
    static func decode(from container: any SingleValueDecodingContainer) throws -> Decimal { try container.decode(Decimal.self) }
    func encode(into container: inout KeyedEncodingContainer<StringCodingKey>, forKey key: StringCodingKey) throws {
        try container.encode(self, forKey: key)
    }
    func encode(into container: inout any UnkeyedEncodingContainer) throws { try container.encode(self) }
    func encode(into container: inout any SingleValueEncodingContainer) throws { try container.encode(self) }
}
