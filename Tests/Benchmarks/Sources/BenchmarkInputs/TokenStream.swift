import Foundation
import LettaCodegenRuntime
import LettaModels

/// A Letta SSE token stream built from the benchmark page: text, reasoning and tool-call arguments in pieces of 16
/// characters, as `stream_tokens: true` sends them, every message with its optional keys.
public struct TokenStream: Sendable {
    public static let chunkSize = 16 << 10

    public var eventCount: Int
    /// The stream's bytes (`data: …` events, no `[DONE]`).
    public var bytes: [UInt8]
    /// `bytes` cut into 16 KiB reads.
    public var chunks: [[UInt8]]

    public init(events count: Int) throws {
        let page = try JSONReader.decode([LettaMessageUnion].self, from: GeneratedPage().data)
        var out: [UInt8] = []
        var produced = 0
        func emit(_ response: LettaStreamingResponse) {
            guard produced < count else { return }
            out += Array("data: ".utf8)
            out += JSONWriter.encode(response)
            out += Array("\n\n".utf8)
            produced += 1
        }
        func pieces(_ text: String) -> [String] {
            var result: [String] = []
            var rest = Substring(text)
            repeat {
                result.append(String(rest.prefix(16)))
                rest = rest.dropFirst(16)
            } while !rest.isEmpty
            return result
        }
        while produced < count {
            for message in page where produced < count {
                switch message {
                case .assistantMessage(var whole):
                    guard case .string(let text) = whole.content else {
                        emit(.assistantMessage(whole))
                        continue
                    }
                    for piece in pieces(text) {
                        whole.content = .string(piece)
                        emit(.assistantMessage(whole))
                    }
                case .reasoningMessage(var whole):
                    for piece in pieces(whole.reasoning) {
                        whole.reasoning = piece
                        emit(.reasoningMessage(whole))
                    }
                case .toolCallMessage(let whole):
                    guard case .array(let calls)? = whole.toolCalls else {
                        emit(.toolCallMessage(whole))
                        continue
                    }
                    for call in calls {
                        let deltas =
                            [ToolCallDelta(name: call.name, toolCallID: call.toolCallID)]
                            + pieces(call.arguments).map { ToolCallDelta(arguments: $0, toolCallID: call.toolCallID) }
                        for delta in deltas {
                            emit(
                                .toolCallMessage(
                                    ToolCallMessage(
                                        id: whole.id, date: whole.date, otid: whole.otid, runID: whole.runID,
                                        toolCall: .toolCallDelta(delta), toolCalls: .toolCallDelta(delta)
                                    )))
                        }
                    }
                case .toolReturnMessage(let whole): emit(.toolReturnMessage(whole))
                case .userMessage(let whole): emit(.userMessage(whole))
                default: continue
                }
            }
        }
        eventCount = count
        bytes = out
        chunks = stride(from: 0, to: out.count, by: Self.chunkSize).map { Array(out[$0..<min(out.count, $0 + Self.chunkSize)]) }
    }

    /// The chunks `repeats` times over, then `data: [DONE]`, as an async sequence (what an HTTP body delivers).
    public func body(repeats: Int = 1) -> MemoryChunks {
        MemoryChunks(chunks: chunks, repeats: repeats)
    }
}

/// Chunks from memory, `repeats` times over, then `data: [DONE]`.
public struct MemoryChunks: AsyncSequence, Sendable {
    public typealias Element = [UInt8]
    let chunks: [[UInt8]]
    let repeats: Int

    public struct Iterator: AsyncIteratorProtocol {
        let chunks: [[UInt8]]
        var remainingRepeats: Int
        var index = 0
        var done = false

        public mutating func next() async -> [UInt8]? {
            if index == chunks.count {
                remainingRepeats -= 1
                index = 0
            }
            guard remainingRepeats > 0 else {
                if done { return nil }
                done = true
                return Array("data: [DONE]\n\n".utf8)
            }
            defer { index += 1 }
            return chunks[index]
        }
    }

    public func makeAsyncIterator() -> Iterator { Iterator(chunks: chunks, remainingRepeats: repeats) }
}
