/// JSON string tokens on bytes: finding the end, undoing escapes, validating UTF-8.
@usableFromInline
enum JSONStringScanning {
    /// Why a string token is not valid.
    @usableFromInline
    enum Failure: Error {
        case unterminated
        case controlCharacter(at: Int)
        case invalidEscape
        case invalidUnicodeEscape
        case invalidUTF8(at: Int)

        var message: String {
            switch self {
            case .unterminated: "Unterminated string"
            case .controlCharacter: "Unescaped control character in string"
            case .invalidEscape: "Invalid escape sequence in string"
            case .invalidUnicodeEscape: "Invalid \\u escape in string (a lone or misordered surrogate, or bad hex digits)"
            case .invalidUTF8: "Invalid UTF-8 in string"
            }
        }
    }

    /// A string token found by `scan`: where its text ends, the index after its closing quote, whether it has
    /// escapes, and whether it is plain (printable ASCII without escapes: its bytes are its text).
    struct Token {
        var textEnd: Int
        var next: Int
        var escaped: Bool
        var plain: Bool
    }

    /// The string token starting at `quote` (an opening quote), found as `JSONDecoder`'s scan finds it: a backslash
    /// takes the next byte (`\u` the next four, none of them a quote); control characters, bad escapes and invalid
    /// UTF-8 are left for `text` to reject, so a string that is skipped is not checked further (as Foundation).
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, quote: Int) throws(Failure) -> Token {
        var index = quote + 1
        var escaped = false
        var plain = true
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return Token(textEnd: index, next: index + 1, escaped: escaped, plain: plain) }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                plain = false
                guard index + 1 < count else { throw .unterminated }
                if bytes[index + 1] == UInt8(ascii: "u") {
                    guard index + 6 <= count else { throw .unterminated }
                    for offset in 2..<6 where bytes[index + offset] == UInt8(ascii: "\"") { throw .invalidUnicodeEscape }
                    index += 6
                } else {
                    index += 2
                }
                continue
            }
            if byte < 0x20 || byte >= 0x80 { plain = false }
            index += 1
        }
        throw .unterminated
    }

    /// The text of a string token's content (between the quotes), checked as `JSONDecoder` checks a string it
    /// decodes: no unescaped control characters, valid escapes and surrogate pairs, valid UTF-8.
    static func text(_ content: UnsafeBufferPointer<UInt8>, token: Token) throws(Failure) -> String {
        if token.plain { return String(decoding: content, as: UTF8.self) }
        for (offset, byte) in content.enumerated() where byte < 0x20 { throw .controlCharacter(at: offset) }
        if let invalid = UTF8Validation.firstInvalidByte(in: content) { throw .invalidUTF8(at: invalid) }
        if token.escaped { return try unescape(content) }
        return String(decoding: content, as: UTF8.self)
    }

    /// Undoes the escapes of a string's content; a high surrogate must be followed by a low one and vice versa.
    @usableFromInline
    static func unescape(_ content: UnsafeBufferPointer<UInt8>) throws(Failure) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(content.count)
        var position = 0
        let count = content.count
        func hex4(_ at: Int) throws(Failure) -> UInt32 {
            guard at + 4 <= count else { throw .invalidUnicodeEscape }
            var value: UInt32 = 0
            for offset in 0..<4 {
                let byte = content[at + offset]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default: throw .invalidUnicodeEscape
                }
                value = value << 4 | UInt32(digit)
            }
            return value
        }
        while position < count {
            let byte = content[position]
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                position += 1
                continue
            }
            guard position + 1 < count else { throw .invalidEscape }
            let escape = content[position + 1]
            position += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                var code = try hex4(position)
                position += 4
                if (0xD800...0xDBFF).contains(code) {
                    guard position + 6 <= count, content[position] == UInt8(ascii: "\\"),
                          content[position + 1] == UInt8(ascii: "u") else { throw .invalidUnicodeEscape }
                    let low = try hex4(position + 2)
                    guard (0xDC00...0xDFFF).contains(low) else { throw .invalidUnicodeEscape }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    position += 6
                }
                guard let scalar = Unicode.Scalar(code) else { throw .invalidUnicodeEscape }
                var encoded: [UInt8] = []
                UTF8.encode(scalar) { encoded.append($0) }
                out.append(contentsOf: encoded)
            default:
                throw .invalidEscape
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
