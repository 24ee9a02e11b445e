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
}
