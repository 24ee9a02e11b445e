/// Unions: one case per member plus `unknown` for tagged ones, and the one decoding body that follows the plan the
/// translator made (the tag read once; without it, structure only when it identifies one member; shape unions by
/// JSON kind, then by the keys present).
extension SwiftRenderer {
    func renderUnion(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.documentation(union.documentation)
        let indirect = union.isIndirect ? "indirect " : ""
        printer.block("\(accessLevel) \(indirect)enum \(union.name): \(Self.conformances)") { printer in
            for unionCase in union.cases {
                printer.documentation(caseDocumentation(unionCase, union: union))
                printer.line("case \(SwiftNames.escapedMember(unionCase.swiftName))(\(typeText(unionCase.payload)))")
            }
            if let property = union.tagProperty {
                printer.documentation([
                    "A `\(property)` this version does not know: the value and the whole JSON object, written back unchanged.",
                ])
                printer.line("case unknown(UnknownVariant)")
            }
            printer.line()
            renderEntryPoints(into: &printer)
            printer.line()
            switch union.decoding {
            case .tagged(let tagged): renderTaggedDecoding(union, tagged, into: &printer)
            case .shape(let shape): renderShapeDecoding(union, shape, into: &printer)
            }
            printer.line()
            renderUnionEncodingBody(union, into: &printer)
            printer.line()
            renderUnionEquality(union, into: &printer)
            for property in union.sharedProperties {
                printer.line()
                renderSharedProperty(property, union: union, into: &printer)
            }
            renderNested(union.nested, into: &printer)
        }
    }

    /// `Payload: ``SystemMessage``; `message_type` is `system_message`.`: the payload with DocC symbol links to the
    /// generated types, and for tagged unions the tag values that select the case.
    private func caseDocumentation(_ unionCase: UnionCase, union: UnionDeclaration) -> CodeLine {
        var line = CodeLine.Interpolation(literalCapacity: 0, interpolationCount: 0)
        line.appendLiteral("Payload: ")
        Self.appendPayloadPhrase(unionCase.payload, to: &line.bytes)
        guard let property = union.tagProperty, !unionCase.tags.isEmpty else {
            line.appendLiteral(".")
            return CodeLine(stringInterpolation: line)
        }
        let ownCount = max(unionCase.ownTagCount, 1)
        line.appendLiteral("; `")
        line.appendInterpolation(property)
        line.appendLiteral("` is ")
        Self.appendAlternatives(unionCase.tags.prefix(ownCount), to: &line.bytes)
        let legacy = unionCase.tags.dropFirst(ownCount)
        if !legacy.isEmpty {
            line.appendLiteral(", or ")
            Self.appendAlternatives(legacy, to: &line.bytes)
            line.appendLiteral(" (legacy)")
        }
        line.appendLiteral(".")
        return CodeLine(stringInterpolation: line)
    }

    /// `` `a` ``, `` `a` or `b` ``, `` `a`, `b` or `c` ``.
    private static func appendAlternatives(_ values: ArraySlice<String>, to out: inout LineBytes) {
        for (position, value) in values.enumerated() {
            if position > 0 { out.appendUTF8(position == values.count - 1 ? " or " : ", ") }
            out.append(UInt8(ascii: "`"))
            out.appendUTF8(value)
            out.append(UInt8(ascii: "`"))
        }
    }

