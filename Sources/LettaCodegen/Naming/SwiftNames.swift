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

    /// Case names that would read as `Optional.none`/`.some` where an optional of the enum is expected.
    static let optionalCaseNames: Set<String> = ["none", "some"]

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
        var start = -1
        func flush(_ end: Int) {
            if start >= 0 && end > start { words.append(start..<end) }
            start = -1
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            guard isLower(byte) || isUpper(byte) || isDigit(byte) else {
                flush(index)
                continue
            }
            if start >= 0 {
                let previous = bytes[index - 1]
                let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
                let lowerToUpper = (isLower(previous) || isDigit(previous)) && isUpper(byte)
                let acronymEnd = isUpper(previous) && isUpper(byte) && next.map(isLower) == true
                if lowerToUpper || acronymEnd { flush(index) }
            }
            if start < 0 { start = index }
        }
        flush(bytes.count)
        return words
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
        return optionalCaseNames.contains(name) ? name + "Value" : name
    }

    /// A member name ready to print: keywords get backticks.
    /// A nested type's qualified name as a DocC symbol path: `Outer.Inner` → `Outer/Inner`.
    static func symbolPath(_ qualifiedName: String) -> String {
        let utf8 = qualifiedName.utf8
        guard utf8.contains(UInt8(ascii: ".")) else { return qualifiedName }
        // Byte for byte when ASCII; otherwise by Characters, where a `.` with a combining mark is not a `.`.
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return qualifiedName.replacing(".", with: "/") }
        return String(decoding: utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "/") : $0 }, as: UTF8.self)
    }

    public static func escapedMember(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// lowerCamel for a case named after a type: `SGLangModelSettings` → `sgLangModelSettings`, `XAIModel` → `xaiModel`.
    public static func lowerFirstWord(_ typeName: String) -> String {
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

    private static func special(_ word: UnsafeBufferPointer<UInt8>) -> SpecialWord? {
        guard word.count <= longestSpecialWord else { return nil }
        let lower = String(unsafeUninitializedCapacity: word.count) { buffer in
            for (index, byte) in word.enumerated() { buffer[index] = isUpper(byte) ? byte + 0x20 : byte }
            return word.count
        }
        return specialWords[lower]
    }

    /// `typeName` of an ASCII name; nil when a byte is not ASCII.
    static func asciiTypeName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let ranges = asciiWordRanges(bytes) else { return nil }
        guard !ranges.isEmpty else { return "Unnamed" }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        for range in ranges {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            let special = special(word)
            if let mixed = special?.mixedCase {
                result.appendUTF8(mixed)
            } else if special?.isAcronym == true, word.count <= 4, !word.contains(where: isUpper),
                      !word.elementsEqual("io".utf8) {
                result.append(contentsOf: word.lazy.map { isLower($0) ? $0 - 0x20 : $0 })
            } else {
                appendUpperFirst(word, to: &result)
            }
        }
        if let first = result.first, isDigit(first) { result.insert(UInt8(ascii: "_"), at: 0) }
        return escapedType(String(decoding: result, as: UTF8.self))
    }

    /// `memberName` of an ASCII name; nil when a byte is not ASCII.
    static func asciiMemberName(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let ranges = asciiWordRanges(bytes) else { return nil }
        guard let firstRange = ranges.first else { return "empty" }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        let first = UnsafeBufferPointer(rebasing: bytes[firstRange])
        if let compound = special(first)?.compound {
            result.appendUTF8(lowerFirstWord(compound))
        } else {
            result.append(contentsOf: first.lazy.map { isUpper($0) ? $0 + 0x20 : $0 })
        }
        for range in ranges.dropFirst() {
            let word = UnsafeBufferPointer(rebasing: bytes[range])
            let special = special(word)
            if let compound = special?.compound {
                result.appendUTF8(compound)
            } else if let mixed = special?.mixedCase {
                result.appendUTF8(mixed)
            } else if special?.isAcronym == true {
                result.append(contentsOf: word.lazy.map { isLower($0) ? $0 - 0x20 : $0 })
            } else {
                appendUpperFirst(word, to: &result)
            }
        }
        if let firstByte = result.first, isDigit(firstByte) { result.insert(UInt8(ascii: "_"), at: 0) }
        return String(decoding: result, as: UTF8.self)
    }

    /// The word with its first letter uppercased, the rest as written.
    private static func appendUpperFirst(_ word: UnsafeBufferPointer<UInt8>, to result: inout [UInt8]) {
        guard let first = word.first else { return }
        result.append(isLower(first) ? first - 0x20 : first)
        result.append(contentsOf: UnsafeBufferPointer(rebasing: word.dropFirst()))
    }

    private static func escapedType(_ name: String) -> String {
        ["Type", "Protocol", "Self", "Any"].contains(name) ? name + "_" : name
    }
}
