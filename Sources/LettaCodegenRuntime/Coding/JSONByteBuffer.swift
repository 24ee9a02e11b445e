import Foundation

/// The growing byte buffer `JSONWriter` appends to: small appends (a comma, a key, two bytes of an escape) are a
/// capacity check and a store, without `Array`'s per-call uniqueness check and generic copying.
///
/// The bytes live in one block from `malloc`: growing is a `realloc` (a large block is remapped, not copied), and a
/// large result is handed to `Data` as it is (`takeData`), so a page of output is never copied whole.
final class JSONByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// `takeData` gave the block to a `Data`: `base` is no longer this buffer's (capacity 0, so the next append
    /// allocates a block of its own).
    private var handedOver = false

    /// From this many bytes, `takeData` hands the block over instead of copying the bytes.
    static var handOverBytes: Int { 4096 }

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = Self.allocate(self.capacity)
    }

    deinit {
        if !handedOver { free(base) }
    }

    private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let memory = malloc(capacity) else { preconditionFailure("out of memory: \(capacity) bytes") }
        return memory.assumingMemoryBound(to: UInt8.self)
    }

    /// Room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        let newCapacity = max(needed, capacity * 2, 16)
        if handedOver {
            base = Self.allocate(newCapacity)
            handedOver = false
        } else {
            guard let grown = realloc(base, newCapacity) else { preconditionFailure("out of memory: \(newCapacity) bytes") }
            base = grown.assumingMemoryBound(to: UInt8.self)
        }
        capacity = newCapacity
    }

    /// The bytes written as `Data`, and the buffer empty again: a large result is the block itself, shrunk to fit
    /// (`Data` frees it), a small one a copy.
    func takeData() -> Data {
        defer { count = 0 }
        guard count >= Self.handOverBytes else { return Data(bytes: base, count: count) }
        let block = realloc(base, count) ?? UnsafeMutableRawPointer(base)
        handedOver = true
        capacity = 0
        return Data(bytesNoCopy: block, count: count, deallocator: .free)
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        reserve(length)
        (base + count).update(from: bytes, count: length)
        count += length
    }

    /// Appends `length` bytes copied a word at a time: the source must be readable, and is copied, up to the next
    /// multiple of eight bytes (what lies beyond `length` is written past the end and then overwritten).
    @inline(__always)
    func appendWords(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        reserve(length + 8)
        let target = UnsafeMutableRawPointer(base + count)
        let source = UnsafeRawPointer(bytes)
        var offset = 0
        repeat {
            target.storeBytes(of: source.loadUnaligned(fromByteOffset: offset, as: UInt64.self), toByteOffset: offset, as: UInt64.self)
            offset += 8
        } while offset < length
        count += length
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let start = bytes.baseAddress { append(start, count: bytes.count) }
    }

    func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Counts `length` bytes written straight to `base + count` (after `reserve`).
    func advance(by length: Int) {
        count += length
    }

    /// The bytes written, as an array.
    var array: [UInt8] {
        Array(UnsafeBufferPointer(start: base, count: count))
    }
}
