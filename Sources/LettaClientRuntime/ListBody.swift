@_spi(Generated) import LettaCodegenRuntime

/// The body of a list response, read on the byte path: a bare array (`[…]`, what the Letta server's message lists
/// send), or an object holding the array under `items` or `data` (other keys, such as a `has_more`, are skipped).
struct ListBody<Item: JSONModel>: JSONModel {
    var items: [Item]

    init(items: [Item]) {
        self.items = items
    }

    static var fields: FieldTable { listFields }

    init(from decoder: any Decoder) throws { self = try CodableReader.decode(Self.self, from: decoder) }
    func encode(to encoder: any Encoder) throws { try CodableWriter.encode(self, to: encoder) }
    init(reading reader: inout JSONReader) throws { try self.init(readingWith: &reader) }
    init(reading reader: inout CodableReader) throws { try self.init(readingWith: &reader) }
    func write(to writer: inout JSONWriter) { write(with: &writer) }
    func write(to writer: inout CodableWriter) throws { try write(with: &writer) }

    init<Reader: ModelReader>(readingWith reader: inout Reader) throws {
        if try reader.peekKind(expected: [.array, .object]) == .array {
            items = try [Item](readingWith: &reader)
            return
        }
        var found: [Item]?
        var object = try reader.beginObject(Self.fields)
        while let field = try reader.nextField(&object) {
            if field < 2, found == nil {
                found = try [Item](readingWith: &reader)
            } else {
                try reader.skipValue()
            }
        }
        guard let found else { throw reader.missingField(0, in: object) }
        items = found
    }

    /// Written as the bare array.
    func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure) {
        try items.write(with: &writer)
    }
}

/// `items`, then `data`: where list responses wrapped in an object keep their array.
private let listFields: FieldTable = ["items", "data"]
