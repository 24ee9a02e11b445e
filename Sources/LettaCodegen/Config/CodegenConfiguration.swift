#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// `spec/letta-codegen.yaml`: what to generate and how to name it.
///
/// ```yaml
/// module: LettaModels            # the generated module's name (header, registry)
/// accessLevel: public            # public | package | internal
/// spec: letta.yaml               # the spec, relative to this file (used by the plugins)
/// output: ../Generated           # where `generate` writes, relative to this file (models go into <output>/<module>)
/// roots: [LettaMessageUnion]     # schemas to generate, with everything they reference; absent = all
/// tests: true                   # also write Fixtures/ and <module>Tests/ (round-trip suite)
/// nullable: [CompactionSettings.clip_chars]   # tri-state: absent (nil) vs null (.null) vs a value
/// renames:
///   types: {OldSchemaName: NewTypeName}
///   properties: {TypeName.wire_name: swiftName}
///   cases: {TypeName.wire_value: caseName}
/// client:                        # also generate a client for the spec's paths (a module of its own)
///   module: LettaClient          # its module (<output>/<module>), importing the models' module
///   name: LettaClient            # the client type (default: the module's name)
///   baseURL: https://api.letta.com
///   environment: {apiKey: LETTA_API_KEY, baseURL: LETTA_BASE_URL}
///   streams: {events: LettaStreamingResponse, errors: LettaErrorMessage}   # text/event-stream data and errors
///   defaultTransport: true       # false: the initializers take a transport, and nothing imports LettaClientTransport
///   operations:                  # operationId: resource path and method name
///     create_conversation: conversations.create
/// ```
public struct CodegenConfiguration: Sendable {
    public var moduleName: String = "LettaModels"
    /// True when a config file named the module; without one the CLI names it after the spec's title.
    public var declaresModule = false
    public var accessLevel: String = "public"
    /// The spec file named by the config, relative to the config's directory.
    public var spec: String?
    /// The output directory named by the config, relative to the config's directory.
    public var output: String?
    public var roots: [String] = []
    public var typeRenames: [String: String] = [:]
    public var propertyRenames: [String: String] = [:]
    public var caseRenames: [String: String] = [:]
    /// `Type.wire_name` of nullable properties generated as `Nullable<T>?`, so explicit null and absent differ.
    public var triStateNullables: Set<String> = []
    /// Also write Generated/Fixtures (synthesized JSON) and `<module>Tests` (the round-trip suite over them).
    public var generateTests = false
    /// Where the config was read from, for diagnostics.
    public var path: String?
    /// The client to generate for the spec's operations; nil: models only.
    public var client: ClientSettings?

    /// How the client for the spec's operations is generated.
    public struct ClientSettings: Sendable, Equatable {
        /// The client's module (models are imported from `moduleName`).
        public var module: String
        /// The client type; nil: the module's name.
        public var name: String?
        /// The base URL used when neither the caller nor the environment gives one; nil: the spec's first server.
        public var baseURL: String?
        public var apiKeyVariable: String?
        public var baseURLVariable: String?
        /// The schema the data of `text/event-stream` events decodes as (an operation's `x-stream-events` wins).
        public var streamEvents: String?
        /// The schema the data of `event: error` events decodes as; nil: any JSON value.
        public var streamErrors: String?
        /// `operationId` → `resource.path.method` (`conversations.messages.create`).
        public var operations: [String: String] = [:]
        /// True: the initializers default to the platform's transport (`defaultClientTransport()`, from
        /// LettaClientTransport: AsyncHTTPClient on Linux, URLSession elsewhere). False: the caller always passes a
        /// `ClientTransport`, and the client compiles without LettaClientTransport and its dependencies.
        public var defaultTransport = true

        public init(module: String) {
            self.module = module
        }
    }

    public init() {}

    /// The configured Swift name of `property` (a wire name) of type `type`, when `renames.properties` has one.
    /// The config's name for case `value` (a wire value or a union member's key) of `type`, if it gives one.
    func renamedCase(_ value: String, of type: String) -> String? {
        caseRenames.isEmpty ? nil : caseRenames[type + "." + value]
    }

