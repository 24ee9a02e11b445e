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
    enum Position {
        /// A whole value with its own decoder (the root, or an element a union looks into).
        case value(any Decoder)
        /// The value of `key` in an object.
        case field(KeyedDecodingContainer<StringCodingKey>, StringCodingKey)
        /// The next element of `elements`, at this index (kept: reading the element moves the container on).
        case element(Int)
    }

    /// What a look at the value already took from it (a container made, a string decoded), so the read that
    /// follows reuses it instead of asking the decoder again.
    enum Probe {
        case object(KeyedDecodingContainer<StringCodingKey>)
        case array(any UnkeyedDecodingContainer)
        case string(String)
        case bool(Bool)
        case null
    }

    var position: Position
    var probe: Probe?
    /// The array whose elements are being read.
    var elements: (any UnkeyedDecodingContainer)?
    /// Containers open above the position, counting those of the decoder the reader started with.
    var depth: Int
    /// The kind the last look found, tried first next time (free-form JSON repeats kinds: `[[[…]]]`).
    var lastKind: JSONKind?

    public init(_ decoder: any Decoder) {
        position = .value(decoder)
        depth = decoder.codingPath.count
    }

    /// A model from a decoder: what generated `init(from:)` does.
    public static func decode<T: JSONModel>(_ type: T.Type, from decoder: any Decoder) throws -> T {
        var reader = CodableReader(decoder)
        return try T(reading: &reader)
    }

    // MARK: Coding paths and errors

    var codingPath: [any CodingKey] {
        switch position {
        case .value(let decoder): decoder.codingPath
        case .field(let container, let key): container.codingPath + [key]
        case .element(let index):
            (elements?.codingPath ?? []) + [IndexCodingKey(index)]
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

    mutating func move(to position: Position) {
        self.position = position
        probe = nil
    }

    /// Gives an array element a decoder of its own, so it can be looked at more than once (unions).
    mutating func settle() throws {
        guard case .element = position, probe == nil, var elements else { return }
        let decoder = try elements.superDecoder()
        self.elements = elements
        move(to: .value(decoder))
    }

    // MARK: Reading scalars at the position

    mutating func decodeScalar<T: Decodable>(_ type: T.Type) throws -> T {
        try placingErrors { reader in
            switch reader.position {
            case .value(let decoder): return try decoder.singleValueContainer().decode(T.self)
            case .field(let container, let key): return try container.decode(T.self, forKey: key)
            case .element:
                guard var elements = reader.elements else { throw reader.dataCorrupted("No array is being read.") }
                defer { reader.elements = elements }
                return try elements.decode(T.self)
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
            throw DecodingError.dataCorrupted(DecodingError.Context(
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
        let container: KeyedDecodingContainer<StringCodingKey>
        let fields: FieldTable
        /// Present keys in visiting order: table fields in table order, then unknown keys sorted.
        let keys: [(field: Int, key: StringCodingKey)]
        var cursor = 0
        let depth: Int
    }

    public struct ArrayScope {
        let outer: (any UnkeyedDecodingContainer)?
        let depth: Int
    }

    // MARK: Kinds

    public mutating func peekKind(expected: [JSONKind]) throws -> JSONKind {
        try settle()
        if let probe {
            switch probe {
            case .object: return .object
            case .array: return .array
            case .string: return .string
            case .bool: return .bool
            case .null: return .null
            }
        }
        if try isNull() {
            probe = .null
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
            switch reader.position {
            case .value(let decoder): return try decoder.singleValueContainer().decodeNil()
            case .field(let container, let key): return try container.decodeNil(forKey: key)
            case .element:
                guard var elements = reader.elements else { return false }
                defer { reader.elements = elements }
                return try elements.decodeNil()
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
            probe = .string(value)
        case .bool:
            guard let value = try? decodeScalar(Bool.self) else { return nil }
            probe = .bool(value)
        case .number:
            do {
                _ = try decodeScalar(Decimal.self)
            } catch DecodingError.typeMismatch, DecodingError.valueNotFound {
                return nil
            } catch {
                return .number  // a number that does not fit a Decimal
            }
        case .object:
            guard let container = try? makeObjectContainer() else { return nil }
            probe = .object(container)
        case .array:
            guard let container = try? makeArrayContainer() else { return nil }
            probe = .array(container)
        }
        return kind
    }

    private mutating func makeObjectContainer() throws -> KeyedDecodingContainer<StringCodingKey> {
        if case .object(let container)? = probe { return container }
        return try placingErrors { reader in try reader.newObjectContainer() }
    }

    private mutating func newObjectContainer() throws -> KeyedDecodingContainer<StringCodingKey> {
        switch position {
        case .value(let decoder): return try decoder.container(keyedBy: StringCodingKey.self)
        case .field(let container, let key): return try container.nestedContainer(keyedBy: StringCodingKey.self, forKey: key)
        case .element:
            guard var elements else { throw dataCorrupted("No array is being read.") }
            defer { self.elements = elements }
            return try elements.nestedContainer(keyedBy: StringCodingKey.self)
        }
    }

    private mutating func makeArrayContainer() throws -> any UnkeyedDecodingContainer {
        if case .array(let container)? = probe { return container }
        return try placingErrors { reader in try reader.newArrayContainer() }
    }

    private mutating func newArrayContainer() throws -> any UnkeyedDecodingContainer {
        switch position {
        case .value(let decoder): return try decoder.unkeyedContainer()
        case .field(let container, let key): return try container.nestedUnkeyedContainer(forKey: key)
        case .element:
            guard var elements else { throw dataCorrupted("No array is being read.") }
            defer { self.elements = elements }
            return try elements.nestedUnkeyedContainer()
        }
    }

    // MARK: Scalars

    public mutating func readNull() throws -> Bool {
        if let probe {
            if case .null = probe { return true }
            return false
        }
        return try isNull()
    }

    public mutating func readString() throws -> String {
        if case .string(let value)? = probe { return value }
        return try decodeScalar(String.self)
    }

    public mutating func readBool() throws -> Bool {
        if case .bool(let value)? = probe { return value }
        return try decodeScalar(Bool.self)
    }

    public mutating func readInt() throws -> Int {
        let readings = try numberReadings()
        switch JSONNumberRules.integer(decimal: readings.decimal, double: readings.double) {
        case .success(let value): return value
        case .failure(let failure):
            let text = readings.decimal.map { "\($0)" } ?? readings.double.map { "\($0)" } ?? "(beyond Double's range)"
            throw dataCorrupted(JSONNumberRules.describe(failure, text: text))
        }
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
        if try readNull() { return }
        let value = try readString()
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
        switch position {
        case .value(let decoder): return try T(from: decoder)
        case .field(let container, let key): return try container.decode(T.self, forKey: key)
        case .element: return try decodeScalar(T.self)
        }
    }

    // MARK: Objects

    public mutating func beginObject(_ fields: FieldTable) throws -> ObjectScope {
        guard depth < JSONReader.maximumDepth else {
            _ = try makeObjectContainer()  // the kind error first, as the byte reader gives it
            throw nestingTooDeep()
        }
        let container = try makeObjectContainer()
        var slots = [StringCodingKey?](repeating: nil, count: fields.count)
        var unknown: [StringCodingKey] = []
        for key in container.allKeys {
            if let field = fields.index(of: key.stringValue) {
                slots[field] = key
            } else if fields.isConvertedName(key.stringValue) {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: container.codingPath,
                    debugDescription: "Found the key \"\(key.stringValue)\" where \"\(fields.names.first { FieldTable.convertedFromSnakeCase($0) == key.stringValue } ?? "")\" was expected: "
                        + "key decoding strategies are not supported; use JSONDecoder's default .useDefaultKeys."
                ))
            } else {
                unknown.append(key)
            }
        }
        var keys: [(field: Int, key: StringCodingKey)] = []
        keys.reserveCapacity(slots.count + unknown.count)
        for (field, key) in slots.enumerated() { if let key { keys.append((field, key)) } }
        if !unknown.isEmpty {
            unknown.sort { $0.stringValue < $1.stringValue }
            for key in unknown { keys.append((FieldTable.unknownField, key)) }
        }
        let scope = ObjectScope(container: container, fields: fields, keys: keys, depth: depth)
        depth += 1
        probe = nil
        return scope
    }

    public mutating func nextField(_ object: inout ObjectScope) throws -> Int? {
        guard object.cursor < object.keys.count else {
            depth = object.depth
            return nil
        }
        let entry = object.keys[object.cursor]
        object.cursor += 1
        move(to: .field(object.container, entry.key))
        return entry.field
    }

    public func currentKey(of object: ObjectScope) -> String {
        guard object.cursor > 0 else { return "" }
        return object.keys[object.cursor - 1].key.stringValue
    }

    public mutating func readUnknownField(_ object: inout ObjectScope, into values: inout [String: JSONValue]) throws {
        let key = currentKey(of: object)
        guard values[key] == nil else { return }
        values[key] = try readModel(JSONValue.self)
    }

    public mutating func skipValue() throws {}

    public func missingField(_ index: Int, in object: ObjectScope) -> DecodingError {
        let key = object.fields.names[index]
        return .keyNotFound(StringCodingKey(key), DecodingError.Context(
            codingPath: object.container.codingPath, debugDescription: "No value associated with key \"\(key)\"."
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
        probe = nil
        return scope
    }

    public mutating func nextElement(_ array: inout ArrayScope) throws -> Bool {
        guard let elements, !elements.isAtEnd else {
            self.elements = array.outer
            depth = array.depth
            return false
        }
        move(to: .element(elements.currentIndex))
        return true
    }

    // MARK: Looking ahead

    public mutating func peekTag(_ key: String, in tags: UnionTags) throws -> UnionTags.Match {
        try settle()
        let container = try makeObjectContainer()
        probe = .object(container)
        let codingKey = StringCodingKey(key)
        if !container.contains(codingKey) {
            let converted = FieldTable.convertedFromSnakeCase(key)
            if converted != key, container.contains(StringCodingKey(converted)) {
                throw DecodingError.dataCorrupted(DecodingError.Context(
                    codingPath: container.codingPath,
                    debugDescription: "Found the key \"\(converted)\" where \"\(key)\" was expected: key decoding "
                        + "strategies are not supported; use JSONDecoder's default .useDefaultKeys."
                ))
            }
            return .absent
        }
        let value: String?
        do {
            value = try container.decodeIfPresent(String.self, forKey: codingKey)
        } catch let error as DecodingError {
            throw error
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: container.codingPath + [codingKey], debugDescription: "\(error)", underlyingError: error
            ))
        }
        guard let value else { return .absent }
        return tags.match(value)
    }

    public mutating func peekKeys() throws -> Set<String> {
        try settle()
        let container = try makeObjectContainer()
        probe = .object(container)
        return Set(container.allKeys.map(\.stringValue))
    }

    public mutating func attempt<T>(_ body: (inout CodableReader) throws -> T) -> T? {
        try? settle()
        var copy = self
        guard let value = try? body(&copy) else { return nil }
        self = copy
        return value
    }
}
