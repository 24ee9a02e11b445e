import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

/// One resolver for every way in: what options, a config beside the spec and the defaults come to.
@Suite struct GenerationRequestTests {
    @Test func withNothingNamedTheDefaultsApply() throws {
        let request = try GenerationRequest.resolve(GenerationOptions(), fileExists: { _ in false })
        #expect(request.specPath == "spec/letta.yaml")
        #expect(request.specDisplayName == "spec/letta.yaml")
        #expect(request.module == .fromSpecTitle)
        #expect(request.outputDirectory == "Generated")
        #expect(request.layout == .filePerType)
        #expect(request.configuration.path == nil)
    }

    @Test func theCommandLineWinsOverTheConfigAndTheConfigOverTheDefaults() throws {
        let directory = try SpecFixtureDirectory([
            "letta-codegen.yaml": "module: PetModels\noutput: ../Out\nspec: pets.yaml\n", "pets.yaml": "",
        ])
        defer { directory.remove() }
        let config = directory.path("letta-codegen.yaml")
        let fromConfig = try GenerationRequest.resolve(GenerationOptions(config: config))
        #expect(fromConfig.specPath == directory.path("pets.yaml"))
        #expect(fromConfig.specDisplayName == "pets.yaml")
        #expect(fromConfig.module == .named("PetModels"))
        #expect(fromConfig.outputDirectory == directory.url.deletingLastPathComponent().appendingPathComponent("Out").path)
        let overridden = try GenerationRequest.resolve(
            GenerationOptions(
                spec: directory.path("pets.yaml"), config: config, output: "Elsewhere", specName: "named.yaml",
                module: "Other", singleFile: "All.swift"
            ))
        #expect(overridden.specDisplayName == "named.yaml")
        #expect(overridden.module == .named("Other"))
        #expect(overridden.outputDirectory == "Elsewhere")
        #expect(overridden.layout == .singleFile("All.swift"))
    }

    @Test func theConfigBesideTheSpecIsFoundAndItsFolderHoldsTheOutput() throws {
        let directory = try SpecFixtureDirectory(["letta-codegen.yaml": "tests: true\n", "pets.yaml": ""])
        defer { directory.remove() }
        let request = try GenerationRequest.resolve(GenerationOptions(spec: directory.path("pets.yaml")))
        #expect(request.configuration.path == directory.path("letta-codegen.yaml"))
        #expect(request.configuration.generateTests)
        #expect(request.module == .fromSpecTitle)
        #expect(request.outputDirectory == directory.path("Generated"))
    }

    @Test func theModuleFromTheTitleIsResolvedWithTheSpec() {
        let request = GenerationRequest(specPath: "x.yaml", module: .fromSpecTitle)
        #expect(request.configuration(forTitle: "Together APIs").moduleName == "TogetherAPIs")
        #expect(request.configuration(forTitle: nil).moduleName == "Models")
        #expect(GenerationRequest(specPath: "x.yaml").configuration(forTitle: "Anything").moduleName == "LettaModels")
    }

    @Test func aBadConfigIsAnErrorAtItsLine() throws {
        let directory = try SpecFixtureDirectory(["letta-codegen.yaml": "module: A\nunknown: 1\n"])
        defer { directory.remove() }
        let error = #expect(throws: DiagnosticsError.self) {
            try GenerationRequest.resolve(GenerationOptions(config: directory.path("letta-codegen.yaml")))
        }
        #expect(
            error.map { directory.relative($0.diagnostics) } == [
                "letta-codegen.yaml:2:1: error: unknown config key 'unknown' (expected module, accessLevel, spec, output, tests, roots, nullable, renames, client)"
            ])
    }
}
