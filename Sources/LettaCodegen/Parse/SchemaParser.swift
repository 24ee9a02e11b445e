/// Reads JSON Schema objects out of YAML nodes, reporting shape errors (a scalar where a mapping belongs, an unknown
/// `type`) as diagnostics and carrying on, so one run shows every problem.
struct SchemaParser {
    var diagnostics = DiagnosticCollector()
    /// The pointer (`#/components/schemas/Tree`) of the named schema being parsed: what `$recursiveRef: "#"` and
    /// `$dynamicRef: "#…"` inside it refer to (the schema resource they sit in, which for OpenAPI components is the
    /// named schema).
    var resourcePointer: String?

    /// The schema written at `node`, whose JSON pointer in its file is `pointer` (`#/components/schemas/X`).
    mutating func parse(_ node: YAMLNode, at pointer: String) -> Schema {
        if case .scalar(.bool) = node.content {
            // 3.1 boolean schema: `true` accepts anything; `false` is never useful in a model, treat it alike.
            return Schema(location: node.location, pointer: pointer)
        }
        guard let entries = mapping(node, context: "a schema") else {
            return Schema(location: node.location, pointer: pointer)
        }
        var reference: SchemaReference?
        var types: [JSONType]?
        var properties: [SchemaProperty] = []
        var required: [LocatedString] = []
        var items: Schema?
        var additionalProperties = AdditionalProperties.unspecified
        var enumValues: [YAMLNode]?
        var constValue: YAMLNode?
        var oneOf: [Schema]?
        var anyOf: [Schema]?
        var allOf: [Schema]?
        var discriminator: Discriminator?
        var nullable = false
        var format: String?
        var title: String?
        var description: String?
        var defaultValue: YAMLNode?
        var deprecated = false
        var readOnly = false
        var writeOnly = false
        var examples: [YAMLNode] = []

        for entry in entries {
            let value = entry.value
            switch SchemaKeyword(entry.key) {
            case .ref:
                if let target = string(value, context: "'$ref'") {
                    reference = SchemaReference(target: target, location: value.location)
                }
            case .recursiveRef, .dynamicRef:
                guard let target = string(value, context: "'\(entry.key)'") else { continue }
                if target.hasPrefix("#"), !target.utf8.contains(UInt8(ascii: "/")), let resourcePointer {
                    reference = SchemaReference(target: resourcePointer, location: value.location)
                } else {
                    diagnostics.warning(
                        "'\(entry.key): \(target)' is read as any JSON value; only '#' (the enclosing schema) is followed",
                        at: value.location
                    )
                }
            case .type:
                types = parseTypes(value)
            case .properties:
                guard let propertyEntries = mapping(value, context: "'properties'") else { break }
                let propertiesPointer = pointer + "/properties/"
                properties = propertyEntries.map {
                    SchemaProperty(
                        name: $0.key, nameLocation: $0.keyLocation,
                        schema: parse($0.value, at: propertiesPointer + JSONPointer.escape($0.key))
                    )
                }
            case .required:
                guard let elements = sequence(value, context: "'required'") else { break }
                required = elements.compactMap { element in
                    string(element, context: "a 'required' entry").map { LocatedString($0, at: element.location) }
                }
            case .items:
                if case .sequence(let tuple) = value.content {
                    // 3.0 tuple form: not used by the Letta specs; keep the first schema so nothing crashes.
                    items = tuple.first.map { parse($0, at: pointer + "/items/0") }
                } else {
                    items = parse(value, at: pointer + "/items")
                }
            case .additionalProperties:
                if case .scalar(.bool(let allowed)) = value.content {
                    additionalProperties = .allowed(allowed)
                } else {
                    additionalProperties = .schema(parse(value, at: pointer + "/additionalProperties"))
                }
            case .enum:
                enumValues = sequence(value, context: "'enum'").map(Array.init)
            case .const:
                constValue = value
            case .oneOf:
                oneOf = sequence(value, context: "'oneOf'").map { parse($0, at: pointer + "/oneOf") }
            case .anyOf:
                anyOf = sequence(value, context: "'anyOf'").map { parse($0, at: pointer + "/anyOf") }
            case .allOf:
                allOf = sequence(value, context: "'allOf'").map { parse($0, at: pointer + "/allOf") }
            case .discriminator:
                discriminator = parseDiscriminator(value)
            case .nullable:
                nullable = bool(value, context: "'nullable'") ?? false
            case .format:
                format = string(value, context: "'format'")
            case .title:
                title = string(value, context: "'title'")
            case .description:
                description = string(value, context: "'description'")
            case .default:
                defaultValue = value
            case .deprecated:
                deprecated = bool(value, context: "'deprecated'") ?? false
            case .readOnly:
                readOnly = bool(value, context: "'readOnly'") ?? false
            case .writeOnly:
                writeOnly = bool(value, context: "'writeOnly'") ?? false
            case .examples:
                if let elements = value.elements { examples.append(contentsOf: elements) } else { examples.append(value) }
            case .example:
                examples.append(value)
            case nil:
                break
            }
        }
        return Schema(
            location: node.location,
            pointer: pointer,
            reference: reference,
            types: types,
            properties: properties,
            required: required,
            items: items,
            additionalProperties: additionalProperties,
            enumValues: enumValues,
            constValue: constValue,
            oneOf: oneOf,
            anyOf: anyOf,
            allOf: allOf,
            discriminator: discriminator,
            nullable: nullable,
            format: format,
            title: title,
            description: description,
            defaultValue: defaultValue,
            deprecated: deprecated,
            readOnly: readOnly,
            writeOnly: writeOnly,
            examples: examples
        )
    }

