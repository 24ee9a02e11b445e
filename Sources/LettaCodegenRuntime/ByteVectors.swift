/// Sixteen bytes compared at once, for the scans that look for a few byte values (the string scan, the writer's
/// escape scan, the event-stream parser's line ends), and the comparisons the string scans share.
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

    /// The lanes of a string's bytes that end a verbatim run: a quote, a backslash or a control byte (what JSON
    /// escapes). Bytes beyond ASCII are not flagged.
    @inline(__always)
    static func quotesBackslashesOrControls(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (block .== SIMD16<UInt8>(repeating: UInt8(ascii: "\""))) .| (block .== SIMD16<UInt8>(repeating: UInt8(ascii: "\\")))
            .| (block .< SIMD16<UInt8>(repeating: 0x20))
    }

    /// The lanes of a string's bytes that are not plain: those `quotesBackslashesOrControls` flags and bytes beyond
    /// ASCII. As signed bytes, those beyond ASCII are negative: one signed compare flags them and control bytes.
    @inline(__always)
    static func notPlain(_ block: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (block .== SIMD16<UInt8>(repeating: UInt8(ascii: "\""))) .| (block .== SIMD16<UInt8>(repeating: UInt8(ascii: "\\")))
            .| (unsafeBitCast(block, to: SIMD16<Int8>.self) .< SIMD16<Int8>(repeating: 0x20))
    }
}
