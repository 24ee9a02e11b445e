import Foundation

/// The wire names of a generated type's fields, in declaration order: what both readers match keys against and
/// both writers write.
///
/// A field is identified by its index here. The byte reader matches a key's UTF-8 bytes against the table without
/// making a `String`: first against the field after the one matched last (servers write fields in a steady order),
/// then among the names of the key's length, compared word by word. The Codable reader matches the UTF-8 of the
/// keys its container lists the same way (so both compare keys byte for byte; the first of repeated names wins).
/// The byte writer copies each key's pre-escaped `"name":` bytes.
@_spi(Generated) public final class FieldTable: @unchecked Sendable, ExpressibleByArrayLiteral {
    /// The wire names, in declaration order.
    public let names: [String]
    /// `,"name":` ready to append, per field (names escaped as JSON strings), one after the other, and eight zero
    /// bytes after the last (so each can be copied a word at a time); the comma is left out before a first field.
    private let quotedKeys: UnsafeMutablePointer<UInt8>
    private let quotedStarts: UnsafeMutablePointer<Int>
    /// The names as `JSONDecoder.KeyDecodingStrategy.convertFromSnakeCase` would present them (only names that it
    /// changes), to recognise that misuse instead of silently treating every key as unknown.
    let convertedNames: Set<String>

    // Immutable after `init`, owned here (hence `@unchecked Sendable`): every name's UTF-8 one after the other,
    // where each starts (`count + 1` entries), and the fields grouped by name length.
    private let utf8: UnsafeMutablePointer<UInt8>
    private let starts: UnsafeMutablePointer<Int>
    private let fieldsByLength: UnsafeMutablePointer<Int>
    /// `lengthStarts[n]..<lengthStarts[n + 1]` in `fieldsByLength` are the fields whose name has `n` bytes.
    private let lengthStarts: UnsafeMutablePointer<Int>
    private let longestName: Int
    /// Per field, its name and the key's closing quote (`name"`) as the bytes of a key written without escapes
    /// read, in words (the first byte lowest, as a little-endian load gives it): what `quoteAfterName` compares.
    private let keyPatterns: UnsafeMutablePointer<KeyPattern>
    /// The words of the keys longer than 16 bytes beyond their first two.
    private let longKeyWords: UnsafeMutablePointer<UInt64>

    /// A key's first two words with the bits that are the key's, its length in bytes (0 for a name that a key can
    /// only spell with escapes: the byte reader then reads the key whole), and where its further words start.
    struct KeyPattern {
        var first: UInt64 = 0
        var firstMask: UInt64 = 0
        var second: UInt64 = 0
        var secondMask: UInt64 = 0
        var length = 0
        var moreWords = 0
    }

    /// The number of fields, the bit of each of the first 64, and the key patterns: what the byte reader's match of
    /// a likely next key reads. A value of plain pointers into the table (valid while it lives), held by each object's
    /// scope, so that matching keys touches no class reference: a reference in the scope costs an atomic retain and
    /// release per object.
    struct KeyMatching {
        let count: Int
        let allFields: UInt64
        let patterns: UnsafePointer<KeyPattern>
        let longWords: UnsafePointer<UInt64>

