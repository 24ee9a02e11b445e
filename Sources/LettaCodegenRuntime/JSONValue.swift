/// An arbitrary JSON value, used to keep data the generated models do not know about
/// (unknown object keys, unknown union variants, untyped schemas) so it can be re-encoded unchanged.
///
/// Equality and hashing are structural: `.integer(1)` and `.double(1.0)` are different values.
/// Use `JSONSemanticComparison` for value-based comparisons.
public enum JSONValue: Hashable, Sendable {
    /// JSON `null`.
    case null
    /// JSON `true` / `false`.
    case bool(Bool)
    /// A JSON number that is integral and fits in `Int64`.
    case integer(Int64)
    /// Any other JSON number (fractional, or too large for `Int64`).
    case double(Double)
    /// A JSON string.
    case string(String)
    /// A JSON array.
    case array([JSONValue])
    /// A JSON object; key order is not significant.
    case object([String: JSONValue])
}
