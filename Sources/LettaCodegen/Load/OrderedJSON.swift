/// A JSON value with ordered keys, printed compactly: fixtures, and spec values (defaults, examples) in output.
///
/// Tooling SPI: the benchmark package builds its deterministic pages with it.
///
/// `text` keeps U+2028/U+2029 raw (JSON allows them, so fixtures exercise them); `escapedText` escapes them, for
/// places where they would read as line breaks (doc comments).
@_spi(Tooling) public indirect enum OrderedJSON: Hashable, Sendable {
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
        var out = ""
        append(to: &out, escapingLineSeparators: false)
        return out
    }

    var escapedText: String {
        var out = ""
        append(to: &out, escapingLineSeparators: true)
        return out
    }

    private func append(to out: inout String, escapingLineSeparators: Bool) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .double(let value): out += value.isFinite ? String(value) : "null"
        case .string(let value): Self.appendString(value, to: &out, escapingLineSeparators: escapingLineSeparators)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                element.append(to: &out, escapingLineSeparators: escapingLineSeparators)
            }
            out += "]"
        case .object(let entries):
            out += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { out += "," }
                Self.appendString(entry.key, to: &out, escapingLineSeparators: escapingLineSeparators)
                out += ":"
                entry.value.append(to: &out, escapingLineSeparators: escapingLineSeparators)
            }
            out += "}"
        }
    }

    /// A JSON string: `"` and `\` escaped, `\n` `\r` `\t` by name, other control characters (and U+2028/U+2029
    /// when `escapingLineSeparators`) as `\u00XX`.
    static func appendString(_ value: String, to out: inout String, escapingLineSeparators: Bool) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += #"\""#
            case "\\": out += #"\\"#
            case "\n": out += #"\n"#
            case "\r": out += #"\r"#
            case "\t": out += #"\t"#
            case "\u{2028}" where escapingLineSeparators: out += #"\u2028"#
            case "\u{2029}" where escapingLineSeparators: out += #"\u2029"#
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += #"\u00"# + (hex.count == 1 ? "0" + hex : hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
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
