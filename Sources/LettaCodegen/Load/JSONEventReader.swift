import LettaUTF8

/// Reads a document written as plain JSON into the events libyaml would produce for it, without libyaml: the same
/// kinds, texts, styles and start marks, fed to the same `YAMLTreeBuilder`. libyaml reads JSON as YAML flow
/// collections, a character at a time through its token queue; this reads it a byte at a time once.
///
/// It reads only what it can read exactly as libyaml does. Anything else — a syntax error, a root that is not an
/// object or an array, a construct where YAML and JSON differ (an escaped surrogate, a raw character YAML does not
/// allow, a key whose colon is on a later line or too far for YAML's implicit keys), or an error the tree builder
/// reports — makes `load` return nil, and the loader reads the document with libyaml, whose result and diagnostics
/// are then the answer. So this reader changes how fast a JSON spec loads, never what it loads to.
struct JSONEventReader {
    private let input: UnsafeBufferPointer<UInt8>
    private let fileID: UInt32
    private var index = 0
    /// The current line (1-based) and the byte offset it starts at.
    private var line = 1
    private var lineStart = 0
    /// A column already counted on the current line: the column (1-based, in characters) of the byte at `offset`.
    private var counted = (offset: 0, column: 1)
    /// Open containers, innermost last: true for an object.
    private var open: [Bool] = []
    /// The text of a string with escapes, valid until the next string is read.
    private var unescaped: [UInt8] = []

    /// Why reading stopped: the document is left to libyaml.
    private struct NotPlainJSON: Error {}

    /// The longest a key may run from its opening quote to its colon, in bytes: libyaml drops a possible implicit
    /// key after 1,024 characters, and a byte count is never below the character count.
    private static let longestKeySpan = 1_000

    private init(input: UnsafeBufferPointer<UInt8>, file: String) {
        self.input = input
        fileID = SourceFiles.shared.id(of: file)
    }

    /// The tree of `input` read as plain JSON, or nil when libyaml must read it (see the type's documentation).
    static func load(_ input: UnsafeBufferPointer<UInt8>, file: String, limits: YAMLLoader.Limits) -> YAMLNode? {
        guard mayBeJSON(input) else { return nil }
        var builder = YAMLTreeBuilder(file: file, limits: limits, byteCount: input.count)
        var reader = JSONEventReader(input: input, file: file)
        do {
            try reader.read(into: &builder)
        } catch {
            return nil
        }
        return builder.root
    }

