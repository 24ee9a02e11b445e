import LettaCodegenRuntime
import Testing

@Suite struct UnionDecodingTests {
    let members = [
        UnionMemberShape(required: ["name", "arguments", "tool_call_id"], declared: ["name", "arguments", "tool_call_id"]),
        UnionMemberShape(required: [], declared: ["name", "arguments", "tool_call_id"]),
        UnionMemberShape(required: [], declared: ["usage"]),
    ]

    @Test func requiredKeysMustBePresentAndSomeDeclaredKeyToo() {
        #expect(UnionDecoding.candidates(for: ["name", "arguments", "tool_call_id"], among: members, emptyObjectMatches: false) == [0, 1])
        #expect(UnionDecoding.candidates(for: ["arguments"], among: members, emptyObjectMatches: false) == [1])
        #expect(UnionDecoding.candidates(for: ["detail"], among: members, emptyObjectMatches: false) == [])
    }

    @Test func fewestUndeclaredKeysFirst() {
        #expect(UnionDecoding.candidates(for: ["arguments", "usage"], among: members, emptyObjectMatches: false) == [1, 2])
        #expect(UnionDecoding.candidates(for: ["usage", "x"], among: members, emptyObjectMatches: false) == [2])
    }

    @Test func emptyObjectMatchesOnlyWhenAllowed() {
        #expect(UnionDecoding.candidates(for: [], among: members, emptyObjectMatches: false) == [])
        #expect(UnionDecoding.candidates(for: [], among: members, emptyObjectMatches: true) == [1, 2])
    }
}

@Suite struct AbsentConstantNormalizationTests {
    @Test func aStringKeyAddedByTheEncoderIsAllowedOnlyWithTheOption() {
        let expected: JSONValue = ["id": "l1"]
        let actual: JSONValue = ["id": "l1", "message_type": "internal_monologue"]
        #expect(JSONSemanticComparison.differences(expected: expected, actual: actual, options: [.absentConstantsMayBeWritten]).isEmpty)
        #expect(JSONSemanticComparison.differences(expected: expected, actual: actual).map(\.path) == ["/message_type"])
        let numberAdded: JSONValue = ["id": "l1", "count": 1]
        #expect(JSONSemanticComparison.differences(expected: expected, actual: numberAdded, options: [.absentConstantsMayBeWritten]).map(\.path) == ["/count"])
    }
}
