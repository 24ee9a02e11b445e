import Foundation

/// The byte back end of `ModelReader`.
///
/// It accepts what `JSONDecoder` accepts and checks what it checks, where it checks it: the document's structure
/// as a whole (one trailing comma is tolerated, as Foundation does), and a string's or a number's content only
/// when the value is read (a string with a raw control character, a number like `01` are errors at their own
/// coding path; in a value nobody reads, such as the second of two repeated keys, they pass).
///
/// The common shapes take short paths that decide only what they are sure of and otherwise leave the position as
/// it was for the general code: a key that is the field likely to come next, compared in place; a string without
/// escapes, control characters or bytes beyond ASCII; an integer of up to 18 digits; a literal spelled whole.
@_spi(Generated) extension JSONReader: ModelReader {
    /// One object being read: which table fields were seen (a repeated key is read once: the first wins), the key
    /// at the position, and, in declaration order, the fields still to visit. Plain values only, so opening and
    /// closing an object costs no reference counting beyond its table's.
    public struct ObjectScope {
        /// The table, not retained: a reference held here costs an atomic retain and release per object, and the
        /// tables readers are given (the generated types' static ones) live as long as the program.
        let table: Unmanaged<FieldTable>
        /// What matching a likely next key reads, as plain values.
        let keys: FieldTable.KeyMatching
        /// The field the last key matched: the next key is likely the field after it.
        var lastField = -1
        var seen: UInt64 = 0
        var isFirst = true
        /// The key at the position, as the byte range of its text, and whether it has escapes.
        var keyStart = 0
        var keyEnd = 0
        var keyEscaped = false
        /// Tables beyond 64 fields: where this object's words start in the reader's `seenBeyond64` (-1: none).
        var beyond64Start = -1
        /// Declaration order only: this object's fields in the reader's `declaredEntries`, the next one to visit,
        /// and where the object ends.
        var entriesStart = 0
        var entriesEnd = 0
        var cursor = 0
        var end = 0

        init(fields: FieldTable) {
            table = .passUnretained(fields)
            keys = fields.keyMatching
        }

        var fields: FieldTable { table.takeUnretainedValue() }
    }

    struct DeclaredOrderEntry {
        var field: Int
        var key: String
        var token: KeyToken
        var valueStart: Int
    }

    /// A key's text as a byte range, and what its scan found.
    struct KeyToken {
        var start: Int
        var scanned: JSONStringScanning.Token

        var end: Int { scanned.textEnd }
        var escaped: Bool { scanned.escaped }
        /// ASCII without escapes or control characters: the bytes are the key.
        var plain: Bool { scanned.plain }
    }

    public struct ArrayScope {
        var count = 0
    }

    // MARK: Kinds and scalars

    public mutating func peekKind(expected: [JSONKind]) throws -> JSONKind {
        skipWhitespace()
        switch peekByte() {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw syntaxError("expected a value")
        }
    }