    func renamedProperty(_ property: String, of type: String) -> String? {
        propertyRenames.isEmpty ? nil : propertyRenames[type + "." + property]
    }

    /// Whether `nullable` lists `property` (a wire name) of type `type`.
    func isTriStateNullable(_ property: String, of type: String) -> Bool {
        !triStateNullables.isEmpty && triStateNullables.contains(type + "." + property)
    }

    /// `output`, resolved against the config's directory (`spec/` + `../Generated` → `Generated`).
    public var resolvedOutput: String? {
        guard let output else { return nil }
        guard let path else { return output }
        return ReferenceTarget.join(directoryOf: path, output)
    }

    /// `spec`, resolved against the config's directory.
    public var resolvedSpec: String? {
        guard let spec else { return nil }
        guard let path else { return spec }
        return ReferenceTarget.join(directoryOf: path, spec)
    }

    /// The spec this config belongs to: the one `spec:` names, else the only spec file (`*.yaml`, `*.yml`,
    /// `*.json`, other than the config) in the config's directory. Nil for a configuration not read from a file.
    public func locateSpec() throws(DiagnosticsError) -> String? {
        guard let path else { return nil }
        if let named = resolvedSpec { return named }
        let directory = PathText.directory(of: path)
        let configName = PathText.lastComponent(of: path)
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        let specs = listed.filter { name in
            name != configName && ["yaml", "yml", "json"].contains(PathText.fileExtension(of: name).lowercased())
        }.sorted()
        let location = SourceLocation(file: path, line: 1, column: 1)
        switch specs.count {
        case 1:
            return ReferenceTarget.join(directoryOf: path, specs[0])
        case 0:
            throw DiagnosticsError([.error("no spec (*.yaml, *.yml, *.json) beside \(configName); name one with 'spec:'", at: location)])
        default:
            throw DiagnosticsError([
                .error(
                    "several specs beside \(configName) (\(specs.joined(separator: ", "))); name one with 'spec:'", at: location
                )
            ])
        }
    }

    /// Reads a config file, collecting every problem as a diagnostic with its position.
    public static func load(path: String) throws(DiagnosticsError) -> CodegenConfiguration {
        let root = try YAMLLoader().load(contentsOf: path)
        var configuration = CodegenConfiguration()
        configuration.path = path
        var problems = DiagnosticCollector()
        guard let entries = root.entries else {
            throw DiagnosticsError([.error("expected a mapping for the codegen config, found \(root.kindDescription)", at: root.location)])
        }
        func string(_ node: YAMLNode, _ key: String) -> String? {
            if let text = node.stringValue { return text }
            problems.error("expected a string for '\(key)', found \(node.kindDescription)", at: node.location)
            return nil
        }
        func stringMap(_ node: YAMLNode, _ key: String) -> [String: String] {
            guard let entries = node.entries else {
                problems.error("expected a mapping for '\(key)', found \(node.kindDescription)", at: node.location)
                return [:]
            }
            var map: [String: String] = [:]
            for entry in entries {
                if let value = string(entry.value, "\(key).\(entry.key)") { map[entry.key] = value }
            }
            return map
        }
        for entry in entries {
            switch entry.key {
            case "module":
                if let module = string(entry.value, "module") {
                    configuration.moduleName = module
                    configuration.declaresModule = true
                }
            case "accessLevel":
                let level = string(entry.value, "accessLevel") ?? "public"
                if ["public", "package", "internal"].contains(level) {
                    configuration.accessLevel = level
                } else {
                    problems.error("accessLevel must be public, package or internal, found '\(level)'", at: entry.value.location)
                }
            case "spec":
                configuration.spec = string(entry.value, "spec")
            case "output":
                configuration.output = string(entry.value, "output")
            case "roots":
                guard let elements = entry.value.elements else {
                    problems.error("expected a sequence for 'roots', found \(entry.value.kindDescription)", at: entry.value.location)
                    continue
                }
                configuration.roots = elements.compactMap { string($0, "roots") }
            case "tests":
                if case .scalar(.bool(let value)) = entry.value.content {
                    configuration.generateTests = value
                } else {
                    problems.error("expected true or false for 'tests', found \(entry.value.kindDescription)", at: entry.value.location)
                }
            case "nullable":
                guard let elements = entry.value.elements else {
                    problems.error("expected a sequence for 'nullable', found \(entry.value.kindDescription)", at: entry.value.location)
                    continue
                }
                configuration.triStateNullables = Set(elements.compactMap { string($0, "nullable") })
            case "client":
                configuration.client = parseClient(entry.value, problems: &problems)
            case "renames":
                guard let renames = entry.value.entries else {
                    problems.error("expected a mapping for 'renames', found \(entry.value.kindDescription)", at: entry.value.location)
                    continue
                }
                for rename in renames {
                    switch rename.key {
                    case "types": configuration.typeRenames = stringMap(rename.value, "renames.types")
                    case "properties": configuration.propertyRenames = stringMap(rename.value, "renames.properties")
                    case "cases": configuration.caseRenames = stringMap(rename.value, "renames.cases")
                    default:
                        problems.error("unknown key 'renames.\(rename.key)' (expected types, properties, cases)", at: rename.keyLocation)
                    }
                }
            default:
                problems.error(
                    "unknown config key '\(entry.key)' (expected module, accessLevel, spec, output, tests, roots, nullable, renames, client)",
                    at: entry.keyLocation
                )
            }
        }
        if problems.hasErrors { throw DiagnosticsError(problems.sorted) }
        return configuration
    }

