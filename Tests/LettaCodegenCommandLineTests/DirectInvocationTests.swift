import Testing
@testable import letta_codegen

/// `DirectInvocation` reads the command lines it accepts exactly as ArgumentParser does, and hands every other one
/// to ArgumentParser.
@Suite struct DirectInvocationTests {
    static let accepted: [[String]] = [
        ["lint"],
        ["lint", "spec/letta.yaml"],
        ["lint", "../shared/specs/mistral-openapi.yaml"],
        ["generate"],
        ["generate", "pets.yaml"],
        ["generate", "--config", "/p/letta-codegen.yaml", "--output", "/w/out", "--module", "Pets_Models", "--single-file", "GeneratedModels.swift"],
        ["generate", "--output", "out", "pets.yaml", "--spec-name", "spec/pets.yaml"],
        ["generate", "pets.yaml", "--module", "Pets", "--output", "o"],
        ["check", "spec/letta.yaml"],
        ["check", "--config", "spec/letta-codegen.yaml", "--output", "Generated"],
    ]

    @Test(arguments: accepted)
    func readsAcceptedLinesAsArgumentParserDoes(_ arguments: [String]) throws {
        let direct = try #require(DirectInvocation.command(for: arguments) as? any ParsableCommandFields)
        let parsed = try #require(try LettaCodegenCommand.parseAsRoot(arguments) as? any ParsableCommandFields)
        #expect(type(of: direct) == type(of: parsed))
        #expect(direct.fieldValues == parsed.fieldValues)
    }

    @Test(arguments: [
        [],
        ["help"],
        ["lint", "--help"],
        ["generate", "-h"],
        ["lint", "a.yaml", "b.yaml"],
        ["lint", ""],
        ["lint", "--", "-odd.yaml"],
        ["generate", "--output=out"],
        ["generate", "--output"],
        ["generate", "--output", "-x"],
        ["generate", "--module", "A", "--module", "B"],
        ["generate", "--unknown", "x"],
        ["check", "a.yaml", "b.yaml"],
        ["diff", "a.json", "b.json"],
        ["extract", "--upstream", "u.json"],
        ["--version"],
    ])
    func leavesEveryOtherLineToArgumentParser(_ arguments: [String]) {
        #expect(DirectInvocation.command(for: arguments) == nil)
    }

    @Test func lintWithoutASpecReadsTheDefault() throws {
        let command = try #require(DirectInvocation.command(for: ["lint"]) as? LintCommand)
        #expect(command.spec == "spec/letta.yaml")
    }
}

/// What a command was told, as strings, so two readings of one command line can be compared.
protocol ParsableCommandFields {
    var fieldValues: [String?] { get }
}

extension LintCommand: ParsableCommandFields {
    var fieldValues: [String?] { [spec] }
}

extension GenerateCommand: ParsableCommandFields {
    var fieldValues: [String?] { options.fieldValues }
}

extension CheckCommand: ParsableCommandFields {
    var fieldValues: [String?] { options.fieldValues }
}

extension GenerationOptions {
    var fieldValues: [String?] { [spec, config, output, specName, module, singleFile] }
}
