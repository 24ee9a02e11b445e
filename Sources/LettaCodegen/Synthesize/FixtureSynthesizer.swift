/// Test synthesis is a translation too: from the declarations, deterministic JSON instances of every top-level type.
///
/// Per type: minimal (required only), full (every optional present), nulls (every optional null), one per union
/// member, an unknown discriminator value, every enum value and an unknown one, unknown keys at every object level,
/// extreme values (empty, unicode with U+2028, long strings, ±2^53, every accepted date form), and the spec's own
/// examples. Negative fixtures: a wrong type, a missing required key, a wrong const, each with its coding path.
struct FixtureSynthesizer {
    struct TypeFixtures: Sendable {
        var valid: [String]
        var invalid: [String]
    }

    /// How an instance is filled.
    enum Variant: Hashable {
        case minimal, full, nulls, unknownKeys
        case extremeStrings(String), extremeIntegers(Int), extremeDoubles(Double), dateForm(String)
    }

    static let unknownKey = "x_unknown_key"
    static let unknownKeyValue = OrderedJSON.object([.init(key: "kept", value: .array([.integer(1), .string("two"), .null, .bool(true)]))])
    static let longString = String(repeating: "The quick brown fox jumps over the lazy dog. ", count: 40)
    static let unicodeString = "ünïcødé \u{2028}line\u{2029}para 😀 \"quoted\" \\ back\tslash 日本語"
    static let dateForms = [
        "2024-08-28T22:34:23.435997+00:00", "2019-12-27T18:11:19.117Z", "2024-09-25T19:52:05+00:00",
        "2024-08-28T22:34:23.435997", "2024-01-01t00:00:00z", "2024-01-01T05:30:00+05:30", "2024-01-01T00:00:00.123456Z",
    ]
    static let maximumDepth = 7

    let topLevel: [String: Declaration]
    /// Rotates which member or enum value a nested union or enum gets, so nested positions see variety.
    private var rotation = 0

    init(files: [SwiftFile]) {
        var topLevel: [String: Declaration] = [:]
        for file in files { topLevel[file.declaration.name] = file.declaration }
        self.topLevel = topLevel
    }

    mutating func fixtures(for declaration: Declaration, examples: [OrderedJSON]) -> TypeFixtures {
        rotation = 0
        var lines: [OrderedJSON] = []
        let scope = [declaration]
        switch declaration {
        case .structure(let structure):
            for variant in Self.objectVariants {
                lines.append(structInstance(structure, scope: scope, variant: variant, depth: 0))
            }
        case .union(let union):
            for index in union.cases.indices {
                lines.append(contentsOf: [Variant.full, .minimal, .unknownKeys].compactMap {
                    unionInstance(union, caseIndex: index, scope: scope, variant: $0, depth: 0)
                })
            }
            if let unknown = unknownVariantInstance(union, scope: scope) { lines.append(unknown) }
        case .openEnum(let openEnum):
            lines = openEnum.cases.map { .string($0.rawValue) } + [.string("x_future_value")]
        case .typeAlias(let alias):
            for variant in [Variant.minimal, .full] {
                if let value = instance(of: alias.target, scope: scope + alias.nested, variant: variant, depth: 0) {
                    lines.append(value)
                }
            }
        }
        lines.append(contentsOf: examples)
        return TypeFixtures(valid: Self.unique(lines.map(\.text)), invalid: invalidFixtures(for: declaration))
    }

    static let objectVariants: [Variant] = [
        .minimal, .full, .nulls, .unknownKeys,
        .extremeStrings(""), .extremeStrings(unicodeString), .extremeStrings(longString),
        .extremeIntegers(9_007_199_254_740_992), .extremeIntegers(-9_007_199_254_740_992), .extremeDoubles(1e300),
    ] + dateForms.map(Variant.dateForm)

    static func unique(_ lines: [String]) -> [String] {
        var seen = Set<String>()
        return lines.filter { seen.insert($0).inserted }
    }

    // MARK: Instances

