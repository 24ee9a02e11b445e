/// What the body of a non-2xx response says, read the ways the Letta server writes errors (one reading for the
/// client's `APIError` and the stream reader's `LettaHTTPError`, so both name the same message, kind and detail):
///
/// - `{"error":{"type","message","detail"}}` (an LLM failure): `message`, `type` and `detail` from `error`;
/// - `{"detail":"…"}` (not found, conflicts, and 422's Python rendering of the validation errors): the string;
/// - `{"detail":{"code","message",…}}` (a pending approval): `detail.message`, `detail.code` as the kind, and the
///   object as compact JSON for `detail`;
/// - `{"detail":[{"msg":…},…]}` (FastAPI's validation list): the `msg`s joined with `; ` when every element has one;
/// - `{"message":"…"}`.
///
/// `message` is nil when the body has none of these shapes (the caller then shows the body itself).
package struct ErrorBodyReading: Equatable {
    package var message: String?
    /// `error.type` or `detail.code`.
    package var type: String?
    /// `error.detail` or `detail`, as text (compact JSON when it is not a string).
    package var detail: String?

    package init(message: String? = nil, type: String? = nil, detail: String? = nil) {
        self.message = message
        self.type = type
        self.detail = detail
    }

    /// Reads a body already parsed as JSON (nil when it is not JSON).
    package init(_ json: JSONValue?) {
        guard let json, json.objectValue != nil else {
            self.init()
            return
        }
        if let error = json["error"], error.objectValue != nil {
            let detail = error["detail"].flatMap(Self.text)
            self.init(message: error["message"]?.stringValue ?? detail, type: error["type"]?.stringValue, detail: detail)
        } else if let detail = json["detail"], !detail.isNull {
            let text = Self.text(detail)
            switch detail {
            case .object:
                self.init(message: detail["message"]?.stringValue ?? text, type: detail["code"]?.stringValue, detail: text)
            case .array(let elements):
                let messages = elements.compactMap { $0["msg"]?.stringValue }
                let joined = messages.count == elements.count && !messages.isEmpty ? messages.joined(separator: "; ") : text
                self.init(message: joined, detail: text)
            default:
                self.init(message: text, detail: text)
            }
        } else {
            self.init(message: json["message"]?.stringValue)
        }
    }

    /// Reads a body's bytes (parsed with the byte-level reader; anything that is not JSON has no reading).
    package init(body: [UInt8]) {
        self.init(body.withUnsafeBytes { try? JSONReader.decode(JSONValue.self, from: $0) })
    }

    /// A string as itself, anything else as compact JSON.
    private static func text(_ value: JSONValue) -> String {
        value.stringValue ?? String(decoding: JSONWriter.encode(value), as: UTF8.self)
    }
}
