import Foundation
import LettaModels
import Testing

/// LettaMessageCreateUnion has no discriminator object: the generator infers `type` from the members' consts.
@Suite struct RequestMessageTests {
    @Test func withoutTypeTheRequiredKeysDecide() throws {
        let message = try decode(LettaMessageCreateUnion.self, #"{"role":"user","content":"hi"}"#)
        guard case .message(let create) = message else {
            Issue.record("expected .message, got \(message)")
            return
        }
        #expect(create.role == .user)

        let approval = try decode(LettaMessageCreateUnion.self, #"{"approvals":[{"type":"approval","tool_call_id":"c1","approve":true}]}"#)
        guard case .approval(let approvalCreate) = approval, case .approval(let item)? = approvalCreate.approvals?.first else {
            Issue.record("expected .approval, got \(approval)")
            return
        }
        #expect(item.toolCallID == "c1")
        #expect(item.approve)

        let toolReturn = try decode(
            LettaMessageCreateUnion.self,
            #"{"tool_returns":[{"type":"tool","tool_call_id":"c2","status":"success","tool_return":"42"}]}"#
        )
        guard case .toolReturn(let returns) = toolReturn else {
            Issue.record("expected .toolReturn, got \(toolReturn)")
            return
        }
        #expect(returns.toolReturns.map(\.toolCallID) == ["c2"])
    }

    @Test func anUnknownTypeIsKept() throws {
        let (message, encoded) = try roundTrip(LettaMessageCreateUnion.self, #"{"type":"later_kind"}"#)
        guard case .unknown(let variant) = message else {
            Issue.record("expected .unknown, got \(message)")
            return
        }
        #expect(variant.discriminator == "later_kind")
        #expect(encoded == #"{"type":"later_kind"}"#)
    }

    @Test func theConstIsWrittenOnEncode() throws {
        let (_, encoded) = try roundTrip(LettaMessageCreateUnion.self, #"{"role":"user","content":"hi"}"#)
        #expect(encoded == #"{"content":"hi","role":"user","type":"message"}"#)
    }

    @Test func aContradictingConstIsAnErrorAtItsKey() throws {
        let error = #expect(throws: DecodingError.self) {
            try decode(MessageCreate.self, #"{"type":"approval","role":"user","content":"hi"}"#)
        }
        #expect(error.flatMap(codingPath) == "type")
    }

    @Test func noMemberMatchingIsADecodingErrorNotUnknown() throws {
        let error = #expect(throws: DecodingError.self) {
            try decode([LettaMessageUnion].self, #"[{"id":"x"}]"#)
        }
        #expect(error.flatMap(codingPath) == "Index 0")
    }
}

/// Structural matching when the tag is absent: a member must declare a key that is present; the best match wins.
@Suite struct StructuralMatchingTests {
    @Test func anEmptyObjectIsNoStreamingMessage() throws {
        let error = #expect(throws: DecodingError.self) { try decode(LettaStreamingResponse.self, "{}") }
        guard case .dataCorrupted(let context) = error else {
            Issue.record("expected dataCorrupted, got \(String(describing: error))")
            return
        }
        #expect(context.debugDescription == #"No "message_type" in LettaStreamingResponse, and the keys present fit none of its members."#)
    }

    @Test func keysNoMemberDeclaresAreNoMatch() throws {
        #expect(throws: DecodingError.self) { try decode(LettaMessageCreateUnion.self, #"{"content":"hi"}"#) }
        #expect(throws: DecodingError.self) { try decode(ModelSettings.self, #"{"detail":"Not found"}"#) }
    }

    @Test func theMemberDeclaringEveryPresentKeyWins() throws {
        let source = try decode(ImageSource.self, #"{"file_id":"file-1","media_type":"image/png","data":"AA=="}"#)
        guard case .letta(let image) = source else {
            Issue.record("expected .letta, got \(source)")
            return
        }
        #expect(image.fileID == "file-1")
        #expect(image.additionalProperties == [:])
    }

    @Test func aFailingBestCandidateReportsItsOwnError() throws {
        // Has ApprovalReturn's required keys but `approve` is not a boolean: the error points at it.
        let error = #expect(throws: DecodingError.self) {
            try decode(LettaMessageReturnUnion.self, #"{"tool_call_id":"c1","approve":"yes"}"#)
        }
        #expect(error.flatMap(codingPath) == "approve")
    }
}

/// `nullable: [CompactionSettings.clip_chars]` in the config: null and absent are different.
@Suite struct TriStateNullableTests {
    @Test func explicitNullAbsentAndValueAreThreeThings() throws {
        let null = try roundTrip(CompactionSettings.self, #"{"clip_chars":null}"#)
        #expect(null.value.clipChars == .null)
        #expect(null.json == #"{"clip_chars":null}"#)
        let absent = try roundTrip(CompactionSettings.self, #"{}"#)
        #expect(absent.value.clipChars == nil)
        #expect(absent.json == "{}")
        let value = try roundTrip(CompactionSettings.self, #"{"clip_chars":2000}"#)
        #expect(value.value.clipChars == .value(2000))
        #expect(value.json == #"{"clip_chars":2000}"#)
    }
}
