/// What every generated type has for coding: the six one-line entry points and the expressions its one decoding
/// body and one encoding body use per Swift type. The bodies themselves are printed by each construct's renderer.
extension SwiftRenderer {
    /// The conformances every generated type declares with its model (`JSONModel` comes with its support).
    static let conformances = "Codable, Hashable, Sendable"

    /// `init(from:)`, `encode(to:)` and the byte-level and Codable entry points, each one line into the bodies.
    func renderEntryPoints(into printer: inout CodePrinter) {
        let spi = accessLevel == "public" ? "@_spi(Generated) " : ""
        printer.line("\(accessLevel) init(from decoder: any Decoder) throws { self = try CodableReader.decode(Self.self, from: decoder) }")
        printer.line("\(accessLevel) func encode(to encoder: any Encoder) throws { try CodableWriter.encode(self, to: encoder) }")
        printer.line("\(spi)\(accessLevel) init(reading reader: inout JSONReader) throws { try self.init(readingWith: &reader) }")
        printer.line("\(spi)\(accessLevel) init(reading reader: inout CodableReader) throws { try self.init(readingWith: &reader) }")
        printer.line("\(spi)\(accessLevel) func write(to writer: inout JSONWriter) { write(with: &writer) }")
        printer.line("\(spi)\(accessLevel) func write(to writer: inout CodableWriter) throws { try write(with: &writer) }")
    }

    /// True when the type is declared in another module than the one being printed (see `ownTopLevelTypes`).
    func isInAnotherModule(_ name: TypeName) -> Bool {
        guard let ownTopLevelTypes, let root = name.components.first else { return false }
        return !ownTopLevelTypes.contains(root)
    }

    /// The expression (without `try`) that reads a value of `type` at the reader's position.
    func readExpression(_ type: SwiftType) -> String {
        if case .named(let name) = type, isInAnotherModule(name) { return "reader.readModel(\(name.reference).self)" }
        return switch type {
        case .string: "reader.readString()"
        case .int: "reader.readInt()"
        case .double: "reader.readDouble()"
        case .bool: "reader.readBool()"
        case .date: "reader.readDate()"
        case .jsonValue: "JSONValue(readingWith: &reader)"
        case .named, .array, .dictionary: "\(type.sourceText)(readingWith: &reader)"
        case .nullable(let wrapped), .optional(.nullable(let wrapped)): "reader.readNull() ? .null : .value(\(readExpression(wrapped)))"
        case .optional(.string): "reader.readStringOrNull()"
        case .optional(.int): "reader.readIntOrNull()"
        case .optional(.double): "reader.readDoubleOrNull()"
        case .optional(.bool): "reader.readBoolOrNull()"
        case .optional(.date): "reader.readDateOrNull()"
        case .optional(let wrapped): "reader.readNull() ? nil : \(readExpression(wrapped))"
        }
    }

    /// The statement (without `try`) that writes `value`, an expression of `type` (not optional), as field `index`
    /// of the object being written.
    func writeFieldStatement(_ value: String, _ type: SwiftType, field index: Int) -> String {
        switch type {
        case .string: "writer.writeString(\(value), at: \(index), &object_)"
        case .int: "writer.writeInt(\(value), at: \(index), &object_)"
        case .double: "writer.writeDouble(\(value), at: \(index), &object_)"
        case .bool: "writer.writeBool(\(value), at: \(index), &object_)"
        case .date: "writer.writeDate(\(value), at: \(index), &object_)"
        case .jsonValue, .named, .array, .dictionary, .nullable, .optional: "writer.writeModel(\(value), at: \(index), &object_)"
        }
    }

    /// The statement (without `try`) that writes `value`, an expression of `type` (not optional).
    func writeStatement(_ value: String, _ type: SwiftType) -> String {
        if case .named(let name) = type, isInAnotherModule(name) { return "writer.writeModel(\(value))" }
        return switch type {
        case .string: "writer.writeString(\(value))"
        case .int: "writer.writeInt(\(value))"
        case .double: "writer.writeDouble(\(value))"
        case .bool: "writer.writeBool(\(value))"
        case .date: "writer.writeDate(\(value))"
        case .jsonValue, .named, .array, .dictionary, .nullable, .optional: "\(value).write(with: &writer)"
        }
    }
}
