import Foundation

/// The round-trip promise, checked: decode, re-encode, compare up to the listed normalizations, and decode again.
/// Used by the generated tests and by `letta-models roundtrip`.
public enum RoundTripCheck {
    /// What a re-encoding may differ in: null vs absent on optionals, a date's offset and spelling (same instant),
    /// a number's spelling (same value), an absent const written out. Key order never matters. Everything else
    /// must come back.
    public static let normalizations: JSONSemanticComparison.Options = [
        .nullEqualsAbsent, .datesCompareByInstant, .numbersCompareByValue, .absentConstantsMayBeWritten,
    ]

    public struct Result: Sendable {
        /// The value re-encoded with sorted keys.
        public var reencoded: Data
        /// Differences from the input beyond the normalizations (empty when the promise holds).
        public var differences: [JSONSemanticComparison.Difference]
        /// `decode(encode(decode(j))) == decode(j)`.
        public var isStable: Bool
    }

    /// An encoder with deterministic output (sorted keys, unescaped slashes).
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Decodes `json` as `type` (throwing the DecodingError, with its coding path, when it does not decode).
    public static func check<T: Codable & Hashable>(_ type: T.Type, json: Data) throws -> Result {
        let decoder = JSONDecoder()
        let value = try decoder.decode(T.self, from: json)
        let reencoded = try makeEncoder().encode(value)
        let again = try decoder.decode(T.self, from: reencoded)
        let differences = try JSONSemanticComparison.differences(
            expectedJSON: json, actualJSON: reencoded, options: normalizations
        )
        return Result(reencoded: reencoded, differences: differences, isStable: again == value)
    }

    /// `a/b/Index 3/c`: a DecodingError's coding path (for keyNotFound, including the missing key).
    public static func codingPath(of error: DecodingError) -> String {
        let path: [any CodingKey]
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        case .keyNotFound(let key, let context):
            path = context.codingPath + [key]
        @unknown default:
            path = []
        }
        return path.map { $0.intValue.map { "Index \($0)" } ?? $0.stringValue }.joined(separator: "/")
    }

    /// One line of a negative fixture file: a document and the coding path its DecodingError must name.
    public struct InvalidFixture: Codable, Sendable {
        public var codingPath: String
        public var document: JSONValue
    }
}

extension RoundTripCheck {
    /// True when the byte-level path (`JSONReader`) decodes `json` to the same value as Codable.
    public static func fastPathAgrees<T: Decodable & Hashable & JSONFastDecodable>(_ type: T.Type, json: Data) throws -> Bool {
        let codable = try JSONDecoder().decode(T.self, from: json)
        let fast = try JSONReader.decode(T.self, from: json)
        return codable == fast
    }

    /// The coding path of the byte-level path's DecodingError for `json`, or nil when it decodes.
    public static func fastPathErrorCodingPath<T: JSONFastDecodable>(_ type: T.Type, json: Data) -> String? {
        do {
            _ = try JSONReader.decode(T.self, from: json)
            return nil
        } catch let error as DecodingError {
            return codingPath(of: error)
        } catch {
            return "\(error)"
        }
    }
}

extension RoundTripCheck {
    /// True when the byte-level writer's output (`JSONWriter`) decodes back to `value` and equals Codable's
    /// encoding of it up to key order.
    public static func fastWriterAgrees<T: Codable & Hashable & JSONFastEncodable>(_ value: T) throws -> Bool {
        let written = JSONWriter.encode(value)
        let decoded = try JSONDecoder().decode(T.self, from: written)
        let encoded = try makeEncoder().encode(value)
        let differences = try JSONSemanticComparison.differences(expectedJSON: encoded, actualJSON: written, options: [])
        return decoded == value && differences.isEmpty
    }
}
