/// Unions: one case per member plus `unknown` for tagged ones, and the one decoding body that follows the plan the
/// translator made (the tag read once; without it, structure only when it identifies one member; shape unions by
/// JSON kind, then by the keys present).
extension SwiftRenderer {
    /// The model: the cases, `unknown` for a tagged union, the shared properties and the nested types.
    func renderUnionModel(_ declaration: Declaration, _ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.documentation(declaration.documentation)
        let indirect = union.isIndirect ? "indirect " : ""
        let literal = union.stringLiteralCase == nil ? "" : "ExpressibleByStringLiteral, "
        printer.block("\(accessLevel) \(indirect)enum \(declaration.name.name): \(literal)\(Self.conformances)") { printer in
            for unionCase in union.cases {
                printer.documentation(unionCase.documentation)
                printer.line("case \(unionCase.name.escaped)(\(unionCase.payload.sourceText))")
            }
            if let documentation = union.unknownCaseDocumentation {
                printer.documentation(documentation)
                printer.line("case unknown(UnknownVariant)")
            }
            if let stringCase = union.stringLiteralCase {
                printer.line()
                printer.documentation(["A string literal is the `\(stringCase.plain)` case."])
                printer.block("\(accessLevel) init(stringLiteral value: String)") { printer in
                    printer.line("self = .\(stringCase.escaped)(value)")
                }
            }
            for shared in union.sharedProperties {
                printer.line()
                renderSharedProperty(shared, union: union, into: &printer)
            }
            renderNestedModels(declaration.nested, into: &printer)
        }
    }

    /// The support: the entry points, the decoding plan and body, the encoding body, equality.
    func renderUnionSupport(_ declaration: Declaration, _ union: UnionDeclaration, into printer: inout CodePrinter) {
        let name = declaration.name.name
        renderEntryPoints(into: &printer)
        printer.line()
        switch union.decoding {
        case .tagged(let tagged): renderTaggedDecoding(name, union, tagged, into: &printer)
        case .shape(let shape): renderShapeDecoding(name, union, shape, into: &printer)
        }
        printer.line()
        renderUnionEncodingBody(union, into: &printer)
        printer.line()
        renderUnionEquality(union, into: &printer)
    }

    private func renderTaggedDecoding(_ name: String, _ union: UnionDeclaration, _ tagged: TaggedDecoding, into printer: inout CodePrinter)
    {
        printer.documentation(["Tag values and the cases they select."])
        let tags = tagged.tags.map { "\(SwiftLiteral.string($0.value)): \($0.caseIndex)" }
        printer.line("static let tags: UnionTags = [\(tags.isEmpty ? ":" : tags.joined(separator: ", "))]")
        printer.line()
        printer.documentation(["The members the keys present can identify when the tag is absent."])
        printer.line(
            "static let withoutTag = TaglessMatching(union: \(SwiftLiteral.string(name)), tag: \(SwiftLiteral.string(tagged.property)), members: ["
        )
        printer.indented { printer in
            for candidate in tagged.withoutTag {
                printer.line(
                    ".init(\(candidate.caseIndex), \(SwiftLiteral.string(candidate.memberName)), required: \(SwiftLiteral.stringArray(candidate.requiredKeys)), evidence: \(SwiftLiteral.stringArray(candidate.evidenceKeys))),"
                )
            }
        }
        printer.line("])")
        printer.line()
        printer.block("init<Reader: ModelReader>(readingWith reader: inout Reader) throws") { printer in
            printer.line("let member: Int")
            printer.line("switch try reader.peekTag(\(SwiftLiteral.string(tagged.property)), in: Self.tags) {")
            printer.line("case .known(let caseIndex):")
            printer.indented { printer in printer.line("member = caseIndex") }
            printer.line("case .unknown(let tag):")
            printer.indented { printer in
                printer.line("self = .unknown(try reader.readUnknownVariant(tag: tag))")
                printer.line("return")
            }
            printer.line("case .absent:")
            printer.indented { printer in
                printer.line("let keys = try reader.peekKeys()")
                printer.block("guard let fitting = Self.withoutTag.member(forKeys: keys) else") { printer in
                    printer.line("throw reader.dataCorrupted(Self.withoutTag.failure(forKeys: keys))")
                }
                printer.line("member = fitting")
            }
            printer.line("}")
            printer.line("self = try Self.readMember(member, &reader)")
        }
        printer.line()
        renderReadMember(name, union, cases: Array(union.cases.indices), into: &printer)
    }

    /// `readMember(_:_:)`: the case at an index, read with its payload's body.
    private func renderReadMember(_ name: String, _ union: UnionDeclaration, cases: [Int], into printer: inout CodePrinter) {
        printer.block("private static func readMember<Reader: ModelReader>(_ member: Int, _ reader: inout Reader) throws -> Self") {
            printer in
            printer.line("switch member {")
            for index in cases {
                let unionCase = union.cases[index]
                printer.line("case \(index): return .\(unionCase.name.escaped)(try \(readExpression(unionCase.payload)))")
            }
            printer.line("default: throw reader.dataCorrupted(\"\(name) has no member \\(member).\")")
            printer.line("}")
        }
    }

