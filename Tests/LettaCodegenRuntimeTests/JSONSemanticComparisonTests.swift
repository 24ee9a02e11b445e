import Foundation
import LettaCodegenRuntime
import Testing

private typealias Difference = JSONSemanticComparison.Difference

@Suite("JSONSemanticComparison")
struct JSONSemanticComparisonTests {
    @Test("Key order and whitespace never matter")
    func ignoresKeyOrder() throws {
        let differences = try JSONSemanticComparison.differences(
            expectedJSON: Data(#"{"a":1,"b":{"c":[true,null],"d":"x"}}"#.utf8),
            actualJSON: Data(#" { "b" : { "d" : "x", "c" : [ true, null ] }, "a" : 1 } "#.utf8),
            options: []
        )
        #expect(differences.isEmpty)
    }

    @Test("Differences carry a JSON Pointer path and a description, in sorted order")
    func reportsPathsAndDescriptions() {
        let expected: JSONValue = ["messages": [["date": "a"], ["date": "b"], ["n": 1], ["date": "d"]], "z": true]
        let actual: JSONValue = ["messages": [["date": "a"], ["date": "B"], ["n": "1"], ["date": "d"]], "z": false]
        #expect(
            JSONSemanticComparison.differences(expected: expected, actual: actual, options: []) == [
                Difference(path: "/messages/1/date", description: #"expected "b", found "B""#),
                Difference(path: "/messages/2/n", description: #"expected 1, found "1""#),
                Difference(path: "/z", description: "expected true, found false"),
            ])
    }

    @Test("Keys with / and ~ are escaped in paths; a root mismatch has the empty path")
    func escapesPointerTokens() {
        #expect(
            JSONSemanticComparison.differences(expected: ["a/b": 1, "c~d": 2], actual: ["a/b": 2, "c~d": 3], options: []) == [
                Difference(path: "/a~1b", description: "expected 1, found 2"),
                Difference(path: "/c~0d", description: "expected 2, found 3"),
            ])
        #expect(
            JSONSemanticComparison.differences(expected: [1], actual: ["k": 1], options: []) == [
                Difference(path: "", description: #"expected [1], found {"k":1}"#)
            ])
    }

    @Test("Missing and extra array elements are reported by index")
    func reportsArrayLengthDifferences() {
        #expect(
            JSONSemanticComparison.differences(expected: [1, 2, 3], actual: [1, 2], options: []) == [
                Difference(path: "/2", description: "missing element, expected 3")
            ])
        #expect(
            JSONSemanticComparison.differences(expected: [1], actual: [1, nil], options: .nullEqualsAbsent) == [
                Difference(path: "/1", description: "unexpected element, found null")
            ])
    }

    @Test("nullEqualsAbsent: a null member matches a missing one only when set")
    func nullEqualsAbsent() {
        let withNull: JSONValue = ["a": 1, "b": nil]
        let without: JSONValue = ["a": 1]
        #expect(
            JSONSemanticComparison.differences(expected: withNull, actual: without, options: []) == [
                Difference(path: "/b", description: "missing key, expected null")
            ])
        #expect(
            JSONSemanticComparison.differences(expected: without, actual: withNull, options: []) == [
                Difference(path: "/b", description: "unexpected key, found null")
            ])
        #expect(JSONSemanticComparison.differences(expected: withNull, actual: without, options: .nullEqualsAbsent).isEmpty)
        #expect(JSONSemanticComparison.differences(expected: without, actual: withNull, options: .nullEqualsAbsent).isEmpty)
        #expect(
            JSONSemanticComparison.differences(expected: ["a": 1, "b": 0], actual: without, options: .nullEqualsAbsent) == [
                Difference(path: "/b", description: "missing key, expected 0")
            ])
    }

    @Test("datesCompareByInstant: equal instants in different spellings match only when set")
    func datesCompareByInstant() {
        let python: JSONValue = ["date": "2024-08-28T22:34:23.435997+00:00"]
        let swift: JSONValue = ["date": "2024-08-28T22:34:23.435997Z"]
        #expect(
            JSONSemanticComparison.differences(expected: python, actual: swift, options: []) == [
                Difference(path: "/date", description: #"expected "2024-08-28T22:34:23.435997+00:00", found "2024-08-28T22:34:23.435997Z""#)
            ])
        #expect(JSONSemanticComparison.differences(expected: python, actual: swift, options: .datesCompareByInstant).isEmpty)
        #expect(
            JSONSemanticComparison.differences(
                expected: "2024-03-10T12:00:00+05:30", actual: "2024-03-10T06:30:00.000Z", options: .datesCompareByInstant
            ).isEmpty)
        #expect(
            JSONSemanticComparison.differences(
                expected: "2024-08-28T22:34:23.435997Z", actual: "2024-08-28T22:34:23.435998Z", options: .datesCompareByInstant
            ).count == 1)
        #expect(JSONSemanticComparison.differences(expected: "abc", actual: "ABC", options: .datesCompareByInstant).count == 1)
    }

    @Test("numbersCompareByValue: an integer matches an equal double only when set")
    func numbersCompareByValue() {
        #expect(
            JSONSemanticComparison.differences(expected: 1, actual: 1.0, options: []) == [
                Difference(path: "", description: "expected 1, found 1.0")
            ])
        #expect(JSONSemanticComparison.differences(expected: 1.0, actual: 1, options: []).count == 1)
        #expect(JSONSemanticComparison.differences(expected: 1, actual: 1.0, options: .numbersCompareByValue).isEmpty)
        #expect(JSONSemanticComparison.differences(expected: 1.0, actual: 1, options: .numbersCompareByValue).isEmpty)
        #expect(JSONSemanticComparison.differences(expected: 1, actual: 1.5, options: .numbersCompareByValue).count == 1)
        #expect(JSONSemanticComparison.differences(expected: 1, actual: true, options: .numbersCompareByValue).count == 1)
        #expect(
            JSONSemanticComparison.differences(
                expected: .integer(Int64.max), actual: .double(9_223_372_036_854_775_808), options: .numbersCompareByValue
            ).count == 1)
    }

    @Test("Options combine")
    func combinesOptions() throws {
        let differences = try JSONSemanticComparison.differences(
            expectedJSON: Data(#"{"created_at":"2024-09-25T19:52:05+00:00","name":null,"score":2,"tags":[]}"#.utf8),
            actualJSON: Data(#"{"created_at":"2024-09-25T19:52:05Z","score":2.0,"tags":[]}"#.utf8),
            options: [.nullEqualsAbsent, .datesCompareByInstant, .numbersCompareByValue]
        )
        #expect(differences.isEmpty)
    }

    @Test("Invalid JSON throws")
    func rejectsInvalidJSON() {
        #expect(throws: DecodingError.self) {
            try JSONSemanticComparison.differences(expectedJSON: Data("{".utf8), actualJSON: Data("{}".utf8), options: [])
        }
    }
}
