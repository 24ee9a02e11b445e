/// `paths` → a client: each operation a method of a resource (`client.conversations.messages.create`), its
/// parameters typed, a JSON body's properties taken as parameters, its result a value, a page, an event stream or
/// bytes. Names are chosen, never demanded: the config places operations (`operations:`), else each goes to the
/// resource of its first tag under its `operationId`, and names that collide are numbered.
extension TranslationContext {
    /// The client of the spec's operations; `models` are the translated models, by type.
    func clientDeclaration(settings: CodegenConfiguration.ClientSettings, models: [TypeName: Declaration]) -> ClientDeclaration {
        // The client type may share its module's name (`LettaClient.LettaClient`); no model type takes that name.
        let clientName = availableName(settings.name ?? settings.module, allowing: settings.module)
        // Types nested in resources may shadow no model: none of them is the root of a closure.
        currentRoot = nil
        var root = ResourceNode(typeName: "", property: "")
        for operation in document.operations {
            let (path, method) = placement(of: operation, settings: settings)
            root.insert(operation, methodName: method, at: path)
        }
        let title = document.title ?? clientName
        return ClientDeclaration(
            name: clientName,
            documentation: [
                "The \(title.hasSuffix(" API") ? title : title + " API"): its operations as methods, grouped into resources as the API's paths are."
            ],
            defaultBaseURL: settings.baseURL ?? document.servers.first,
            apiKeyVariable: settings.apiKeyVariable,
            baseURLVariable: settings.baseURLVariable,
            // The client and the version of the description it was generated from, as the official SDKs send theirs.
            userAgent: "\(clientName)/\(document.version ?? "unversioned") (Swift)",
            usesDefaultTransport: settings.defaultTransport,
            root: resource(root, clientName: clientName, settings: settings, models: models)
        )
    }

    /// A type name of the client's module that no model type takes (the client module imports the models).
    private func availableName(_ base: String, allowing allowed: String? = nil) -> String {
        var name = SwiftNames.typeName(base)
        while topLevelNames.contains(name) || (unavailableTypeNames.contains(name) && name != allowed) { name += "Client" }
        return name
    }

    /// Where an operation goes: the config's `resource.path.method`, else its first tag and its `operationId` (or its
    /// method and path), spelled as Swift names.
    private func placement(of operation: SpecOperation, settings: CodegenConfiguration.ClientSettings) -> (path: [String], method: String) {
        if let id = operation.operationID, let configured = settings.operations[id] {
            let parts = configured.split(separator: ".").map(String.init)
            if let method = parts.last { return (Array(parts.dropLast()), method) }
        }
        let resource = operation.tags.first.map { [SwiftNames.memberName($0)] } ?? []
        let name = operation.identifier
        return (resource, SwiftNames.memberName(name))
    }

    /// The operations of a resource and its children, as the tree collected them.
    private struct ResourceNode {
        var typeName: String
        var property: String
        var operations: [(SpecOperation, String)] = []
        var children: [ResourceNode] = []

        mutating func insert(_ operation: SpecOperation, methodName: String, at path: [String]) {
            guard let first = path.first else {
                operations.append((operation, methodName))
                return
            }
            let property = SwiftNames.memberName(first)
            if let index = children.firstIndex(where: { $0.property == property }) {
                children[index].insert(operation, methodName: methodName, at: Array(path.dropFirst()))
            } else {
                var child = ResourceNode(typeName: typeName + SwiftNames.typeName(first), property: property)
                child.insert(operation, methodName: methodName, at: Array(path.dropFirst()))
                children.append(child)
            }
        }
    }

    private func resource(
        _ node: ResourceNode, clientName: String, settings: CodegenConfiguration.ClientSettings, models: [TypeName: Declaration]
    ) -> ResourceDeclaration {
        let typeName = node.typeName.isEmpty ? "" : availableName(node.typeName + "Resource")
        let owner = TypeName.topLevel(typeName.isEmpty ? clientName : typeName)
        // A method may not take the name of a child resource's property or of the engine.
        var reserved = [GeneratedCodeNames.clientEngineProperty: GeneratedCodeNames.clientEngineProperty + "Value"]
        for child in node.children { reserved[child.property] = child.property + "Operation" }
        let assigned = NameAssignment.assign(
            node.operations.map { .init(proposed: $0.1, fromConfiguration: false) }, reserved: reserved)
        var nested: [Declaration] = []
        var operations: [OperationDeclaration] = []
        for (index, (operation, _)) in node.operations.enumerated() {
            operations.append(
                operationDeclaration(
                    operation, name: MemberName(assigned.names[index]), owner: owner, settings: settings, models: models,
                    nested: &nested))
        }
        let children = node.children.map { resource($0, clientName: clientName, settings: settings, models: models) }
        let path = node.typeName.isEmpty ? "the client" : "`" + node.property + "`"
        return ResourceDeclaration(
            typeName: typeName, property: MemberName(node.property),
            documentation: ["The operations reached through \(path)."], operations: operations, children: children,
            nested: nested)
    }

