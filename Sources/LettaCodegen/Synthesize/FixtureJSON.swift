/// A JSON value built by the fixture synthesizer, printed compactly with keys in construction order.
///
/// Strings keep U+2028/U+2029 and other non-ASCII characters raw (JSON allows them), so fixtures exercise them.
indirect enum FixtureJSON: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)
    case array([FixtureJSON])
    case object([Entry])

    struct Entry: Hashable, Sendable {
        var key: String
        var value: FixtureJSON
    }

    var text: String {
        var out = ""
        append(to: &out)
        return out
    }

    private func append(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let value): out += String(value)
        case .double(let value): out += String(value)
        case .string(let value): Self.appendString(value, to: &out)
        case .array(let elements):
            out += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { out += "," }
                element.append(to: &out)
            }
            out += "]"
        case .object(let entries):
            out += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { out += "," }
                Self.appendString(entry.key, to: &out)
                out += ":"
                entry.value.append(to: &out)
            }
            out += "}"
        }
    }

    private static func appendString(_ value: String, to out: inout String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Converts a spec `example` node.
    init(_ node: YAMLNode) {
        switch node.content {
        case .scalar(.null): self = .null
        case .scalar(.bool(let value)): self = .bool(value)
        case .scalar(.integer(let value)): self = .integer(value)
        case .scalar(.double(let value)): self = .double(value)
        case .scalar(.string(let value)): self = .string(value)
        case .sequence(let elements): self = .array(elements.map(FixtureJSON.init))
        case .mapping(let entries): self = .object(entries.map { Entry(key: $0.key, value: FixtureJSON($0.value)) })
        }
    }
}
