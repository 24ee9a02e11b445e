import Foundation
import LettaCodegenRuntime
import Testing

/// Decodes `json` as `T` with a plain `JSONDecoder()` and re-encodes it with a plain `JSONEncoder()`.
func roundTrip<T: Codable>(_ type: T.Type, _ json: String) throws -> (value: T, json: String) {
    let value = try JSONDecoder().decode(T.self, from: Data(json.utf8))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    return (value, String(decoding: data, as: UTF8.self))
}

func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(json.utf8))
}

/// Semantic differences between two JSON texts (key order never matters).
func jsonDifferences(
    _ expected: String, _ actual: String, options: JSONSemanticComparison.Options = []
) throws -> [String] {
    try JSONSemanticComparison.differences(
        expectedJSON: Data(expected.utf8), actualJSON: Data(actual.utf8), options: options
    ).map { "\($0.path): \($0.description)" }
}

/// The coding path of a DecodingError as `a/b/Index 3/c`.
func codingPath(of error: any Error) -> String? {
    let context: DecodingError.Context
    switch error as? DecodingError {
    case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): context = c
    case .keyNotFound(let key, let c):
        return (c.codingPath + [key]).map { $0.intValue.map { "Index \($0)" } ?? $0.stringValue }.joined(separator: "/")
    default: return nil
    }
    return context.codingPath.map { $0.intValue.map { "Index \($0)" } ?? $0.stringValue }.joined(separator: "/")
}