    /// The `client:` section; problems are collected with their positions.
    private static func parseClient(_ node: YAMLNode, problems: inout DiagnosticCollector) -> ClientSettings? {
        guard let entries = node.entries else {
            problems.error("expected a mapping for 'client', found \(node.kindDescription)", at: node.location)
            return nil
        }
        func string(_ node: YAMLNode, _ key: String) -> String? {
            if let text = node.stringValue { return text }
            problems.error("expected a string for '\(key)', found \(node.kindDescription)", at: node.location)
            return nil
        }
        guard let module = entries.first(where: { $0.key == "module" }).flatMap({ string($0.value, "client.module") }) else {
            problems.error("the 'client' section needs a 'module' (the client's module name)", at: node.location)
            return nil
        }
        var settings = ClientSettings(module: module)
        for entry in entries {
            switch entry.key {
            case "module": break
            case "name": settings.name = string(entry.value, "client.name")
            case "baseURL": settings.baseURL = string(entry.value, "client.baseURL")
            case "defaultTransport":
                if case .scalar(.bool(let value)) = entry.value.content {
                    settings.defaultTransport = value
                } else {
                    problems.error(
                        "expected true or false for 'client.defaultTransport', found \(entry.value.kindDescription)",
                        at: entry.value.location)
                }
            case "environment", "streams", "operations":
                guard let pairs = entry.value.entries else {
                    problems.error(
                        "expected a mapping for 'client.\(entry.key)', found \(entry.value.kindDescription)", at: entry.value.location)
                    continue
                }
                for pair in pairs {
                    guard let value = string(pair.value, "client.\(entry.key).\(pair.key)") else { continue }
                    switch (entry.key, pair.key) {
                    case ("environment", "apiKey"): settings.apiKeyVariable = value
                    case ("environment", "baseURL"): settings.baseURLVariable = value
                    case ("streams", "events"): settings.streamEvents = value
                    case ("streams", "errors"): settings.streamErrors = value
                    case ("operations", _): settings.operations[pair.key] = value
                    default:
                        let expected = entry.key == "environment" ? "apiKey, baseURL" : "events, errors"
                        problems.error("unknown key 'client.\(entry.key).\(pair.key)' (expected \(expected))", at: pair.keyLocation)
                    }
                }
            default:
                problems.error(
                    "unknown key 'client.\(entry.key)' (expected module, name, baseURL, environment, streams, operations, defaultTransport)",
                    at: entry.keyLocation)
            }
        }
        return settings
    }
}
