import Foundation
import Testing
@testable import LettaCodegen

/// The naming table: every rule of `SwiftNames`, pinned.
@Suite struct SwiftNamesTests {
    @Test(arguments: [
        ("tool_call_id", "toolCallID"), ("image_url", "imageURL"), ("id", "id"), ("url", "url"),
        ("message_type", "messageType"), ("json_schema", "jsonSchema"), ("sender_id", "senderID"),
        ("in_context_message_ids", "inContextMessageIDs"), ("otid", "otid"), ("api_key", "apiKey"),
        ("llm_api_error", "llmAPIError"), ("chatgpt_oauth", "chatGPTOAuth"), ("google_ai", "googleAI"),
        ("max_output_tokens", "maxOutputTokens"), ("type", "type"), ("default", "default"),
        ("gpt-4o-mini", "gpt4oMini"), ("1024", "_1024"), ("ToolCallID", "toolCallID"), ("HTTPStatus", "httpStatus"),
        ("context_window_overflow_in_system_prompt", "contextWindowOverflowInSystemPrompt"), ("", "empty"),
        ("openai", "openAI"), ("openrouter", "openRouter"), ("sglang", "sgLang"), ("openai_api_key", "openAIAPIKey"),
    ])
    func memberNames(wire: String, swift: String) {
        #expect(SwiftNames.memberName(wire) == swift)
    }

    @Test(arguments: [
        ("SystemMessage", "SystemMessage"), ("SGLangModelSettings", "SGLangModelSettings"),
        ("ChatGPTOAuthModelSettings", "ChatGPTOAuthModelSettings"), ("tool_call", "ToolCall"),
        ("image_url", "ImageURL"), ("CompactionSettings-Input", "CompactionSettingsInput"),
        ("status", "Status"), ("Type", "Type_"), ("2fa", "_2fa"),
    ])
    func typeNames(schema: String, swift: String) {
        #expect(SwiftNames.typeName(schema) == swift)
    }

    @Test(arguments: [
        ("SGLangModelSettings", "sgLangModelSettings"), ("XAIModelSettings", "xaiModelSettings"),
        ("OpenAIModelSettings", "openAIModelSettings"), ("ToolCall", "toolCall"), ("URL", "url"),
    ])
    func caseNamesFromTypeNames(type: String, swift: String) {
        #expect(SwiftNames.lowerFirstWord(type) == swift)
    }

    @Test func caseNamesAvoidOptionalNoneAndSome() {
        #expect(SwiftNames.caseName("none") == "noneValue")
        #expect(SwiftNames.caseName("some") == "someValue")
        #expect(SwiftNames.caseName("minimal") == "minimal")
        #expect(SwiftNames.memberName("none") == "none")
    }

    @Test func keywordsAreEscapedWhereMembersAreNamed() {
        #expect(MemberName("default").escaped == "`default`")
        #expect(MemberName("default").plain == "default")
        #expect(MemberName("self").escaped == "`self`")
        #expect(MemberName("type").escaped == "type")
        #expect(MemberName("content").escaped == "content")
    }

    @Test(
        arguments: [
            ("tool_call_id", ["tool", "call", "id"]), ("ToolCallID", ["Tool", "Call", "ID"]), ("HTTPStatus", ["HTTP", "Status"]),
            ("imageURL2x", ["image", "URL2x"]), ("tool-call id", ["tool", "call", "id"]), ("a__b", ["a", "b"]), ("", []),
            ("gpt-4o-mini", ["gpt", "4o", "mini"]), ("x9Y", ["x9", "Y"]), ("ünïcødé_name", ["ünïcødé", "name"]),
        ] as [(String, [String])])
    func wordsSplitAtSeparatorsAndCaseChanges(_ name: String, _ words: [String]) {
        #expect(SwiftNames.words(name) == words)
    }

    /// Beyond ASCII, words split at characters, never inside one (a letter and its combining marks, a flag), by the
    /// character's own case and number properties: a letter without case (`中`) starts no word, a lowercase
    /// numeral (`ⅰ`) ends one before a capital, fullwidth capitals are capitals, an emoji separates.
    @Test(
        arguments: [
            ("中A", ["中A"]), ("ⅰA", ["ⅰ", "A"]), ("ⅠAb", ["Ⅰ", "Ab"]), ("e\u{301}Name", ["e\u{301}", "Name"]),
            ("ÉCOLEName", ["ÉCOLE", "Name"]), ("aÉcole", ["a", "École"]), ("Ⅻx", ["Ⅻx"]), ("x😀Y", ["x", "Y"]),
            ("🇫🇷Flag", ["Flag"]), ("a\u{301}\u{302}B", ["a\u{301}\u{302}", "B"]), ("ＡＢc", ["Ａ", "Ｂc"]),
        ] as [(String, [String])])
    func wordsBeyondASCIISplitBetweenCharacters(_ name: String, _ words: [String]) {
        #expect(SwiftNames.words(name) == words)
    }

    @Test func modulePathsInSchemaNamesAreShortened() {
        #expect(TypeNameTable.shortened("letta__schemas__letta_message__ToolReturn") == "ToolReturn")
        #expect(TypeNameTable.shortened("ToolReturn") == "ToolReturn")
        #expect(TypeNameTable.shortened("a__") == "a")
        #expect(TypeNameTable.shortened("____") == "____")
    }

    /// Module paths split as Foundation's `components(separatedBy: "__")` splits them, empty parts dropped.
    @Test(arguments: ["", "a", "a__b", "a___b", "a____b", "__a", "a__", "____", "_", "___", "a_b__c_", "é__ü", "x__y__z"])
    func moduleComponentsAgreeWithFoundation(_ name: String) {
        let foundation: [String] = name.components(separatedBy: "__").filter { !$0.isEmpty }
        #expect(TypeNameTable.moduleComponents(of: name) == foundation)
    }
}
