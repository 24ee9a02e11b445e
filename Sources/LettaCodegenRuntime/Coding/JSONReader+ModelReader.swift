import Foundation

/// The byte back end of `ModelReader`.
///
/// It accepts what `JSONDecoder` accepts and checks what it checks, where it checks it: the document's structure
/// as a whole (one trailing comma is tolerated, as Foundation does), and a string's or a number's content only
/// when the value is read (a string with a raw control character, a number like `01` are errors at their own
/// coding path; in a value nobody reads, such as the second of two repeated keys, they pass).
@_spi(Generated) extension JSONReader: ModelReader {
    /// One object being read: which table fields were seen (a repeated key is read once: the first wins), and, in
    /// declaration order, the fields still to visit.
    public struct ObjectScope {
        let fields: FieldTable
        /// The field the last key matched: the next key is likely the field after it.
        var lastField = -1
        var seen: UInt64 = 0
        var seenBeyond64: Set<Int> = []
        var isFirst = true
        /// Declaration order only: every field (first occurrences), sorted, and where the object ends.
        var entries: [DeclaredOrderEntry] = []
        var cursor = 0
        var end = 0

        init(fields: FieldTable) {
            self.fields = fields
        }

        /// Marks `field` seen; false when it already was.
        mutating func markSeen(_ field: Int) -> Bool {
            if field < 64 {
                let bit: UInt64 = 1 << UInt64(field)
                if seen & bit != 0 { return false }
                seen |= bit
                return true
            }
            return seenBeyond64.insert(field).inserted
        }
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

