#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A node of a loaded YAML or JSON document. Mappings keep their key order; every node knows where it came from.
///
/// A node is a position in a `YAMLTree`, the flat storage of one whole document: loading appends to a few arrays
/// instead of allocating an array per mapping and per sequence, and releasing a document frees those few arrays.
/// A node keeps its document alive.
package struct YAMLNode: Sendable {
    /// What a node holds. The collections are views into the document, not copies.
    package enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence(YAMLSequence)
        case mapping(YAMLMapping)
    }

    let tree: YAMLTree
    let index: Int32

    init(tree: YAMLTree, index: Int32) {
        self.tree = tree
        self.index = index
    }

    /// A scalar node in a document of its own.
    package static func scalar(_ scalar: YAMLScalar, at location: SourceLocation) -> YAMLNode {
        var builder = YAMLTree.Builder()
        let root = builder.appendScalar(scalar, at: location)
        return builder.finish(root: root)
    }

    /// A sequence node in a document of its own; the elements are copied into it.
    package static func sequence(_ elements: [YAMLNode], at location: SourceLocation) -> YAMLNode {
        var builder = YAMLTree.Builder()
        let children = elements.map { builder.copy($0) }
        let root = builder.appendSequence(children, at: location)
        return builder.finish(root: root)
    }

    /// A mapping node in a document of its own; the values are copied into it.
    package static func mapping(_ entries: [YAMLMappingEntry], at location: SourceLocation) -> YAMLNode {
        var builder = YAMLTree.Builder()
        let copied = entries.map { entry in
            let value = builder.copy(entry.value)
            return YAMLTree.Entry(key: builder.appendKey(entry.key), keyLocation: entry.keyLocation, value: value)
        }
        let root = builder.appendMapping(copied, at: location)
        return builder.finish(root: root)
    }

    private var record: YAMLTree.Node { tree.nodes[Int(index)] }

    package var location: SourceLocation { record.location }

    package var content: Content {
        let record = record
        switch record.kind {
        case .scalar: return .scalar(tree.scalars[Int(record.first)])
        case .sequence: return .sequence(YAMLSequence(tree: tree, first: Int(record.first), count: Int(record.count)))
        case .mapping: return .mapping(YAMLMapping(tree: tree, first: Int(record.first), count: Int(record.count)))
        }
    }

    /// The kind of node in words, for messages such as "expected a mapping, found a sequence".
    package var kindDescription: String {
        let record = record
        switch record.kind {
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .scalar: return tree.scalars[Int(record.first)].kindDescription
        }
    }

    package var scalar: YAMLScalar? {
        let record = record
        return record.kind == .scalar ? tree.scalars[Int(record.first)] : nil
    }

    package var entries: YAMLMapping? {
        let record = record
        return record.kind == .mapping ? YAMLMapping(tree: tree, first: Int(record.first), count: Int(record.count)) : nil
    }

    package var elements: YAMLSequence? {
        let record = record
        return record.kind == .sequence ? YAMLSequence(tree: tree, first: Int(record.first), count: Int(record.count)) : nil
    }

    /// The string of a scalar resolved as a string (quoted, or plain text that is not null/bool/number).
    package var stringValue: String? {
        let record = record
        guard record.kind == .scalar, case .string(let text) = tree.scalars[Int(record.first)] else { return nil }
        return text
    }

    /// The value for `key` in a mapping (linear search: spec mappings are small, and order matters).
    package subscript(key: String) -> YAMLNode? {
        entry(for: key)?.value
    }

    package func entry(for key: String) -> YAMLMappingEntry? {
        let record = record
        guard record.kind == .mapping else { return nil }
        let start = Int(record.first)
        for position in start..<start + Int(record.count) where tree.keys[Int(tree.entries[position].key)] == key {
            return YAMLMapping.entry(tree.entries[position], in: tree)
        }
        return nil
    }

    /// Renders the node as compact JSON (keys in document order), for defaults and examples in output.
    package var jsonText: String { OrderedJSON(self).escapedText }
}

