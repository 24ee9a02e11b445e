/// The client: a struct holding the runtime's `APIClient`, its resources as computed properties, each operation a
/// method that builds a `ClientRequest` and hands it to the engine. Every name, type and text comes from the
/// `ClientDeclaration`; this file only spells it.
extension SwiftRenderer {
    /// The imports of a client file: the runtime, and the models' module when it is another one. The client's own
    /// file also names the transports (`client`: its initializers take one, and default to the platform's when the
    /// declaration says so).
    func renderClientPreamble(modelsModule: String?, client: ClientDeclaration?, into printer: inout CodePrinter) {
        printer.line(headerLine)
        printer.line()
        printer.line("import Foundation")
        printer.line("@_spi(Generated) import LettaCodegenRuntime")
        printer.line("import LettaClientRuntime")
        if client?.usesDefaultTransport == true { printer.line("import LettaClientTransport") }
        if let modelsModule { printer.line("import \(modelsModule)") }
        if client != nil { printer.line("import OpenAPIRuntime") }
        printer.line()
    }

    /// The client type with the operations that belong to no resource.
    func renderClient(_ client: ClientDeclaration, into printer: inout CodePrinter) {
        let engine = GeneratedCodeNames.clientEngineProperty
        let apiKey = client.apiKeyVariable.map { "`\($0)`" }
        let baseURL = client.baseURLVariable.map { "`\($0)`" }
        let transportParameter =
            client.usesDefaultTransport ? "transport: any ClientTransport = defaultClientTransport()," : "transport: any ClientTransport,"
        printer.documentation(client.documentation)
        printer.block("\(accessLevel) struct \(client.name): Sendable") { printer in
            printer.documentation(["The engine every operation sends through: configuration, transport, middlewares, retries and errors."])
            printer.line("\(accessLevel) let \(engine): APIClient")
            printer.line()
            printer.documentation(
                [
                    "A client with the API key and base URL given, else read from the environment.",
                    "",
                    "- Parameters:",
                    "  - apiKey: Sent as `Authorization: Bearer …`; nil: "
                        + (apiKey.map { "the environment's \($0), else none." } ?? "none."),
                    "  - baseURL: Where the API is; nil: "
                        + [baseURL.map { "the environment's \($0)" }, client.defaultBaseURL.map { "`\($0)`" }].compactMap { $0 }
                        .joined(separator: ", else ") + (client.defaultBaseURL == nil ? " (required when that is unset)." : "."),
                    client.usesDefaultTransport
                        ? "  - transport: How requests travel: URLSession on Apple platforms, AsyncHTTPClient on Linux, unless given."
                        : "  - transport: How requests travel: any swift-openapi-runtime `ClientTransport`.",
                    "  - middlewares: Each request and response passes through them, in order.",
                ])
            printer.line("\(accessLevel) init(")
            printer.indented { printer in
                printer.line("apiKey: String? = nil,")
                printer.line("baseURL: URL? = nil,")
                printer.line(transportParameter)
                printer.line("middlewares: [any ClientMiddleware] = []")
            }
            printer.block(")") { printer in
                printer.line(
                    "self.init(configuration: Self.configuration(apiKey: apiKey, baseURL: baseURL), transport: transport, middlewares: middlewares)"
                )
            }
            printer.line()
            printer.documentation([
                "A client with a configuration of your own: start from `configuration(apiKey:baseURL:environment:)` and change its",
                "timeouts, retries or headers.",
            ])
            printer.line("\(accessLevel) init(")
            printer.indented { printer in
                printer.line("configuration: ClientConfiguration,")
                printer.line(transportParameter)
                printer.line("middlewares: [any ClientMiddleware] = []")
            }
            printer.block(")") { printer in
                printer.line("self.\(engine) = APIClient(configuration: configuration, transport: transport, middlewares: middlewares)")
            }
            printer.line()
            printer.documentation([
                "The configuration `init(apiKey:baseURL:transport:middlewares:)` uses: the key and the base URL given, else the",
                "environment's, else the defaults.",
            ])
            printer.line("\(accessLevel) static func configuration(")
            printer.indented { printer in
                printer.line("apiKey: String? = nil,")
                printer.line("baseURL: URL? = nil,")
                printer.line("environment: [String: String] = ProcessInfo.processInfo.environment")
            }
            printer.block(") -> ClientConfiguration") { printer in
                printer.line("ClientConfiguration(")
                printer.indented { printer in
                    printer.line("apiKey: apiKey,")
                    printer.line("baseURL: baseURL,")
                    printer.line("defaultBaseURL: \(client.defaultBaseURL.map(SwiftLiteral.string) ?? "nil"),")
                    printer.line("apiKeyVariable: \(client.apiKeyVariable.map(SwiftLiteral.string) ?? "nil"),")
                    printer.line("baseURLVariable: \(client.baseURLVariable.map(SwiftLiteral.string) ?? "nil"),")
                    printer.line("userAgent: \(SwiftLiteral.string(client.userAgent)),")
                    printer.line("environment: environment")
                }
                printer.line(")")
            }
            renderResourceMembers(client.root, into: &printer)
        }
    }

