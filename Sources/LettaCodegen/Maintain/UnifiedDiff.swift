/// A unified diff of two texts, line by line (Myers' shortest edit script), as `diff -u` prints it: what
/// `letta-codegen check` shows for a generated file that is not what the spec gives.
package enum UnifiedDiff {
    /// `--- old`, `+++ new` and the hunks with `context` lines around each change; empty when the texts are equal.
    package static func text(old: String, new: String, oldLabel: String, newLabel: String, context: Int = 3) -> String {
        let before = lines(old)
        let after = lines(new)
        let edits = editScript(before, after)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var output = "--- \(oldLabel)\n+++ \(newLabel)\n"
        for hunk in hunks(edits, context: context) {
            let oldStart = hunk.first.map { $0.oldIndex } ?? 0
            let newStart = hunk.first.map { $0.newIndex } ?? 0
            let oldCount = hunk.count { $0.kind != .inserted }
            let newCount = hunk.count { $0.kind != .deleted }
            output += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for edit in hunk {
                switch edit.kind {
                case .same: output += " " + before[edit.oldIndex] + "\n"
                case .deleted: output += "-" + before[edit.oldIndex] + "\n"
                case .inserted: output += "+" + after[edit.newIndex] + "\n"
                }
            }
        }
        return output
    }

    /// One line of the edit script: kept, deleted from the old text, or inserted from the new one, with where it
    /// stands in each text (the position it would have, for a line one text lacks).
    struct Edit {
        enum Kind { case same, deleted, inserted }
        var kind: Kind
        var oldIndex: Int
        var newIndex: Int
    }

    /// The lines of a text; a final line break ends the last line rather than starting an empty one.
    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The shortest edit script from `old` to `new` (Myers, O((N + M) · D)), kept lines included.
    static func editScript(_ old: [String], _ new: [String]) -> [Edit] {
        let count = old.count + new.count
        var furthest = [Int](repeating: 0, count: 2 * count + 3)
        var trace: [[Int]] = []
        search: for distance in 0...count {
            trace.append(furthest)
            for diagonal in stride(from: -distance, through: distance, by: 2) {
                let index = diagonal + count + 1
                var x =
                    diagonal == -distance || (diagonal != distance && furthest[index - 1] < furthest[index + 1])
                    ? furthest[index + 1] : furthest[index - 1] + 1
                var y = x - diagonal
                while x < old.count, y < new.count, old[x] == new[y] {
                    x += 1
                    y += 1
                }
                furthest[index] = x
                if x >= old.count, y >= new.count { break search }
            }
        }
        // Walk back through the recorded frontiers, from the end to the start.
        var edits: [Edit] = []
        var x = old.count
        var y = new.count
        for distance in stride(from: trace.count - 1, through: 0, by: -1) {
            let frontier = trace[distance]
            let diagonal = x - y
            let index = diagonal + count + 1
            let previousDiagonal =
                diagonal == -distance || (diagonal != distance && frontier[index - 1] < frontier[index + 1])
                ? diagonal + 1 : diagonal - 1
            let previousX = distance == 0 ? 0 : frontier[previousDiagonal + count + 1]
            let previousY = previousX - previousDiagonal
            while x > previousX, y > previousY {
                x -= 1
                y -= 1
                edits.append(Edit(kind: .same, oldIndex: x, newIndex: y))
            }
            guard distance > 0 else { break }
            if x == previousX {
                y -= 1
                edits.append(Edit(kind: .inserted, oldIndex: x, newIndex: y))
            } else {
                x -= 1
                edits.append(Edit(kind: .deleted, oldIndex: x, newIndex: y))
            }
        }
        return edits.reversed()
    }

    /// The changes with up to `context` kept lines around each; changes closer than twice that share a hunk.
    static func hunks(_ edits: [Edit], context: Int) -> [[Edit]] {
        let changed = edits.indices.filter { edits[$0].kind != .same }
        var hunks: [[Edit]] = []
        var start: Int?
        var end = 0
        for index in changed {
            if let hunkStart = start, index - end - 1 > 2 * context {
                hunks.append(Array(edits[hunkStart...min(end + context, edits.count - 1)]))
                start = nil
            }
            if start == nil { start = max(0, index - context) }
            end = index
        }
        if let hunkStart = start { hunks.append(Array(edits[hunkStart...min(end + context, edits.count - 1)])) }
        return hunks
    }

    /// `start,count` in 1-based lines, as `diff -u` writes a hunk's range (`start` is the line before an empty one).
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }
}
