/// Accumulates lines of Swift with four-space indentation: the only place that knows about whitespace.
struct CodePrinter {
    private(set) var text = ""
    private var level = 0

    mutating func line(_ content: String = "") {
        if content.isEmpty {
            text += "\n"
        } else {
            text += String(repeating: "    ", count: level) + content + "\n"
        }
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

    static func stringArray(_ values: [String]) -> String {
        values.isEmpty ? "[]" : "[" + values.map(string).joined(separator: ", ") + "]"
    }

    static func stringSet(_ values: [String]) -> String {
        values.isEmpty ? "[]" : "[" + values.map(string).joined(separator: ", ") + "]"
    }
}