    /// A payload type in words, generated types as DocC symbol links (``Outer/Inner`` for namespaced ones).
    static func payloadPhrase(_ type: SwiftType) -> String {
        var bytes = LineBytes()
        appendPayloadPhrase(type, to: &bytes)
        return bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// `payloadPhrase`, appended.
    static func appendPayloadPhrase(_ type: SwiftType, to out: inout LineBytes) {
        switch type {
        case .named(let name):
            out.appendUTF8("``")
            out.appendUTF8(SwiftNames.symbolPath(name))
            out.appendUTF8("``")
        case .array(let element):
            out.appendUTF8("an array of ")
            appendPluralPhrase(element, to: &out)
        case .dictionary(let value):
            out.appendUTF8("an object of ")
            appendPluralPhrase(value, to: &out)
        case .optional(let wrapped), .nullable(let wrapped):
            appendPayloadPhrase(wrapped, to: &out)
            out.appendUTF8(" or null")
        case .string: out.appendUTF8("a string")
        case .int: out.appendUTF8("an integer")
        case .double: out.appendUTF8("a number")
        case .bool: out.appendUTF8("a Boolean")
        case .date: out.appendUTF8("a date")
        case .jsonValue: out.appendUTF8("any JSON value")
        }
    }

    /// What an array or object holds: `strings`, `arrays of integers`, ``ToolCall`` values.
    private static func appendPluralPhrase(_ type: SwiftType, to out: inout LineBytes) {
        switch type {
        case .named:
            appendPayloadPhrase(type, to: &out)
            out.appendUTF8(" values")
        case .array(let element):
            out.appendUTF8("arrays of ")
            appendPluralPhrase(element, to: &out)
        case .dictionary(let value):
            out.appendUTF8("objects of ")
            appendPluralPhrase(value, to: &out)
        case .optional(let wrapped), .nullable(let wrapped):
            appendPluralPhrase(wrapped, to: &out)
            out.appendUTF8(" or nulls")
        case .string: out.appendUTF8("strings")
        case .int: out.appendUTF8("integers")
        case .double: out.appendUTF8("numbers")
        case .bool: out.appendUTF8("Booleans")
        case .date: out.appendUTF8("dates")
        case .jsonValue: out.appendUTF8("JSON values")
        }
    }

    private func renderTaggedDecoding(_ union: UnionDeclaration, _ tagged: TaggedDecoding, into printer: inout CodePrinter) {
        printer.documentation(["Tag values and the cases they select."])
        let tags = tagged.tags.map { "\(SwiftLiteral.string($0.value)): \($0.caseIndex)" }
        printer.line("static let tags: UnionTags = [\(tags.isEmpty ? ":" : tags.joined(separator: ", "))]")
        printer.line()
        printer.documentation(["The members the keys present can identify when the tag is absent."])
        printer.line("static let withoutTag = TaglessMatching(union: \(literal: union.name), tag: \(literal: tagged.property), members: [")
        printer.indented { printer in
            for candidate in tagged.withoutTag {
                printer.line(
                    ".init(\(candidate.caseIndex), \(literal: candidate.memberName), required: \(literals: candidate.requiredKeys), evidence: \(literals: candidate.evidenceKeys)),"
                )
            }
        }
        printer.line("])")
        printer.line()
        printer.block("init<Reader: ModelReader>(readingWith reader: inout Reader) throws") { printer in
            printer.line("let member: Int")
            printer.line("switch try reader.peekTag(\(literal: tagged.property), in: Self.tags) {")
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
        renderReadMember(union, cases: Array(union.cases.indices), into: &printer)
    }

    /// `readMember(_:_:)`: the case at an index, read with its payload's body.
    private func renderReadMember(_ union: UnionDeclaration, cases: [Int], into printer: inout CodePrinter) {
        printer.block("private static func readMember<Reader: ModelReader>(_ member: Int, _ reader: inout Reader) throws -> Self") { printer in
            printer.line("switch member {")
            for index in cases.sorted() {
                let unionCase = union.cases[index]
                printer.line("case \(index): return .\(SwiftNames.escapedMember(unionCase.swiftName))(try \(readExpression(unionCase.payload)))")
            }
            printer.line("default: throw reader.dataCorrupted(\"\(union.name) has no member \\(member).\")")
            printer.line("}")
        }
    }

    private func renderShapeDecoding(_ union: UnionDeclaration, _ shape: ShapeDecoding, into printer: inout CodePrinter) {
        let kinds = shape.groups.map { "." + $0.kind.rawValue }.joined(separator: ", ")
        let objectGroup = shape.groups.first { !$0.objectShapes.isEmpty }
        if let objectGroup {
            printer.documentation(["The object members, ranked by the keys present."])
            printer.line("static let objectMembers = ObjectMemberMatching([")
            printer.indented { printer in
                for member in objectGroup.objectShapes {
                    printer.line(
                        ".init(\(member.caseIndex), required: \(literals: member.requiredKeys), declared: \(literals: member.declaredKeys)),"
                    )
                }
            }
            printer.line("])")
            printer.line()
        }
        var tried: [Int] = []
        printer.block("init<Reader: ModelReader>(readingWith reader: inout Reader) throws") { printer in
            printer.line("switch try reader.peekKind(expected: [\(kinds)]) {")
            for group in shape.groups {
                printer.line("case .\(group.kind.rawValue):")
                printer.indented { printer in
                    let noMatch = SwiftLiteral.string("No member of \(union.name) fits the value.")
                    if !group.objectShapes.isEmpty {
                        tried += group.cases
                        printer.line("let candidates = try Self.objectMembers.candidates(reading: &reader)")
                        printer.line("self = try reader.readFirstMatching(candidates, noMatch: \(noMatch)) { member, reader in")
                        printer.indented { printer in printer.line("try Self.readMember(member, &reader)") }
                        printer.line("}")
                    } else if group.cases.count > 1 {
                        tried += group.cases
                        printer.line("self = try reader.readFirstMatching(\(integers: group.cases), noMatch: \(noMatch)) { member, reader in")
                        printer.indented { printer in printer.line("try Self.readMember(member, &reader)") }
                        printer.line("}")
                    } else if let only = group.cases.first {
                        let unionCase = union.cases[only]
                        printer.line("self = .\(SwiftNames.escapedMember(unionCase.swiftName))(try \(readExpression(unionCase.payload)))")
                    }
                }
            }
            if shape.groups.count < ValueKind.allCases.count {
                printer.line("case let kind:")
                printer.indented { printer in
                    printer.line("throw reader.kindMismatch(Self.self, expected: [\(kinds)], found: kind)")
                }
            }
            printer.line("}")
        }
        if !tried.isEmpty {
            printer.line()
            renderReadMember(union, cases: Array(Set(tried)), into: &printer)
        }
    }

    private func renderUnionEncodingBody(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.block("func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure)") { printer in
            printer.line("switch self {")
            for unionCase in union.cases {
                printer.line("case .\(SwiftNames.escapedMember(unionCase.swiftName))(let value): try \(writeStatement("value", unionCase.payload))")
            }
            if union.tagProperty != nil {
                printer.line("case .unknown(let value): try value.raw.write(with: &writer)")
            }
            printer.line("}")
        }
    }

    /// A base property read without a switch at the call site; for `.unknown`, read from the raw JSON.
    private func renderSharedProperty(_ property: PropertyDeclaration, union: UnionDeclaration, into printer: inout CodePrinter) {
        var lines = property.documentation
        if !lines.isEmpty { lines.append("") }
        if union.tagProperty != nil {
            lines.append("Shared by every member; for an unknown variant, read from its JSON (nil when absent or of another type).")
        } else {
            lines.append("Shared by every member.")
        }
        printer.documentation(lines)
        let name = SwiftNames.escapedMember(property.swiftName)
        printer.block("\(accessLevel) var \(name): \(typeText(property.type))") { printer in
            printer.line("switch self {")
            for unionCase in union.cases {
                printer.line("case .\(SwiftNames.escapedMember(unionCase.swiftName))(let value): value.\(property.storageName)")
            }
            if union.tagProperty != nil {
                printer.line("case .unknown(let value): \(rawRead(property))")
            }
            printer.line("}")
        }
    }

    private func rawRead(_ property: PropertyDeclaration) -> String {
        let raw = "value.raw[\(SwiftLiteral.string(property.wireName))]"
        switch property.type.unwrapped {
        case .string: return "\(raw)?.stringValue"
        case .int: return "\(raw)?.int64Value.map { Int($0) }"
        case .double: return "\(raw)?.doubleValue"
        case .bool: return "\(raw)?.boolValue"
        case .date: return "\(raw)?.stringValue.flatMap(RFC3339.parse)"
        default: return "nil"
        }
    }

    /// `==` as a switch over case pairs, comparing through `equalValues` (cheap to type-check, unlike synthesis).
    func renderUnionEquality(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) static func == (lhs: \(union.name), rhs: \(union.name)) -> Bool") { printer in
            printer.line("switch (lhs, rhs) {")
            var names = union.cases.map { SwiftNames.escapedMember($0.swiftName) }
            if union.tagProperty != nil { names.append("unknown") }
            for name in names {
                printer.line("case (.\(name)(let left), .\(name)(let right)): return equalValues(left, right)")
            }
            if names.count > 1 { printer.line("default: return false") }
            printer.line("}")
        }
    }
}
