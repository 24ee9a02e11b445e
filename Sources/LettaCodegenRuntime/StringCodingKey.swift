/// A coding key for any string, used to reach object members whose names are only known at
/// run time (unknown keys, discriminators).
public struct StringCodingKey: CodingKey, Hashable, Sendable, ExpressibleByStringLiteral {
    /// The member name.
    public let stringValue: String

    /// Always `nil`: these keys name object members, never array positions.
    public var intValue: Int? { nil }

    /// Creates a key for the member named `string`.
    public init(_ string: String) {
        stringValue = string
    }

    /// Creates a key for the member named `stringValue`; never fails.
    public init(stringValue: String) {
        self.init(stringValue)
    }

    /// Returns `nil`: integer keys are not object member names.
    public init?(intValue: Int) {
        nil
    }

    /// Creates a key from a string literal, e.g. `"type"`.
    public init(stringLiteral value: String) {
        self.init(value)
    }
}
