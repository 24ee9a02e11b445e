/// How `letta-codegen diff` prints changes: text grouped by type, or JSON.
package enum APIChangeReport {
    /// One header per type (`Type (schema Name)`), then one line per change:
    /// `  impact: summary  [old path:line:column → new path:line:column]`; a summary line at the end.
    package static func text(_ changes: [APIChange]) -> String {
        var output = ""
        var currentType: String?
        for change in changes {
            if change.typeName != currentType {
                currentType = change.typeName
                let topLevel = change.typeName.split(separator: ".").first.map(String.init) ?? change.typeName
                let schema = change.schemaName.isEmpty || change.schemaName == topLevel ? "" : " (schema \(change.schemaName))"
                output += "\(change.typeName)\(schema)\n"
            }
            output += "  \(change.impact.label): \(change.summary)  [\(change.oldLocation) → \(change.newLocation)]\n"
        }
        let source = changes.filter { $0.impact.contains(.sourceBreaking) }.count
        let wire = changes.filter { $0.impact.contains(.wireBreaking) }.count
        let additive = changes.filter { !$0.impact.isBreaking }.count
        let types = Set(changes.map(\.typeName)).count
        output +=
            "\(counted(changes.count, "change")) in \(counted(types, "type")): "
            + "\(source) source-breaking, \(wire) wire-breaking, \(additive) additive\n"
        return output
    }

    private static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)" + (count == 1 ? "" : "s")
    }

    /// A JSON array, one object per change, keys in a fixed order.
    package static func json(_ changes: [APIChange]) -> String {
        let objects = changes.map { change in
            let impact =
                (change.impact.contains(.sourceBreaking) ? ["\"source\""] : [])
                + (change.impact.contains(.wireBreaking) ? ["\"wire\""] : [])
            return "  {\"type\": \(quoted(change.typeName)), \"schema\": \(quoted(change.schemaName)), "
                + "\"breaks\": [\(impact.joined(separator: ", "))], \"change\": \(quoted(change.summary)), "
                + "\"old\": \(quoted(change.oldLocation.description)), \"new\": \(quoted(change.newLocation.description))}"
        }
        return objects.isEmpty ? "[]" : "[\n" + objects.joined(separator: ",\n") + "\n]"
    }

    private static func quoted(_ text: String) -> String {
        OrderedJSON(.string(text)).escapedText
    }
}
