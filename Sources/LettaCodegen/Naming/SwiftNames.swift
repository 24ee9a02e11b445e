/// Every Swift identifier the generator emits is spelled here, pinned by a table test.
///
/// Types are UpperCamelCase, properties and cases lowerCamelCase, with Swift's acronym style (`tool_call_id` →
/// `toolCallID`, `image_url` → `imageURL`, but a leading `id` or `url` stays lowercase). Keywords are escaped where
/// a name is used (`MemberName`).
package enum SwiftNames {
    /// Words written all-caps when they are not the first word of a lowerCamel name.
    static let acronyms: Set<String> = [
        "id", "ids", "url", "urls", "uri", "api", "http", "https", "json", "html", "xml", "uuid", "llm", "ai", "io",
        "ip", "sql", "jwt", "mcp", "oauth", "otid", "sse", "utc", "sdk", "ui", "os", "gpu", "cpu",
    ]

    /// Acronyms written as a capitalized word in a type name (`IoStream`): a two-letter word reads as one there.
    static let acronymsCapitalizedInTypeNames: Set<String> = ["io"]

    /// Written as given (mixed case) wherever they appear after the first word.
    static let mixedCaseWords: [String: String] = ["ids": "IDs", "urls": "URLs", "oauth": "OAuth", "otid": "OTID"]

    /// Brand names written as one lowercase word on the wire, spelled as their owners do (`openai` → `openAI`).
    static let compoundWords: [String: String] = [
        "openai": "OpenAI", "openrouter": "OpenRouter", "chatgpt": "ChatGPT", "sglang": "SGLang",
    ]

    /// Words Swift reserves where a member is declared or used: a member with one of these names is written in
    /// backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
        "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
        "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
        "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
        "where", "while", "Any", "as", "false", "is", "nil", "self", "Self", "super", "throws", "true", "try",
        "Type", "Protocol",
    ]

    /// Type names Swift does not allow as declared: they get a trailing `_`.
    static let reservedTypeNames: Set<String> = ["Type", "Protocol", "Self", "Any"]

    /// Splits a wire or schema name into words: `tool_call_id`, `tool-call id`, `ToolCallID`, `imageURL2x`.
    /// A word is a run of letters and digits; a new word starts at a lowercase letter or digit followed by an
    /// uppercase one, and at the last capital of a run of capitals followed by a lowercase letter (`HTTPStatus`).
    package static func words(_ name: String) -> [String] {
        // The characters once (breaking text into characters is the costly part), each classified once.
        let characters = Array(name)
        let kinds = characters.map(CharacterClass.init)
        var words: [String] = []
        var word = ""
        for (index, kind) in kinds.enumerated() {
            guard kind.isLetterOrDigit else {
                if !word.isEmpty { words.append(word) }
                word = ""
                continue
            }
            if !word.isEmpty {
                let previous = kinds[index - 1]
                let followedByLower = index + 1 < kinds.count && kinds[index + 1].isLower
                let lowerToUpper = (previous.isLower || previous.isDigit) && kind.isUpper
                let acronymEnd = previous.isUpper && kind.isUpper && followedByLower
                if lowerToUpper || acronymEnd {
                    words.append(word)
                    word = ""
                }
            }
            word.append(characters[index])
        }
        if !word.isEmpty { words.append(word) }
        return words
    }

    /// UpperCamelCase: `tool_call` → `ToolCall`, `image_url` → `ImageURL`. Module paths in schema names
    /// (`letta__schemas__…`) are the caller's to shorten.
    package static func typeName(_ name: String) -> String {
        let words = words(name)
        guard !words.isEmpty else { return "Unnamed" }
        var result = words.map(upperFirst).joined()
        if let first = result.first, first.isNumber { result = "_" + result }
        return reservedTypeNames.contains(result) ? result + "_" : result
    }

    /// lowerCamelCase with acronyms: `tool_call_id` → `toolCallID`, `id` → `id`, `URL` → `url`.
    package static func memberName(_ name: String) -> String {
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
    package static func caseName(_ value: String) -> String {
        let name = memberName(value)
        return name == "none" || name == "some" ? name + "Value" : name
    }

    /// Whether a member called `name` must be written in backticks.
    package static func isKeyword(_ name: String) -> Bool {
        keywords.contains(name)
    }

    /// lowerCamel for a case named after a type: `SGLangModelSettings` → `sgLangModelSettings`, `XAIModel` →
    /// `xaiModel`, `URL` → `url`. A leading run of capitals is lowered, all but its last letter when a lowercase
    /// letter follows it.
    package static func lowerFirstWord(_ typeName: String) -> String {
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

    /// What a character is to word splitting, found once a character: letters and digits make words; case and
    /// digits mark where a word starts. (A letter may have no case, as `中`; a character may be a digit and have a
    /// case, as `ⅰ`.)
    private struct CharacterClass {
        var isLetterOrDigit: Bool
        var isLower: Bool
        var isUpper: Bool
        var isDigit: Bool

        init(_ character: Character) {
            if let ascii = character.asciiValue {
                isLower = ascii >= UInt8(ascii: "a") && ascii <= UInt8(ascii: "z")
                isUpper = ascii >= UInt8(ascii: "A") && ascii <= UInt8(ascii: "Z")
                isDigit = ascii >= UInt8(ascii: "0") && ascii <= UInt8(ascii: "9")
                isLetterOrDigit = isLower || isUpper || isDigit
            } else {
                isLower = character.isLowercase
                isUpper = character.isUppercase
                isDigit = character.isNumber
                isLetterOrDigit = character.isLetter || character.isNumber
            }
        }
    }

    /// A word with its first letter uppercased: table spellings (`IDs`, `OAuth`), acronyms of up to four letters
    /// written in lowercase (`url` → `URL`, but not `io`), else the word capitalized as written.
    private static func upperFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        let lower = word.lowercased()
        if let mixed = mixedCaseWords[lower] { return mixed }
        if acronyms.contains(lower), !acronymsCapitalizedInTypeNames.contains(lower), word == lower, word.count <= 4 {
            return word.uppercased()
        }
        return first.uppercased() + word.dropFirst()
    }
}
