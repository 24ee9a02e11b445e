import Foundation

/// Read-only conveniences for inspecting kept JSON without a `switch`.
extension JSONValue {
    /// The member named `key` when this is an object that has it; otherwise `nil`.
    public subscript(key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object[key]
    }

    /// The element at `index` when this is an array and the index is in bounds; otherwise `nil`.
    public subscript(index: Int) -> JSONValue? {
        guard case .array(let array) = self, array.indices.contains(index) else { return nil }
        return array[index]
    }

    /// Whether this is JSON `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The string when this is `.string`; otherwise `nil`.
    public var stringValue: String? {
        guard case .string(let string) = self else { return nil }
        return string
    }

    /// The boolean when this is `.bool`; otherwise `nil`.
    public var boolValue: Bool? {
        guard case .bool(let bool) = self else { return nil }
        return bool
    }

    /// The integer when this is `.integer`, or a `.double` that is integral and fits; otherwise `nil`.
    public var int64Value: Int64? {
        switch self {
        case .integer(let integer): return integer
        case .double(let double): return Int64(exactly: double)
        case .decimal(let decimal): return decimal.description.contains(".") ? nil : Int64(decimal.description)
        default: return nil
        }
    }

    /// The number as a `Double` (the nearest one for `.decimal`) when this is a number; otherwise `nil`.
    public var doubleValue: Double? {
        switch self {
        case .integer(let integer): return Double(integer)
        case .double(let double): return double
        case .decimal(let decimal): return Double(decimal.description)
        default: return nil
        }
    }

    /// The number's exact value when this is a number; otherwise `nil`.
    public var decimalValue: Decimal? {
        switch self {
        case .integer(let integer): return Decimal(integer)
        case .double(let double): return Decimal(string: String(double))
        case .decimal(let decimal): return decimal
        default: return nil
        }
    }

    /// The elements when this is `.array`; otherwise `nil`.
    public var arrayValue: [JSONValue]? {
        guard case .array(let array) = self else { return nil }
        return array
    }

    /// The members when this is `.object`; otherwise `nil`.
    public var objectValue: [String: JSONValue]? {
        guard case .object(let object) = self else { return nil }
        return object
    }
}
