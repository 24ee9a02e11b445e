import Foundation
import LettaCodegenRuntime
import Testing

/// A known variant of the discriminated union below.
private struct TextContent: Codable, Equatable {
    var type: String
    var text: String
}

/// A discriminated union shaped like generated code, with a catch-all for new variants.
private enum Content: Codable, Equatable {
    case text(TextContent)
    case unknown(UnknownVariant)

    init(from decoder: any Decoder) throws {
        let discriminator = try decoder.container(keyedBy: StringCodingKey.self).decodeIfPresent(String.self, forKey: "type")
        switch discriminator {
        case "text":
            self = .text(try TextContent(from: decoder))
        default:
            self = .unknown(UnknownVariant(discriminator: discriminator, raw: try JSONValue(from: decoder)))
        }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .text(let text): try text.encode(to: encoder)
        case .unknown(let unknown): try unknown.encode(to: encoder)
        }
    }
}

@Suite("UnknownVariant")
struct UnknownVariantTests {
    @Test("A known discriminator decodes its variant")
    func decodesKnownVariant() throws {
        let content = try decodeJSON(Content.self, from: #"{"type":"text","text":"hi"}"#)
        #expect(content == .text(TextContent(type: "text", text: "hi")))
    }

    @Test("An unknown discriminator keeps the whole value and re-encodes it unchanged")
    func keepsUnknownVariant() throws {
        let json = #"{"detail":{"sizes":[1,2.5],"url":"https://x.test/a.png"},"flag":null,"type":"image"}"#
        let content = try decodeJSON(Content.self, from: json)
        let expectedRaw: JSONValue = ["detail": ["sizes": [1, 2.5], "url": "https://x.test/a.png"], "flag": nil, "type": "image"]
        #expect(content == .unknown(UnknownVariant(discriminator: "image", raw: expectedRaw)))
        #expect(try encodeJSONSorted(content) == json)
    }

    @Test("An absent or null discriminator reads as nil", arguments: [#"{"text":"hi"}"#, #"{"type":null}"#])
    func readsMissingDiscriminatorAsNil(json: String) throws {
        guard case .unknown(let unknown) = try decodeJSON(Content.self, from: json) else {
            Issue.record("Expected an unknown variant")
            return
        }
        #expect(unknown.discriminator == nil)
        #expect(try encodeJSONSorted(unknown) == json)
    }

    @Test("A non-string discriminator throws typeMismatch at the discriminator key")
    func rejectsNonStringDiscriminator() throws {
        let error = try #require(throws: DecodingError.self) {
            try decodeJSON([Content].self, from: #"[{"type":"text","text":"a"},{"type":3}]"#)
        }
        guard case .typeMismatch(let type, let context) = error else {
            Issue.record("Expected typeMismatch, got \(error)")
            return
        }
        #expect(ObjectIdentifier(type) == ObjectIdentifier(String.self))
        #expect(context.codingPath.map(\.stringValue) == ["Index 1", "type"])
    }

    @Test("Decoding directly keeps any value with no discriminator")
    func decodesShapeUnionValue() throws {
        let unknown = try decodeJSON(UnknownVariant.self, from: #"[1,"a",{"b":false}]"#)
        #expect(unknown == UnknownVariant(discriminator: nil, raw: [1, "a", ["b": false]]))
        #expect(try encodeJSONSorted(unknown) == #"[1,"a",{"b":false}]"#)
    }
}
