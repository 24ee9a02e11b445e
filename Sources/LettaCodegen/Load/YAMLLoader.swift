#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import LettaUTF8

/// Loads one YAML or JSON file into a `YAMLNode` tree with 1-based line:column marks.
///
/// libyaml does the tokenizing (of a document in plain JSON, `JSONEventReader` does, for speed); this type adds what a spec reader needs and libyaml 0.2.5 lacks: a nesting-depth
/// limit, a budget on nodes produced by alias expansion ("billion laughs"), duplicate-key errors, YAML 1.2 core
/// scalar resolution, and UTF-8 validation with a position.
package struct YAMLLoader: Sendable {
    package struct Limits: Sendable {
        /// Deepest allowed nesting of sequences and mappings.
        package var maximumDepth: Int
        /// Most nodes that aliases may add to the document when expanded.
        package var maximumAliasExpandedNodes: Int

        package init(maximumDepth: Int = 256, maximumAliasExpandedNodes: Int = 1_000_000) {
            self.maximumDepth = maximumDepth
            self.maximumAliasExpandedNodes = maximumAliasExpandedNodes
        }
    }

    package var limits: Limits
    /// Whether a document written as plain JSON is read by `JSONEventReader` (several times faster) rather than
    /// libyaml: the same tree either way, and libyaml still reads whatever that reader leaves to it. Off only to
    /// compare the two.
    package var readsJSONItself: Bool

    package init(limits: Limits = Limits(), readsJSONItself: Bool = true) {
        self.limits = limits
        self.readsJSONItself = readsJSONItself
    }

    /// Reads and loads `path`; `path` is also the file name used in locations.
    package func load(contentsOf path: String) throws(DiagnosticsError) -> YAMLNode {
        switch FileContents.bytes(atPath: path) {
        case .success(let bytes):
            return try load(bytes: bytes, file: path)
        case .failure(let failure):
            let reason = failure == .noSuchFile ? "no such file" : "cannot read file"
            throw DiagnosticsError([.error("\(reason) '\(path)'", at: SourceLocation(file: path, line: 1, column: 1))])
        }
    }

    /// Loads a document from memory; `file` names it in locations.
    package func load(bytes: [UInt8], file: String) throws(DiagnosticsError) -> YAMLNode {
        if let invalid = bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidByte(in:)) {
            let position = TextPosition.of(byteOffset: invalid, in: bytes)
            let byte = String(bytes[invalid], radix: 16, uppercase: true)
            throw DiagnosticsError([
                .error(
                    "file is not valid UTF-8 (byte 0x\(byte.count == 1 ? "0" + byte : byte))",
                    at: SourceLocation(file: file, line: position.line, column: position.column)
                )
            ])
        }
        if readsJSONItself, let root = bytes.withUnsafeBufferPointer({ JSONEventReader.load($0, file: file, limits: limits) }) {
            return root
        }
        var builder = YAMLTreeBuilder(file: file, limits: limits, byteCount: bytes.count)
        // libyaml reads the bytes in place: the parser lives inside this call.
        let syntaxError = try bytes.withUnsafeBufferPointer { input throws(DiagnosticsError) -> LibYAMLError? in
            let parser = LibYAMLEventParser(bytes: input, file: file)
            while true {
                let event: LibYAMLEvent
                do throws(LibYAMLError) { event = try parser.advance() } catch { return error }
                if try builder.consume(event) { return nil }
            }
        }
        if let syntaxError {
            throw DiagnosticsError([Self.diagnostic(for: syntaxError, in: bytes, file: file)])
        }
        guard let root = builder.root else {
            throw DiagnosticsError([
                .error(
                    "file is empty: expected a YAML or JSON document",
                    at: SourceLocation(file: file, line: 1, column: 1)
                )
            ])
        }
        return root
    }

    private static func diagnostic(for error: LibYAMLError, in bytes: [UInt8], file: String) -> Diagnostic {
        let position = TextPosition.clamped(line: error.line, column: error.column, in: bytes)
        let location = SourceLocation(file: file, line: position.line, column: position.column)
        if TextPosition.character(atLine: error.line, column: error.column, in: bytes) == UInt8(ascii: "\t") {
            return .error("tab character in indentation; YAML allows only spaces here", at: location)
        }
        var message = error.problem
        if let context = error.context {
            message += " " + context
            if let line = error.contextLine, let column = error.contextColumn, (line, column) != (error.line, error.column) {
                let start = TextPosition.clamped(line: line, column: column, in: bytes)
                message += " started at \(start.line):\(start.column)"
            }
        }
        return .error(message, at: location)
    }
}

