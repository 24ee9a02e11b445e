import Foundation
import Testing
@testable import LettaCodegen

/// `letta-codegen extract` on small documents: what it keeps, what it refuses, and when a name would change.
@Suite struct SchemaExtractorTests {
    static let document = """
        openapi: 3.1.0
        info: {title: Shop, version: '1'}
        paths: {}
        components:
          schemas:
            line_item:
              type: object
              properties:
                sku: {type: string}
            LineItem:
              type: object
              properties:
                id: {type: string}
            Order:
              type: object
              properties:
                items:
                  type: array
                  items: {$ref: '#/components/schemas/line_item'}
                kind:
                  oneOf:
                    - $ref: '#/components/schemas/Pickup'
                  discriminator:
                    propertyName: kind
                    mapping: {delivery: Delivery, pickup: '#/components/schemas/Pickup'}
            Pickup:
              type: object
              properties:
                kind: {type: string, const: pickup}
            Delivery:
              type: object
              properties:
                kind: {type: string, const: delivery}
            Unused:
              type: string
            Broken:
              $ref: '#/components/parameters/Limit'
        """

    func extract(_ roots: [String]) throws -> SchemaExtractor.Extract {
        let root = try YAMLLoader().load(bytes: Array(Self.document.utf8), file: "shop.yaml")
        return try SchemaExtractor().extract(from: root, roots: roots, sourceName: "shop.yaml")
    }

    /// The closure follows `$ref`s and both forms of mapping entry, and keeps document order.
    @Test func theClosureKeepsDocumentOrder() throws {
        #expect(try extract(["Order"]).schemaNames == ["line_item", "Order", "Pickup", "Delivery"])
    }

    @Test func unknownRootsAndReferencesOutsideSchemasAreErrors() throws {
        #expect(throws: DiagnosticsError.self) { try extract(["order"]) }
        do {
            _ = try extract(["order"])
        } catch let error as DiagnosticsError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "shop.yaml:5:3: error: 'order' is not a schema of components/schemas (similar: Order)"
                ])
        }
        do {
            _ = try extract(["Broken"])
            Issue.record("a reference outside components/schemas was followed")
        } catch let error as DiagnosticsError {
            #expect(
                error.diagnostics.map(\.description) == [
                    "shop.yaml:37:13: error: '#/components/parameters/Limit' points outside components/schemas; extract only follows references to schemas"
                ])
        }
    }

    /// `line_item` is `LineItem2` beside `LineItem` but `LineItem` alone: the warning says so where it is written.
    @Test func aNameThatDependsOnASchemaLeftOutIsReported() throws {
        let result = try extract(["Order"])
        let root = try YAMLLoader().load(bytes: Array(Self.document.utf8), file: "shop.yaml")
        let whole = try SpecLoader().load(root: root, path: "shop.yaml").document
        let part = try result.loaded(as: "extract.yaml")
        #expect(
            SchemaExtractor.nameChanges(whole: whole, extract: part).map(\.description) == [
                "shop.yaml:6:5: warning: 'line_item' generates 'LineItem' in the extract but 'LineItem2' in the whole document: its name depends on schemas left out; keep them too, or rename it in the codegen config"
            ])
        let withBoth = try extract(["Order", "LineItem"])
        let partWithBoth = try withBoth.loaded(as: "extract.yaml")
        #expect(SchemaExtractor.nameChanges(whole: whole, extract: partWithBoth).isEmpty)
    }
}
