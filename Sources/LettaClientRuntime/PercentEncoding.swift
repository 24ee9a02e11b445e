/// Percent-encoding (RFC 3986) of path segments and query components, on UTF-8 bytes.
///
/// Foundation's `addingPercentEncoding` keeps characters that a query or a path gives meaning to (`&`, `=`, `+`,
/// `/`), so a value holding them would be read back as something else; these sets keep only what is safe.
enum PercentEncoding {
    /// What a path segment may hold as is (RFC 3986 `pchar`): unreserved characters, sub-delimiters, `:` and `@`.
    static let pathSegment = ByteSet(unreserved: true, extra: "!$&'()*+,;=:@")
    /// What a query name or value may hold as is: unreserved characters only, so `&`, `=`, `+` and `;` inside a value
    /// stay data to any server.
    static let queryComponent = ByteSet(unreserved: true, extra: "")

    /// A set of ASCII bytes, as 128 flags.
    struct ByteSet {
        private var flags = [Bool](repeating: false, count: 128)

        init(unreserved: Bool, extra: String) {
            if unreserved {
                for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { flags[Int(byte)] = true }
                for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { flags[Int(byte)] = true }
                for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { flags[Int(byte)] = true }
                for byte in "-._~".utf8 { flags[Int(byte)] = true }
            }
            for byte in extra.utf8 { flags[Int(byte)] = true }
        }

        func contains(_ byte: UInt8) -> Bool { byte < 128 && flags[Int(byte)] }
    }

    /// `text` with every byte outside `kept` written as `%XX` (uppercase hex).
    static func encode(_ text: String, keeping kept: ByteSet) -> String {
        let utf8 = text.utf8
        if utf8.allSatisfy(kept.contains) { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        encoded.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if kept.contains(byte) {
                encoded.append(byte)
            } else {
                encoded += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// `name=value&name=value…`, each part encoded.
    static func query(_ items: [(name: String, value: String)]) -> String {
        items.map { encode($0.name, keeping: queryComponent) + "=" + encode($0.value, keeping: queryComponent) }
            .joined(separator: "&")
    }
}