    mutating func matchLiteral(_ literal: StaticString) throws {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { throw syntaxError("invalid literal") }
        for offset in 0..<length where bytes[index + offset] != literal.utf8Start[offset] {
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
        let token: JSONStringScanning.Token
        do {
            token = try JSONStringScanning.scan(bytes, quote: quote)
        } catch {
            throw syntaxError(error.message)
        }
        let content = UnsafeBufferPointer(rebasing: bytes[(quote + 1)..<token.textEnd])
        do {
            let text = try JSONStringScanning.text(content, token: token)
            index = token.next
            return text
        } catch {
            throw dataCorrupted("\(error.message) at byte \(quote).")
        }
    }

    public mutating func readInt() throws -> Int {
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

    public mutating func readDouble() throws -> Double {
        let (text, _) = try scanNumber(for: Double.self)
        guard let value = JSONNumberRules.double(fromText: text) else {
            throw dataCorrupted(JSONNumberRules.describe(.notRepresentable, text: text))
        }
        return value
    }

    public mutating func readNumber() throws -> JSONValue {
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
            let token = try? JSONStringScanning.scan(bytes, quote: index), token.plain,
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
        guard path.count < Self.maximumDepth else { throw nestingTooDeep() }
        index += 1
        path.append(.objectStart)
        var object = ObjectScope(fields: fields)
        if order == .declaration { try collectFieldsInDeclarationOrder(&object) }
        return object
    }

    func nestingTooDeep() -> DecodingError {
        dataCorrupted("Nested more than \(Self.maximumDepth) arrays or objects deep.")
    }

    public mutating func nextField(_ object: inout ObjectScope) throws -> Int? {
        if order == .declaration { return nextFieldInDeclarationOrder(&object) }
        if let field = try nextPredictedField(&object) { return field }
        while let key = try nextKey(&object.isFirst) {
            guard let field = try lookUp(key, in: object.fields, predicted: object.lastField + 1) else {
                return FieldTable.unknownField
            }
            object.lastField = field
            if object.markSeen(field) { return field }
            try skipValue()  // a repeated key: the first occurrence wins
        }
        return nil
    }

    /// The next field when its key is the one after the last field matched (servers write fields in a steady
    /// order): compared in place, without scanning the key first. Nil when it is not (nothing is consumed then).
    mutating func nextPredictedField(_ object: inout ObjectScope) throws -> Int? {
        var position = index
        while position < bytes.count,
            bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09
        {
            position += 1
        }
        if !object.isFirst {
            guard position < bytes.count, bytes[position] == UInt8(ascii: ",") else { return nil }
            position += 1
            while position < bytes.count,
                bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09
            {
                position += 1
            }
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        guard let (predicted, quote) = predictedKey(at: position + 1, in: object) else { return nil }
        var colon = quote + 1
        while colon < bytes.count, bytes[colon] == 0x20 || bytes[colon] == 0x0A || bytes[colon] == 0x0D || bytes[colon] == 0x09 {
            colon += 1
        }
        guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":"), object.markSeen(predicted) else { return nil }
        object.isFirst = false
        object.lastField = predicted
        index = colon + 1
        path[path.count - 1] = .key(start: position + 1, end: quote, escaped: false)
        return predicted
    }

    /// The field whose name is the key at `keyStart` among the likely next ones, and the index of the key's closing
    /// quote. Tried in turn: the first two fields not yet seen after the last one matched (an absent optional is
    /// skipped), then the first field not yet seen (a field the writer puts earlier than the spec does, such as a
    /// tag written after the shared fields). Tables beyond 64 fields try the field after the last one.
    @inline(__always)
    func predictedKey(at keyStart: Int, in object: ObjectScope) -> (field: Int, quote: Int)? {
        let fields = object.fields
        let count = fields.count
        guard count <= 64 else {
            return fields.endOfKey(ifField: object.lastField + 1, at: keyStart, in: bytes).map { (object.lastField + 1, $0) }
        }
        let unseen = (count == 64 ? UInt64.max : (1 << UInt64(count)) &- 1) & ~object.seen
        guard unseen != 0 else { return nil }
        let laterUnseen = unseen & ~((1 << UInt64(object.lastField + 1)) &- 1)
        if laterUnseen != 0 {
            let next = laterUnseen.trailingZeroBitCount
            if let quote = fields.endOfKey(ifField: next, at: keyStart, in: bytes) { return (next, quote) }
            let rest = laterUnseen & (laterUnseen &- 1)
            if rest != 0 {
                let second = rest.trailingZeroBitCount
                if let quote = fields.endOfKey(ifField: second, at: keyStart, in: bytes) { return (second, quote) }
            }
        }
        let lowest = unseen.trailingZeroBitCount
        guard lowest < object.lastField + 1 else { return nil }  // tried above
        return fields.endOfKey(ifField: lowest, at: keyStart, in: bytes).map { (lowest, $0) }
    }

    /// The next key of the object and its colon (the value is next), or nil after the closing brace (then the
    /// object's path component is gone). One trailing comma is accepted, as `JSONDecoder` accepts it.
    mutating func nextKey(_ isFirst: inout Bool) throws -> KeyToken? {
        skipWhitespace()
        if !isFirst && peekByte() != UInt8(ascii: "}") {
            guard peekByte() == UInt8(ascii: ",") else { throw syntaxError("expected ',' or '}'") }
            index += 1
            skipWhitespace()
        }
        guard index < bytes.count else { throw syntaxError("unterminated object") }
        if bytes[index] == UInt8(ascii: "}") {
            index += 1
            path.removeLast()
            return nil
        }
        isFirst = false
        let key = try scanKey()
        path[path.count - 1] = .key(start: key.start, end: key.end, escaped: key.escaped)
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
                while colon < bytes.count, bytes[colon] == 0x20 || bytes[colon] == 0x0A || bytes[colon] == 0x0D || bytes[colon] == 0x09 {
                    colon += 1
                }
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
            objectPath.path[objectPath.path.count - 1] = .objectStart
            throw objectPath.dataCorrupted("\(error.message) in a key at byte \(key.start).")
        }
    }

    public func currentKey(of object: ObjectScope) -> String {
        guard case .key(let start, let end, let escaped)? = path.last else { return "" }
        return keyText(start, end, escaped: escaped)
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
        var isFirst = true
        var keys: [KeyToken] = []
        var valueStarts: [Int] = []
        while let key = try nextKey(&isFirst) {
            keys.append(key)
            skipWhitespace()
            valueStarts.append(index)
            try skipValue()
        }
        path.append(.objectStart)  // back inside the object while its keys are checked
        for (key, valueStart) in zip(keys, valueStarts) {
            let name = try keyString(key)
            let field = object.fields.index(of: name) ?? FieldTable.unknownField
            if field == FieldTable.unknownField {
                guard unknownSeen.insert(name).inserted else { continue }
            } else {
                guard object.markSeen(field) else { continue }
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
        object.entries = entries
        object.end = index
    }

    mutating func nextFieldInDeclarationOrder(_ object: inout ObjectScope) -> Int? {
        guard object.cursor < object.entries.count else {
            index = object.end
            path.removeLast()
            return nil
        }
        let entry = object.entries[object.cursor]
        object.cursor += 1
        path[path.count - 1] = .key(start: entry.token.start, end: entry.token.end, escaped: entry.token.escaped)
        index = entry.valueStart
        return entry.field
    }

    // MARK: Arrays

    public mutating func beginArray() throws -> ArrayScope {
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { throw mismatch([Any].self) }
        guard path.count < Self.maximumDepth else { throw nestingTooDeep() }
        index += 1
        path.append(.index(-1))
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
            path.removeLast()
            return false
        }
        path[path.count - 1] = .index(array.count)
        array.count += 1
        return true
    }

    // MARK: Skipping and looking ahead (on positions alone: the path is left as it is)

    /// Reads past one value of any kind, checking its structure as `JSONDecoder`'s scan does (not the content of
    /// its strings and numbers: Foundation checks those only when it reads them).
    public mutating func skipValue() throws {
        index = try endOfValue(from: index, depth: path.count)
    }

    /// Where the value starting at `start` (whitespace first allowed) ends; `depth` containers enclose it. A
    /// structural error here is one Foundation's scan reports too, so it carries no path of its own.
    func endOfValue(from start: Int, depth: Int) throws -> Int {
        var position = skippingWhitespace(from: start)
        guard position < bytes.count else { throw syntaxError("expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let isObject = bytes[position] == UInt8(ascii: "{")
            guard depth < Self.scanningDepth else { throw nestingTooDeep() }
            position += 1
            var isFirst = true
            while let member = try nextMember(from: &position, isFirst: &isFirst, inObject: isObject) {
                position = try endOfValue(from: member.valueStart, depth: depth + 1)
            }
            return position + 1
        case UInt8(ascii: "\""):
            do {
                return try JSONStringScanning.scan(bytes, quote: position).next
            } catch {
                throw syntaxError(error.message)
            }
        case UInt8(ascii: "t"): return try endOfLiteral("true", at: position)
        case UInt8(ascii: "f"): return try endOfLiteral("false", at: position)
        case UInt8(ascii: "n"): return try endOfLiteral("null", at: position)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNumberScanning.tokenEnd(in: bytes, from: position)
        default:
            throw syntaxError("expected a value")
        }
    }

    func skippingWhitespace(from start: Int) -> Int {
        var position = start
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return position
            }
        }
        return position
    }

    func endOfLiteral(_ literal: StaticString, at position: Int) throws -> Int {
        let length = literal.utf8CodeUnitCount
        guard position + length <= bytes.count else { throw syntaxError("invalid literal") }
        for offset in 0..<length where bytes[position + offset] != literal.utf8Start[offset] {
            throw syntaxError("invalid literal")
        }
        return position + length
    }

    /// The next member of an object or array whose contents continue at `position`: its key (objects) and where
    /// its value starts; nil at the closing bracket (`position` is then at it). One trailing comma is accepted.
    func nextMember(from position: inout Int, isFirst: inout Bool, inObject: Bool) throws -> (key: KeyToken?, valueStart: Int)? {
        let close = inObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        position = skippingWhitespace(from: position)
        if !isFirst && position < bytes.count && bytes[position] != close {
            guard bytes[position] == UInt8(ascii: ",") else { throw syntaxError("expected ',' or a closing bracket") }
            position = skippingWhitespace(from: position + 1)
        }
        guard position < bytes.count else { throw syntaxError("unterminated object or array") }
        if bytes[position] == close { return nil }
        isFirst = false
        guard inObject else { return (nil, position) }
        guard bytes[position] == UInt8(ascii: "\"") else { throw syntaxError("expected a key") }
        let token: JSONStringScanning.Token
        do {
            token = try JSONStringScanning.scan(bytes, quote: position)
        } catch {
            throw syntaxError(error.message)
        }
        let colon = skippingWhitespace(from: token.next)
        guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { throw syntaxError("expected ':'") }
        return (KeyToken(start: position + 1, scanned: token), colon + 1)
    }

    public mutating func peekTag(_ key: String, in tags: UnionTags) throws -> UnionTags.Match {
        let start = skippingWhitespace(from: index)
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else { throw mismatch([String: Any].self) }
        guard path.count < Self.maximumDepth else { throw nestingTooDeep() }
        var position = start + 1
        var isFirst = true
        while let member = try nextMember(from: &position, isFirst: &isFirst, inObject: true) {
            guard let current = member.key, try lookaheadKeyString(current, orBytesEqualTo: key) else {
                position = try endOfValue(from: member.valueStart, depth: path.count + 1)
                continue
            }
            // A known tag in plain text is matched in place; anything else is read by a reader placed at the tag
            // (for the path of an error).
            let valueStart = skippingWhitespace(from: member.valueStart)
            if valueStart < bytes.count, bytes[valueStart] == UInt8(ascii: "\""),
                let token = try? JSONStringScanning.scan(bytes, quote: valueStart), token.plain,
                let index = tags.values.index(ofKey: UnsafeBufferPointer(rebasing: bytes[(valueStart + 1)..<token.textEnd]))
            {
                return .known(tags.cases[index])
            }
            var atTag = self
            atTag.index = member.valueStart
            atTag.path.append(.key(start: current.start, end: current.end, escaped: current.escaped))
            if try atTag.readNull() { return .absent }
            atTag.skipWhitespace()
            guard atTag.peekByte() == UInt8(ascii: "\"") else { throw atTag.mismatch(String.self) }
            return tags.match(try atTag.scanString())
        }
        return .absent
    }

    /// True when the key is `expected`; a key that is not plain is checked first (an error belongs to the object
    /// at the position).
    func lookaheadKeyString(_ key: KeyToken, orBytesEqualTo expected: String) throws -> Bool {
        if !key.plain { return try lookaheadKeyString(key) == expected }
        guard expected.utf8.count == key.end - key.start else { return false }  // most keys differ in length
        var expected = expected
        return expected.withUTF8 { wanted in
            guard let wantedBase = wanted.baseAddress, let base = bytes.baseAddress else { return wanted.isEmpty }
            return memcmp(wantedBase, base + key.start, wanted.count) == 0
        }
    }

    /// A key of the object at the position, checked.
    func lookaheadKeyString(_ key: KeyToken) throws -> String {
        do {
            return try JSONStringScanning.text(UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), token: key.scanned)
        } catch {
            throw dataCorrupted("\(error.message) in a key at byte \(key.start).")
        }
    }

    public mutating func peekKeys() throws -> Set<String> {
        let start = skippingWhitespace(from: index)
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else { throw mismatch([String: Any].self) }
        guard path.count < Self.maximumDepth else { throw nestingTooDeep() }
        var position = start + 1
        var isFirst = true
        var keys = Set<String>()
        while let member = try nextMember(from: &position, isFirst: &isFirst, inObject: true) {
            if let key = member.key { keys.insert(try lookaheadKeyString(key)) }
            position = try endOfValue(from: member.valueStart, depth: path.count + 1)
        }
        return keys
    }

    public mutating func peekKeys(among table: FieldTable) throws -> UInt64 {
        let start = skippingWhitespace(from: index)
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else { throw mismatch([String: Any].self) }
        guard path.count < Self.maximumDepth else { throw nestingTooDeep() }
        var position = start + 1
        var isFirst = true
        var present: UInt64 = 0
        while let member = try nextMember(from: &position, isFirst: &isFirst, inObject: true) {
            if let key = member.key {
                let field =
                    key.plain
                    ? table.index(ofKey: UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]))
                    : table.index(of: try lookaheadKeyString(key))
                if let field { present |= 1 << UInt64(field) }
            }
            position = try endOfValue(from: member.valueStart, depth: path.count + 1)
        }
        return present
    }