    /// A resource type: the engine, its children and its operations.
    func renderResource(_ resource: ResourceDeclaration, into printer: inout CodePrinter) {
        let engine = GeneratedCodeNames.clientEngineProperty
        printer.documentation(resource.documentation)
        printer.block("\(accessLevel) struct \(resource.typeName): Sendable") { printer in
            printer.documentation(["The engine every operation sends through."])
            printer.line("\(accessLevel) let \(engine): APIClient")
            printer.line()
            printer.block("\(accessLevel) init(\(engine): APIClient)") { printer in
                printer.line("self.\(engine) = \(engine)")
            }
            renderResourceMembers(resource, into: &printer)
        }
    }

    /// A resource's child properties, operations and nested types (the client's own, too).
    private func renderResourceMembers(_ resource: ResourceDeclaration, into printer: inout CodePrinter) {
        let engine = GeneratedCodeNames.clientEngineProperty
        for child in resource.children {
            printer.line()
            printer.documentation(child.documentation)
            printer.line("\(accessLevel) var \(child.property.escaped): \(child.typeName) { \(child.typeName)(\(engine): \(engine)) }")
        }
        for operation in resource.operations {
            printer.line()
            renderOperation(operation, into: &printer)
        }
        renderNestedModels(resource.nested, into: &printer)
    }

    /// The runtime support of the types a resource declares inline (`extension Resource.Type: JSONModel`).
    func renderResourceSupport(_ resource: ResourceDeclaration, into printer: inout CodePrinter) {
        renderStructInitializers(in: resource.nested, into: &printer)
        var supported: [Declaration] = []
        for declaration in resource.nested {
            declaration.forEachDeclaration { inner in
                if inner.typeAlias == nil { supported.append(inner) }
            }
        }
        guard !supported.isEmpty else { return }
        printer.line()
        printer.line("// MARK: - Code below here is support for LettaCodegenRuntime: decoding, encoding and equality.")
        for inner in supported {
            printer.line()
            renderSupport(inner, path: Self.extendedPath(of: inner.name), into: &printer)
        }
    }

    /// The client module's files: the client (with its own operations) and one file per resource, each with the
    /// support of the types it declares inline.
    func renderClientFiles(_ client: ClientDeclaration, modelsModule: String?) -> [(fileName: String, contents: [UInt8])] {
        guard modelsModule == nil || ownTopLevelTypes != nil else {
            var renderer = self
            var own: Set<String> = [client.name]
            var pending = [client.root]
            while let resource = pending.popLast() {
                if !resource.typeName.isEmpty { own.insert(resource.typeName) }
                pending.append(contentsOf: resource.children)
            }
            renderer.ownTopLevelTypes = own
            return renderer.renderClientFiles(client, modelsModule: modelsModule)
        }
        var files: [(fileName: String, contents: [UInt8])] = []
        var printer = CodePrinter()
        renderClientPreamble(modelsModule: modelsModule, client: client, into: &printer)
        renderClient(client, into: &printer)
        renderResourceSupport(client.root, into: &printer)
        files.append((client.name + ".swift", printer.utf8))
        var queue = client.root.children
        while !queue.isEmpty {
            let resource = queue.removeFirst()
            printer.removeAll()
            renderClientPreamble(modelsModule: modelsModule, client: nil, into: &printer)
            renderResource(resource, into: &printer)
            renderResourceSupport(resource, into: &printer)
            files.append((resource.typeName + ".swift", printer.utf8))
            queue.append(contentsOf: resource.children)
        }
        return files
    }

