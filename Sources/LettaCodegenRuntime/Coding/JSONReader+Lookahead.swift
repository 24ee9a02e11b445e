import Foundation

@_spi(Generated) extension JSONReader {
    // MARK: Skipping and looking ahead (on positions alone: the path is left as it is)

    /// Reads past one value of any kind, checking its structure as `JSONDecoder`'s scan does (not the content of
    /// its strings and numbers: Foundation checks those only when it reads them).
    public mutating func skipValue() throws {
        index = try endOfValue(from: index, depth: depth)
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
        let token = try keyToken(at: position)
        let colon = skippingWhitespace(from: token.next)
        guard colon < bytes.count, bytes[colon] == UInt8(ascii: ":") else { throw syntaxError("expected ':'") }
        return (KeyToken(start: position + 1, scanned: token), colon + 1)
    }

    /// The string token of the key whose opening quote is at `quote`: short plain keys (the usual ones) by a plain
    /// byte loop, anything else by the full scan.
    @inline(__always)
    func keyToken(at quote: Int) throws -> JSONStringScanning.Token {
        var end = quote + 1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                return JSONStringScanning.Token(textEnd: end, next: end + 1, escaped: false, control: false, ascii: true)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            end += 1
        }
        do {
            return try JSONStringScanning.scan(bytes, quote: quote)
        } catch {
            throw syntaxError(error.message)
        }
    }

    public mutating func peekTag(_ key: String, in tags: UnionTags) throws -> UnionTags.Match {
        let start = skippingWhitespace(from: index)
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else { throw mismatch([String: Any].self) }
        guard depth < Self.maximumDepth else { throw nestingTooDeep() }
        if let match = tagInPlace(key, in: tags, from: start + 1) { return match }
        var position = start + 1
        var isFirst = true
        while let member = try nextMember(from: &position, isFirst: &isFirst, inObject: true) {
            guard let current = member.key, try lookaheadKeyString(current, orBytesEqualTo: key) else {
                position = try endOfValue(from: member.valueStart, depth: depth + 1)
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
            if atTag.tracksPath { atTag.path.append(.key(start: current.start, end: current.end, escaped: current.escaped)) }
            if try atTag.readNull() { return .absent }
            atTag.skipWhitespace()
            guard atTag.peekByte() == UInt8(ascii: "\"") else { throw atTag.mismatch(String.self) }
            return tags.match(try atTag.scanString())
        }
        return .absent
    }

    /// `null` as a word loaded from the bytes.
    static var nullWord: UInt32 { UInt32(littleEndian: 0x6C6C_756E) }

    /// `peekTag`'s answer when the object's members up to the tag are plain (keys without escapes or bytes beyond
    /// ASCII, values well formed) and the tag is a known value or absent: the members are compared and skipped in
    /// place, keys a word at a time. Nil for anything else (an escaped key, an unknown or misspelt tag, a syntax
    /// error): the general code then reads the object from its start.
    func tagInPlace(_ key: String, in tags: UnionTags, from objectContent: Int) -> UnionTags.Match? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        // The key and its closing quote in two words (longer keys, and keys a JSON key spells with escapes, take
        // the general code).
        var pattern: (UInt64, UInt64) = (0, 0)
        let patternLength =
            key.utf8.withContiguousStorageIfAvailable { utf8 -> Int in
                guard utf8.count <= 15 else { return -1 }
                withUnsafeMutableBytes(of: &pattern) { words in words.copyMemory(from: UnsafeRawBufferPointer(utf8)) }
                return utf8.count
            } ?? -1
        guard patternLength >= 0 else { return nil }
        pattern = (UInt64(littleEndian: pattern.0), UInt64(littleEndian: pattern.1))
        // A key holding a quote, a backslash or a control byte is only ever written escaped: the general code. (The
        // zero bytes after the key are flagged too, and may flag bytes above them: only the key's own bytes count.)
        let keyBytes: (UInt64, UInt64) =
            patternLength < 8
            ? ((1 << UInt64(patternLength * 8)) &- 1, 0) : (.max, (1 << UInt64((patternLength - 8) * 8)) &- 1)
        guard JSONStringScanning.quoteBackslashOrControl(pattern.0) & keyBytes.0 == 0,
            JSONStringScanning.quoteBackslashOrControl(pattern.1) & keyBytes.1 == 0
        else { return nil }
        if patternLength < 8 {
            pattern.0 |= UInt64(UInt8(ascii: "\"")) << UInt64(patternLength * 8)
        } else {
            pattern.1 |= UInt64(UInt8(ascii: "\"")) << UInt64((patternLength - 8) * 8)
        }
        let masks: (UInt64, UInt64) =
            patternLength < 8
            ? ((1 << UInt64((patternLength + 1) * 8)) &- 1, 0)
            : (.max, (1 << UInt64((patternLength - 7) * 8)) &- 1)
        let highs: UInt64 = 0x8080_8080_8080_8080
        var position = objectContent
        var isFirst = true
        while true {
            while position < count, Self.isWhitespace(base[position]) { position += 1 }
            guard position < count else { return nil }
            if isFirst && base[position] == UInt8(ascii: "}") { return .absent }
            guard base[position] == UInt8(ascii: "\""), position + 17 <= count else { return nil }
            isFirst = false
            let keyStart = position + 1
            let first = UInt64(littleEndian: UnsafeRawPointer(base + keyStart).loadUnaligned(as: UInt64.self))
            let second = UInt64(littleEndian: UnsafeRawPointer(base + keyStart + 8).loadUnaligned(as: UInt64.self))
            let isTag = first & masks.0 == pattern.0 && second & masks.1 == pattern.1
            var keyEnd = keyStart + patternLength
            if !isTag {
                // The key's closing quote, a word at a time; an escape, a control byte or a byte beyond ASCII before
                // it takes the general code.
                keyEnd = keyStart
                while true {
                    guard keyEnd + 8 <= count else { return nil }
                    let word = UnsafeRawPointer(base + keyEnd).loadUnaligned(as: UInt64.self)
                    let flagged = JSONStringScanning.quoteBackslashOrControl(word)
                    if flagged == 0 {
                        guard word & highs == 0 else { return nil }
                        keyEnd += 8
                        continue
                    }
                    let before = flagged.trailingZeroBitCount >> 3
                    guard word & ((1 << UInt64(before * 8)) &- 1) & highs == 0,
                        base[keyEnd + before] == UInt8(ascii: "\"")
                    else { return nil }
                    keyEnd += before
                    break
                }
            }
            position = keyEnd + 1
            while position < count, Self.isWhitespace(base[position]) { position += 1 }
            guard position < count, base[position] == UInt8(ascii: ":") else { return nil }
            position += 1
            while position < count, Self.isWhitespace(base[position]) { position += 1 }
            guard position < count else { return nil }
            if isTag {
                guard base[position] == UInt8(ascii: "\""),
                    let token = try? JSONStringScanning.scan(bytes, quote: position), token.plain,
                    let index = tags.values.index(ofKey: UnsafeBufferPointer(rebasing: bytes[(position + 1)..<token.textEnd]))
                else { return nil }
                return .known(tags.cases[index])
            }
            if base[position] == UInt8(ascii: "\"") {
                guard let token = try? JSONStringScanning.scan(bytes, quote: position) else { return nil }
                position = token.next
            } else if position + 4 <= count, UnsafeRawPointer(base + position).loadUnaligned(as: UInt32.self) == Self.nullWord {
                position += 4  // what follows is checked below
            } else {
                guard let end = try? endOfValue(from: position, depth: depth + 1) else { return nil }
                position = end
            }
            while position < count, Self.isWhitespace(base[position]) { position += 1 }
            guard position < count else { return nil }
            switch base[position] {
            case UInt8(ascii: ","): position += 1
            case UInt8(ascii: "}"): return .absent
            default: return nil
            }
        }
    }

    /// True when the key is `expected`; a key that is not plain is checked first (an error belongs to the object
    /// at the position).
    func lookaheadKeyString(_ key: KeyToken, orBytesEqualTo expected: String) throws -> Bool {
        if !key.plain { return try lookaheadKeyString(key) == expected }
        return JSONStringScanning.equals(UnsafeBufferPointer(rebasing: bytes[key.start..<key.end]), expected)
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
        guard depth < Self.maximumDepth else { throw nestingTooDeep() }
        var position = start + 1
        var isFirst = true
        var keys = Set<String>()
        while let member = try nextMember(from: &position, isFirst: &isFirst, inObject: true) {
            if let key = member.key { keys.insert(try lookaheadKeyString(key)) }
            position = try endOfValue(from: member.valueStart, depth: depth + 1)
        }
        return keys
    }

    public mutating func peekKeys(among table: FieldTable) throws -> UInt64 {
        let start = skippingWhitespace(from: index)
        guard start < bytes.count, bytes[start] == UInt8(ascii: "{") else { throw mismatch([String: Any].self) }
        guard depth < Self.maximumDepth else { throw nestingTooDeep() }
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
            position = try endOfValue(from: member.valueStart, depth: depth + 1)
        }
        return present
    }

    /// Runs `body` on the reader itself; when it throws, the position and the path are put back as they were.
    public mutating func attempt<T>(_ body: (inout JSONReader) throws -> T) -> T? {
        let savedIndex = index
        let savedDepth = depth
        let savedPathCount = path.count
        let savedLast = path.last
        do {
            return try body(&self)
        } catch {
            index = savedIndex
            depth = savedDepth
            if path.count > savedPathCount { path.removeLast(path.count - savedPathCount) }
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
