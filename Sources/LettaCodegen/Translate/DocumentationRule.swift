import Foundation

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

    /// Trims each line and drops leading/trailing blank lines; keeps inner blank lines as paragraph breaks.
    static func paragraphLines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n").map { line in
            String(line.reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
        }
        // Remove the common indentation (docstrings often carry it).
        let indents = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
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
        if schema.deprecated { return Deprecation(message: "Deprecated in the API description.") }
        for member in (schema.anyOf ?? []) + (schema.oneOf ?? []) where member.deprecated {
            return Deprecation(message: "Deprecated in the API description.")
        }
        return nil
    }
}