    /// The schemas of a sequence keyword, each at `pointer/index`.
    private mutating func parse(_ elements: YAMLSequence, at pointer: String) -> [Schema] {
        elements.enumerated().map { index, element in parse(element, at: pointer + "/" + String(index)) }
    }

    private mutating func parseTypes(_ node: YAMLNode) -> [JSONType]? {
        // Nearly every `type` is one known name: no list of nodes to build.
        if case .scalar(.string(let text)) = node.content, let type = JSONType(name: text) { return type.alone }
        let names: [YAMLNode]
        switch node.content {
        case .sequence(let elements): names = Array(elements)
        case .scalar: names = [node]
        case .mapping:
            diagnostics.error("expected a string or a sequence of strings for 'type', found a mapping", at: node.location)
            return nil
        }
        var types: [JSONType] = []
        for name in names {
            // `type: null` in YAML is the null scalar, which means the JSON type "null".
            if case .scalar(.null) = name.content {
                types.append(.null)
                continue
            }
            guard let text = string(name, context: "'type'") else { continue }
            guard let type = JSONType(name: text) else {
                let known = JSONType.allCases.map(\.rawValue).joined(separator: ", ")
                diagnostics.error("unknown type '\(text)' (expected one of \(known))", at: name.location)
                continue
            }
            types.append(type)
        }
        return types
    }

    private mutating func parseDiscriminator(_ node: YAMLNode) -> Discriminator? {
        guard let entries = mapping(node, context: "'discriminator'") else { return nil }
        var propertyName: String?
        var mapping: [Discriminator.MappingEntry] = []
        for entry in entries {
            switch entry.key {
            case "propertyName":
                propertyName = string(entry.value, context: "'propertyName'")
            case "mapping":
                guard let mappingEntries = self.mapping(entry.value, context: "'mapping'") else { break }
                for mappingEntry in mappingEntries {
                    guard let target = string(mappingEntry.value, context: "a discriminator mapping target") else { continue }
                    mapping.append(
                        Discriminator.MappingEntry(
                            value: mappingEntry.key,
                            reference: SchemaReference(target: target, location: mappingEntry.value.location)
                        ))
                }
            default:
                break
            }
        }
        guard let propertyName else {
            diagnostics.error("discriminator needs a 'propertyName'", at: node.location)
            return nil
        }
        return Discriminator(propertyName: propertyName, location: node.location, mapping: mapping)
    }

    // MARK: Shape checks

    mutating func mapping(_ node: YAMLNode, context: String) -> YAMLMapping? {
        if let entries = node.entries { return entries }
        diagnostics.error("expected a mapping for \(context), found \(node.kindDescription)", at: node.location)
        return nil
    }

    mutating func sequence(_ node: YAMLNode, context: String) -> YAMLSequence? {
        if let elements = node.elements { return elements }
        diagnostics.error("expected a sequence for \(context), found \(node.kindDescription)", at: node.location)
        return nil
    }

    mutating func string(_ node: YAMLNode, context: String) -> String? {
        if let text = node.stringValue { return text }
        diagnostics.error("expected a string for \(context), found \(node.kindDescription)", at: node.location)
        return nil
    }

    mutating func bool(_ node: YAMLNode, context: String) -> Bool? {
        if case .scalar(.bool(let value)) = node.content { return value }
        diagnostics.error("expected a boolean for \(context), found \(node.kindDescription)", at: node.location)
        return nil
    }
}

/// The JSON Schema keywords the parser reads.
enum SchemaKeyword {
    case ref, recursiveRef, dynamicRef, type, properties, required, items, additionalProperties, `enum`, const, oneOf
    case anyOf, allOf, discriminator, nullable, format, title, description, `default`, deprecated, readOnly, writeOnly
    case examples, example

    init?(_ key: String) {
        switch key {
        case "$ref": self = .ref
        case "$recursiveRef": self = .recursiveRef
        case "$dynamicRef": self = .dynamicRef
        case "type": self = .type
        case "properties": self = .properties
        case "required": self = .required
        case "items": self = .items
        case "additionalProperties": self = .additionalProperties
        case "enum": self = .enum
        case "const": self = .const
        case "oneOf": self = .oneOf
        case "anyOf": self = .anyOf
        case "allOf": self = .allOf
        case "discriminator": self = .discriminator
        case "nullable": self = .nullable
        case "format": self = .format
        case "title": self = .title
        case "description": self = .description
        case "default": self = .default
        case "deprecated": self = .deprecated
        case "readOnly": self = .readOnly
        case "writeOnly": self = .writeOnly
        case "examples": self = .examples
        case "example": self = .example
        default: return nil
        }
    }
}
