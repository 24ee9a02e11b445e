/// A JSON value with ordered keys, printed compactly: fixtures, and spec values (defaults, examples) in output.
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
        case .null: out.appendUTF8("null")
        case .bool(let value): out.appendUTF8((value ? "true" : "false"))
        case .integer(let value): out.appendUTF8(String(value))
        case .double(let value): out.appendUTF8((value.isFinite ? String(value) : "null"))
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
    /// when `escapingLineSeparators`) as `\u00XX`; every other byte copied, in runs.
    static func appendString(_ value: String, to out: inout [UInt8], escapingLineSeparators: Bool) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            func escape(_ replacement: String, skipping count: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.appendUTF8(replacement)
                index += count
                runStart = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""): escape(#"\""#, skipping: 1)
                case UInt8(ascii: "\\"): escape(#"\\"#, skipping: 1)
                case UInt8(ascii: "\n"): escape(#"\n"#, skipping: 1)
                case UInt8(ascii: "\r"): escape(#"\r"#, skipping: 1)
                case UInt8(ascii: "\t"): escape(#"\t"#, skipping: 1)
                case 0..<0x20:
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    out.appendUTF8(#"\u00"#)
                    out.append(Self.hexDigits[Int(byte >> 4)])
                    out.append(Self.hexDigits[Int(byte & 0x0F)])
                    index += 1
                    runStart = index
                case 0xE2 where escapingLineSeparators && index + 2 < bytes.count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape(bytes[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#, skipping: 3)
                default:
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

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
