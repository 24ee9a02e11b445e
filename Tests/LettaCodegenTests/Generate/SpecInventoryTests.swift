import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

/// Pins what spec/letta.yaml describes, so removing a schema or a union value is a visible, failing change.
@Suite struct SpecInventoryTests {
    static let document: SpecDocument? = try? SpecLoader().load(path: RepositoryPaths.spec).document

    static let schemaNames = [
        "AnthropicEffort", "AnthropicModelSettings", "AnthropicThinking", "ApprovalCreate", "ApprovalRequestMessage",
        "ApprovalResponseMessage", "ApprovalReturn", "AssistantMessage", "AssistantMessageListResult", "AzureModelSettings",
        "Base64Image", "BasetenModelSettings", "BedrockModelSettings", "ChatCompletionTokenLogprob", "ChatGPTOAuthModelSettings",
        "ChatGPTOAuthReasoning", "ChatGPTOAuthReasoningEffort", "ChoiceLogprobs", "ClientSkill", "ClientTool", "CompactionMode",
        "CompactionRequest", "CompactionResponse", "CompactionSettings", "CompactionStats", "Conversation",
        "ConversationMessageRequest", "DeepseekModelSettings", "EventMessage", "GeminiThinkingConfig", "GoogleAIModelSettings",
        "GoogleVertexModelSettings", "GroqModelSettings", "HiddenReasoningMessage", "ImageContent", "ImageSource",
        "JsonObjectResponseFormat", "JsonSchemaResponseFormat", "LegacyFunctionCallMessage", "LegacyFunctionReturn",
        "LegacyInternalMonologue", "LegacyLettaMessage", "LettaAssistantMessageContent", "LettaAssistantMessageContentUnion",
        "LettaErrorMessage", "LettaImage", "LettaInputContentUnion", "LettaMessageBase", "LettaMessageContentUnion",
        "LettaMessageCreateUnion", "LettaMessageReturnUnion", "LettaMessageSearchResult", "LettaMessageUnion",
        "LettaMessageUpdateUnion", "LettaPing", "LettaResponse", "LettaStopReason", "LettaStreamingResponse",
        "LettaToolReturnContentUnion", "LettaUsageStatistics", "LettaUserMessageContent", "LettaUserMessageContentUnion",
        "MessageCreate", "MessageCreateRole", "MessageType", "ModelSettings", "MoonshotCodingModelSettings",
        "MoonshotModelSettings", "OmittedReasoningContent", "OpenAIModelSettings", "OpenAIReasoning", "OpenAIReasoningEffort",
        "OpenRouterModelSettings", "ReasoningContent", "ReasoningMessage", "ReasoningMessageListResult",
        "RedactedReasoningContent", "ResponseFormat", "RetrieveStreamRequest", "SGLangModelSettings", "StopReasonType",
        "SummarizedReasoningContent", "SummarizedReasoningContentPart", "SummaryMessage", "SystemMessage",
        "SystemMessageListResult", "TextContent", "TextResponseFormat", "ThinkingType", "TogetherModelSettings", "ToolCall",
        "ToolCallContent", "ToolCallDelta", "ToolCallMessage", "ToolCallUnion", "ToolCalls", "ToolReturn", "ToolReturnContent",
        "ToolReturnCreate", "ToolReturnMessage", "ToolReturnStatus", "TopLogprob", "TurnRole", "TurnTokenData",
        "UpdateAssistantMessage", "UpdateReasoningMessage", "UpdateSystemMessage", "UpdateUserMessage", "UrlImage",
        "UserMessage", "UserMessageListResult", "Verbosity", "XAIModelSettings", "ZAIModelSettings", "ZAIThinking",
    ]

    /// Discriminated unions: their mapping keys. LettaMessageCreateUnion (implicit): its members' `type` consts.
    static let unionValues: [String: [String]] = [
        "ImageSource": ["url", "base64", "letta"],
        "LettaAssistantMessageContentUnion": ["text"],
        "LettaInputContentUnion": [
            "text", "image", "tool_call", "tool_return", "reasoning", "redacted_reasoning", "omitted_reasoning", "summarized_reasoning",
        ],
        "LettaMessageContentUnion": ["text", "image", "tool_call", "tool_return", "reasoning", "redacted_reasoning", "omitted_reasoning"],
        "LettaMessageCreateUnion": ["message", "approval", "tool_return"],
        "LettaMessageReturnUnion": ["approval", "tool"],
        "LettaMessageSearchResult": ["system_message", "user_message", "reasoning_message", "assistant_message"],
        "LettaMessageUnion": [
            "system_message", "user_message", "reasoning_message", "hidden_reasoning_message", "tool_call_message",
            "tool_return_message", "assistant_message", "approval_request_message", "approval_response_message",
            "summary_message", "event_message", "summary", "event",
        ],
        "LettaMessageUpdateUnion": ["system_message", "user_message", "reasoning_message", "assistant_message"],
        "LettaStreamingResponse": [
            "system_message", "user_message", "reasoning_message", "hidden_reasoning_message", "tool_call_message",
            "tool_return_message", "assistant_message", "approval_request_message", "approval_response_message",
            "summary_message", "event_message", "ping", "error_message", "stop_reason", "usage_statistics",
        ],
        "LettaToolReturnContentUnion": ["text", "image"],
        "LettaUserMessageContentUnion": ["text", "image"],
        "ModelSettings": [
            "openai", "sglang", "anthropic", "google_ai", "google_vertex", "azure", "xai", "moonshot", "zai", "moonshot_coding",
            "groq", "deepseek", "together", "bedrock", "baseten", "openrouter", "chatgpt_oauth",
        ],
        "ResponseFormat": ["text", "json_schema", "json_object"],
    ]

