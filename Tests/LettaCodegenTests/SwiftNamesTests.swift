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

    /// The last part of a qualified name is what splitting at dots gives.
    @Test(arguments: ["Outer.Inner", "A.B.C", "Plain", "", ".", "..", "A.", "A..", ".A", "A..B", "Ünï.Côdé", "e\u{301}.x"])
    func unqualifiedNamesAgreeWithSplitting(_ name: String) {
        #expect(SwiftNames.unqualified(name) == (name.split(separator: ".").last.map(String.init) ?? name))
    }

    /// The packed keyword table answers as the keyword set does, for every keyword and near misses.
    @Test func keywordTableAgreesWithTheKeywordSet() {
        var names = Array(SwiftNames.keywords)
        for keyword in SwiftNames.keywords {
            names += [keyword.uppercased(), keyword.capitalized, keyword + "s", String(keyword.dropLast()), "_" + keyword]
        }
        names += ["", "a", "ï", "initï", "précédencegroup", "associatedtypes", "x1", "Selfie"]
        for name in names {
            #expect(SwiftNames.isKeyword(name) == SwiftNames.keywords.contains(name), "\(name)")
        }
    }

    @Test func keywordsAreEscaped() {
        #expect(SwiftNames.escapedMember("default") == "`default`")
        #expect(SwiftNames.escapedMember("self") == "`self`")
        #expect(SwiftNames.escapedMember("type") == "type")
        #expect(SwiftNames.escapedMember("content") == "content")
    }

    @Test func modulePathsInSchemaNamesAreShortened() {
        #expect(TypeNameTable.shortened("letta__schemas__letta_message__ToolReturn") == "ToolReturn")
        #expect(TypeNameTable.shortened("ToolReturn") == "ToolReturn")
        #expect(TypeNameTable.shortened("a__") == "a")
        #expect(TypeNameTable.shortened("____") == "____")
    }

    /// The byte-level spelling of ASCII names gives what the `Character`-level rules give.
    @Test(arguments: [
        "tool_call_id", "ToolCallID", "HTTPStatus", "openai_api_key", "OPENAI", "OpenAIModel", "XAIModelSettings",
        "chatgpt_oauth", "in_context_message_ids", "IDs", "URLs", "io_stream", "IO", "gpt-4o-mini", "1024", "2fa",
        "", "__", "a", "A", "aB", "AB", "ABc", "Type", "Any", "llm_api_error", "x9Y", "9x", "sglang_model",
        "SGLangModelSettings", "some", "none", "a-b c_d", "AI", "ai_ml", "utc_time", "Self", "Protocol",
    ])
    func asciiSpellingAgreesWithCharacterSpelling(_ name: String) {
        #expect(SwiftNames.memberName(name) == SwiftNames.characterMemberName(name))
        #expect(SwiftNames.typeName(name) == SwiftNames.characterTypeName(name))
        #expect(SwiftNames.lowerFirstWord(name) == SwiftNames.characterLowerFirstWord(name))
    }

    /// The byte-level speller writes into a buffer as long as the name: a table spelling must keep its word's length.
    @Test func tableSpellingsKeepTheirWordsLength() {
        for (word, special) in SwiftNames.specialWords {
            for spelling in [special.compound, special.mixedCase].compactMap({ $0 }) {
                #expect(spelling.utf8.count == word.utf8.count, "\(word) → \(spelling)")
                #expect(SwiftNames.lowerFirstWord(spelling).utf8.count == word.utf8.count, "\(word) → \(spelling)")
            }
        }
    }

    /// The byte-level split gives what Foundation's `components(separatedBy: "__")` gives, empty parts dropped.
    @Test(arguments: ["", "a", "a__b", "a___b", "a____b", "__a", "a__", "____", "_", "___", "a_b__c_", "é__ü", "x__y__z"])
    func moduleComponentsAgreeWithFoundation(_ name: String) {
        let foundation = name.components(separatedBy: "__").filter { !$0.isEmpty }
        #expect(TypeNameTable.moduleComponents(of: name).map(String.init) == foundation)
    }
}
