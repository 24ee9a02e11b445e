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
                var cases: [(Int, CodeLine)] = structure.constants.map { constant in
                    (constant.fieldIndex, "try reader.readConstant(Self.\(SwiftNames.escapedMember(constant.swiftName)), aliases: \(literals: constant.acceptedAliases))")
                }
                cases += structure.properties.map { property in
                    let target: CodeLine = property.type.isOptional ? "self.\(property.storageName)" : "_\(property.swiftName)"
                    return (property.fieldIndex, "\(target) = try \(readExpression(property.type))")
                }
                // Sorted through their indices: a line is too large a value to move around.
                for position in cases.indices.sorted(by: { cases[$0].0 < cases[$1].0 }) {
                    printer.line("case \(cases[position].0): \(cases[position].1)")
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
            var lines: [(Int, CodeLine)] = structure.constants.map { constant in
                (constant.fieldIndex, "try \(writeFieldStatement("Self." + SwiftNames.escapedMember(constant.swiftName), .string, field: constant.fieldIndex))")
            }
            lines += structure.properties.map { property in
                // `self.`: a property may be called `writer`.
                let storage = "self." + property.storageName
                if case .optional(let wrapped) = property.type {
                    return (property.fieldIndex, "if let value = \(storage) { try \(writeFieldStatement("value", wrapped, field: property.fieldIndex)) }")
                }
                return (property.fieldIndex, "try \(writeFieldStatement(storage, property.type, field: property.fieldIndex))")
            }
            for position in lines.indices.sorted(by: { lines[$0].0 < lines[$1].0 }) { printer.line(lines[position].1) }
            printer.line("try writer.writeUnknownFields(self.additionalProperties, &object_, excluding: Self.fields)")
            printer.line("try writer.endObject(&object_)")
        }
    }

    /// `==` as one `guard` per property through `equalValues` (see there): the synthesized `==` was half of the
    /// type-checking time of the whole upstream document's models. `hash(into:)` stays synthesized.
    func renderStructEquality(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) static func == (lhs: \(structure.name), rhs: \(structure.name)) -> Bool") { printer in
            for property in structure.properties {
                let storage = property.storageName
                printer.line("guard equalValues(lhs.\(storage), rhs.\(storage)) else { return false }")
            }
            printer.line("return equalValues(lhs.additionalProperties, rhs.additionalProperties)")
        }
    }
}
