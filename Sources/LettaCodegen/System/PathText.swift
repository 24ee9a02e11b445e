/// Path arithmetic on `/`-separated text: `directory(of:)`, `lastComponent(of:)` and `fileExtension(of:)` answer as
/// `NSString`'s `deletingLastPathComponent`, `lastPathComponent` and `pathExtension` do; `appending(_:to:)` only
/// puts one `/` between (it does not tidy repeated slashes). The generator and its command line need no more, and so
/// do not load Foundation (where FoundationEssentials exists) just for paths.
package enum PathText {
    /// `a/b` → `a`, `/a` → `/`, `a` → ``, `a/b/` → `a`, `a//b` → `a`, `/` → `/`.
    package static func directory(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        let parent = trimmingTrailingSlashes(String(trimmed[..<slash]))
        return parent.isEmpty && trimmed.hasPrefix("/") ? "/" : parent
    }

    /// `a/b` → `b`, `a/b/` → `b`, `/` → `/`.
    package static func lastComponent(of path: String) -> String {
        let trimmed = trimmingTrailingSlashes(path)
        guard let slash = trimmed.utf8.lastIndex(of: UInt8(ascii: "/")) else { return trimmed }
        return trimmed == "/" ? "/" : String(trimmed[trimmed.utf8.index(after: slash)...])
    }

    /// `x.tar.gz` → `gz`; `` for `noext` and for a name that only starts with a dot (`.hidden`).
    package static func fileExtension(of path: String) -> String {
        let name = lastComponent(of: path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return "" }
        return String(name[name.utf8.index(after: dot)...])
    }

    /// `component` under `directory`: `directory/component`, or `component` alone when `directory` is empty; no `/`
    /// is added after a `directory` that ends with one.
    package static func appending(_ component: String, to directory: String) -> String {
        if directory.isEmpty { return component }
        return directory.hasSuffix("/") ? directory + component : directory + "/" + component
    }

    private static func trimmingTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
