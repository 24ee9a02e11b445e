import Foundation
import LettaClientRuntime
import LoopbackHTTPServer
import LettaModels
import Testing

/// Cursor pagination as the official SDKs follow it (seed 001's loop), against a server holding m1…m5.
@Suite(.timeLimit(.minutes(1))) struct PaginationTests {
    static let ids = ["m1", "m2", "m3", "m4", "m5"]

    /// `limit` items after `after`, or the last `limit` items before `before`, in ascending order; optionally wrapped
    /// in an object under `key`.
    static func listServer(wrappedIn key: String? = nil) throws -> LoopbackServer {
        try LoopbackServer { request, connection in
            let limit = request.queryValues("limit").first.flatMap { Int($0) } ?? 100
            let page: ArraySlice<String>
            if let before = request.queryValues("before").first {
                let end = ids.firstIndex(of: before) ?? ids.count
                page = ids[max(0, end - limit)..<end]
            } else {
                let start = request.queryValues("after").first.flatMap { ids.firstIndex(of: $0).map { $0 + 1 } } ?? 0
                page = ids[start..<min(ids.count, start + limit)]
            }
            let array = "[" + page.map(Wire.listedMessage).joined(separator: ",") + "]"
            connection.respondJSON(key.map { #"{"\#($0)":\#(array),"has_more":true}"# } ?? array)
        }
    }

    func firstPage(_ client: APIClient, after: String? = nil, before: String? = nil) async throws -> Page<LettaMessageUnion> {
        var request = ClientRequest(method: .get, path: "/v1/conversations/conv-1/messages", operationID: "list_conversation_messages")
        request.addQuery("limit", 2)
        request.addQuery("after", after)
        request.addQuery("before", before)
        request.addQuery("order", "asc")
        return try await client.page(request, options: .init(), of: LettaMessageUnion.self, cursor: { $0.id })
    }

    @Test func allItemsFollowsTheAfterCursorUntilAnEmptyPage() async throws {
        let server = try Self.listServer()
        defer { server.stop() }
        let first = try await firstPage(makeClient(server))
        #expect(first.items.map(\.id) == ["m1", "m2"])
        var ids: [String?] = []
        for try await message in first.allItems { ids.append(message.id) }
        #expect(ids == Self.ids)
        #expect(server.received.map { $0.queryValues("after") } == [[], ["m2"], ["m4"], ["m5"]])
        #expect(server.received.allSatisfy { $0.queryValues("limit") == ["2"] && $0.queryValues("order") == ["asc"] })
    }

    @Test func pagingBackwardsFollowsTheBeforeCursor() async throws {
        let server = try Self.listServer()
        defer { server.stop() }
        let first = try await firstPage(makeClient(server), before: "m5")
        var ids: [String?] = []
        for try await message in first.allItems { ids.append(message.id) }
        #expect(ids == ["m3", "m4", "m1", "m2"])
        #expect(server.received.map { $0.queryValues("before") } == [["m5"], ["m3"], ["m1"]])
        #expect(server.received.allSatisfy { $0.queryValues("after").isEmpty })
    }

    @Test func nextPageOneAtATime() async throws {
        let server = try Self.listServer()
        defer { server.stop() }
        let first = try await firstPage(makeClient(server), after: "m2")
        #expect(first.items.map(\.id) == ["m3", "m4"])
        let second = try #require(try await first.nextPage())
        #expect(second.items.map(\.id) == ["m5"])
        let third = try #require(try await second.nextPage())
        #expect(third.items.isEmpty)
        #expect(try await third.nextPage() == nil)
        #expect(server.received.count == 3)
    }

    @Test(arguments: ["items", "data"])
    func aListWrappedInAnObjectIsReadToo(key: String) async throws {
        let server = try Self.listServer(wrappedIn: key)
        defer { server.stop() }
        var ids: [String?] = []
        for try await message in try await firstPage(makeClient(server)).allItems { ids.append(message.id) }
        #expect(ids == Self.ids)
    }
}
