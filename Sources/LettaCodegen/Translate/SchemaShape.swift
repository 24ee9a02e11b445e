/// What a schema is, seen through annotations: the rule that decides which Swift construct it becomes.
enum SchemaShape {
    /// `$ref` to a named schema (possibly nullable through `anyOf [$ref, null]`).
    case reference(SchemaReference)
    case object(Schema)
    /// A free-form object: `[String: T]` (T is `JSONValue` when values are unconstrained).
    case dictionary(Schema?)
    case array(Schema?)
    case stringEnum([String])
    case string(format: String?)
    case integer
    case number
    case boolean
    case union([Schema], discriminator: Discriminator?)
    /// Several JSON types allowed by `type: [a, b]`.
    case multipleTypes([JSONType])
    case null
    case any
}

extension TranslationContext {
    /// Classifies `schema` and says whether `null` is allowed (3.0 `nullable`, 3.1 `type: [..., "null"]`, or a
    /// `{type: null}` member of `anyOf`/`oneOf`).
    func shape(of schema: Schema) -> (shape: SchemaShape, nullable: Bool) {
        var nullable = schema.nullable
        if let reference = schema.reference, schema.isReferenceOnly {
            return (.reference(reference), nullable)
        }
        // allOf with a single $ref: pydantic's way of attaching a description to a reference.
        if let allOf = schema.allOf, allOf.count == 1, let only = allOf.first, let reference = only.reference,
            only.isReferenceOnly, schema.properties.isEmpty, schema.types == nil || schema.types == [.object]
        {
            return (.reference(reference), nullable)
        }
        if let members = schema.oneOf ?? schema.anyOf {
            var nonNull: [Schema] = []
            for member in members {
                if member.isNullOnly { nullable = true } else { nonNull.append(member) }
            }
            if nonNull.count == 1, schema.discriminator == nil, let single = nonNull.first {
                let inner = shape(of: single)
                return (inner.shape, nullable || inner.nullable)
            }
            if nonNull.isEmpty { return (.null, true) }
            if schema.discriminator == nil, let values = knownStringValues(of: nonNull) {
                return (.stringEnum(values), nullable)
            }
            return (.union(nonNull, discriminator: schema.discriminator), nullable)
        }
        var types = schema.types ?? []
        if types.contains(.null) {
            nullable = true
            types.removeAll { $0 == .null }
        }
        if schema.allOf != nil || !schema.properties.isEmpty {
            return (.object(schema), nullable)
        }
        if let values = schema.enumValues {
            let strings = values.compactMap(\.stringValue)
            if values.contains(where: { if case .scalar(.null) = $0.content { return true } else { return false } }) {
                nullable = true
            }
            if !strings.isEmpty, types.isEmpty || types == [.string] {
                return (.stringEnum(strings), nullable)
            }
        }
        if types.count > 1 { return (.multipleTypes(types), nullable) }
        switch types.first {
        case .string: return (.string(format: schema.format), nullable)
        case .integer: return (.integer, nullable)
        case .number: return (.number, nullable)
        case .boolean: return (.boolean, nullable)
        case .array: return (.array(schema.items), nullable)
        case .object:
            switch schema.additionalProperties {
            case .schema(let values): return (.dictionary(values), nullable)
            default: return (.dictionary(nil), nullable)
            }
        case .null: return (.null, true)
        case nil:
            if schema.items != nil { return (.array(schema.items), nullable) }
            if case .schema(let values) = schema.additionalProperties { return (.dictionary(values), nullable) }
            // `const` without `type`: the constant's own kind.
            switch schema.constValue?.content {
            case .scalar(.string)?: return (.string(format: nil), nullable)
            case .scalar(.integer)?: return (.integer, nullable)
            case .scalar(.double)?: return (.number, nullable)
            case .scalar(.bool)?: return (.boolean, nullable)
            case .scalar(.null)?: return (.null, true)
            default: return (.any, nullable)
            }
        }
    }

    /// `anyOf: [{enum: [a, b]}, {type: string}]` (known values, or any string) is one open enum: its unknown case
    /// keeps the other strings. Only inline members, at least one of them an enum, the rest plain strings.
    private func knownStringValues(of members: [Schema]) -> [String]? {
        var values: [String] = []
        var sawEnum = false
        for member in members {
            guard member.reference == nil else { return nil }
            switch shape(of: member).shape {
            case .stringEnum(let memberValues):
                sawEnum = true
                for value in memberValues where !values.contains(value) { values.append(value) }
            case .string(format: nil):
                continue
            default:
                return nil
            }
        }
        return sawEnum ? values : nil
    }

    /// The JSON kinds a schema's values may have, for choosing among shape-union members (a member that is itself
    /// a union has its members' kinds; a free-form one has them all).
    func valueKinds(of schema: Schema, visited: Set<SchemaKey> = []) -> [ValueKind] {
        switch shape(of: schema).shape {
        case .reference(let reference):
            let key = ReferenceTarget.key(for: reference)
            guard !visited.contains(key), let target = resolve(reference) else { return [.object] }
            return valueKinds(of: target.schema, visited: visited.union([key]))
        case .object, .dictionary: return [.object]
        case .array: return [.array]
        case .stringEnum, .string: return [.string]
        case .integer, .number: return [.number]
        case .boolean: return [.bool]
        case .null: return [.null]
        case .union(let members, let discriminator):
            if discriminator != nil { return [.object] }
            var kinds: [ValueKind] = []
            for member in members {
                for kind in valueKinds(of: member, visited: visited) where !kinds.contains(kind) { kinds.append(kind) }
            }
            return kinds
        case .multipleTypes(let types):
            var kinds: [ValueKind] = []
            for type in types {
                let kind: ValueKind? =
                    switch type {
                    case .object: .object
                    case .array: .array
                    case .string: .string
                    case .integer, .number: .number
                    case .boolean: .bool
                    case .null: nil
                    }
                if let kind, !kinds.contains(kind) { kinds.append(kind) }
            }
            return kinds
        case .any: return ValueKind.allCases.filter { $0 != .null }
        }
    }
}
