/// Accumulates lines of Swift with four-space indentation: the only place that knows about whitespace.
///
/// Lines are appended as UTF-8 bytes. A literal line, interpolated or not, is a ``CodeLine``, whose segments are
/// copied straight into the output: no `String` is built per line.
struct CodePrinter {
    private var bytes = ByteBuffer(capacity: 1 << 14)
    private var level = 0

    init() {}

    var text: String { bytes.text }

    /// The UTF-8 of the text, as written to a file.
    var utf8: [UInt8] { bytes.array }

    /// Empties the printer for the next file, keeping its buffer.
    mutating func removeAll() {
        bytes.removeAll()
        level = 0
    }

    /// The indentation of a line at the current level.
    private var indentation: Int { 4 * level }

    mutating func line(_ content: CodeLine = "") {
        content.withUnsafeBytes { text in
            bytes.appendLine(indentation: text.isEmpty ? 0 : indentation, text)
        }
    }

    @_disfavoredOverload
    mutating func line(_ content: String) {
        if content.utf8.withContiguousStorageIfAvailable({ line(UnsafeRawBufferPointer($0)) }) != nil { return }
        var content = content
        content.withUTF8 { line(UnsafeRawBufferPointer($0)) }
    }

    private mutating func line(_ text: UnsafeRawBufferPointer) {
        bytes.appendLine(indentation: text.isEmpty ? 0 : indentation, text)
    }

    /// `header {` … `}` with the body indented.
    mutating func block(_ header: CodeLine, _ body: (inout CodePrinter) -> Void) {
        header.withUnsafeBytes { text in
            bytes.appendLine(indentation: indentation, prefix: "", text, suffix: " {")
        }
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
            if documentationLine.isEmpty {
                line("///")
            } else {
                var text = documentationLine
                text.withUTF8 { bytes.appendLine(indentation: indentation, prefix: "/// ", UnsafeRawBufferPointer($0), suffix: "") }
            }
        }
    }

    /// One `///` line built as a line of code (not empty).
    mutating func documentation(_ line: CodeLine) {
        line.withUnsafeBytes { text in
            bytes.appendLine(indentation: indentation, prefix: "/// ", text, suffix: "")
        }
    }

    /// Removes a trailing blank line before a closing brace, so blocks end tidily.
    mutating func trimTrailingBlankLine() {
        while bytes.endsWithBlankLine {
            bytes.removeLast()
        }
    }
}

/// One line of generated Swift as UTF-8 bytes, written as a string literal with interpolations.
///
/// Literal text is a `StaticString`: its bytes are read straight from the binary.
struct CodeLine: ExpressibleByStringInterpolation {
    private enum Storage {
        /// A literal without interpolations, read where it lies.
        case literal(StaticString)
        case built(LineBytes)
    }

    private var storage: Storage

    init(_ text: String) {
        storage = .built(LineBytes(text))
    }

    init(stringLiteral value: StaticString) {
        storage = .literal(value)
    }

    init(stringInterpolation: Interpolation) {
        storage = .built(stringInterpolation.bytes)
    }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        switch storage {
        case .literal(let text): text.withUTF8Bytes(body)
        case .built(let bytes): bytes.withUnsafeBytes(body)
        }
    }

    struct Interpolation: StringInterpolationProtocol {
        var bytes = LineBytes()

        init(literalCapacity: Int, interpolationCount: Int) {}

        mutating func appendLiteral(_ literal: StaticString) {
            literal.withUTF8Bytes { bytes.append($0) }
        }

        mutating func appendInterpolation(_ value: String) {
            bytes.appendUTF8(value)
        }

        mutating func appendInterpolation(_ value: Substring) {
            bytes.appendUTF8(value)
        }

        mutating func appendInterpolation(_ value: Int) {
            SwiftLiteral.appendInteger(value, to: &bytes)
        }

        /// A Swift array literal of integers, as `[Int].description` writes it: `[0, 2]`.
        mutating func appendInterpolation(integers values: [Int]) {
            bytes.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.appendUTF8(", ") }
                SwiftLiteral.appendInteger(value, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        }

        /// A fragment built as a line of its own (an expression, a statement).
        mutating func appendInterpolation(_ fragment: CodeLine) {
            fragment.withUnsafeBytes { bytes.append($0) }
        }

        /// A type as Swift source: `[String: Nullable<Int>]?`.
        mutating func appendInterpolation(type: SwiftType) {
            type.appendSourceText(to: &bytes)
        }

        /// A Swift string literal of `value`, escaped as `SwiftLiteral.string` escapes it.
        mutating func appendInterpolation(literal value: String) {
            SwiftLiteral.append(value, to: &bytes)
        }

        /// A Swift array literal of string literals, as `SwiftLiteral.stringArray` writes it.
        mutating func appendInterpolation(literals values: [String]) {
            SwiftLiteral.appendArray(values, to: &bytes)
        }
    }
}

extension StaticString {
    /// The bytes of the literal: where they lie in the binary for a text literal (no closure, no copy), a copy
    /// on the stack for a single-scalar one.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        if hasPointerRepresentation { return body(UnsafeRawBufferPointer(start: utf8Start, count: utf8CodeUnitCount)) }
        return withUTF8Buffer { body(UnsafeRawBufferPointer($0)) }
    }
}

/// Swift literal escaping, in one place.
enum SwiftLiteral {
    static func string(_ value: String) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `"value"` with a quote, a backslash, a control character and U+2028/U+2029 (E2 80 A8/A9 in UTF-8, line breaks
    /// to Swift) escaped; every other byte copied, a run at a time.
    static func append(_ value: String, to out: inout some UTF8Sink) {
        out.append(UInt8(ascii: "\""))
        if value.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, to: &out) }) == nil {
            var value = value
            value.withUTF8 { appendEscaped($0, to: &out) }
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout some UTF8Sink) {
        var runStart = 0
        var index = 0
        func flush(upTo end: Int) {
            if end > runStart { out.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[runStart..<end]))) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"),
                 0..<0x20, 0x7F:
                flush(upTo: index)
                switch byte {
                case UInt8(ascii: "\""): out.appendUTF8(#"\""#)
                case UInt8(ascii: "\\"): out.appendUTF8(#"\\"#)
                case UInt8(ascii: "\n"): out.appendUTF8(#"\n"#)
                case UInt8(ascii: "\r"): out.appendUTF8(#"\r"#)
                case UInt8(ascii: "\t"): out.appendUTF8(#"\t"#)
                default: appendUnicodeEscape(UInt32(byte), to: &out)
                }
                index += 1
                runStart = index
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                flush(upTo: index)
                appendUnicodeEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029, to: &out)
                index += 3
                runStart = index
            default:
                index += 1
            }
        }
        flush(upTo: bytes.count)
    }

    private static func appendUnicodeEscape(_ value: UInt32, to out: inout some UTF8Sink) {
        out.appendUTF8(#"\u{"#)
        out.appendUTF8(String(value, radix: 16))
        out.append(UInt8(ascii: "}"))
    }

    /// The decimal digits of `value`, with a `-` when negative, as `String(value)` writes them.
    static func appendInteger(_ value: Int, to out: inout some UTF8Sink) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        // The magnitude as unsigned, so `Int.min` has one too.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = buffer.count
            repeat {
                start -= 1
                buffer[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            out.append(UnsafeRawBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// `[]`, or `["a", "b"]`.
    static func appendArray(_ values: [String], to out: inout some UTF8Sink) {
        out.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { out.appendUTF8(", ") }
            append(value, to: &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    static func stringArray(_ values: [String]) -> String {
        var bytes: [UInt8] = []
        appendArray(values, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
