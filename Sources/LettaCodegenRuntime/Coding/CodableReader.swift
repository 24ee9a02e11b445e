import Foundation

/// The Codable decoding back end: the same generated bodies, reading a `Decoder`'s containers.
///
/// Generated `init(from:)` is one line: it wraps the decoder in this reader and runs the type's decoding body.
/// Nested values are read through nested containers and the nested type's body directly (not through
/// `decode(_:forKey:)`, whose generic dispatch is a large part of what `JSONDecoder` costs). Fields are visited in
/// the table's order, then unknown keys sorted, so errors come in the order the byte back end reports them.
///
/// Numbers are read as `Decimal` (`JSONDecoder` parses that from the number's text) and, when needed, as `Double`,
/// and decided by `JSONNumberRules`, so an `Int` is exact whatever `JSONDecoder` would round.
///
/// Key decoding strategies are not supported: with `convertFromSnakeCase` the wire names the models look for are
/// gone, and the reader fails loudly when it sees a key that is one of its fields converted.
@_spi(Generated) public struct CodableReader {
    /// Where the reader is. The state is kept in plain stored properties (no enum with existential payloads),
    /// so moving from field to field costs no run-time type work.
    enum Place: UInt8 {
        /// A whole value with its own decoder (`decoder`): the root, or an element a union looks into.
        case value
        /// The value of `key` in `container`.
        case field
        /// The next element of `elements`, at index `elementIndex` (kept: reading it moves the container on).
        case element
    }

    var place: Place = .value
    var decoder: DecoderBox?
    var container: ObjectContainer?
    var key = StringCodingKey("")
    var elementIndex = 0
    /// The array whose elements are being read.
    var elements: ArrayContainer?

    /// What a look at the value already took from it (its kind, and the container made or the scalar decoded),
    /// so the read that follows reuses it instead of asking the decoder again.
    var probedKind: JSONKind?
    var probedObject: ObjectContainer?
    var probedArray: ArrayContainer?
    var probedString: String?
    var probedBool = false

    /// Containers open above the position, counting those of the decoder the reader started with.
    var depth: Int
    /// The kind the last look found, tried first next time (free-form JSON repeats kinds: `[[[…]]]`).
    var lastKind: JSONKind?

    public init(_ decoder: any Decoder) {
        self.decoder = DecoderBox(decoder)
        depth = decoder.codingPath.count
    }

    /// A model from a decoder: what generated `init(from:)` does.
    public static func decode<T: JSONModel>(_ type: T.Type, from decoder: any Decoder) throws -> T {
        var reader = CodableReader(decoder)
        return try T(reading: &reader)
    }

    // MARK: Coding paths and errors

    var codingPath: [any CodingKey] {
        switch place {
        case .value: decoder?.decoder.codingPath ?? []
        case .field: (container?.keyed.codingPath ?? []) + [key]
        case .element: (elements?.unkeyed.codingPath ?? []) + [IndexCodingKey(elementIndex)]
        }
    }

