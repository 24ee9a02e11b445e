/// Structs: stored properties, constants, unknown keys, memberwise init, the field table, and the one decoding and
/// one encoding body behind every entry point.
extension SwiftRenderer {
    /// The model: constants, unknown keys, properties and the nested types; the public initializer follows in an
    /// extension (`renderStructInitializer`), except for a struct whose only stored property is its unknown keys.
    ///
    /// The unknown keys are stored first so that the compiler's memberwise initializer, which takes the stored
    /// properties in their order, differs from the public one, which takes them last; both then exist. Decoding and
    /// the public initializer make the value with that memberwise initializer: a written-out initializer that
    /// assigns the properties one by one makes the optimizer copy a struct of more than a few words once more at its
    /// end (a retain and a release per property) instead of moving it.
    func renderStructModel(_ declaration: Declaration, _ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.documentation(declaration.documentation)
        printer.block("\(accessLevel) struct \(declaration.name.name): \(Self.conformances)") { printer in
            for constant in structure.constants {
                printer.documentation(constant.documentation)
                printer.line("\(accessLevel) static let \(constant.name.escaped) = \(SwiftLiteral.string(constant.value))")
                printer.line()
            }
            printer.documentation(["Keys the API description does not list, kept so they are written back unchanged."])
            printer.line("\(accessLevel) var additionalProperties: [String: JSONValue]")
            for property in structure.properties {
                printer.line()
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
            }
            if structure.properties.isEmpty {
                printer.line()
                renderPublicInit(structure, into: &printer)
            }
            renderNestedModels(declaration.nested, into: &printer)
        }
    }

    /// The public initializer of a struct with properties, in an extension of its own below the model (so that the
    /// memberwise initializer the compiler makes is kept; see `renderStructModel`).
    func renderStructInitializer(_ structure: StructDeclaration, path: String, into printer: inout CodePrinter) {
        guard !structure.properties.isEmpty else { return }
        printer.line()
        printer.block("extension \(path)") { printer in
            renderPublicInit(structure, into: &printer)
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

    /// `init(p1:…, additionalProperties:)`: every property, optional ones defaulting to nil, then the unknown keys;
    /// the value made by the compiler's memberwise initializer when there are properties.
    private func renderPublicInit(_ structure: StructDeclaration, into printer: inout CodePrinter) {
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
            guard !structure.properties.isEmpty else {
                printer.line("self.additionalProperties = additionalProperties")
                return
            }
            renderMemberwiseCall(structure, additionalProperties: "additionalProperties", into: &printer) { property in
                property.name.parameter
            }
        }
    }

    /// `self.init(additionalProperties: …, storage: …)`: the compiler's memberwise initializer (stored properties in
    /// their order), each property's argument given by `value`.
    private func renderMemberwiseCall(
        _ structure: StructDeclaration, additionalProperties: String, into printer: inout CodePrinter,
        _ value: (PropertyDeclaration) -> String
    ) {
        printer.line("self.init(")
        printer.indented { printer in
            printer.line("additionalProperties: \(additionalProperties)\(structure.properties.isEmpty ? "" : ",")")
            for (index, property) in structure.properties.enumerated() {
                let separator = index == structure.properties.count - 1 ? "" : ","
                printer.line("\(property.storage.plain): \(value(property))\(separator)")
            }
        }
        printer.line(")")
    }

    /// The one decoding body. Every property is read into a local named `_` + the property's name (required ones
    /// are checked at the end), unknown keys into `additionalProperties_`, and the value is made at once by the
    /// memberwise initializer (see `renderStructModel`). The other locals are `object_` and `field_`: property names
    /// never start or end with `_`, so no spec makes them collide.
    ///
    /// The reading sits in `do { … } catch { throw error }`, declared after the locals: every `try` inside then
    /// leaves through the one `catch`, where the locals are destroyed once. Without it each `try` gets its own copy
    /// of that cleanup — code that grows with properties × `try`s (half of a 45-property reader in a debug build);
    /// optimized builds remove the rethrow.
    private func renderStructDecodingBody(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("init<Reader: ModelReader>(readingWith reader: inout Reader) throws") { printer in
            for property in structure.properties {
                let type = property.type.isOptional ? property.type.sourceText : property.type.sourceText + "?"
                printer.line("var _\(property.name.plain): \(type)")
            }
            printer.line("var additionalProperties_: [String: JSONValue] = [:]")
            printer.line("do {")
            printer.indented { printer in
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
                            printer.line("case \(property.fieldIndex): _\(property.name.plain) = try \(readExpression(property.type))")
                        }
                    }
                    printer.line("default: try reader.readUnknownField(&object_, into: &additionalProperties_)")
                    printer.line("}")
                }
                renderMemberwiseCall(structure, additionalProperties: "additionalProperties_", into: &printer) { property in
                    property.type.isOptional
                        ? "_\(property.name.plain)" : "try reader.require(_\(property.name.plain), \(property.fieldIndex), in: object_)"
                }
            }
            printer.line("} catch { throw error }")
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
