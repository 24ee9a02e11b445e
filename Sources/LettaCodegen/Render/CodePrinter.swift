/// Accumulates lines of Swift with four-space indentation: the only place that knows about whitespace.
struct CodePrinter {
    private(set) var text = ""
    private var level = 0

    mutating func line(_ content: String = "") {
        if !content.isEmpty {
            for _ in 0..<level { text.append("    ") }
            text.append(content)
        }
        text.append("\n")
    }

    /// `header {` … `}` with the body indented.
    mutating func block(_ header: String, _ body: (inout CodePrinter) -> Void) {
        line(header + " {")
        level += 1
        body(&self)
        level -= 1
        line("}")
    }

    mutating func indented(_ body: (inout CodePrinter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    mutating func documentation(_ lines: [String]) {
        for documentationLine in lines {
            line(documentationLine.isEmpty ? "///" : "/// " + documentationLine)
        }
    }

    /// Removes a trailing blank line before a closing brace, so blocks end tidily.
    mutating func trimTrailingBlankLine() {
        while text.hasSuffix("\n\n") { text.removeLast() }
    }
}

/// Swift literal escaping, in one place.
enum SwiftLiteral {
    static func string(_ value: String) -> String {
        if !needsEscaping(value) { return "\"" + value + "\"" }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// True when `value` holds a character that `string` writes as an escape: a quote, a backslash, a control
    /// character, or U+2028/U+2029 (E2 80 A8/A9 in UTF-8).
    private static func needsEscaping(_ value: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in value.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F { return true }
            if (byte == 0xA8 || byte == 0xA9) && previous == 0x80 && beforePrevious == 0xE2 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    static func stringArray(_ values: [String]) -> String {
        values.isEmpty ? "[]" : "[" + values.map(string).joined(separator: ", ") + "]"
    }

    static func stringSet(_ values: [String]) -> String {
        values.isEmpty ? "[]" : "[" + values.map(string).joined(separator: ", ") + "]"
    }
}
