import Foundation

/// A value that both decoding paths and both encoding paths can read and write: every generated struct, union
/// and open enum, plus the JSON building blocks (`String`, `Int`, `Double`, `Bool`, `JSONValue`, arrays,
/// string-keyed dictionaries, optionals, `Nullable`).
///
/// Use it through `JSONReader.decode(_:from:)` and `JSONWriter.encode(_:)` (the byte-level path), or through
/// `JSONDecoder`/`JSONEncoder` (Codable). Both give the same values and the same errors.
///
/// Generated types implement the four entry points below in one line each, by calling their one decoding body
/// and one encoding body with the back end at hand; the calls are to concrete types, so the generic bodies are
/// specialized for each back end. Any other `Codable` type gets working defaults that go through Foundation.
public protocol JSONModel: Codable, Hashable, Sendable {
    @_spi(Generated) init(reading reader: inout JSONReader) throws
    @_spi(Generated) init(reading reader: inout CodableReader) throws
    @_spi(Generated) func write(to writer: inout JSONWriter)
    @_spi(Generated) func write(to writer: inout CodableWriter) throws
}

extension JSONModel {
    /// Decodes the value's bytes with `JSONDecoder` (a type without a generated body).
    @_spi(Generated) public init(reading reader: inout JSONReader) throws {
        self = try reader.decodeWithFoundation(Self.self)
    }

    /// Decodes through the decoder at the reader's position (`Decodable.init(from:)`).
    @_spi(Generated) public init(reading reader: inout CodableReader) throws {
        self = try reader.decodeWithFoundation(Self.self)
    }

    /// Appends `JSONEncoder`'s output for the value (a type without a generated body).
    @_spi(Generated) public func write(to writer: inout JSONWriter) {
        writer.encodeWithFoundation(self)
    }

    /// Encodes through the encoder at the writer's position (`Encodable.encode(to:)`).
    @_spi(Generated) public func write(to writer: inout CodableWriter) throws {
        try writer.encodeWithFoundation(self)
    }
}

// MARK: - The JSON building blocks

extension String: JSONModel {
    @_spi(Generated) public init(reading reader: inout JSONReader) throws { self = try reader.readString() }
    @_spi(Generated) public init(reading reader: inout CodableReader) throws { self = try reader.readString() }
    @_spi(Generated) public func write(to writer: inout JSONWriter) { writer.writeString(self) }
    @_spi(Generated) public func write(to writer: inout CodableWriter) throws { try writer.writeString(self) }

    /// What generated code calls for a named schema that is a type alias of `String`.
    @_spi(Generated) @inlinable
    public init<Reader: ModelReader>(readingWith reader: inout Reader) throws { self = try reader.readString() }

    @_spi(Generated) @inlinable
    public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) { try writer.writeString(self) }
}

extension Int: JSONModel {
    @_spi(Generated) public init(reading reader: inout JSONReader) throws { self = try reader.readInt() }
    @_spi(Generated) public init(reading reader: inout CodableReader) throws { self = try reader.readInt() }
    @_spi(Generated) public func write(to writer: inout JSONWriter) { writer.writeInt(self) }
    @_spi(Generated) public func write(to writer: inout CodableWriter) throws { try writer.writeInt(self) }

    /// What generated code calls for a named schema that is a type alias of `Int`.
    @_spi(Generated) @inlinable
    public init<Reader: ModelReader>(readingWith reader: inout Reader) throws { self = try reader.readInt() }

    @_spi(Generated) @inlinable
    public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) { try writer.writeInt(self) }
}

extension Double: JSONModel {
    @_spi(Generated) public init(reading reader: inout JSONReader) throws { self = try reader.readDouble() }
    @_spi(Generated) public init(reading reader: inout CodableReader) throws { self = try reader.readDouble() }
    @_spi(Generated) public func write(to writer: inout JSONWriter) { writer.writeDouble(self) }
    @_spi(Generated) public func write(to writer: inout CodableWriter) throws { try writer.writeDouble(self) }

    /// What generated code calls for a named schema that is a type alias of `Double`.
    @_spi(Generated) @inlinable
    public init<Reader: ModelReader>(readingWith reader: inout Reader) throws { self = try reader.readDouble() }

    @_spi(Generated) @inlinable
    public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) { try writer.writeDouble(self) }
}

