import Foundation

/// What a generated decoding body reads from: one protocol, two back ends.
///
/// Every generated type has exactly one decoding body, `init(readingWith:)`, generic over this protocol (as
/// swift-protobuf generates one `decodeMessage` per message). `JSONReader` implements it over JSON bytes and
/// `CodableReader` over a `Decoder`'s containers, so the two paths apply the same rules by construction: numbers,
/// duplicate keys, nulls, dates, union choices and the order in which errors are found.
///
/// A reader is always positioned at one value. Reading a scalar consumes it. Objects are read with
/// `beginObject`/`nextField`, which positions the reader at each field's value in turn; arrays with
/// `beginArray`/`nextElement`. Fields come in the table's (declaration) order on the Codable back end, and in
/// document order on the byte back end, which re-reads in declaration order when a document fails, so both report
/// the same error.
@_spi(Generated) public protocol ModelReader {
    /// State of one object being read (kept by the caller, so objects nest without a stack in the reader).
    associatedtype ObjectScope
    /// State of one array being read.
    associatedtype ArrayScope

    /// The kind of the value at the position, without reading it. `expected` lists the kinds the caller can
    /// accept, most likely first (the Codable back end probes in that order; the byte back end looks at one byte).
    mutating func peekKind(expected: [JSONKind]) throws -> JSONKind

    /// Consumes a `null` and returns true; otherwise returns false and reads nothing.
    mutating func readNull() throws -> Bool

    mutating func readString() throws -> String
    mutating func readBool() throws -> Bool
    /// An integer from the number's decimal text, exactly; a fraction, or a value out of range, is an error.
    mutating func readInt() throws -> Int
    /// A finite double; a non-zero number that overflows or underflows a `Double` is an error.
    mutating func readDouble() throws -> Double
    /// An RFC 3339 date-time string (see `RFC3339.parse`).
    mutating func readDate() throws -> Date
    /// Any number, for free-form JSON (see `JSONValue`): kept exactly where a `Double` would change it.
    mutating func readNumber() throws -> JSONValue
    /// The value, or nil for null: one look at the value where a back end can do that.
    mutating func readStringOrNull() throws -> String?
    mutating func readBoolOrNull() throws -> Bool?
    mutating func readIntOrNull() throws -> Int?
    mutating func readDoubleOrNull() throws -> Double?
    mutating func readDateOrNull() throws -> Date?
    /// A `const` property's value: `expected` or one of `aliases`; null counts as absent.
    mutating func readConstant(_ expected: String, aliases: [String]) throws
    /// A value of another model type (its own decoding body, through its entry point for this back end).
    mutating func readModel<T: JSONModel>(_ type: T.Type) throws -> T

    /// Expects an object; `fields` names the fields the caller knows. The table must outlive the object's reading
    /// (the byte reader's scope does not retain it): generated code passes its types' static tables.
    mutating func beginObject(_ fields: FieldTable) throws -> ObjectScope
    /// Positions the reader at the next field's value and returns its index in the table
    /// (`FieldTable.unknownField` for a key the table does not hold), or nil after the last field.
    /// A key that occurs twice is read once: the first occurrence wins, as with `JSONDecoder`.
    mutating func nextField(_ object: inout ObjectScope) throws -> Int?
    /// Reads the value of an unknown field into `values`, under its key.
    mutating func readUnknownField(_ object: inout ObjectScope, into values: inout [String: JSONValue]) throws
    /// The key of the field at the position (after `nextField` returned it).
    func currentKey(of object: ObjectScope) -> String
    /// Reads past the value at the position (it must still be well-formed).
    mutating func skipValue() throws
    /// The error for a required field that the object (now read) does not have.
    func missingField(_ index: Int, in object: ObjectScope) -> DecodingError

    /// Expects an array.
    mutating func beginArray() throws -> ArrayScope
    /// Positions the reader at the next element and returns true, or returns false after the last one.
    mutating func nextElement(_ array: inout ArrayScope) throws -> Bool

    /// What the string value of `key` in the object at the position says among `tags` (absent when the key is
    /// missing or null), without reading the object. A union reads its tag this way before its member reads the
    /// whole object; the first of repeated keys counts.
    mutating func peekTag(_ key: String, in tags: UnionTags) throws -> UnionTags.Match
    /// The keys of the object at the position, without reading it (null values included).
    mutating func peekKeys() throws -> Set<String>
    /// Which of the (at most 64) keys of `table` the object at the position has, as bits by index, without
    /// reading it (null values included).
    mutating func peekKeys(among table: FieldTable) throws -> UInt64
    /// Runs `body` on a copy of the reader; keeps the copy's position when it succeeds. Nil when it throws.
    mutating func attempt<T>(_ body: (inout Self) throws -> T) -> T?

    /// An error about the value at the position (a union without a matching member, a bad tag).
    func dataCorrupted(_ message: String) -> DecodingError
    /// An error for a value of the wrong kind at the position.
    func typeMismatch(_ type: Any.Type, _ message: String) -> DecodingError
}

extension ModelReader {
    @_spi(Generated) public mutating func readStringOrNull() throws -> String? { try readNull() ? nil : readString() }
    @_spi(Generated) public mutating func readBoolOrNull() throws -> Bool? { try readNull() ? nil : readBool() }
    @_spi(Generated) public mutating func readIntOrNull() throws -> Int? { try readNull() ? nil : readInt() }
    @_spi(Generated) public mutating func readDoubleOrNull() throws -> Double? { try readNull() ? nil : readDouble() }
    @_spi(Generated) public mutating func readDateOrNull() throws -> Date? { try readNull() ? nil : readDate() }

    /// A required field's value, or the error for its absence.
    @_spi(Generated) @inlinable
    public func require<T>(_ value: T?, _ field: Int, in object: ObjectScope) throws -> T {
        guard let value else { throw missingField(field, in: object) }
        return value
    }
}

/// The kind of a JSON value: the first step of choosing a shape union's member.
public enum JSONKind: String, Hashable, Sendable, CustomStringConvertible {
    case null, bool, number, string, array, object

    public var description: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// Every kind, in the order shape unions try them (cheap checks first, objects last).
    public static let all: [JSONKind] = [.null, .bool, .number, .string, .array, .object]
}
