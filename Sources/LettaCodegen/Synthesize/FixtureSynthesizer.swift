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
        case extremeStrings(String)
        case extremeIntegers(Int)
        case extremeDoubles(Double)
        case dateForm(String)
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

    /// Every declaration, nested ones included, by type name.
    let declarations: [TypeName: Declaration]
    /// Rotates which member or enum value a nested union or enum gets, so nested positions see variety.
    private var rotation = 0

    init(files: [SwiftFile]) {
        var declarations: [TypeName: Declaration] = [:]
        for file in files {
            file.declaration.forEachDeclaration { declarations[$0.name] = $0 }
        }
        self.declarations = declarations
    }

    mutating func fixtures(for declaration: Declaration, examples: [OrderedJSON]) -> TypeFixtures {
        rotation = 0
        var lines: [OrderedJSON] = []
        if let structure = declaration.structure {
            for variant in Self.objectVariants {
                lines.append(structInstance(structure, variant: variant, depth: 0))
            }
        } else if let union = declaration.union {
            for index in union.cases.indices {
                lines.append(
                    contentsOf: [Variant.full, .minimal, .unknownKeys].compactMap {
                        unionInstance(union, caseIndex: index, variant: $0, depth: 0)
                    })
            }
            if let unknown = unknownVariantInstance(union) { lines.append(unknown) }
        } else if let openEnum = declaration.openEnum {
            lines = openEnum.cases.map { .string($0.rawValue) } + [.string("x_future_value")]
        } else if let alias = declaration.typeAlias {
            for variant in [Variant.minimal, .full] {
                if let value = instance(of: alias.target, variant: variant, depth: 0) {
                    lines.append(value)
                }
            }
        }
        lines.append(contentsOf: examples)
        return TypeFixtures(valid: Self.unique(lines.map(\.text)), invalid: invalidFixtures(for: declaration))
    }

    static let objectVariants: [Variant] =
        [
            .minimal, .full, .nulls, .unknownKeys,
            .extremeStrings(""), .extremeStrings(unicodeString), .extremeStrings(longString),
            .extremeIntegers(9_007_199_254_740_992), .extremeIntegers(-9_007_199_254_740_992), .extremeDoubles(1e300),
        ] + dateForms.map(Variant.dateForm)

    /// The lines in order, each once. Lines run to kilobytes and most are unlike each other, so a line is compared
    /// only with the kept lines of its length (a memory compare) rather than hashed byte by byte into a set.
    static func unique(_ lines: [String]) -> [String] {
        var keptByLength: [Int: [String]] = [:]
        return lines.filter { line in
            let length = line.utf8.count
            if keptByLength[length, default: []].contains(line) { return false }
            keptByLength[length, default: []].append(line)
            return true
        }
    }

    // MARK: Instances

    mutating func instance(of type: SwiftType, variant: Variant, depth: Int) -> OrderedJSON? {
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
            return .object([
                .init(
                    key: "free_form",
                    value: .array([.integer(1), .string("two"), .null, .object([.init(key: "nested", value: .double(2.5))])]))
            ])
        case .array(let element):
            if variant == .minimal { return .array([]) }
            return instance(of: element, variant: variant, depth: depth + 1).map { .array([$0]) }
        case .dictionary(let value):
            if variant == .minimal { return .object([]) }
            return instance(of: value, variant: variant, depth: depth + 1).map { .object([.init(key: "key", value: $0)]) }
        case .optional(let wrapped), .nullable(let wrapped):
            return instance(of: wrapped, variant: variant, depth: depth)
        case .named(let name):
            guard let declaration = declarations[name] else { return nil }
            if let structure = declaration.structure {
                return structInstance(structure, variant: variant, depth: depth)
            } else if let union = declaration.union {
                rotation += 1
                return unionInstance(union, caseIndex: rotation % union.cases.count, variant: variant, depth: depth)
            } else if let openEnum = declaration.openEnum {
                guard !openEnum.cases.isEmpty else { return .string("x_future_value") }
                rotation += 1
                return .string(openEnum.cases[rotation % openEnum.cases.count].rawValue)
            } else if let alias = declaration.typeAlias {
                return instance(of: alias.target, variant: variant, depth: depth)
            }
            return nil
        }
    }

    mutating func structInstance(_ structure: StructDeclaration, variant: Variant, depth: Int) -> OrderedJSON {
        var entries = structure.constants.map { OrderedJSON.Entry(key: $0.wireName, value: .string($0.value)) }
        // By index, reading the two fields used: `for property in` copied every declaration (its names and
        // documentation) for each instance built.
        for index in structure.properties.indices {
            let (wireName, type) = (structure.properties[index].wireName, structure.properties[index].type)
            if type.isOptional {
                switch variant {
                case .minimal: continue
                case .nulls:
                    entries.append(.init(key: wireName, value: .null))
                    continue
                default:
                    if depth >= Self.maximumDepth { continue }
                }
            }
            if let value = instance(of: type, variant: variant, depth: depth + 1) {
                entries.append(.init(key: wireName, value: value))
            }
        }
        if variant == .unknownKeys { entries.append(.init(key: Self.unknownKey, value: Self.unknownKeyValue)) }
        return .object(entries)
    }

    mutating func unionInstance(_ union: UnionDeclaration, caseIndex: Int, variant: Variant, depth: Int) -> OrderedJSON? {
        guard union.cases.indices.contains(caseIndex) else { return nil }
        return instance(of: union.cases[caseIndex].payload, variant: variant, depth: depth)
    }

    /// `{tag: "x_future_…", shared fields…, x_unknown_key: …}` for a discriminated union.
    mutating func unknownVariantInstance(_ union: UnionDeclaration) -> OrderedJSON? {
        guard let property = union.tagProperty else { return nil }
        var entries = [OrderedJSON.Entry(key: property, value: .string("x_future_variant"))]
        for shared in union.sharedProperties {
            if let value = instance(of: shared.property.type, variant: .full, depth: 1) {
                entries.append(.init(key: shared.property.wireName, value: value))
            }
        }
        entries.append(.init(key: Self.unknownKey, value: Self.unknownKeyValue))
        return .object(entries)
    }
}
