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
