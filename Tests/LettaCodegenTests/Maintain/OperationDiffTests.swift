import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

/// `letta-codegen diff` on operations: matched by operationId, each change classified and located.
@Suite struct OperationDiffTests {
    static let oldSpec = """
        openapi: 3.1.0
        info: {title: Items, version: '1'}
        paths:
          /items:
            get:
              tags: [items]
              operationId: list_items
              parameters:
              - {name: limit, in: query, schema: {type: integer}}
              - {name: cursor, in: query, schema: {type: string}}
              - {name: legacy, in: query, schema: {type: string}}
              responses:
                '200':
                  description: Items.
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Item'}}
          /items/{id}:
            get:
              tags: [items]
              operationId: get_item
              parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The item.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Item'}
            delete:
              tags: [items]
              operationId: delete_item
              parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '204': {description: Gone.}
        components:
          schemas:
            Item:
              type: object
              properties:
                id: {type: string}
        """

    static let newSpec = """
        openapi: 3.1.0
        info: {title: Items, version: '2'}
        paths:
          /items:
            get:
              tags: [items]
              operationId: list_items
              parameters:
              - {name: cursor, in: query, schema: {type: string}}
              - {name: limit, in: query, schema: {type: number}}
              - {name: owner, in: query, required: true, schema: {type: string}}
              - {name: sort, in: query, schema: {type: string}}
              responses:
                '200':
                  description: Items.
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Item'}}
          /v2/items/{id}:
            get:
              tags: [items]
              operationId: get_item
              deprecated: true
              parameters:
              - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The item.
                  content:
                    text/event-stream:
                      schema: {$ref: '#/components/schemas/Item'}
          /items/search:
            post:
              tags: [items]
              operationId: search_items
              responses:
                '204': {description: Done.}
        components:
          schemas:
            Item:
              type: object
              properties:
                id: {type: string}
        """

    @Test func operationChangesAreClassifiedAndLocated() throws {
        let directory = try SpecFixtureDirectory(["old.yaml": Self.oldSpec, "new.yaml": Self.newSpec])
        defer { directory.remove() }
        let old = try GeneratedAPI.load(path: directory.url.appendingPathComponent("old.yaml").path)
        let new = try GeneratedAPI.load(path: directory.url.appendingPathComponent("new.yaml").path)
        let report = APIChangeReport.text(APIDiff(old: old, new: new).changes())
            .replacingOccurrences(of: directory.url.path + "/", with: "")
        #expect(
            report == """
                ItemsResource
                  source- and wire-breaking: operation items.listItems query parameter 'owner' added: owner: String  [old.yaml:5:5 → new.yaml:11:9]
                  source- and wire-breaking: operation items.listItems query parameter 'limit' type Int? → Double?  [old.yaml:9:9 → new.yaml:10:9]
                  additive: operation items.listItems query parameter 'sort' added: sort: String?  [old.yaml:5:5 → new.yaml:12:9]
                  source-breaking: operation items.listItems query parameter 'legacy' removed (was legacy: String?)  [old.yaml:11:9 → new.yaml:5:5]
                  source-breaking: operation items.listItems parameters reordered: cursor now comes before limit  [old.yaml:5:5 → new.yaml:5:5]
                  wire-breaking: operation items.getItem now sends GET /v2/items/{id} (was GET /items/{id})  [old.yaml:19:5 → new.yaml:20:5]
                  additive: operation items.getItem deprecated  [old.yaml:19:5 → new.yaml:20:5]
                  source- and wire-breaking: operation items.getItem result Item → EventStream<Item, JSONValue>  [old.yaml:19:5 → new.yaml:20:5]
                  additive: operation items.searchItems added (POST /items/search)  [old.yaml:3:1 → new.yaml:33:5]
                  source-breaking: operation items.deleteItem removed (DELETE /items/{id})  [old.yaml:30:5 → new.yaml:3:1]
                10 changes in 1 type: 6 source-breaking, 4 wire-breaking, 3 additive

                """)
        #expect(APIDiff(old: new, new: new).changes().isEmpty)
    }
}
