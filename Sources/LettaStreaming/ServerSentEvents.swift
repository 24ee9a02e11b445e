import LettaCodegenRuntime

/// The WHATWG event-stream parser underneath ``LettaEventStream``, for any other stream. It lives in
/// `LettaCodegenRuntime`, so that a generated client's runtime parses event streams without depending on the Letta
/// models; the name is kept here for code that imports `LettaStreaming`.
public typealias ServerSentEventParser = LettaCodegenRuntime.ServerSentEventParser

/// One event of a `text/event-stream` (see ``ServerSentEventParser``).
public typealias ServerSentEvent = LettaCodegenRuntime.ServerSentEvent
