/// Structs: stored properties, constants, unknown keys, memberwise init, the field table, and the one decoding and
/// one encoding body behind every entry point.
extension SwiftRenderer {
    func renderStruct(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.documentation(structure.documentation)
        printer.block("\(accessLevel) struct \(structure.name): \(Self.conformances)") { printer in
            for constant in structure.constants {
                var lines = constant.documentation
                if !lines.isEmpty { lines.append("") }
                lines.append("Always `\(constant.value)` on the wire for this type; written on encode, checked on decode.")
                printer.documentation(lines)
                printer.line("\(accessLevel) static let \(SwiftNames.escapedMember(constant.swiftName)) = \(literal: constant.value)")
                printer.line()
            }
            for property in structure.properties {
                printer.documentation(property.documentation)
                if let deprecation = property.deprecation {
                    printer.line(availability(deprecation))
                    printer.block("\(accessLevel) var \(SwiftNames.escapedMember(property.swiftName)): \(type: property.type)") { printer in
                        printer.line("get { \(property.storageName) }")
                        printer.line("set { \(property.storageName) = newValue }")
                    }
                    printer.line("var \(property.storageName): \(type: property.type)")
                } else {
                    printer.line("\(accessLevel) var \(property.storageName): \(type: property.type)")
                }
                printer.line()
            }
            printer.documentation(["Keys the API description does not list, kept so they are written back unchanged."])
            printer.line("\(accessLevel) var additionalProperties: [String: JSONValue]")
            printer.line()
            renderMemberwiseInit(structure, into: &printer)
            printer.line()
            printer.documentation(["The wire names in declaration order: what both readers match keys against."])
            printer.line("static let fields: FieldTable = \(literals: structure.fieldNames)")
            printer.line()
            renderEntryPoints(into: &printer)
            printer.line()
            renderStructDecodingBody(structure, into: &printer)
            printer.line()
            renderStructEncodingBody(structure, into: &printer)
            printer.line()
            renderStructEquality(structure, into: &printer)
            renderNested(structure.nested, into: &printer)
        }
    }

    private func renderMemberwiseInit(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.line("\(accessLevel) init(")
        printer.indented { printer in
            for property in structure.properties {
                printer.line("\(property.swiftName): \(type: property.type)\(property.type.isOptional ? " = nil," : ",")")
            }
            printer.line("additionalProperties: [String: JSONValue] = [:]")
        }
        printer.block(")") { printer in
            for property in structure.properties {
                printer.line("self.\(property.storageName) = \(SwiftNames.escapedMember(property.swiftName))")
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
                printer.line("var _\(property.swiftName): \(type: property.type)?")
            }
            printer.line("self.additionalProperties = [:]")
            printer.line("var object_ = try reader.beginObject(Self.fields)")
            printer.block("while let field_ = try reader.nextField(&object_)") { printer in
                printer.line("switch field_ {")
                for member in Self.fieldOrder(structure) {
                    switch member {
                    case .constant(let index):
                        let constant = structure.constants[index]
                        printer.line("case \(constant.fieldIndex): try reader.readConstant(Self.\(SwiftNames.escapedMember(constant.swiftName)), aliases: \(literals: constant.acceptedAliases))")
                    case .property(let index):
                        let property = structure.properties[index]
                        if property.type.isOptional {
                            printer.line("case \(property.fieldIndex): self.\(property.storageName) = try \(readExpression(property.type))")
                        } else {
                            printer.line("case \(property.fieldIndex): _\(property.swiftName) = try \(readExpression(property.type))")
                        }
                    }
                }
                printer.line("default: try reader.readUnknownField(&object_, into: &self.additionalProperties)")
                printer.line("}")
            }
            for property in required {
                printer.line("self.\(property.storageName) = try reader.require(_\(property.swiftName), \(property.fieldIndex), in: object_)")
            }
        }
    }

    /// The one encoding body: fields in declaration order, then unknown keys sorted.
    private func renderStructEncodingBody(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure)") { printer in
            printer.line("var object_ = try writer.beginObject(Self.fields)")
            for member in Self.fieldOrder(structure) {
                switch member {
                case .constant(let index):
                    let constant = structure.constants[index]
                    let value: CodeLine = "Self.\(SwiftNames.escapedMember(constant.swiftName))"
                    printer.line("try \(writeFieldStatement(value, .string, field: constant.fieldIndex))")
                case .property(let index):
                    let property = structure.properties[index]
                    // `self.`: a property may be called `writer`.
                    if case .optional(let wrapped) = property.type {
                        printer.line("if let value = self.\(property.storageName) { try \(writeFieldStatement("value", wrapped, field: property.fieldIndex)) }")
                    } else {
                        let value: CodeLine = "self.\(property.storageName)"
                        printer.line("try \(writeFieldStatement(value, property.type, field: property.fieldIndex))")
                    }
                }
            }
            printer.line("try writer.writeUnknownFields(self.additionalProperties, &object_, excluding: Self.fields)")
            printer.line("try writer.endObject(&object_)")
        }
    }

    /// A struct's constants and properties, in the order of their fields.
    enum Member {
        case constant(Int)
        case property(Int)
    }

    /// The constants and properties by field index: the order both bodies read and write them in.
    static func fieldOrder(_ structure: StructDeclaration) -> [Member] {
        // Without constants (most structs), the properties are the fields, in order.
        if structure.constants.isEmpty { return structure.properties.indices.map { .property($0) } }
        var order: [(field: Int, member: Member)] = []
        order.reserveCapacity(structure.constants.count + structure.properties.count)
        for (index, constant) in structure.constants.enumerated() { order.append((constant.fieldIndex, .constant(index))) }
        for index in structure.properties.indices { order.append((structure.properties[index].fieldIndex, .property(index))) }
        order.sort { $0.field < $1.field }
        return order.map(\.member)
    }

    /// `==` as one `guard` per property through `equalValues` (see there): the synthesized `==` was half of the
    /// type-checking time of the whole upstream document's models. `hash(into:)` stays synthesized.
    func renderStructEquality(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) static func == (lhs: \(structure.name), rhs: \(structure.name)) -> Bool") { printer in
            for index in structure.properties.indices {
                let storage = structure.properties[index].storageName
                printer.line("guard equalValues(lhs.\(storage), rhs.\(storage)) else { return false }")
            }
            printer.line("return equalValues(lhs.additionalProperties, rhs.additionalProperties)")
        }
    }
}
