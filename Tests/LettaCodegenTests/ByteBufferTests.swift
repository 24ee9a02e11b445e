import Testing
@testable import LettaCodegen

/// Conveniences for the tests, built on what the printer uses.
extension ByteBuffer {
    init(_ text: String) {
        self.init()
        appendUTF8(text)
    }

    var array: [UInt8] { withUnsafeBytes { Array($0) } }
    var last: UInt8? { withUnsafeBytes { $0.last } }

    mutating func append(_ other: ByteBuffer) {
        other.withUnsafeBytes { append($0) }
    }

    mutating func append(contentsOf bytes: [UInt8]) {
        bytes.withUnsafeBytes { append($0) }
    }
}

extension LineBytes {
    var text: String { withUnsafeBytes { String(decoding: $0, as: UTF8.self) } }
}

/// `ByteBuffer`, the output buffer of generated text: appends of every kind, growth, and value semantics.
@Suite struct ByteBufferTests {
    @Test func appendsOfEveryKindKeepTheirOrder() {
        var buffer = ByteBuffer(capacity: 1)
        buffer.appendUTF8("let ")
        buffer.appendUTF8("é✓🧪"[...])
        buffer.append(UInt8(ascii: " "))
        buffer.append(contentsOf: Array("= ".utf8))
        var other = ByteBuffer()
        other.appendUTF8("1")
        buffer.append(other)
        #expect(buffer.text == "let é✓🧪 = 1")
        #expect(buffer.count == "let é✓🧪 = 1".utf8.count)
        #expect(buffer.array == Array("let é✓🧪 = 1".utf8))
        #expect(buffer.last == UInt8(ascii: "1"))
    }

    /// Growth far past the first capacity, through appends smaller and larger than what is left.
    @Test func growsPastItsCapacity() {
        var buffer = ByteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for index in 0..<2_000 {
            let piece = String(repeating: String(index % 10), count: index % 37)
            buffer.appendUTF8(piece)
            expected.append(contentsOf: piece.utf8)
        }
        #expect(buffer.array == expected)
    }

    /// A copy is a separate value: appending to one leaves the other as it was.
    @Test func copiesDoNotShareAppends() {
        var first = ByteBuffer("shared")
        var second = first
        second.appendUTF8(" second")
        first.appendUTF8(" first")
        #expect(first.text == "shared first")
        #expect(second.text == "shared second")
        var third = second
        third.removeLast()
        #expect(third.text == "shared secon")
        #expect(second.text == "shared second")
    }

    @Test func blankLineAtTheEnd() {
        var buffer = ByteBuffer("}\n\n")
        #expect(buffer.endsWithBlankLine)
        buffer.removeLast()
        #expect(!buffer.endsWithBlankLine)
        #expect(!ByteBuffer("\n").endsWithBlankLine)
        #expect(ByteBuffer().isEmpty && ByteBuffer().last == nil && ByteBuffer().text.isEmpty)
    }
}

/// `LineBytes`, one generated line: inline while short, spilled to a `ByteBuffer` past the inline capacity, the same
/// bytes either way.
@Suite struct LineBytesTests {
    /// `length` bytes in pieces of one to seven, then one byte more: exactly full, one past, and well past.
    @Test(arguments: [0, 1, LineBytes.inlineCapacity - 1, LineBytes.inlineCapacity, LineBytes.inlineCapacity + 1, 1_000])
    func sameBytesInlineOrSpilled(length: Int) {
        var line = LineBytes()
        var expected: [UInt8] = []
        var index = 0
        while expected.count < length {
            let piece = String(String(index % 10).first ?? "0")
            let text = String(repeating: piece, count: min(index % 7 + 1, length - expected.count))
            line.appendUTF8(text)
            expected.append(contentsOf: text.utf8)
            index += 1
        }
        #expect(line.withUnsafeBytes { $0.count } == length)
        line.append(UInt8(ascii: ";"))
        expected.append(UInt8(ascii: ";"))
        #expect(line.withUnsafeBytes { Array($0) } == expected)
        #expect(!line.isEmpty)
        var copy = LineBytes()
        copy.append(line)
        #expect(copy.text == line.text)
    }

    @Test func copiesAreIndependentAfterSpilling() {
        var first = LineBytes(String(repeating: "a", count: LineBytes.inlineCapacity + 5))
        let second = first
        first.appendUTF8("b")
        #expect(first.text == String(repeating: "a", count: LineBytes.inlineCapacity + 5) + "b")
        #expect(second.text == String(repeating: "a", count: LineBytes.inlineCapacity + 5))
        #expect(LineBytes().isEmpty && LineBytes("").isEmpty)
    }
}
