/// Accumulates lines of Swift with four-space indentation: the only place that knows about whitespace.
///
/// Lines are appended as UTF-8 bytes. A literal line, interpolated or not, is a ``CodeLine``, whose segments are
/// copied straight into the output: no `String` is built per line.
struct CodePrinter {
    private var bytes: [UInt8] = []
    private var level = 0

    init() {
        bytes.reserveCapacity(1 << 14)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    private static let indentation = [UInt8](repeating: UInt8(ascii: " "), count: 4 * 32)

    private mutating func indent() {
        var remaining = 4 * level
        while remaining > 0 {
            let count = min(remaining, Self.indentation.count)
            bytes.append(contentsOf: Self.indentation[..<count])
            remaining -= count
        }
    }

    mutating func line(_ content: CodeLine = "") {
        if !content.bytes.isEmpty {
            indent()
            bytes.append(contentsOf: content.bytes)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    @_disfavoredOverload
    mutating func line(_ content: String) {
        if !content.isEmpty {
            indent()
            bytes.append(contentsOf: content.utf8)
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `header {` … `}` with the body indented.
    mutating func block(_ header: CodeLine, _ body: (inout CodePrinter) -> Void) {
        var opening = header
        opening.bytes.append(contentsOf: " {".utf8)
        line(opening)
        level += 1
        body(&self)
        level -= 1
        line("}")
    }

    @_disfavoredOverload
    mutating func block(_ header: String, _ body: (inout CodePrinter) -> Void) {
        block(CodeLine(header), body)
    }

    mutating func indented(_ body: (inout CodePrinter) -> Void) {
        level += 1
        body(&self)
        level -= 1
    }

    mutating func documentation(_ lines: [String]) {
        for documentationLine in lines {
            if documentationLine.isEmpty {
                line("///")
            } else {
                indent()
                bytes.append(contentsOf: "/// ".utf8)
                bytes.append(contentsOf: documentationLine.utf8)
                bytes.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// Removes a trailing blank line before a closing brace, so blocks end tidily.
    mutating func trimTrailingBlankLine() {
        while bytes.count >= 2, bytes[bytes.count - 1] == UInt8(ascii: "\n"), bytes[bytes.count - 2] == UInt8(ascii: "\n") {
            bytes.removeLast()
        }
    }
}

/// One line of generated Swift as UTF-8 bytes, written as a string literal with interpolations.
struct CodeLine: ExpressibleByStringInterpolation {
    var bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    init(stringLiteral value: String) {
        bytes = Array(value.utf8)
    }

    init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    struct Interpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            bytes.append(contentsOf: literal.utf8)
        }

        mutating func appendInterpolation(_ value: String) {
            bytes.append(contentsOf: value.utf8)
        }

        mutating func appendInterpolation(_ value: Substring) {
            bytes.append(contentsOf: value.utf8)
        }

        mutating func appendInterpolation(_ value: Int) {
            bytes.append(contentsOf: String(value).utf8)
        }
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
