/// An operation of the spec's `paths`: one HTTP method on one path, with what it takes and what it answers.
package struct SpecOperation: Sendable {
    /// `get`, `post`, … as written (lowercase).
    package var method: String
    /// The path template, e.g. `/v1/conversations/{conversation_id}/messages`.
    package var path: String
    package var operationID: String?
    package var tags: [String]

    /// The `operationId`, or `method path` for an operation without one: what names the operation in configuration,
    /// messages and the client's tables.
    package var identifier: String { operationID ?? method + " " + path }
    package var summary: String?
    package var description: String?
    package var deprecated: Bool
    /// The path item's parameters and the operation's own (which replace the path item's of the same name and place).
    package var parameters: [OperationParameter]
    package var requestBody: SpecRequestBody?
    /// By status as written: `200`, `2XX`, `default`, in document order.
    package var responses: [OperationResponse]
    /// Where the operation is written (its method key).
    package var location: SourceLocation
    /// The JSON pointer of the operation (`#/paths/~1v1~1conversations~1/post`).
    package var pointer: String
    /// The schema a `text/event-stream` response's events decode as, named by `x-stream-events` (a `$ref`).
    package var streamEvents: SchemaReference?
}

package struct OperationParameter: Sendable {
    package enum Place: String, Sendable {
        case path, query, header, cookie
    }

    package var name: String
    package var place: Place
    package var required: Bool
    package var schema: Schema?
    package var description: String?
    package var deprecated: Bool
    /// `explode` as written (form style, the default for query, explodes arrays into repeated keys).
    package var explode: Bool?
    package var location: SourceLocation
}

package struct SpecRequestBody: Sendable {
    package var required: Bool
    package var description: String?
    package var contents: [MediaContent]
    package var location: SourceLocation
}

package struct OperationResponse: Sendable {
    /// As written: `200`, `2XX`, `default`.
    package var status: String
    package var description: String?
    package var contents: [MediaContent]
    package var location: SourceLocation

    /// The status as a number, when it is one.
    package var code: Int? { Int(status) }

    /// A 2xx status (a number or `2XX`).
    package var isSuccess: Bool {
        if let code { return (200..<300).contains(code) }
        return status.uppercased() == "2XX"
    }
}

/// One media type of a body or a response, with its schema.
package struct MediaContent: Sendable {
    /// As written, e.g. `application/json`, `text/event-stream; charset=utf-8`.
    package var mediaType: String
    package var schema: Schema?

    /// The media type without parameters, lowercased: `application/json`.
    package var essence: String {
        String(mediaType.split(separator: ";", maxSplits: 1).first ?? "").trimmingCharacters(in: " ").lowercased()
    }

    /// `application/json` or a `+json` type.
    package var isJSON: Bool { essence == "application/json" || essence.hasSuffix("+json") }
    package var isEventStream: Bool { essence == "text/event-stream" }
    package var isMultipartForm: Bool { essence == "multipart/form-data" }
}

extension String {
    /// The string without leading and trailing `characters`.
    func trimmingCharacters(in characters: Character) -> String {
        var trimmed = Substring(self)
        while trimmed.first == characters { trimmed.removeFirst() }
        while trimmed.last == characters { trimmed.removeLast() }
        return String(trimmed)
    }
}

extension SpecOperation {
    /// Every schema the operation holds: its parameters', its body's and its responses'.
    package var schemas: [Schema] {
        parameters.compactMap(\.schema) + (requestBody?.contents.compactMap(\.schema) ?? [])
            + responses.flatMap { $0.contents.compactMap(\.schema) }
    }
}