    mutating func instance(of type: SwiftType, scope: [Declaration], variant: Variant, depth: Int) -> OrderedJSON? {
        switch type {
        case .string:
            if case .extremeStrings(let text) = variant { return .string(text) }
            return .string("sample text")
        case .int:
            if case .extremeIntegers(let value) = variant { return .integer(value) }
            return .integer(42)
        case .double:
            if case .extremeDoubles(let value) = variant { return .double(value) }
            return .double(0.25)
        case .bool:
            return .bool(true)
        case .date:
            if case .dateForm(let form) = variant { return .string(form) }
            return .string(Self.dateForms[0])
        case .jsonValue:
            return .object([.init(key: "free_form", value: .array([.integer(1), .string("two"), .null, .object([.init(key: "nested", value: .double(2.5))])]))])
        case .array(let element):
            if variant == .minimal { return .array([]) }
            return instance(of: element, scope: scope, variant: variant, depth: depth + 1).map { .array([$0]) }
        case .dictionary(let value):
            if variant == .minimal { return .object([]) }
            return instance(of: value, scope: scope, variant: variant, depth: depth + 1).map { .object([.init(key: "key", value: $0)]) }
        case .optional(let wrapped), .nullable(let wrapped):
            return instance(of: wrapped, scope: scope, variant: variant, depth: depth)
        case .named(let name):
            guard let (declaration, declarationScope) = lookup(name, in: scope) else { return nil }
            switch declaration {
            case .structure(let structure):
                return structInstance(structure, scope: declarationScope, variant: variant, depth: depth)
            case .union(let union):
                rotation += 1
                return unionInstance(union, caseIndex: rotation % union.cases.count, scope: declarationScope, variant: variant, depth: depth)
            case .openEnum(let openEnum):
                guard !openEnum.cases.isEmpty else { return .string("x_future_value") }
                rotation += 1
                return .string(openEnum.cases[rotation % openEnum.cases.count].rawValue)
            case .typeAlias(let alias):
                return instance(of: alias.target, scope: declarationScope + alias.nested, variant: variant, depth: depth)
            }
        }
    }

    mutating func structInstance(_ structure: StructDeclaration, scope: [Declaration], variant: Variant, depth: Int) -> OrderedJSON {
        let scope = scope + [.structure(structure)]
        var entries = structure.constants.map { OrderedJSON.Entry(key: $0.wireName, value: .string($0.value)) }
        for property in structure.properties {
            if property.type.isOptional {
                switch variant {
                case .minimal: continue
                case .nulls:
                    entries.append(.init(key: property.wireName, value: .null))
                    continue
                default:
                    if depth >= Self.maximumDepth { continue }
                }
            }
            if let value = instance(of: property.type, scope: scope, variant: variant, depth: depth + 1) {
                entries.append(.init(key: property.wireName, value: value))
            }
        }
        if variant == .unknownKeys { entries.append(.init(key: Self.unknownKey, value: Self.unknownKeyValue)) }
        return .object(entries)
    }

    mutating func unionInstance(_ union: UnionDeclaration, caseIndex: Int, scope: [Declaration], variant: Variant, depth: Int) -> OrderedJSON? {
        guard union.cases.indices.contains(caseIndex) else { return nil }
        let member = union.cases[caseIndex]
        return instance(of: member.payload, scope: scope + [.union(union)], variant: variant, depth: depth)
    }

    /// `{tag: "x_future_…", shared fields…, x_unknown_key: …}` for a discriminated union.
    mutating func unknownVariantInstance(_ union: UnionDeclaration, scope: [Declaration]) -> OrderedJSON? {
        guard let property = union.tagProperty else { return nil }
        var entries = [OrderedJSON.Entry(key: property, value: .string("x_future_variant"))]
        for shared in union.sharedProperties {
            if let value = instance(of: shared.type, scope: scope, variant: .full, depth: 1) {
                entries.append(.init(key: shared.wireName, value: value))
            }
        }
        entries.append(.init(key: Self.unknownKey, value: Self.unknownKeyValue))
        return .object(entries)
    }

    /// Finds a type by the name generated code uses, looking outward from the innermost scope, then top level.
    func lookup(_ name: String, in scope: [Declaration]) -> (Declaration, [Declaration])? {
        let bare = name.hasPrefix(SwiftRenderer.deprecatedNamespace + ".")
            ? String(name.dropFirst(SwiftRenderer.deprecatedNamespace.count + 1)) : name
        for depth in stride(from: scope.count - 1, through: 0, by: -1) {
            if let found = Self.nested(of: scope[depth]).first(where: { $0.name == bare }) {
                return (found, Array(scope[...depth]))
            }
        }
        return topLevel[bare].map { ($0, []) }
    }

    static func nested(of declaration: Declaration) -> [Declaration] {
        switch declaration {
        case .structure(let structure): structure.nested
        case .union(let union): union.nested
        case .typeAlias(let alias): alias.nested
        case .openEnum: []
        }
    }
}
