/// Every Swift identifier the generator emits comes from here, pinned by a table test.
///
/// Types are UpperCamelCase, properties and cases lowerCamelCase, with Swift's acronym style (`tool_call_id` →
/// `toolCallID`, `image_url` → `imageURL`, but a leading `id` or `url` stays lowercase) and keywords escaped.
public enum SwiftNames {
    /// Words written all-caps when they are not the first word of a lowerCamel name.
    static let acronyms: Set<String> = [
        "id", "ids", "url", "urls", "uri", "api", "http", "https", "json", "html", "xml", "uuid", "llm", "ai", "io",
        "ip", "sql", "jwt", "mcp", "oauth", "otid", "sse", "utc", "sdk", "ui", "os", "gpu", "cpu",
    ]

    /// Written as given (mixed case) wherever they appear after the first word.
    static let mixedCaseWords: [String: String] = ["ids": "IDs", "urls": "URLs", "oauth": "OAuth", "otid": "OTID"]

    /// Brand names written as one lowercase word on the wire, spelled as their owners do (`openai` → `openAI`).
    static let compoundWords: [String: String] = [
        "openai": "OpenAI", "openrouter": "OpenRouter", "chatgpt": "ChatGPT", "sglang": "SGLang",
    ]

    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "Any", "as", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol",
    ]

    /// Splits a wire or schema name into words: `tool_call_id`, `tool-call id`, `ToolCallID`, `imageURL2x`.
    static func words(_ name: String) -> [String] {
        var name = name
        if let words = name.withUTF8({ asciiWords($0) }) { return words }
        return characterWords(name)
    }

    /// `words` over ASCII bytes (nearly every name); nil when a byte is not ASCII.
    static func asciiWords(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        asciiWordRanges(bytes)?.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
    }

    /// Where each word of `asciiWords` lies in the bytes; nil when a byte is not ASCII.
    static func asciiWordRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        return forEachASCIIWord(in: bytes) { words.append($0) } ? words : nil
    }

    /// Calls `body` with where each word lies, in order; false (after calling it for the words before) when a byte
    /// is not ASCII. The spelling functions build on this, so no array of words is made per name.
    @inline(__always)
    static func forEachASCIIWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Range<Int>) -> Void) -> Bool {
        // Checked first, so a name that is not ASCII gives no words to `body`.
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
        var start = -1
        for index in bytes.indices {
            let byte = bytes[index]
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                if start >= 0 { body(start..<index) }
                start = -1
                continue
            }
            if start >= 0 {
                let previous = bytes[index - 1]
                let lowerToUpper = (isLower(previous) || isDigit(previous)) && isUpper(byte)
                let acronymEnd = isUpper(previous) && isUpper(byte) && index + 1 < bytes.count && isLower(bytes[index + 1])
                if lowerToUpper || acronymEnd {
                    body(start..<index)
                    start = index
                }
            } else {
                start = index
            }
        }
        if start >= 0 { body(start..<bytes.count) }
        return true
    }

    private static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    private static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func characterWords(_ name: String) -> [String] {
        var words: [String] = []
        var current: [Character] = []
        let characters = Array(name)
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = []
        }
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                flush()
                continue
            }
            if let previous = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = (previous.isLowercase || previous.isNumber) && character.isUppercase
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                if lowerToUpper || acronymEnd { flush() }
            }
            current.append(character)
        }
        flush()
        return words
    }

    /// `letta__schemas__letta_message__ToolReturn` → `ToolReturn` is decided by the caller; this keeps the words.
    public static func typeName(_ name: String) -> String {
        var bytes = name
        return bytes.withUTF8({ asciiTypeName($0) }) ?? characterTypeName(name)
    }

    /// `typeName` by `Character`s and `String`s: any name.
    static func characterTypeName(_ name: String) -> String {
        let words = words(name)
        guard !words.isEmpty else { return "Unnamed" }
        var result = words.map(upperFirst).joined()
        if let first = result.first, first.isNumber { result = "_" + result }
        return escapedType(result)
    }

    /// lowerCamelCase with acronyms: `tool_call_id` → `toolCallID`, `id` → `id`, `URL` → `url`.
    public static func memberName(_ name: String) -> String {
        var bytes = name
        return bytes.withUTF8({ asciiMemberName($0) }) ?? characterMemberName(name)
    }

    /// `memberName` by `Character`s and `String`s: any name.
    static func characterMemberName(_ name: String) -> String {
        let parts = words(name)
        guard let first = parts.first else { return "empty" }
        var result = compoundWords[first.lowercased()].map(lowerFirstWord) ?? first.lowercased()
        for word in parts.dropFirst() {
            let lower = word.lowercased()
            if let compound = compoundWords[lower] {
                result += compound
            } else if let mixed = mixedCaseWords[lower] {
                result += mixed
            } else if acronyms.contains(lower) {
                result += word.uppercased()
            } else {
                result += upperFirst(word)
            }
        }
        if let character = result.first, character.isNumber { result = "_" + result }
        return result
    }

    /// An enum case name from a wire value: `memberName`, except that `none` and `some` become `noneValue` and
    /// `someValue`, because `.none` passed where `Kind?` is expected means nil, silently.
    public static func caseName(_ value: String) -> String {
        let name = memberName(value)
        return name == "none" || name == "some" ? name + "Value" : name
    }

    /// The last part of a qualified type name: `Outer.Inner` → `Inner`, as `split(separator: ".").last` gives it.
    static func unqualified(_ qualifiedName: String) -> String {
        let utf8 = qualifiedName.utf8
        // By Characters when not ASCII, where a `.` with a combining mark is not a `.`.
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            return qualifiedName.split(separator: ".").last.map(String.init) ?? qualifiedName
        }
        var end = utf8.endIndex
        // Trailing dots end no part (empty parts are dropped).
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: ".") { end = utf8.index(before: end) }
        guard end > utf8.startIndex else { return qualifiedName }
        var start = end
        while start > utf8.startIndex, utf8[utf8.index(before: start)] != UInt8(ascii: ".") { start = utf8.index(before: start) }
        if start == utf8.startIndex && end == utf8.endIndex { return qualifiedName }
        return String(qualifiedName[start..<end])
    }

    /// A nested type's qualified name as a DocC symbol path: `Outer.Inner` → `Outer/Inner`.
    static func symbolPath(_ qualifiedName: String) -> String {
        let utf8 = qualifiedName.utf8
        guard utf8.contains(UInt8(ascii: ".")) else { return qualifiedName }
        // Byte for byte when ASCII; otherwise by Characters, where a `.` with a combining mark is not a `.`.
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return qualifiedName.replacing(".", with: "/") }
        return String(decoding: utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
    }

    /// A member name ready to print: keywords get backticks.
    public static func escapedMember(_ name: String) -> String {
        isKeyword(name) ? "`\(name)`" : name
    }

    /// Whether `name` is in `keywords`: packed and compared with the few keywords of its first letter, no hash.
    static func isKeyword(_ name: String) -> Bool {
        let count = name.utf8.count
        guard count >= 2, count <= longestKeyword else { return false }
        return name.utf8.withContiguousStorageIfAvailable { bytes in
            guard let initial = bytes.first, isLower(initial) || isUpper(initial), let packed = PackedWord(exactly: bytes)
            else { return false }
            return keywordsByInitial[Int(initial | 0x20) - 0x61].contains(packed)
        } ?? keywords.contains(name)
    }

    static let longestKeyword = keywords.map(\.utf8.count).max() ?? 0

    /// `keywords` by first letter, either case (`Self` and `self` share `s`), packed as written.
    static let keywordsByInitial: [[PackedWord]] = {
        var buckets = [[PackedWord]](repeating: [], count: 26)
        for keyword in keywords.sorted() {
            guard let initial = keyword.utf8.first, let packed = PackedWord(exactly: keyword) else { continue }
            buckets[Int(initial | 0x20) - 0x61].append(packed)
        }
        return buckets
    }()

    /// lowerCamel for a case named after a type: `SGLangModelSettings` → `sgLangModelSettings`, `XAIModel` → `xaiModel`.
    public static func lowerFirstWord(_ typeName: String) -> String {
        var text = typeName
        return text.withUTF8({ asciiLowerFirstWord($0, of: typeName) }) ?? characterLowerFirstWord(typeName)
    }

    /// `lowerFirstWord` by `Character`s: any name.
    static func characterLowerFirstWord(_ typeName: String) -> String {
        let characters = Array(typeName)
        var upperRun = 0
        while upperRun < characters.count, characters[upperRun].isUppercase { upperRun += 1 }
        if upperRun == 0 { return typeName }
        let lowerCount: Int
        if upperRun == characters.count || upperRun == 1 {
            lowerCount = upperRun
        } else if characters[upperRun].isLowercase {
            lowerCount = upperRun - 1
        } else {
            lowerCount = upperRun
        }
        return String(characters[..<lowerCount]).lowercased() + String(characters[lowerCount...])
    }

    /// `lowerFirstWord` of an ASCII name (`typeName` is the same name, returned when it has nothing to lower);
    /// nil when a byte is not ASCII.
    private static func asciiLowerFirstWord(_ bytes: UnsafeBufferPointer<UInt8>, of typeName: String) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        var upperRun = 0
        while upperRun < bytes.count, isUpper(bytes[upperRun]) { upperRun += 1 }
        if upperRun == 0 { return typeName }
        let lowerCount: Int
        if upperRun == bytes.count || upperRun == 1 {
            lowerCount = upperRun
        } else if isLower(bytes[upperRun]) {
            lowerCount = upperRun - 1
        } else {
            lowerCount = upperRun
        }
        return String(unsafeUninitializedCapacity: bytes.count) { spelled in
            for index in bytes.indices { spelled[index] = index < lowerCount ? bytes[index] + 0x20 : bytes[index] }
            return bytes.count
        }
    }

    private static func upperFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        let lower = word.lowercased()
        if let mixed = mixedCaseWords[lower] { return mixed }
        if acronyms.contains(lower) && word == lower && word.count <= 4 && lower != "io" { return word.uppercased() }
        return first.uppercased() + word.dropFirst()
    }

    // MARK: Byte-level spelling of ASCII names (nearly all), equal to the `String` rules above; a table test pins both.

    /// What the word tables say about one lowercased word, in one lookup.
    struct SpecialWord {
        var compound: String?
        var mixedCase: String?
        var isAcronym = false
    }

    /// `compoundWords`, `mixedCaseWords` and `acronyms` merged by lowercased word.
    static let specialWords: [String: SpecialWord] = {
        var table: [String: SpecialWord] = [:]
        for (word, spelling) in compoundWords { table[word, default: SpecialWord()].compound = spelling }
        for (word, spelling) in mixedCaseWords { table[word, default: SpecialWord()].mixedCase = spelling }
        for word in acronyms { table[word, default: SpecialWord()].isAcronym = true }
        return table
    }()

    /// The longest word in `specialWords`: a longer word needs no lookup.
    static let longestSpecialWord = specialWords.keys.map(\.utf8.count).max() ?? 0

    /// A lowercased ASCII word of up to 16 bytes as two integers, first byte lowest: compared in two steps.
    struct PackedWord: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0

        init?(lowercasing word: UnsafeBufferPointer<UInt8>) {
            self.init(word, lowercasing: true)
        }

        /// The bytes as written.
        init?(exactly word: UnsafeBufferPointer<UInt8>) {
            self.init(word, lowercasing: false)
        }

        /// A table's word.
        init?(exactly word: String) {
            guard let packed = Array(word.utf8).withUnsafeBufferPointer({ PackedWord(exactly: $0) }) else { return nil }
            self = packed
        }

        @inline(__always)
        private init?(_ word: UnsafeBufferPointer<UInt8>, lowercasing: Bool) {
            guard word.count <= 16 else { return nil }
            var offset = 0
            while offset < word.count {
                let byte = word[offset]
                let packed = UInt64(lowercasing && isUpper(byte) ? byte + 0x20 : byte)
                if offset < 8 { low |= packed << (8 * UInt64(offset)) } else { high |= packed << (8 * UInt64(offset - 8)) }
                offset += 1
            }
        }
    }

    /// `specialWords` by the word's first letter (`a`…`z`), packed: a word costs a scan of a handful of integer
    /// pairs, not a `String` and a hash.
    static let specialWordsByInitial: [[(word: PackedWord, special: SpecialWord)]] = {
        var buckets = [[(word: PackedWord, special: SpecialWord)]](repeating: [], count: 26)
        for (word, special) in specialWords.sorted(by: { $0.key < $1.key }) {
            guard let initial = word.utf8.first, isLower(initial), let packed = PackedWord(exactly: word) else { continue }
            buckets[Int(initial - 0x61)].append((packed, special))
        }
        return buckets
    }()

    private static func special(_ word: UnsafeBufferPointer<UInt8>) -> SpecialWord? {
        guard word.count <= longestSpecialWord, let initial = word.first, isLower(initial) || isUpper(initial),
              let packed = PackedWord(lowercasing: word)
        else { return nil }
        for entry in specialWordsByInitial[Int((isUpper(initial) ? initial + 0x20 : initial) - 0x61)] where entry.word == packed {
            return entry.special
        }
        return nil
    }

    /// `typeName` of an ASCII name; nil when a byte is not ASCII.
    static func asciiTypeName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        SpelledName.spelling(bytes) { result in asciiTypeName(bytes, spellingInto: &result) }
    }

    private static func asciiTypeName(_ bytes: UnsafeBufferPointer<UInt8>, spellingInto result: inout SpelledName) -> String? {
        let isASCII = forEachASCIIWord(in: bytes) { range in
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            let special = special(word)
            if let mixed = special?.mixedCase {
                result.append(mixed)
            } else if special?.isAcronym == true, word.count <= 4, !word.contains(where: isUpper),
                      !word.elementsEqual("io".utf8) {
                result.append(word, uppercasing: true)
            } else {
                result.appendUpperFirst(word)
            }
        }
        guard isASCII else { return nil }
        guard !result.isEmpty else { return "Unnamed" }
        return escapedType(result.text)
    }

    /// `memberName` of an ASCII name; nil when a byte is not ASCII.
    static func asciiMemberName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        SpelledName.spelling(bytes) { result in asciiMemberName(bytes, spellingInto: &result) }
    }

    private static func asciiMemberName(_ bytes: UnsafeBufferPointer<UInt8>, spellingInto result: inout SpelledName) -> String? {
        var isFirst = true
        let isASCII = forEachASCIIWord(in: bytes) { range in
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            let special = special(word)
            if isFirst {
                isFirst = false
                if let compound = special?.compound {
                    result.append(lowerFirstWord(compound))
                } else {
                    result.append(word, uppercasing: false)
                }
            } else if let compound = special?.compound {
                result.append(compound)
            } else if let mixed = special?.mixedCase {
                result.append(mixed)
            } else if special?.isAcronym == true {
                result.append(word, uppercasing: true)
            } else {
                result.appendUpperFirst(word)
            }
        }
        guard isASCII else { return nil }
        guard !result.isEmpty else { return "empty" }
        return result.text
    }

    /// An ASCII name being spelled into a buffer of the caller's: every word keeps its length (the tables respell,
    /// never lengthen), so the name fits the input's length plus the `_` before a leading digit.
    private struct SpelledName {
        private let bytes: UnsafeMutableBufferPointer<UInt8>
        /// Bytes written, counting the `_` at index 0 that is kept only before a digit.
        private var count = 1

        /// Spells into a buffer of at least one byte more than the input.
        private init(into bytes: UnsafeMutableBufferPointer<UInt8>) {
            self.bytes = bytes
            bytes[0] = UInt8(ascii: "_")
        }

        /// Calls `spell` with a name spelled into a buffer on the stack, room for the spelling of `name`.
        static func spelling(_ name: UnsafeBufferPointer<UInt8>, _ spell: (inout SpelledName) -> String?) -> String? {
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: name.count + 1) { buffer in
                var spelled = SpelledName(into: buffer)
                return spell(&spelled)
            }
        }

        var isEmpty: Bool { count == 1 }

        mutating func append(_ word: UnsafeBufferPointer<UInt8>, uppercasing: Bool) {
            for byte in word {
                bytes[count] = uppercasing ? (isLower(byte) ? byte - 0x20 : byte) : (isUpper(byte) ? byte + 0x20 : byte)
                count += 1
            }
        }

        /// The word with its first letter uppercased, the rest as written.
        mutating func appendUpperFirst(_ word: UnsafeBufferPointer<UInt8>) {
            for (offset, byte) in word.enumerated() {
                bytes[count] = offset == 0 && isLower(byte) ? byte - 0x20 : byte
                count += 1
            }
        }

        /// A spelling from the word tables, as long as the word it replaces (a test pins that); a longer one
        /// would be cut rather than written past the buffer.
        mutating func append(_ spelling: String) {
            for byte in spelling.utf8 where count < bytes.count {
                bytes[count] = byte
                count += 1
            }
        }

        /// The name, `_`-prefixed when it starts with a digit.
        var text: String {
            let start = count > 1 && isDigit(bytes[1]) ? 0 : 1
            return String(decoding: UnsafeMutableBufferPointer(rebasing: bytes[start..<count]), as: UTF8.self)
        }
    }

    private static func escapedType(_ name: String) -> String {
        ["Type", "Protocol", "Self", "Any"].contains(name) ? name + "_" : name
    }
}
