import Foundation

/// An arbitrary JSON value, used to keep data the generated models do not know about
/// (unknown object keys, unknown union variants, untyped schemas) so it can be re-encoded unchanged.
///
/// Numbers keep their value: `.integer` for whole numbers that fit `Int64`, `.double` when the double's shortest
/// spelling has exactly the number's value (`0.1`, `1e-7`), `.decimal` when a double would change it
/// (`12345678901234567890123`, `0.10000000000000000001`; exact up to 38 significant digits, as `Decimal`).
/// Both decoding paths choose the same case (see `JSONNumberRules`).
///
/// Equality and hashing are structural: `.integer(1)` and `.double(1.0)` are different values.
/// Use `JSONSemanticComparison` for value-based comparisons.
public enum JSONValue: Hashable, Sendable {
    /// JSON `null`.
    case null
    /// JSON `true` / `false`.
    case bool(Bool)
    /// A whole number that fits in `Int64`.
    case integer(Int64)
    /// A number whose double has exactly the same value in its shortest spelling.
    case double(Double)
    /// Any other number, exactly (38 significant digits, exponents to ±128).
    case decimal(Decimal)
    /// A JSON string.
    case string(String)
    /// A JSON array.
    case array([JSONValue])
    /// A JSON object; key order is not significant.
    case object([String: JSONValue])
}

extension JSONValue: JSONModel {
    public init(from decoder: any Decoder) throws {
        var reader = CodableReader(decoder)
        try self.init(readingWith: &reader)
    }

    public func encode(to encoder: any Encoder) throws {
        var writer = CodableWriter(encoder)
        try write(with: &writer)
    }

    @_spi(Generated) public init(reading reader: inout JSONReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) public init(reading reader: inout CodableReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) public func write(to writer: inout JSONWriter) { write(with: &writer) }
    @_spi(Generated) public func write(to writer: inout CodableWriter) throws { try write(with: &writer) }

    /// Objects keep the first of repeated keys, as every object does.
    @_spi(Generated) public init<Reader: ModelReader>(readingWith reader: inout Reader) throws {
        switch try reader.peekKind(expected: [.string, .object, .array, .number, .bool]) {
        case .null:
            _ = try reader.readNull()
            self = .null
        case .bool:
            self = .bool(try reader.readBool())
        case .number:
            self = try reader.readNumber()
        case .string:
            self = .string(try reader.readString())
        case .array:
            var elements: [JSONValue] = []
            var array = try reader.beginArray()
            while try reader.nextElement(&array) { elements.append(try JSONValue(readingWith: &reader)) }
            self = .array(elements)
        case .object:
            var members: [String: JSONValue] = [:]
            var object = try reader.beginObject(.empty)
            while try reader.nextField(&object) != nil { try reader.readUnknownField(&object, into: &members) }
            self = .object(members)
        }
    }

    /// Object keys in sorted order, for deterministic output.
    @_spi(Generated) public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) {
        switch self {
        case .null: try writer.writeNull()
        case .bool(let value): try writer.writeBool(value)
        case .integer(let value): try writer.writeInt64(value)
        case .double(let value): try writer.writeDouble(value)
        case .decimal(let value): try writer.writeDecimal(value)
        case .string(let value): try writer.writeString(value)
        case .array(let elements):
            var array = try writer.beginArray()
            for element in elements {
                try writer.nextElement(&array)
                try element.write(with: &writer)
            }
            try writer.endArray(&array)
        case .object(let members):
            var object = try writer.beginObject(.empty)
            for key in members.keys.sorted() {
                guard let value = members[key] else { continue }
                try writer.nextUnknownField(key, &object)
                try value.write(with: &writer)
            }
            try writer.endObject(&object)
        }
    }
}
