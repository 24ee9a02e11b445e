/// Sixteen bytes compared at once, for the scans that look for a few byte values (the string scan, the writer's
/// escape scan, the event-stream parser's line ends).
enum ByteVectors {
    /// The index of the lowest set lane of a 16-byte comparison (each lane is all ones or all zeros, so the index is
    /// exact), or nil when none is set. The lanes are read as two words: the standard library's `any` reduces lane by
    /// lane. Comparisons need typed operands (`SIMD16<UInt8>(repeating:)`): an inferred `SIMD16(repeating:)` picks the
    /// generic, lane-by-lane operator.
    @inline(__always)
    static func lowestSetLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Int? {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        if words.x != 0 { return words.x.trailingZeroBitCount >> 3 }
        if words.y != 0 { return 8 + words.y.trailingZeroBitCount >> 3 }
        return nil
    }
}