/// The elements of a sequence node, in order.
package struct YAMLSequence: RandomAccessCollection, Sendable {
    let tree: YAMLTree
    let first: Int
    package let count: Int

    package var startIndex: Int { 0 }
    package var endIndex: Int { count }

    package subscript(position: Int) -> YAMLNode {
        precondition(position >= 0 && position < count, "sequence index out of range")
        return YAMLNode(tree: tree, index: tree.elements[first + position])
    }
}

/// The entries of a mapping node, in document order.
package struct YAMLMapping: RandomAccessCollection, Sendable {
    let tree: YAMLTree
    let first: Int
    package let count: Int

    package var startIndex: Int { 0 }
    package var endIndex: Int { count }

    package subscript(position: Int) -> YAMLMappingEntry {
        precondition(position >= 0 && position < count, "mapping index out of range")
        return Self.entry(tree.entries[first + position], in: tree)
    }

    static func entry(_ stored: YAMLTree.Entry, in tree: YAMLTree) -> YAMLMappingEntry {
        YAMLMappingEntry(key: tree.keys[Int(stored.key)], keyLocation: stored.keyLocation, value: YAMLNode(tree: tree, index: stored.value))
    }
}

/// One `key: value` pair of a mapping. Keys are scalars (the loader rejects complex keys).
package struct YAMLMappingEntry: Sendable {
    package var key: String
    package var keyLocation: SourceLocation
    package var value: YAMLNode

    package init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}

/// The flat storage of one document: a record per node, and the scalars, sequence elements and mapping entries the
/// records point into. A container's children sit side by side in `elements` or `entries`, so a node is an index
/// and a collection is a range. Aliases are the anchored node's index again: expanding one copies nothing.
final class YAMLTree: Sendable {
    enum Kind: UInt8, Sendable {
        case scalar
        case sequence
        case mapping
    }

    struct Node: Sendable {
        var kind: Kind
        /// Index into `scalars` (a scalar), `elements` (a sequence) or `entries` (a mapping).
        var first: Int32
        var count: Int32
        var location: SourceLocation
    }

    /// A mapping entry: plain numbers, so moving entries around retains nothing.
    struct Entry: Sendable {
        /// Index into `keys`.
        var key: Int32
        var keyLocation: SourceLocation
        var value: Int32
    }

    let nodes: [Node]
    let scalars: [YAMLScalar]
    let elements: [Int32]
    let entries: [Entry]
    /// Mapping keys, each distinct spelling once, in the order first read; an entry holds its key's index here.
    let keys: [String]

    private init(_ builder: Builder) {
        nodes = builder.nodes
        scalars = builder.scalars
        elements = builder.elements
        entries = builder.entries
        keys = builder.keys
    }

    /// Appends nodes bottom-up: a container is appended once its children are, with their indices.
    struct Builder {
        fileprivate(set) var nodes: [Node] = []
        fileprivate(set) var scalars: [YAMLScalar] = []
        fileprivate(set) var elements: [Int32] = []
        fileprivate(set) var entries: [Entry] = []
        fileprivate(set) var keys: [String] = []

        /// Reserves room for what a document of `byteCount` bytes usually holds (spec YAML and JSON: a node per
        /// 24 to 44 bytes, a mapping entry per 34 to 53, a scalar per 50 to 77). Distinct keys are a few hundred
        /// whatever the size, so `keys` grows as it goes.
        mutating func reserveCapacity(forBytes byteCount: Int) {
            nodes.reserveCapacity(byteCount / 24)
            entries.reserveCapacity(byteCount / 32)
            scalars.reserveCapacity(byteCount / 48)
            elements.reserveCapacity(byteCount / 128)
        }

        /// Mapping keys are stored once per distinct spelling: a spec repeats a few hundred keys (`type`,
        /// `description`, `properties`) tens of thousands of times, so most keys are a lookup, not a new String.
        fileprivate(set) var keyTable = KeyTable()

        /// The index of `key` in `keys`, appended if this spelling is new.
        mutating func appendKey(_ key: String) -> Int32 {
            if let index = key.utf8.withContiguousStorageIfAvailable({ internKey($0, text: key) }) { return index }
            return Array(key.utf8).withUnsafeBufferPointer { internKey($0, text: key) }
        }

