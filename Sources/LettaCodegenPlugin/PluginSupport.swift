import Foundation

// Shared by both plugins: Sources/LettaCodegenCommand/PluginSupport.swift is a link to this file (plugins cannot
// depend on a library target).

/// What the plugins read from a `letta-codegen.yaml`: the value of a top-level `key:` line. Plugins cannot link
/// the generator's YAML loader; the generator reads and checks the whole file when it runs.
enum PluginConfig {
    static let fileName = "letta-codegen.yaml"

    /// The value of the top-level `key:` line (quotes and a trailing ` #` comment removed), or nil.
    static func value(of key: String, in config: URL) -> String? {
        guard let text = try? String(contentsOf: config, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            var value = line.dropFirst(key.count + 1)
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            let trimmed = value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'\""))
            return trimmed.isEmpty ? nil : trimmed
        }
        return nil
    }

    /// `file`'s path relative to `directory`, or nil when it is not inside it.
    static func relativePath(of file: URL, to directory: URL) -> String? {
        let filePath = file.standardizedFileURL.path
        let directoryPath = directory.standardizedFileURL.path + "/"
        return filePath.hasPrefix(directoryPath) ? String(filePath.dropFirst(directoryPath.count)) : nil
    }
}

/// A plugin failure, shown to the user as its description.
struct PluginError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
