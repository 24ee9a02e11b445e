/// A JSON value with ordered keys, printed compactly: fixtures, and spec values (defaults, examples) in output.
///
/// Tooling SPI: the benchmark package builds its deterministic pages with it.
///
/// `text` keeps U+2028/U+2029 raw (JSON allows them, so fixtures exercise them); `escapedText` escapes them, for
/// places where they would read as line breaks (doc comments).
///
/// Not `indirect`: arrays and objects already keep their elements on the heap, and an indirect enum boxed every value
/// (each string, number and `null` of a fixture) in an allocation of its own.
@_spi(Tooling) public enum OrderedJSON: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    case array([OrderedJSON])
    case object([Entry])

    public struct Entry: Hashable, Sendable {
        public var key: String
        public var value: OrderedJSON

        public init(key: String, value: OrderedJSON) {
            self.key = key
            self.value = value
        }
    }

    /// An object from its members in order.
    public static func members(_ members: [(String, OrderedJSON)]) -> OrderedJSON {
        .object(members.map { Entry(key: $0.0, value: $0.1) })
    }

    /// A string, or null when absent.
    public static func string(orNull value: String?) -> OrderedJSON {
        value.map(OrderedJSON.string) ?? .null
    }

    /// The compact rendering: no spaces, non-ASCII as raw UTF-8, control characters escaped.
    public var text: String {
        var out: [UInt8] = []
        append(to: &out, escapingLineSeparators: false)
        return String(decoding: out, as: UTF8.self)
    }

    var escapedText: String {
        var out: [UInt8] = []
        append(to: &out, escapingLineSeparators: true)
        return String(decoding: out, as: UTF8.self)
    }

    private func append(to out: inout [UInt8], escapingLineSeparators: Bool) {
        switch self {
        case .null: out += "null".utf8
        case .bool(let value): out += (value ? "true" : "false").utf8
        case .integer(let value): out += String(value).utf8
        case .double(let value): out += (value.isFinite ? String(value) : "null").utf8
        case .string(let value): Self.appendString(value, to: &out, escapingLineSeparators: escapingLineSeparators)
        case .array(let elements):
            out.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                element.append(to: &out, escapingLineSeparators: escapingLineSeparators)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let entries):
            out.append(UInt8(ascii: "{"))
            for (index, entry) in entries.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.appendString(entry.key, to: &out, escapingLineSeparators: escapingLineSeparators)
                out.append(UInt8(ascii: ":"))
                entry.value.append(to: &out, escapingLineSeparators: escapingLineSeparators)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string: `"` and `\` escaped, `\n` `\r` `\t` by name, other control characters (and U+2028/U+2029
    /// when `escapingLineSeparators`) as `\u00XX`.
    static func appendString(_ value: String, to out: inout [UInt8], escapingLineSeparators: Bool) {
        out.append(UInt8(ascii: "\""))
        // Nearly every string needs no escape: no quote, backslash or control character, and no U+2028/U+2029 lead
        // byte where those are escaped. It is appended whole, from its UTF-8 storage (checking and copying through
        // `String.UTF8View` costs several times more a byte: fixtures are most of what `generate` writes).
        var text = value
        let appendedWhole = text.withUTF8 { bytes in
            // Every byte is looked at, by index, with no branch (no early exit, no `||`): the loop then compiles to
            // vector compares, 16 or 32 bytes at a time.
            let lineSeparatorLead: UInt8 = escapingLineSeparators ? 0xE2 : 0x00
            var escapes: UInt8 = 0
            for index in bytes.indices {
                let byte = bytes[index]
                escapes |= (byte < 0x20 ? 1 : 0) | (byte == UInt8(ascii: "\"") ? 1 : 0)
                escapes |= (byte == UInt8(ascii: "\\") ? 1 : 0) | (byte == lineSeparatorLead ? 1 : 0)
            }
            guard escapes == 0 else { return false }
            out.append(contentsOf: bytes)
            return true
        }
        if appendedWhole {
            out.append(UInt8(ascii: "\""))
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += #"\""#.utf8
            case "\\": out += #"\\"#.utf8
            case "\n": out += #"\n"#.utf8
            case "\r": out += #"\r"#.utf8
            case "\t": out += #"\t"#.utf8
            case "\u{2028}" where escapingLineSeparators: out += #"\u2028"#.utf8
            case "\u{2029}" where escapingLineSeparators: out += #"\u2029"#.utf8
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += (#"\u00"# + (hex.count == 1 ? "0" + hex : hex)).utf8
                } else {
                    UTF8.encode(scalar) { out.append($0) }
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    init(_ scalar: YAMLScalar) {
        switch scalar {
        case .null: self = .null
        case .bool(let value): self = .bool(value)
        case .integer(let value): self = .integer(value)
        case .double(let value): self = .double(value)
        case .string(let value): self = .string(value)
        }
    }

    /// Converts a spec node (an `example`, a `default`).
    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(let scalar): self.init(scalar)
        case .sequence(let elements): self = .array(elements.map(OrderedJSON.init))
        case .mapping(let entries): self = .object(entries.map { Entry(key: $0.key, value: OrderedJSON($0.value)) })
        }
    }
}
