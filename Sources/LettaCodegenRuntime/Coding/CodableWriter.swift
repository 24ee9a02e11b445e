import Foundation

/// The Codable encoding back end: the same generated bodies, writing into an `Encoder`'s containers.
/// Generated `encode(to:)` is one line: it wraps the encoder in this writer and runs the type's encoding body.
@_spi(Generated) public struct CodableWriter {
    enum Position {
        case value(any Encoder)
        case field(KeyedEncodingContainer<StringCodingKey>, StringCodingKey)
        case element
    }

    var position: Position
    var elements: (any UnkeyedEncodingContainer)?

    public init(_ encoder: any Encoder) {
        position = .value(encoder)
    }

    /// A model into an encoder: what generated `encode(to:)` does.
    public static func encode<T: JSONModel>(_ value: T, to encoder: any Encoder) throws {
        var writer = CodableWriter(encoder)
        try value.write(to: &writer)
    }

    mutating func encodeScalar<T: CodableScalar>(_ value: T) throws {
        switch position {
        case .value(let encoder):
            var container = encoder.singleValueContainer()
            try value.encode(into: &container)
        case .field(var container, let key):
            try value.encode(into: &container, forKey: key)
        case .element:
            guard var elements else { return }
            try value.encode(into: &elements)
            self.elements = elements
        }
    }

    /// `Encodable.encode(to:)` at the position (types without a generated body).
    mutating func encodeWithFoundation<T: Encodable>(_ value: T) throws {
        switch position {
        case .value(let encoder): try value.encode(to: encoder)
        case .field(var container, let key): try container.encode(value, forKey: key)
        case .element:
            guard var elements else { return }
            try elements.encode(value)
            self.elements = elements
        }
    }
}

@_spi(Generated) extension CodableWriter: ModelWriter {
    public typealias Failure = any Error

    public struct ObjectScope {
        var container: KeyedEncodingContainer<StringCodingKey>
        let fields: FieldTable
    }

    public struct ArrayScope {
        let outer: (any UnkeyedEncodingContainer)?
    }

    public mutating func beginObject(_ fields: FieldTable) throws -> ObjectScope {
        let container: KeyedEncodingContainer<StringCodingKey>
        switch position {
        case .value(let encoder):
            container = encoder.container(keyedBy: StringCodingKey.self)
        case .field(var outer, let key):
            container = outer.nestedContainer(keyedBy: StringCodingKey.self, forKey: key)
        case .element:
            guard var elements else {
                throw EncodingError.invalidValue(
                    fields.names,
                    EncodingError.Context(
                        codingPath: [], debugDescription: "No array is being written."
                    ))
            }
            container = elements.nestedContainer(keyedBy: StringCodingKey.self)
            self.elements = elements
        }
        return ObjectScope(container: container, fields: fields)
    }

    public mutating func nextField(_ index: Int, _ object: inout ObjectScope) {
        position = .field(object.container, StringCodingKey(object.fields.names[index]))
    }

    public mutating func nextUnknownField(_ key: String, _ object: inout ObjectScope) {
        position = .field(object.container, StringCodingKey(key))
    }

    public mutating func endObject(_ object: inout ObjectScope) {}

    public mutating func beginArray() throws -> ArrayScope {
        let container: any UnkeyedEncodingContainer
        switch position {
        case .value(let encoder):
            container = encoder.unkeyedContainer()
        case .field(var outer, let key):
            container = outer.nestedUnkeyedContainer(forKey: key)
        case .element:
            guard var elements else {
                throw EncodingError.invalidValue(
                    [Any](),
                    EncodingError.Context(
                        codingPath: [], debugDescription: "No array is being written."
                    ))
            }
            container = elements.nestedUnkeyedContainer()
            self.elements = elements
        }
        let scope = ArrayScope(outer: elements)
        elements = container
        return scope
    }

    public mutating func nextElement(_ array: inout ArrayScope) {
        position = .element
    }

    public mutating func endArray(_ array: inout ArrayScope) {
        elements = array.outer
    }

    public mutating func writeNull() throws {
        switch position {
        case .value(let encoder):
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .field(var container, let key):
            try container.encodeNil(forKey: key)
        case .element:
            guard var elements else { return }
            try elements.encodeNil()
            self.elements = elements
        }
    }

    public mutating func writeString(_ value: String) throws { try encodeScalar(value) }
    public mutating func writeBool(_ value: Bool) throws { try encodeScalar(value) }
    public mutating func writeInt(_ value: Int) throws { try encodeScalar(value) }
    public mutating func writeInt64(_ value: Int64) throws { try encodeScalar(value) }

    /// Non-finite numbers have no JSON spelling; they are written as null (as the byte writer does).
    public mutating func writeDouble(_ value: Double) throws {
        guard value.isFinite else { return try writeNull() }
        try encodeScalar(value)
    }

    public mutating func writeDecimal(_ value: Decimal) throws { try encodeScalar(value) }

    public mutating func writeDate(_ value: Date) throws { try encodeScalar(RFC3339.format(value)) }

    public mutating func writeModel<T: JSONModel>(_ value: T) throws {
        try value.write(to: &self)
    }
}
