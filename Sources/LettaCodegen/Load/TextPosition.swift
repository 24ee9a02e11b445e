/// Byte-level helpers that turn offsets in a file into 1-based line:column positions, counting lines as libyaml
/// does: LF, CR, CRLF (one break), NEL (U+0085), LS and PS (U+2028, U+2029) each end a line.
enum TextPosition {
    /// The length in bytes of the line break starting at `index`, or 0 when none starts there.
    static func lineBreakLength(at index: Int, in bytes: [UInt8]) -> Int {
        switch bytes[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// Line and column (in Unicode scalars) of a byte offset.
    static func of(byteOffset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < byteOffset && index < bytes.count {
            let breakLength = lineBreakLength(at: index, in: bytes)
            if breakLength > 0 {
                line += 1
                column = 1
                index += breakLength
                continue
            }
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    /// The first byte of the character at a 1-based line:column, or nil past the end.
    static func character(atLine line: Int, column: Int, in bytes: [UInt8]) -> UInt8? {
        var currentLine = 1
        var currentColumn = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte & 0xC0 == 0x80 {
                index += 1
                continue
            }
            if currentLine == line && currentColumn == column { return byte }
            let breakLength = lineBreakLength(at: index, in: bytes)
            if breakLength > 0 {
                if currentLine == line { return nil }
                currentLine += 1
                currentColumn = 1
                index += breakLength
                continue
            }
            currentColumn += 1
            index += 1
        }
        return nil
    }

    /// The position itself when it is inside the text, else the end of the text (libyaml reports some errors at
    /// end of input one line past the last one).
    static func clamped(line: Int, column: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let end = of(byteOffset: bytes.count, in: bytes)
        if line < end.line || (line == end.line && column <= end.column) { return (line, column) }
        return end
    }
}
