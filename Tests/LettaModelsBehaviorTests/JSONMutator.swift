import Foundation

/// Deterministic mutations of JSON documents, for the differential test of the two decoding paths: the kinds of
/// damage real traffic and hostile input bring (numbers at the edges, repeated keys, nulls, unknown keys, dates,
/// depth, bad strings, truncation, kind swaps, escapes), each applied at a position chosen by a seeded generator.
struct JSONMutator {
    /// A small seeded generator (xorshift64*), so every run mutates the same way.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 2_685_821_657_736_338_717
        }

        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }

        mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
    }

    /// A token of the document: its byte range, and for `{`/`[` where the container ends.
    struct Token {
        enum Kind { case string, number, literal, open, close, comma, colon }
        var kind: Kind
        var range: Range<Int>
        /// A string followed by a colon.
        var isKey = false
        /// For `.open`: the index after the matching close.
        var valueEnd = 0
    }

    static let numbers = [
        "9007199254740993.0", "-9223372036854775809", "-9223372036854775808", "9223372036854775807", "9223372036854775808",
        "1e-400", "1e400", "-1e400", "1e2", "1E+2", "100e-2", "1.5", "-0", "-0.0", "0e500", "12345678901234567890123",
        "0.10000000000000000001", "01", "1.", "-", "1e", "2.2250738585072014e-308", "4.9e-324", "1e19", "1.0000000000000001",
        "123456789012345678901234567890123456789012345", "1e-7", "0.1", "-1.5e-7",
    ]
    static let dates = [
        "9999-12-31T23:59:59.999999Z", "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "2024-02-30T00:00:00Z",
        "2024-01-01T00:00:00.123456789Z", "2024-01-01 00:00:00", "+10000-01-01T00:00:00Z", "2024-01-01T00:00:00+24:00",
        "9999-12-31T23:30:00-01:00", "0000-01-01T00:30:00+01:00", "2024-01-01T00:00:60Z", "2024-01-01T00:00:00.Z",
    ]
    static let badStrings = [
        #""\ud800""#, #""\udc00\ud800""#, #""\x""#, "\"a\u{01}b\"", #""\u00""#, #""\u00zz""#, "\"\u{2028}\u{0085}\"", #""\/\b\f""#,
    ]
    static let values = [#"1"#, #""s""#, "null", #"{"a":[1,2.5]}"#, "1e400", #""\ud800""#, "[]", "{}", "true", "[1,]", #"{"a":1,}"#]

    let bytes: [UInt8]
    let tokens: [Token]

    init(_ document: Data) {
        bytes = [UInt8](document)
        tokens = Self.tokenize(bytes)
    }

    /// One mutation of the document.
    func mutate(_ generator: inout Generator) -> Data {
        guard !tokens.isEmpty else { return Data(bytes) }
        let values = tokens.indices.filter {
            tokens[$0].kind != .close && tokens[$0].kind != .comma && tokens[$0].kind != .colon && !tokens[$0].isKey
        }
        let keys = tokens.indices.filter { tokens[$0].isKey }
        let strings = values.filter { tokens[$0].kind == .string }
        let opens = tokens.indices.filter { tokens[$0].kind == .open }
        let closes = tokens.indices.filter { tokens[$0].kind == .close }
        switch generator.below(14) {
        case 0, 1:
            return replacing(generator.pick(values), with: generator.pick(Self.numbers))
        case 2 where !keys.isEmpty:
            // A repeated key, after the value (the first still wins) or before it (the new one wins).
            let key = tokens[generator.pick(keys)]
            let name = String(decoding: bytes[key.range], as: UTF8.self)
            let extra = name + ":" + generator.pick(Self.values)
            return generator.below(2) == 0
                ? inserting(extra + ",", at: key.range.lowerBound) : inserting("," + extra, at: valueEnd(afterKey: key))
        case 3:
            return replacing(generator.pick(values), with: "null")
        case 4 where opens.contains(where: { bytes[tokens[$0].range.lowerBound] == UInt8(ascii: "{") }):
            let object = tokens[generator.pick(opens.filter { bytes[tokens[$0].range.lowerBound] == UInt8(ascii: "{") })]
            let empty = bytes[object.range.upperBound...].first(where: { !Self.isWhitespace($0) }) == UInt8(ascii: "}")
            let entry = "\"x_mutated_\(generator.below(3))\":" + generator.pick(Self.values)
            return inserting(entry + (empty ? "" : ","), at: object.range.upperBound)
        case 5 where !strings.isEmpty:
            return replacing(generator.pick(strings), with: "\"" + generator.pick(Self.dates) + "\"")
        case 6:
            let depth = generator.pick([1, 2, 100, 508, 509, 510, 511, 600])
            let open = generator.below(2) == 0 ? "[" : #"{"d":"#
            let close = open == "[" ? "]" : "}"
            let token = generator.pick(values)
            let value = String(decoding: bytes[tokens[token].range.lowerBound..<valueEnd(of: token)], as: UTF8.self)
            return replacing(token, with: String(repeating: open, count: depth) + value + String(repeating: close, count: depth))
        case 7 where !strings.isEmpty:
            return replacing(generator.pick(strings), with: generator.pick(Self.badStrings))
        case 8:
            return Data(bytes[..<generator.below(bytes.count)])
        case 9:
            return replacing(generator.pick(values), with: generator.pick(["true", "[]", "{}", #""s""#, "1", "[1,]", "false"]))
        case 10 where !closes.isEmpty:
            return inserting(",", at: tokens[generator.pick(closes)].range.lowerBound)
        case 11 where !keys.isEmpty:
            // The same key, spelled with an escape.
            let key = tokens[generator.pick(keys)]
            guard key.range.count > 2 else { return Data(bytes) }
            let first = bytes[key.range.lowerBound + 1]
            let escaped = String(format: "\\u%04x", first)
            var copy = bytes
            copy.replaceSubrange((key.range.lowerBound + 1)..<(key.range.lowerBound + 2), with: Array(escaped.utf8))
            return Data(copy)
        case 12:
            var copy = bytes
            let position = generator.below(copy.count)
            copy[position] = generator.pick([0x00, 0x22, 0x5C, 0x7B, 0x5D, 0x2C, 0x3A, 0xFF, 0xC3, 0x20, 0x30, 0x65])
            return Data(copy)
        default:
            return Data([0xEF, 0xBB, 0xBF] + bytes + Array(" \n".utf8))
        }
    }

    /// Where the value that begins at token `index` ends.
    private func valueEnd(of index: Int) -> Int {
        tokens[index].kind == .open ? tokens[index].valueEnd : tokens[index].range.upperBound
    }

    /// Where the value of a key ends.
    private func valueEnd(afterKey key: Token) -> Int {
        guard let keyIndex = tokens.firstIndex(where: { $0.range == key.range }), keyIndex + 2 < tokens.count else {
            return key.range.upperBound
        }
        return valueEnd(of: keyIndex + 2)
    }

    private func replacing(_ token: Int, with text: String) -> Data {
        var copy = bytes
        copy.replaceSubrange(tokens[token].range.lowerBound..<valueEnd(of: token), with: Array(text.utf8))
        return Data(copy)
    }

    private func inserting(_ text: String, at position: Int) -> Data {
        var copy = bytes
        copy.insert(contentsOf: Array(text.utf8), at: position)
        return Data(copy)
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// Tokens of a well-formed document (fixtures are), with keys marked and containers matched.
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var open: [Int] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                var end = index + 1
                while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += bytes[end] == UInt8(ascii: "\\") ? 2 : 1 }
                tokens.append(Token(kind: .string, range: index..<min(end + 1, bytes.count)))
                index = end + 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                open.append(tokens.count)
                tokens.append(Token(kind: .open, range: index..<index + 1))
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if let opener = open.popLast() { tokens[opener].valueEnd = index + 1 }
                tokens.append(Token(kind: .close, range: index..<index + 1))
                index += 1
            case UInt8(ascii: ","):
                tokens.append(Token(kind: .comma, range: index..<index + 1))
                index += 1
            case UInt8(ascii: ":"):
                if let last = tokens.indices.last, tokens[last].kind == .string { tokens[last].isKey = true }
                tokens.append(Token(kind: .colon, range: index..<index + 1))
                index += 1
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                var end = index
                while end < bytes.count, bytes[end] >= UInt8(ascii: "a"), bytes[end] <= UInt8(ascii: "z") { end += 1 }
                tokens.append(Token(kind: .literal, range: index..<end))
                index = end
            case _ where isWhitespace(byte):
                index += 1
            default:
                var end = index
                while end < bytes.count, !isWhitespace(bytes[end]),
                    ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[end])
                {
                    end += 1
                }
                tokens.append(Token(kind: .number, range: index..<max(end, index + 1)))
                index = max(end, index + 1)
            }
        }
        return tokens
    }
}
