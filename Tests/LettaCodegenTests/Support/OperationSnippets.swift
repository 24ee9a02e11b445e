import Testing
@testable import LettaCodegen

/// A small API with one operation of each kind the client generator knows: a paged list with every query value
/// form and a header, a JSON body flattened into parameters, a path parameter, nothing to return, a multipart
/// upload, an event stream, bytes, an operation without a tag, and names that collide.
enum OperationSnippets {
    static let spec = """
        openapi: 3.1.0
        info: {title: Items API, version: '1'}
        servers:
        - url: https://items.example.com
        paths:
          /v1/items/:
            get:
              tags: [items]
              operationId: list_items
              summary: List Items
              parameters:
              - {name: limit, in: query, required: false, schema: {type: integer}}
              - {name: after, in: query, required: false, description: The cursor., schema: {type: string}}
              - {name: order, in: query, required: false, schema: {type: string, enum: [asc, desc]}}
              - {name: kinds, in: query, required: false, schema: {type: array, items: {$ref: '#/components/schemas/Kind'}}}
              - {name: since, in: query, required: false, schema: {type: string, format: date-time}}
              - {name: filter, in: query, required: false, schema: {type: object, properties: {q: {type: string}}}}
              - {name: X-Trace, in: header, required: false, schema: {type: string}}
              responses:
                '200':
                  description: The items.
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Item'}}
            post:
              tags: [items]
              operationId: create_item
              parameters:
              - {name: name, in: query, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ItemCreate'}
              responses:
                '201':
                  description: Created.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Item'}
                '422':
                  description: Invalid.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Problem'}
          /v1/items/{item_id}:
            delete:
              tags: [items]
              operationId: delete_item
              deprecated: true
              parameters:
              - {name: item_id, in: path, required: true, schema: {type: string}}
              - {name: options, in: query, required: false, schema: {type: boolean}}
              responses:
                '204': {description: Deleted.}
          /v1/items/{item_id}/upload:
            post:
              tags: [items]
              operationId: upload_item_file
              parameters:
              - {name: item_id, in: path, required: true, schema: {type: string}}
              requestBody:
                required: true
                content:
                  multipart/form-data:
                    schema:
                      type: object
                      required: [file]
                      properties:
                        file: {type: string, format: binary}
                        note: {type: string}
                        count: {type: integer}
                        kind: {$ref: '#/components/schemas/Kind'}
                        meta: {type: object, properties: {source: {type: string}}}
              responses:
                '200':
                  description: Stored.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Item'}
          /v1/items/{item_id}/events:
            get:
              tags: [items]
              operationId: stream_item_events
              parameters:
              - {name: item_id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: Events.
                  content:
                    text/event-stream:
                      schema: {$ref: '#/components/schemas/Item'}
          /v1/items/{item_id}/raw:
            get:
              tags: [items]
              operationId: download_item
              parameters:
              - {name: item_id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The bytes.
                  content:
                    application/octet-stream: {}
          /health:
            get:
              operationId: health
              responses:
                '200':
                  description: Up.
                  content:
                    application/json:
                      schema: {type: object, properties: {status: {type: string}}}
        components:
          schemas:
            Kind:
              type: string
              enum: [book, film]
            Item:
              type: object
              required: [id]
              properties:
                id: {type: string}
                name: {type: string}
            ItemCreate:
              type: object
              required: [title]
              properties:
                name: {type: string, description: Shadows the query parameter.}
                title: {type: string}
                tags: {type: array, items: {type: string}}
            Problem:
              type: object
              properties:
                detail: {type: string}
        """

    static func configuration(operations: [String: String] = [:], defaultTransport: Bool = true) -> CodegenConfiguration {
        var configuration = CodegenConfiguration()
        configuration.moduleName = "ItemsModels"
        var client = CodegenConfiguration.ClientSettings(module: "ItemsClient")
        client.apiKeyVariable = "ITEMS_API_KEY"
        client.operations = operations
        client.defaultTransport = defaultTransport
        configuration.client = client
        return configuration
    }

    /// The client the snippet translates to.
    static func client(operations: [String: String] = [:]) throws -> ClientDeclaration {
        let root = try YAMLLoader().load(bytes: Array(spec.utf8), file: "items.yaml")
        let document = try SpecLoader().load(root: root, path: "items.yaml").document
        let output = ModelTranslator(configuration: configuration(operations: operations)).translate(document)
        return try #require(output.client)
    }

    /// The generated files (`ItemsClient/…`, `ItemsModels/…`) as text.
    static func files(defaultTransport: Bool = true) throws -> [String: String] {
        let root = try YAMLLoader().load(bytes: Array(spec.utf8), file: "items.yaml")
        let loaded = try SpecLoader().load(root: root, path: "items.yaml")
        return try ModelGenerator(configuration: configuration(defaultTransport: defaultTransport))
            .generate(document: loaded.document, loadDiagnostics: loaded.diagnostics, specDisplayName: "items.yaml").files
    }
}
