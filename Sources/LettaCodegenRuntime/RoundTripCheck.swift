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

    /// Decodes `json` as `type` (throwing the DecodingError, with its coding path, when it does not decode)
    /// through `JSONDecoder`, and re-encodes it through `JSONEncoder` with sorted keys. `rewrittenStrings`: the
    /// legacy tag values the models write back canonical (a registry's `legacyTagValues`).
    public static func check<T: Codable & Hashable>(
        _ type: T.Type, json: Data, rewrittenStrings: [String: String] = [:]
    ) throws -> Result {
        let decoder = JSONDecoder()
        let value = try decoder.decode(T.self, from: json)
        let reencoded = try makeEncoder().encode(value)
        let again = try decoder.decode(T.self, from: reencoded)
        let differences = JSONSemanticComparison.differences(
            expected: try decoder.decode(JSONValue.self, from: json),
            actual: try decoder.decode(JSONValue.self, from: reencoded),
            options: normalizations, rewrittenStrings: rewrittenStrings
        )
        return Result(reencoded: reencoded, differences: differences, isStable: again == value)
    }

    /// `check` through the byte back end: decoded by `JSONReader`, re-encoded by `JSONWriter` (fields in the
    /// spec's order, unknown keys after them), compared the same way.
    public static func checkWithBytes<T: JSONModel>(
        _ type: T.Type, json: Data, rewrittenStrings: [String: String] = [:]
    ) throws -> Result {
        let value = try JSONReader.decode(T.self, from: json)
        let reencoded = JSONWriter.encode(value)
        let again = try JSONReader.decode(T.self, from: reencoded)
        let differences = JSONSemanticComparison.differences(
            expected: try JSONReader.decode(JSONValue.self, from: json),
            actual: try JSONReader.decode(JSONValue.self, from: reencoded),
            options: normalizations, rewrittenStrings: rewrittenStrings
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
    /// What one decoding path made of a document: the value, or the coding path of its error.
    public enum Outcome<T: Equatable>: Equatable {
        case value(T)
        case error(codingPath: String, description: String)

        public static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            switch (lhs, rhs) {
            case (.value(let left), .value(let right)): left == right
            case (.error(let left, _), .error(let right, _)): left == right
            default: false
            }
        }
    }

    /// Decodes `json` through Codable (`JSONDecoder`).
    public static func decodeWithCodable<T: JSONModel>(_ type: T.Type, json: Data) -> Outcome<T> {
        outcome { try JSONDecoder().decode(T.self, from: json) }
    }

    /// Decodes `json` through the byte-level path (`JSONReader`).
    public static func decodeWithBytes<T: JSONModel>(_ type: T.Type, json: Data) -> Outcome<T> {
        outcome { try JSONReader.decode(T.self, from: json) }
    }

    private static func outcome<T>(_ decode: () throws -> T) -> Outcome<T> {
        do {
            return .value(try decode())
        } catch let error as DecodingError {
            return .error(codingPath: codingPath(of: error), description: "\(error)")
        } catch {
            return .error(codingPath: "(not a DecodingError)", description: "\(error)")
        }
    }

    /// Nil when both decoding paths give the same value, or errors at the same coding path; otherwise what differs.
    public static func decodingPathsDisagreement<T: JSONModel>(_ type: T.Type, json: Data) -> String? {
        let codable = decodeWithCodable(T.self, json: json)
        let bytes = decodeWithBytes(T.self, json: json)
        guard codable != bytes else { return nil }
        return "Codable: \(describe(codable)); bytes: \(describe(bytes))"
    }

    private static func describe<T>(_ outcome: Outcome<T>) -> String {
        switch outcome {
        case .value(let value): "\(value)"
        case .error(let path, let description): "error at '\(path)': \(description)"
        }
    }

    /// Nil when both encoding paths write `value` the same way (up to key order and number spelling) and the
    /// byte writer's output decodes back to `value`; otherwise what differs.
    public static func encodingPathsDisagreement<T: JSONModel>(_ value: T) throws -> String? {
        let written = JSONWriter.encode(value)
        let encoded = try makeEncoder().encode(value)
        let differences = try JSONSemanticComparison.differences(
            expectedJSON: encoded, actualJSON: written, options: [.numbersCompareByValue]
        )
        if !differences.isEmpty { return "JSONWriter differs from JSONEncoder: \(differences)" }
        let decoded = try JSONReader.decode(T.self, from: written)
        return decoded == value ? nil : "JSONWriter's output decodes to another value"
    }
}