    private func renderShapeDecoding(_ name: String, _ union: UnionDeclaration, _ shape: ShapeDecoding, into printer: inout CodePrinter) {
        let kinds = shape.groups.map { "." + $0.kind.rawValue }.joined(separator: ", ")
        if let objectGroup = shape.groups.first(where: { !$0.objectShapes.isEmpty }) {
            printer.documentation(["The object members, ranked by the keys present."])
            printer.line("static let objectMembers = ObjectMemberMatching([")
            printer.indented { printer in
                for member in objectGroup.objectShapes {
                    printer.line(
                        ".init(\(member.caseIndex), required: \(SwiftLiteral.stringArray(member.requiredKeys)), declared: \(SwiftLiteral.stringArray(member.declaredKeys))),"
                    )
                }
            }
            printer.line("])")
            printer.line()
        }
        printer.block("init<Reader: ModelReader>(readingWith reader: inout Reader) throws") { printer in
            printer.line("switch try reader.peekKind(expected: [\(kinds)]) {")
            let noMatch = SwiftLiteral.string("No member of \(name) fits the value.")
            for group in shape.groups {
                printer.line("case .\(group.kind.rawValue):")
                printer.indented { printer in
                    if !group.objectShapes.isEmpty {
                        printer.line("let candidates = try Self.objectMembers.candidates(reading: &reader)")
                        printer.line("self = try reader.readFirstMatching(candidates, noMatch: \(noMatch)) { member, reader in")
                        printer.indented { printer in printer.line("try Self.readMember(member, &reader)") }
                        printer.line("}")
                    } else if group.cases.count > 1 {
                        let cases = "[" + group.cases.map(String.init).joined(separator: ", ") + "]"
                        printer.line("self = try reader.readFirstMatching(\(cases), noMatch: \(noMatch)) { member, reader in")
                        printer.indented { printer in printer.line("try Self.readMember(member, &reader)") }
                        printer.line("}")
                    } else if let only = group.cases.first {
                        let unionCase = union.cases[only]
                        printer.line("self = .\(unionCase.name.escaped)(try \(readExpression(unionCase.payload)))")
                    }
                }
            }
            if shape.rejectsSomeKind {
                printer.line("case let kind:")
                printer.indented { printer in
                    printer.line("throw reader.kindMismatch(Self.self, expected: [\(kinds)], found: kind)")
                }
            }
            printer.line("}")
        }
        if !shape.casesReadByIndex.isEmpty {
            printer.line()
            renderReadMember(name, union, cases: shape.casesReadByIndex, into: &printer)
        }
    }

    private func renderUnionEncodingBody(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.block("func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure)") { printer in
            printer.line("switch self {")
            for unionCase in union.cases {
                printer.line("case .\(unionCase.name.escaped)(let value): try \(writeStatement("value", unionCase.payload))")
            }
            if union.tagProperty != nil {
                printer.line("case .unknown(let value): try value.raw.write(with: &writer)")
            }
            printer.line("}")
        }
    }

    /// A base property read without a switch at the call site; for `.unknown`, read from the raw JSON.
    private func renderSharedProperty(_ shared: SharedProperty, union: UnionDeclaration, into printer: inout CodePrinter) {
        let property = shared.property
        printer.documentation(property.documentation)
        printer.block("\(accessLevel) var \(property.name.escaped): \(property.type.sourceText)") { printer in
            printer.line("switch self {")
            for unionCase in union.cases {
                printer.line("case .\(unionCase.name.escaped)(let value): value.\(property.storage.escaped)")
            }
            if let read = shared.unknownVariantRead {
                printer.line("case .unknown(let value): \(rawRead(read, wireName: property.wireName))")
            }
            printer.line("}")
        }
    }

    /// The expression that reads a shared property from an unknown variant's raw JSON.
    private func rawRead(_ read: UnknownVariantRead, wireName: String) -> String {
        let raw = "value.raw[\(SwiftLiteral.string(wireName))]"
        switch read {
        case .string: return "\(raw)?.stringValue"
        case .integer: return "\(raw)?.int64Value.map { Int($0) }"
        case .number: return "\(raw)?.doubleValue"
        case .bool: return "\(raw)?.boolValue"
        case .date: return "\(raw)?.stringValue.flatMap(RFC3339.parse)"
        }
    }

    /// `==` as a switch over case pairs, comparing through `equalValues` (cheap to type-check, unlike synthesis).
    func renderUnionEquality(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) static func == (lhs: Self, rhs: Self) -> Bool") { printer in
            printer.line("switch (lhs, rhs) {")
            var names = union.cases.map(\.name.escaped)
            if union.tagProperty != nil { names.append("unknown") }
            for name in names {
                printer.line("case (.\(name)(let left), .\(name)(let right)): return equalValues(left, right)")
            }
            if names.count > 1 { printer.line("default: return false") }
            printer.line("}")
        }
    }
}