    /// Runs `body` on the reader itself; when it throws, the position and the path are put back as they were.
    public mutating func attempt<T>(_ body: (inout JSONReader) throws -> T) -> T? {
        let savedIndex = index
        let savedDepth = path.count
        let savedLast = path.last
        do {
            return try body(&self)
        } catch {
            index = savedIndex
            if path.count > savedDepth { path.removeLast(path.count - savedDepth) }
            if let savedLast, !path.isEmpty { path[path.count - 1] = savedLast }
            return nil
        }
    }
}

/// Number tokens: their extent as `JSONDecoder`'s scan finds it (a sign or digit, then any of `0-9 + - . e E`),
/// and JSON's grammar, checked when a number is read.
enum JSONNumberScanning {
    static func tokenEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                index += 1
            default:
                return index
            }
        }
        return index
    }

    /// Whether the token is a plain integer (no fraction, no exponent), or nil when it breaks JSON's grammar:
    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func grammar(of token: UnsafeBufferPointer<UInt8>) -> Bool? {
        var index = 0
        let count = token.count
        func digits() -> Int {
            let from = index
            while index < count, token[index] >= UInt8(ascii: "0"), token[index] <= UInt8(ascii: "9") { index += 1 }
            return index - from
        }
        if index < count, token[index] == UInt8(ascii: "-") { index += 1 }
        let leadingZero = index < count && token[index] == UInt8(ascii: "0")
        let integerDigits = digits()
        guard integerDigits > 0, !(leadingZero && integerDigits > 1) else { return nil }
        var isPlainInteger = true
        if index < count, token[index] == UInt8(ascii: ".") {
            index += 1
            isPlainInteger = false
            guard digits() > 0 else { return nil }
        }
        if index < count, token[index] == UInt8(ascii: "e") || token[index] == UInt8(ascii: "E") {
            index += 1
            isPlainInteger = false
            if index < count, token[index] == UInt8(ascii: "+") || token[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { return nil }
        }
        return index == count ? isPlainInteger : nil
    }
}

extension DecodingError {
    /// The same error with `prefix` before its coding path (an error from a nested decoder, placed in the document).
    func prefixingCodingPath(_ prefix: [any CodingKey]) -> DecodingError {
        guard !prefix.isEmpty else { return self }
        switch self {
        case .typeMismatch(let type, let context):
            return .typeMismatch(type, context.prefixing(prefix))
        case .valueNotFound(let type, let context):
            return .valueNotFound(type, context.prefixing(prefix))
        case .keyNotFound(let key, let context):
            return .keyNotFound(key, context.prefixing(prefix))
        case .dataCorrupted(let context):
            return .dataCorrupted(context.prefixing(prefix))
        @unknown default:
            return self
        }
    }
}

extension DecodingError.Context {
    func prefixing(_ prefix: [any CodingKey]) -> DecodingError.Context {
        DecodingError.Context(codingPath: prefix + codingPath, debugDescription: debugDescription, underlyingError: underlyingError)
    }
}
