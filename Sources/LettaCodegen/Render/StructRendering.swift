/// Structs: stored properties, constants, unknown keys, memberwise init, the field table, and the one decoding and
/// one encoding body behind every entry point.
extension SwiftRenderer {
    /// The model: constants, properties, unknown keys, the memberwise initializer and the nested types.
    func renderStructModel(_ declaration: Declaration, _ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.documentation(declaration.documentation)
        printer.block("\(accessLevel) struct \(declaration.name.name): \(Self.conformances)") { printer in
            for constant in structure.constants {
                printer.documentation(constant.documentation)
                printer.line("\(accessLevel) static let \(constant.name.escaped) = \(SwiftLiteral.string(constant.value))")
                printer.line()
            }
            for property in structure.properties {
                printer.documentation(property.documentation)
                if let deprecation = property.deprecation {
                    printer.line(availability(deprecation))
                    printer.block("\(accessLevel) var \(property.name.escaped): \(property.type.sourceText)") { printer in
                        printer.line("get { \(property.storage.escaped) }")
                        printer.line("set { \(property.storage.escaped) = newValue }")
                    }
                    printer.line("var \(property.storage.escaped): \(property.type.sourceText)")
                } else {
                    printer.line("\(accessLevel) var \(property.storage.escaped): \(property.type.sourceText)")
                }
                printer.line()
            }
            printer.documentation(["Keys the API description does not list, kept so they are written back unchanged."])
            printer.line("\(accessLevel) var additionalProperties: [String: JSONValue]")
            printer.line()
            renderMemberwiseInit(structure, into: &printer)
            renderNestedModels(declaration.nested, into: &printer)
        }
    }

    /// The support: the field table, the entry points, the one decoding and one encoding body, equality.
    func renderStructSupport(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.documentation(["The wire names, constants first: what both readers match keys against and both writers write in order."])
        printer.line("static let fields: FieldTable = \(SwiftLiteral.stringArray(structure.fieldNames))")
        printer.line()
        renderEntryPoints(into: &printer)
        printer.line()
        renderStructDecodingBody(structure, into: &printer)
        printer.line()
        renderStructEncodingBody(structure, into: &printer)
        printer.line()
        renderStructEquality(structure, into: &printer)
    }

    private func renderMemberwiseInit(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.line("\(accessLevel) init(")
        printer.indented { printer in
            for property in structure.properties {
                let parameter =
                    property.name.parameter == property.name.escaped
                    ? property.name.plain : property.name.plain + " " + property.name.parameter
                printer.line("\(parameter): \(property.type.sourceText)\(property.type.isOptional ? " = nil," : ",")")
            }
            printer.line("additionalProperties: [String: JSONValue] = [:]")
        }
        printer.block(")") { printer in
            for property in structure.properties {
                printer.line("self.\(property.storage.escaped) = \(property.name.parameter)")
            }
            printer.line("self.additionalProperties = additionalProperties")
        }
    }

    /// The one decoding body. Optional properties are assigned as they are read; required ones go through locals
    /// named `_` + the property's name, checked at the end. The other locals are `object_` and `field_`: property
    /// names never start or end with `_`, so no spec makes them collide.
    private func renderStructDecodingBody(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("init<Reader: ModelReader>(readingWith reader: inout Reader) throws") { printer in
            let required = structure.properties.filter { !$0.type.isOptional }
            for property in required {
                printer.line("var _\(property.name.plain): \(property.type.sourceText)?")
            }
            printer.line("self.additionalProperties = [:]")
            printer.line("var object_ = try reader.beginObject(Self.fields)")
            printer.block("while let field_ = try reader.nextField(&object_)") { printer in
                printer.line("switch field_ {")
                for member in structure.fieldOrder {
                    switch member {
                    case .constant(let index):
                        let constant = structure.constants[index]
                        printer.line(
                            "case \(constant.fieldIndex): try reader.readConstant(Self.\(constant.name.escaped), aliases: \(SwiftLiteral.stringArray(constant.acceptedAliases)))"
                        )
                    case .property(let index):
                        let property = structure.properties[index]
                        let target = property.type.isOptional ? "self.\(property.storage.escaped)" : "_\(property.name.plain)"
                        printer.line("case \(property.fieldIndex): \(target) = try \(readExpression(property.type))")
                    }
                }
                printer.line("default: try reader.readUnknownField(&object_, into: &self.additionalProperties)")
                printer.line("}")
            }
            for property in required {
                printer.line(
                    "self.\(property.storage.escaped) = try reader.require(_\(property.name.plain), \(property.fieldIndex), in: object_)")
            }
        }
    }

    /// The one encoding body: fields in declaration order, then unknown keys sorted.
    private func renderStructEncodingBody(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure)") { printer in
            printer.line("var object_ = try writer.beginObject(Self.fields)")
            for member in structure.fieldOrder {
                switch member {
                case .constant(let index):
                    let constant = structure.constants[index]
                    printer.line("try \(writeFieldStatement("Self.\(constant.name.escaped)", .string, field: constant.fieldIndex))")
                case .property(let index):
                    let property = structure.properties[index]
                    // `self.`: a property may be called `writer`.
                    if case .optional(let wrapped) = property.type {
                        printer.line(
                            "if let value = self.\(property.storage.escaped) { try \(writeFieldStatement("value", wrapped, field: property.fieldIndex)) }"
                        )
                    } else {
                        printer.line(
                            "try \(writeFieldStatement("self.\(property.storage.escaped)", property.type, field: property.fieldIndex))")
                    }
                }
            }
            printer.line("try writer.writeUnknownFields(self.additionalProperties, &object_, excluding: Self.fields)")
            printer.line("try writer.endObject(&object_)")
        }
    }

    /// `==` as one `guard` per property through `equalValues`: the synthesized `==` was half of the type-checking
    /// time of the whole upstream document's models. `hash(into:)` stays synthesized.
    func renderStructEquality(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) static func == (lhs: Self, rhs: Self) -> Bool") { printer in
            for property in structure.properties {
                let storage = property.storage.escaped
                printer.line("guard equalValues(lhs.\(storage), rhs.\(storage)) else { return false }")
            }
            printer.line("return equalValues(lhs.additionalProperties, rhs.additionalProperties)")
        }
    }
}