extension Bool: JSONModel {
    @_spi(Generated) public init(reading reader: inout JSONReader) throws { self = try reader.readBool() }
    @_spi(Generated) public init(reading reader: inout CodableReader) throws { self = try reader.readBool() }
    @_spi(Generated) public func write(to writer: inout JSONWriter) { writer.writeBool(self) }
    @_spi(Generated) public func write(to writer: inout CodableWriter) throws { try writer.writeBool(self) }

    /// What generated code calls for a named schema that is a type alias of `Bool`.
    @_spi(Generated) @inlinable
    public init<Reader: ModelReader>(readingWith reader: inout Reader) throws { self = try reader.readBool() }

    @_spi(Generated) @inlinable
    public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) { try writer.writeBool(self) }
}

extension Array: JSONModel where Element: JSONModel {
    @_spi(Generated) @inlinable public init(reading reader: inout JSONReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) @inlinable public init(reading reader: inout CodableReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) @inlinable public func write(to writer: inout JSONWriter) { write(with: &writer) }
    @_spi(Generated) @inlinable public func write(to writer: inout CodableWriter) throws { try write(with: &writer) }

    @_spi(Generated) @inlinable
    public init<Reader: ModelReader>(readingWith reader: inout Reader) throws {
        self = []
        var array = try reader.beginArray()
        while try reader.nextElement(&array) { append(try reader.readModel(Element.self)) }
    }

    @_spi(Generated) @inlinable
    public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) {
        var array = try writer.beginArray()
        for element in self {
            try writer.nextElement(&array)
            try writer.writeModel(element)
        }
        try writer.endArray(&array)
    }
}

extension Dictionary: JSONModel where Key == String, Value: JSONModel {
    @_spi(Generated) @inlinable public init(reading reader: inout JSONReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) @inlinable public init(reading reader: inout CodableReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) @inlinable public func write(to writer: inout JSONWriter) { write(with: &writer) }
    @_spi(Generated) @inlinable public func write(to writer: inout CodableWriter) throws { try write(with: &writer) }

    /// Every key is an unknown field of an empty table; the first of duplicate keys wins.
    @_spi(Generated) @inlinable
    public init<Reader: ModelReader>(readingWith reader: inout Reader) throws {
        self = [:]
        var object = try reader.beginObject(.empty)
        while try reader.nextField(&object) != nil {
            let key = reader.currentKey(of: object)
            if self[key] == nil {
                self[key] = try reader.readModel(Value.self)
            } else {
                try reader.skipValue()
            }
        }
    }

    /// Keys in sorted order, for deterministic output.
    @_spi(Generated) @inlinable
    public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) {
        var object = try writer.beginObject(.empty)
        for key in keys.sorted() {
            guard let value = self[key] else { continue }
            try writer.nextUnknownField(key, &object)
            try writer.writeModel(value)
        }
        try writer.endObject(&object)
    }
}

extension Optional: JSONModel where Wrapped: JSONModel {
    @_spi(Generated) @inlinable public init(reading reader: inout JSONReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) @inlinable public init(reading reader: inout CodableReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) @inlinable public func write(to writer: inout JSONWriter) { write(with: &writer) }
    @_spi(Generated) @inlinable public func write(to writer: inout CodableWriter) throws { try write(with: &writer) }

    @_spi(Generated) @inlinable
    public init<Reader: ModelReader>(readingWith reader: inout Reader) throws {
        self = try reader.readNull() ? nil : try reader.readModel(Wrapped.self)
    }

    @_spi(Generated) @inlinable
    public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) {
        switch self {
        case .none: try writer.writeNull()
        case .some(let wrapped): try writer.writeModel(wrapped)
        }
    }
}

extension Nullable: JSONModel where Wrapped: JSONModel {
    @_spi(Generated) @inlinable public init(reading reader: inout JSONReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) @inlinable public init(reading reader: inout CodableReader) throws { try self.init(readingWith: &reader) }
    @_spi(Generated) @inlinable public func write(to writer: inout JSONWriter) { write(with: &writer) }
    @_spi(Generated) @inlinable public func write(to writer: inout CodableWriter) throws { try write(with: &writer) }

    @_spi(Generated) @inlinable
    public init<Reader: ModelReader>(readingWith reader: inout Reader) throws {
        self = try reader.readNull() ? .null : .value(try reader.readModel(Wrapped.self))
    }

    @_spi(Generated) @inlinable
    public func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) {
        switch self {
        case .null: try writer.writeNull()
        case .value(let wrapped): try writer.writeModel(wrapped)
        }
    }
}
