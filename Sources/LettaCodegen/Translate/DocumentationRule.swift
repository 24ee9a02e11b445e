#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `///` comments from `description` (else `title`), plus the server default where the spec gives one.
extension TranslationContext {
    func documentation(for schema: Schema, defaultFrom: Schema? = nil) -> [String] {
        var lines: [String] = []
        if let text = schema.description ?? schema.title {
            lines = Self.paragraphLines(text)
        }
        var notes: [String] = []
        if let values = schema.enumValues, values.contains(where: { $0.stringValue == nil }) {
            // Integer and number enums stay `Int`/`Double` (a value added later still decodes); the values are listed.
            notes.append("Values the API lists: " + values.map { "`\($0.jsonText)`" }.joined(separator: ", ") + ".")
        }
        if schema.readOnly { notes.append("Read-only: responses carry it, requests leave it out.") }
        if schema.writeOnly { notes.append("Write-only: requests carry it, responses leave it out.") }
        if let defaultValue = (defaultFrom ?? schema).defaultValue {
            notes.append("Server default: `\(defaultValue.jsonText)`.")
        }
        if !notes.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append(contentsOf: notes)
        }
        return lines
    }

    /// Splits at every line break (LF, CRLF, CR: a CR left inside a `///` line would end the comment), trims each
    /// line and drops leading/trailing blank lines; keeps inner blank lines as paragraph breaks.
    ///
    /// Nearly every description takes one pass over its bytes. Text where a non-ASCII character touches the
    /// whitespace being measured or trimmed takes the `Character`-level path, whose notion of whitespace (Unicode
    /// spaces, a space joined to a combining mark) the bytes cannot see.
    static func paragraphLines(_ text: String) -> [String] {
        var text = text
        if let lines = text.withUTF8({ byteParagraphLines($0) }) { return lines }
        return unicodeParagraphLines(text)
    }

    /// `paragraphLines` over UTF-8 bytes; nil when a non-ASCII byte stands where the `Character`-level rules could
    /// differ from the bytes: first after a line's leading spaces and tabs (a Unicode space makes a line blank there;
    /// a combining mark joins the space before it), or just before trailing spaces and tabs that are trimmed (a
    /// prepended mark joins the space after it). Anywhere else the bytes are copied as they are, which is what the
    /// `Character` path does with them too.
    static func byteParagraphLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        let space: UInt8 = 0x20, tab: UInt8 = 0x09, carriageReturn: UInt8 = 0x0D, newline: UInt8 = 0x0A
        // Each line without its trailing spaces, tabs and CRs, as a byte range; and the common indentation (spaces)
        // of the lines that are not blank (blank: spaces, tabs and CRs only).
        var lines: [Range<Int>] = []
        var common = Int.max
        var start = 0
        var index = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return [] }
        // Without a CR (nearly always), the next line break is found by `memchr`, not byte by byte.
        let hasCarriageReturn = memchr(base, Int32(carriageReturn), count) != nil
        if !hasCarriageReturn, memchr(base, Int32(newline), count) == nil {
            // One line (most descriptions): its trailing and common leading whitespace trimmed, no list of lines.
            var end = count
            while end > 0, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
            if end < count, end > 0, bytes[end - 1] >= 0x80 { return nil }
            var indent = 0
            while indent < end, bytes[indent] == space { indent += 1 }
            var content = indent
            while content < end, bytes[content] == tab || bytes[content] == space { content += 1 }
            if content < end, bytes[content] >= 0x80 { return nil }
            guard indent < end else { return [] }
            return [String(decoding: UnsafeBufferPointer(rebasing: bytes[indent..<end]), as: UTF8.self)]
        }
        while index <= count {
            var breakLength = 1
            if !hasCarriageReturn {
                if index < count {
                    index = memchr(base + index, Int32(newline), count - index).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? count
                }
            } else if index < count {
                let byte = bytes[index]
                if byte != newline && byte != carriageReturn {
                    index += 1
                    continue
                }
                if byte == carriageReturn, index + 1 < count, bytes[index + 1] == newline { breakLength = 2 }
            }
            var end = index
            while end > start, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
            if end < index, end > start, bytes[end - 1] >= 0x80 { return nil }
            var indent = start
            while indent < end, bytes[indent] == space { indent += 1 }
            var content = indent
            while content < end, bytes[content] == tab || bytes[content] == space { content += 1 }
            if content < end, bytes[content] >= 0x80 { return nil }
            if end > start { common = min(common, indent - start) }
            lines.append(start..<end)
            index += breakLength
            start = index
        }
        if common == Int.max { common = 0 }
        var result: [String] = []
        result.reserveCapacity(lines.count)
        var previousEmpty = true
        for line in lines {
            let trimmed = line.count >= common ? (line.lowerBound + common)..<line.upperBound : line
            if trimmed.isEmpty {
                if previousEmpty { continue }
                previousEmpty = true
                result.append("")
            } else {
                previousEmpty = false
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[trimmed]), as: UTF8.self))
            }
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }

    /// True when the line holds only what `CharacterSet.whitespaces` holds: tab, the space separators (Unicode
    /// `Zs`), and U+200B ZERO WIDTH SPACE (a separator in Unicode before 4.0.1, still in Foundation's set).
    static func isBlank(_ line: String) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
    }

    static func unicodeParagraphLines(_ text: String) -> [String] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { line in String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()) }
        // Remove the common indentation (docstrings often carry it).
        let indents = lines.filter { !Self.isBlank($0) }
            .map { $0.prefix(while: { $0 == " " }).count }
        let common = indents.min() ?? 0
        lines = lines.map { $0.count >= common ? String($0.dropFirst(common)) : $0 }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        var collapsed: [String] = []
        for line in lines where !(line.isEmpty && collapsed.last?.isEmpty == true) {
            collapsed.append(line)
        }
        return collapsed
    }
}

/// `deprecated: true` → `@available(*, deprecated, message:)` on the public symbol.
extension TranslationContext {
    func deprecation(for schema: Schema) -> Deprecation? {
        guard schema.deprecated else { return nil }
        return Deprecation(message: "Deprecated in the API description.")
    }

    /// A property is deprecated when its schema (or the `anyOf` wrapper around it) says so.
    func deprecation(forProperty schema: Schema) -> Deprecation? {
        if schema.deprecated || schema.anyOf?.contains(where: \.deprecated) == true
            || schema.oneOf?.contains(where: \.deprecated) == true {
            return Deprecation(message: "Deprecated in the API description.")
        }
        return nil
    }
}
