import Foundation
import LettaModels
import Testing

@Suite struct ModelSettingsTests {
    @Test func moonshotCodingWithThinking() throws {
        let json = #"{"model_settings":{"provider_type":"moonshot_coding","thinking":{"type":"enabled","budget_tokens":1024}}}"#
        let (settings, encoded) = try roundTrip(CompactionSettings.self, json)
        guard case .moonshotCoding(let moonshot)? = settings.modelSettings else {
            Issue.record("expected .moonshotCoding, got \(String(describing: settings.modelSettings))")
            return
        }
        #expect(moonshot.thinking?.budgetTokens == 1024)
        #expect(try jsonDifferences(json, encoded) == [])
    }

    static let providers = [
        "openai", "sglang", "anthropic", "google_ai", "google_vertex", "azure", "xai", "moonshot", "zai",
        "moonshot_coding", "groq", "deepseek", "together", "bedrock", "baseten", "openrouter", "chatgpt_oauth",
    ]

    @Test(arguments: providers)
    func everyProviderRoundTrips(provider: String) throws {
        let json = #"{"provider_type":"\#(provider)","max_output_tokens":2048,"parallel_tool_calls":false}"#
        let (settings, encoded) = try roundTrip(ModelSettings.self, json)
        if case .unknown = settings { Issue.record("\(provider) decoded as unknown") }
        #expect(try jsonDifferences(json, encoded) == [])
        let providerType = try decode(ProviderTypeProbe.self, encoded).provider_type
        #expect(providerType == provider)
    }

    @Test func theProvidersAreAllKnown() {
        #expect(Self.providers.count == 17)
    }

    @Test func unknownProviderIsKept() throws {
        let json = #"{"model_settings":{"provider_type":"quantum_llm","qubits":7}}"#
        let (settings, encoded) = try roundTrip(CompactionSettings.self, json)
        guard case .unknown(let variant)? = settings.modelSettings else {
            Issue.record("expected .unknown, got \(String(describing: settings.modelSettings))")
            return
        }
        #expect(variant.discriminator == "quantum_llm")
        #expect(encoded == #"{"model_settings":{"provider_type":"quantum_llm","qubits":7}}"#)
    }

    @Test func absentAndNullGiveNil() throws {
        #expect(try decode(CompactionSettings.self, #"{}"#).modelSettings == nil)
        #expect(try decode(CompactionSettings.self, #"{"model_settings":null}"#).modelSettings == nil)
        #expect(try roundTrip(CompactionSettings.self, #"{"model_settings":null}"#).json == "{}")
    }

    private struct ProviderTypeProbe: Decodable {
        var provider_type: String
    }
}
