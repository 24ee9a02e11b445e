import CodegenTestSupport
import Foundation
import Testing
@_spi(Tooling) @testable import LettaCodegen

/// The maintainer tools on the server's real documents (read from ../shared/upstream, never committed).
@Suite struct UpstreamMaintenanceTests {
    static let october = SharedDocument.october
    static let march = SharedDocument.march

    static var documentsPresent: Bool { october.isAvailable && march.isAvailable }

    /// October 2025 → March 2026, for the types spec/ covers: checked by hand against a separate reading of both
    /// JSON documents (schemas added and removed, properties, required, nullability, deprecations, enum values,
    /// union members and mappings). Nullability shows as `T` → `T?`; a const's required flag is not API (a missing
    /// const decodes), so LettaPing's `message_type` does not appear.
    @Test(.enabled(if: documentsPresent)) func octoberToMarchForTheTypesTheSpecCovers() throws {
        let old = try GeneratedAPI.load(path: Self.october.path)
        let new = try GeneratedAPI.load(path: Self.march.path)
        let specSchemas = Set(try SpecLoader().load(path: RepositoryPaths.spec).document.schemas.map(\.name))
        let changes = APIDiff(old: old, new: new).changes()
        let covered = changes.filter { specSchemas.contains(String($0.typeName.split(separator: ".")[0])) }
        #expect(
            covered.map { "\($0.typeName): \($0.impact.label): \($0.summary)" } == [
                "AnthropicModelSettings: additive: type added (struct)",
                "AnthropicThinking: additive: type added (struct)",
                "ApprovalCreate: additive: property 'otid' added: otid: String?",
                "ApprovalCreate: additive: property 'group_id' added: groupID: String?",
                "ApprovalCreate: additive: property 'approvals' added: approvals: [ApprovalsItem]?",
                "ApprovalCreate: source- and wire-breaking: property 'approve' became optional: Bool → Bool?",
                "ApprovalCreate: additive: property 'approve' deprecated",
                "ApprovalCreate: source- and wire-breaking: property 'approval_request_id' became optional: String → String?",
                "ApprovalCreate: additive: property 'approval_request_id' deprecated",
                "ApprovalCreate: additive: property 'reason' deprecated",
                "ApprovalCreate.ApprovalsItem: additive: type added (enum tagged on 'type')",
                "ApprovalRequestMessage: additive: property 'tool_call' deprecated",
                "ApprovalRequestMessage: additive: property 'tool_calls' added: toolCalls: ToolCalls?",
                "ApprovalRequestMessage.ToolCallValue: additive: type deprecated",
                "ApprovalRequestMessage.ToolCalls: additive: type added (enum chosen by shape)",
                "ApprovalResponseMessage: additive: property 'approvals' added: approvals: [ApprovalsItem]?",
                "ApprovalResponseMessage: source- and wire-breaking: property 'approve' became optional: Bool → Bool?",
                "ApprovalResponseMessage: additive: property 'approve' deprecated",
                "ApprovalResponseMessage: source- and wire-breaking: property 'approval_request_id' became optional: String → String?",
                "ApprovalResponseMessage: additive: property 'approval_request_id' deprecated",
                "ApprovalResponseMessage: additive: property 'reason' deprecated",
                "ApprovalResponseMessage.ApprovalsItem: additive: type added (enum tagged on 'type')",
                "ApprovalReturn: additive: type added (struct)",
                "AssistantMessageListResult: additive: type added (struct)",
                "AzureModelSettings: additive: type added (struct)",
                "BasetenModelSettings: additive: type added (struct)",
                "BedrockModelSettings: additive: type added (struct)",
                "ChatGPTOAuthModelSettings: additive: type added (struct)",
                "ChatGPTOAuthReasoning: additive: type added (struct)",
                "CompactionResponse: additive: type added (struct)",
                "CompactionSettings: additive: type added (struct)",
                "CompactionStats: additive: type added (struct)",
                "Conversation: additive: type added (struct)",
                "ConversationMessageRequest: additive: type added (struct)",
                "DeepseekModelSettings: additive: type added (struct)",
                "EventMessage: additive: type added (struct)",
                "GeminiThinkingConfig: additive: type added (struct)",
                "GoogleAIModelSettings: additive: type added (struct)",
                "GoogleVertexModelSettings: additive: type added (struct)",
                "GroqModelSettings: additive: type added (struct)",
                "LettaErrorMessage: additive: type added (struct)",
                "LettaMessageUnion: source-breaking: case summaryMessage(SummaryMessage) added (\"summary_message\")",
                "LettaMessageUnion: source-breaking: case eventMessage(EventMessage) added (\"event_message\")",
                "LettaPing: source- and wire-breaking: property 'id' added: id: String",
                "LettaPing: source- and wire-breaking: property 'date' added: date: Date",
                "LettaPing: additive: property 'name' added: name: String?",
                "LettaPing: additive: property 'otid' added: otid: String?",
                "LettaPing: additive: property 'sender_id' added: senderID: String?",
                "LettaPing: additive: property 'step_id' added: stepID: String?",
                "LettaPing: additive: property 'is_err' added: isErr: Bool?",
                "LettaPing: additive: property 'seq_id' added: seqID: Int?",
                "LettaPing: additive: property 'run_id' added: runID: String?",
                "LettaResponse: additive: property 'logprobs' added: logprobs: ChatCompletionResponseChoiceLogprobs?",
                "LettaResponse: additive: property 'turns' added: turns: [TurnTokenData]?",
                "LettaStreamingResponse: additive: type added (enum tagged on 'message_type')",
                "LettaToolReturnContentUnion: additive: type added (enum tagged on 'type')",
                "LettaUsageStatistics: additive: property 'cached_input_tokens' added: cachedInputTokens: Int?",
                "LettaUsageStatistics: additive: property 'cache_write_tokens' added: cacheWriteTokens: Int?",
                "LettaUsageStatistics: additive: property 'reasoning_tokens' added: reasoningTokens: Int?",
                "LettaUsageStatistics: additive: property 'context_tokens' added: contextTokens: Int?",
                "LettaUsageStatistics: source-breaking: property 'steps_messages' removed (was stepsMessages: [[Message]]?)",
                "MessageType: source-breaking: value \"summary_message\" added (case summaryMessage)",
                "MessageType: source-breaking: value \"event_message\" added (case eventMessage)",
                "OpenAIModelSettings: additive: type added (struct)",
                "OpenAIReasoning: additive: type added (struct)",
                "OpenRouterModelSettings: additive: type added (struct)",
                "ReasoningMessageListResult: additive: type added (struct)",
                "RetrieveStreamRequest: additive: property 'agent_id' added: agentID: String?",
                "RetrieveStreamRequest: additive: property 'run_id' added: runID: String?",
                "RetrieveStreamRequest: additive: property 'otid' added: otid: String?",
                "SGLangModelSettings: additive: type added (struct)",
                "StopReasonType: source-breaking: value \"max_tokens_exceeded\" added (case maxTokensExceeded)",
                "StopReasonType: source-breaking: value \"insufficient_credits\" added (case insufficientCredits)",
                "StopReasonType: source-breaking: value \"context_window_overflow_in_system_prompt\" added (case contextWindowOverflowInSystemPrompt)",
                "SummaryMessage: additive: type added (struct)",
                "SystemMessageListResult: additive: type added (struct)",
                "TogetherModelSettings: additive: type added (struct)",
                "ToolCallMessage: additive: property 'tool_call' deprecated",
                "ToolCallMessage: additive: property 'tool_calls' added: toolCalls: ToolCalls?",
                "ToolCallMessage.ToolCallValue: additive: type deprecated",
                "ToolCallMessage.ToolCalls: additive: type added (enum chosen by shape)",
                "ToolReturn: additive: now generated from the schema 'letta__schemas__letta_message__ToolReturn' (was 'ToolReturn')",
                "ToolReturn: additive: constant 'type' added: \"tool\"",
                "ToolReturn: source- and wire-breaking: property 'tool_return' added: toolReturn: ToolReturnValue",
                "ToolReturn: source- and wire-breaking: property 'tool_call_id' type JSONValue? → String",
                "ToolReturn: source-breaking: property 'func_response' removed (was funcResponse: String?)",
                "ToolReturn.ToolReturnValue: additive: type added (enum chosen by shape)",
                "ToolReturnCreate: additive: type added (struct)",
                "ToolReturnMessage: additive: property 'tool_return' deprecated",
                "ToolReturnMessage: additive: property 'status' deprecated",
                "ToolReturnMessage: additive: property 'tool_call_id' deprecated",
                "ToolReturnMessage: additive: property 'stdout' deprecated",
                "ToolReturnMessage: additive: property 'stderr' deprecated",
                "ToolReturnMessage: additive: property 'tool_returns' added: toolReturns: [ToolReturn]?",
                "ToolReturnMessage.Status: additive: type deprecated",
                "TurnTokenData: additive: type added (struct)",
                "UserMessageListResult: additive: type added (struct)",
                "XAIModelSettings: additive: type added (struct)",
                "ZAIModelSettings: additive: type added (struct)",
                "ZAIThinking: additive: type added (struct)",
            ])
        // Breaking changes are present, so the command exits 1.
        #expect(changes.contains { $0.impact.isBreaking })
        let ping = try #require(covered.first { $0.summary.hasPrefix("property 'id' added") })
        #expect(ping.oldLocation == SourceLocation(file: Self.october.path, line: 37144, column: 7))
        #expect(ping.newLocation == SourceLocation(file: Self.march.path, line: 40352, column: 11))
        let union = try #require(covered.first { $0.summary.hasPrefix("case summaryMessage") })
        #expect(union.oldLocation == SourceLocation(file: Self.october.path, line: 37032, column: 7))
        #expect(union.newLocation == SourceLocation(file: Self.march.path, line: 53026, column: 32))
    }

    /// The three roots of the Letta message models, cut out of the March 2026 document (`CompactionSettings` is
    /// `-Input` and `-Output` there): the schema list in document order, a clean
    /// lint, and for every type the same Swift the whole document generates (only the registry, which lists the
    /// types, differs).
    @Test(.enabled(if: documentsPresent)) func extractOfTheMessageRootsGeneratesTheSameSwift() throws {
        let root = try YAMLLoader().load(contentsOf: Self.march.path)
        let extract = try SchemaExtractor().extract(
            from: root, roots: ["LettaMessageUnion", "LettaStreamingResponse", "CompactionSettings"], sourceName: "march.json"
        )
        #expect(
            extract.schemaNames == [
                "AnthropicModelSettings", "AnthropicThinking", "ApprovalRequestMessage",
                "ApprovalResponseMessage", "ApprovalReturn", "AssistantMessage", "AzureModelSettings",
                "Base64Image", "BasetenModelSettings", "BedrockModelSettings", "ChatGPTOAuthModelSettings",
                "ChatGPTOAuthReasoning", "CompactionSettings-Input", "CompactionSettings-Output",
                "CompactionStats", "DeepseekModelSettings", "EventMessage", "GeminiThinkingConfig",
                "GoogleAIModelSettings", "GoogleVertexModelSettings", "GroqModelSettings",
                "HiddenReasoningMessage", "ImageContent", "JsonObjectResponseFormat", "JsonSchemaResponseFormat",
                "LettaErrorMessage", "LettaImage", "LettaPing", "LettaStopReason", "LettaStreamingResponse",
                "LettaUsageStatistics", "OpenAIModelSettings", "OpenAIReasoning", "OpenRouterModelSettings",
                "ReasoningMessage", "SGLangModelSettings", "StopReasonType", "SummaryMessage", "SystemMessage",
                "TextContent", "TextResponseFormat", "TogetherModelSettings", "ToolCall", "ToolCallDelta",
                "ToolCallMessage", "ToolReturnMessage", "UrlImage", "UserMessage", "XAIModelSettings",
                "ZAIModelSettings", "ZAIThinking", "letta__schemas__letta_message__ToolReturn",
                "LettaMessageUnion", "LettaAssistantMessageContentUnion", "LettaToolReturnContentUnion",
                "LettaUserMessageContentUnion",
            ])
        let directory = try SpecFixtureDirectory(["extract.yaml": extract.yaml])
        defer { directory.remove() }
        #expect(directory.lint("extract.yaml") == [])
        let wholeDocument = try SpecLoader().load(root: root, path: Self.march.path).document
        let extractDocument = try extract.loaded(as: "extract.yaml")
        #expect(SchemaExtractor.nameChanges(whole: wholeDocument, extract: extractDocument).map(\.description) == [])

        var configuration = CodegenConfiguration()
        configuration.moduleName = "Upstream"
        let generator = ModelGenerator(configuration: configuration)
        let whole = try generator.generate(specPath: Self.march.path, specDisplayName: "upstream.json").files
        let part = try generator.generate(
            specPath: directory.url.appendingPathComponent("extract.yaml").path, specDisplayName: "upstream.json"
        ).files
        let compared = part.keys.filter { $0.hasPrefix("Upstream/") && $0 != "Upstream/UpstreamRegistry.swift" }
        // CompactionSettings-Input and -Output are one Swift type, CompactionSettings.
        #expect(compared.count == extract.schemaNames.count - 1)
        for file in compared.sorted() {
            #expect(part[file] == whole[file], "\(file) differs between the extract and the whole document")
        }
    }

    /// The emitter writes the whole March document as YAML that loads back to the same values, keys in order.
    @Test(.enabled(if: documentsPresent)) func theWholeDocumentSurvivesYAMLEmission() throws {
        let root = try YAMLLoader().load(contentsOf: Self.march.path)
        let text = YAMLEmitter.document(root)
        let reloaded = try YAMLLoader().load(bytes: Array(text.utf8), file: "emitted.yaml")
        #expect(OrderedJSON(reloaded).escapedText == OrderedJSON(root).escapedText)
    }
}
