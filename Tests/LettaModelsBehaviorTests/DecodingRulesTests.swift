import Foundation
import LettaCodegenRuntime
import LettaModels
import Testing

/// Decodes `json` through both back ends (`JSONDecoder` and `JSONReader`), requires the same outcome, and returns it.
func decodeOnBothPaths<T: JSONModel>(
    _ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
) -> RoundTripCheck.Outcome<T> {
    let data = Data(json.utf8)
    let codable = RoundTripCheck.decodeWithCodable(T.self, json: data)
    let bytes = RoundTripCheck.decodeWithBytes(T.self, json: data)
    #expect(codable == bytes, "the two paths disagree", sourceLocation: sourceLocation)
    return codable
}

/// The value both paths decode, or nil (recording an issue) when they fail.
func valueOnBothPaths<T: JSONModel>(_ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> T? {
    switch decodeOnBothPaths(T.self, json, sourceLocation: sourceLocation) {
    case .value(let value): return value
    case .error(let path, let description):
        Issue.record("expected a value, got an error at '\(path)': \(description)", sourceLocation: sourceLocation)
        return nil
    }
}

/// The coding path and description of the error both paths report, or nil (recording an issue) when they decode.
func errorOnBothPaths<T: JSONModel>(
    _ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
) -> (path: String, description: String)? {
    switch decodeOnBothPaths(T.self, json, sourceLocation: sourceLocation) {
    case .value(let value):
        Issue.record("expected an error, got \(value)", sourceLocation: sourceLocation)
        return nil
    case .error(let path, let description): return (path, description)
    }
}

/// Both encoders' output for a value: `JSONWriter`'s and `JSONEncoder`'s (sorted keys).
func encodedOnBothPaths<T: JSONModel>(_ value: T) throws -> (bytes: String, codable: String) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (String(decoding: JSONWriter.encode(value), as: UTF8.self), String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Rule 1: a discriminated union without its tag is decided by structure only when exactly one member fits on
/// keys that set it apart; otherwise an error naming the tag and the tied members.
@Suite struct TaglessUnionRuleTests {
    @Test func membersOfTheSameShapeAreNeverGuessed() throws {
        let error = errorOnBothPaths(LettaMessageUnion.self, #"{"id":"m","date":"2024-01-01T00:00:00Z","content":"hello"}"#)
        #expect(error?.path == "")
        #expect(
            error?.description.contains(
                #"No "message_type" in LettaMessageUnion, and the keys present fit SystemMessage, UserMessage, AssistantMessage alike: a "message_type" is needed to tell them apart."#
            ) == true)
    }

    @Test func toolCallAndApprovalRequestTie() throws {
        let json = #"{"id":"t","date":"2024-01-01T00:00:00Z","tool_call":{"name":"f","arguments":"{}","tool_call_id":"c"}}"#
        let error = errorOnBothPaths(LettaMessageUnion.self, json)
        #expect(error?.description.contains("fit ToolCallMessage, ApprovalRequestMessage alike") == true)
    }

    @Test func aKeyOnlyOneMemberDeclaresIdentifiesIt() throws {
        let json = #"{"id":"r","date":"2024-01-01T00:00:00Z","reasoning":"thinking"}"#
        guard case .reasoningMessage(let message)? = valueOnBothPaths(LettaMessageUnion.self, json) else {
            Issue.record("expected a reasoning message")
            return
        }
        #expect(message.reasoning == "thinking")
        // The absent tag is written out (a documented normalization).
        #expect(try encodedOnBothPaths(LettaMessageUnion.reasoningMessage(message)).bytes.contains(#""message_type":"reasoning_message""#))
    }

    @Test func keysEveryProviderHasIdentifyNoProvider() throws {
        let error = errorOnBothPaths(ModelSettings.self, #"{"max_output_tokens":1}"#)
        #expect(error?.description.contains(#"No "provider_type" in ModelSettings"#) == true)
    }

    @Test func aConvertedKeyStrategyFailsLoudlyInsteadOfReclassifying() throws {
        let json =
            #"{"message_type":"tool_call_message","id":"t","date":"2024-01-01T00:00:00Z","tool_call":{"name":"f","arguments":"{}","tool_call_id":"c"}}"#
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let error = #expect(throws: DecodingError.self) { try decoder.decode(LettaMessageUnion.self, from: Data(json.utf8)) }
        guard case .dataCorrupted(let context)? = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription.contains("key decoding strategies are not supported"))
        // A struct reports it too, where every key would otherwise be unknown.
        let structError = #expect(throws: DecodingError.self) {
            try decoder.decode(ToolCall.self, from: Data(#"{"name":"f","arguments":"{}","tool_call_id":"c"}"#.utf8))
        }
        #expect(String(describing: structError).contains("key decoding strategies are not supported"))
    }

    /// A document that spells a declared field's name as a converting decoder would show it fails on both paths,
    /// at the object (the Codable back end cannot tell it from a converting decoder): the fuzz-json finding
    /// Tests/Fuzz/Regressions/json/crash-camel-case-spelling-of-a-field.
    @Test(arguments: [
        #"{"includeReturnMessageTypes":null}"#,
        #"{"prompt_acknowlefgement":null,"model":null,"model_prompt_acknowledgement":null,"includeReturnMessageTypes":null,"mode":null,"clip_chars":null}"#,
        #"{"max_steps":1,"include\u0052eturnMessageTypes":["assistant_message"]}"#,
    ])
    func aCamelCaseSpellingOfAFieldFailsBothPathsAtTheObject(json: String) {
        let error = errorOnBothPaths(ConversationMessageRequest.self, json)
        #expect(error?.path == "")
        #expect(error?.description.contains("key decoding strategies are not supported") == true)
        let nested = errorOnBothPaths(
            [ToolCall].self, #"[{"name":"f","arguments":"{}","tool_call_id":"c"},{"name":"f","arguments":"{}","toolCallId":"c"}]"#)
        #expect(nested?.path == "Index 1")
    }
}

/// Rule 2: shape unions choose by the keys present (null values included); undeclared keys never prevent a match;
/// an all-optional member takes any object no better member matches.
@Suite struct ShapeUnionRuleTests {
    @Test func aDeltaWithNullsAndAnUndeclaredKeyIsKept() throws {
        let json = #"{"name":null,"arguments":null,"tool_call_id":null,"x":1}"#
        guard case .toolCallDelta(let delta)? = valueOnBothPaths(ToolCallUnion.self, json) else {
            Issue.record("expected a tool call delta")
            return
        }
        #expect(delta.name == nil && delta.arguments == nil && delta.toolCallID == nil)
        #expect(delta.additionalProperties == ["x": 1])
        #expect(try encodedOnBothPaths(ToolCallUnion.toolCallDelta(delta)).bytes == #"{"x":1}"#)
    }

    @Test(arguments: [
        (#"{"name":"f","arguments":"{}","tool_call_id":"c"}"#, true),
        (#"{"name":"f","arguments":"{}","tool_call_id":"c","index":0}"#, true),
        (#"{"arguments":"{\"q"}"#, false),
        (#"{}"#, false),
        (#"{"unrelated":true}"#, false),
    ])
    func aFullCallIsAToolCallAndAnythingElseADelta(json: String, isFullCall: Bool) throws {
        let value = valueOnBothPaths(ToolCallUnion.self, json)
        if case .toolCall? = value { #expect(isFullCall) } else { #expect(!isFullCall) }
    }

    @Test func aBadPartInsideContentReportsItsOwnPath() throws {
        let json = #"{"message_type":"user_message","id":"u","date":"2024-01-01T00:00:00Z","content":[{"type":"text","text":5}]}"#
        #expect(errorOnBothPaths(LettaMessageUnion.self, json)?.path == "content/Index 0/text")
    }
}

/// Rule 3: integers come from the decimal text exactly; out of range is an error; so is a non-zero literal that
/// overflows or underflows a Double. Free-form numbers keep their value.
@Suite struct NumberRuleTests {
    static func message(seqID: String) -> String {
        #"{"message_type":"system_message","id":"s","date":"2024-01-01T00:00:00Z","content":"c","seq_id":"# + seqID + "}"
    }

    @Test(arguments: [
        ("9007199254740993", 9_007_199_254_740_993),
        ("9007199254740993.0", 9_007_199_254_740_993),
        ("-9223372036854775808", Int.min),
        ("9223372036854775807", Int.max),
        ("1e2", 100),
        ("1E+2", 100),
        ("100e-2", 1),
        ("-0", 0),
        ("-0.0", 0),
        ("0e500", 0),
    ])
    func integersAreExact(text: String, expected: Int) throws {
        guard case .systemMessage(let message)? = valueOnBothPaths(LettaMessageUnion.self, Self.message(seqID: text)) else {
            Issue.record("expected a system message")
            return
        }
        #expect(message.seqID == expected)
    }

    @Test(arguments: [
        "1.5", "-9223372036854775809", "9223372036854775808", "1e19", "1e-400", "1e400", "1.0000000000000001", "12345678901234567890e-10",
    ])
    func everythingElseIsAnErrorAtTheField(text: String) throws {
        #expect(errorOnBothPaths(LettaMessageUnion.self, Self.message(seqID: text))?.path == "seq_id")
    }

    @Test func doublesRejectOverflowAndNonZeroUnderflow() throws {
        func logprob(_ text: String) -> String { #"{"token":"t","logprob":"# + text + "}" }
        #expect(valueOnBothPaths(TopLogprob.self, logprob("1e-320"))?.logprob == Double("1e-320"))
        #expect(valueOnBothPaths(TopLogprob.self, logprob("-0.0"))?.logprob.sign == .minus)
        #expect(valueOnBothPaths(TopLogprob.self, logprob("0e-999"))?.logprob == 0)
        #expect(errorOnBothPaths(TopLogprob.self, logprob("1e-400"))?.path == "logprob")
        #expect(errorOnBothPaths(TopLogprob.self, logprob("-1e400"))?.path == "logprob")
    }

    @Test func unknownKeysKeepTheirNumbersExactly() throws {
        let json =
            #"{"message_type":"system_message","id":"s","date":"2024-01-01T00:00:00Z","content":"c","x":[12345678901234567890123,0.10000000000000000001,9007199254740993,-1.5e-7,1e300]}"#
        guard let value = valueOnBothPaths(LettaMessageUnion.self, json) else { return }
        let encoded = try encodedOnBothPaths(value)
        for written in [encoded.bytes, encoded.codable] {
            #expect(
                written.contains(#""x":[12345678901234567890123,0.10000000000000000001,9007199254740993,-1.5e-07,1e+300]"#), "\(written)")
        }
    }
}

/// Rule 4: the first of repeated keys wins on both paths (as `JSONDecoder` does); a repeated tag never makes an
/// unknown variant whose tag and raw JSON disagree.
@Suite struct DuplicateKeyRuleTests {
    static let rest = #""id":"a","date":"2024-01-01T00:00:00Z","content":"c""#

    @Test func theFirstTagWins() throws {
        let json = #"{"message_type":"system_message","message_type":"user_message","# + Self.rest + "}"
        guard case .systemMessage? = valueOnBothPaths(LettaMessageUnion.self, json) else {
            Issue.record("expected a system message")
            return
        }
    }

    @Test func anUnknownTagAndItsRawJSONAgree() throws {
        let json = #"{"message_type":"brand_new","message_type":"other","# + Self.rest + "}"
        guard case .unknown(let variant)? = valueOnBothPaths(LettaMessageUnion.self, json) else {
            Issue.record("expected an unknown variant")
            return
        }
        #expect(variant.discriminator == "brand_new")
        #expect(variant.raw["message_type"] == "brand_new")
    }

    @Test func theFirstValueOfAPropertyWinsAndTheRestAreNotRead() throws {
        let first = #"{"message_type":"system_message","id":"a","id":5,"date":"2024-01-01T00:00:00Z","content":"c"}"#
        #expect(valueOnBothPaths(LettaMessageUnion.self, first)?.id == "a")
        let wrongFirst = #"{"message_type":"system_message","id":5,"id":"a","date":"2024-01-01T00:00:00Z","content":"c"}"#
        #expect(errorOnBothPaths(LettaMessageUnion.self, wrongFirst)?.path == "id")
        let unknown = #"{"message_type":"system_message","# + Self.rest + #","x":1,"x":{"y":2}}"#
        guard case .systemMessage(let message)? = valueOnBothPaths(LettaMessageUnion.self, unknown) else { return }
        #expect(message.additionalProperties == ["x": 1])
    }
}

/// Rule 5: what decodes re-encodes, on both paths: 511 levels of nesting decode and encode; 512 do not decode.
@Suite struct NestingRuleTests {
    static func message(nesting depth: Int) -> String {
        // The message object is one level; `x` holds `depth - 1` nested arrays.
        let arrays = String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1)
        return #"{"message_type":"system_message","id":"s","date":"2024-01-01T00:00:00Z","content":"c","x":"# + arrays + "}"
    }

    @Test func fiveHundredElevenLevelsDecodeAndReEncode() throws {
        guard let value = valueOnBothPaths(LettaMessageUnion.self, Self.message(nesting: 511)) else { return }
        let encoded = try encodedOnBothPaths(value)
        #expect(valueOnBothPaths(LettaMessageUnion.self, encoded.bytes) == value)
        #expect(valueOnBothPaths(LettaMessageUnion.self, encoded.codable) == value)
    }

    @Test func fiveHundredTwelveLevelsAreAnErrorOnBothPaths() throws {
        let error = errorOnBothPaths(LettaMessageUnion.self, Self.message(nesting: 512))
        #expect(error?.path == "x" + String(repeating: "/Index 0", count: 510))
    }

    @Test func deeperThanFoundationReadsIsItsSyntaxError() throws {
        #expect(errorOnBothPaths(LettaMessageUnion.self, Self.message(nesting: 600))?.path == "")
    }
}

/// Rule 6: encoding never writes a date the decoder rejects; years 0000–9999 round-trip.
@Suite struct DateRuleTests {
    static func message(date: String) -> String {
        #"{"message_type":"system_message","id":"s","date":""# + date + #"","content":"c"}"#
    }

    @Test(arguments: ["9999-12-31T23:59:59.999999Z", "0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z", "2024-02-29T12:00:00.5Z"])
    func theRangeRoundTripsExactly(date: String) throws {
        guard let value = valueOnBothPaths(LettaMessageUnion.self, Self.message(date: date)) else { return }
        let encoded = try encodedOnBothPaths(value)
        #expect(encoded.bytes.contains(#""date":""# + date + #"""#))
        #expect(encoded.codable.contains(#""date":""# + date + #"""#))
        #expect(valueOnBothPaths(LettaMessageUnion.self, encoded.bytes) == value)
    }

    @Test(arguments: ["+10000-01-01T00:00:00Z", "9999-12-31T23:30:00-01:00", "0000-01-01T00:30:00+01:00", "2024-02-30T00:00:00Z"])
    func instantsOutsideTheRangeAreErrors(date: String) throws {
        #expect(errorOnBothPaths(LettaMessageUnion.self, Self.message(date: date))?.path == "date")
    }
}

/// Rule 7: free-form JSON through Codable: the `{"x":[[[…]]]}` shape that took seconds decodes (its speed is
/// measured by the benchmark), and both paths agree.
@Suite struct FreeFormJSONRuleTests {
    @Test func deepFreeFormJSONDecodesOnBothPaths() throws {
        let json = #"{"x":"# + String(repeating: "[", count: 510) + String(repeating: "]", count: 510) + "}"
        #expect(valueOnBothPaths(JSONValue.self, json) != nil)
        let objects = String(repeating: #"{"x":"#, count: 511) + "1" + String(repeating: "}", count: 511)
        #expect(valueOnBothPaths(JSONValue.self, objects) != nil)
    }
}

/// Found by fuzz-json: a bad key later in an object and a bad value read first. JSONDecoder checks an object's keys
/// when it opens it, so it reports the key (at the object); the byte reader now gives the same error.
@Suite struct BadStringContentTests {
    @Test(arguments: [
        "eyJtZXNzYWdlX3R5cGUiOiJzdG9wX/JlYXNvbiIsInOMkI+mcmVhc29uIjoiZXJyb3IifQo=",
        "eyJtZXNzYWdlX3R5cGUiOiI0YQBzAAByX2VvbiIsInN0b3BfcmVhAAAAAAAAAHNvbiI6ImVycm9yIn0=",
    ])
    func bothPathsReportTheSameError(_ base64: String) throws {
        let json = try #require(Data(base64Encoded: base64))
        #expect(RoundTripCheck.decodingPathsDisagreement(LettaMessageUnion.self, json: json) == nil)
        #expect(RoundTripCheck.decodingPathsDisagreement(LettaStreamingResponse.self, json: json) == nil)
        guard case .error(let path, _) = RoundTripCheck.decodeWithBytes(LettaMessageUnion.self, json: json) else {
            Issue.record("a document with a bad key decoded")
            return
        }
        #expect(path == "")
    }
}

/// Found by fuzz-json in CI: a union's tag of the wrong kind, then a key with invalid UTF-8 later in the same object.
/// The byte reader met the tag first (a type mismatch at `message_type`); JSONDecoder checks every key of an object
/// when it opens it (an invalid-data error at the object). Whatever semantic error the byte reader meets first, a
/// failing document with a bad string anywhere is answered as JSONDecoder answers it, and one with bad syntax
/// anywhere as Foundation's scan answers it.
@Suite struct FirstErrorBeforeABadStringTests {
    /// The finding, as committed in Tests/Fuzz/Regressions/json: `{"message_type":42, …, "reasoni<0xFF × 84>ng_tokens":42, …}`.
    static let finding =
        Data(
            #"{"message_type":42,"prompt_tokens":42,"total_tokens":42,"step_count":42,"run_ids":["sample text"],"cached_input_tokens":42,"cache_writokens":42,"reasoni"#
                .utf8)
        + Data(repeating: 0xFF, count: 84) + Data(#"ng_tokens":42,"context_tokens":42}"#.utf8)

    @Test func theFindingIsReportedAtTheTopLevelOnBothPaths() throws {
        let json = Self.finding
        #expect(agreement(LettaMessageUnion.self, json) == "")
        #expect(agreement(LettaStreamingResponse.self, json) == "")
    }

    /// Each document fails on a semantic error first in document order, with a bad string or bad syntax after it;
    /// the path is where JSONDecoder (or Foundation's scan) stops. `«FF»` stands for the byte 0xFF, `«01»` for 0x01.
    @Test(arguments: [
        // A bad key later in an object: invalid UTF-8, an unpaired surrogate, a control character, a bad escape.
        (#"{"message_type":42,"id":"m","x«FF»y":1}"#, ""),
        (#"{"message_type":42,"id":"m","\ud800":1}"#, ""),
        (#"{"message_type":"assistant_message","content":[{"type":"text","text":5,"x«01»":1}]}"#, "content/Index 0"),
        (#"{"message_type":"user_message","content":[{"type":"text","text":7,"\q":1}]}"#, "content/Index 0"),
        // A bad value JSONDecoder never reads: the tag's error stands.
        (#"{"message_type":42,"content":"«FF»"}"#, "message_type"),
        // A bad value JSONDecoder reads before the field of the wrong kind (`date` is declared before `content`).
        (#"{"message_type":"assistant_message","content":5,"date":"«FF»"}"#, "date"),
        // Bad syntax after the first semantic error: Foundation's scan, at the top level.
        (#"{"message_type":42,"id":}"#, ""),
        (#"{"message_type":42,"id":"m"} x"#, ""),
    ])
    func theErrorIsWhereJSONDecoderStops(_ document: String, _ path: String) {
        #expect(agreement(LettaMessageUnion.self, Self.bytes(document)) == path, "\(document)")
    }

    static func bytes(_ document: String) -> Data {
        var bytes: [UInt8] = []
        var rest = Substring(document)
        while let marker = rest.range(of: "«") {
            bytes += rest[..<marker.lowerBound].utf8
            let hex = rest[marker.upperBound...].prefix(2)
            bytes.append(UInt8(hex, radix: 16) ?? 0)
            rest = rest[rest.index(marker.upperBound, offsetBy: 3)...]
        }
        bytes += rest.utf8
        return Data(bytes)
    }

    /// The coding path both paths report, or what differs between them.
    private func agreement<T: JSONModel>(_ type: T.Type, _ json: Data) -> String {
        if let disagreement = RoundTripCheck.decodingPathsDisagreement(type, json: json) { return disagreement }
        guard case .error(let path, _) = RoundTripCheck.decodeWithBytes(type, json: json) else { return "(decoded)" }
        return path
    }
}

/// Found by fuzz-json: JSONDecoder reads a document with a NUL among its first four bytes as UTF-16 or UTF-32 (`00 38`
/// is UTF-16BE `8`, `30 00 00 00` UTF-32LE `0`); the byte reader, which reads UTF-8, now gives JSONDecoder's answer
/// for such documents (no UTF-8 JSON document has one there).
@Suite struct UTF16AndUTF32DocumentTests {
    @Test(
        arguments: [[0x00, 0x38], [0x38, 0x00], [0x31, 0x00, 0x32, 0x00], [0x30, 0, 0, 0, 0, 0x06, 0x35], [0x30, 0, 0x78], [0x00]]
            as [[UInt8]])
    func bothPathsReadThemAlike(_ bytes: [UInt8]) {
        let json = Data(bytes)
        #expect(RoundTripCheck.decodingPathsDisagreement(JSONValue.self, json: json) == nil)
        #expect(RoundTripCheck.decodingPathsDisagreement(LettaMessageUnion.self, json: json) == nil)
    }

    @Test func utf16IsReadAsJSONDecoderReadsIt() throws {
        #expect(try JSONReader.decode(JSONValue.self, from: Data([0x31, 0x00, 0x32, 0x00])) == .integer(12))
    }
}
