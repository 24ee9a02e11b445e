/// Negative fixtures: documents that must fail to decode, each with the coding path the DecodingError must name.
extension FixtureSynthesizer {
    mutating func invalidFixtures(for declaration: Declaration) -> [String] {
        var lines: [OrderedJSON] = []
        if let structure = declaration.structure {
            guard case .object(let full) = structInstance(structure, variant: .full, depth: 0) else { return [] }
            // A wrong type on the first required property whose type rejects a mismatched value.
            if let property = structure.properties.first(where: { !$0.type.isOptional && wrongValue(for: $0.type) != nil }),
                let wrong = wrongValue(for: property.type)
            {
                lines.append(
                    Self.invalid(path: property.wireName, document: .object(Self.replacing(property.wireName, with: wrong, in: full))))
            }
            // A missing required key.
            if let property = structure.properties.first(where: { !$0.type.isOptional }) {
                lines.append(Self.invalid(path: property.wireName, document: .object(full.filter { $0.key != property.wireName })))
            }
            // A const that contradicts the type.
            if let constant = structure.constants.first {
                lines.append(
                    Self.invalid(
                        path: constant.wireName,
                        document: .object(Self.replacing(constant.wireName, with: .string("x_wrong_const"), in: full))
                    ))
            }
        } else if let union = declaration.union {
            if let property = union.tagProperty {
                lines.append(Self.invalid(path: property, document: .object([.init(key: property, value: .integer(7))])))
            } else if let wrong = shapeUnionWrongValue(union) {
                lines.append(Self.invalid(path: "", document: wrong))
            }
        } else if declaration.openEnum != nil {
            lines.append(Self.invalid(path: "", document: .integer(7)))
        }
        return Self.unique(lines.map(\.text))
    }

    static func invalid(path: String, document: OrderedJSON) -> OrderedJSON {
        .object([.init(key: "codingPath", value: .string(path)), .init(key: "document", value: document)])
    }

    static func replacing(_ key: String, with value: OrderedJSON, in entries: [OrderedJSON.Entry]) -> [OrderedJSON.Entry] {
        entries.map { $0.key == key ? .init(key: key, value: value) : $0 }
    }

    /// A value of the wrong JSON kind for `type`, or nil when the type accepts anything (JSONValue).
    func wrongValue(for type: SwiftType) -> OrderedJSON? {
        switch type {
        case .string, .date: return .integer(7)
        case .int, .double, .bool: return .string("x_not_this_type")
        case .array, .dictionary: return .string("x_not_this_type")
        case .jsonValue: return nil
        case .optional(let wrapped), .nullable(let wrapped): return wrongValue(for: wrapped)
        case .named(let name):
            guard let declaration = declarations[name] else { return nil }
            if declaration.structure != nil { return .string("x_not_this_type") }
            if declaration.openEnum != nil { return .integer(7) }
            if let union = declaration.union {
                return union.tagProperty != nil ? .integer(7) : shapeUnionWrongValue(union)
            }
            if let alias = declaration.typeAlias { return wrongValue(for: alias.target) }
            return nil
        }
    }

    /// A JSON kind none of a shape union's members accepts.
    func shapeUnionWrongValue(_ union: UnionDeclaration) -> OrderedJSON? {
        let kinds = Set(union.cases.flatMap(\.kinds))
        if union.cases.contains(where: { $0.payload == .jsonValue }) { return nil }
        if !kinds.contains(.bool) { return .bool(true) }
        if !kinds.contains(.number) { return .integer(7) }
        if !kinds.contains(.string) { return .string("x_not_this_type") }
        return nil
    }
}
