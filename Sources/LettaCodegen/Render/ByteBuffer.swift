/// Where UTF-8 output goes: `[UInt8]`, `ByteBuffer` and `LineBytes` take the same appends, so one writer serves all.
protocol UTF8Sink {
    mutating func append(_ byte: UInt8)
    mutating func append(_ bytes: UnsafeRawBufferPointer)
}

extension UTF8Sink {
    /// Appends the UTF-8 of `text`, read in place (a small string from the stack); only a string without contiguous
    /// UTF-8 is copied first.
    @inline(__always)
    mutating func appendUTF8(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append(UnsafeRawBufferPointer($0)) }) != nil { return }
        var text = text
        text.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    mutating func appendUTF8(_ text: Substring) {
        appendUTF8(String(text))
    }
}

extension Array: UTF8Sink where Element == UInt8 {
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        append(contentsOf: bytes)
    }
}

/// A growable byte buffer for generated text: an append is a capacity check and a copy.
///
/// Generated files are built from many short pieces (a keyword, a name, a literal); `Array.append(contentsOf:)`
/// spends several times the copy itself on each. Copy-on-write like an array.
struct ByteBuffer: UTF8Sink {
    private var storage: ManagedBuffer<Void, UInt8>
    /// The capacity asked for (at most what was allocated), kept here: the storage's own `capacity` asks the
    /// allocator, and a class's stored header is checked for exclusive access on every use.
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = max(capacity, 16)
        storage = Self.allocate(capacity: self.capacity)
    }

    private static func allocate(capacity: Int) -> ManagedBuffer<Void, UInt8> {
        ManagedBuffer<Void, UInt8>.create(minimumCapacity: capacity) { _ in }
    }

    var isEmpty: Bool { count == 0 }

    /// Makes room for `additional` more bytes in storage this buffer alone holds.
    @inline(__always)
    private mutating func reserve(_ additional: Int) {
        if count + additional > capacity || !isKnownUniquelyReferenced(&storage) {
            grow(toHold: count + additional)
        }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let capacity = max(needed, capacity * 2)
        let grown = Self.allocate(capacity: capacity)
        let count = count
        grown.withUnsafeMutablePointerToElements { target in
            storage.withUnsafeMutablePointerToElements { source in target.initialize(from: source, count: count) }
        }
        storage = grown
        self.capacity = capacity
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        reserve(1)
        let count = count
        storage.withUnsafeMutablePointerToElements { $0[count] = byte }
        self.count += 1
    }

    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        let count = count
        storage.withUnsafeMutablePointerToElements { target in
            UnsafeMutableRawPointer(target + count).copyMemory(from: source, byteCount: bytes.count)
        }
        self.count += bytes.count
    }

    /// One whole line: `indentation` spaces, `text` and a line break, with room made once.
    mutating func appendLine(indentation: Int, _ text: UnsafeRawBufferPointer) {
        let total = indentation + text.count + 1
        // Spaces go in eight at a time, possibly past the indentation (the text then overwrites them): room for that.
        reserve(total + 8)
        let count = count
        storage.withUnsafeMutablePointerToElements { base in
            let target = UnsafeMutableRawPointer(base + count)
            Self.writeSpaces(indentation, at: target)
            if let source = text.baseAddress, !text.isEmpty {
                (target + indentation).copyMemory(from: source, byteCount: text.count)
            }
            target.storeBytes(of: UInt8(ascii: "\n"), toByteOffset: indentation + text.count, as: UInt8.self)
        }
        self.count += total
    }

    /// `appendLine(indentation:_:)` with `prefix` before the text and `suffix` after it.
    mutating func appendLine(
        indentation: Int, prefix: StaticString, _ text: UnsafeRawBufferPointer, suffix: StaticString
    ) {
        let total = indentation + prefix.utf8CodeUnitCount + text.count + suffix.utf8CodeUnitCount + 1
        reserve(total + 8)
        let count = count
        storage.withUnsafeMutablePointerToElements { base in
            let start = UnsafeMutableRawPointer(base + count)
            Self.writeSpaces(indentation, at: start)
            let afterPrefix = prefix.withUTF8Bytes { Self.copy($0, to: start + indentation) }
            let afterText = Self.copy(text, to: afterPrefix)
            let end = suffix.withUTF8Bytes { Self.copy($0, to: afterText) }
            end.storeBytes(of: UInt8(ascii: "\n"), as: UInt8.self)
        }
        self.count += total
    }

    /// Copies `bytes` to `target`; returns where they end.
    @inline(__always)
    private static func copy(_ bytes: UnsafeRawBufferPointer, to target: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer {
        if let source = bytes.baseAddress, !bytes.isEmpty { target.copyMemory(from: source, byteCount: bytes.count) }
        return target + bytes.count
    }

    /// Writes at least `count` spaces (rounded up to a multiple of eight) at `target`, a word at a time.
    @inline(__always)
    private static func writeSpaces(_ count: Int, at target: UnsafeMutableRawPointer) {
        var offset = 0
        while offset < count {
            target.storeBytes(of: 0x2020_2020_2020_2020 as UInt64, toByteOffset: offset, as: UInt64.self)
            offset += 8
        }
    }

    /// Empties the buffer, keeping its storage when this buffer alone holds it.
    mutating func removeAll() {
        if isKnownUniquelyReferenced(&storage) {
            count = 0
        } else {
            self = ByteBuffer(capacity: capacity)
        }
    }

    mutating func removeLast() {
        precondition(count > 0, "removeLast from an empty buffer")
        count -= 1
    }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try storage.withUnsafeMutablePointerToElements { try body(UnsafeRawBufferPointer(start: $0, count: count)) }
    }

    /// The bytes as text (generated text is UTF-8 by construction).
    var text: String {
        withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// The bytes as an array: a copy, without the validation that making a String costs.
    var array: [UInt8] {
        withUnsafeBytes { [UInt8]($0) }
    }
}

