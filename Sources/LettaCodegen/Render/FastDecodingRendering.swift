/// The second decoding path: `init(reading: inout JSONReader)` for every struct, union and open enum, reading the
/// JSON bytes once (no Codable dispatch). It mirrors the Codable path rule for rule, including coding paths in
/// errors; the generated round-trip suite checks that both give the same value on every fixture.
extension SwiftRenderer {
    /// The expression (without `try`) that reads a value of `type` from `reader`.
    func fastReadExpression(_ type: SwiftType) -> String {
        switch type {
        case .string: "reader.readString()"
        case .int: "reader.readInt()"
        case .double: "reader.readDouble()"
        case .bool: "reader.readBool()"
        case .date: "reader.readDate()"
        case .jsonValue: "reader.readJSONValue()"
        case .named, .array, .dictionary, .nullable: "\(typeText(type))(reading: &reader)"
        case .optional(.nullable(let wrapped)): "Nullable<\(typeText(wrapped))>(reading: &reader)"
        case .optional(let wrapped): "reader.readNullIfPresent() ? nil : \(fastReadExpression(wrapped))"
        }
    }

    /// Locals are `_` + the property's Swift name and the loop variable is `key_`: property names never start or
    /// end with `_`, so no spec can make them collide (or shadow `reader`).
    func renderStructFastDecoding(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.documentation(["Reads the object from JSON bytes in one pass (see `JSONReader`)."])
        printer.block("\(accessLevel) init(reading reader: inout JSONReader) throws") { printer in
            for property in structure.properties {
                let type = property.type.isOptional ? property.type : .optional(property.type)
                printer.line("var _\(property.swiftName): \(typeText(type)) = nil")
            }
            printer.line("var unknownKeys_: [String: JSONValue] = [:]")
            printer.line("try reader.beginObject()")
            printer.block("while let key_ = try reader.nextKey()") { printer in
                printer.line("switch key_ {")
                for constant in structure.constants {
                    printer.line("case \(SwiftLiteral.string(constant.wireName)):")
                    printer.indented { printer in
                        printer.line(
                            "try reader.readConstant(Self.\(SwiftNames.escapedMember(constant.swiftName)), acceptedAliases: \(SwiftLiteral.stringSet(constant.acceptedAliases)))"
                        )
                    }
                }
                for property in structure.properties {
                    printer.line("case \(SwiftLiteral.string(property.wireName)):")
                    printer.indented { printer in
                        printer.line("_\(property.swiftName) = try \(fastReadExpression(property.type))")
                    }
                }
                printer.line("default:")
                printer.indented { printer in printer.line("unknownKeys_[key_] = try reader.readJSONValue()") }
                printer.line("}")
            }
            for property in structure.properties where !property.type.isOptional {
                printer.line("guard let _\(property.swiftName) else { throw reader.keyNotFound(\(SwiftLiteral.string(property.wireName))) }")
            }
            let arguments = structure.properties.map { "\($0.swiftName): _\($0.swiftName)" }
                + ["additionalProperties: unknownKeys_"]
            printer.line("self.init(")
            printer.indented { printer in
                for (index, argument) in arguments.enumerated() {
                    printer.line(argument + (index == arguments.count - 1 ? "" : ","))
                }
            }
            printer.line(")")
        }
    }

