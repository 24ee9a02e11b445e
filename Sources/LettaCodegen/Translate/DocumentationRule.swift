/// `///` comments from `description` (else `title`), plus the notes the spec gives (listed values, read-only or
/// write-only, the server default) and, for a type, where in the spec it comes from.
extension TranslationContext {
    /// The documentation of a property or a value.
    func documentation(for schema: Schema) -> [String] {
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
        if let defaultValue = schema.defaultValue {
            notes.append("Server default: `\(defaultValue.jsonText)`.")
        }
        return Self.joined(lines, notes)
    }

    /// The documentation of a generated type: the schema's, then the schema it is generated from
    /// (`- Remark: Generated from `#/components/schemas/X`.`).
    func typeDocumentation(for schema: Schema) -> [String] {
        Self.joined(documentation(for: schema), ["- Remark: Generated from `\(origin(of: schema))`."])
    }

    /// Two paragraphs, with a blank line between them when both have lines.
    static func joined(_ first: [String], _ second: [String]) -> [String] {
        if first.isEmpty { return second }
        if second.isEmpty { return first }
        return first + [""] + second
    }

    /// Splits at every line break (LF, CRLF, CR: a CR left inside a `///` line would end the comment), trims
    /// trailing spaces and tabs and the indentation the lines share (docstrings often carry it), drops blank lines
    /// at the start and end, and keeps one blank line between paragraphs.
    static func paragraphLines(_ text: String) -> [String] {
        let lines = lineBreakSplit(text).map(withoutTrailingSpacesAndTabs)
        let indents = lines.filter { !isBlank($0) }.map { $0.prefix(while: { $0 == " " }).count }
        let common = indents.min() ?? 0
        // A line shorter than the shared indentation (a line of other whitespace) is kept as it is.
        var trimmed = lines.map { line in
            line.index(line.startIndex, offsetBy: common, limitedBy: line.endIndex).map { String(line[$0...]) } ?? String(line)
        }
        while trimmed.first?.isEmpty == true { trimmed.removeFirst() }
        while trimmed.last?.isEmpty == true { trimmed.removeLast() }
        var collapsed: [String] = []
        for line in trimmed where !(line.isEmpty && collapsed.last?.isEmpty == true) {
            collapsed.append(line)
        }
        return collapsed
    }

    /// The lines of `text`, split at LF, CRLF and CR. These are always characters of their own (or CRLF one
    /// character), so the text is read by scalars rather than by characters.
    private static func lineBreakSplit(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        let scalars = text.unicodeScalars
        var lineStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(text[lineStart..<index])
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            lineStart = index
        }
        lines.append(text[lineStart...])
        return lines
    }

    /// The line up to its last character that is not a space or a tab.
    private static func withoutTrailingSpacesAndTabs(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex {
            let previous = line.index(before: end)
            guard line[previous] == " " || line[previous] == "\t" else { break }
            end = previous
        }
        return line[..<end]
    }

    /// True when the line holds only what `CharacterSet.whitespaces` holds: tab, the space separators (Unicode
    /// `Zs`), and U+200B ZERO WIDTH SPACE (a separator in Unicode before 4.0.1, still in Foundation's set).
    static func isBlank(_ line: Substring) -> Bool {
        line.unicodeScalars.allSatisfy { $0 == "\t" || $0 == "\u{200B}" || $0.properties.generalCategory == .spaceSeparator }
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
            || schema.oneOf?.contains(where: \.deprecated) == true
        {
            return Deprecation(message: "Deprecated in the API description.")
        }
        return nil
    }
}
