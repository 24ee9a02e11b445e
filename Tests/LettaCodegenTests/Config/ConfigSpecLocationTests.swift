import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

/// How a config finds its spec: what the plugins rely on (they only name the config).
@Suite struct ConfigSpecLocationTests {
    func locate(_ files: [String: String]) throws -> Result<String?, DiagnosticsError> {
        let directory = try SpecFixtureDirectory(files)
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("letta-codegen.yaml").path
        do {
            let configuration = try CodegenConfiguration.load(path: path)
            return .success(try configuration.locateSpec().map { $0.replacingOccurrences(of: directory.url.path + "/", with: "") })
        } catch {
            return .failure(
                DiagnosticsError(
                    error.diagnostics.map {
                        var diagnostic = $0
                        diagnostic.location.file = diagnostic.location.file.replacingOccurrences(of: directory.url.path + "/", with: "")
                        return diagnostic
                    }))
        }
    }

    @Test func theSpecTheConfigNamesWins() throws {
        let result = try locate(["letta-codegen.yaml": "spec: b.yaml\n", "a.yaml": "", "b.yaml": ""])
        #expect(try result.get() == "b.yaml")
    }

    @Test func withoutSpecTheOnlySpecBesideTheConfigIsUsed() throws {
        let result = try locate(["letta-codegen.yaml": "module: Pets\n", "pets.json": "{}", "notes.txt": ""])
        #expect(try result.get() == "pets.json")
    }

    @Test func severalSpecsWithoutSpecIsAnErrorNamingThem() throws {
        let result = try locate(["letta-codegen.yaml": "module: Pets\n", "pets.yaml": "", "more-pets.yml": ""])
        guard case .failure(let error) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(
            error.description
                == "letta-codegen.yaml:1:1: error: several specs beside letta-codegen.yaml (more-pets.yml, pets.yaml); name one with 'spec:'"
        )
    }

    @Test func noSpecBesideTheConfigIsAnError() throws {
        let result = try locate(["letta-codegen.yaml": "module: Pets\n"])
        guard case .failure(let error) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(
            error.description
                == "letta-codegen.yaml:1:1: error: no spec (*.yaml, *.yml, *.json) beside letta-codegen.yaml; name one with 'spec:'")
    }

    /// A misspelled key is an error at its line:column, never silently ignored.
    @Test func unknownAndMisspelledKeysAreErrors() throws {
        let result = try locate([
            "letta-codegen.yaml": "module: Pets\nacessLevel: public\nrenames:\n  type: {A: B}\n",
            "pets.yaml": "",
        ])
        guard case .failure(let error) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(
            error.diagnostics.map(\.description) == [
                "letta-codegen.yaml:2:1: error: unknown config key 'acessLevel' (expected module, accessLevel, spec, output, tests, roots, nullable, renames, client)",
                "letta-codegen.yaml:4:3: error: unknown key 'renames.type' (expected types, properties, cases)",
            ])
    }

    @Test func theClientSectionIsCheckedKeyByKey() throws {
        let result = try locate([
            "letta-codegen.yaml": """
            module: Pets
            client:
              module: PetsClient
              defaultTransport: sometimes
              streams: {event: Pet}
              transport: urlsession
            """,
            "pets.yaml": "",
        ])
        guard case .failure(let error) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(
            error.diagnostics.map(\.description) == [
                "letta-codegen.yaml:4:21: error: expected true or false for 'client.defaultTransport', found a string",
                "letta-codegen.yaml:5:13: error: unknown key 'client.streams.event' (expected events, errors)",
                "letta-codegen.yaml:6:3: error: unknown key 'client.transport' (expected module, name, baseURL, environment, streams, operations, defaultTransport)",
            ])
    }
}
