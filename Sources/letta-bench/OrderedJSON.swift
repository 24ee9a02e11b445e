/// JSON with object keys in the order they were written, rendered compactly the way the Letta server (Starlette's
/// `JSONResponse`: `separators=(",", ":")`, `ensure_ascii=False`) writes a page. `JSONValue` keeps objects in a
/// dictionary, whose order changes from run to run; the page must be the same bytes every time, in wire order.
indirect enum OrderedJSON {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    /// A string, or null when absent (the server writes `None` fields as null).
    static func string(orNull value: String?) -> OrderedJSON {
        value.map(OrderedJSON.string) ?? .null
    }

    /// The compact UTF-8 rendering.
    func renderedBytes() -> [UInt8] {
        var output: [UInt8] = []
        write(into: &output)
        return output
    }

    /// The compact rendering as text (tool call arguments are JSON inside a JSON string).
    func renderedText() -> String {
        String(decoding: renderedBytes(), as: UTF8.self)
    }

    func write(into output: inout [UInt8]) {
        switch self {
        case .null:
            output.append(contentsOf: "null".utf8)
        case .bool(let value):
            output.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value):
            output.append(contentsOf: String(value).utf8)
        case .double(let value):
            // Swift's shortest round-tripping spelling; only finite values are ever built.
            output.append(contentsOf: String(value).utf8)
        case .string(let value):
            Self.writeString(value, into: &output)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element.write(into: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                Self.writeString(member.0, into: &output)
                output.append(UInt8(ascii: ":"))
                member.1.write(into: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    /// RFC 8259 escaping: quote, backslash and control characters; everything else as raw UTF-8.
    private static func writeString(_ value: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                output.append(contentsOf: "\\u00".utf8)
                output.append(digits[Int(byte >> 4)])
                output.append(digits[Int(byte & 0x0F)])
            default:
                output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
