@_spi(Tooling) import LettaCodegen

/// Builds a deterministic page of Letta messages shaped like a real agent conversation: a system prompt, then turns
/// of user message → steps of reasoning, tool call and tool return → reasoning and assistant reply, with approval
/// round trips, hidden reasoning, system notices and periodic compactions (event + summary) mixed in. Everything is
/// drawn from one fixed-seed `SplitMix64`, so the same `messageCount` always gives the same bytes.
struct MessagePageBuilder {
    static let defaultSeed: UInt64 = 0x4C45_5454_4142_454E  // "LETTABEN"

    private let messageCount: Int
    private var random: SplitMix64
    private var clock = WireTimestamp.pageStart
    private var seqID = 18_204
    private var messages: [OrderedJSON] = []
    /// Senders of user messages: an end user's identity, or another agent messaging this one. Messages the
    /// agent generates itself carry no sender_id.
    private let identityID: String
    private let peerAgentID: String
    private var runID: String?
    private var stepID: String?
    private var turnIndex = 0
    private var nextCompactionAt: Int

    init(messageCount: Int, seed: UInt64 = MessagePageBuilder.defaultSeed) {
        self.messageCount = messageCount
        var random = SplitMix64(seed: seed)
        identityID = "identity-" + random.uuid()
        peerAgentID = "agent-" + random.uuid()
        self.random = random
        // The first compaction lands mid-page even on small pages, so every message type appears.
        nextCompactionAt = max(8, min(messageCount / 2, 400))
    }

    /// The page as one JSON array, compact, in wire key order.
    mutating func buildPage() -> [UInt8] {
        Array(OrderedJSON.array(buildMessages()).text.utf8)
    }

    mutating func buildMessages() -> [OrderedJSON] {
        messages = []
        appendSystemPrompt()
        while messages.count < messageCount {
            if messages.count >= nextCompactionAt {
                appendCompaction()
                nextCompactionAt = messages.count + 380 + random.int(in: 0...60)
            } else if turnIndex > 2 && random.chance(3) {
                appendSystemNotice()
            } else {
                appendTurn()
            }
        }
        return Array(messages.prefix(messageCount))
    }

    // MARK: Conversation flow

    private mutating func appendSystemPrompt() {
        let prompt = MessageTextCorpus.systemPromptParagraphs.joined(separator: "\n\n")
        messages.append(LettaMessageJSON.system(makeEnvelope(sender: nil, step: false), content: prompt))
    }

    private mutating func appendSystemNotice() {
        let notice = random.pick(MessageTextCorpus.systemNotices)
        messages.append(LettaMessageJSON.system(makeEnvelope(sender: nil, step: false), content: notice))
    }

    private mutating func appendTurn() {
        defer { turnIndex += 1 }
        runID = "run-" + random.uuid()
        stepID = nil
        advanceClock(seconds: 20...900)
        messages.append(
            LettaMessageJSON.user(
                makeEnvelope(sender: userSender(), step: false), content: userContent()
            ))

        // The second and third turns always use a tool: one carries the first approval, the other hidden reasoning.
        let toolSteps = turnIndex == 1 || turnIndex == 2 ? max(1, pickToolStepCount()) : pickToolStepCount()
        let approvalStep = (turnIndex == 1 || random.chance(8)) && toolSteps > 0 ? random.int(in: 0...(toolSteps - 1)) : nil
        for step in 0..<toolSteps {
            beginStep()
            appendThinking(forceHidden: turnIndex == 2 && step == 0)
            let parallel = random.chance(6) ? 2 : 1
            let invocations = (0..<parallel).map { _ in ToolInvocationFixtures.make(using: &random) }
            if step == approvalStep {
                appendApprovalRoundTrip(invocations[0])
            } else {
                advanceClock(seconds: 1...6)
                messages.append(LettaMessageJSON.toolCall(makeEnvelope(sender: nil, step: true), invocations))
                appendToolReturn(invocations)
            }
        }
        beginStep()
        if random.chance(75) { appendThinking(forceHidden: false) }
        advanceClock(seconds: 1...8)
        messages.append(LettaMessageJSON.assistant(makeEnvelope(sender: nil, step: true), content: assistantContent()))
    }

    /// 0 to 3 tool steps before the reply, one or two most often.
    private mutating func pickToolStepCount() -> Int {
        switch random.int(in: 0...99) {
        case 0..<25: 0
        case 25..<65: 1
        case 65..<88: 2
        default: 3
        }
    }

    private mutating func appendThinking(forceHidden: Bool) {
        advanceClock(seconds: 1...5)
        let envelope = makeEnvelope(sender: nil, step: true)
        if forceHidden || random.chance(5) {
            let redacted = random.chance(50)
            messages.append(
                LettaMessageJSON.hiddenReasoning(
                    envelope, state: redacted ? "redacted" : "omitted",
                    hiddenReasoning: redacted ? random.base64(count: random.int(in: 120...360)) : nil
                ))
            return
        }
        let reasonerModel = random.chance(20)
        let sentences = (0..<(random.chance(30) ? 2 : 1)).map { _ in random.pick(MessageTextCorpus.reasoning) }
        messages.append(
            LettaMessageJSON.reasoning(
                envelope, source: reasonerModel ? "reasoner_model" : "non_reasoner_model",
                reasoning: sentences.joined(separator: " "),
                signature: reasonerModel ? random.base64(count: random.int(in: 160...320)) : nil
            ))
    }