        /// The index of the key spelled `bytes` (valid UTF-8) in `keys`, appended if this spelling is new.
        mutating func appendKey(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            internKey(bytes, text: nil)
        }

        private mutating func internKey(_ bytes: UnsafeBufferPointer<UInt8>, text: String?) -> Int32 {
            let (index, isNew) = keyTable.intern(bytes)
            if isNew { keys.append(text ?? String(decoding: bytes, as: UTF8.self)) }
            return index
        }

        mutating func appendScalar(_ scalar: YAMLScalar, at location: SourceLocation) -> Int32 {
            scalars.append(scalar)
            return append(Node(kind: .scalar, first: Int32(scalars.count - 1), count: 1, location: location))
        }

        mutating func appendSequence(_ children: some Collection<Int32>, at location: SourceLocation) -> Int32 {
            let first = Int32(elements.count)
            elements.append(contentsOf: children)
            return append(Node(kind: .sequence, first: first, count: Int32(children.count), location: location))
        }

        mutating func appendMapping(_ children: some Collection<Entry>, at location: SourceLocation) -> Int32 {
            let first = Int32(entries.count)
            entries.append(contentsOf: children)
            return append(Node(kind: .mapping, first: first, count: Int32(children.count), location: location))
        }

        private mutating func append(_ node: Node) -> Int32 {
            nodes.append(node)
            return Int32(nodes.count - 1)
        }

        /// Copies `node` and everything under it from its own document into this one.
        mutating func copy(_ node: YAMLNode) -> Int32 {
            switch node.content {
            case .scalar(let scalar):
                return appendScalar(scalar, at: node.location)
            case .sequence(let children):
                let copied = children.map { copy($0) }
                return appendSequence(copied, at: node.location)
            case .mapping(let children):
                let copied = children.map { entry in
                    let value = copy(entry.value)
                    return Entry(key: appendKey(entry.key), keyLocation: entry.keyLocation, value: value)
                }
                return appendMapping(copied, at: node.location)
            }
        }

        func finish(root: Int32) -> YAMLNode {
            YAMLNode(tree: YAMLTree(self), index: root)
        }
    }
}

/// The distinct spellings of a document's mapping keys, as bytes in one arena, found by an open-addressing hash
/// table of their indices.
struct KeyTable {
    private var slots = [Int32](repeating: -1, count: 1024)
    private var arena: [UInt8] = []
    private var spans: [(start: Int32, count: Int32, hash: UInt32)] = []
    /// Whether each key is all ASCII: two ASCII keys are equal exactly when their indices are, while a non-ASCII
    /// key can equal a differently spelled one (`K`, U+212A, is `K`).
    fileprivate(set) var isASCII: [Bool] = []

    /// The index of `bytes`, and whether it was added now.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        // FNV-1a over the bytes.
        var hash: UInt32 = 2_166_136_261
        var ascii: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
            ascii |= byte
        }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            let span = spans[Int(slots[slot])]
            if span.hash == hash, Int(span.count) == bytes.count,
                arena.withUnsafeBufferPointer({ stored in
                    guard let storedBase = stored.baseAddress, let base = bytes.baseAddress else { return bytes.isEmpty }
                    return memcmp(storedBase + Int(span.start), base, bytes.count) == 0
                })
            {
                return (slots[slot], false)
            }
            slot = (slot + 1) & mask
        }
        let index = Int32(spans.count)
        spans.append((Int32(arena.count), Int32(bytes.count), hash))
        arena.append(contentsOf: bytes)
        isASCII.append(ascii < 0x80)
        slots[slot] = index
        if spans.count * 2 > slots.count { rehash() }
        return (index, true)
    }

    private mutating func rehash() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, span) in spans.enumerated() {
            var slot = Int(span.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}

/// A scalar resolved by the YAML 1.2 core schema: `yes`/`no`/`on`/`off` stay strings, quoted scalars are strings.
package enum YAMLScalar: Hashable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case double(Double)
    case string(String)

    package var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .double: "a number"
        case .string: "a string"
        }
    }

    package var jsonText: String { OrderedJSON(self).escapedText }
}
