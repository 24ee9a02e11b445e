/// A tiny fixed-seed PRNG (Steele, Lea & Flood's SplitMix64), so the benchmark page is the same bytes on every
/// machine and Swift version. Deliberately not a `RandomNumberGenerator`: the standard library's `random(in:using:)`
/// algorithms are an implementation detail that may change, and every draw here must stay put.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value in `range` (closed), by multiply-shift: the bias is below 2^-32 for the small ranges used here.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        let scaled = next().multipliedFullWidth(by: width).high
        return range.lowerBound + Int(scaled)
    }

    /// True with probability `percent`/100.
    mutating func chance(_ percent: Int) -> Bool {
        int(in: 0...99) < percent
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[int(in: 0...(elements.count - 1))]
    }

    /// Lowercase hexadecimal digits.
    mutating func hex(count: Int) -> String {
        string(count: count, from: Self.hexDigits)
    }

    /// Letters and digits, as in provider tool call ids (`call_…`, `toolu_…`).
    mutating func alphanumeric(count: Int) -> String {
        string(count: count, from: Self.alphanumerics)
    }

    /// Base64 alphabet without padding, as in reasoning signatures and redacted reasoning blobs.
    mutating func base64(count: Int) -> String {
        string(count: count, from: Self.base64Alphabet)
    }

    /// A version 4 UUID in canonical lowercase form, drawn from this generator (never `UUID()`).
    mutating func uuid() -> String {
        var digits = Array(hex(count: 32).utf8)
        digits[12] = UInt8(ascii: "4")
        digits[16] = Self.hexDigits[8 + int(in: 0...3)]  // variant 10xx: 8, 9, a or b
        for position in [20, 16, 12, 8] {
            digits.insert(UInt8(ascii: "-"), at: position)
        }
        return String(decoding: digits, as: UTF8.self)
    }

    private mutating func string(count: Int, from alphabet: [UInt8]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        for _ in 0..<count {
            bytes.append(alphabet[Int(next() % UInt64(alphabet.count))])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
    private static let alphanumerics = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)
    private static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
}
