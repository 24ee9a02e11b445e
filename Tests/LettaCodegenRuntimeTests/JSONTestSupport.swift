import Foundation
import LettaCodegenRuntime

/// Decodes `text` with a plain `JSONDecoder`, as generated models are decoded.
func decodeJSON<Value: Decodable>(_ type: Value.Type = Value.self, from text: String) throws -> Value {
    try JSONDecoder().decode(type, from: Data(text.utf8))
}

/// Encodes `value` with sorted keys so the output can be compared as an exact string.
func encodeJSONSorted(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
