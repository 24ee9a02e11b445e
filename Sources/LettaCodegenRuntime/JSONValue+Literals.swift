/// Lets tests and hand-written code spell JSON values as `nil` literals.
extension JSONValue: ExpressibleByNilLiteral {
    /// Creates `.null`.
    public init(nilLiteral: ()) {
        self = .null
    }
}

/// Lets tests and hand-written code spell JSON values as `true`/`false` literals.
extension JSONValue: ExpressibleByBooleanLiteral {
    /// Creates `.bool`.
    public init(booleanLiteral value: Bool) {
        self = .bool(value)
    }
}

/// Lets tests and hand-written code spell JSON values as integer literals.
extension JSONValue: ExpressibleByIntegerLiteral {
    /// Creates `.integer`.
    public init(integerLiteral value: Int64) {
        self = .integer(value)
    }
}

/// Lets tests and hand-written code spell JSON values as floating-point literals.
extension JSONValue: ExpressibleByFloatLiteral {
    /// Creates `.double`.
    public init(floatLiteral value: Double) {
        self = .double(value)
    }
}

/// Lets tests and hand-written code spell JSON values as string literals.
extension JSONValue: ExpressibleByStringLiteral {
    /// Creates `.string`.
    public init(stringLiteral value: String) {
        self = .string(value)
    }
}

/// Lets tests and hand-written code spell JSON arrays as array literals.
extension JSONValue: ExpressibleByArrayLiteral {
    /// Creates `.array`.
    public init(arrayLiteral elements: JSONValue...) {
        self = .array(elements)
    }
}

/// Lets tests and hand-written code spell JSON objects as dictionary literals.
extension JSONValue: ExpressibleByDictionaryLiteral {
    /// Creates `.object`; if a key is repeated, the last value wins (as in most JSON parsers).
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
