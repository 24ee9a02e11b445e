/// The second encoding path: `write(to: inout JSONWriter)` for every struct, union and open enum, appending JSON
/// bytes directly. Same output as `encode(to:)` up to key order; the generated suite decodes it back on every
/// fixture and compares.
extension SwiftRenderer {
    /// The statement that writes `value` (an expression of `type`, not optional).
    func fastWriteStatement(_ value: String, _ type: SwiftType) -> String {
        switch type {
        case .string: "writer.writeString(\(value))"
        case .int: "writer.writeInt(\(value))"
        case .double: "writer.writeDouble(\(value))"
        case .bool: "writer.writeBool(\(value))"
        case .date: "writer.writeDate(\(value))"
        case .jsonValue, .named, .array, .dictionary, .nullable, .optional: "\(value).write(to: &writer)"
        }
    }

    func renderStructFastEncoding(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.documentation(["Appends the object's JSON (see `JSONWriter`)."])
        printer.block("\(accessLevel) func write(to writer: inout JSONWriter)") { printer in
            printer.line("writer.beginObject()")
            for constant in structure.constants {
                printer.line("writer.writeKey(\(SwiftLiteral.string(constant.wireName)))")
                printer.line("writer.writeString(Self.\(SwiftNames.escapedMember(constant.swiftName)))")
            }
            for property in structure.properties {
                let key = SwiftLiteral.string(property.wireName)
                // `self.`: a property may be called `writer`.
                let storage = "self." + storageName(property)
                if case .optional(let wrapped) = property.type {
                    printer.block("if let value = \(storage)") { printer in
                        printer.line("writer.writeKey(\(key))")
                        printer.line(fastWriteStatement("value", wrapped))
                    }
                } else {
                    printer.line("writer.writeKey(\(key))")
                    printer.line(fastWriteStatement(storage, property.type))
                }
            }
            printer.line("writer.writeAdditionalProperties(self.additionalProperties, excluding: Self.knownKeys)")
            printer.line("writer.endObject()")
        }
    }

    func renderUnionFastEncoding(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) func write(to writer: inout JSONWriter)") { printer in
            printer.line("switch self {")
            for unionCase in union.cases {
                printer.line("case .\(SwiftNames.escapedMember(unionCase.swiftName))(let value):")
                printer.indented { printer in printer.line(fastWriteStatement("value", unionCase.payload)) }
            }
            if case .discriminator = union.selection {
                printer.line("case .unknown(let value):")
                printer.indented { printer in printer.line("value.write(to: &writer)") }
            }
            printer.line("}")
        }
    }

    func renderOpenEnumFastEncoding(_ openEnum: OpenEnumDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) func write(to writer: inout JSONWriter)") { printer in
            printer.line("writer.writeString(rawValue)")
        }
    }
}