/// Turns the event stream into a `YAMLTree`, enforcing the limits as it goes.
///
/// The children of the containers still open wait in two scratch stacks; when a container closes, its children are
/// the top of one stack, and move to the tree side by side. An open container's record holds plain values only, so
/// opening and closing one retains nothing: the anchor it defines and the key index of a large mapping wait in
/// stacks of their own.
struct YAMLTreeBuilder {
    private struct Anchor {
        var node: Int32
        /// Nodes the anchored subtree stands for once every alias inside it is expanded.
        var expandedSize: Int
        /// Original text when the anchored node is a scalar, so an alias can serve as a mapping key.
        var scalarText: String?
    }

    private struct Frame {
        var isMapping: Bool
        /// Whether this container defines an anchor: the top of `frameAnchors`.
        var hasAnchor: Bool
        /// Whether this mapping has grown a key index, and which: the top of `spellingIndexes` or `textIndexes`.
        var keyIndex = KeyIndex.none
        var location: SourceLocation
        /// Where this container's children begin in the scratch stack of its kind.
        var firstChild: Int
        /// The key read and waiting for its value: its index in the tree's keys, or -1.
        var pendingKey: Int32 = -1
        var pendingKeyLocation: SourceLocation
        var expandedSize = 1
    }

    let file: String
    let limits: YAMLLoader.Limits
    private(set) var root: YAMLNode?
    private var tree = YAMLTree.Builder()
    /// The innermost open container, kept out of `enclosing` so that updating it (every event does) is a plain
    /// field write; meaningful while `openCount > 0`.
    private var top = Frame(
        isMapping: false, hasAnchor: false, location: SourceLocation(fileID: 0, line: 0, column: 0), firstChild: 0,
        pendingKeyLocation: SourceLocation(fileID: 0, line: 0, column: 0)
    )
    /// The open containers around `top`, outermost first.
    private var enclosing: [Frame] = []
    private var openCount = 0
    private var pendingElements: [Int32] = []
    private var pendingEntries: [YAMLTree.Entry] = []
    /// The anchors of the open containers that define one, innermost last.
    private var frameAnchors: [String] = []
    /// Where each key was first written, for the open mappings with more keys than a linear scan serves well,
    /// innermost last.
    private var spellingIndexes: [[Int32: SourceLocation]] = []
    private var textIndexes: [[String: SourceLocation]] = []

    private enum KeyIndex {
        case none
        /// By the key's index in the tree: while every key of the mapping is ASCII, one spelling is one key.
        case spellings
        /// By the key's text, which compares and hashes canonically equivalent spellings alike.
        case texts
    }
    private var anchors: [String: Anchor] = [:]
    private var aliasExpandedNodes = 0
    private var documentCount = 0

    /// - Parameter byteCount: the input's size, from which the tree's storage is reserved (about one node per two
    ///   dozen bytes of YAML), so the arrays seldom grow and copy.
    init(file: String, limits: YAMLLoader.Limits, byteCount: Int = 0) {
        self.file = file
        self.limits = limits
        tree.reserveCapacity(forBytes: byteCount)
    }

