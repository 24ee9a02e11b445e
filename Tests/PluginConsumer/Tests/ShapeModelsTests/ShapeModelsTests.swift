import Foundation
import LettaCodegenRuntime
import ShapeModels
import Testing

/// Models generated from a spec written as other vendors write theirs decode, on both paths, to the same values.
@Suite struct ShapeModelsTests {
    static let drawing = #"""
        {"shapes":[{"kind":"circle","radius":1},{"base":2,"kind":"triangle"},{"kind":"square","side":3},{"kind":"line","length":4},{"mass":5},{"axes":[1,2],"kind":"ellipse"},{"kind":"hexagon","sides":6}],"tree":{"children":[{"children":[],"label":"leaf"}],"label":"root"},"upload":{"file":"https://example.invalid/a.wav","id":"5F0C","mode":"fast","note":null,"priority":4}}
        """#

    @Test func everyFormOfTheDiscriminatorDecodesToItsCase() throws {
        let drawing = try JSONReader.decode(Drawing.self, from: Data(Self.drawing.utf8))
        #expect(drawing.shapes.map(\.kindText) == ["circle", "triangle", "square", "line", nil, "ellipse", "hexagon"])
        guard case .polygon(.triangle(let triangle)) = drawing.shapes[1], case .blob(let blob) = drawing.shapes[4],
            case .ellipse(let ellipse) = drawing.shapes[5], case .unknown(let hexagon) = drawing.shapes[6]
        else {
            Issue.record("unexpected shapes: \(drawing.shapes)")
            return
        }
        #expect(triangle.base == 2)
        #expect(blob.mass == 5)
        #expect(ellipse.axes == [1, 2])
        #expect(hexagon.raw["sides"] == .integer(6))
    }

    @Test func valuesTheSpecDoesNotListSurviveAndTheRoundTripIsExact() throws {
        let drawing = try JSONReader.decode(Drawing.self, from: Data(Self.drawing.utf8))
        let upload = try #require(drawing.upload)
        #expect(upload.mode == .unknown("fast"))
        #expect(upload.priority == 4)
        #expect(upload.id == "5F0C")
        // Both members are strings: the first in spec order takes the value, which is kept as sent.
        #expect(upload.file == .audioFileBinary("https://example.invalid/a.wav"))
        #expect(drawing.tree?.children?.first?.label == "leaf")

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let codable = try JSONDecoder().decode(Drawing.self, from: Data(Self.drawing.utf8))
        #expect(codable == drawing)
        let written = String(decoding: try encoder.encode(codable), as: UTF8.self)
        #expect(written == Self.drawing.replacingOccurrences(of: #","note":null"#, with: ""), "\(written)")
        #expect(try JSONReader.decode(Drawing.self, from: JSONWriter.encode(drawing)) == drawing)
    }
}
