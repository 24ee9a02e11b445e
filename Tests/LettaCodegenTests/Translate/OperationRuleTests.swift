import Testing
@testable import LettaCodegen

/// Operations on the client declaration, before any printing: where each goes, its parameters and how each is
/// sent, its body and its result.
@Suite struct OperationRuleTests {
    @Test func operationsGoToTheResourceOfTheirFirstTagUnderTheirOperationID() throws {
        let client = try OperationSnippets.client()
        #expect(client.name == "ItemsClient")
        #expect(client.defaultBaseURL == "https://items.example.com")
        #expect(client.apiKeyVariable == "ITEMS_API_KEY")
        #expect(client.userAgent == "ItemsClient/1 (Swift)")
        #expect(client.root.operations.map(\.name.plain) == ["health"])
        #expect(client.root.children.map(\.property.plain) == ["items"])
        let items = try #require(client.root.children.first)
        #expect(items.typeName == "ItemsResource")
        #expect(
            items.operations.map(\.name.plain) == [
                "listItems", "createItem", "deleteItem", "uploadItemFile", "streamItemEvents", "downloadItem",
            ])
        #expect(items.operations.map(\.operationID).first == "list_items")
        #expect(items.operations.map(\.method) == ["get", "post", "delete", "post", "get", "get"])
    }

    @Test func theConfigurationPlacesOperationsInNestedResources() throws {
        let client = try OperationSnippets.client(operations: [
            "list_items": "items.list", "create_item": "items.create", "stream_item_events": "items.events.stream",
            "health": "status.check",
        ])
        #expect(client.root.operations.isEmpty)
        #expect(client.root.children.map(\.property.plain) == ["items", "status"])
        let items = client.root.children[0]
        #expect(items.operations.map(\.name.plain) == ["list", "create", "deleteItem", "uploadItemFile", "downloadItem"])
        #expect(items.children.map(\.typeName) == ["ItemsEventsResource"])
        #expect(items.children.first?.operations.map(\.name.plain) == ["stream"])
        #expect(client.root.children[1].typeName == "StatusResource")
    }

    @Test func aMethodNamedLikeAChildResourceIsRenamed() throws {
        let client = try OperationSnippets.client(operations: ["list_items": "items.list", "stream_item_events": "items.list.events"])
        let items = client.root.children[0]
        #expect(items.children.map(\.property.plain) == ["list"])
        #expect(items.operations.first?.name.plain == "listOperation")
    }

    @Test func queryParametersAreTypedAndEachSaysHowItIsWritten() throws {
        let list = try #require(try OperationSnippets.client().root.children[0].operations.first)
        #expect(list.parameters.map(\.label.plain) == ["limit", "after", "order", "kinds", "since", "filter", "xTrace"])
        #expect(list.parameters.map(\.wireName) == ["limit", "after", "order", "kinds", "since", "filter", "X-Trace"])
        let resource = TypeName.topLevel("ItemsResource")
        #expect(
            list.parameters.map(\.type) == [
                .optional(.int), .optional(.string), .optional(.named(resource.nested("ListItemsOrder"))),
                .optional(.array(.named(.topLevel("Kind")))), .optional(.date), .optional(.named(resource.nested("ListItemsFilter"))),
                .optional(.string),
            ])
        #expect(list.parameters.map(\.place) == [.query, .query, .query, .query, .query, .query, .header])
        #expect(
            list.parameters.map(\.text) == [
                ValueText(form: .plain), ValueText(form: .plain), ValueText(form: .rawValue), ValueText(form: .rawValue, isList: true),
                ValueText(form: .date), ValueText(form: .json), ValueText(form: .plain),
            ])
        #expect(list.parameters[1].documentation == ["The cursor."])
        #expect(list.result == .page(item: .named(.topLevel("Item")), cursor: MemberName("id")))
        #expect(list.path == [.literal("/v1/items/")])
        let nested = try OperationSnippets.client().root.children[0].nested
        #expect(
            nested.map(\.name.components) == [
                ["ItemsResource", "ListItemsOrder"], ["ItemsResource", "ListItemsFilter"], ["ItemsResource", "UploadItemFileMeta"],
            ])
    }

    @Test func aJSONBodyBecomesParametersRequiredFirstWithCollisionsRenamed() throws {
        let create = try OperationSnippets.client().root.children[0].operations[1]
        #expect(create.parameters.map(\.label.plain) == ["name", "title", "bodyName", "tags"])
        #expect(
            create.parameters.map(\.place) == [
                .query, .bodyProperty(MemberName("title")), .bodyProperty(MemberName("name")), .bodyProperty(MemberName("tags")),
            ])
        #expect(create.parameters.map(\.type) == [.string, .string, .optional(.string), .optional(.array(.string))])
        #expect(
            create.body == .json(.named(.topLevel("ItemCreate")), fields: [MemberName("name"), MemberName("title"), MemberName("tags")]))
        #expect(create.result == .value(.named(.topLevel("Item"))))
    }

    @Test func pathParametersComeFirstAndOptionsIsReservedForTheCallsOwnSettings() throws {
        let delete = try OperationSnippets.client().root.children[0].operations[2]
        #expect(delete.parameters.map(\.label.plain) == ["itemID", "optionsValue"])
        #expect(delete.path == [.literal("/v1/items/"), .parameter(0)])
        #expect(delete.result == .none)
        #expect(delete.deprecation == Deprecation(message: "Deprecated in the API description."))
    }

    @Test func multipartPartsStreamsAndBytes() throws {
        let operations = try OperationSnippets.client().root.children[0].operations
        let upload = operations[3]
        #expect(upload.parameters.map(\.label.plain) == ["itemID", "file", "note", "count", "kind", "meta"])
        #expect(upload.parameters[1].type == .multipartFile)
        #expect(upload.parameters.map(\.text.form) == [.plain, .json, .plain, .plain, .rawValue, .json])
        #expect(
            upload.body
                == .multipart([
                    MultipartPartDeclaration(parameter: 1, kind: .file), MultipartPartDeclaration(parameter: 2, kind: .value),
                    MultipartPartDeclaration(parameter: 3, kind: .value), MultipartPartDeclaration(parameter: 4, kind: .value),
                    MultipartPartDeclaration(parameter: 5, kind: .value),
                ]))
        #expect(operations[4].result == .stream(events: .named(.topLevel("Item")), errors: .jsonValue))
        #expect(operations[5].result == .bytes)
        let health = try OperationSnippets.client().root.operations[0]
        #expect(health.result == .value(.named(TypeName.topLevel("ItemsClient").nested("HealthResponse"))))
    }

    @Test func theOperationDocumentationListsEveryParameterAndWhereItComesFrom() throws {
        let list = try OperationSnippets.client().root.children[0].operations[0]
        #expect(
            list.documentation == [
                "List Items",
                "",
                "- Parameters:",
                "  - limit: The `limit` query parameter.",
                "  - after: The cursor.",
                "  - order: The `order` query parameter.",
                "  - kinds: The `kinds` query parameter.",
                "  - since: The `since` query parameter.",
                "  - filter: The `filter` query parameter.",
                "  - xTrace: The `X-Trace` header.",
                "  - options: Headers, query, a timeout and retries for this call alone.",
                "",
                "- Remark: Generated from `GET /v1/items/` (`list_items`).",
            ])
    }
}