    /// Shape unions (no tag): their members.
    static let shapeUnionMembers: [String: [String]] = [
        "LegacyLettaMessage": ["LegacyInternalMonologue", "AssistantMessage", "LegacyFunctionCallMessage", "LegacyFunctionReturn"],
        "LettaAssistantMessageContent": ["string", "[LettaAssistantMessageContentUnion]"],
        "LettaUserMessageContent": ["string", "[LettaUserMessageContentUnion]"],
        "ToolCallUnion": ["ToolCall", "ToolCallDelta"],
        "ToolCalls": ["[ToolCall]", "ToolCallDelta"],
    ]

    @Test func schemaNamesArePinned() throws {
        let document = try #require(Self.document)
        #expect(document.schemas.map(\.name).sorted() == Self.schemaNames)
        #expect(document.openAPIVersion == "3.1.0")
    }

    @Test func lintsWithoutErrorsOrWarnings() {
        let report = SpecLinter().lint(path: RepositoryPaths.spec)
        #expect(report.diagnostics.map(\.description) == [])
    }

    @Test(arguments: unionValues.keys.sorted())
    func unionDiscriminatorValuesArePinned(union: String) throws {
        let document = try #require(Self.document)
        let schema = try #require(document.schema(named: union)?.schema)
        let members = (schema.oneOf ?? []) + (schema.anyOf ?? [])
        let values: [String]
        if let discriminator = schema.discriminator {
            values = discriminator.mapping.map(\.value)
            #expect(
                Set(discriminator.mapping.compactMap { document.resolve($0.reference)?.key })
                    == Set(members.compactMap { $0.reference.flatMap(document.resolve)?.key }),
                "every member of \(union) is mapped")
        } else {
            values = members.compactMap { member in
                member.reference.flatMap(document.resolve).flatMap {
                    PropertyCollector(document: document).property(named: "type", in: $0.schema)?.constString
                }
            }
        }
        #expect(values == Self.unionValues[union])
    }

    @Test(arguments: shapeUnionMembers.keys.sorted())
    func shapeUnionMembersArePinned(union: String) throws {
        let document = try #require(Self.document)
        let schema = try #require(document.schema(named: union)?.schema)
        #expect(schema.discriminator == nil)
        let members = ((schema.oneOf ?? []) + (schema.anyOf ?? [])).filter { $0.types != [.null] }
        let names = members.map { member -> String in
            if let target = member.reference.flatMap(document.resolve) { return target.name }
            if let items = member.items, let target = items.reference.flatMap(document.resolve) { return "[\(target.name)]" }
            return member.types?.first?.rawValue ?? "?"
        }
        #expect(names == Self.shapeUnionMembers[union])
    }

    /// Names seeds 002 and 004 use for a class that the spec models under another name.
    static let seedClassAliases: [String: String] = [
        "LettaMessage": "LettaMessageBase", "MessageReturn": "LettaMessageReturnUnion",
        "MessageReturnType": "LettaMessageReturnUnion", "MessageToolReturnCreate": "ToolReturnCreate",
        "SourceURLImage": "UrlImage", "SourceBase64Image": "Base64Image", "SourceLettaImage": "LettaImage",
        "InputUnionMember1SummarizedReasoningContent": "SummarizedReasoningContent", "XaiModelSettings": "XAIModelSettings",
        "CompactionSettingsModelSettingsSgLangModelSettings": "SGLangModelSettings",
        "CompactionSettingsModelSettingsMoonshotModelSettings": "MoonshotModelSettings",
        "CompactionSettingsModelSettingsZaiModelSettings": "ZAIModelSettings",
        "CompactionSettingsModelSettingsMoonshotCodingModelSettings": "MoonshotCodingModelSettings",
        "CompactionSettingsModelSettingsBasetenModelSettings": "BasetenModelSettings",
        "CompactionSettingsModelSettingsOpenRouterModelSettings": "OpenRouterModelSettings",
        "CompactionSettingsModelSettingsChatGptoAuthModelSettings": "ChatGPTOAuthModelSettings",
    ]

    /// `Config` in 004 is pydantic's serializer settings, not a wire type.
    static let seedClassesNotModelled: Set<String> = ["Config"]

    @Test(.enabled(if: FileManager.default.fileExists(atPath: RepositoryPaths.seeds.path), "../shared/seeds not beside the checkout"))
    func everySeedClassHasASchema() throws {
        let document = try #require(Self.document)
        let names = Set(document.schemas.map(\.name))
        var missing: [String] = []
        for seed in ["002_0ca0478c47ee6e91.txt", "004_65df98c6778b324e.txt"] {
            let text = try String(contentsOf: RepositoryPaths.seeds.appendingPathComponent(seed), encoding: .utf8)
            for name in Self.classNames(in: text) where !Self.seedClassesNotModelled.contains(name) {
                let schema = Self.seedClassAliases[name] ?? name
                if !names.contains(schema) { missing.append("\(seed): \(name)") }
            }
        }
        #expect(missing == [])
    }

    /// Every `class Name` in a text (the seeds' Python and SDK-reference notation).
    static func classNames(in text: String) -> Set<String> {
        var result = Set<String>()
        var rest = text[...]
        while let range = rest.range(of: "class ") {
            let name = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            if let first = name.first, first.isUppercase { result.insert(String(name)) }
            rest = rest[range.upperBound...]
        }
        return result
    }
}