    /// Whether `input` starts (after spaces and line breaks) like a JSON object or array: the documents worth trying
    /// (what `read` checks first, found without setting anything up).
    private static func mayBeJSON(_ input: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in input {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r"): continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return true
            default: return false
            }
        }
        return false
    }

    private mutating func read(into builder: inout YAMLTreeBuilder) throws {
        skipWhitespace()
        guard index < input.count, input[index] == UInt8(ascii: "{") || input[index] == UInt8(ascii: "[") else {
            throw NotPlainJSON()
        }
        let start = location(at: index)
        try emit(.streamStart, at: start, into: &builder)
        try emit(.documentStart, at: start, into: &builder)
        // A loop, not recursion: nesting is bounded by the tree builder's limit, not by the stack.
        var valueFollows = true
        while valueFollows || !open.isEmpty {
            valueFollows = try valueFollows ? readValue(into: &builder) : readAfterValue(into: &builder)
        }
        skipWhitespace()
        guard index == input.count else { throw NotPlainJSON() }
        let end = location(at: index)
        try emit(.documentEnd, at: end, into: &builder)
        try emit(.streamEnd, at: end, into: &builder)
    }

    /// One value: a scalar, or the start of a container (and its end too when it is empty). Returns whether a value
    /// comes next (the first element of a container, or the first member's value after its key).
    private mutating func readValue(into builder: inout YAMLTreeBuilder) throws -> Bool {
        skipWhitespace()
        guard index < input.count else { throw NotPlainJSON() }
        let start = index
        switch input[index] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let isObject = input[index] == UInt8(ascii: "{")
            try emit(isObject ? .mappingStart : .sequenceStart, at: location(at: start), into: &builder)
            index += 1
            open.append(isObject)
            skipWhitespace()
            guard index < input.count else { throw NotPlainJSON() }
            if input[index] == UInt8(ascii: isObject ? "}" : "]") {
                index += 1
                open.removeLast()
                try emit(isObject ? .mappingEnd : .sequenceEnd, at: location(at: index - 1), into: &builder)
                return false
            }
            if isObject { try readKey(into: &builder) }
            return true
        case UInt8(ascii: "\""):
            try readString { reader, text in try reader.emitScalar(text, isPlain: false, at: start, into: &builder) }
        case UInt8(ascii: "t"):
            try readPlain("true", into: &builder)
        case UInt8(ascii: "f"):
            try readPlain("false", into: &builder)
        case UInt8(ascii: "n"):
            try readPlain("null", into: &builder)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try readNumber()
            try emitScalar(UnsafeBufferPointer(rebasing: input[start..<index]), isPlain: true, at: start, into: &builder)
        default:
            throw NotPlainJSON()
        }
        return false
    }

    /// After a value inside a container: the next member's key or the next element, or the container's end.
    /// Returns whether a value comes next.
    private mutating func readAfterValue(into builder: inout YAMLTreeBuilder) throws -> Bool {
        skipWhitespace()
        guard index < input.count, let isObject = open.last else { throw NotPlainJSON() }
        switch input[index] {
        case UInt8(ascii: ","):
            index += 1
            if isObject { try readKey(into: &builder) }
            return true
        case UInt8(ascii: isObject ? "}" : "]"):
            index += 1
            open.removeLast()
            try emit(isObject ? .mappingEnd : .sequenceEnd, at: location(at: index - 1), into: &builder)
            return false
        default:
            throw NotPlainJSON()
        }
    }

    /// A member's key and its colon (the value is next).
    private mutating func readKey(into builder: inout YAMLTreeBuilder) throws {
        skipWhitespace()
        guard index < input.count, input[index] == UInt8(ascii: "\"") else { throw NotPlainJSON() }
        let start = index
        let keyLine = line
        try readString { reader, text in
            reader.skipWhitespace()
            guard reader.index < reader.input.count, reader.input[reader.index] == UInt8(ascii: ":"), reader.line == keyLine,
                reader.index - start <= Self.longestKeySpan
            else { throw NotPlainJSON() }
            reader.index += 1
            try reader.emitScalar(text, isPlain: false, at: start, into: &builder)
        }
    }

    /// Reads a string (its opening quote is at `index`) and passes its text to `body`: the input's own bytes, or its
    /// escapes undone in `unescaped`.
    private mutating func readString(_ body: (inout Self, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let start = index + 1
        // Most strings have no escape: scanned in a local, the text is the input's own bytes.
        var position = start
        while position < input.count {
            let byte = input[position]
            if byte == UInt8(ascii: "\"") {
                index = position + 1
                return try body(&self, UnsafeBufferPointer(rebasing: input[start..<position]))
            }
            if byte == UInt8(ascii: "\\") { break }
            try checkCharacter(at: position)
            position += 1
        }
        index = position
        guard index < input.count else { throw NotPlainJSON() }
        var text = unescaped
        unescaped = []
        text.removeAll(keepingCapacity: true)
        text.append(contentsOf: input[start..<index])
        while index < input.count {
            let byte = input[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                try text.withUnsafeBufferPointer { text in try body(&self, text) }
                unescaped = text
                return
            case UInt8(ascii: "\\"):
                try readEscape(into: &text)
            default:
                try checkCharacter(at: index)
                text.append(byte)
                index += 1
            }
        }
        throw NotPlainJSON()
    }

    /// A raw byte of a string that YAML reads as JSON does: not a control character (C0, DEL, C1 — NEL among them,
    /// a line break to YAML), not LS or PS (line breaks to YAML), not U+FFFE or U+FFFF (not printable to YAML).
    @inline(__always)
    private func checkCharacter(at position: Int) throws {
        switch input[position] {
        case 0..<0x20, 0x7F:
            throw NotPlainJSON()
        case 0xC2:
            if position + 1 < input.count, input[position + 1] < 0xA0 { throw NotPlainJSON() }
        case 0xE2:
            if position + 2 < input.count, input[position + 1] == 0x80, input[position + 2] == 0xA8 || input[position + 2] == 0xA9 {
                throw NotPlainJSON()
            }
        case 0xEF:
            if position + 2 < input.count, input[position + 1] == 0xBF, input[position + 2] >= 0xBE { throw NotPlainJSON() }
        default:
            break
        }
    }

    /// One escape (its backslash is at `index`), appended to `text` as libyaml decodes it.
    private mutating func readEscape(into text: inout [UInt8]) throws {
        guard index + 1 < input.count else { throw NotPlainJSON() }
        let decoded: UInt8
        switch input[index + 1] {
        case UInt8(ascii: "\""): decoded = UInt8(ascii: "\"")
        case UInt8(ascii: "\\"): decoded = UInt8(ascii: "\\")
        case UInt8(ascii: "/"): decoded = UInt8(ascii: "/")
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            guard index + 6 <= input.count else { throw NotPlainJSON() }
            var scalar: UInt32 = 0
            for offset in 2..<6 {
                guard let digit = Self.hexDigit(input[index + offset]) else { throw NotPlainJSON() }
                scalar = scalar << 4 | digit
            }
            // libyaml rejects an escaped surrogate, even one of a pair that JSON would join.
            guard let unicode = Unicode.Scalar(scalar) else { throw NotPlainJSON() }
            text.append(contentsOf: String(Character(unicode)).utf8)
            index += 6
            return
        default:
            throw NotPlainJSON()
        }
        text.append(decoded)
        index += 2
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// `true`, `false` or `null`, a plain scalar, ending where a JSON value ends.
    private mutating func readPlain(_ word: StaticString, into builder: inout YAMLTreeBuilder) throws {
        let start = index
        let count = word.utf8CodeUnitCount
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: count)
        guard index + count <= input.count, input[index..<(index + count)].elementsEqual(expected) else { throw NotPlainJSON() }
        index += count
        try checkValueEnd()
        try emitScalar(UnsafeBufferPointer(rebasing: input[start..<index]), isPlain: true, at: start, into: &builder)
    }

    /// A JSON number: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?`, ending where a JSON value ends.
    private mutating func readNumber() throws {
        if input[index] == UInt8(ascii: "-") { index += 1 }
        guard index < input.count, Self.isDigit(input[index]) else { throw NotPlainJSON() }
        if input[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            skipDigits()
        }
        if index < input.count, input[index] == UInt8(ascii: ".") {
            index += 1
            guard index < input.count, Self.isDigit(input[index]) else { throw NotPlainJSON() }
            skipDigits()
        }
        if index < input.count, input[index] == UInt8(ascii: "e") || input[index] == UInt8(ascii: "E") {
            index += 1
            if index < input.count, input[index] == UInt8(ascii: "+") || input[index] == UInt8(ascii: "-") { index += 1 }
            guard index < input.count, Self.isDigit(input[index]) else { throw NotPlainJSON() }
            skipDigits()
        }
        try checkValueEnd()
    }

    private mutating func skipDigits() {
        while index < input.count, Self.isDigit(input[index]) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// A plain scalar ends, for both readers, at whitespace, a comma or a closing bracket; anything else (`truex`,
    /// `1:`) is text libyaml would read on as part of the scalar.
    private func checkValueEnd() throws {
        guard index < input.count else { return }
        switch input[index] {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ","), UInt8(ascii: "]"),
            UInt8(ascii: "}"):
            // (Scalars are only read inside a container, where a tab is whitespace to libyaml too.)
            return
        default:
            throw NotPlainJSON()
        }
    }

    /// Spaces and line breaks (LF, CR, CRLF), counting lines; tabs too inside a container, where libyaml skips them
    /// as well (before the root it does not).
    private mutating func skipWhitespace() {
        // Runs of indentation are most of a pretty-printed document: counted in a local, stored once.
        var position = index
        defer { index = position }
        while position < input.count {
            switch input[position] {
            case UInt8(ascii: " "):
                position += 1
            case UInt8(ascii: "\t") where !open.isEmpty:
                position += 1
            case UInt8(ascii: "\n"):
                position += 1
                line += 1
                lineStart = position
            case UInt8(ascii: "\r"):
                position += position + 1 < input.count && input[position + 1] == UInt8(ascii: "\n") ? 2 : 1
                line += 1
                lineStart = position
            default:
                return
            }
        }
    }

    /// The location of the byte at `offset` on the current line, counting characters from the last one counted.
    private mutating func location(at offset: Int) -> SourceLocation {
        if counted.offset < lineStart || counted.offset > offset { counted = (lineStart, 1) }
        var column = counted.column
        var position = counted.offset
        while position < offset {
            if input[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        counted = (offset, column)
        return SourceLocation(fileID: fileID, line: line, column: column)
    }

    private mutating func emitScalar(
        _ text: UnsafeBufferPointer<UInt8>, isPlain: Bool, at start: Int, into builder: inout YAMLTreeBuilder
    ) throws {
        let event = LibYAMLEvent(kind: .scalar, location: location(at: start), text: text, isPlain: isPlain)
        _ = try builder.consume(event)
    }

    private func emit(_ kind: LibYAMLEvent.Kind, at location: SourceLocation, into builder: inout YAMLTreeBuilder) throws {
        let event = LibYAMLEvent(kind: kind, location: location, text: UnsafeBufferPointer(start: nil, count: 0), isPlain: false)
        _ = try builder.consume(event)
    }
}

/// The fuzz target's oracle for `JSONEventReader`: a document the reader reads itself must load, through libyaml,
/// to the same tree — the same kinds, scalars and keys in the same order, at the same locations.
@_spi(Tooling) public enum JSONReaderOracle {
    /// Whether libyaml agrees with the reader on `bytes`; true when the reader leaves them to libyaml.
    public static func libYAMLAgrees(on bytes: [UInt8]) -> Bool {
        let file = "oracle.json"
        guard bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidByte(in:)) == nil else { return true }
        let read = bytes.withUnsafeBufferPointer { JSONEventReader.load($0, file: file, limits: YAMLLoader.Limits()) }
        guard let read else { return true }
        guard let libYAML = try? YAMLLoader(readsJSONItself: false).load(bytes: bytes, file: file) else { return false }
        return sameTree(read, libYAML)
    }

    private static func sameTree(_ left: YAMLNode, _ right: YAMLNode) -> Bool {
        guard left.location == right.location else { return false }
        switch (left.content, right.content) {
        case (.scalar(let a), .scalar(let b)):
            // NaN is not equal to itself: compared by description.
            return a == b || "\(a)" == "\(b)"
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { sameTree($0, $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key == $1.key && $0.keyLocation == $1.keyLocation && sameTree($0.value, $1.value) }
        default:
            return false
        }
    }
}
