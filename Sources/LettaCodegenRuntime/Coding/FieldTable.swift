import Foundation

/// The wire names of a generated type's fields, in declaration order: what both readers match keys against and
/// both writers write.
///
/// A field is identified by its index here. The byte reader matches a key's UTF-8 bytes against the table without
/// making a `String` (bucketed by length, then compared byte for byte); the Codable reader looks names up in a
/// dictionary. The byte writer copies each key's pre-escaped `"name":` bytes.
@_spi(Generated) public final class FieldTable: Sendable, ExpressibleByArrayLiteral {
    /// The wire names, in declaration order.
    public let names: [String]
    /// Every name's UTF-8, one after the other; `offsets[i]..<offsets[i + 1]` is name `i`.
    let utf8: [UInt8]
    let offsets: [Int]
    /// Indices of the names of each byte length (index = length), for matching without hashing.
    let indicesByLength: [[Int]]
    let indexByName: [String: Int]
    /// `"name":` ready to append, per field (names are escaped as JSON strings).
    let quotedKeys: [[UInt8]]
    /// The names as `JSONDecoder.KeyDecodingStrategy.convertFromSnakeCase` would present them (only names that it
    /// changes), to recognise that misuse instead of silently treating every key as unknown.
    let convertedNames: Set<String>

    /// The field index a reader returns for a key the table does not hold.
    public static let unknownField = -1

    public init(_ names: [String]) {
        self.names = names
        var utf8: [UInt8] = []
        var offsets = [0]
        var byLength: [[Int]] = []
        var indexByName: [String: Int] = [:]
        var quoted: [[UInt8]] = []
        var converted = Set<String>()
        for (index, name) in names.enumerated() {
            utf8.append(contentsOf: name.utf8)
            offsets.append(utf8.count)
            let length = name.utf8.count
            if byLength.count <= length { byLength.append(contentsOf: repeatElement([], count: length + 1 - byLength.count)) }
            byLength[length].append(index)
            if indexByName[name] == nil { indexByName[name] = index }
            var key: [UInt8] = []
            JSONWriter.appendQuoted(name, to: &key)
            key.append(UInt8(ascii: ":"))
            quoted.append(key)
            let camel = Self.convertedFromSnakeCase(name)
            if camel != name { converted.insert(camel) }
        }
        self.utf8 = utf8
        self.offsets = offsets
        self.indicesByLength = byLength
        self.indexByName = indexByName
        self.quotedKeys = quoted
        self.convertedNames = converted
    }

    public convenience init(arrayLiteral names: String...) {
        self.init(names)
    }

    /// A table without fields (free-form objects: every key is unknown).
    public static let empty = FieldTable([])

    public var count: Int { names.count }

    /// The field whose name is exactly these (unescaped) bytes.
    func index(ofKey key: UnsafeBufferPointer<UInt8>) -> Int? {
        index(ofKeyBytes: key)
    }

    @usableFromInline
    func index(ofKeyBytes key: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = key.count
        guard length < indicesByLength.count else { return nil }
        for candidate in indicesByLength[length] {
            let start = offsets[candidate]
            let matches = utf8.withUnsafeBufferPointer { table in
                length == 0 || memcmp(table.baseAddress! + start, key.baseAddress!, length) == 0
            }
            if matches { return candidate }
        }
        return nil
    }

    /// The field called `name`.
    public func index(of name: String) -> Int? {
        indexByName[name]
    }

    /// True when `key` is one of the names as a snake-case-converting decoder shows them.
    func isConvertedName(_ key: String) -> Bool {
        !convertedNames.isEmpty && convertedNames.contains(key)
    }

    /// `JSONDecoder`'s `convertFromSnakeCase`: `tool_call_id` → `toolCallId` (leading/trailing underscores kept).
    static func convertedFromSnakeCase(_ key: String) -> String {
        guard key.contains("_") else { return key }
        let characters = Array(key)
        guard let first = characters.firstIndex(where: { $0 != "_" }) else { return key }
        var last = characters.count - 1
        while last > first, characters[last] == "_" { last -= 1 }
        let words = String(characters[first...last]).split(separator: "_", omittingEmptySubsequences: true)
        guard let head = words.first else { return key }
        let joined = String(head) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
        return String(characters[..<first]) + joined + String(characters[(last + 1)...])
    }
}
