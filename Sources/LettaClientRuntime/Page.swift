import LettaCodegenRuntime

/// One page of a list operation, and the way to the next: the official SDKs' cursor pagination.
///
/// The next page is the same request with `after` set to the last item's cursor (its ID), or with `before` set to
/// the first item's when the first request paged backwards with `before`; limit, order and filters stay. Paging
/// stops at an empty page (a short page is followed by one more request, as the Letta server gives no "has more").
public struct Page<Item: JSONModel>: Sendable {
    /// The items of this page, in the order the server sent them.
    public var items: [Item]
    let client: APIClient
    let request: ClientRequest
    let options: RequestOptions
    let cursor: @Sendable (Item) -> String?

    /// Makes a page; `cursor` reads an item's cursor (its ID), nil when the item has none.
    public init(
        items: [Item], client: APIClient, request: ClientRequest, options: RequestOptions,
        cursor: @escaping @Sendable (Item) -> String?
    ) {
        self.items = items
        self.client = client
        self.request = request
        self.options = options
        self.cursor = cursor
    }

    /// Whether the pages run backwards: the request paged with `before` (and it was not empty).
    var pagesBackwards: Bool {
        request.queryValue("before").map { !$0.isEmpty } ?? false
    }

    /// The request for the page after this one, or nil when there is none (this page is empty, or its edge item has
    /// no cursor).
    var nextRequest: ClientRequest? {
        let backwards = pagesBackwards
        guard let edge = backwards ? items.first : items.last, let position = cursor(edge) else { return nil }
        var next = request
        next.replaceQuery(backwards ? "before" : "after", with: position)
        return next
    }

    /// Fetches the next page, or returns nil when this one ends the list (it is empty, or its edge item has no
    /// cursor).
    public func nextPage() async throws -> Page<Item>? {
        guard let next = nextRequest else { return nil }
        return try await client.page(next, options: options, of: Item.self, cursor: cursor)
    }

    /// Every item from this page on, fetching the next page when one runs out, until an empty page.
    public var allItems: PageItems<Item> { PageItems(first: self) }
}

/// The items of a page and of every page after it, fetched as the iteration reaches them.
public struct PageItems<Item: JSONModel>: AsyncSequence, Sendable {
    /// One item of a list, as the list operation returns it.
    public typealias Element = Item

    let first: Page<Item>

    /// Starts at the first item of the first page; each iterator fetches the later pages again.
    public func makeAsyncIterator() -> Iterator {
        Iterator(page: first)
    }

    /// Walks one page's items, then asks for the next page.
    public struct Iterator: AsyncIteratorProtocol {
        var page: Page<Item>?
        var index = 0

        /// The next item, fetching the next page first when this one is used up; nil after an empty page.
        public mutating func next() async throws -> Item? {
            while let current = page {
                if index < current.items.count {
                    defer { index += 1 }
                    return current.items[index]
                }
                page = try await current.nextPage()
                index = 0
            }
            return nil
        }
    }
}

extension APIClient {
    /// Sends a list request and decodes its items: a bare JSON array, or an object holding the array under `items`
    /// or `data`. The page remembers the request, so `nextPage()` can follow the cursor.
    public func page<Item: JSONModel>(
        _ request: ClientRequest, options: RequestOptions, of: Item.Type, cursor: @escaping @Sendable (Item) -> String?
    ) async throws -> Page<Item> {
        let response = try await send(request, options: options)
        let items = try response.decode(ListBody<Item>.self).items
        return Page(items: items, client: self, request: request, options: options, cursor: cursor)
    }
}
