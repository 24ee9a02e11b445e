import Foundation

/// How a JSON number becomes a Swift value, on both decoding paths.
///
/// Both back ends first read the number two ways: as a `Decimal` (Foundation's exact decimal reading: up to 38
/// significant digits, exponents within ±128) and as a `Double` (the correctly rounded double, rejected when it
/// overflows or when a non-zero literal rounds to zero). `JSONDecoder` provides both readings for the Codable back
/// end; `JSONReader` produces the same from the text. These rules then decide, from those readings alone, so the
/// paths cannot disagree:
/// - an `Int` is the exact value when it is a whole number in range (`1e2` is 100, `-0.0` is 0); a fraction,
///   a value out of range or a number no reading represents is an error, never a clamp or a rounding;
/// - a `Double` is the double reading;
/// - a free-form number (`JSONValue`) is `.integer` when it is a whole number that fits `Int64`, `.double` when the
///   double's shortest spelling has exactly the value of the text, and `.decimal` otherwise (the exact value).
@_spi(Generated) public enum JSONNumberRules {
    /// Why a number is not a valid `Int`.
    public enum IntegerFailure: Error, Sendable {
        case notAWholeNumber
        case outOfRange
        case notRepresentable
    }

    /// The `Int` for a number with these readings.
    public static func integer(decimal: Decimal?, double: Double?) -> Result<Int, IntegerFailure> {
        if let decimal {
            let text = decimal.description
            guard !text.contains(".") else { return .failure(.notAWholeNumber) }
            guard let value = Int(text) else { return .failure(.outOfRange) }
            return .success(value)
        }
        // Beyond Decimal's exponent range: only zero is a whole number that fits (`0e300`).
        guard let double else { return .failure(.notRepresentable) }
        if double == 0 { return .success(0) }
        return .failure(double.rounded() == double ? .outOfRange : .notAWholeNumber)
    }

    /// The `JSONValue` for a free-form number with these readings, or nil when no reading represents it.
    public static func value(decimal: Decimal?, double: Double?) -> JSONValue? {
        if let decimal {
            let text = decimal.description
            if !text.contains("."), let integer = Int64(text) { return .integer(integer) }
            if let double, let spelled = Decimal(string: String(double)), spelled.description == text {
                return .double(double)
            }
            return .decimal(decimal)
        }
        guard let double else { return nil }
        if let integer = Int64(exactly: double) { return .integer(integer) }
        return .double(double)
    }

    public static func describe(_ failure: IntegerFailure, text: String) -> String {
        switch failure {
        case .notAWholeNumber: "Number \(text) is not a whole number, so it cannot be an Int."
        case .outOfRange: "Number \(text) is out of range for Int."
        case .notRepresentable: "Number \(text) is not representable in Swift."
        }
    }

    // MARK: Readings of number text (the byte back end)

    /// `Decimal`'s reading of a number's text (as `JSONDecoder` reads a `Decimal`), or nil when it does not fit.
    static func decimal(fromText text: String) -> Decimal? {
        Decimal(string: text)
    }

    /// The double reading of a number's text, as `JSONDecoder` reads a `Double`: nil when it overflows, and when a
    /// literal with a non-zero digit rounds to zero.
    static func double(fromText text: String) -> Double? {
        guard let value = Double(text), value.isFinite else { return nil }
        if value == 0 && !isZeroLiteral(text) { return nil }
        return value
    }

    /// True when no digit before the exponent is 1–9.
    static func isZeroLiteral(_ text: String) -> Bool {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "1")...UInt8(ascii: "9"): return false
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return true
            default: continue
            }
        }
        return true
    }
}
