import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen
@testable import LettaUpstream

/// `letta-codegen compare`: the wire-level differences between the spec and upstream, minus the intended ones.
@Suite struct UpstreamComparisonTests {
    static let spec = """
        openapi: 3.1.0
        info: {title: Spec, version: '1'}
        components:
          schemas:
            Message:
              type: object
              properties:
                kind: {type: string, const: message, default: message}
                text: {type: string}
                status:
                  $ref: '#/components/schemas/Status'
                note:
                  anyOf: [{type: string}, {type: 'null'}]
                parts:
                  type: array
                  items:
                    $ref: '#/components/schemas/Part'
              required: [text]
            Status:
              type: string
              enum: [ok, failed]
            Part:
              oneOf:
                - $ref: '#/components/schemas/TextPart'
                - $ref: '#/components/schemas/ImagePart'
            TextPart:
              type: object
              properties:
                text: {type: string}
            ImagePart:
              type: object
              properties:
                url: {type: string}
            Base:
              type: object
              properties:
                id: {type: string}
        """

    static let upstream = """
        openapi: 3.1.0
        info: {title: Server, version: '9'}
        components:
          schemas:
            Message:
              type: object
              properties:
                kind: {type: string, const: message}
                text: {type: integer}
                status: {type: string, enum: [ok, failed, cancelled]}
                note: {type: string}
                parts:
                  type: array
                  items:
                    anyOf:
                      - $ref: '#/components/schemas/TextPartSchema'
                      - $ref: '#/components/schemas/AudioPart'
                created_at: {type: string, format: date-time}
              required: [text, kind]
            TextPartSchema:
              type: object
              properties:
                text: {type: string}
            AudioPart:
              type: object
              properties:
                audio: {type: string}
        """

    func compare(map mapText: String) throws -> (lines: [String], problems: [String], intended: Int) {
        let directory = try SpecFixtureDirectory(["spec.yaml": Self.spec, "upstream.yaml": Self.upstream, "map.yaml": mapText])
        defer { directory.remove() }
        let spec = try SpecLoader().load(path: directory.url.appendingPathComponent("spec.yaml").path).document
        let upstream = try SpecLoader().load(path: directory.url.appendingPathComponent("upstream.yaml").path).document
        let map = try UpstreamMap.load(path: directory.url.appendingPathComponent("map.yaml").path)
        let result = UpstreamComparison(spec: spec, upstream: upstream, map: map).compare()
        let strip = { (text: String) in text.replacingOccurrences(of: directory.url.path + "/", with: "") }
        return (result.differences.map { strip($0.description) }, result.mapProblems.map { strip($0.description) }, result.intendedCount)
    }

    static let names = """
        names:
          TextPart: TextPartSchema
          Base: null
        """

    /// Named enums and unions compare as what they accept; names go through the map; each difference once.
    @Test func differencesAreListedWithBothLocations() throws {
        let result = try compare(map: Self.names)
        #expect(
            result.lines == [
                "spec.yaml:8:9: Message: property 'kind': optional in the spec, required upstream (upstream upstream.yaml:8:9)",
                "spec.yaml:9:9: Message: property 'text': string in the spec, integer upstream (upstream upstream.yaml:9:9)",
                "spec.yaml:10:9: Message: property 'status': enum values only upstream: cancelled (upstream upstream.yaml:10:9)",
                "spec.yaml:12:9: Message: property 'note': nullable in the spec, not nullable upstream (upstream upstream.yaml:11:9)",
                "spec.yaml:14:9: Message: property 'parts': [ImagePart | TextPart] in the spec, [AudioPart | TextPart] upstream (upstream upstream.yaml:12:9)",
                "spec.yaml:5:5: Message: property 'created_at': only upstream has it (upstream upstream.yaml:18:9)",
                "spec.yaml:19:5: Status: no upstream schema of this name; name its counterpart (or null) under 'names' in the upstream map (upstream upstream.yaml:4:3)",
                "spec.yaml:22:5: Part: no upstream schema of this name; name its counterpart (or null) under 'names' in the upstream map (upstream upstream.yaml:4:3)",
                "spec.yaml:30:5: ImagePart: no upstream schema of this name; name its counterpart (or null) under 'names' in the upstream map (upstream upstream.yaml:4:3)",
            ])
        #expect(result.problems == [])
    }

    /// Declared differences are not printed; one that no longer exists, and a name the spec lacks, are reported.
    @Test func intendedDifferencesAreHiddenAndStaleOnesReported() throws {
        let map =
            Self.names + """

                  Status: null
                  Part: null
                  ImagePart: null
                  Missing: Whatever
                intended:
                  Message:
                    "property 'kind': optional in the spec, required upstream": a discriminator is never required in the spec
                    "property 'text': string in the spec, integer upstream": the server sends strings
                    "property 'status': enum values only upstream: cancelled": not yet sent
                    "property 'note': nullable in the spec, not nullable upstream": the server sends null
                    "property 'parts': [ImagePart | TextPart] in the spec, [AudioPart | TextPart] upstream": no audio yet
                    "property 'created_at': only upstream has it": kept in additionalProperties
                    "property 'gone': only upstream has it": an old entry
                """
        let result = try compare(map: map)
        #expect(result.lines == [])
        #expect(result.intended == 6)
        #expect(
            result.problems == [
                "map.yaml:7:3: warning: the upstream map names 'Missing', which is not a schema of the spec",
                "map.yaml:16:5: warning: intended difference of 'Message' no longer found: property 'gone': only upstream has it",
            ])
    }

    @Test func anIntendedDifferenceNeedsAReason() throws {
        let directory = try SpecFixtureDirectory(["map.yaml": "intended:\n  Message:\n    \"property 'x': only upstream has it\": ''\n"])
        defer { directory.remove() }
        #expect(throws: DiagnosticsError.self) { try UpstreamMap.load(path: directory.url.appendingPathComponent("map.yaml").path) }
        do {
            _ = try UpstreamMap.load(path: directory.url.appendingPathComponent("map.yaml").path)
        } catch {
            #expect(
                error.diagnostics.map { $0.description.replacingOccurrences(of: directory.url.path + "/", with: "") } == [
                    "map.yaml:3:43: error: give the reason for this intended difference as a string"
                ])
        }
    }

    /// spec/letta.yaml against the March 2026 document: every difference is declared in spec/upstream-map.yaml.
    @Test(.enabled(if: SharedDocument.march.isAvailable)) func theSpecDiffersFromUpstreamOnlyAsDeclared() throws {
        let spec = try SpecLoader().load(path: RepositoryPaths.spec).document
        let upstream = try SpecLoader().load(path: SharedDocument.march.path).document
        let mapPath = RepositoryPaths.upstreamMap
        let map = try UpstreamMap.load(path: mapPath)
        let result = UpstreamComparison(spec: spec, upstream: upstream, map: map).compare()
        #expect(result.differences.map(\.description) == [])
        #expect(result.mapProblems.map(\.description) == [])
        #expect(result.intendedCount == 25)

        // Without the intended list, the same 25 are printed, each with a reason in the map.
        var withoutIntended = map
        withoutIntended.intended = []
        let raw = UpstreamComparison(spec: spec, upstream: upstream, map: withoutIntended).compare()
        #expect(raw.differences.count == 25)
        #expect(Set(raw.differences.map { $0.schema + ": " + $0.text }) == Set(map.intended.map { $0.schema + ": " + $0.difference }))
    }
}