    // MARK: One operation

    private func operationDeclaration(
        _ operation: SpecOperation, name: MemberName, owner: TypeName, settings: CodegenConfiguration.ClientSettings,
        models: [TypeName: Declaration], nested: inout [Declaration]
    ) -> OperationDeclaration {
        let typePrefix = SwiftNames.typeName(name.plain)
        var candidates: [(parameter: OperationParameterDeclaration, required: Bool)] = []
        // Path parameters in the order the path names them, then the rest in the order written.
        let pathNames = Self.pathParameterNames(operation.path)
        let pathParameters = pathNames.compactMap { name in operation.parameters.first { $0.place == .path && $0.name == name } }
        let others = operation.parameters.filter { $0.place == .query || $0.place == .header }
        for parameter in pathParameters + others {
            var resolved: (type: SwiftType, nullable: Bool)?
            if let schema = parameter.schema {
                let suggested = operationTypeName(typePrefix + SwiftNames.typeName(parameter.name), inside: owner, nested: nested)
                resolved = swiftType(for: schema, suggestedName: suggested, nested: &nested)
            }
            let type = resolved?.type ?? .string
            let place: OperationParameterDeclaration.Place = parameter.place == .path ? .path : parameter.place == .query ? .query : .header
            candidates.append(
                (
                    OperationParameterDeclaration(
                        label: MemberName(memberName(parameter.name)), type: parameter.required ? type : .optional(type),
                        wireName: parameter.name, place: place, text: valueText(of: type, models: models, nested: nested),
                        documentation: parameter.description.map(Self.paragraphLines) ?? [],
                        deprecation: parameter.deprecated ? Deprecation(message: "Deprecated in the API description.") : nil,
                        location: parameter.location),
                    parameter.required
                ))
        }
        var body: OperationBody?
        if let requestBody = operation.requestBody {
            body = requestBodyParameters(
                requestBody, owner: owner, typePrefix: typePrefix, models: models, nested: &nested, into: &candidates)
        }
        // Required parameters first, then the optional ones, each group in order; names that collide are numbered.
        let ordered = candidates.filter(\.required) + candidates.filter { !$0.required }
        // A body property that shares a path, query or header parameter's name becomes `body…`.
        let assigned = NameAssignment.assign(
            ordered.map { candidate in
                let label = candidate.parameter.label.plain
                switch candidate.parameter.place {
                case .bodyProperty, .part:
                    return .init(proposed: label, fromConfiguration: false, alternatives: { ["body" + SwiftNames.typeName(label)] })
                default: return .init(proposed: label, fromConfiguration: false)
                }
            },
            reserved: [GeneratedCodeNames.optionsParameter: GeneratedCodeNames.optionsParameter + "Value"])
        var parameters = ordered.map(\.parameter)
        for index in parameters.indices { parameters[index].label = MemberName(assigned.names[index]) }
        if case .multipart(let parts) = body {
            // Parts refer to parameters by index: the order changed.
            body = .multipart(
                parts.map { part in
                    var moved = part
                    moved.parameter =
                        parameters.firstIndex { $0.wireName == candidates[part.parameter].parameter.wireName && $0.place == .part }
                        ?? part.parameter
                    return moved
                })
        }
        let path = Self.pathParts(operation.path, parameters: parameters)
        return OperationDeclaration(
            name: name,
            documentation: operationDocumentation(operation, parameters: parameters),
            deprecation: operation.deprecated ? Deprecation(message: "Deprecated in the API description.") : nil,
            method: operation.method,
            path: path,
            operationID: operation.identifier,
            parameters: parameters,
            body: body,
            result: result(of: operation, owner: owner, typePrefix: typePrefix, settings: settings, models: models, nested: &nested),
            location: operation.location
        )
    }

    /// How a value of `type` is written as text: scalars as themselves, open enums by raw value, dates in RFC 3339,
    /// anything else as JSON; an array element by element.
    private func valueText(of type: SwiftType, models: [TypeName: Declaration], nested: [Declaration]) -> ValueText {
        func form(_ type: SwiftType) -> ValueText.Form {
            switch type {
            case .string, .int, .double, .bool: return .plain
            case .date: return .date
            case .named(let name):
                let declaration = models[name] ?? nested.lazy.compactMap { $0.declaration(named: name) }.first
                return declaration?.openEnum != nil ? .rawValue : .json
            default: return .json
            }
        }
        if case .array(let element) = type.unwrapped, form(element) != .json { return ValueText(form: form(element), isList: true) }
        return ValueText(form: form(type.unwrapped))
    }