    /// Feeds one event; returns true at the end of the stream.
    mutating func consume(_ event: LibYAMLEvent) throws(DiagnosticsError) -> Bool {
        switch event.kind {
        case .streamStart, .documentEnd:
            return false
        case .streamEnd:
            return true
        case .documentStart:
            documentCount += 1
            if documentCount > 1 {
                throw DiagnosticsError([.error("expected a single document, found a second one", at: event.location)])
            }
            anchors = [:]
        case .alias:
            let name = event.anchor.map(LibYAMLEvent.string) ?? ""
            guard let anchor = anchors[name] else {
                throw DiagnosticsError([.error("undefined alias '\(name)'", at: event.location)])
            }
            aliasExpandedNodes += anchor.expandedSize
            if aliasExpandedNodes > limits.maximumAliasExpandedNodes {
                throw DiagnosticsError([
                    .error(
                        "alias expansion exceeds \(limits.maximumAliasExpandedNodes) nodes; refusing a possible alias bomb",
                        at: event.location
                    )
                ])
            }
            try attach(anchor.node, expandedSize: anchor.expandedSize, keyText: anchor.scalarText, at: event.location)
        case .scalar:
            guard let anchor = event.anchor else {
                if openCount > 0, top.isMapping, top.pendingKey < 0 {
                    // A key: kept as text with the entry, not as a node of its own, but counted as one toward the
                    // alias-expansion budget as every other scalar is.
                    top.expandedSize += 1
                    try attachKey(tree.appendKey(bytes: event.text), at: event.location)
                    return false
                }
                // Not in a key's place, so never needed as key text.
                let node = tree.appendScalar(Self.resolve(event), at: event.location)
                try attach(node, expandedSize: 1, keyText: nil, at: event.location)
                return false
            }
            let text = event.string
            let node = tree.appendScalar(Self.resolve(event), at: event.location)
            anchors[LibYAMLEvent.string(anchor)] = Anchor(node: node, expandedSize: 1, scalarText: text)
            try attach(node, expandedSize: 1, keyText: text, at: event.location)
        case .sequenceStart, .mappingStart:
            if openCount >= limits.maximumDepth {
                throw DiagnosticsError([.error("nesting deeper than \(limits.maximumDepth) levels", at: event.location)])
            }
            let isMapping = event.kind == .mappingStart
            if let anchor = event.anchor { frameAnchors.append(LibYAMLEvent.string(anchor)) }
            if openCount > 0 { enclosing.append(top) }
            openCount += 1
            top = Frame(
                isMapping: isMapping, hasAnchor: event.anchor != nil, location: event.location,
                firstChild: isMapping ? pendingEntries.count : pendingElements.count, pendingKeyLocation: event.location
            )
        case .sequenceEnd, .mappingEnd:
            guard openCount > 0 else { return false }
            let frame = top
            openCount -= 1
            if openCount > 0, let outer = enclosing.popLast() { top = outer }
            let node: Int32
            if frame.isMapping {
                node = tree.appendMapping(pendingEntries[frame.firstChild...], at: frame.location)
                pendingEntries.removeLast(pendingEntries.count - frame.firstChild)
                switch frame.keyIndex {
                case .none: break
                case .spellings: spellingIndexes.removeLast()
                case .texts: textIndexes.removeLast()
                }
            } else {
                node = tree.appendSequence(pendingElements[frame.firstChild...], at: frame.location)
                pendingElements.removeLast(pendingElements.count - frame.firstChild)
            }
            if frame.hasAnchor, let anchor = frameAnchors.popLast() {
                anchors[anchor] = Anchor(node: node, expandedSize: frame.expandedSize, scalarText: nil)
            }
            try attach(node, expandedSize: frame.expandedSize, keyText: nil, at: frame.location)
        }
        return false
    }

    private mutating func attach(
        _ node: Int32, expandedSize: Int, keyText: String?, at location: SourceLocation
    ) throws(DiagnosticsError) {
        guard openCount > 0 else {
            root = tree.finish(root: node)
            return
        }
        top.expandedSize += expandedSize
        guard top.isMapping else {
            pendingElements.append(node)
            return
        }
        if top.pendingKey >= 0 {
            pendingEntries.append(YAMLTree.Entry(key: top.pendingKey, keyLocation: top.pendingKeyLocation, value: node))
            top.pendingKey = -1
            return
        }
        guard let keyText else {
            let kind = tree.nodes[Int(node)].kind == .mapping ? "a mapping" : "a sequence"
            throw DiagnosticsError([.error("mapping keys must be scalars, found \(kind)", at: location)])
        }
        try attachKey(tree.appendKey(keyText), at: location)
    }

    /// Records the key at `key` (an index in the tree's keys) as the pending key of the mapping on top, unless the
    /// mapping already has it.
    private mutating func attachKey(_ key: Int32, at location: SourceLocation) throws(DiagnosticsError) {
        if let first = firstLocation(ofKey: key, recording: location) {
            throw DiagnosticsError([
                .error(
                    "duplicate key '\(tree.keys[Int(key)])' (first defined at \(first.line):\(first.column))",
                    at: location
                )
            ])
        }
        top.pendingKey = key
        top.pendingKeyLocation = location
    }

    /// Mappings with fewer keys than this are searched by a scan of their key indices (two numbers compared per
    /// key); larger ones get a dictionary, so a huge mapping stays linear.
    static let keysScannedInOrder = 64

