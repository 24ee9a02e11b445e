import Foundation
import LettaCodegenRuntime

/// A value a query parameter or a header can carry, spelled the way the Letta server (a FastAPI application) reads
/// it: `true`/`false`, decimal numbers, RFC 3339 dates, and arrays as one value per element.
///
/// Open enums of the generated models are not listed here: `ClientRequest.addQuery` takes any
/// `RawRepresentable` with a `String` raw value, and arrays of them, so the models need no conformance.
public protocol QueryParameterValue: Sendable {
    /// The spelled-out values, one per repeated key (`a=1&a=2`): one for a scalar, one per element for an array.
    var queryValues: [String] { get }
}

extension String: QueryParameterValue {
    /// The text itself (percent-encoded when the request is sent).
    public var queryValues: [String] { [self] }
}

extension Int: QueryParameterValue {
    /// Decimal digits.
    public var queryValues: [String] { [String(self)] }
}

extension Int64: QueryParameterValue {
    /// Decimal digits.
    public var queryValues: [String] { [String(self)] }
}

extension Double: QueryParameterValue {
    /// The shortest spelling that reads back as the same double (`0.5`, `1.0`), as Python's `str(float)`.
    public var queryValues: [String] { [description] }
}

extension Bool: QueryParameterValue {
    /// `true` or `false`, as FastAPI reads booleans.
    public var queryValues: [String] { [self ? "true" : "false"] }
}

extension Date: QueryParameterValue {
    /// UTC with a `Z` and the microseconds kept, as the models write dates.
    public var queryValues: [String] { [RFC3339.format(self)] }
}

extension Array: QueryParameterValue where Element: QueryParameterValue {
    /// Every element's values in order: one repeated key each.
    public var queryValues: [String] { flatMap(\.queryValues) }
}