    /// The name of a type an operation declares inline, unique among the resource's nested types.
    private func operationTypeName(_ base: String, inside owner: TypeName, nested: [Declaration]) -> TypeName {
        var name = nestedTypeName(base, inside: owner)
        while nested.contains(where: { $0.name == name }) { name = nestedTypeName(name.name + "Value", inside: owner) }
        return name
    }

    /// The parameters a body gives: a JSON object's properties (one parameter each), or the whole body.
    private func requestBodyParameters(
        _ requestBody: SpecRequestBody, owner: TypeName, typePrefix: String, models: [TypeName: Declaration],
        nested: inout [Declaration], into candidates: inout [(parameter: OperationParameterDeclaration, required: Bool)]
    ) -> OperationBody? {
        let documentation = requestBody.description.map(Self.paragraphLines) ?? []
        if let content = requestBody.contents.first(where: \.isJSON) {
            guard let schema = content.schema else { return nil }
            let suggested = operationTypeName(typePrefix + "Body", inside: owner, nested: nested)
            let resolved = swiftType(for: schema, suggestedName: suggested, nested: &nested)
            if case .named(let name) = resolved.type,
                let structure = (models[name] ?? nested.lazy.compactMap { $0.declaration(named: name) }.first)?.structure,
                !structure.properties.isEmpty
            {
                let locations = bodyPropertyLocations(of: schema)
                for property in structure.properties {
                    candidates.append(
                        (
                            OperationParameterDeclaration(
                                // The body's own nested types are named from outside it.
                                label: property.name, type: property.type.qualified, wireName: property.wireName,
                                place: .bodyProperty(property.name),
                                text: valueText(of: property.type, models: models, nested: nested), documentation: property.documentation,
                                deprecation: property.deprecation, location: locations[property.wireName] ?? requestBody.location),
                            !property.type.isOptional
                        ))
                }
                return .json(resolved.type, fields: structure.properties.map(\.name))
            }
            let type: SwiftType = requestBody.required ? resolved.type : .optional(resolved.type)
            candidates.append(
                (
                    OperationParameterDeclaration(
                        label: MemberName("body"), type: type, wireName: "body", place: .body, text: ValueText(form: .json),
                        documentation: documentation, deprecation: nil, location: requestBody.location),
                    requestBody.required
                ))
            return .json(resolved.type, fields: nil)
        }
        if let content = requestBody.contents.first(where: \.isMultipartForm), let schema = content.schema,
            let object = objectSchema(of: schema)
        {
            let merged = mergedObject(object)
            let required = Set(merged.requiredNames)
            var parts: [MultipartPartDeclaration] = []
            for property in merged.properties {
                let type: SwiftType
                if property.schema.format == "binary" {
                    type = .multipartFile
                } else if property.schema.items?.format == "binary" {
                    type = .array(.multipartFile)
                } else {
                    let suggested = operationTypeName(typePrefix + SwiftNames.typeName(property.name), inside: owner, nested: nested)
                    type = swiftType(for: property.schema, suggestedName: suggested, nested: &nested).type
                }
                let isFile = type == .multipartFile || type == .array(.multipartFile)
                parts.append(MultipartPartDeclaration(parameter: candidates.count, kind: isFile ? .file : .value))
                let isRequired = required.contains(property.name)
                candidates.append(
                    (
                        OperationParameterDeclaration(
                            label: MemberName(memberName(property.name)), type: isRequired ? type : .optional(type),
                            wireName: property.name,
                            place: .part, text: valueText(of: type, models: models, nested: nested),
                            documentation: self.documentation(for: property.schema),
                            deprecation: self.deprecation(forProperty: property.schema),
                            location: property.nameLocation),
                        isRequired
                    ))
            }
            return .multipart(parts)
        }
        guard let content = requestBody.contents.first else { return nil }
        candidates.append(
            (
                OperationParameterDeclaration(
                    label: MemberName("body"), type: requestBody.required ? .data : .optional(.data), wireName: "body",
                    place: .body, text: ValueText(form: .plain), documentation: documentation, deprecation: nil,
                    location: requestBody.location),
                requestBody.required
            ))
        return .bytes(contentType: content.essence)
    }

