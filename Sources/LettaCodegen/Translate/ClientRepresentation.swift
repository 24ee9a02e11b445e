/// The client a spec's `paths` become, as the translators decide it and the renderer prints it: a client type with
/// resources (`client.conversations.messages`), each with operations (`create`, `list`), every name, parameter,
/// body and result decided here.
package struct ClientDeclaration: Hashable, Sendable {
    /// The client type, e.g. `LettaClient`.
    package var name: String
    package var documentation: [String]
    /// The base URL when none is given or found in the environment.
    package var defaultBaseURL: String?
    /// The environment variables read for the API key and the base URL.
    package var apiKeyVariable: String?
    package var baseURLVariable: String?
    /// `User-Agent`: the client and the API description's version, `LettaClient/1.0.0 (Swift)`.
    package var userAgent: String
    /// True: the initializers default to `defaultClientTransport()` (LettaClientTransport); false: they take one.
    package var usesDefaultTransport: Bool
    /// The operations reached from the client itself (no resource), and its resources.
    package var root: ResourceDeclaration
}

/// A group of operations reached through a property: `client.conversations` → `ConversationsResource`.
package struct ResourceDeclaration: Hashable, Sendable {
    /// The type, e.g. `ConversationsMessagesResource` (empty for the client's own operations).
    package var typeName: String
    /// The property that reaches it from its parent, e.g. `messages`.
    package var property: MemberName
    package var documentation: [String]
    package var operations: [OperationDeclaration]
    package var children: [ResourceDeclaration]
    /// Types the operations need that the spec writes inline (an enum of a query parameter, an inline body),
    /// declared inside the resource.
    package var nested: [Declaration]
}

/// One operation: a method of its resource.
package struct OperationDeclaration: Hashable, Sendable {
    package var name: MemberName
    package var documentation: [String]
    package var deprecation: Deprecation?
    /// `get`, `post`, … (lowercase, as `HTTPRequest.Method` spells them).
    package var method: String
    /// The path, literal parts and parameters by index into `parameters`.
    package var path: [PathPart]
    package var operationID: String
    /// The Swift parameters in signature order.
    package var parameters: [OperationParameterDeclaration]
    package var body: OperationBody?
    package var result: OperationResult
    /// Where the spec writes the operation (its method key), for `diff`.
    package var location: SourceLocation

    package enum PathPart: Hashable, Sendable {
        case literal(String)
        case parameter(Int)
    }
}

/// A parameter of the Swift method, and where its value goes.
package struct OperationParameterDeclaration: Hashable, Sendable {
    package enum Place: Hashable, Sendable {
        case path
        case query
        case header
        /// A property of the JSON body, by its name in the body's type.
        case bodyProperty(MemberName)
        /// A part of a multipart body.
        case part
        /// The whole body.
        case body
    }

    package var label: MemberName
    /// Optional (with a `nil` default) when the spec does not require it.
    package var type: SwiftType
    package var wireName: String
    package var place: Place
    /// How a path, query, header or text-part value is written as text; a list writes each element so (a query
    /// repeats its key per element, a header joins them with commas, a multipart body repeats the part).
    package var text: ValueText
    package var documentation: [String]
    package var deprecation: Deprecation?
    /// Where the spec writes the parameter (a body property's name, a part's name), for `diff`.
    package var location: SourceLocation

    /// The Swift default the signature gives, when the parameter may be left out.
    package var defaultValue: String? { type.isOptional ? "nil" : nil }
}

/// How a parameter's value becomes the text of a path segment, a query item, a header or a form field.
package struct ValueText: Hashable, Sendable {
    package enum Form: Hashable, Sendable {
        /// A string, or a number or Boolean as its decimal or `true`/`false` text.
        case plain
        /// An open enum: its raw value.
        case rawValue
        /// A date: RFC 3339.
        case date
        /// Anything else (an object, a union, any JSON value): its JSON.
        case json
    }

    package var form: Form
    /// An array: each element in `form`.
    package var isList: Bool

    package init(form: Form, isList: Bool = false) {
        self.form = form
        self.isList = isList
    }
}

/// What the request carries.
package enum OperationBody: Hashable, Sendable {
    /// JSON of this type: built by its memberwise initializer from the `.bodyProperty` parameters, whose properties
    /// `fields` lists in the initializer's order, or passed whole (a `.body` parameter; `fields` nil).
    case json(SwiftType, fields: [MemberName]?)
    /// `multipart/form-data` from the `.part` parameters: a file (`MultipartFile`) or a value written as text or
    /// JSON.
    case multipart([MultipartPartDeclaration])
    /// Bytes of this content type (the `.body` parameter, `[UInt8]`).
    case bytes(contentType: String)
}

package struct MultipartPartDeclaration: Hashable, Sendable {
    /// The index of the parameter that gives the part.
    package var parameter: Int
    package var kind: Kind

    package enum Kind: Hashable, Sendable {
        /// A file: `MultipartFile` (name, content type, bytes); for an array, one part per file.
        case file
        /// A value: the parameter's `text` says how it is written (JSON parts say `application/json`).
        case value
    }
}

/// What the method returns.
package enum OperationResult: Hashable, Sendable {
    /// Nothing to read (`204`, or a success without content).
    case none
    /// The JSON body decoded as this type.
    case value(SwiftType)
    /// One page of items and the cursor to the next (a list with `after`/`before`, the items' `id`).
    case page(item: SwiftType, cursor: MemberName)
    /// `text/event-stream` events of these types.
    case stream(events: SwiftType, errors: SwiftType)
    /// The body as bytes (audio, files, text).
    case bytes
}

extension SwiftType {
    /// Foundation's `Data`: a body or a result of bytes.
    package static let data = SwiftType.named(.topLevel("Data"))
    /// The client runtime's file part of a multipart body.
    package static let multipartFile = SwiftType.named(.topLevel("MultipartFile"))
}
