/// A node of a loaded YAML or JSON document. Mappings keep their key order; every node knows where it came from.
public struct YAMLNode: Sendable {
    public enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLMappingEntry])
    }

    public var content: Content
    public var location: SourceLocation

    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The kind of node in words, for messages such as "expected a mapping, found a sequence".
    public var kindDescription: String {
        switch content {
        case .mapping: "a mapping"
        case .sequence: "a sequence"
        case .scalar(let scalar): scalar.kindDescription
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    public var entries: [YAMLMappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    public var elements: [YAMLNode]? {
        if case .sequence(let elements) = content { return elements }
        return nil
    }

    /// The string of a scalar resolved as a string (quoted, or plain text that is not null/bool/number).
    public var stringValue: String? {
        if case .scalar(.string(let text)) = content { return text }
        return nil
    }

    /// The value for `key` in a mapping (linear search: spec mappings are small, and order matters).
    public subscript(key: String) -> YAMLNode? {
        entry(for: key)?.value
    }

    public func entry(for key: String) -> YAMLMappingEntry? {
        guard case .mapping(let entries) = content else { return nil }
        return entries.first { $0.key == key }
    }

    /// Renders the node as compact JSON (keys in document order), for defaults and examples in output.
    public var jsonText: String { OrderedJSON(self).escapedText }
}

/// One `key: value` pair of a mapping. Keys are scalars (the loader rejects complex keys).
public struct YAMLMappingEntry: Sendable {
    public var key: String
    public var keyLocation: SourceLocation
    public var value: YAMLNode

    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// A scalar resolved by the YAML 1.2 core schema: `yes`/`no`/`on`/`off` stay strings, quoted scalars are strings.
public enum YAMLScalar: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)

    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .double: "a number"
        case .string: "a string"
        }
    }

    public var jsonText: String { OrderedJSON(self).escapedText }
}