        /// Whether the key whose text starts at `position` (just after its opening quote) is field `field`'s name,
        /// written without escapes: the index of the key's closing quote when it is. Compared a word at a time, in
        /// place; `count` bytes at `base` are readable.
        @inline(__always)
        func quoteAfterName(of field: Int, at position: Int, base: UnsafePointer<UInt8>, count: Int) -> Int? {
            // Fields read through the pointer one at a time (a copy of the whole pattern goes through the stack).
            let entry = patterns + field
            let length = entry.pointee.length
            guard length > 0 else { return nil }
            let key = UnsafeRawPointer(base + position)
            if position &+ ((length &+ 7) & ~7) <= count {
                guard UInt64(littleEndian: key.loadUnaligned(as: UInt64.self)) & entry.pointee.firstMask == entry.pointee.first else {
                    return nil
                }
                if length > 8 {
                    let second = UInt64(littleEndian: key.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                    guard second & entry.pointee.secondMask == entry.pointee.second else { return nil }
                    if length > 16 && !longKeyMatches(entry.pointee, key) { return nil }
                }
                return position &+ length &- 1
            }
            let pattern = entry.pointee
            // Near the end of the bytes: one byte at a time.
            guard position + length <= count else { return nil }
            for offset in 0..<length {
                let word = offset < 8 ? pattern.first : offset < 16 ? pattern.second : longWords[pattern.moreWords + (offset - 16) / 8]
                guard base[position + offset] == UInt8(truncatingIfNeeded: word >> UInt64(offset % 8 * 8)) else { return nil }
            }
            return position + length - 1
        }

        /// The words of a key longer than 16 bytes after its first two (the last under its mask); `key` is readable
        /// up to the key's length rounded up to a word.
        private func longKeyMatches(_ pattern: KeyPattern, _ key: UnsafeRawPointer) -> Bool {
            var offset = 16
            var word = pattern.moreWords
            while offset < pattern.length {
                var loaded = UInt64(littleEndian: key.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                let remaining = pattern.length - offset
                if remaining < 8 { loaded &= (1 << UInt64(remaining * 8)) - 1 }
                guard loaded == longWords[word] else { return false }
                offset += 8
                word += 1
            }
            return true
        }
    }

    /// The number of fields.
    public let count: Int
    /// A bit per field, for the first 64.
    let allFields: UInt64
    /// What matching a key in place reads, as plain values (see `KeyMatching`).
    let keyMatching: KeyMatching

    /// The field index a reader returns for a key the table does not hold.
    public static let unknownField = -1

    public init(_ names: [String]) {
        self.names = names
        let quoted = JSONByteBuffer(capacity: 256)
        var quotedStarts = [0]
        var converted = Set<String>()
        var bytes: [UInt8] = []
        var starts = [0]
        for name in names {
            quoted.append(UInt8(ascii: ","))
            JSONWriter.appendQuoted(name, to: quoted)
            quoted.append(UInt8(ascii: ":"))
            quotedStarts.append(quoted.count)
            let camel = Self.convertedFromSnakeCase(name)
            if camel != name { converted.insert(camel) }
            bytes.append(contentsOf: name.utf8)
            starts.append(bytes.count)
        }
        quotedKeys = .allocate(capacity: quoted.count + 8)
        quotedKeys.initialize(from: quoted.base, count: quoted.count)
        (quotedKeys + quoted.count).initialize(repeating: 0, count: 8)
        self.quotedStarts = .allocate(capacity: quotedStarts.count)
        self.quotedStarts.initialize(from: quotedStarts, count: quotedStarts.count)
        self.convertedNames = converted
        let longest = names.map(\.utf8.count).max() ?? 0
        longestName = longest
        utf8 = .allocate(capacity: max(bytes.count, 1))
        utf8.initialize(from: bytes, count: bytes.count)
        self.starts = .allocate(capacity: starts.count)
        self.starts.initialize(from: starts, count: starts.count)
        let byLength = names.indices.sorted { (names[$0].utf8.count, $0) < (names[$1].utf8.count, $1) }
        fieldsByLength = .allocate(capacity: max(byLength.count, 1))
        fieldsByLength.initialize(from: byLength, count: byLength.count)
        lengthStarts = .allocate(capacity: longest + 2)
        var position = 0
        for length in 0...(longest + 1) {
            while position < byLength.count, names[byLength[position]].utf8.count < length { position += 1 }
            lengthStarts[length] = position
        }
        var patterns: [KeyPattern] = []
        var longWords: [UInt64] = []
        for name in names {
            // A quote, a backslash or a control character can only appear escaped in a key.
            let needsEscapes = name.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }
            let key = needsEscapes ? [] : Array(name.utf8) + [UInt8(ascii: "\"")]
            func word(_ start: Int) -> (word: UInt64, mask: UInt64) {
                var word: UInt64 = 0
                var mask: UInt64 = 0
                for offset in 0..<8 where start + offset < key.count {
                    word |= UInt64(key[start + offset]) << UInt64(offset * 8)
                    mask |= 0xFF << UInt64(offset * 8)
                }
                return (word, mask)
            }
            var pattern = KeyPattern()
            (pattern.first, pattern.firstMask) = word(0)
            (pattern.second, pattern.secondMask) = word(8)
            pattern.length = key.count
            pattern.moreWords = longWords.count
            for start in stride(from: 16, to: key.count, by: 8) { longWords.append(word(start).word) }
            patterns.append(pattern)
        }
        keyPatterns = .allocate(capacity: max(patterns.count, 1))
        keyPatterns.initialize(from: patterns, count: patterns.count)
        longKeyWords = .allocate(capacity: max(longWords.count, 1))
        longKeyWords.initialize(from: longWords, count: longWords.count)
        count = names.count
        allFields = names.count >= 64 ? .max : (1 << UInt64(names.count)) &- 1
        keyMatching = KeyMatching(count: count, allFields: allFields, patterns: keyPatterns, longWords: longKeyWords)
    }

