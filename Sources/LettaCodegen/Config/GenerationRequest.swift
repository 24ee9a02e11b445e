#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// What a run asks for, as a command line or a plugin says it: any part may be left out.
public struct GenerationOptions: Sendable, Equatable {
    /// The OpenAPI document.
    public var spec: String?
    /// The codegen config.
    public var config: String?
    /// The output directory (models go into `<output>/<module>`).
    public var output: String?
    /// How the generated header names the spec.
    public var specName: String?
    /// The module name, over the config's.
    public var module: String?
    /// One file of this name instead of one file per type.
    public var singleFile: String?

    public init(
        spec: String? = nil, config: String? = nil, output: String? = nil, specName: String? = nil,
        module: String? = nil, singleFile: String? = nil
    ) {
        self.spec = spec
        self.config = config
        self.output = output
        self.specName = specName
        self.module = module
        self.singleFile = singleFile
    }
}

/// One generation, complete: the spec, the configuration, the module, where the output goes and how it is laid
/// out. The command line (`generate`, `check`, `lint`, `diff`, `extract`, `compare`) and both plugins, which run the
/// command line, get theirs from `resolve(_:)`, so every way in defaults alike.
public struct GenerationRequest: Sendable {
    /// The spec the command line reads when none is named.
    public static let defaultSpec = "spec/letta.yaml"
    /// The codegen config's file name, looked for beside the spec.
    public static let configFileName = "letta-codegen.yaml"

    /// The OpenAPI document to read.
    public var specPath: String
    /// How the generated header names the spec (relative, so output does not depend on the machine).
    public var specDisplayName: String
    /// The config's settings (the default settings when there is no config); `moduleName` as `module` resolves it
    /// once the spec's title is known.
    public var configuration: CodegenConfiguration
    public var module: ModuleName
    /// Where the output goes: the models into `<outputDirectory>/<module>`.
    public var outputDirectory: String
    public var layout: ModelGenerator.Layout

    /// Where the module's name comes from.
    public enum ModuleName: Sendable, Equatable {
        /// From the command line or the config.
        case named(String)
        /// Neither names it: the spec's `info.title` as a type name (`Together APIs` → `TogetherAPIs`), else
        /// `Models`.
        case fromSpecTitle

        /// The name, for a spec with this title.
        public func resolved(title: String?) -> String {
            switch self {
            case .named(let name): name
            case .fromSpecTitle: ModelGenerator.moduleName(forTitle: title)
            }
        }
    }

    public init(
        specPath: String, specDisplayName: String? = nil, configuration: CodegenConfiguration = CodegenConfiguration(),
        module: ModuleName? = nil, outputDirectory: String = "Generated", layout: ModelGenerator.Layout = .filePerType
    ) {
        self.specPath = specPath
        self.specDisplayName = specDisplayName ?? specPath
        self.configuration = configuration
        self.module = module ?? .named(configuration.moduleName)
        self.outputDirectory = outputDirectory
        self.layout = layout
    }

    /// The configuration with the module named, for a spec with this title.
    public func configuration(forTitle title: String?) -> CodegenConfiguration {
        var resolved = configuration
        resolved.moduleName = module.resolved(title: title)
        return resolved
    }

    /// The request the options come to:
    /// - the config: the one named, else `letta-codegen.yaml` beside the spec, else none;
    /// - the spec: the one named, else (with a config named) the config's `spec:` or the only spec beside the
    ///   config, else `spec/letta.yaml`;
    /// - the module: the one named, else the config's `module:`, else the spec's title;
    /// - the output: the one named, else the config's `output:`, else `Generated` beside the config, else
    ///   `Generated`;
    /// - the header's name for the spec: the one given, else the spec's path as given or as the config locates it
    ///   (relative to the config's folder when the config was named by an absolute path).
    public static func resolve(
        _ options: GenerationOptions, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) throws(DiagnosticsError) -> GenerationRequest {
        let configPath = options.config ?? file(named: configFileName, beside: options.spec ?? defaultSpec, fileExists: fileExists)
        let configuration =
            try configPath.map { path throws(DiagnosticsError) in try CodegenConfiguration.load(path: path) }
            ?? CodegenConfiguration()
        var specPath = options.spec ?? defaultSpec
        var specDisplayName = options.specName ?? specPath
        if options.spec == nil, let config = options.config, let located = try configuration.locateSpec() {
            specPath = located
            // Relative to an absolute config's folder, so the output does not depend on the machine.
            let folder = PathText.directory(of: config) + "/"
            if options.specName == nil {
                specDisplayName = config.hasPrefix("/") && located.hasPrefix(folder) ? String(located.dropFirst(folder.count)) : located
            }
        }
        let module: ModuleName
        if let named = options.module {
            module = .named(named)
        } else if configuration.declaresModule {
            module = .named(configuration.moduleName)
        } else {
            module = .fromSpecTitle
        }
        let besideConfig = configuration.path.map { PathText.appending("Generated", to: PathText.directory(of: $0)) }
        return GenerationRequest(
            specPath: specPath,
            specDisplayName: specDisplayName,
            configuration: configuration,
            module: module,
            outputDirectory: options.output ?? configuration.resolvedOutput ?? besideConfig ?? "Generated",
            layout: options.singleFile.map(ModelGenerator.Layout.singleFile) ?? .filePerType
        )
    }

    /// `name` in the folder of `file`, when it exists there: the config beside a spec, the upstream map beside it.
    public static func file(
        named name: String, beside file: String, fileExists: (String) -> Bool = { FileManager.default.fileExists(atPath: $0) }
    ) -> String? {
        let path = PathText.appending(name, to: PathText.directory(of: file))
        return fileExists(path) ? path : nil
    }
}
