import LettaCodegenRuntime
import Testing

/// Every error body shape the Letta server writes (WIRE.md), and what one reading makes of it: the client's
/// `APIError` and the stream reader's `LettaHTTPError` both read through it.
struct ErrorBodyReadingTests {
    @Test(arguments: [
        (  // an LLM failure, 502
            #"{"error":{"type":"llm_error","message":"LLM request failed","detail":"upstream returned 500"}}"#,
            ErrorBodyReading(message: "LLM request failed", type: "llm_error", detail: "upstream returned 500")
        ),
        (  // an LLM failure whose detail is not a string, and one without a message
            #"{"error":{"type":"llm_error","detail":{"status":500}}}"#,
            ErrorBodyReading(message: #"{"status":500}"#, type: "llm_error", detail: #"{"status":500}"#)
        ),
        (  // not found, 404
            #"{"detail":"Conversation not found with id=conv-404"}"#,
            ErrorBodyReading(message: "Conversation not found with id=conv-404", detail: "Conversation not found with id=conv-404")
        ),
        (  // a pending approval, 409: the detail is an object
            #"{"detail":{"code":"PENDING_APPROVAL","message":"Cannot send a new message while a tool approval is pending.","pending_request_id":"message-9"}}"#,
            ErrorBodyReading(
                message: "Cannot send a new message while a tool approval is pending.", type: "PENDING_APPROVAL",
                detail:
                    #"{"code":"PENDING_APPROVAL","message":"Cannot send a new message while a tool approval is pending.","pending_request_id":"message-9"}"#
            )
        ),
        (  // FastAPI's validation list
            #"{"detail":[{"msg":"Field required"},{"msg":"Input should be a valid string"}]}"#,
            ErrorBodyReading(
                message: "Field required; Input should be a valid string",
                detail: #"[{"msg":"Field required"},{"msg":"Input should be a valid string"}]"#)
        ),
        (#"{"detail":[1,2]}"#, ErrorBodyReading(message: "[1,2]", detail: "[1,2]")),
        (#"{"detail":null,"message":"plain message"}"#, ErrorBodyReading(message: "plain message")),
        (#"{"trace_id":""}"#, ErrorBodyReading()),
        (#"["not","an","object"]"#, ErrorBodyReading()),
        ("Bad Gateway from the proxy\n", ErrorBodyReading()),
        ("", ErrorBodyReading()),
    ])
    func readsEachShape(body: String, expected: ErrorBodyReading) {
        #expect(ErrorBodyReading(body: Array(body.utf8)) == expected)
    }
}
