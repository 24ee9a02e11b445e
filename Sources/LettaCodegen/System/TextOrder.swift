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
        let strings = Array(strings)
        guard strings.count > 1 else { return strings }
        let bytes = strings.map { Array($0.utf8) }
        guard bytes.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) else { return strings.sorted() }
        return strings.indices.sorted { precedes(bytes[$0], bytes[$1]) }.map { strings[$0] }
    }

    /// Byte order: `memcmp` over the common length, then the shorter first.
    private static func precedes(_ left: [UInt8], _ right: [UInt8]) -> Bool {
        let common = min(left.count, right.count)
        let order = left.withUnsafeBufferPointer { left in
            right.withUnsafeBufferPointer { right in
                guard common > 0, let leftStart = left.baseAddress, let rightStart = right.baseAddress else { return Int32(0) }
                return memcmp(leftStart, rightStart, common)
            }
        }
        return order != 0 ? order < 0 : left.count < right.count
    }
}
