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
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { line in String(line.reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed()) }
        let indents = lines.filter { !isBlank($0) }.map { $0.prefix(while: { $0 == " " }).count }
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

    /// True when the line holds only what `CharacterSet.whitespaces` holds: tab, the space separators (Unicode
    /// `Zs`), and U+200B ZERO WIDTH SPACE (a separator in Unicode before 4.0.1, still in Foundation's set).
    static func isBlank(_ line: String) -> Bool {
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
            || schema.oneOf?.contains(where: \.deprecated) == true {
            return Deprecation(message: "Deprecated in the API description.")
        }
        return nil
    }
}
