/// Writes a loaded node back as block-style YAML that `YAMLLoader` (and any YAML 1.2 reader) reads as the same
/// values, keys in the same order.
///
/// Strings are plain when nothing could read them as another type or as syntax, literal blocks (`|`) when they
/// span lines, else double-quoted with escapes. Two spaces per level; empty collections as `{}` and `[]`.
package enum YAMLEmitter {
    package static func document(_ node: YAMLNode) -> String {
        var output = ""
        switch node.content {
        case .mapping(let entries) where !entries.isEmpty:
            writeMapping(entries, indent: 0, firstLinePrefix: nil, into: &output)
        case .sequence(let elements) where !elements.isEmpty:
            writeSequence(elements, indent: 0, into: &output)
        default:
            output += inlineText(of: node, indent: 0) + "\n"
        }
        return output
    }

    private static func spaces(_ count: Int) -> String {
        String(repeating: " ", count: count)
    }

    /// A mapping at `indent`; `firstLinePrefix` replaces the first entry's indentation (`- ` of a sequence item).
    private static func writeMapping(_ entries: YAMLMapping, indent: Int, firstLinePrefix: String?, into output: inout String) {
        for (index, entry) in entries.enumerated() {
            output += index == 0 ? (firstLinePrefix ?? spaces(indent)) : spaces(indent)
            output += keyText(entry.key) + ":"
            writeValue(entry.value, indent: indent, into: &output)
        }
    }

    private static func writeSequence(_ elements: YAMLSequence, indent: Int, into output: inout String) {
        for element in elements {
            if case .mapping(let entries) = element.content, !entries.isEmpty {
                writeMapping(entries, indent: indent + 2, firstLinePrefix: spaces(indent) + "- ", into: &output)
                continue
            }
            output += spaces(indent) + "-"
            writeValue(element, indent: indent, into: &output)
        }
    }

    /// The value after `key:` or `-` on a line whose content starts at `indent`.
    private static func writeValue(_ node: YAMLNode, indent: Int, into output: inout String) {
        switch node.content {
        case .mapping(let entries) where !entries.isEmpty:
            output += "\n"
            writeMapping(entries, indent: indent + 2, firstLinePrefix: nil, into: &output)
        case .sequence(let elements) where !elements.isEmpty:
            output += "\n"
            writeSequence(elements, indent: indent + 2, into: &output)
        default:
            output += " " + inlineText(of: node, indent: indent + 2) + "\n"
        }
    }

    /// A scalar or empty collection; a literal block's lines follow its header, indented by `indent`.
    private static func inlineText(of node: YAMLNode, indent: Int) -> String {
        switch node.content {
        case .mapping: return "{}"
        case .sequence: return "[]"
        case .scalar(let scalar):
            switch scalar {
            case .null: return "null"
            case .bool(let value): return value ? "true" : "false"
            case .integer(let value): return String(value)
            case .double(let value):
                if value.isNaN { return ".nan" }
                if value.isInfinite { return value < 0 ? "-.inf" : ".inf" }
                // YAML 1.1 reads a float only with a `.` in the mantissa: `1e-05` would be a string there.
                let text = String(value)
                if !text.contains("."), let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                    return text[..<exponent] + ".0" + text[exponent...]
                }
                return text
            case .string(let text):
                if isPlainSafe(text) { return text }
                if let block = literalBlock(text, indent: indent) { return block }
                return doubleQuoted(text)
            }
        }
    }

    private static func keyText(_ key: String) -> String {
        isPlainSafe(key) ? key : doubleQuoted(key)
    }

    /// Words that a YAML 1.1 or 1.2 reader resolves to null, a boolean or a special float.
    private static let specialWords: Set<String> = [
        "null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False", "FALSE",
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
        ".inf", ".Inf", ".INF", "+.inf", "-.inf", ".nan", ".NaN", ".NAN", "<<", "=",
    ]

    /// Plain only when the text is printable ASCII, starts with a letter, `_`, `/` or `$` (so it cannot be a
    /// number), is no special word, and holds nothing that YAML reads as syntax.
    static func isPlainSafe(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, !specialWords.contains(text) else { return false }
        guard first != UInt8(ascii: " "), last != UInt8(ascii: " "), last != UInt8(ascii: ":") else { return false }
        let startsLikeWord =
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first | 0x20) || first == UInt8(ascii: "_")
            || first == UInt8(ascii: "/") || first == UInt8(ascii: "$")
        guard startsLikeWord else { return false }
        for (index, byte) in bytes.enumerated() {
            guard byte >= 0x20, byte < 0x7F else { return false }
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ","), UInt8(ascii: "`"), UInt8(ascii: "\\"),
                UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
                UInt8(ascii: "%"), UInt8(ascii: "@"):
                return false
            case UInt8(ascii: ":"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: " ") { return false }
            default:
                break
            }
        }
        return true
    }

    /// `|`, `|-` or `|+` with the lines indented by `indent`, when the text spans lines and every character can
    /// stand in a block; nil otherwise.
    static func literalBlock(_ text: String, indent: Int) -> String? {
        guard text.utf8.contains(UInt8(ascii: "\n")) else { return nil }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
            if isControl || Self.mustEscape(value) { return nil }
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var trailingBreaks = 0
        while lines.count > 1, lines.last == "" {
            lines.removeLast()
            trailingBreaks += 1
        }
        // Lines of only spaces or tabs, and a first line starting with white space, confuse indentation detection.
        guard let firstLine = lines.first, !firstLine.isEmpty,
            !lines.contains(where: { !$0.isEmpty && $0.allSatisfy { $0 == " " || $0 == "\t" } }),
            firstLine.first != " ", firstLine.first != "\t"
        else { return nil }
        let chomping = trailingBreaks == 0 ? "-" : trailingBreaks == 1 ? "" : "+"
        var block = "|" + chomping
        for line in lines {
            block += "\n" + (line.isEmpty ? "" : spaces(indent) + line)
        }
        // `|+` keeps the breaks after the last line: written as empty lines.
        if trailingBreaks > 1 { block += String(repeating: "\n", count: trailingBreaks - 1) }
        return block
    }

    /// Characters outside YAML's printable set (U+FFFE, U+FFFF), a byte-order mark, and line or paragraph
    /// separators, which YAML 1.1 readers take for line breaks.
    private static func mustEscape(_ value: UInt32) -> Bool {
        value == 0x2028 || value == 0x2029 || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF
    }

    static func doubleQuoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            case "\r": output += "\\r"
            default:
                let value = scalar.value
                if value < 0x20 || (0x7F...0x9F).contains(value) || Self.mustEscape(value) {
                    let hex = String(value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        return output + "\""
    }
}
