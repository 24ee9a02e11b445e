/// Unions: one case per member plus `unknown`, the tag read once, structural fallback, shared base properties.
extension SwiftRenderer {
    func renderUnion(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.documentation(union.documentation)
        let indirect = union.isIndirect ? "indirect " : ""
        printer.block("\(accessLevel) \(indirect)enum \(union.name): Codable, Hashable, Sendable, JSONFastDecodable, JSONFastEncodable") { printer in
            for unionCase in union.cases {
                printer.documentation(caseDocumentation(unionCase, union: union))
                printer.line("case \(SwiftNames.escapedMember(unionCase.swiftName))(\(typeText(unionCase.payload)))")
            }
            if case .discriminator(let property) = union.selection {
                printer.documentation([
                    "A `\(property)` this version does not know: the value and the whole JSON object, written back unchanged.",
                ])
                printer.line("case unknown(UnknownVariant)")
            }
            printer.line()
            switch union.selection {
            case .discriminator(let property):
                renderDiscriminatedDecoding(union, property: property, into: &printer)
            case .shape:
                renderShapeDecoding(union, into: &printer)
            }
            printer.line()
            renderUnionEncoding(union, into: &printer)
            printer.line()
            renderUnionEquality(union, into: &printer)
            printer.line()
            renderUnionFastDecoding(union, into: &printer)
            printer.line()
            renderUnionFastEncoding(union, into: &printer)
            for property in union.sharedProperties {
                printer.line()
                renderSharedProperty(property, union: union, into: &printer)
            }
            renderNested(union.nested, into: &printer)
        }
    }

    private func caseDocumentation(_ unionCase: UnionCase, union: UnionDeclaration) -> [String] {
        guard case .discriminator(let property) = union.selection, let first = unionCase.tags.first else { return [] }
        let values = unionCase.tags.map { "`\($0)`" }.joined(separator: ", ")
        return unionCase.tags.count == 1 ? ["`\(property)`: `\(first)`."] : ["`\(property)`: \(values) (legacy)."]
    }

