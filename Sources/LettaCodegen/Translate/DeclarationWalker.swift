/// The one place besides the printer that tells the kinds of a `Declaration` apart: the rest of the generator walks
/// declarations and asks for a kind through these.
extension Declaration {
    /// The struct this declaration is, if it is one.
    package var structure: StructDeclaration? {
        if case .structure(let structure) = kind { return structure }
        return nil
    }

    /// The union this declaration is, if it is one.
    package var union: UnionDeclaration? {
        if case .union(let union) = kind { return union }
        return nil
    }

    /// The open enum this declaration is, if it is one.
    package var openEnum: OpenEnumDeclaration? {
        if case .openEnum(let openEnum) = kind { return openEnum }
        return nil
    }

    /// The type alias this declaration is, if it is one.
    package var typeAlias: TypeAliasDeclaration? {
        if case .typeAlias(let alias) = kind { return alias }
        return nil
    }

    /// This declaration and every one nested in it, parents before their nested types, in declaration order.
    package func forEachDeclaration(_ body: (Declaration) throws -> Void) rethrows {
        try body(self)
        for inner in nested { try inner.forEachDeclaration(body) }
    }

    /// This declaration with `transform` applied to every union in it, its own kind included.
    package func updatingUnions(_ transform: (TypeName, inout UnionDeclaration) -> Void) -> Declaration {
        var copy = self
        if case .union(var union) = kind {
            transform(name, &union)
            copy.kind = .union(union)
        }
        copy.nested = nested.map { $0.updatingUnions(transform) }
        return copy
    }

    /// This declaration or the one nested in it (at any depth) that is named `name`.
    package func declaration(named name: TypeName) -> Declaration? {
        if self.name == name { return self }
        for inner in nested {
            if let found = inner.declaration(named: name) { return found }
        }
        return nil
    }

    /// Every type the declaration's own members refer to (not its nested declarations'): property types, case
    /// payloads, the aliased type.
    package var referencedTypes: [SwiftType] {
        switch kind {
        case .structure(let structure): structure.properties.map(\.type)
        case .union(let union): union.cases.map(\.payload)
        case .openEnum: []
        case .typeAlias(let alias): [alias.target]
        }
    }

    /// `struct`, `enum tagged on 'x'`, `enum chosen by shape`, `string enum`, `typealias of T`: the kind in words.
    package var kindDescription: String {
        switch kind {
        case .structure: "struct"
        case .union(let union): union.tagProperty.map { "enum tagged on '\($0)'" } ?? "enum chosen by shape"
        case .openEnum: "string enum"
        case .typeAlias(let alias): "typealias of \(alias.target.sourceText)"
        }
    }
}

extension SwiftType {
    /// Every generated type this type names, through arrays, dictionaries and optionals.
    package var namedTypes: [TypeName] {
        switch self {
        case .named(let name): [name]
        case .array(let element), .dictionary(let element), .optional(let element), .nullable(let element): element.namedTypes
        case .string, .int, .double, .bool, .date, .jsonValue: []
        }
    }
}
