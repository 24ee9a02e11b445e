import Foundation
import LettaCodegenRuntime

/// A file to upload in a `multipart/form-data` body: what a generated operation takes for a binary part.
public struct MultipartFile: Sendable, Hashable {
    /// The name the server is told the file has.
    public var filename: String
    /// The file's media type; nil sends `application/octet-stream`.
    public var contentType: String?
    /// The file's bytes.
    public var body: [UInt8]

    public init(filename: String, contentType: String? = nil, body: [UInt8]) {
        self.filename = filename
        self.contentType = contentType
        self.body = body
    }

    public init(filename: String, contentType: String? = nil, data: Data) {
        self.init(filename: filename, contentType: contentType, body: [UInt8](data))
    }
}

extension MultipartPart {
    /// A file part named `name`.
    public static func file(_ name: String, _ file: MultipartFile) -> MultipartPart {
        MultipartPart(name: name, filename: file.filename, contentType: file.contentType ?? "application/octet-stream", body: file.body)
    }
}

extension ClientRequest {
    /// A value as JSON text, written by the byte-level writer: how a query parameter, header or path segment that is
    /// an object (or any JSON value) is sent.
    public static func jsonText(_ value: some JSONModel) -> String {
        String(decoding: JSONWriter.encode(value), as: UTF8.self)
    }
}

extension ClientConfiguration {
    /// The base URL of a client whose API names none, when neither the caller nor the environment gives one: every
    /// request then fails with `ClientError.invalidRequest` saying so.
    static let missingBaseURL = URL(fileURLWithPath: "/letta-client-runtime/no-base-url")

    /// Makes a configuration as a generated client does: `defaultBaseURL` as the API description writes it (nil
    /// when it names no server).
    public init(
        apiKey: String? = nil,
        baseURL: URL? = nil,
        defaultBaseURL: String?,
        apiKeyVariable: String?,
        baseURLVariable: String?,
        userAgent: String,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.init(
            apiKey: apiKey, baseURL: baseURL, defaultBaseURL: defaultBaseURL.flatMap { URL(string: $0) } ?? Self.missingBaseURL,
            apiKeyVariable: apiKeyVariable, baseURLVariable: baseURLVariable, userAgent: userAgent, environment: environment)
    }
}