    private func renderDiscriminatedDecoding(_ union: UnionDeclaration, property: String, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) init(from decoder: any Decoder) throws") { printer in
            // One container for the whole object: the tag is read from it and struct members decode from it.
            printer.line("let container = try decoder.container(keyedBy: StringCodingKey.self)")
            printer.line("switch try container.decodeIfPresent(String.self, forKey: \(SwiftLiteral.string(property))) {")
            for unionCase in union.cases where !unionCase.tags.isEmpty {
                let labels = unionCase.tags.map { SwiftLiteral.string($0) + "?" }.joined(separator: ", ")
                printer.line("case \(labels):")
                printer.indented { printer in
                    printer.line("self = .\(SwiftNames.escapedMember(unionCase.swiftName))(try \(memberDecodeExpression(unionCase)))")
                }
            }
            printer.line("case let value?:")
            printer.indented { printer in
                printer.line("self = .unknown(UnknownVariant(discriminator: value, raw: try JSONValue(from: decoder)))")
            }
            printer.line("case nil:")
            printer.indented { printer in
                printer.line("self = try Self.decodeWithoutDiscriminator(from: decoder, container: container)")
            }
            printer.line("}")
        }
        printer.line()
        renderMatchingByKeys(
            union,
            members: union.cases,
            emptyObjectMatches: false,
            documentation: [
                "No `\(property)`: the members whose required keys are present and that declare a key present are tried,",
                "best match first (fewest undeclared keys, then most required keys, then spec order). An absent tag is",
                "not an unknown variant: no match is a DecodingError.",
            ],
            noMatch: "No '\(property)' and no member of \(union.name) matches the keys present",
            into: &printer
        )
    }

    /// `decodeWithoutDiscriminator` / `decodeObjectMember`, the member shapes they rank, and `decodeMember(_:from:)`.
    private func renderMatchingByKeys(
        _ union: UnionDeclaration,
        members: [UnionCase],
        emptyObjectMatches: Bool,
        documentation: [String],
        noMatch: String,
        into printer: inout CodePrinter
    ) {
        let functionName = union.selection == .shape ? "decodeObjectMember" : "decodeWithoutDiscriminator"
        printer.documentation(documentation)
        printer.block(
            "private static func \(functionName)(from decoder: any Decoder, container: KeyedDecodingContainer<StringCodingKey>) throws -> Self"
        ) { printer in
            printer.line("let keys = UnionDecoding.presentKeys(in: container)")
            printer.line(
                "let candidates = UnionDecoding.candidates(for: keys, among: memberShapes, emptyObjectMatches: \(emptyObjectMatches))"
            )
            printer.block("for index in candidates") { printer in
                printer.line("if let value = try? decodeMember(index, from: decoder, container: container) { return value }")
            }
            printer.block("if let best = candidates.first") { printer in
                printer.line("return try decodeMember(best, from: decoder, container: container)  // the best candidate's own error")
            }
            printer.line("throw DecodingError.dataCorrupted(DecodingError.Context(")
            printer.indented { printer in
                printer.line("codingPath: decoder.codingPath,")
                printer.line("debugDescription: \(SwiftLiteral.string(noMatch))")
            }
            printer.line("))")
        }
        printer.line()
        printer.documentation(["Required and declared keys of each candidate member, in spec order."])
        printer.line("private static let memberShapes: [UnionMemberShape] = [")
        printer.indented { printer in
            for member in members {
                printer.line(
                    "UnionMemberShape(required: \(SwiftLiteral.stringSet(member.requiredKeys)), "
                        + "declared: \(SwiftLiteral.stringSet(member.declaredKeys))),"
                )
            }
        }
        printer.line("]")
        printer.line()
        printer.block(
            "private static func decodeMember(_ index: Int, from decoder: any Decoder, container: KeyedDecodingContainer<StringCodingKey>) throws -> Self"
        ) { printer in
            printer.line("switch index {")
            for (index, member) in members.enumerated() {
                printer.line(
                    "case \(index): return .\(SwiftNames.escapedMember(member.swiftName))(try \(memberDecodeExpression(member)))"
                )
            }
            printer.line("default:")
            printer.indented { printer in
                printer.line("throw DecodingError.dataCorrupted(DecodingError.Context(")
                printer.indented { printer in
                    printer.line("codingPath: decoder.codingPath,")
                    printer.line("debugDescription: \"\(union.name) has no member \\(index)\"")
                }
                printer.line("))")
            }
            printer.line("}")
        }
    }

    /// Members with more required keys first; spec order breaks ties.
    static func bySpecificity(_ cases: [UnionCase]) -> [UnionCase] {
        cases.enumerated().sorted { lhs, rhs in
            if lhs.element.requiredKeys.count != rhs.element.requiredKeys.count {
                return lhs.element.requiredKeys.count > rhs.element.requiredKeys.count
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// Members are tried kind by kind (cheap failures first, objects last): JSON kinds are disjoint, so the first
    /// success is the answer. Only when nothing matches is the value's kind probed, to decode the member(s) of that
    /// kind once more and report their own error with its coding path. A union of objects only skips all that.
    private func renderShapeDecoding(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) init(from decoder: any Decoder) throws") { printer in
            let kinds = Self.kindOrder.filter { kind in union.cases.contains { Self.runtimeKind($0.jsonKind) == kind } }
            if kinds == ["object"] {
                renderShapeCandidates(union.cases.filter { Self.runtimeKind($0.jsonKind) == "object" }, kind: "object", into: &printer)
                return
            }
            for kind in kinds {
                let members = Self.bySpecificity(union.cases.filter { Self.runtimeKind($0.jsonKind) == kind })
                if kind == "object" && members.count > 1 {
                    printer.line("if let value = try? Self.decodeObjectMember(from: decoder, container: decoder.container(keyedBy: StringCodingKey.self)) {")
                    printer.indented { printer in
                        printer.line("self = value")
                        printer.line("return")
                    }
                    printer.line("}")
                    continue
                }
                for member in members {
                    printer.line("if let value = try? \(decodeExpression(member.payload)) {")
                    printer.indented { printer in
                        printer.line("self = .\(SwiftNames.escapedMember(member.swiftName))(value)")
                        printer.line("return")
                    }
                    printer.line("}")
                }
            }
            printer.line("// Nothing matched: decode the member of the value's own kind again, for its precise error.")
            printer.line("let kind = try JSONKind(of: decoder)")
            printer.line("switch kind {")
            for kind in kinds {
                let members = Self.bySpecificity(union.cases.filter { Self.runtimeKind($0.jsonKind) == kind })
                printer.line("case .\(kind):")
                printer.indented { printer in
                    renderShapeCandidates(members, kind: kind, into: &printer)
                }
            }
            if kinds.count < Self.kindOrder.count {
                let expected = kinds.map { Self.kindWords[$0] ?? $0 }.joined(separator: " or ")
                printer.line("default:")
                printer.indented { printer in
                    printer.line("throw DecodingError.typeMismatch(Self.self, DecodingError.Context(")
                    printer.indented { printer in
                        printer.line("codingPath: decoder.codingPath,")
                        printer.line("debugDescription: \"Expected \(expected) for \(union.name), found \\(kind)\"")
                    }
                    printer.line("))")
                }
            }
            printer.line("}")
        }
        let objectMembers = union.cases.filter { Self.runtimeKind($0.jsonKind) == "object" }
        if objectMembers.count > 1 {
            printer.line()
            renderMatchingByKeys(
                union,
                members: objectMembers,
                emptyObjectMatches: true,
                documentation: [
                    "An object: the members whose required keys are present and that declare a key present (any member",
                    "for `{}`) are tried, best match first (fewest undeclared keys, then most required keys, then spec order).",
                ],
                noMatch: "No member of \(union.name) matches the keys present",
                into: &printer
            )
        }
    }

    /// Several members of one JSON kind. Objects are ranked by their keys (`decodeObjectMember`); other kinds are
    /// tried in order, the last with errors propagating, so a bad payload reports its own coding path.
    private func renderShapeCandidates(_ members: [UnionCase], kind: String, into printer: inout CodePrinter) {
        if kind == "object" && members.count > 1 {
            printer.line("self = try Self.decodeObjectMember(from: decoder, container: decoder.container(keyedBy: StringCodingKey.self))")
            return
        }
        // The last member of the kind decodes with `try`, so its own error (and coding path) is what the caller sees.
        for (index, member) in members.enumerated() {
            let name = SwiftNames.escapedMember(member.swiftName)
            if index == members.count - 1 {
                printer.line("self = .\(name)(try \(decodeExpression(member.payload)))")
            } else {
                printer.line("if let value = try? \(decodeExpression(member.payload)) {")
                printer.indented { printer in
                    printer.line("self = .\(name)(value)")
                    printer.line("return")
                }
                printer.line("}")
            }
        }
    }

    static let kindOrder = ["null", "bool", "number", "string", "array", "object"]
    static let kindWords = ["null": "null", "bool": "a boolean", "number": "a number", "string": "a string", "array": "an array", "object": "an object"]

    static func runtimeKind(_ kind: UnionCase.JSONKind) -> String {
        switch kind {
        case .null: "null"
        case .boolean: "bool"
        case .integer, .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Decoding a payload from the union's own decoder (dates through RFC 3339, never the decoder's strategy).
    /// A member decoded inside a union: structs take the union's container (the object is read once).
    func memberDecodeExpression(_ member: UnionCase) -> String {
        member.payloadIsStruct ? "\(typeText(member.payload))(decodingFrom: container)" : decodeExpression(member.payload)
    }

    func decodeExpression(_ type: SwiftType) -> String {
        switch type {
        case .date: "RFC3339.decodeDate(from: decoder)"
        default: "\(typeText(type))(from: decoder)"
        }
    }

    private func renderUnionEncoding(_ union: UnionDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) func encode(to encoder: any Encoder) throws") { printer in
            printer.line("switch self {")
            for unionCase in union.cases {
                printer.line("case .\(SwiftNames.escapedMember(unionCase.swiftName))(let value):")
                printer.indented { printer in
                    if unionCase.payload == .date {
                        printer.line("try RFC3339.encode(value, to: encoder)")
                    } else {
                        printer.line("try value.encode(to: encoder)")
                    }
                }
            }
            if case .discriminator = union.selection {
                printer.line("case .unknown(let value):")
                printer.indented { printer in printer.line("try value.encode(to: encoder)") }
            }
            printer.line("}")
        }
    }

    /// A base property read without a switch at the call site; for `.unknown`, read from the raw JSON.
    private func renderSharedProperty(_ property: PropertyDeclaration, union: UnionDeclaration, into printer: inout CodePrinter) {
        var lines = property.documentation
        if !lines.isEmpty { lines.append("") }
        if case .discriminator = union.selection {
            lines.append("Shared by every member; for an unknown variant, read from its JSON (nil when absent or of another type).")
        } else {
            lines.append("Shared by every member.")
        }
        printer.documentation(lines)
        let name = SwiftNames.escapedMember(property.swiftName)
        printer.block("\(accessLevel) var \(name): \(typeText(property.type))") { printer in
            printer.line("switch self {")
            for unionCase in union.cases {
                printer.line("case .\(SwiftNames.escapedMember(unionCase.swiftName))(let value):")
                printer.indented { printer in
                    printer.line("value.\(storageName(property))")
                }
            }
            if case .discriminator = union.selection {
                printer.line("case .unknown(let value):")
                printer.indented { printer in
                    printer.line(rawRead(property))
                }
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
            if case .discriminator = union.selection { names.append("unknown") }
            for name in names {
                printer.line("case (.\(name)(let left), .\(name)(let right)): return equalValues(left, right)")
            }
            if names.count > 1 { printer.line("default: return false") }
            printer.line("}")
        }
    }
}
