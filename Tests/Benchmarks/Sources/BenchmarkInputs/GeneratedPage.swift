import Foundation
@_spi(Tooling) import LettaCodegen

/// The benchmark input: a generated page of `messageCount` messages, the same bytes on every run, with a
/// fingerprint so two results can be checked to have measured the same page.
public struct GeneratedPage: Sendable {
    public static let defaultMessageCount = 2_000

    public var messageCount: Int
    public var data: Data

    public init(messageCount: Int = GeneratedPage.defaultMessageCount) {
        self.messageCount = messageCount
        var builder = MessagePageBuilder(messageCount: messageCount)
        data = Data(builder.buildPage())
    }

    /// The page's messages one per line (JSON Lines, each message compact in wire key order, `\n` after each).
    public static func jsonLines(messageCount: Int = GeneratedPage.defaultMessageCount) -> [UInt8] {
        var builder = MessagePageBuilder(messageCount: messageCount)
        var lines: [UInt8] = []
        for message in builder.buildMessages() {
            lines.append(contentsOf: message.text.utf8)
            lines.append(UInt8(ascii: "\n"))
        }
        return lines
    }

    /// FNV-1a 64 of the bytes, in hex.
    public static func fingerprint(_ data: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in data {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
