import Foundation

/// Compares two JSON documents by meaning rather than by text, for round-trip tests:
/// object key order never matters, and `Options` relax nulls, dates and numbers.
public enum JSONSemanticComparison {
    /// Every place where `actual` differs from `expected`, in a deterministic order
    /// (object keys sorted, array elements by index); empty when they are equal.
    ///
    /// `rewrittenStrings` maps a string the input may hold to the one the output writes instead (legacy tag values
    /// written back canonical: `"summary"` → `"summary_message"`).
    public static func differences(
        expected: JSONValue, actual: JSONValue, options: Options = [], rewrittenStrings: [String: String] = [:]
    ) -> [Difference] {
        var differences: [Difference] = []
        compare(expected, actual, path: "", options: Rules(options: options, rewrittenStrings: rewrittenStrings), into: &differences)
        return differences
    }

    /// The options and the string rewrites a comparison allows.
    struct Rules {
        var options: Options
        var rewrittenStrings: [String: String]

        func contains(_ option: Options) -> Bool { options.contains(option) }
    }

    /// Parses both documents with `JSONDecoder` into `JSONValue` and compares them.
    ///
    /// - Throws: the `DecodingError` of whichever document is not valid JSON.
    public static func differences(expectedJSON: Data, actualJSON: Data, options: Options = []) throws -> [Difference] {
        let decoder = JSONDecoder()
        let expected = try decoder.decode(JSONValue.self, from: expectedJSON)
        let actual = try decoder.decode(JSONValue.self, from: actualJSON)
        return differences(expected: expected, actual: actual, options: options)
    }

    /// Appends the differences between `expected` and `actual` found at `path` and below.
    private static func compare(
        _ expected: JSONValue,
        _ actual: JSONValue,
        path: String,
        options: Rules,
        into differences: inout [Difference]
    ) {
        switch (expected, actual) {
        case (.object(let expectedObject), .object(let actualObject)):
            compareObjects(expectedObject, actualObject, path: path, options: options, into: &differences)
        case (.array(let expectedArray), .array(let actualArray)):
            compareArrays(expectedArray, actualArray, path: path, options: options, into: &differences)
        case (.string(let expectedString), .string(let actualString)):
            if !stringsMatch(expectedString, actualString, options: options) {
                differences.append(Difference(path: path, description: "expected \(render(expected)), found \(render(actual))"))
            }
        default:
            if !scalarsMatch(expected, actual, options: options) {
                differences.append(Difference(path: path, description: "expected \(render(expected)), found \(render(actual))"))
            }
        }
    }

    /// Compares members by sorted key; with `.nullEqualsAbsent` a `null` member matches a missing one.
    private static func compareObjects(
        _ expected: [String: JSONValue],
        _ actual: [String: JSONValue],
        path: String,
        options: Rules,
        into differences: inout [Difference]
    ) {
        let keys = Set(expected.keys).union(actual.keys).sorted()
        for key in keys {
            let memberPath = path + "/" + escapePointerToken(key)
            switch (expected[key], actual[key]) {
            case (.some(let expectedValue), .some(let actualValue)):
                compare(expectedValue, actualValue, path: memberPath, options: options, into: &differences)
            case (.some(let expectedValue), .none):
                if !(options.contains(.nullEqualsAbsent) && expectedValue.isNull) {
                    differences.append(Difference(path: memberPath, description: "missing key, expected \(render(expectedValue))"))
                }
            case (.none, .some(let actualValue)):
                let nullForAbsent = options.contains(.nullEqualsAbsent) && actualValue.isNull
                let constantWritten = options.contains(.absentConstantsMayBeWritten) && actualValue.stringValue != nil
                if !(nullForAbsent || constantWritten) {
                    differences.append(Difference(path: memberPath, description: "unexpected key, found \(render(actualValue))"))
                }
            case (.none, .none):
                break
            }
        }
    }

    /// Compares elements pairwise, then reports each element only one side has.
    private static func compareArrays(
        _ expected: [JSONValue],
        _ actual: [JSONValue],
        path: String,
        options: Rules,
        into differences: inout [Difference]
    ) {
        for index in 0..<min(expected.count, actual.count) {
            compare(expected[index], actual[index], path: path + "/" + String(index), options: options, into: &differences)
        }
        if expected.count > actual.count {
            for index in actual.count..<expected.count {
                differences.append(
                    Difference(path: path + "/" + String(index), description: "missing element, expected \(render(expected[index]))"))
            }
        } else if actual.count > expected.count {
            for index in expected.count..<actual.count {
                differences.append(
                    Difference(path: path + "/" + String(index), description: "unexpected element, found \(render(actual[index]))"))
            }
        }
    }

    /// Equal strings match; with `.datesCompareByInstant` two RFC 3339 strings match at the same microsecond.
    private static func stringsMatch(_ expected: String, _ actual: String, options: Rules) -> Bool {
        if expected == actual || options.rewrittenStrings[expected] == actual { return true }
        guard options.contains(.datesCompareByInstant),
            let expectedInstant = RFC3339.microsecondsSince1970(parsing: expected),
            let actualInstant = RFC3339.microsecondsSince1970(parsing: actual)
        else { return false }
        return expectedInstant == actualInstant
    }

    /// Compares null, bool and number values (and reports kind mismatches as unequal);
    /// with `.numbersCompareByValue` numbers of exactly the same value match, whatever their case.
    private static func scalarsMatch(_ expected: JSONValue, _ actual: JSONValue, options: Rules) -> Bool {
        if expected == actual { return true }
        guard options.contains(.numbersCompareByValue) else { return false }
        if let expectedNumber = expected.decimalValue, let actualNumber = actual.decimalValue {
            return expectedNumber == actualNumber
        }
        // Beyond Decimal's range only doubles remain: equal doubles are the same value.
        if case .double(let expectedDouble) = expected, case .double(let actualDouble) = actual {
            return expectedDouble == actualDouble
        }
        return false
    }

    /// Escapes a member name as an RFC 6901 JSON Pointer reference token (`~` → `~0`, `/` → `~1`).
    private static func escapePointerToken(_ key: String) -> String {
        guard key.contains("~") || key.contains("/") else { return key }
        return key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// A short compact-JSON rendering of `value` for messages; a top-level double keeps its
    /// decimal point (`1.0`) so it is told apart from the integer `1`.
    private static func render(_ value: JSONValue) -> String {
        if case .double(let double) = value { return String(double) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return String(describing: value) }
        let text = String(decoding: data, as: UTF8.self)
        let limit = 200
        return text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
