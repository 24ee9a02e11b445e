import Foundation
import LettaCodegenRuntime
import LettaModels

/// One document from the fuzzer, decoded as each type a Letta client reads: both decoding paths must give the same
/// value or an error at the same coding path; a decoded value must be written the same way by both encoders, and
/// what is written must decode back to it.
func fuzzJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let json = Data(bytes: data, count: size)
    check(LettaMessageUnion.self, json)
    check(LettaStreamingResponse.self, json)
    check(ConversationMessageRequest.self, json)
    check(CompactionSettings.self, json)
    check(JSONValue.self, json)
    return 0
}

private func check<T: JSONModel>(_ type: T.Type, _ json: Data) {
    if let disagreement = RoundTripCheck.decodingPathsDisagreement(type, json: json) {
        fatalError("\(T.self): the decoding paths disagree: \(disagreement)")
    }
    guard let value = try? JSONReader.decode(type, from: json) else { return }
    do {
        if let disagreement = try RoundTripCheck.encodingPathsDisagreement(value) {
            fatalError("\(T.self): \(disagreement)")
        }
    } catch {
        fatalError("\(T.self): a decoded value does not encode and decode back: \(error)")
    }
}
