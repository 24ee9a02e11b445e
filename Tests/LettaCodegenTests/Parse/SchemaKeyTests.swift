import Testing
@testable import LettaCodegen

/// `SchemaKey`: equal exactly when the texts are, ordered by text, and two `$ref`s to one schema share one.
@Suite struct SchemaKeyTests {
    @Test func equalityHashingAndOrderFollowTheText() {
        let first = SchemaKey("spec.yaml#/components/schemas/A")
        let same = SchemaKey("spec.yaml#/components/schemas/" + "A")
        let other = SchemaKey("spec.yaml#/components/schemas/B")
        #expect(first == same)
        #expect(first != other)
        #expect(Set([first, same, other]).count == 2)
        var table: [SchemaKey: Int] = [first: 1]
        table[same, default: 0] += 1
        #expect(table[first] == 2 && table[other] == nil)
        #expect([other, first].sorted() == [first, other])
        #expect(first.description == "spec.yaml#/components/schemas/A")
    }

    /// A reference written relative to another file, and one written in that file, name the same schema.
    @Test func referencesFromTwoFilesShareTheKey() {
        let at = SourceLocation(file: "dir/root.yaml", line: 1, column: 1)
        let inOther = SourceLocation(file: "dir/other.yaml", line: 1, column: 1)
        let fromRoot = SchemaReference(target: "other.yaml#/components/schemas/A", location: at)
        let local = SchemaReference(target: "#/components/schemas/A", location: inOther)
        #expect(fromRoot.key == local.key)
        #expect(fromRoot.key.text == "dir/other.yaml#/components/schemas/A")
        #expect(SchemaReference(target: "#/components/schemas/A", location: at).key != local.key)
    }

    /// The `#` that separates file and pointer is a character of its own: a reference starting with `#` and a
    /// combining mark names a file (as a relative path), however it is keyed; one starting with `#` names a place
    /// in the file it is written in.
    @Test func theSeparatorIsAWholeCharacter() {
        let at = SourceLocation(file: "dir/root.yaml", line: 1, column: 1)
        #expect(SchemaReference(target: "#/components/schemas/A", location: at).key.text == "dir/root.yaml#/components/schemas/A")
        #expect(SchemaReference(target: "#", location: at).key.text == "dir/root.yaml#")
        #expect(
            SchemaReference(target: "#\u{301}/components/schemas/A", location: at).key.text
                == "dir/#\u{301}/components/schemas/A#")
        #expect(ReferenceTarget.split(target: "a.yaml#\u{301}/x", writtenIn: "dir/root.yaml") == ("dir/a.yaml#\u{301}/x", ""))
    }
}