extension ByteBuffer {
    /// True when the text ends with two line breaks (an empty line).
    var endsWithBlankLine: Bool {
        count >= 2 && withUnsafeBytes { $0[count - 1] == UInt8(ascii: "\n") && $0[count - 2] == UInt8(ascii: "\n") }
    }
}

/// The bytes of one generated line: up to `inlineCapacity` bytes in the value itself, a `ByteBuffer` beyond.
///
/// Most lines are shorter than that, so building one allocates nothing; the printer copies it into the file's
/// buffer.
struct LineBytes: UTF8Sink {
    /// Fourteen words of storage, reached as raw bytes.
    private typealias InlineStorage = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                                       UInt64, UInt64, UInt64, UInt64)

    static var inlineCapacity: Int { MemoryLayout<InlineStorage>.size }

    private var inline: InlineStorage = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    private var inlineCount = 0
    /// Set once the line outgrows the inline bytes; holds all of them from then on.
    private var spilled: ByteBuffer?

    init() {}

    init(_ text: String) {
        appendUTF8(text)
    }

    var isEmpty: Bool { spilled.map(\.isEmpty) ?? (inlineCount == 0) }

    @inline(__always)
    mutating func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if spilled == nil {
            if inlineCount + bytes.count <= Self.inlineCapacity {
                let offset = inlineCount
                withUnsafeMutableBytes(of: &inline) { target in
                    target.baseAddress.map { ($0 + offset).copyMemory(from: source, byteCount: bytes.count) }
                }
                inlineCount += bytes.count
                return
            }
            var buffer = ByteBuffer(capacity: 2 * Self.inlineCapacity + bytes.count)
            let count = inlineCount
            Swift.withUnsafeBytes(of: &inline) { buffer.append(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
            spilled = buffer
        }
        spilled?.append(bytes)
    }

    mutating func append(_ byte: UInt8) {
        if spilled == nil, inlineCount < Self.inlineCapacity {
            let offset = inlineCount
            withUnsafeMutableBytes(of: &inline) { $0[offset] = byte }
            inlineCount += 1
            return
        }
        Swift.withUnsafeBytes(of: byte) { append($0) }
    }

    mutating func append(_ other: LineBytes) {
        other.withUnsafeBytes { append($0) }
    }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        if let spilled { return try spilled.withUnsafeBytes(body) }
        let count = inlineCount
        return try Swift.withUnsafeBytes(of: inline) { try body(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
    }
}

extension ByteBuffer {
    mutating func append(_ line: LineBytes) {
        line.withUnsafeBytes { append($0) }
    }
}
