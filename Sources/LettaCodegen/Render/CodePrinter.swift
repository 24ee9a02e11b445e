/// Accumulates lines of Swift with four-space indentation: the only place that knows about whitespace.
///
/// Lines go straight into one UTF-8 buffer, kept from file to file by the renderer.
struct CodePrinter {
    private(set) var utf8: [UInt8] = []
    private var level = 0

    init() {
        utf8.reserveCapacity(1 << 14)
    }

    var text: String { String(decoding: utf8, as: UTF8.self) }

    /// Empties the printer for the next file, keeping its buffer.
    mutating func removeAll() {
        utf8.removeAll(keepingCapacity: true)
        level = 0
    }

    /// One line at the current indentation (an empty line has none).
    mutating func line(_ text: String = "") {
        if !text.isEmpty {
            utf8.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 4 * level))
            utf8.append(contentsOf: text.utf8)
        }
        utf8.append(UInt8(ascii: "\n"))
    }

    /// `header {` … `}` with the body indented.
    mutating func block(_ header: String, _ body: (inout CodePrinter) -> Void) {
        line(header + " {")
        indented(body)
        line("}")
    }

    mutating func indented(_ body: (inout CodePrinter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    /// `///` lines; an empty line is a bare `///`.
    mutating func documentation(_ lines: [String]) {
        for text in lines {
            line(text.isEmpty ? "///" : "/// " + text)
        }
    }
}

/// Swift string literals, escaped in one place.
enum SwiftLiteral {
    /// `"value"` with a quote, a backslash, a control character and U+2028/U+2029 (line breaks to Swift) escaped.
    static func string(_ value: String) -> String {
        // Nearly every literal (a wire name, a tag) needs no escape: its UTF-8 has no quote, backslash, control
        // character or U+2028/U+2029 lead byte.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }) {
            return "\"" + value + "\""
        }
        var literal = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": literal += "\\\""
            case "\\": literal += "\\\\"
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case "\u{2028}", "\u{2029}": literal += "\\u{" + String(scalar.value, radix: 16) + "}"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    literal += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    literal.unicodeScalars.append(scalar)
                }
            }
        }
        return literal + "\""
    }

    /// `[]`, or `["a", "b"]`.
    static func stringArray(_ values: [String]) -> String {
        "[" + values.map(string).joined(separator: ", ") + "]"
    }
}
