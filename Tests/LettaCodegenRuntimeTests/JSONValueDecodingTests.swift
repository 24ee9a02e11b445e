import Foundation
import LettaCodegenRuntime
import Testing

@Suite("JSONValue decoding")
struct JSONValueDecodingTests {
    @Test("A mixed document decodes to the exact structure")
    func decodesMixedDocument() throws {
        let value = try decodeJSON(JSONValue.self, from: #"{"a":[1,2.5,"x",true,false,null,{"b":{}}],"c":-3,"d":"é\n"}"#)
        let expected: JSONValue = [
            "a": [1, 2.5, "x", true, false, nil, ["b": [:]]],
            "c": -3,
            "d": "é\n",
        ]
        #expect(value == expected)
    }

    @Test("Booleans never decode as numbers and numbers never as booleans")
    func keepsBooleansAndNumbersApart() throws {
        let value = try decodeJSON(JSONValue.self, from: "[true,1,0,false,1.0]")
        #expect(value == .array([.bool(true), .integer(1), .integer(0), .bool(false), .integer(1)]))
        #expect(try decodeJSON(JSONValue.self, from: "true") == .bool(true))
        #expect(try decodeJSON(JSONValue.self, from: "1") == .integer(1))
    }

    @Test(
        "Whole numbers that fit become integers, doubles keep what their spelling says, the rest stays exact",
        arguments: [
            ("1.5", JSONValue.double(1.5)),
            ("-0.25", .double(-0.25)),
            ("9007199254740992", .integer(9_007_199_254_740_992)),
            ("-9007199254740992", .integer(-9_007_199_254_740_992)),
            ("9007199254740993", .integer(9_007_199_254_740_993)),
            ("9223372036854775807", .integer(Int64.max)),
            ("-9223372036854775808", .integer(Int64.min)),
            ("9223372036854775808", .decimal(Decimal(string: "9223372036854775808") ?? 0)),
            ("0.10000000000000000001", .decimal(Decimal(string: "0.10000000000000000001") ?? 0)),
            ("12345678901234567890123", .decimal(Decimal(string: "12345678901234567890123") ?? 0)),
            ("1e-7", .double(1e-7)),
            ("0e500", .integer(0)),
            ("-0.0", .integer(0)),
            ("1e300", .double(1e300)),
            ("-1e300", .double(-1e300)),
            ("1e2", .integer(100)),
        ])
    func classifiesNumbers(text: String, expected: JSONValue) throws {
        #expect(try decodeJSON(JSONValue.self, from: text) == expected)
    }

    @Test("Strings that look like other values stay strings")
    func keepsStringsAsStrings() throws {
        #expect(try decodeJSON(JSONValue.self, from: #"["true","1","null"]"#) == ["true", "1", "null"])
    }

    /// A document that repeats a string with escapes gets the text made the first time; another string of the same
    /// length, or the same text escaped another way, is read for itself.
    @Test("A repeated string with escapes reads as JSONDecoder reads it, and its look-alikes too")
    func repeatedEscapedStrings() throws {
        let first = #""line one\nline \"two\"\u00e9""#
        let sameLength = #""line one\tline \"two\"\u00e9""#
        let sameText = #""line one\u000aline \"two\"é""#
        let document = "[\(first), \(first), \(sameLength), \(first), \(sameText), {\"k\": \(first)}]"
        let bytes = Data(document.utf8)
        let value = try JSONReader.decode(JSONValue.self, from: bytes)
        #expect(value == (try JSONDecoder().decode(JSONValue.self, from: bytes)))
        let text = "line one\nline \"two\"é"
        let other = "line one\tline \"two\"é"
        #expect(value == [.string(text), .string(text), .string(other), .string(text), .string(text), ["k": .string(text)]])
    }

    /// The byte-level reader finds a plain string's end sixteen bytes at a time and leaves any other string to its
    /// general scan: every position of an escape, a character beyond ASCII or a control byte in and after the first
    /// blocks, with the string near and far from the end of the bytes, reads as JSONDecoder reads it.
    @Test(
        "Strings read alike whichever byte of a 16-byte block ends them or holds an escape, a non-ASCII byte or a control byte",
        arguments: ["", #"\""#, #"\n"#, #"\u00e9"#, "é", "\u{01}", "\u{7F}", #"\\\/\t\ud83d\ude00"#, #"é\"é\n"#])
    func stringsAcrossBlocks(special: String) throws {
        for length in 0..<40 {
            for position in [0, length / 2, length] {
                let plain = String(repeating: "a", count: length)
                let text = String(plain.prefix(position)) + special + String(plain.dropFirst(position))
                for document in [#"["\#(text)"]"#, #"["\#(text)", "\#(String(repeating: " ", count: 40))"]"#] {
                    let bytes = Data(document.utf8)
                    let foundation = Result { try JSONDecoder().decode(JSONValue.self, from: bytes) }
                    let byteLevel = Result { try JSONReader.decode(JSONValue.self, from: bytes) }
                    switch (foundation, byteLevel) {
                    case (.success(let expected), .success(let value)): #expect(value == expected, "\(document.debugDescription)")
                    case (.failure, .failure): break
                    default: Issue.record("\(document.debugDescription): JSONDecoder \(foundation), JSONReader \(byteLevel)")
                    }
                }
            }
        }
    }
}
