import Testing
@testable import LettaCodegen

/// What `check` prints for a file that is not what the spec gives: a unified diff, as `diff -u` writes it.
@Suite struct UnifiedDiffTests {
    @Test func equalTextsGiveNothing() {
        #expect(UnifiedDiff.text(old: "a\nb\n", new: "a\nb\n", oldLabel: "x", newLabel: "y") == "")
        #expect(UnifiedDiff.text(old: "", new: "", oldLabel: "x", newLabel: "y") == "")
    }

    @Test func oneChangedLineWithItsContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(
            UnifiedDiff.text(old: old, new: new, oldLabel: "A.swift", newLabel: "A.swift (expected)") == """
                --- A.swift
                +++ A.swift (expected)
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test func distantChangesAreSeparateHunksAndNewFilesAreAllInsertions() {
        let old = (1...20).map { "\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "\n2\n", with: "\n2b\n").replacingOccurrences(of: "\n19\n", with: "\n19\n19b\n")
        #expect(
            UnifiedDiff.text(old: old, new: new, oldLabel: "a", newLabel: "b", context: 1) == """
                --- a
                +++ b
                @@ -1,3 +1,3 @@
                 1
                -2
                +2b
                 3
                @@ -19,2 +19,3 @@
                 19
                +19b
                 20

                """)
        #expect(
            UnifiedDiff.text(old: "", new: "x\ny\n", oldLabel: "/dev/null", newLabel: "b")
                == "--- /dev/null\n+++ b\n@@ -0,0 +1,2 @@\n+x\n+y\n")
        #expect(UnifiedDiff.text(old: "x\n", new: "", oldLabel: "a", newLabel: "/dev/null") == "--- a\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n")
    }
}