    private mutating func appendToolReturn(_ invocations: [ToolInvocation]) {
        advanceClock(seconds: 1...12)
        var envelope = makeEnvelope(sender: nil, step: true)
        envelope.isErr = !invocations[0].succeeded && random.chance(30)
        messages.append(LettaMessageJSON.toolReturn(envelope, invocations, partsForm: random.chance(10)))
    }

    /// The agent asks, the user decides (in a new run), then the tool runs or is refused, or the user answers with
    /// the result of a client-side tool.
    private mutating func appendApprovalRoundTrip(_ invocation: ToolInvocation) {
        advanceClock(seconds: 1...6)
        let request = makeEnvelope(sender: nil, step: true)
        messages.append(LettaMessageJSON.approvalRequest(request, [invocation]))

        runID = "run-" + random.uuid()
        advanceClock(seconds: 10...300)
        let approve = random.chance(85)
        let clientReturn = approve && random.chance(25)
        messages.append(
            LettaMessageJSON.approvalResponse(
                makeEnvelope(sender: random.chance(60) ? identityID : nil, step: false),
                requestID: request.id, invocation: invocation, approve: approve,
                reason: approve ? nil : "Only run this against staging, not production.", clientReturn: clientReturn
            ))
        guard !clientReturn else { return }
        var result = invocation
        if !approve {
            result.returnText = "Error: request to call tool denied. User reason: Only run this against staging, not production."
            result.succeeded = false
            result.stdout = nil
            result.stderr = nil
        }
        beginStep()
        appendToolReturn([result])
    }

    /// A compaction: the developer-facing event, then the summary that replaces the evicted messages.
    private mutating func appendCompaction() {
        stepID = nil
        advanceClock(seconds: 1...3)
        let before = random.int(in: 96_000...126_000)
        let after = random.int(in: 18_000...34_000)
        let evicted = random.int(in: 120...260)
        let trigger = random.chance(85) ? "context_window_exceeded" : "manual"
        let evictedIDs = (0..<3).map { _ in OrderedJSON.string("message-" + random.uuid()) }
        messages.append(
            LettaMessageJSON.event(
                makeEnvelope(sender: nil, step: false),
                eventData: .members([
                    ("trigger", .string(trigger)),
                    ("mode", .string("sliding_window")),
                    ("messages_evicted", .integer(evicted)),
                    ("context_tokens_before", .integer(before)),
                    ("context_tokens_after", .integer(after)),
                    ("context_window", .integer(128_000)),
                    ("compression_ratio", .double(Double(after * 100 / before) / 100)),
                    ("model", .string("openai/gpt-4.1-mini")),
                    ("duration_ms", .integer(random.int(in: 900...4_800))),
                    ("evicted_message_ids", .array(evictedIDs)),
                ])))

        advanceClock(seconds: 1...2)
        let sentences = (0..<random.int(in: 4...6)).map { _ in random.pick(MessageTextCorpus.summaries) }
        messages.append(
            LettaMessageJSON.summary(
                makeEnvelope(sender: nil, step: false), summary: sentences.joined(separator: " "),
                compactionStats: .members([
                    ("trigger", .string(trigger)),
                    ("context_tokens_before", .integer(before)),
                    ("context_tokens_after", .integer(after)),
                    ("context_window", .integer(128_000)),
                    ("messages_count_before", .integer(evicted + 40)),
                    ("messages_count_after", .integer(41)),
                ])
            ))
    }

    // MARK: Content

    /// Usually a string; sometimes text parts, now and then with an uploaded image.
    private mutating func userContent() -> OrderedJSON {
        let request = random.pick(MessageTextCorpus.userRequests)
        guard random.chance(30) else { return .string(request) }
        var parts = [LettaMessageJSON.textPart(request), LettaMessageJSON.textPart(random.pick(MessageTextCorpus.userFollowUps))]
        if random.chance(20) {
            parts.append(
                .members([
                    ("type", .string("image")),
                    (
                        "source",
                        .members([
                            ("type", .string("letta")),
                            ("file_id", .string("file-" + random.uuid())),
                            ("media_type", .string("image/png")),
                            ("data", .null),
                            ("detail", .string("auto")),
                        ])
                    ),
                ]))
        }
        return .array(parts)
    }

    /// Usually a string of a few sentences, sometimes with a list; sometimes text parts.
    private mutating func assistantContent() -> OrderedJSON {
        var text = (0..<random.int(in: 1...2)).map { _ in random.pick(MessageTextCorpus.assistantReplies) }.joined(separator: " ")
        if random.chance(20) {
            let items = (0..<random.int(in: 2...3)).map { _ in random.pick(MessageTextCorpus.assistantListItems) }
            text += "\n\n" + items.joined(separator: "\n")
        }
        return random.chance(15) ? .array([LettaMessageJSON.textPart(text)]) : .string(text)
    }

    // MARK: Envelope

    private mutating func userSender() -> String? {
        switch random.int(in: 0...9) {
        case 0...5: identityID
        case 6: peerAgentID
        default: nil
        }
    }

    private mutating func beginStep() {
        stepID = "step-" + random.uuid()
    }

    private mutating func advanceClock(seconds range: ClosedRange<Int>) {
        let whole = Int64(random.int(in: range))
        clock = clock.advanced(byMicroseconds: whole * 1_000_000 + Int64(random.int(in: 0...999_999)))
    }

    private mutating func makeEnvelope(sender: String?, step: Bool) -> MessageEnvelope {
        seqID += 1
        return MessageEnvelope(
            id: "message-" + random.uuid(),
            date: clock,
            name: nil,
            otid: random.uuid(),
            senderID: sender,
            stepID: step ? stepID : nil,
            isErr: false,
            seqID: seqID,
            runID: runID
        )
    }
}