    public func dataCorrupted(_ message: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: message))
    }

    public func typeMismatch(_ type: Any.Type, _ message: String) -> DecodingError {
        .typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: message))
    }

    func nestingTooDeep() -> DecodingError {
        dataCorrupted("Nested more than \(JSONReader.maximumDepth) arrays or objects deep.")
    }

    /// Forgets what a look at the previous value found.
    mutating func clearProbe() {
        guard probedKind != nil else { return }
        probedKind = nil
        probedObject = nil
        probedArray = nil
        probedString = nil
    }

    mutating func moveToField(_ container: ObjectContainer, _ key: StringCodingKey) {
        place = .field
        self.container = container
        self.key = key
        clearProbe()
    }

    mutating func moveToValue(_ decoder: any Decoder) {
        place = .value
        self.decoder = DecoderBox(decoder)
        clearProbe()
    }

    /// Gives an array element a decoder of its own, so it can be looked at more than once (unions).
    mutating func settle() throws {
        guard place == .element, probedKind == nil, let elements else { return }
        moveToValue(try elements.unkeyed.superDecoder())
    }

    // MARK: Reading scalars at the position

    mutating func decodeScalar<T: CodableScalar>(_ type: T.Type) throws -> T {
        try placingErrors { reader in
            switch reader.place {
            case .value:
                guard let decoder = reader.decoder else { throw reader.dataCorrupted("No value is being read.") }
                return try T.decode(from: decoder.decoder.singleValueContainer())
            case .field:
                guard let container = reader.container else { throw reader.dataCorrupted("No object is being read.") }
                return try T.decode(from: container.keyed, forKey: reader.key)
            case .element:
                guard let elements = reader.elements else { throw reader.dataCorrupted("No array is being read.") }
                return try T.decode(from: &elements.unkeyed)
            }
        }
    }

    /// Runs a call into the decoder, turning an error that is not a `DecodingError` (`JSONDecoder` throws its
    /// own errors from inside containers and places them at the document root only at the end) into one at the
    /// position, as the byte back end reports it.
    mutating func placingErrors<T>(_ body: (inout CodableReader) throws -> T) throws -> T {
        do {
            return try body(&self)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: codingPath, debugDescription: "\(error)", underlyingError: error
                ))
        }
    }

    /// The number's readings: `Decimal` first; the `Double` only when the `Decimal` does not fit (then the double
    /// is what `JSONDecoder` reads, or nil when it does not fit either) or when `needsDouble`.
    mutating func numberReadings() throws -> (decimal: Decimal?, double: Double?) {
        do {
            let decimal = try decodeScalar(Decimal.self)
            return (decimal, Double(decimal.description))
        } catch DecodingError.typeMismatch(_, let context) {
            throw DecodingError.typeMismatch(Double.self, context)
        } catch DecodingError.valueNotFound(_, let context) {
            throw DecodingError.valueNotFound(Double.self, context)
        } catch {
            // A number that does not fit a Decimal.
            return (nil, try? decodeScalar(Double.self))
        }
    }
}

@_spi(Generated) extension CodableReader: ModelReader {
    public struct ObjectScope {
        let container: ObjectContainer
        let fields: FieldTable
        /// The key of each table field present (nil when absent), visited in table order.
        let present: [StringCodingKey?]
        /// Keys the table does not hold, sorted, visited after the fields.
        let unknown: [StringCodingKey]
        /// The next slot of `present`, then of `unknown` (counting on from `present.count`).
        var cursor = 0
        /// The key at the position.
        var current = StringCodingKey("")
        let depth: Int
    }

    public struct ArrayScope {
        let outer: ArrayContainer?
        let depth: Int
    }

    // MARK: Kinds

    public mutating func peekKind(expected: [JSONKind]) throws -> JSONKind {
        try settle()
        if let probedKind { return probedKind }
        if try isNull() {
            probedKind = .null
            return .null
        }
        var order: [JSONKind] = []
        if let lastKind, lastKind != .null { order.append(lastKind) }
        for kind in expected + JSONKind.all where kind != .null && !order.contains(kind) { order.append(kind) }
        for kind in order {
            if let found = try probe(kind) {
                lastKind = found
                return found
            }
        }
        throw dataCorrupted("The value is of no JSON kind.")
    }

    /// True when the value is null (nothing is consumed).
    mutating func isNull() throws -> Bool {
        try placingErrors { reader in
            switch reader.place {
            case .value: return try reader.decoder?.decoder.singleValueContainer().decodeNil() ?? false
            case .field: return try reader.container?.keyed.decodeNil(forKey: reader.key) ?? false
            case .element:
                guard let elements = reader.elements else { return false }
                return try elements.unkeyed.decodeNil()
            }
        }
    }

    /// Whether the value is of `kind`, keeping what the look produced.
    private mutating func probe(_ kind: JSONKind) throws -> JSONKind? {
        switch kind {
        case .null:
            return nil
        case .string:
            guard let value = try? decodeScalar(String.self) else { return nil }
            probedString = value
        case .bool:
            guard let value = try? decodeScalar(Bool.self) else { return nil }
            probedBool = value
        case .number:
            do {
                _ = try decodeScalar(Decimal.self)
            } catch DecodingError.typeMismatch, DecodingError.valueNotFound {
                return nil
            } catch {
                return .number  // a number that does not fit a Decimal
            }
            return .number  // nothing kept: the number is read again by what reads it
        case .object:
            guard let container = try? makeObjectContainer() else { return nil }
            probedObject = container
        case .array:
            guard let container = try? makeArrayContainer() else { return nil }
            probedArray = container
        }
        probedKind = kind
        return kind
    }

    private mutating func makeObjectContainer() throws -> ObjectContainer {
        if probedKind == .object, let probedObject { return probedObject }
        return try placingErrors { reader in try reader.newObjectContainer() }
    }