    /// The client and every resource after the models of one file (the build plugin's single output).
    func renderClientBody(_ client: ClientDeclaration, into printer: inout CodePrinter) {
        printer.line()
        renderClient(client, into: &printer)
        renderResourceSupport(client.root, into: &printer)
        var queue = client.root.children
        while !queue.isEmpty {
            let resource = queue.removeFirst()
            printer.line()
            renderResource(resource, into: &printer)
            renderResourceSupport(resource, into: &printer)
            queue.append(contentsOf: resource.children)
        }
    }

    // MARK: Operations

    /// One method: the signature, the request built from the parameters, the engine call that gives the result.
    private func renderOperation(_ operation: OperationDeclaration, into printer: inout CodePrinter) {
        let options = GeneratedCodeNames.optionsParameter
        let request = GeneratedCodeNames.requestLocal
        printer.documentation(operation.documentation)
        if let deprecation = operation.deprecation { printer.line(availability(deprecation)) }
        printer.line("\(accessLevel) func \(operation.name.escaped)(")
        printer.indented { printer in
            for parameter in operation.parameters {
                let name =
                    parameter.label.parameter == parameter.label.escaped
                    ? parameter.label.escaped : parameter.label.plain + " " + parameter.label.parameter
                printer.line("\(name): \(parameter.type.sourceText)\(parameter.defaultValue.map { " = " + $0 } ?? ""),")
            }
            printer.line("\(options): RequestOptions = RequestOptions()")
        }
        let resultType = Self.resultType(operation.result)
        printer.block(") async throws" + (resultType.map { " -> " + $0 } ?? "")) { printer in
            var streams = false
            if case .stream = operation.result { streams = true }
            let mutates = streams || operation.parameters.contains { $0.place == .query || $0.place == .header } || operation.body != nil
            let path = pathExpression(operation)
            printer.line(
                "\(mutates ? "var" : "let") \(request) = \(path.throwing ? "try " : "")ClientRequest(method: .\(operation.method), path: \(path.text), operationID: \(SwiftLiteral.string(operation.operationID)))"
            )
            if streams { printer.line("\(request).accept = \"text/event-stream\"") }
            for parameter in operation.parameters {
                switch parameter.place {
                case .query: printer.line("\(request).addQuery(\(SwiftLiteral.string(parameter.wireName)), \(queryValue(parameter)))")
                case .header: printer.line("\(request).addHeader(\(SwiftLiteral.string(parameter.wireName)), \(queryValue(parameter)))")
                default: break
                }
            }
            if let body = operation.body { renderBody(body, of: operation, into: &printer) }
            let engine = "self." + GeneratedCodeNames.clientEngineProperty
            switch operation.result {
            case .none:
                printer.line("_ = try await \(engine).send(\(request), options: \(options))")
            case .value(let type):
                printer.line("return try await \(engine).send(\(request), options: \(options)).decode(\(type.sourceText).self)")
            case .page(let item, let cursor):
                printer.line(
                    "return try await \(engine).page(\(request), options: \(options), of: \(item.sourceText).self, cursor: { $0.\(cursor.escaped) })"
                )
            case .stream(let events, let errors):
                printer.line(
                    "return try await \(engine).stream(\(request), options: \(options), events: \(events.sourceText).self, errors: \(errors.sourceText).self)"
                )
            case .bytes:
                printer.line("return Data(try await \(engine).send(\(request), options: \(options)).body)")
            }
        }
    }

    /// What the method returns, nil for nothing.
    static func resultType(_ result: OperationResult) -> String? {
        switch result {
        case .none: nil
        case .value(let type): type.sourceText
        case .page(let item, _): "Page<\(item.sourceText)>"
        case .stream(let events, let errors): "EventStream<\(events.sourceText), \(errors.sourceText)>"
        case .bytes: "Data"
        }
    }

    /// The path as a string expression: literals, and each parameter percent-encoded (which can throw).
    private func pathExpression(_ operation: OperationDeclaration) -> (text: String, throwing: Bool) {
        var pieces: [String] = []
        var throwing = false
        for part in operation.path {
            switch part {
            case .literal(let text): pieces.append(SwiftLiteral.string(text))
            case .parameter(let index):
                let parameter = operation.parameters[index]
                let value = textExpression(parameter.label.parameter, parameter.type.unwrapped, parameter.text)
                pieces.append("ClientRequest.pathComponent(\(value))")
                throwing = true
            }
        }
        return (pieces.isEmpty ? "\"\"" : pieces.joined(separator: " + "), throwing)
    }

