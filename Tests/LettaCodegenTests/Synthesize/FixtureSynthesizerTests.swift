import Testing

@testable import LettaCodegen

/// How the synthesizer turns its instances into fixture lines.
@Suite struct FixtureSynthesizerTests {
    @Test func repeatedLinesAreDroppedAndTheFirstOfEachKeptInOrder() {
        let lines = [#"{"a":1}"#, #"{"b":2}"#, #"{"a":1}"#, #"{"a":10}"#, #"{"b":2}"#, "", #"{"c":3}"#, ""]
        #expect(FixtureSynthesizer.unique(lines) == [#"{"a":1}"#, #"{"b":2}"#, #"{"a":10}"#, "", #"{"c":3}"#])
    }

    @Test func linesOfTheSameLengthAreComparedByContent() {
        let lines = ["abc", "abd", "abc", "ébc", "ébc"]
        #expect(FixtureSynthesizer.unique(lines) == ["abc", "abd", "ébc"])
    }
}