    private mutating func newObjectContainer() throws -> ObjectContainer {
        switch place {
        case .value:
            guard let decoder else { throw dataCorrupted("No value is being read.") }
            return ObjectContainer(try decoder.decoder.container(keyedBy: StringCodingKey.self))
        case .field:
            guard let container else { throw dataCorrupted("No object is being read.") }
            return ObjectContainer(try container.keyed.nestedContainer(keyedBy: StringCodingKey.self, forKey: key))
        case .element:
            guard let elements else { throw dataCorrupted("No array is being read.") }
            return ObjectContainer(try elements.unkeyed.nestedContainer(keyedBy: StringCodingKey.self))
        }
    }

    private mutating func makeArrayContainer() throws -> ArrayContainer {
        if probedKind == .array, let probedArray { return probedArray }
        return try placingErrors { reader in try reader.newArrayContainer() }
    }

    private mutating func newArrayContainer() throws -> ArrayContainer {
        switch place {
        case .value:
            guard let decoder else { throw dataCorrupted("No value is being read.") }
            return ArrayContainer(try decoder.decoder.unkeyedContainer())
        case .field:
            guard let container else { throw dataCorrupted("No object is being read.") }
            return ArrayContainer(try container.keyed.nestedUnkeyedContainer(forKey: key))
        case .element:
            guard let elements else { throw dataCorrupted("No array is being read.") }
            return ArrayContainer(try elements.unkeyed.nestedUnkeyedContainer())
        }
    }

    // MARK: Scalars

    public mutating func readNull() throws -> Bool {
        if let probedKind { return probedKind == .null }
        return try isNull()
    }

    public mutating func readString() throws -> String {
        if probedKind == .string, let probedString { return probedString }
        return try decodeScalar(String.self)
    }

    public mutating func readBool() throws -> Bool {
        if probedKind == .bool { return probedBool }
        return try decodeScalar(Bool.self)
    }

    /// The number is read as a `Decimal` (`JSONDecoder` parses it exactly from the text), which tells a whole
    /// number from one that `JSONDecoder` would round to an `Int`, and gives the value.
    public mutating func readInt() throws -> Int {
        let decimal: Decimal
        do {
            decimal = try decodeScalar(Decimal.self)
        } catch DecodingError.typeMismatch(_, let context) {
            throw DecodingError.typeMismatch(Int.self, context)
        } catch DecodingError.valueNotFound(_, let context) {
            throw DecodingError.valueNotFound(Int.self, context)
        } catch {
            // Beyond Decimal's range: only a zero is a whole number that fits.
            let double = try? decodeScalar(Double.self)
            switch JSONNumberRules.integer(decimal: nil, double: double) {
            case .success(let value): return value
            case .failure(let failure):
                throw dataCorrupted(JSONNumberRules.describe(failure, text: double.map { "\($0)" } ?? "(beyond Double's range)"))
            }
        }
        return try integer(from: decimal)
    }

    public mutating func readIntOrNull() throws -> Int? {
        guard probedKind == nil, place == .field, let container else { return try readNull() ? nil : readInt() }
        let key = self.key
        let decimal: Decimal?
        do {
            decimal = try placingErrors { _ in try container.keyed.decodeIfPresent(Decimal.self, forKey: key) }
        } catch DecodingError.typeMismatch(_, let context) {
            throw DecodingError.typeMismatch(Int.self, context)
        } catch DecodingError.dataCorrupted {
            return try readInt()  // beyond Decimal's range: decided from the double
        }
        return try decimal.map(integer(from:))
    }

    static let smallestInt = Decimal(Int.min)
    static let largestInt = Decimal(Int.max)

    /// The `Int` a decimal read by `JSONDecoder` is (its decimals are compact: a whole number has no negative
    /// exponent).
    func integer(from decimal: Decimal) throws -> Int {
        guard decimal.exponent >= 0 || decimal.isZero else {
            throw dataCorrupted(JSONNumberRules.describe(.notAWholeNumber, text: "\(decimal)"))
        }
        let number = NSDecimalNumber(decimal: decimal)
        // Comparing decimals is slow; one well inside Int's range needs no exact comparison.
        if abs(number.doubleValue) < 9.0e18 { return number.intValue }
        guard decimal >= Self.smallestInt, decimal <= Self.largestInt else {
            throw dataCorrupted(JSONNumberRules.describe(.outOfRange, text: "\(decimal)"))
        }
        return number.intValue
    }