    deinit {
        quotedKeys.deallocate()
        quotedStarts.deallocate()
        utf8.deallocate()
        starts.deallocate()
        fieldsByLength.deallocate()
        lengthStarts.deallocate()
        keyPatterns.deallocate()
        longKeyWords.deallocate()
    }

    public convenience init(arrayLiteral names: String...) {
        self.init(names)
    }

    /// A table without fields (free-form objects: every key is unknown).
    public static let empty = FieldTable([])

    /// The field whose name is exactly these (unescaped) bytes; `predicted` is tried first.
    func index(ofKey key: UnsafeBufferPointer<UInt8>, predicted: Int = -1) -> Int? {
        let length = key.count
        guard length <= longestName else { return nil }
        guard let base = key.baseAddress else {  // an empty key
            return lengthStarts[0] < lengthStarts[1] ? fieldsByLength[lengthStarts[0]] : nil
        }
        if predicted >= 0 && predicted < names.count && matches(predicted, base, length) { return predicted }
        var position = lengthStarts[length]
        let end = lengthStarts[length + 1]
        while position < end {
            let field = fieldsByLength[position]
            if matches(field, base, length) { return field }
            position += 1
        }
        return nil
    }

    /// Whether field `field`'s name is the `length` bytes at `key`, compared eight bytes at a time.
    @inline(__always)
    private func matches(_ field: Int, _ key: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        let start = starts[field]
        guard starts[field + 1] - start == length else { return false }
        let name = UnsafeRawPointer(utf8 + start)
        let other = UnsafeRawPointer(key)
        var offset = 0
        while offset + 8 <= length {
            if name.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != other.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < length {
            if name.load(fromByteOffset: offset, as: UInt8.self) != other.load(fromByteOffset: offset, as: UInt8.self) { return false }
            offset += 1
        }
        return true
    }

    /// Appends `,"name":` of field `field`, or `"name":` when it is the object's first.
    @inline(__always)
    func appendQuotedKey(_ field: Int, first: Bool, to bytes: JSONByteBuffer) {
        let start = quotedStarts[field] + (first ? 1 : 0)
        bytes.appendWords(quotedKeys + start, count: quotedStarts[field + 1] - start)
    }

    /// The field called `name` (its UTF-8 compared byte for byte).
    public func index(of name: String) -> Int? {
        var name = name
        return name.withUTF8 { index(ofKey: $0) }
    }

    /// True when `key` is one of the names as a snake-case-converting decoder shows them.
    func isConvertedName(_ key: String) -> Bool {
        !convertedNames.isEmpty && convertedNames.contains(key)
    }

    /// The error's message for an object with the key `key`, which the table does not hold, when it is one of the
    /// names as a snake-case-converting decoder shows them: both readers reject such an object (the Codable one
    /// cannot tell a converting decoder from a document that spells the key that way), or nil.
    func convertedKeyMessage(_ key: String) -> String? {
        guard isConvertedName(key) else { return nil }
        let name = names.first { Self.convertedFromSnakeCase($0) == key } ?? ""
        return "Found the key \"\(key)\" where \"\(name)\" was expected: "
            + "key decoding strategies are not supported; use JSONDecoder's default .useDefaultKeys."
    }

    /// `JSONDecoder`'s `convertFromSnakeCase`: `tool_call_id` → `toolCallId` (leading/trailing underscores kept).
    static func convertedFromSnakeCase(_ key: String) -> String {
        guard key.contains("_") else { return key }
        let characters = Array(key)
        guard let first = characters.firstIndex(where: { $0 != "_" }) else { return key }
        var last = characters.count - 1
        while last > first, characters[last] == "_" { last -= 1 }
        let words = String(characters[first...last]).split(separator: "_", omittingEmptySubsequences: true)
        guard let head = words.first else { return key }
        let joined = String(head) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
        return String(characters[..<first]) + joined + String(characters[(last + 1)...])
    }
}