    /// What a success answers: the first 2xx with content (an event stream where one is offered), else nothing.
    private func result(
        of operation: SpecOperation, owner: TypeName, typePrefix: String, settings: CodegenConfiguration.ClientSettings,
        models: [TypeName: Declaration], nested: inout [Declaration]
    ) -> OperationResult {
        let successes = operation.responses.filter(\.isSuccess).sorted { ($0.code ?? 299) < ($1.code ?? 299) }
        guard let response = successes.first(where: { !$0.contents.isEmpty }) else { return .none }
        if let stream = response.contents.first(where: \.isEventStream) {
            let events: SwiftType
            if let reference = operation.streamEvents, let target = resolve(reference) {
                events = .named(names.typeName(for: target))
            } else if let named = settings.streamEvents.flatMap(document.schema(named:)) {
                events = .named(names.typeName(for: named))
            } else if let schema = stream.schema {
                let suggested = operationTypeName(typePrefix + "Event", inside: owner, nested: nested)
                events = swiftType(for: schema, suggestedName: suggested, nested: &nested).type
            } else {
                events = .jsonValue
            }
            let errors = settings.streamErrors.flatMap(document.schema(named:)).map { SwiftType.named(names.typeName(for: $0)) }
            return .stream(events: events, errors: errors ?? .jsonValue)
        }
        guard let json = response.contents.first(where: \.isJSON) else { return .bytes }
        guard let schema = json.schema else { return .value(.jsonValue) }
        let suggested = operationTypeName(typePrefix + "Response", inside: owner, nested: nested)
        let type = swiftType(for: schema, suggestedName: suggested, nested: &nested).type
        if case .array(let item) = type,
            operation.parameters.contains(where: { $0.place == .query && ($0.name == "after" || $0.name == "before") }),
            let cursor = cursor(of: item, models: models, nested: nested)
        {
            return .page(item: item, cursor: cursor)
        }
        return .value(type)
    }

    /// Where a body schema (through `$ref`s and `allOf`) names each of its properties, by wire name.
    private func bodyPropertyLocations(of schema: Schema) -> [String: SourceLocation] {
        guard let object = objectSchema(of: schema) else { return [:] }
        var locations: [String: SourceLocation] = [:]
        for property in mergedObject(object).properties where locations[property.name] == nil {
            locations[property.name] = property.nameLocation
        }
        return locations
    }

    /// The member that gives an item's cursor: a property `id` of a struct, or a union's shared `id`.
    private func cursor(of item: SwiftType, models: [TypeName: Declaration], nested: [Declaration]) -> MemberName? {
        guard case .named(let name) = item,
            let declaration = models[name] ?? nested.lazy.compactMap({ $0.declaration(named: name) }).first
        else { return nil }
        if let property = declaration.structure?.properties.first(where: { $0.wireName == "id" }), property.type.unwrapped == .string {
            return property.name
        }
        if let shared = declaration.union?.sharedProperties.first(where: { $0.property.wireName == "id" }) {
            return shared.property.name
        }
        return nil
    }

    // MARK: Paths and documentation

    /// The names a path template's `{…}` parts give, in order.
    static func pathParameterNames(_ path: String) -> [String] {
        var names: [String] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    /// The path template as literal parts and parameters (by index); a `{name}` no parameter declares stays literal.
    static func pathParts(_ path: String, parameters: [OperationParameterDeclaration]) -> [OperationDeclaration.PathPart] {
        var parts: [OperationDeclaration.PathPart] = []
        var literal = ""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            literal += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let index = parameters.firstIndex(where: { $0.place == .path && $0.wireName == name }) {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(.parameter(index))
            } else {
                literal += "{" + name + "}"
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    /// Where an undocumented parameter goes: "The `limit` query parameter."
    static func placeDescription(_ parameter: OperationParameterDeclaration) -> String {
        let name = "`" + parameter.wireName + "`"
        switch parameter.place {
        case .path: return "The \(name) path parameter."
        case .query: return "The \(name) query parameter."
        case .header: return "The \(name) header."
        case .bodyProperty: return "The body's \(name)."
        case .part: return "The form's \(name) part."
        case .body: return "The body."
        }
    }

    /// The summary, the description, each parameter's description, and where in the spec the operation is.
    private func operationDocumentation(_ operation: SpecOperation, parameters: [OperationParameterDeclaration]) -> [String] {
        var lines = (operation.summary.map(Self.paragraphLines) ?? [])
        if let description = operation.description, description != operation.summary {
            lines = Self.joined(lines, Self.paragraphLines(description))
        }
        var parameterLines = ["- Parameters:"]
        for parameter in parameters {
            let text = parameter.documentation.first { !$0.isEmpty } ?? Self.placeDescription(parameter)
            parameterLines.append("  - \(parameter.label.plain): \(text)")
        }
        parameterLines.append("  - options: Headers, query, a timeout and retries for this call alone.")
        lines = Self.joined(lines, parameterLines)
        let operationID = operation.operationID.map { " (`\($0)`)" } ?? ""
        return Self.joined(lines, ["- Remark: Generated from `\(operation.method.uppercased()) \(operation.path)`\(operationID)."])
    }
}
