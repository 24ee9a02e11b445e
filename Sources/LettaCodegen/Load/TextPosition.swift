/// Byte-level helpers that turn offsets in a file into 1-based line:column positions.
enum TextPosition {
    /// Line and column (in Unicode scalars) of a byte offset.
    static func of(byteOffset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < byteOffset && index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }

    /// The first byte of the character at a 1-based line:column, or nil past the end.
    static func character(atLine line: Int, column: Int, in bytes: [UInt8]) -> UInt8? {
        var currentLine = 1
        var currentColumn = 1
        for byte in bytes {
            if byte & 0xC0 == 0x80 { continue }
            if currentLine == line && currentColumn == column { return byte }
            if byte == UInt8(ascii: "\n") {
                if currentLine == line { return nil }
                currentLine += 1
                currentColumn = 1
            } else {
                currentColumn += 1
            }
        }
        return nil
    }
}

/// Finds the first byte that breaks UTF-8 (overlongs, surrogates and truncated sequences included).
enum UTF8Validation {
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt8 = 0x80
            var maximum: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; minimum = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; maximum = 0x9F
            case 0xF0: length = 4; minimum = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; maximum = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= minimum && second <= maximum else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }
}