    func renderOpenEnumFastDecoding(_ openEnum: OpenEnumDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) init(reading reader: inout JSONReader) throws") { printer in
            printer.line("self.init(rawValue: try reader.readString())")
        }
    }

    func renderUnionFastDecoding(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.documentation(["Reads the value from JSON bytes in one pass (see `JSONReader`), choosing the case as `init(from:)` does."])
        switch union.selection {
        case .discriminator(let property):
            printer.block("\(accessLevel) init(reading reader: inout JSONReader) throws") { printer in
                printer.line("switch try reader.peekString(forKey: \(SwiftLiteral.string(property))) {")
                for unionCase in union.cases where !unionCase.tags.isEmpty {
                    let labels = unionCase.tags.map { SwiftLiteral.string($0) + "?" }.joined(separator: ", ")
                    printer.line("case \(labels):")
                    printer.indented { printer in
                        printer.line("self = .\(SwiftNames.escapedMember(unionCase.swiftName))(try \(fastReadExpression(unionCase.payload)))")
                    }
                }
                printer.line("case let value?:")
                printer.indented { printer in
                    printer.line("self = .unknown(try UnknownVariant(discriminator: value, reading: &reader))")
                }
                printer.line("case nil:")
                printer.indented { printer in
                    printer.line("self = try Self.readByKeys(from: &reader)")
                }
                printer.line("}")
            }
            printer.line()
            renderFastMatchingByKeys(
                union, members: union.cases, emptyObjectMatches: false,
                noMatch: "No '\(property)' and no member of \(union.name) matches the keys present", into: &printer
            )
        case .shape:
            let kinds = Self.kindOrder.filter { kind in union.cases.contains { Self.runtimeKind($0.jsonKind) == kind } }
            printer.block("\(accessLevel) init(reading reader: inout JSONReader) throws") { printer in
                printer.line("let kind = try reader.peekKind()")
                printer.line("switch kind {")
                for kind in kinds {
                    let members = Self.bySpecificity(union.cases.filter { Self.runtimeKind($0.jsonKind) == kind })
                    printer.line("case .\(kind):")
                    printer.indented { printer in
                        if kind == "object" && members.count > 1 {
                            printer.line("self = try Self.readByKeys(from: &reader)")
                            return
                        }
                        for (index, member) in members.enumerated() {
                            let name = SwiftNames.escapedMember(member.swiftName)
                            if index == members.count - 1 {
                                printer.line("self = .\(name)(try \(fastReadExpression(member.payload)))")
                            } else {
                                // Try on a copy; on success the copy's position is kept.
                                printer.block("do") { printer in
                                    printer.line("var attempt = reader")
                                    printer.line("if let value = try? { (reader: inout JSONReader) in try \(fastReadExpression(member.payload)) }(&attempt) {")
                                    printer.indented { printer in
                                        printer.line("reader = attempt")
                                        printer.line("self = .\(name)(value)")
                                        printer.line("return")
                                    }
                                    printer.line("}")
                                }
                            }
                        }
                    }
                }
                if kinds.count < Self.kindOrder.count {
                    let expected = kinds.map { Self.kindWords[$0] ?? $0 }.joined(separator: " or ")
                    printer.line("default:")
                    printer.indented { printer in
                        printer.line("throw reader.typeMismatch(Self.self, \"Expected \(expected) for \(union.name), found \\(kind)\")")
                    }
                }
                printer.line("}")
            }
            let objectMembers = union.cases.filter { Self.runtimeKind($0.jsonKind) == "object" }
            if objectMembers.count > 1 {
                printer.line()
                renderFastMatchingByKeys(
                    union, members: objectMembers, emptyObjectMatches: true,
                    noMatch: "No member of \(union.name) matches the keys present", into: &printer
                )
            }
        }
    }

    /// `readByKeys(from:)` and `readMember(_:from:)`: structural matching over `memberShapes`, with backtracking.
    private func renderFastMatchingByKeys(
        _ union: UnionDeclaration, members: [UnionCase], emptyObjectMatches: Bool, noMatch: String,
        into printer: inout CodePrinter
    ) {
        printer.block("private static func readByKeys(from reader: inout JSONReader) throws -> Self") { printer in
            printer.line(
                "let candidates = UnionDecoding.candidates(for: try reader.peekKeys(), among: memberShapes, emptyObjectMatches: \(emptyObjectMatches))"
            )
            printer.block("for index in candidates") { printer in
                printer.line("var attempt = reader")
                printer.block("if let value = try? readMember(index, from: &attempt)") { printer in
                    printer.line("reader = attempt")
                    printer.line("return value")
                }
            }
            printer.block("if let best = candidates.first") { printer in
                printer.line("return try readMember(best, from: &reader)  // the best candidate's own error")
            }
            printer.line("throw reader.dataCorrupted(\(SwiftLiteral.string(noMatch)))")
        }
        printer.line()
        printer.block("private static func readMember(_ index: Int, from reader: inout JSONReader) throws -> Self") { printer in
            printer.line("switch index {")
            for (index, member) in members.enumerated() {
                printer.line("case \(index): return .\(SwiftNames.escapedMember(member.swiftName))(try \(fastReadExpression(member.payload)))")
            }
            printer.line("default: throw reader.dataCorrupted(\"\(union.name) has no member \\(index)\")")
            printer.line("}")
        }
    }
}
