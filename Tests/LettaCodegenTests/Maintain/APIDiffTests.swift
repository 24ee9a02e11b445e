import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

/// `letta-codegen diff`: what a spec change does to the Swift API, classified, with locations on both sides.
@Suite struct APIDiffTests {
    static let oldSpec = """
        openapi: 3.1.0
        info: {title: Shapes, version: '1'}
        components:
          schemas:
            Message:
              type: object
              properties:
                kind: {type: string, const: message, default: message}
                text: {type: string}
                count: {type: integer}
                note:
                  anyOf: [{type: string}, {type: 'null'}]
                mode: {type: string, default: fast}
                legacy: {type: string}
              required: [text, count]
            Color:
              type: string
              enum: [red, green]
            Event:
              oneOf:
                - $ref: '#/components/schemas/Message'
                - $ref: '#/components/schemas/Ping'
              discriminator:
                propertyName: kind
                mapping:
                  message: '#/components/schemas/Message'
                  msg: '#/components/schemas/Message'
                  ping: '#/components/schemas/Ping'
            Ping:
              type: object
              properties:
                kind: {type: string, const: ping, default: ping}
            Retired:
              type: object
              properties:
                reason: {type: string}
        """

    static let newSpec = """
        openapi: 3.1.0
        info: {title: Shapes, version: '2'}
        components:
          schemas:
            Message:
              type: object
              properties:
                kind: {type: string, const: message, default: message}
                id: {type: string}
                text: {type: string, deprecated: true}
                count: {type: number}
                note: {type: string}
                mode: {type: string, default: slow}
                tags:
                  type: array
                  items: {type: string}
              required: [id, text, count, note]
            Color:
              type: string
              enum: [red, blue]
            Event:
              oneOf:
                - $ref: '#/components/schemas/Message'
                - $ref: '#/components/schemas/Ping'
                - $ref: '#/components/schemas/Pong'
              discriminator:
                propertyName: kind
                mapping:
                  message: '#/components/schemas/Message'
                  ping: '#/components/schemas/Ping'
                  pong: '#/components/schemas/Pong'
            Ping:
              type: object
              properties:
                kind: {type: string, const: ping, default: ping}
            Pong:
              type: object
              properties:
                kind: {type: string, const: pong, default: pong}
        """

    /// Every kind of change once: its line, its class and where it is written in both specs.
    @Test func eachKindOfChangeIsClassifiedAndLocated() throws {
        let directory = try SpecFixtureDirectory(["old.yaml": Self.oldSpec, "new.yaml": Self.newSpec])
        defer { directory.remove() }
        let old = try GeneratedAPI.load(path: directory.url.appendingPathComponent("old.yaml").path)
        let new = try GeneratedAPI.load(path: directory.url.appendingPathComponent("new.yaml").path)
        let changes = APIDiff(old: old, new: new).changes()
        let report = APIChangeReport.text(changes).replacingOccurrences(of: directory.url.path + "/", with: "")
        #expect(
            report == """
                Color
                  source-breaking: value "blue" added (case blue)  [old.yaml:16:5 → new.yaml:20:19]
                  source- and wire-breaking: value "green" removed (case green)  [old.yaml:18:19 → new.yaml:18:5]
                Event
                  wire-breaking: case message no longer chosen by "msg"  [old.yaml:26:20 → new.yaml:29:20]
                  source-breaking: case pong(Pong) added ("pong")  [old.yaml:19:5 → new.yaml:31:17]
                Message
                  wire-breaking: constant 'kind' no longer accepts "msg"  [old.yaml:8:9 → new.yaml:8:9]
                  source- and wire-breaking: property 'id' added: id: String  [old.yaml:5:5 → new.yaml:9:9]
                  additive: property 'text' deprecated  [old.yaml:9:9 → new.yaml:10:9]
                  source- and wire-breaking: property 'count' type Int → Double  [old.yaml:10:9 → new.yaml:11:9]
                  source- and wire-breaking: property 'note' became non-optional: String? → String  [old.yaml:11:9 → new.yaml:12:9]
                  additive: property 'mode' server default "fast" → "slow"  [old.yaml:13:9 → new.yaml:13:9]
                  additive: property 'tags' added: tags: [String]?  [old.yaml:5:5 → new.yaml:14:9]
                  source-breaking: property 'legacy' removed (was legacy: String?)  [old.yaml:14:9 → new.yaml:5:5]
                Pong
                  additive: type added (struct)  [old.yaml:4:3 → new.yaml:36:5]
                Retired
                  source-breaking: type removed (struct)  [old.yaml:33:5 → new.yaml:4:3]
                14 changes in 5 types: 8 source-breaking, 6 wire-breaking, 4 additive

                """)
        #expect(APIDiff(old: old, new: old).changes().isEmpty)
    }

    /// JSON keeps the same facts, one object per change, in the same order.
    @Test func jsonReportHasOneObjectPerChange() throws {
        let change = APIChange(
            typeName: "Outer.Inner", schemaName: "Outer", impact: [.sourceBreaking, .wireBreaking],
            summary: "property 'a' type Int → \"B\"", oldLocation: SourceLocation(file: "a.yaml", line: 1, column: 2),
            newLocation: SourceLocation(file: "b.yaml", line: 3, column: 4)
        )
        #expect(
            APIChangeReport.json([change]) == """
                [
                  {"type": "Outer.Inner", "schema": "Outer", "breaks": ["source", "wire"], "change": "property 'a' type Int → \\"B\\"", "old": "a.yaml:1:2", "new": "b.yaml:3:4"}
                ]
                """)
        #expect(APIChangeReport.json([]) == "[]")
    }

    /// A type whose Swift name changed but whose schema did not is one renamed type, diffed on.
    @Test func aTypeRenamedInSwiftIsMatchedToItsSchema() throws {
        let spec = """
            openapi: 3.1.0
            info: {title: R, version: '1'}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    a: {type: string}
            """
        let directory = try SpecFixtureDirectory(["spec.yaml": spec, "renamed.yaml": "renames:\n  types:\n    Thing: Gadget\n"])
        defer { directory.remove() }
        let path = directory.url.appendingPathComponent("spec.yaml").path
        let old = try GeneratedAPI.load(path: path)
        let configuration = try CodegenConfiguration.load(path: directory.url.appendingPathComponent("renamed.yaml").path)
        let new = try GeneratedAPI.load(
            path: path, request: GenerationRequest(specPath: path, configuration: configuration, module: .fromSpecTitle))
        let lines = APIDiff(old: old, new: new).changes().map { "\($0.typeName): \($0.impact.label): \($0.summary)" }
        #expect(lines == ["Gadget: source-breaking: type renamed from Thing"])
    }
}