    public mutating func readNull() throws -> Bool {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return false }
        try matchLiteral("null")
        return true
    }

    /// The literal at the position (its first byte already checked), consumed.
    @inline(__always)
    mutating func matchLiteral(_ literal: StaticString) throws {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count, let base = bytes.baseAddress else { throw syntaxError("invalid literal") }
        // `null` and `true` are one 4-byte word; `false` is one and a byte.
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt32.self)
        let expected = UnsafeRawPointer(literal.utf8Start).loadUnaligned(as: UInt32.self)
        guard word == expected, length == 4 || base[index + 4] == literal.utf8Start[4] else {
            throw syntaxError("invalid literal")
        }
        index += length
    }

    public mutating func readBool() throws -> Bool {
        skipWhitespace()
        switch peekByte() {
        case UInt8(ascii: "t"):
            try matchLiteral("true")
            return true
        case UInt8(ascii: "f"):
            try matchLiteral("false")
            return false
        default:
            throw mismatch(Bool.self)
        }
    }

    public mutating func readString() throws -> String {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw mismatch(String.self) }
        return try scanString()
    }

    /// The string token at the position (its opening quote is next), its content checked.
    mutating func scanString() throws -> String {
        let quote = index
        let token = try stringToken(at: quote)
        let content = UnsafeBufferPointer(rebasing: bytes[(quote + 1)..<token.textEnd])
        let text: String
        if let repeatedStrings, !token.escaped, !token.control, content.count >= RepeatedStrings.minimumBytes {
            text = try repeatedStrings.text(of: content) { try makeText(content, token, quote: quote) }
        } else if token.escaped, !token.control, content.count >= RepeatedStrings.minimumBytes {
            text = try escapedText(content, token, quote: quote)
        } else {
            text = try makeText(content, token, quote: quote)
        }
        index = token.next
        return text
    }

    /// The text of a string with escapes: the last one's when its bytes are the same (see `lastEscapedString`).
    @inline(never)
    mutating func escapedText(_ content: UnsafeBufferPointer<UInt8>, _ token: JSONStringScanning.Token, quote: Int) throws -> String {
        let start = quote + 1
        if let last = lastEscapedString, last.count == content.count, let base = bytes.baseAddress,
            memcmp(base + last.start, base + start, content.count) == 0
        {
            return last.text
        }
        let text = try makeText(content, token, quote: quote)
        lastEscapedString = EscapedString(start: start, count: content.count, text: text)
        return text
    }

    /// The token of the string whose opening quote is at `quote`.
    @inline(__always)
    func stringToken(at quote: Int) throws -> JSONStringScanning.Token {
        do {
            return try JSONStringScanning.scan(bytes, quote: quote)
        } catch {
            throw syntaxError(error.message)
        }
    }

    /// The text of a string token's content, or the error for it.
    @inline(__always)
    func makeText(_ content: UnsafeBufferPointer<UInt8>, _ token: JSONStringScanning.Token, quote: Int) throws -> String {
        if token.plain { return String(decoding: content, as: UTF8.self) }
        do {
            return try JSONStringScanning.text(content, token: token)
        } catch {
            throw dataCorrupted("\(error.message) at byte \(quote).")
        }
    }

    // The value or nil, from one look at the value: what `readNull() ? nil : read…()` does.

    public mutating func readStringOrNull() throws -> String? {
        skipWhitespace()
        guard index < bytes.count else { throw mismatch(String.self) }
        switch bytes[index] {
        case UInt8(ascii: "\""): return try scanString()
        case UInt8(ascii: "n"):
            try matchLiteral("null")
            return nil
        default: throw mismatch(String.self)
        }
    }

    public mutating func readBoolOrNull() throws -> Bool? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return try readBool() }
        try matchLiteral("null")
        return nil
    }

    public mutating func readIntOrNull() throws -> Int? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return try readInt() }
        try matchLiteral("null")
        return nil
    }

    public mutating func readInt() throws -> Int {
        skipWhitespace()
        if let value = plainInteger() { return value }
        let (text, isPlainInteger) = try scanNumber(for: Int.self)
        if isPlainInteger {
            guard let value = Int(text) else { throw dataCorrupted(JSONNumberRules.describe(.outOfRange, text: text)) }
            return value
        }
        let decimal = JSONNumberRules.decimal(fromText: text)
        let double = decimal.map { Double($0.description) } ?? JSONNumberRules.double(fromText: text)
        switch JSONNumberRules.integer(decimal: decimal, double: double) {
        case .success(let value): return value
        case .failure(let failure): throw dataCorrupted(JSONNumberRules.describe(failure, text: text))
        }
    }

    /// The integer at the position when the number is a plain integer of 1 to 18 digits (always in range): `-?`
    /// then `0` or a digit 1–9 and more digits, ending where the number token ends. Nil (nothing consumed) for
    /// anything else, which `scanNumber` then reads and checks.
    @inline(__always)
    mutating func plainInteger() -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var position = index
        let negative = position < count && base[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let first = position
        var value = 0
        while position < count {
            let digit = base[position] &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value &* 10 &+ Int(digit)
            position += 1
        }
        let digits = position - first
        guard digits > 0, digits <= 18, digits == 1 || base[first] != UInt8(ascii: "0") else { return nil }
        // The token goes on (a fraction, an exponent, a sign): not a plain integer.
        if position < count {
            switch base[position] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"): return nil
            default: break
            }
        }
        index = position
        return negative ? -value : value
    }

    public mutating func readDouble() throws -> Double {
        let (text, _) = try scanNumber(for: Double.self)
        guard let value = JSONNumberRules.double(fromText: text) else {
            throw dataCorrupted(JSONNumberRules.describe(.notRepresentable, text: text))
        }
        return value
    }

    public mutating func readNumber() throws -> JSONValue {
        skipWhitespace()
        if let value = plainInteger() { return .integer(Int64(value)) }
        let (text, isPlainInteger) = try scanNumber(for: Double.self)
        if isPlainInteger, let value = Int64(text) { return .integer(value) }
        let decimal = JSONNumberRules.decimal(fromText: text)
        let double = decimal.map { Double($0.description) } ?? JSONNumberRules.double(fromText: text)
        guard let value = JSONNumberRules.value(decimal: decimal, double: double) else {
            throw dataCorrupted(JSONNumberRules.describe(.notRepresentable, text: text))
        }
        return value
    }

    /// The number token at the position, checked against JSON's grammar, and whether it has neither a fraction
    /// nor an exponent.
    mutating func scanNumber(for type: Any.Type) throws -> (text: String, isPlainInteger: Bool) {
        skipWhitespace()
        let start = index
        let first = peekByte()
        guard first == UInt8(ascii: "-") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")) else {
            throw mismatch(type)
        }
        let end = JSONNumberScanning.tokenEnd(in: bytes, from: start)
        let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
        guard let isPlainInteger = JSONNumberScanning.grammar(of: token) else {
            throw dataCorrupted("Invalid number \"\(String(decoding: token, as: UTF8.self))\" at byte \(start).")
        }
        index = end
        return (String(decoding: token, as: UTF8.self), isPlainInteger)
    }

    /// A plain date string is parsed in place, without making a `String`.
    public mutating func readDate() throws -> Date {
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "\""),
            let token = try? stringToken(at: index), token.plain,
            let date = RFC3339.parse(utf8: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<token.textEnd]))
        {
            index = token.next
            return date
        }
        let text = try readString()
        guard let date = RFC3339.parse(text) else {
            throw dataCorrupted("Expected an RFC 3339 date-time, found \"\(text)\"")
        }
        return date
    }

    public mutating func readDateOrNull() throws -> Date? {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "n") else { return try readDate() }
        try matchLiteral("null")
        return nil
    }

    /// A value spelled exactly as `expected` is compared in place; anything else is read as a `String` and
    /// compared as one (canonically equivalent spellings match, as with `JSONDecoder`).
    public mutating func readConstant(_ expected: String, aliases: [String]) throws {
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "\""),
            let token = try? stringToken(at: index), token.plain,
            JSONStringScanning.equals(UnsafeBufferPointer(rebasing: bytes[(index + 1)..<token.textEnd]), expected)
        {
            index = token.next
            return
        }
        if try readNull() { return }
        let value = try readString()
        guard value == expected || aliases.contains(value) else {
            throw dataCorrupted("Expected \"\(expected)\", found \"\(value)\"")
        }
    }

    public mutating func readModel<T: JSONModel>(_ type: T.Type) throws -> T {
        try T(reading: &self)
    }

    /// The bytes of the value at the position, decoded by `JSONDecoder` (types without a generated body).
    mutating func decodeWithFoundation<T: Decodable>(_ type: T.Type) throws -> T {
        skipWhitespace()
        var copy = self
        let start = index
        try copy.skipValue()
        let value: T
        do {
            value = try JSONDecoder().decode(T.self, from: Data(UnsafeBufferPointer(rebasing: bytes[start..<copy.index])))
        } catch let error as DecodingError {
            throw error.prefixingCodingPath(codingPath)
        }
        self = copy
        return value
    }

    // MARK: Objects

    public mutating func beginObject(_ fields: FieldTable) throws -> ObjectScope {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { throw mismatch([String: Any].self) }
        guard depth < Self.maximumDepth else { throw nestingTooDeep() }
        index += 1
        enter(.objectStart)
        var object = ObjectScope(fields: fields)
        if fields.count > 64 {
            object.beyond64Start = seenBeyond64.count
            seenBeyond64.append(contentsOf: repeatElement(0, count: (fields.count - 1) / 64))
        }
        if order == .declaration { try collectFieldsInDeclarationOrder(&object) }
        return object
    }

    func nestingTooDeep() -> DecodingError {
        dataCorrupted("Nested more than \(Self.maximumDepth) arrays or objects deep.")
    }

    /// One container deeper: its path component when the path is kept.
    @inline(__always)
    mutating func enter(_ component: PathComponent) {
        depth += 1
        if tracksPath { path.append(component) }
    }

    /// Out of the innermost container.
    @inline(__always)
    mutating func leave() {
        depth -= 1
        if tracksPath { path.removeLast() }
    }

    /// The innermost container's path component is now `component` (a key, an element's index).
    @inline(__always)
    mutating func setLastPathComponent(_ component: PathComponent) {
        if tracksPath { path[path.count - 1] = component }
    }

    /// Marks `field` seen in `object`; false when it already was.
    @inline(__always)
    mutating func markSeen(_ field: Int, in object: inout ObjectScope) -> Bool {
        if field < 64 {
            let bit: UInt64 = 1 &<< UInt64(truncatingIfNeeded: field)
            if object.seen & bit != 0 { return false }
            object.seen |= bit
            return true
        }
        let word = object.beyond64Start + (field - 64) / 64
        let bit: UInt64 = 1 << UInt64((field - 64) % 64)
        if seenBeyond64[word] & bit != 0 { return false }
        seenBeyond64[word] |= bit
        return true
    }

    /// The object ends: its words of seen fields and its declared entries are let go.
    @inline(__always)
    mutating func endObject(_ object: ObjectScope) {
        if object.beyond64Start >= 0 { seenBeyond64.removeSubrange(object.beyond64Start...) }
        if order == .declaration { declaredEntries.removeSubrange(object.entriesStart...) }
    }

    public mutating func nextField(_ object: inout ObjectScope) throws -> Int? {
        if order == .document {
            let next = nextPredictedField(&object)
            if next >= 0 { return next }
        }
        return try nextFieldInGeneral(&object)
    }

    /// What `nextPredictedField` returns when the general code must read the next key.
    static var notPredicted: Int { -1 }

    /// The next field of any key, in either order (the short path's work is out of its way).
    @inline(never)
    mutating func nextFieldInGeneral(_ object: inout ObjectScope) throws -> Int? {
        if order == .declaration { return nextFieldInDeclarationOrder(&object) }
        while let key = try nextKey(&object) {
            guard let field = try lookUp(key, in: object.fields, predicted: object.lastField + 1) else {
                try checkUnknownKey(key, in: object.fields)
                return FieldTable.unknownField
            }
            object.lastField = field
            if markSeen(field, in: &object) { return field }
            try skipValue()  // a repeated key: the first occurrence wins
        }
        endObject(object)
        return nil
    }

    /// The next field when its key is one of the likely next ones (servers write fields in a steady order):
    /// compared in place, without scanning the key first. `notPredicted` when it is not (nothing is consumed then).
    @inline(__always)
    mutating func nextPredictedField(_ object: inout ObjectScope) -> Int {
        guard let base = bytes.baseAddress else { return Self.notPredicted }
        let count = bytes.count
        // Indices stay below `count`, so plain adds (`&+`) cannot overflow here.
        var position = index
        while position < count, JSONReader.isWhitespace(base[position]) { position &+= 1 }
        if !object.isFirst {
            guard position < count, base[position] == UInt8(ascii: ",") else { return Self.notPredicted }
            position &+= 1
            while position < count, JSONReader.isWhitespace(base[position]) { position &+= 1 }
        }
        guard position < count, base[position] == UInt8(ascii: "\"") else { return Self.notPredicted }
        let keyStart = position &+ 1
        guard let (predicted, quote) = predictedKey(at: keyStart, base: base, count: count, in: object) else {
            return Self.notPredicted
        }
        var colon = quote &+ 1
        while colon < count, JSONReader.isWhitespace(base[colon]) { colon &+= 1 }
        guard colon < count, base[colon] == UInt8(ascii: ":"), markSeen(predicted, in: &object) else {
            return Self.notPredicted
        }
        object.isFirst = false
        object.lastField = predicted
        object.keyStart = keyStart
        object.keyEnd = quote
        object.keyEscaped = false
        index = colon &+ 1
        setLastPathComponent(.key(start: keyStart, end: quote, escaped: false))
        return predicted
    }

    /// The field whose name is the key at `keyStart` among the likely next ones, and the index of the key's closing
    /// quote. Tried in turn: the first two fields not yet seen after the last one matched (an absent optional is
    /// skipped), then the first field not yet seen (a field the writer puts earlier than the spec does, such as a
    /// tag written after the shared fields). Tables beyond 64 fields try the field after the last one.
    @inline(__always)
    func predictedKey(at keyStart: Int, base: UnsafePointer<UInt8>, count: Int, in object: ObjectScope) -> (field: Int, quote: Int)? {
        let fields = object.keys
        let fieldCount = fields.count
        guard fieldCount <= 64 else {
            let next = object.lastField + 1
            guard next < fieldCount else { return nil }
            return fields.quoteAfterName(of: next, at: keyStart, base: base, count: count).map { (next, $0) }
        }
        let unseen = fields.allFields & ~object.seen
        guard unseen != 0 else { return nil }
        let after = object.lastField &+ 1  // 0...64
        let laterUnseen = after < 64 ? unseen & (UInt64.max &<< UInt64(truncatingIfNeeded: after)) : 0
        if laterUnseen != 0 {
            let next = laterUnseen.trailingZeroBitCount
            if let quote = fields.quoteAfterName(of: next, at: keyStart, base: base, count: count) { return (next, quote) }
            let rest = laterUnseen & (laterUnseen &- 1)
            if rest != 0 {
                let second = rest.trailingZeroBitCount
                if let quote = fields.quoteAfterName(of: second, at: keyStart, base: base, count: count) { return (second, quote) }
            }
        }
        let lowest = unseen.trailingZeroBitCount
        guard lowest < after else { return nil }  // tried above
        return fields.quoteAfterName(of: lowest, at: keyStart, base: base, count: count).map { (lowest, $0) }
    }

    /// Space, line feed, carriage return, tab.
    @inline(__always)
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte <= 0x20 && (UInt64(0x1_0000_2600) >> UInt64(byte)) & 1 != 0
    }

    /// The next key of the object and its colon (the value is next), or nil after the closing brace (then the
    /// object's path component is gone). One trailing comma is accepted, as `JSONDecoder` accepts it.
    mutating func nextKey(_ object: inout ObjectScope) throws -> KeyToken? {
        skipWhitespace()
        if !object.isFirst && peekByte() != UInt8(ascii: "}") {
            guard peekByte() == UInt8(ascii: ",") else { throw syntaxError("expected ',' or '}'") }
            index += 1
            skipWhitespace()
        }
        guard index < bytes.count else { throw syntaxError("unterminated object") }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            leave()
            return nil
        }
        object.isFirst = false
        let key = try scanKey()
        object.keyStart = key.start
        object.keyEnd = key.end
        object.keyEscaped = key.escaped
        setLastPathComponent(.key(start: key.start, end: key.end, escaped: key.escaped))
        return key
    }

    /// A key token and its colon. Short plain keys (the usual ones) are found by a plain byte loop.
    mutating func scanKey() throws -> KeyToken {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw syntaxError("expected a key") }
        let quote = index
        var end = quote + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                var colon = end + 1
                while colon < bytes.count, JSONReader.isWhitespace(bytes[colon]) { colon += 1 }
                guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { break }
                index = colon + 1
                let scanned = JSONStringScanning.Token(textEnd: end, next: end + 1, escaped: false, control: false, ascii: true)
                return KeyToken(start: quote + 1, scanned: scanned)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            end += 1
        }
        let token: JSONStringScanning.Token
        do {
            token = try JSONStringScanning.scan(bytes, quote: quote)
        } catch {
            throw syntaxError(error.message)
        }
        index = token.next
        try expect(UInt8(ascii: ":"), "':'")
        return KeyToken(start: quote + 1, scanned: token)
    }

    /// An unknown key that is a field's name as a snake-case-converting decoder shows it fails the object, as it
    /// does on the Codable back end (see `FieldTable.convertedKeyMessage`).
    func checkUnknownKey(_ key: KeyToken, in fields: FieldTable) throws {
        guard !fields.convertedNames.isEmpty else { return }
        try checkUnknownKey(named: keyString(key), in: fields)
    }

    func checkUnknownKey(named name: String, in fields: FieldTable) throws {
        guard let message = fields.convertedKeyMessage(name) else { return }
        var objectPath = self
        if objectPath.tracksPath { objectPath.path[objectPath.path.count - 1] = .objectStart }
        throw objectPath.dataCorrupted(message)
    }

    /// The table index of a key (a key that is not plain is checked and unescaped first).
    func lookUp(_ key: KeyToken, in fields: FieldTable, predicted: Int = -1) throws -> Int? {
        if key.plain {
            return fields.index(ofKey: UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), predicted: predicted)
        }
        return fields.index(of: try keyString(key))
    }

    /// A key's text, checked as `JSONDecoder` checks keys when it makes an object's container: an error belongs to
    /// the object.
    func keyString(_ key: KeyToken) throws -> String {
        let text = UnsafeBufferPointer(rebasing: bytes[key.start..<key.end])
        do {
            return try JSONStringScanning.text(text, token: key.scanned)
        } catch {
            var objectPath = self
            if objectPath.tracksPath { objectPath.path[objectPath.path.count - 1] = .objectStart }
            throw objectPath.dataCorrupted("\(error.message) in a key at byte \(key.start).")
        }
    }

    public func currentKey(of object: ObjectScope) -> String {
        keyText(object.keyStart, object.keyEnd, escaped: object.keyEscaped)
    }

    public mutating func readUnknownField(_ object: inout ObjectScope, into values: inout [String: JSONValue]) throws {
        let key = currentKey(of: object)
        if values[key] != nil {
            try skipValue()  // a repeated key: the first occurrence wins
        } else {
            values[key] = try readModel(JSONValue.self)
        }
    }

    public func missingField(_ index: Int, in object: ObjectScope) -> DecodingError {
        let key = object.fields.names[index]
        return .keyNotFound(
            StringCodingKey(key),
            DecodingError.Context(
                codingPath: codingPath, debugDescription: "No value associated with key \"\(key)\"."
            ))
    }

    // MARK: Objects in declaration order (the second reading of a document that failed)

    /// Reads the keys of the object (first occurrences; every key checked, as `JSONDecoder` checks them when it
    /// makes the container), sorts them as the Codable back end visits them, and leaves the position at the first.
    mutating func collectFieldsInDeclarationOrder(_ object: inout ObjectScope) throws {
        var entries: [DeclaredOrderEntry] = []
        var unknownSeen = Set<String>()
        var keys: [KeyToken] = []
        var valueStarts: [Int] = []
        var scan = ObjectScope(fields: object.fields)
        while let key = try nextKey(&scan) {
            keys.append(key)
            skipWhitespace()
            valueStarts.append(index)
            try skipValue()
        }
        enter(.objectStart)  // back inside the object while its keys are checked
        for (key, valueStart) in zip(keys, valueStarts) {
            let name = try keyString(key)
            let field = object.fields.index(of: name) ?? FieldTable.unknownField
            if field == FieldTable.unknownField {
                try checkUnknownKey(named: name, in: object.fields)
                guard unknownSeen.insert(name).inserted else { continue }
            } else {
                guard markSeen(field, in: &object) else { continue }
            }
            entries.append(DeclaredOrderEntry(field: field, key: name, token: key, valueStart: valueStart))
        }
        entries.sort { lhs, rhs in
            switch (lhs.field == FieldTable.unknownField, rhs.field == FieldTable.unknownField) {
            case (false, false): lhs.field < rhs.field
            case (true, true): lhs.key < rhs.key
            case (false, true): true
            case (true, false): false
            }
        }
        object.entriesStart = declaredEntries.count
        declaredEntries.append(contentsOf: entries)
        object.entriesEnd = declaredEntries.count
        object.cursor = object.entriesStart
        object.end = index
    }

    mutating func nextFieldInDeclarationOrder(_ object: inout ObjectScope) -> Int? {
        guard object.cursor < object.entriesEnd else {
            index = object.end
            leave()
            endObject(object)
            return nil
        }
        let entry = declaredEntries[object.cursor]
        object.cursor += 1
        object.keyStart = entry.token.start
        object.keyEnd = entry.token.end
        object.keyEscaped = entry.token.escaped
        setLastPathComponent(.key(start: entry.token.start, end: entry.token.end, escaped: entry.token.escaped))
        index = entry.valueStart
        return entry.field
    }

    // MARK: Arrays

    public mutating func beginArray() throws -> ArrayScope {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw mismatch([Any].self) }
        guard depth < Self.maximumDepth else { throw nestingTooDeep() }
        index += 1
        enter(.index(-1))
        return ArrayScope()
    }

    /// One trailing comma is accepted, as `JSONDecoder` accepts it.
    public mutating func nextElement(_ array: inout ArrayScope) throws -> Bool {
        skipWhitespace()
        if array.count > 0 && peekByte() != UInt8(ascii: "]") {
            guard peekByte() == UInt8(ascii: ",") else { throw syntaxError("expected ',' or ']'") }
            index += 1
            skipWhitespace()
        }
        guard index < bytes.count else { throw syntaxError("unterminated array") }
        if bytes[index] == UInt8(ascii: "]") {
            index += 1
            leave()
            return false
        }
        setLastPathComponent(.index(array.count))
        array.count += 1
        return true
    }
}
