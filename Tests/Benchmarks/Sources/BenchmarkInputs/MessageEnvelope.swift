@_spi(Tooling) import LettaCodegen

/// The fields every Letta message starts with, in the order the server writes them (pydantic field order):
/// `id, date, name, message_type, otid, sender_id, step_id, is_err, seq_id, run_id`, then the type's own fields.
struct MessageEnvelope {
    var id: String
    var date: WireTimestamp
    var name: String?
    var otid: String
    var senderID: String?
    var stepID: String?
    /// The server writes `is_err` only when true.
    var isErr: Bool
    var seqID: Int
    var runID: String?

    func message(_ messageType: String, _ fields: [(String, OrderedJSON)]) -> OrderedJSON {
        var members: [(String, OrderedJSON)] = [
            ("id", .string(id)),
            ("date", .string(date.rfc3339)),
            ("name", .string(orNull: name)),
            ("message_type", .string(messageType)),
            ("otid", .string(otid)),
            ("sender_id", .string(orNull: senderID)),
            ("step_id", .string(orNull: stepID)),
        ]
        if isErr { members.append(("is_err", .bool(true))) }
        members.append(("seq_id", .integer(seqID)))
        members.append(("run_id", .string(orNull: runID)))
        return .members(members + fields)
    }
}