    public mutating func readStringOrNull() throws -> String? {
        guard probedKind == nil, place == .field, let container else { return try readNull() ? nil : readString() }
        let key = self.key
        return try placingErrors { _ in try container.keyed.decodeIfPresent(String.self, forKey: key) }
    }

    public mutating func readBoolOrNull() throws -> Bool? {
        guard probedKind == nil, place == .field, let container else { return try readNull() ? nil : readBool() }
        let key = self.key
        return try placingErrors { _ in try container.keyed.decodeIfPresent(Bool.self, forKey: key) }
    }

    public mutating func readDoubleOrNull() throws -> Double? {
        guard probedKind == nil, place == .field, let container else { return try readNull() ? nil : readDouble() }
        let key = self.key
        return try placingErrors { _ in try container.keyed.decodeIfPresent(Double.self, forKey: key) }
    }

    public mutating func readDateOrNull() throws -> Date? {
        guard let text = try readStringOrNull() else { return nil }
        guard let date = RFC3339.parse(text) else {
            throw dataCorrupted("Expected an RFC 3339 date-time, found \"\(text)\"")
        }
        return date
    }

    public mutating func readDouble() throws -> Double {
        return try decodeScalar(Double.self)
    }

    public mutating func readNumber() throws -> JSONValue {
        let readings = try numberReadings()
        guard let value = JSONNumberRules.value(decimal: readings.decimal, double: readings.double) else {
            throw dataCorrupted(JSONNumberRules.describe(.notRepresentable, text: "(beyond Double's range)"))
        }
        return value
    }

    public mutating func readDate() throws -> Date {
        let text = try readString()
        guard let date = RFC3339.parse(text) else {
            throw dataCorrupted("Expected an RFC 3339 date-time, found \"\(text)\"")
        }
        return date
    }

    public mutating func readConstant(_ expected: String, aliases: [String]) throws {
        guard let value = try readStringOrNull() else { return }
        guard value == expected || aliases.contains(value) else {
            throw dataCorrupted("Expected \"\(expected)\", found \"\(value)\"")
        }
    }

    public mutating func readModel<T: JSONModel>(_ type: T.Type) throws -> T {
        try T(reading: &self)
    }

    /// `Decodable.init(from:)` at the position (types without a generated body).
    mutating func decodeWithFoundation<T: Decodable>(_ type: T.Type) throws -> T {
        try settle()
        switch place {
        case .value:
            guard let decoder else { throw dataCorrupted("No value is being read.") }
            return try T(from: decoder.decoder)
        case .field:
            guard let container else { throw dataCorrupted("No object is being read.") }
            return try container.keyed.decode(T.self, forKey: key)
        case .element:
            guard let elements else { throw dataCorrupted("No array is being read.") }
            return try elements.unkeyed.decode(T.self)
        }
    }

    // MARK: Objects

