import Foundation
import LettaUTF8

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

        /// True for the error a reader throws for a string's content (not its syntax).
        static func isContentError(_ error: any Error) -> Bool {
            guard case .dataCorrupted(let context) = error as? DecodingError else { return false }
            let description = context.debugDescription
            return [Failure.controlCharacter(at: 0), .invalidEscape, .invalidUnicodeEscape, .invalidUTF8(at: 0)]
                .contains { description.hasPrefix($0.message) }
        }

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
    /// escapes, raw control characters or bytes beyond ASCII, and so whether it is plain (its bytes are its text).
    struct Token {
        var textEnd: Int
        var next: Int
        var escaped: Bool
        var control: Bool
        var ascii: Bool

        var plain: Bool { !escaped && !control && ascii }
    }

    /// The string token starting at `quote` (an opening quote), found as `JSONDecoder`'s scan finds it: a backslash
    /// takes the next byte (`\u` the next four, none of them a quote); control characters, bad escapes and invalid
    /// UTF-8 are left for `text` to reject, so a string that is skipped is not checked further (as Foundation).
    ///
    /// A plain string (ASCII without escapes or control characters) that ends within the bytes' last sixteen is
    /// found here sixteen bytes at a time, in line at the caller; anything else is left to `scanInGeneral`, which
    /// goes on from the first byte that is not plain.
    @inline(__always)
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, quote: Int) throws(Failure) -> Token {
        let plain = plainPrefix(bytes, quote: quote)
        if let end = plain.closingQuote {
            return Token(textEnd: end, next: end + 1, escaped: false, control: false, ascii: true)
        }
        return try scanInGeneral(bytes, quote: quote, from: plain.end)
    }

    /// How far the string whose opening quote is at `quote` is plain, read sixteen bytes at a time: the closing
    /// quote when every byte up to it is plain, or else `end`, the first byte not known to be plain (an escape, a
    /// control byte, a byte beyond ASCII, or where fewer than sixteen bytes remain). Each block is compared whole (a
    /// quote, a backslash, a control byte or a byte beyond ASCII flags its lane, all ones); the lowest flagged lane
    /// says whether the string ends there plainly.
    @inline(__always)
    static func plainPrefix(_ bytes: UnsafeBufferPointer<UInt8>, quote: Int) -> (closingQuote: Int?, end: Int) {
        guard let base = bytes.baseAddress else { return (nil, quote + 1) }
        let count = bytes.count
        var index = quote + 1
        while index + 16 <= count {
            let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            guard let lane = ByteVectors.lowestSetLane(ByteVectors.notPlain(block)) else {
                index += 16
                continue
            }
            return base[index + lane] == UInt8(ascii: "\"") ? (index + lane, index + lane) : (nil, index + lane)
        }
        return (nil, index)
    }

    /// `scan` for any string: escapes, control characters, bytes beyond ASCII, the end of the bytes. The bytes from
    /// the opening quote up to `start` are plain (neither quote, backslash, control byte nor beyond ASCII).
    @inline(never)
    static func scanInGeneral(_ bytes: UnsafeBufferPointer<UInt8>, quote: Int, from start: Int) throws(Failure) -> Token {
        var index = start
        var escaped = false
        var control = false
        // The bytes passed over, OR-ed together (only their high bits are read): whole blocks in a vector, the
        // rest in a word.
        var highBlocks = SIMD16<UInt8>(repeating: 0)
        var high: UInt64 = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { throw .unterminated }
        while true {
            // Sixteen bytes at a time up to the first quote, backslash or control byte; eight at a time, then one,
            // near the end of the bytes.
            var found = false
            while index + 16 <= count {
                let block = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                guard let lane = ByteVectors.lowestSetLane(ByteVectors.quotesBackslashesOrControls(block)) else {
                    highBlocks |= block
                    index += 16
                    continue
                }
                // The bytes before the flagged lane.
                let words = unsafeBitCast(block, to: SIMD2<UInt64>.self)
                if lane < 8 {
                    high |= words.x & ((1 << UInt64(lane * 8)) &- 1)
                } else {
                    high |= words.x | (words.y & ((1 << UInt64((lane - 8) * 8)) &- 1))
                }
                index += lane
                found = true
                break
            }
            while !found && index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let flagged = Self.quoteBackslashOrControl(word)
                if flagged == 0 {
                    high |= word
                    index += 8
                    continue
                }
                let before = flagged.trailingZeroBitCount & ~7
                high |= word & ((1 << UInt64(before)) &- 1)
                index += before >> 3
                break
            }
            guard index < count else { throw .unterminated }
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "\""):
                let blocks = unsafeBitCast(highBlocks, to: SIMD2<UInt64>.self)
                let ascii = (high | blocks.x | blocks.y) & 0x8080_8080_8080_8080 == 0
                return Token(textEnd: index, next: index + 1, escaped: escaped, control: control, ascii: ascii)
            case UInt8(ascii: "\\"):
                escaped = true
                guard index + 1 < count else { throw .unterminated }
                if base[index + 1] == UInt8(ascii: "u") {
                    guard index + 6 <= count else { throw .unterminated }
                    for offset in 2..<6 where base[index + offset] == UInt8(ascii: "\"") { throw .invalidUnicodeEscape }
                    high |= UInt64(base[index + 2] | base[index + 3] | base[index + 4] | base[index + 5]) & 0x80
                    index += 6
                } else {
                    high |= UInt64(base[index + 1]) & 0x80
                    index += 2
                }
            case 0..<0x20:
                control = true
                index += 1
            default:
                high |= UInt64(byte)
                index += 1
            }
        }
    }

    /// Whether `bytes` are exactly the UTF-8 of `text` (byte for byte, as keys and tags are compared).
    @inline(__always)
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        // Read in place (a `var` copy to call `withUTF8` costs a retain and a release of the text).
        let utf8 = text.utf8
        guard utf8.count == bytes.count else { return false }
        let equal = utf8.withContiguousStorageIfAvailable { utf8 in
            guard let left = utf8.baseAddress, let right = bytes.baseAddress else { return true }
            return memcmp(left, right, bytes.count) == 0
        }
        return equal ?? utf8.elementsEqual(bytes)
    }

    /// Whether some string of a document, a key or a value, is one `text` rejects. The document must be valid JSON
    /// syntax (every quote outside a string opens one), as Foundation's scan has confirmed on the error path, the
    /// only place this runs.
    static func containsInvalidString(_ document: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while let quote = document[index...].firstIndex(of: UInt8(ascii: "\"")) {
            guard let token = try? scan(document, quote: quote) else { return true }
            if !token.plain {
                let content = UnsafeBufferPointer(rebasing: document[(quote + 1)..<token.textEnd])
                if (try? text(content, token: token)) == nil { return true }
            }
            index = token.next
        }
        return false
    }

    /// The high bit of every byte of a word (little-endian) that is a quote, a backslash or below 0x20, and
    /// perhaps of bytes above the lowest such one (borrows): zero exactly when there is none.
    @inline(__always)
    static func quoteBackslashOrControl(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        // A byte of `x` is zero exactly when `x - 1` sets its high bit and `x` did not have it.
        let quoteZero = (quote &- ones) & ~quote
        let backslashZero = (backslash &- ones) & ~backslash
        let control = (word &- (ones &* 0x20)) & ~word
        return (quoteZero | backslashZero | control) & highs
    }

    /// The text of a string token's content (between the quotes), checked as `JSONDecoder` checks a string it
    /// decodes: no unescaped control characters, valid escapes and surrogate pairs, valid UTF-8.
    static func text(_ content: UnsafeBufferPointer<UInt8>, token: Token) throws(Failure) -> String {
        if token.plain { return String(decoding: content, as: UTF8.self) }
        if token.control, let offset = content.firstIndex(where: { $0 < 0x20 }) { throw .controlCharacter(at: offset) }
        guard token.escaped else { return try validated(content) }
        var text: String
        do {
            text = try unescape(content)
        } catch {
            // Invalid UTF-8 is reported before a bad escape, wherever each is.
            if !token.ascii, let invalid = UTF8Validation.firstInvalidByte(in: content) { throw .invalidUTF8(at: invalid) }
            throw error
        }
        if !token.ascii, Self.containsReplacementCharacter(&text), let invalid = UTF8Validation.firstInvalidByte(in: content) {
            throw .invalidUTF8(at: invalid)
        }
        return text
    }

    /// The text of UTF-8 bytes, or the error naming the first invalid byte. `String(decoding:)` replaces invalid
    /// bytes with U+FFFD, so a text without one is valid as it is (checked once by the standard library);
    /// `String(validating:)` costs more than the two.
    static func validated(_ content: UnsafeBufferPointer<UInt8>) throws(Failure) -> String {
        var text = String(decoding: content, as: UTF8.self)
        if Self.containsReplacementCharacter(&text), let invalid = UTF8Validation.firstInvalidByte(in: content) {
            throw .invalidUTF8(at: invalid)
        }
        return text
    }

    /// Whether `text` holds U+FFFD (a repair, or one the input spelled out): its lead byte found by `memchr`.
    static func containsReplacementCharacter(_ text: inout String) -> Bool {
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            var start = 0
            while start < bytes.count, let found = memchr(base + start, 0xEF, bytes.count - start) {
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD { return true }
                start = index + 1
            }
            return false
        }
    }

    /// Undoes the escapes of a string's content; a high surrogate must be followed by a low one and vice versa.
    /// Runs between escapes are copied sixteen bytes at a time. The text is put together in scratch space on the stack (up to 1 KiB)
    /// and made a `String` by `String(decoding:)`, whose check of ASCII text is a word at a time.
    static func unescape(_ content: UnsafeBufferPointer<UInt8>) throws(Failure) -> String {
        // Escapes only ever shorten the text, so the content's length is enough room, and sixteen bytes more let
        // runs be copied sixteen at a time to the end.
        var failure: Failure?
        let text: String
        if content.count <= 1024 {
            text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: content.count + 16) { output in
                do throws(Failure) {
                    let length = try unescape(content, into: output)
                    return String(decoding: UnsafeBufferPointer(rebasing: output[..<length]), as: UTF8.self)
                } catch {
                    failure = error
                    return ""
                }
            }
        } else {
            text = String(unsafeUninitializedCapacity: content.count + 16) { output in
                do throws(Failure) {
                    return try unescape(content, into: output)
                } catch {
                    failure = error
                    return 0
                }
            }
        }
        if let failure { throw failure }
        return text
    }

    /// Writes the unescaped text into `output` and returns its length.
    private static func unescape(_ content: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) throws(Failure)
        -> Int
    {
        var written = 0
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
        guard let source = content.baseAddress, let target = output.baseAddress else { return 0 }
        let capacity = output.count
        while position < count {
            // The run up to the next backslash: sixteen bytes at a time (copied whole, counted up to the backslash)
            // while sixteen can be read and written, then a byte at a time.
            if position + 16 <= count && written + 16 <= capacity {
                let block = UnsafeRawPointer(source + position).loadUnaligned(as: SIMD16<UInt8>.self)
                UnsafeMutableRawPointer(target + written).storeBytes(of: block, as: SIMD16<UInt8>.self)
                guard let before = ByteVectors.lowestSetLane(block .== SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))) else {
                    position += 16
                    written += 16
                    continue
                }
                position += before
                written += before
            } else if source[position] != UInt8(ascii: "\\") {
                target[written] = source[position]
                position += 1
                written += 1
                continue
            }
            guard position + 1 < count else { throw .invalidEscape }
            let escape = content[position + 1]
            position += 2
            let simple: UInt8?
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): simple = escape
            case UInt8(ascii: "n"): simple = 0x0A
            case UInt8(ascii: "t"): simple = 0x09
            case UInt8(ascii: "r"): simple = 0x0D
            case UInt8(ascii: "b"): simple = 0x08
            case UInt8(ascii: "f"): simple = 0x0C
            case UInt8(ascii: "u"): simple = nil
            default: throw .invalidEscape
            }
            if let simple {
                output[written] = simple
                written += 1
                continue
            }
            var code = try hex4(position)
            position += 4
            if (0xD800...0xDBFF).contains(code) {
                guard position + 6 <= count, content[position] == UInt8(ascii: "\\"),
                    content[position + 1] == UInt8(ascii: "u")
                else { throw .invalidUnicodeEscape }
                let low = try hex4(position + 2)
                guard (0xDC00...0xDFFF).contains(low) else { throw .invalidUnicodeEscape }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                position += 6
            }
            guard let scalar = Unicode.Scalar(code) else { throw .invalidUnicodeEscape }
            // `\uXXXX` is 6 bytes and at most 3 in UTF-8; a pair is 12 and 4.
            UTF8.encode(scalar) { byte in
                output[written] = byte
                written += 1
            }
        }
        return written
    }
}