    /// Where `key` was first written in the innermost mapping, if it was: a scan while there are few keys (most
    /// spec mappings have under a dozen), a dictionary beyond. A key not seen before is recorded at `location`.
    /// Keys compare as Strings do: canonically equivalent keys (NFC and NFD) are the same key. Two ASCII keys are
    /// the same exactly when they are one spelling, so only a non-ASCII key needs its text compared.
    private mutating func firstLocation(
        ofKey key: Int32, recording location: SourceLocation
    ) -> SourceLocation? {
        let first = top.firstChild
        let count = pendingEntries.count - first
        if count < Self.keysScannedInOrder {
            let asciiKeys = tree.keyTable.isASCII
            let isASCII = asciiKeys[Int(key)]
            return pendingEntries.withUnsafeBufferPointer { entries in
                for entry in entries[first...] {
                    if entry.key == key { return entry.keyLocation }
                    if !(isASCII && asciiKeys[Int(entry.key)]), tree.keys[Int(entry.key)] == tree.keys[Int(key)] {
                        return entry.keyLocation
                    }
                }
                return nil
            }
        }
        // A large mapping: its keys by spelling while they are all ASCII, by text (normalized) once one is not.
        let isASCII = tree.keyTable.isASCII[Int(key)]
        switch top.keyIndex {
        case .none where isASCII && pendingEntries[first...].allSatisfy({ tree.keyTable.isASCII[Int($0.key)] }):
            var index: [Int32: SourceLocation] = [:]
            for entry in pendingEntries[first...] where index[entry.key] == nil { index[entry.key] = entry.keyLocation }
            spellingIndexes.append(index)
            top.keyIndex = .spellings
        case .none:
            textIndexes.append(textIndex(of: pendingEntries[first...]))
            top.keyIndex = .texts
        case .spellings where !isASCII:
            spellingIndexes.removeLast()
            textIndexes.append(textIndex(of: pendingEntries[first...]))
            top.keyIndex = .texts
        case .spellings, .texts:
            break
        }
        if top.keyIndex == .spellings {
            let last = spellingIndexes.count - 1
            if let first = spellingIndexes[last][key] { return first }
            spellingIndexes[last][key] = location
            return nil
        }
        let last = textIndexes.count - 1
        let text = tree.keys[Int(key)]
        if let first = textIndexes[last][text] { return first }
        textIndexes[last][text] = location
        return nil
    }

    /// Where each key of `entries` was first written, by its text.
    private func textIndex(of entries: ArraySlice<YAMLTree.Entry>) -> [String: SourceLocation] {
        var index: [String: SourceLocation] = [:]
        for entry in entries where index[tree.keys[Int(entry.key)]] == nil {
            index[tree.keys[Int(entry.key)]] = entry.keyLocation
        }
        return index
    }

