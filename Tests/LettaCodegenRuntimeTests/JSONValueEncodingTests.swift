import Foundation
import LettaCodegenRuntime
import Testing

@Suite("JSONValue encoding")
struct JSONValueEncodingTests {
    @Test(
        "JSON round-trips through JSONDecoder and JSONEncoder unchanged",
        arguments: [
            #"{"a":[1,2.5,"x",true,false,null,{"b":{}}],"c":-3,"d":"tab\there"}"#,
            #"[]"#,
            #"{}"#,
            #"null"#,
            #""text""#,
            #"[9223372036854775807,-9223372036854775808,9007199254740993,1e+300]"#,
            #"{"nested":{"deeper":{"list":[[],[{}],[null]]}},"url":"https://example.com/a"}"#,
        ])
    func roundTrips(json: String) throws {
        let value = try decodeJSON(JSONValue.self, from: json)
        #expect(try encodeJSONSorted(value) == json)
    }

    @Test("Each case encodes to its JSON spelling")
    func encodesEachCase() throws {
        #expect(try encodeJSONSorted(JSONValue.null) == "null")
        #expect(try encodeJSONSorted(JSONValue.bool(false)) == "false")
        #expect(try encodeJSONSorted(JSONValue.integer(Int64.max)) == "9223372036854775807")
        #expect(try encodeJSONSorted(JSONValue.double(1.5)) == "1.5")
        #expect(try encodeJSONSorted(JSONValue.double(1e300)) == "1e+300")
        #expect(try encodeJSONSorted(JSONValue.string("a\"b")) == #""a\"b""#)
        #expect(try encodeJSONSorted(["z": 1, "a": [nil, true]] as JSONValue) == #"{"a":[null,true],"z":1}"#)
    }

    @Test("Literals build the matching cases; a repeated dictionary key keeps the last value")
    func literalsBuildCases() {
        #expect(nil as JSONValue == .null)
        #expect(true as JSONValue == .bool(true))
        #expect(7 as JSONValue == .integer(7))
        #expect(0.5 as JSONValue == .double(0.5))
        #expect("s" as JSONValue == .string("s"))
        #expect([1, "a"] as JSONValue == .array([.integer(1), .string("a")]))
        #expect(["k": 1, "k": 2] as JSONValue == .object(["k": .integer(2)]))
    }

    @Test("Accessors return values only for the matching case")
    func accessors() {
        let value: JSONValue = ["name": "letta", "count": 3, "ratio": 2.0, "flags": [true], "none": nil]
        #expect(value["name"]?.stringValue == "letta")
        #expect(value["count"]?.int64Value == 3)
        #expect(value["ratio"]?.int64Value == 2)
        #expect(value["count"]?.doubleValue == 3.0)
        #expect(value["flags"]?[0]?.boolValue == true)
        #expect(value["flags"]?[1] == nil)
        #expect(value["none"]?.isNull == true)
        #expect(value["missing"] == nil)
        #expect(value["name"]?.int64Value == nil)
        #expect(value.arrayValue == nil)
        #expect(value.objectValue?.count == 5)
        #expect(JSONValue.double(1.5).int64Value == nil)
    }

    /// The byte-level writer copies strings sixteen bytes at a time while none needs an escape: every position of a
    /// quote, a backslash, a control byte, DEL and a character beyond ASCII in and after the first blocks is written
    /// as JSONEncoder writes it; and a document past the size the writer hands to `Data` whole (4 KiB) is the same
    /// bytes as a small one repeated.
    @Test(
        "Strings are written as JSONEncoder writes them whichever byte of a 16-byte block needs an escape",
        arguments: ["", "\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{7F}", "é", "\u{2028}", "/"])
    func stringsAcrossBlocks(special: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        for length in 0..<40 {
            for position in [0, length / 2, length] {
                let plain = String(repeating: "a", count: length)
                let text = String(plain.prefix(position)) + special + String(plain.dropFirst(position))
                let expected = String(decoding: try encoder.encode(text), as: UTF8.self)
                #expect(String(decoding: JSONWriter.encode(text), as: UTF8.self) == expected, "\(text.debugDescription)")
            }
        }
    }

    @Test("A document larger than the writer keeps in its own block is written whole")
    func largeDocuments() {
        let element: JSONValue = ["text": "line\n\"quoted\" \\ é", "n": 1]
        let one = String(decoding: JSONWriter.encode(element), as: UTF8.self)
        for count in [1, 100, 1_000, 10_000] {
            let document = JSONValue.array(Array(repeating: element, count: count))
            let written = JSONWriter.encode(document)
            #expect(String(decoding: written, as: UTF8.self) == "[" + Array(repeating: one, count: count).joined(separator: ",") + "]")
        }
    }
}
