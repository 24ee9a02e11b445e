import Foundation

/// What a generated encoding body writes to: one protocol, two back ends (`JSONWriter` appends bytes and never
/// fails; `CodableWriter` writes into an `Encoder`'s containers). The counterpart of `ModelReader`.
///
/// A writer is positioned at one value: `nextField`/`nextUnknownField` position it at a field of the object being
/// written, `nextElement` at the next element of an array.
@_spi(Generated) public protocol ModelWriter {
    /// `Never` for the byte writer, so encoding to bytes cannot fail.
    associatedtype Failure: Error
    associatedtype ObjectScope
    associatedtype ArrayScope

    mutating func beginObject(_ fields: FieldTable) throws(Failure) -> ObjectScope
    /// Positions the writer at field `index` of the table.
    mutating func nextField(_ index: Int, _ object: inout ObjectScope) throws(Failure)
    /// Positions the writer at a field the table does not hold.
    mutating func nextUnknownField(_ key: String, _ object: inout ObjectScope) throws(Failure)
    mutating func endObject(_ object: inout ObjectScope) throws(Failure)

    mutating func beginArray() throws(Failure) -> ArrayScope
    mutating func nextElement(_ array: inout ArrayScope) throws(Failure)
    mutating func endArray(_ array: inout ArrayScope) throws(Failure)

    mutating func writeNull() throws(Failure)
    mutating func writeString(_ value: String) throws(Failure)
    mutating func writeBool(_ value: Bool) throws(Failure)
    mutating func writeInt(_ value: Int) throws(Failure)
    mutating func writeInt64(_ value: Int64) throws(Failure)
    /// A finite double (a non-finite one has no JSON spelling and is written as null).
    mutating func writeDouble(_ value: Double) throws(Failure)
    mutating func writeDecimal(_ value: Decimal) throws(Failure)
    /// RFC 3339 in UTC with `Z` (see `RFC3339.format`).
    mutating func writeDate(_ value: Date) throws(Failure)
    mutating func writeModel<T: JSONModel>(_ value: T) throws(Failure)
}

extension ModelWriter {
    /// Unknown keys in sorted order, skipping any that the table holds (a field the type writes itself).
    @inlinable
    public mutating func writeUnknownFields(
        _ values: [String: JSONValue], _ object: inout ObjectScope, excluding fields: FieldTable
    ) throws(Failure) {
        guard !values.isEmpty else { return }
        for key in values.keys.sorted() where fields.index(of: key) == nil {
            guard let value = values[key] else { continue }
            try nextUnknownField(key, &object)
            try writeModel(value)
        }
    }

    /// Field `field` with its value: one call per field in generated encoding bodies.
    @inlinable
    public mutating func writeString(_ value: String, at field: Int, _ object: inout ObjectScope) throws(Failure) {
        try nextField(field, &object)
        try writeString(value)
    }

    @inlinable
    public mutating func writeInt(_ value: Int, at field: Int, _ object: inout ObjectScope) throws(Failure) {
        try nextField(field, &object)
        try writeInt(value)
    }

    @inlinable
    public mutating func writeDouble(_ value: Double, at field: Int, _ object: inout ObjectScope) throws(Failure) {
        try nextField(field, &object)
        try writeDouble(value)
    }

    @inlinable
    public mutating func writeBool(_ value: Bool, at field: Int, _ object: inout ObjectScope) throws(Failure) {
        try nextField(field, &object)
        try writeBool(value)
    }

    @inlinable
    public mutating func writeDate(_ value: Date, at field: Int, _ object: inout ObjectScope) throws(Failure) {
        try nextField(field, &object)
        try writeDate(value)
    }

    @inlinable
    public mutating func writeModel<T: JSONModel>(_ value: T, at field: Int, _ object: inout ObjectScope) throws(Failure) {
        try nextField(field, &object)
        try writeModel(value)
    }
}
