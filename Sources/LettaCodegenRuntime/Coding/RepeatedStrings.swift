import Foundation

/// The strings that documents repeat, made once: a page of messages repeats run and step ids, sender ids, tool
/// names and call ids; each tool message repeats its call or its result in the deprecated fields beside the current
/// ones; the events of a stream repeat their message's id, run and step. A string of 16 bytes or more costs an
/// allocation to make and a deallocation when the value is dropped; a repeat found here costs a comparison, and
/// the values share one storage (they are equal values).
///
/// A direct-mapped table of the 256 strings made last, keyed by their bytes; only tokens without escapes or control
/// characters are looked up (their bytes are their text), and only text made without an error is kept.
/// `JSONReader.decode(_:from:)` uses one for each document of 4 KiB or more; pass one to
/// `JSONReader.decode(_:from:repeatedStrings:)` to share it across documents decoded one after another (the events
/// of one stream, the lines of one file). The strings it keeps stay alive while it does. One table serves one
/// decode at a time: it is not for sharing across threads.
public final class RepeatedStrings {
    /// Smaller strings are stored inline, without an allocation to save.
    static var minimumBytes: Int { 16 }
    static var minimumDocumentBytes: Int { 4096 }
    private static var slotCount: Int { 256 }

    /// The table itself, what a reader holds while the table lives.
    let slots: Slots

    public init() {
        let texts = UnsafeMutablePointer<String>.allocate(capacity: Self.slotCount)
        texts.initialize(repeating: "", count: Self.slotCount)
        slots = Slots(texts: texts)
    }

    deinit {
        slots.texts.deinitialize(count: Self.slotCount)
        slots.texts.deallocate()
    }

    /// The slots as a plain value, valid while the `RepeatedStrings` that made them lives: a reader holds this
    /// rather than the object, whose reference would cost an atomic retain and release per string read.
    struct Slots {
        let texts: UnsafeMutablePointer<String>

        /// The text of the token whose bytes are `token` (at least `minimumBytes`): the one made before when it is
        /// in the table, otherwise `make()`'s, which is then kept.
        @inline(__always)
        func text(of token: UnsafeBufferPointer<UInt8>, _ make: () throws -> String) rethrows -> String {
            guard let base = token.baseAddress, token.count >= RepeatedStrings.minimumBytes else { return try make() }
            let raw = UnsafeRawPointer(base)
            let first = raw.loadUnaligned(as: UInt64.self)
            let last = raw.loadUnaligned(fromByteOffset: token.count - 8, as: UInt64.self)
            let hash = (first &* 0x9E37_79B9_7F4A_7C15) ^ (last &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(token.count)
            let slot = texts + Int(truncatingIfNeeded: hash >> 56)
            if slot.pointee.utf8.count == token.count,
                slot.pointee.utf8.withContiguousStorageIfAvailable({ kept in
                    kept.baseAddress.map { memcmp($0, base, token.count) == 0 } ?? false
                }) == true
            {
                return slot.pointee
            }
            let text = try make()
            slot.pointee = text
            return text
        }
    }
}
