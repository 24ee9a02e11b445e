/// A union value whose variant the generated code does not know (a new discriminator value); it keeps the whole
/// value so it re-encodes unchanged.
public struct UnknownVariant: JSONModel {
    /// The discriminator value that was seen, or `nil` when the value was decoded on its own.
    public var discriminator: String?
    /// The whole value exactly as received.
    public var raw: JSONValue

    /// Creates an unknown variant from its discriminator value and the whole raw value.
    public init(discriminator: String?, raw: JSONValue) {
        self.discriminator = discriminator
        self.raw = raw
    }

    /// Reads the whole value as `raw`; `discriminator` is `nil` (a union records it).
    public init(from decoder: any Decoder) throws {
        self.init(discriminator: nil, raw: try JSONValue(from: decoder))
    }

    /// Writes `raw` unchanged.
    public func encode(to encoder: any Encoder) throws {
        try raw.encode(to: encoder)
    }

    @_spi(Generated) public init(reading reader: inout JSONReader) throws {
        self.init(discriminator: nil, raw: try JSONValue(reading: &reader))
    }

    @_spi(Generated) public init(reading reader: inout CodableReader) throws {
        self.init(discriminator: nil, raw: try JSONValue(reading: &reader))
    }

    @_spi(Generated) public func write(to writer: inout JSONWriter) { raw.write(to: &writer) }
    @_spi(Generated) public func write(to writer: inout CodableWriter) throws { try raw.write(to: &writer) }
}

extension ModelReader {
    /// The whole value at the position, kept as the variant of a union tagged `tag` that no case knows.
    @_spi(Generated) public mutating func readUnknownVariant(tag: String) throws -> UnknownVariant {
        UnknownVariant(discriminator: tag, raw: try readModel(JSONValue.self))
    }
}
