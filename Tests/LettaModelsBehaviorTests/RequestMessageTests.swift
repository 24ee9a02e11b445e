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
