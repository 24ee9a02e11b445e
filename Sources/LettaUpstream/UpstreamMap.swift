import LettaCodegen

/// `spec/upstream-map.yaml`: how the spec's schemas correspond to the server's document, and which wire-level
/// differences between them are intended. Read by `letta-codegen compare`.
///
/// ```yaml
/// names:                      # spec schema: upstream schema (null: no counterpart)
///   ClientTool: ClientToolSchema
///   CompactionSettings: [CompactionSettings-Output, CompactionSettings-Input]   # compared with the first
///   LettaMessageBase: null
/// intended:                   # spec schema: {difference as compare prints it: why}
///   LettaPing:
///     "property 'date': only upstream has it": the spec follows the seeds, where a ping carries no date
/// ```
package struct UpstreamMap: Sendable {
    package struct Intended: Sendable {
        package var schema: String
        package var difference: String
        package var reason: String
        package var location: SourceLocation
    }

    package var path: String?
    /// Spec schema → upstream schemas it describes (compared with the first); empty: the spec schema has no
    /// counterpart.
    package var names: [String: [String]] = [:]
    /// Where each entry of `names` is written.
    package var nameLocations: [String: SourceLocation] = [:]
    package var intended: [Intended] = []

    package init() {}

    package static func load(path: String, loader: YAMLLoader = YAMLLoader()) throws(DiagnosticsError) -> UpstreamMap {
        let root = try loader.load(contentsOf: path)
        var map = UpstreamMap()
        map.path = path
        var problems = DiagnosticCollector()
        guard let entries = root.entries else {
            throw DiagnosticsError([.error("expected a mapping for the upstream map, found \(root.kindDescription)", at: root.location)])
        }
        for entry in entries {
            guard let section = entry.value.entries else {
                problems.error("expected a mapping for '\(entry.key)', found \(entry.value.kindDescription)", at: entry.value.location)
                continue
            }
            switch entry.key {
            case "names":
                for name in section {
                    map.nameLocations[name.key] = name.keyLocation
                    switch name.value.content {
                    case .scalar(.null): map.names[name.key] = []
                    case .scalar(.string(let target)): map.names[name.key] = [target]
                    case .sequence(let targets) where !targets.isEmpty && targets.allSatisfy({ $0.stringValue != nil }):
                        map.names[name.key] = targets.compactMap(\.stringValue)
                    default:
                        problems.error(
                            "expected an upstream schema name, a list of names or null for '\(name.key)', found \(name.value.kindDescription)",
                            at: name.value.location
                        )
                    }
                }
            case "intended":
                for schema in section {
                    guard let differences = schema.value.entries else {
                        problems.error(
                            "expected a mapping of differences to reasons for '\(schema.key)', found \(schema.value.kindDescription)",
                            at: schema.value.location)
                        continue
                    }
                    for difference in differences {
                        guard let reason = difference.value.stringValue, !reason.isEmpty else {
                            problems.error("give the reason for this intended difference as a string", at: difference.value.location)
                            continue
                        }
                        map.intended.append(
                            Intended(schema: schema.key, difference: difference.key, reason: reason, location: difference.keyLocation))
                    }
                }
            default:
                problems.error("unknown key '\(entry.key)' (expected names, intended)", at: entry.keyLocation)
            }
        }
        // One upstream schema stands for one spec schema, so names read back the same way on every run.
        var claimedBy: [String: String] = [:]
        for name in map.names.keys.sorted() {
            for upstream in map.names[name] ?? [] {
                if let other = claimedBy[upstream] {
                    problems.error(
                        "'\(upstream)' is already the counterpart of '\(other)'",
                        at: map.nameLocations[name] ?? SourceLocation(file: path, line: 1, column: 1))
                } else {
                    claimedBy[upstream] = name
                }
            }
        }
        if problems.hasErrors { throw DiagnosticsError(problems.sorted) }
        return map
    }
}