    /// YAML 1.2 core schema resolution of a scalar event: most scalars are quoted, or plain text that cannot be
    /// null, a boolean or a number, and become a String straight from libyaml's bytes.
    static func resolve(_ event: LibYAMLEvent) -> YAMLScalar {
        if let tag = event.tag {
            return resolve(text: event.string, tag: LibYAMLEvent.string(tag), isPlain: event.isPlain)
        }
        guard event.isPlain, let first = event.text.first else {
            return event.isPlain ? .null : .string(event.string)
        }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let keyword = keyword(event.text) { return keyword }
            // Words that start like a keyword (`number`, `text`) are strings; only a sign, a dot or a digit can
            // start a number.
            guard
                first == UInt8(ascii: "+") || first == UInt8(ascii: "-") || first == UInt8(ascii: ".")
                    || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
            else { return .string(event.string) }
            if let integer = decimalInteger(event.text) { return .integer(integer) }
            return resolve(text: event.string, tag: nil, isPlain: true)
        default:
            return .string(event.string)
        }
    }

    /// The core schema's null, boolean and special float spellings, matched on the bytes (no string is made for
    /// them); nil for any other text. Agrees with the keyword `switch` of `resolve(text:tag:isPlain:)`.
    static func keyword(_ text: UnsafeBufferPointer<UInt8>) -> YAMLScalar? {
        // The longest keyword (`false`, `+.inf`) has five bytes; pack the text into one integer, first byte lowest.
        guard text.count <= 5 else { return nil }
        var packed: UInt64 = 0
        for (offset, byte) in text.enumerated() { packed |= UInt64(byte) << (8 * UInt64(offset)) }
        switch packed {
        case 0, Keyword.tilde, Keyword.null, Keyword.nullTitle, Keyword.nullUpper: return .null
        case Keyword.true, Keyword.trueTitle, Keyword.trueUpper: return .bool(true)
        case Keyword.false, Keyword.falseTitle, Keyword.falseUpper: return .bool(false)
        case Keyword.inf, Keyword.infTitle, Keyword.infUpper, Keyword.plusInf, Keyword.plusInfTitle, Keyword.plusInfUpper:
            return .double(.infinity)
        case Keyword.minusInf, Keyword.minusInfTitle, Keyword.minusInfUpper: return .double(-.infinity)
        case Keyword.nan, Keyword.nanTitle, Keyword.nanUpper: return .double(.nan)
        default: return nil
        }
    }

    /// A sign (optional) and at most 18 decimal digits, read from the bytes; nil for any other text (longer, octal,
    /// hexadecimal, a float), which the text path resolves. Agrees with it where both apply.
    static func decimalInteger(_ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let negative = text.first == UInt8(ascii: "-")
        if negative || text.first == UInt8(ascii: "+") { index = 1 }
        guard index < text.count, text.count - index <= 18 else { return nil }
        var value = 0
        while index < text.count {
            let digit = text[index] &- UInt8(ascii: "0")
            guard digit <= 9 else { return nil }
            value = value &* 10 &+ Int(digit)
            index += 1
        }
        return negative ? -value : value
    }

    /// Each keyword's bytes packed as `keyword(_:)` packs them.
    private enum Keyword {
        static let tilde: UInt64 = 0x7E
        static let null: UInt64 = 0x6C6C_756E, nullTitle: UInt64 = 0x6C6C_754E, nullUpper: UInt64 = 0x4C4C_554E
        static let `true`: UInt64 = 0x6575_7274, trueTitle: UInt64 = 0x6575_7254, trueUpper: UInt64 = 0x4555_5254
        static let `false`: UInt64 = 0x65_736C_6166, falseTitle: UInt64 = 0x65_736C_6146, falseUpper: UInt64 = 0x45_534C_4146
        static let inf: UInt64 = 0x666E_692E, infTitle: UInt64 = 0x666E_492E, infUpper: UInt64 = 0x464E_492E
        static let plusInf = inf << 8 | 0x2B, plusInfTitle = infTitle << 8 | 0x2B, plusInfUpper = infUpper << 8 | 0x2B
        static let minusInf = inf << 8 | 0x2D, minusInfTitle = infTitle << 8 | 0x2D, minusInfUpper = infUpper << 8 | 0x2D
        static let nan: UInt64 = 0x6E61_6E2E, nanTitle: UInt64 = 0x4E61_4E2E, nanUpper: UInt64 = 0x4E41_4E2E
    }

    /// YAML 1.2 core schema resolution of a scalar.
    static func resolve(text: String, tag: String?, isPlain: Bool) -> YAMLScalar {
        if let tag, tag == "tag:yaml.org,2002:str" || tag == "!" { return .string(text) }
        guard isPlain else { return .string(text) }
        // Only text starting with one of these can be null, a boolean or a number: most plain scalars are words.
        if let first = text.utf8.first {
            switch first {
            case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
                UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: "+"), UInt8(ascii: "-"),
                UInt8(ascii: "0")...UInt8(ascii: "9"):
                break
            default:
                return .string(text)
            }
        }
        let utf8 = text.utf8
        // The longest keyword (`false`, `+.inf`) has five bytes.
        if utf8.count <= 5 {
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
            case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
            case ".nan", ".NaN", ".NAN": return .double(.nan)
            default: break
            }
        }
        guard let first = utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+")
                || first == UInt8(ascii: ".") || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
        else { return .string(text) }
        if let integer = Self.integer(text) { return .integer(integer) }
        if Self.isCoreFloat(utf8), let double = Double(text) { return .double(double) }
        return .string(text)
    }

    private static func integer(_ text: String) -> Int? {
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        var digits = Substring(text)
        if digits.first == "+" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "-") })
        else { return nil }
        return Int(digits)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isCoreFloat(_ utf8: String.UTF8View) -> Bool {
        var iterator = Array(utf8)[...]
        func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 48 && $0 <= 57 } ?? false }
        if iterator.first == UInt8(ascii: "-") || iterator.first == UInt8(ascii: "+") { iterator = iterator.dropFirst() }
        var mantissaDigits = 0
        while isDigit(iterator.first) {
            iterator = iterator.dropFirst()
            mantissaDigits += 1
        }
        if iterator.first == UInt8(ascii: ".") {
            iterator = iterator.dropFirst()
            while isDigit(iterator.first) {
                iterator = iterator.dropFirst()
                mantissaDigits += 1
            }
        }
        guard mantissaDigits > 0 else { return false }
        if iterator.first == UInt8(ascii: "e") || iterator.first == UInt8(ascii: "E") {
            iterator = iterator.dropFirst()
            if iterator.first == UInt8(ascii: "-") || iterator.first == UInt8(ascii: "+") { iterator = iterator.dropFirst() }
            guard isDigit(iterator.first) else { return false }
            while isDigit(iterator.first) { iterator = iterator.dropFirst() }
        }
        return iterator.isEmpty
    }
}
