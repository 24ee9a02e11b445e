#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import LettaUTF8

/// `file#/json/pointer` of a schema: what two references to one schema share, and what tables of schemas are keyed
/// by. Its hash is worked out once, when the key is made: keys are long (the file path comes first), and the
/// translators look one up for every reference they follow.
package struct SchemaKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    package let text: String
    private let textHash: Int

    package init(_ text: String) {
        self.text = text
        textHash = text.hashValue
    }

    package static func == (lhs: SchemaKey, rhs: SchemaKey) -> Bool {
        lhs.textHash == rhs.textHash && lhs.text == rhs.text
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(textHash)
    }

    package static func < (lhs: SchemaKey, rhs: SchemaKey) -> Bool {
        lhs.text < rhs.text
    }

    package var description: String { text }
}

/// A schema with a name: an entry of `components/schemas`, in this file or in a file reached through `$ref`.
package struct NamedSchema: Sendable {
    package var name: String
    package var nameLocation: SourceLocation
    package var schema: Schema
    /// `file#/json/pointer` of the schema: two references to one schema share it.
    package var key: SchemaKey

    package init(name: String, nameLocation: SourceLocation, schema: Schema, key: SchemaKey) {
        self.name = name
        self.nameLocation = nameLocation
        self.schema = schema
        self.key = key
    }
}

/// An OpenAPI document with every `$ref` resolved: the input of validation and translation.
package struct SpecDocument: Sendable {
    /// The root file as the user named it.
    package var path: String
    /// `openapi:` as written, e.g. `3.1.0`.
    package var openAPIVersion: String
    /// `info.title`, when it is a string.
    package var title: String?
    /// `info.version` (the API description's version), when it is a string.
    package var version: String? = nil
    /// Root `components/schemas` in document order, followed by schemas of other files reached through `$ref`.
    package var schemas: [NamedSchema]
    /// Where `components/schemas` is written (the document's start when it has none).
    package var schemasLocation: SourceLocation
    /// Inline schemas under `paths` (parameters, bodies, responses), kept for reachability and validation.
    package var operationSchemas: [Schema]
    /// The operations of `paths`, in document order.
    package var operations: [SpecOperation]
    /// Where `paths` is written (the document's start when it has none).
    package var pathsLocation: SourceLocation
    /// The URLs of `servers`, in order.
    package var servers: [String] = []
    /// Every resolvable `$ref` target by `file#pointer` key.
    var targets: [SchemaKey: NamedSchema]

    /// The named schema a reference points at, or nil when it does not resolve (already diagnosed).
    package func resolve(_ reference: SchemaReference) -> NamedSchema? {
        targets[ReferenceTarget.key(for: reference)]
    }

    /// Follows `$ref` chains to the schema that has content; nil for an unresolvable or cyclic chain.
    package func dereference(_ schema: Schema) -> Schema? {
        var current = schema
        var seen = Set<ObjectIdentifier>()
        while let reference = current.reference, current.isReferenceOnly {
            guard seen.insert(ObjectIdentifier(current)).inserted, let target = resolve(reference) else { return nil }
            current = target.schema
        }
        return current
    }

    /// The root schema named `name`.
    package func schema(named name: String) -> NamedSchema? {
        schemas.first { $0.name == name }
    }
}

extension Schema {
    /// True when the schema only points elsewhere (annotations such as `description` aside).
    package var isReferenceOnly: Bool {
        reference != nil && types == nil && properties.isEmpty && items == nil && oneOf == nil && anyOf == nil
            && allOf == nil && enumValues == nil && constValue == nil
    }
}

/// Splits a `$ref` into file and JSON pointer, relative to the file that contains it.
enum ReferenceTarget {
    /// `dir/other.yaml#/a/b` for a reference written in `dir/this.yaml` as `other.yaml#/a/b`.
    static func key(for reference: SchemaReference) -> SchemaKey {
        reference.key
    }

    static func split(_ reference: SchemaReference) -> (file: String, pointer: String) {
        split(target: reference.target, writtenIn: reference.location.file)
    }

    static func split(target: String, writtenIn referringFile: String) -> (file: String, pointer: String) {
        let hashIndex = target.firstIndex(of: "#")
        let filePart = hashIndex.map { String(target[..<$0]) } ?? target
        let pointer = hashIndex.map { String(target[target.index(after: $0)...]) } ?? ""
        let file = filePart.isEmpty ? referringFile : join(directoryOf: referringFile, filePart)
        return (file, pointer)
    }

    /// Joins a relative path onto the directory of `file`, folding `.` and `..` so keys are canonical.
    static func join(directoryOf file: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalize(relative) }
        var directory = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if file.hasPrefix("/") && directory.isEmpty { directory = "/" }
        return normalize(directory.isEmpty ? relative : directory + "/" + relative)
    }

    static func normalize(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : joined
    }

    /// Decodes a JSON pointer (`/a/b~1c`) into its tokens, or nil when it is not a pointer.
    static func tokens(of pointer: String) -> [String]? {
        if pointer.isEmpty { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { token in
            var decoded = String(token)
            if decoded.utf8.contains(UInt8(ascii: "%")) { decoded = percentDecoded(decoded) ?? decoded }
            guard decoded.utf8.contains(UInt8(ascii: "~")) else { return decoded }
            return unescapedToken(decoded)
        }
    }

    /// `~1` → `/`, then `~0` → `~` (RFC 6901), on bytes: one pass from the left gives what the two replacements give.
    static func unescapedToken(_ token: String) -> String {
        let bytes = Array(token.utf8)
        var unescaped: [UInt8] = []
        unescaped.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "~"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "0") || bytes[index + 1] == UInt8(ascii: "1")
            {
                unescaped.append(bytes[index + 1] == UInt8(ascii: "1") ? UInt8(ascii: "/") : UInt8(ascii: "~"))
                index += 2
            } else {
                unescaped.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: unescaped, as: UTF8.self)
    }

    /// `%XX` escapes replaced by their bytes; nil when an escape is malformed or the bytes are not UTF-8 (as
    /// Foundation's `removingPercentEncoding`).
    static func percentDecoded(_ text: String) -> String? {
        func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        let source = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var index = 0
        while index < source.count {
            if source[index] == UInt8(ascii: "%") {
                guard index + 2 < source.count, let high = hexValue(source[index + 1]), let low = hexValue(source[index + 2])
                else { return nil }
                bytes.append(high << 4 | low)
                index += 3
            } else {
                bytes.append(source[index])
                index += 1
            }
        }
        guard bytes.withUnsafeBufferPointer(UTF8Validation.firstInvalidByte(in:)) == nil else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
