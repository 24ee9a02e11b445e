/// JSON pointers (RFC 6901): how the parser records where each schema is written, and how a `$ref` names one.
enum JSONPointer {
    /// A reference token: `~` → `~0`, `/` → `~1`, byte by byte (a `~` followed by a combining mark is one
    /// `Character`, which a replacement of `Character`s would skip).
    static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        var escaped: [UInt8] = []
        for byte in token.utf8 {
            switch byte {
            case UInt8(ascii: "~"): escaped += [UInt8(ascii: "~"), UInt8(ascii: "0")]
            case UInt8(ascii: "/"): escaped += [UInt8(ascii: "~"), UInt8(ascii: "1")]
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }
}
