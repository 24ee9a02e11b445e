import LettaCodegenRuntime

/// One named part of a `multipart/form-data` body: a form field, a JSON value or an uploaded file.
public struct MultipartPart: Sendable, Hashable {
    /// The form field's name.
    public var name: String
    /// The file name a file part is uploaded under; nil for a plain field.
    public var filename: String?
    /// The part's media type; nil leaves it out (a text field).
    public var contentType: String?
    /// The part's bytes, as sent.
    public var body: [UInt8]

    /// Makes a part; give `filename` (and usually `contentType`) for a file.
    public init(name: String, filename: String? = nil, contentType: String? = nil, body: [UInt8]) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.body = body
    }

    /// A text field.
    public static func text(_ name: String, _ value: String) -> MultipartPart {
        MultipartPart(name: name, body: Array(value.utf8))
    }

    /// A model as an `application/json` part, written by the byte-level writer.
    public static func json<Value: JSONModel>(_ name: String, _ value: Value) -> MultipartPart {
        MultipartPart(name: name, contentType: "application/json", body: [UInt8](JSONWriter.encode(value)))
    }

    /// A boundary no part is likely to contain: 32 random hexadecimal digits after a fixed prefix.
    static func randomBoundary() -> String {
        var generator = SystemRandomNumberGenerator()
        let digits = (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }
        return "letta-boundary-" + digits.map { String(repeating: "0", count: 16 - $0.count) + $0 }.joined()
    }

    /// The parts as a `multipart/form-data` body (RFC 7578): names and file names quoted, with `"`, CR and LF
    /// percent-encoded as the HTML standard's form encoding writes them.
    static func encode(_ parts: [MultipartPart], boundary: String) -> RequestBody {
        var bytes: [UInt8] = []
        for part in parts {
            var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(quoted(part.name))\""
            if let filename = part.filename { head += "; filename=\"\(quoted(filename))\"" }
            head += "\r\n"
            if let contentType = part.contentType { head += "Content-Type: \(contentType)\r\n" }
            head += "\r\n"
            bytes += head.utf8
            bytes += part.body
            bytes += "\r\n".utf8
        }
        bytes += "--\(boundary)--\r\n".utf8
        return RequestBody(bytes: bytes, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private static func quoted(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "%22"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
