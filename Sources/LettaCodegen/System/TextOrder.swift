#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Sorting text in `String` order at the cost of comparing bytes.
///
/// For ASCII text, `String`'s order (by Unicode scalars, after normalization) is the order of the UTF-8 bytes, so
/// `memcmp` decides it; text that is not all ASCII is sorted as `String`s.
enum TextOrder {
    /// `strings.sorted()`, in the same order.
    static func sorted(_ strings: some Collection<String>) -> [String] {
        var strings = Array(strings)
        guard strings.count > 1 else { return strings }
        guard strings.allSatisfy(isContiguousASCII) else { return strings.sorted() }
        strings.sort { left, right in
            // Both are contiguous (checked above), so neither default is taken.
            left.utf8.withContiguousStorageIfAvailable { left in
                right.utf8.withContiguousStorageIfAvailable { right in precedes(left, right) } ?? false
            } ?? false
        }
        return strings
    }

    /// Whether the text's UTF-8 can be read in place and is all ASCII.
    private static func isContiguousASCII(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains { $0 >= 0x80 } } ?? false
    }

    /// Byte order: `memcmp` over the common length, then the shorter first.
    private static func precedes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(left.count, right.count)
        guard common > 0, let leftStart = left.baseAddress, let rightStart = right.baseAddress else {
            return left.count < right.count
        }
        let order = memcmp(leftStart, rightStart, common)
        return order != 0 ? order < 0 : left.count < right.count
    }
}