    public mutating func beginObject(_ fields: FieldTable) throws -> ObjectScope {
        guard depth < JSONReader.maximumDepth else {
            _ = try makeObjectContainer()  // the kind error first, as the byte reader gives it
            throw nestingTooDeep()
        }
        let container = try makeObjectContainer()
        var present = [StringCodingKey?](repeating: nil, count: fields.count)
        var unknown: [StringCodingKey] = []
        for key in container.keyed.allKeys {
            if let field = fields.index(of: key.stringValue) {
                present[field] = key
            } else if let message = fields.convertedKeyMessage(key.stringValue) {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: container.keyed.codingPath, debugDescription: message
                    ))
            } else {
                unknown.append(key)
            }
        }
        if unknown.count > 1 { unknown.sort { $0.stringValue < $1.stringValue } }
        let scope = ObjectScope(container: container, fields: fields, present: present, unknown: unknown, depth: depth)
        depth += 1
        clearProbe()
        return scope
    }

    public mutating func nextField(_ object: inout ObjectScope) throws -> Int? {
        while object.cursor < object.present.count {
            let field = object.cursor
            object.cursor += 1
            if let key = object.present[field] {
                object.current = key
                moveToField(object.container, key)
                return field
            }
        }
        let unknownIndex = object.cursor - object.present.count
        guard unknownIndex < object.unknown.count else {
            depth = object.depth
            return nil
        }
        object.cursor += 1
        object.current = object.unknown[unknownIndex]
        moveToField(object.container, object.current)
        return FieldTable.unknownField
    }

    public func currentKey(of object: ObjectScope) -> String {
        object.current.stringValue
    }

    public mutating func readUnknownField(_ object: inout ObjectScope, into values: inout [String: JSONValue]) throws {
        let key = currentKey(of: object)
        guard values[key] == nil else { return }
        values[key] = try readModel(JSONValue.self)
    }

    public mutating func skipValue() throws {}

    public func missingField(_ index: Int, in object: ObjectScope) -> DecodingError {
        let key = object.fields.names[index]
        return .keyNotFound(
            StringCodingKey(key),
            DecodingError.Context(
                codingPath: object.container.keyed.codingPath, debugDescription: "No value associated with key \"\(key)\"."
            ))
    }

    // MARK: Arrays

    public mutating func beginArray() throws -> ArrayScope {
        guard depth < JSONReader.maximumDepth else {
            _ = try makeArrayContainer()
            throw nestingTooDeep()
        }
        let container = try makeArrayContainer()
        let scope = ArrayScope(outer: elements, depth: depth)
        elements = container
        depth += 1
        clearProbe()
        return scope
    }

    public mutating func nextElement(_ array: inout ArrayScope) throws -> Bool {
        guard let elements, !elements.unkeyed.isAtEnd else {
            self.elements = array.outer
            depth = array.depth
            return false
        }
        place = .element
        elementIndex = elements.unkeyed.currentIndex
        clearProbe()
        return true
    }

    // MARK: Looking ahead

    public mutating func peekTag(_ key: String, in tags: UnionTags) throws -> UnionTags.Match {
        try settle()
        let container = try makeObjectContainer()
        probedKind = .object
        probedObject = container
        let codingKey = StringCodingKey(key)
        let value: String?
        do {
            value = try container.keyed.decodeIfPresent(String.self, forKey: codingKey)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: container.keyed.codingPath + [codingKey], debugDescription: "\(error)", underlyingError: error
                ))
        }
        if value == nil, !container.keyed.contains(codingKey) {
            let converted = FieldTable.convertedFromSnakeCase(key)
            if converted != key, container.keyed.contains(StringCodingKey(converted)) {
                throw DecodingError.dataCorrupted(
                    DecodingError.Context(
                        codingPath: container.keyed.codingPath,
                        debugDescription: "Found the key \"\(converted)\" where \"\(key)\" was expected: key decoding "
                            + "strategies are not supported; use JSONDecoder's default .useDefaultKeys."
                    ))
            }
        }
        guard let value else { return .absent }
        return tags.match(value)
    }

    public mutating func peekKeys() throws -> Set<String> {
        try settle()
        let container = try makeObjectContainer()
        probedKind = .object
        probedObject = container
        return Set(container.keyed.allKeys.map(\.stringValue))
    }

    public mutating func peekKeys(among table: FieldTable) throws -> UInt64 {
        try settle()
        let container = try makeObjectContainer()
        probedKind = .object
        probedObject = container
        var present: UInt64 = 0
        for key in container.keyed.allKeys {
            if let index = table.index(of: key.stringValue) { present |= 1 << UInt64(index) }
        }
        return present
    }

    public mutating func attempt<T>(_ body: (inout CodableReader) throws -> T) -> T? {
        try? settle()
        var copy = self
        guard let value = try? body(&copy) else { return nil }
        self = copy
        return value
    }
}

/// The containers and decoders a `CodableReader` holds, by reference: `KeyedDecodingContainer`'s layout is not
/// known outside the standard library, so a reader holding one by value pays run-time value-witness calls every
/// time it moves, and a mutated unkeyed container copied out of an optional is copied whole.
final class ObjectContainer {
    let keyed: KeyedDecodingContainer<StringCodingKey>

    init(_ keyed: KeyedDecodingContainer<StringCodingKey>) {
        self.keyed = keyed
    }
}

/// An array's container, advanced in place as its elements are read.
final class ArrayContainer {
    var unkeyed: any UnkeyedDecodingContainer

    init(_ unkeyed: any UnkeyedDecodingContainer) {
        self.unkeyed = unkeyed
    }
}

/// A decoder of a whole value (the root, or an element a union looks into).
final class DecoderBox {
    let decoder: any Decoder

    init(_ decoder: any Decoder) {
        self.decoder = decoder
    }
}
