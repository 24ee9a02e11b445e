import HTTPTypes
import LettaCodegenRuntime

/// A response read whole: what `APIClient.send` returns for a 2xx status.
public struct ClientResponse: Sendable {
    /// The HTTP status code (2xx).
    public var status: Int
    /// The response's headers.
    public var headers: HTTPFields
    /// The body as received.
    public var body: [UInt8]

    /// Makes a response from its parts (a test's or a middleware's).
    public init(status: Int, headers: HTTPFields, body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// The body decoded on the byte path (`JSONReader`), the way every generated model decodes fastest. A body that
    /// is not a `Value` throws the `DecodingError` `JSONDecoder` would, with the coding path of what is wrong.
    public func decode<Value: JSONModel>(_ type: Value.Type) throws -> Value {
        try body.withUnsafeBytes { try JSONReader.decode(Value.self, from: $0) }
    }
}
