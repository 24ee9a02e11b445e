/// Decoding and encoding of `JSONValue` through any `Decoder`/`Encoder` via a single-value container.
extension JSONValue: Codable {
    /// Decodes whatever JSON value is present, trying the types in an order that keeps them apart:
    /// null, string, bool, integer, double, object, array.
    ///
    /// `Bool` is tried before the numeric types so `true` never becomes `1` (Foundation's
    /// `JSONDecoder` refuses to decode numbers as `Bool` and booleans as numbers, so the two stay
    /// distinct). `Int64` is tried before `Double`, so integral numbers that fit become `.integer`
    /// and fractional or out-of-range numbers become `.double`. `JSONDecoder` also decodes
    /// integral spellings such as `1.0` or `1e2` as `Int64`; those become `.integer` too.
    /// Strings are tried first only because they are the most common value in API payloads and
    /// every failed attempt costs an error allocation.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? container.decode(Int64.self) {
            self = .integer(integer)
        } else if let double = try? container.decode(Double.self) {
            self = .double(double)
        } else if let object = try? container.decode([String: JSONValue].self) {
            self = .object(object)
        } else {
            self = .array(try container.decode([JSONValue].self))
        }
    }

    /// Encodes the value back as the same JSON it was decoded from.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null:
            try container.encodeNil()
        case .bool(let bool):
            try container.encode(bool)
        case .integer(let integer):
            try container.encode(integer)
        case .double(let double):
            try container.encode(double)
        case .string(let string):
            try container.encode(string)
        case .array(let array):
            try container.encode(array)
        case .object(let object):
            try container.encode(object)
        }
    }
}