    /// A query or header value as the runtime takes it: `(some QueryParameterValue)?` (strings, numbers, Booleans
    /// and arrays of them; nil leaves the item out).
    private func queryValue(_ parameter: OperationParameterDeclaration) -> String {
        let name = parameter.label.parameter
        let optional = parameter.type.isOptional
        let chain = optional ? "?" : ""
        let type = parameter.type.unwrapped
        if parameter.text.isList, case .array(let element) = type {
            switch parameter.text.form {
            case .plain where element == .string || element == .int || element == .double || element == .bool: return name
            case .rawValue: return "\(name)\(chain).map(\\.rawValue)"
            default: return "\(name)\(chain).map { \(textExpression("$0", element, parameter.text)) }"
            }
        }
        switch parameter.text.form {
        case .plain: return name
        case .rawValue: return "\(name)\(chain).rawValue"
        case .date, .json:
            return optional ? "\(name).map { \(textExpression("$0", type, parameter.text)) }" : textExpression(name, type, parameter.text)
        }
    }

    /// One non-optional value (an element, for a list) as a `String` expression.
    private func textExpression(_ value: String, _ type: SwiftType, _ text: ValueText) -> String {
        switch text.form {
        case .plain: type == .string ? value : "String(\(value))"
        case .rawValue: value + ".rawValue"
        case .date: "RFC3339.format(\(value))"
        case .json: "ClientRequest.jsonText(\(value))"
        }
    }

    /// The body: a JSON model built from the body's parameters, the one body parameter, form parts, or bytes.
    private func renderBody(_ body: OperationBody, of operation: OperationDeclaration, into printer: inout CodePrinter) {
        let request = GeneratedCodeNames.requestLocal
        switch body {
        case .json(let type, let fields?):
            printer.line("\(request).setJSONBody(")
            printer.indented { printer in
                printer.line("\(type.sourceText)(")
                printer.indented { printer in
                    for (index, field) in fields.enumerated() {
                        let value = operation.parameters.first { $0.place == .bodyProperty(field) }?.label.parameter ?? "nil"
                        printer.line("\(field.plain): \(value)\(index == fields.count - 1 ? "" : ",")")
                    }
                }
                printer.line(")")
            }
            printer.line(")")
        case .json(_, nil):
            guard let parameter = operation.parameters.first(where: { $0.place == .body }) else { return }
            if parameter.type.isOptional {
                printer.line("if let body_ = \(parameter.label.parameter) { \(request).setJSONBody(body_) }")
            } else {
                printer.line("\(request).setJSONBody(\(parameter.label.parameter))")
            }
        case .bytes(let contentType):
            guard let parameter = operation.parameters.first(where: { $0.place == .body }) else { return }
            let literal = SwiftLiteral.string(contentType)
            if parameter.type.isOptional {
                printer.line("if let body_ = \(parameter.label.parameter) { \(request).setBody([UInt8](body_), contentType: \(literal)) }")
            } else {
                printer.line("\(request).setBody([UInt8](\(parameter.label.parameter)), contentType: \(literal))")
            }
        case .multipart(let parts):
            let list = GeneratedCodeNames.partsLocal
            printer.line("var \(list): [MultipartPart] = []")
            for part in parts {
                let parameter = operation.parameters[part.parameter]
                let optional = parameter.type.isOptional
                let value = optional ? "value_" : parameter.label.parameter
                var type = parameter.type.unwrapped
                var statement: String
                let isList: Bool
                if case .array(let element) = type, part.kind == .file || parameter.text.isList {
                    type = element
                    isList = true
                } else {
                    isList = false
                }
                let element = isList ? "element_" : value
                let name = SwiftLiteral.string(parameter.wireName)
                switch (part.kind, parameter.text.form) {
                case (.file, _): statement = "\(list).append(.file(\(name), \(element)))"
                case (.value, .json): statement = "\(list).append(.json(\(name), \(element)))"
                case (.value, _): statement = "\(list).append(.text(\(name), \(textExpression(element, type, parameter.text))))"
                }
                if isList { statement = "for element_ in \(value) { \(statement) }" }
                printer.line(optional ? "if let value_ = \(parameter.label.parameter) { \(statement) }" : statement)
            }
            printer.line("\(request).setMultipartBody(\(list))")
        }
    }
}
