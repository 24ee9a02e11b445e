import Foundation
import Testing
@testable import LettaCodegen

/// Names that would collide are chosen by fixed rules, never demanded from the user; config renames still win.
@Suite struct ChosenNamesTests {
    /// Union members of one Swift type are told apart by `format`, then `title`, then the referenced name; the first
    /// member without any keeps the plain name and later ones are numbered by position.
    @Test func unionMembersOfOneSwiftTypeAreNamedByFormatTitleReferenceThenPosition() throws {
        let files = try generateSnippet(
            """
            Upload:
              type: object
              properties:
                file:
                  oneOf:
                    - {type: string, format: binary}
                    - {type: string, format: uri}
                input:
                  anyOf:
                    - {type: string}
                    - {type: string, title: Base64 Audio}
                    - {$ref: '#/components/schemas/AudioID'}
                    - {type: string}
            AudioID:
              type: string
            """)
        let upload = try #require(files["Upload.swift"])
        #expect(
            declarationBlock(upload, startingWith: "public enum File:")?.components(separatedBy: "\n").prefix(5).joined(separator: "\n")
                == """
                public enum File: Codable, Hashable, Sendable {
                    /// Payload: a string.
                    case binary(String)
                    /// Payload: a string.
                    case uri(String)
                """)
        #expect(
            declarationBlock(upload, startingWith: "public enum Input:")?.components(separatedBy: "\n").prefix(9).joined(separator: "\n")
                == """
                public enum Input: Codable, Hashable, Sendable {
                    /// Payload: a string.
                    case string(String)
                    /// Payload: a string.
                    case base64Audio(String)
                    /// Payload: ``AudioID``.
                    case audioID(AudioID)
                    /// Payload: a string.
                    case string4(String)
                """)
    }

    /// `unknown` keeps unknown values, so a value spelled so becomes `unknownValue` (as `none` → `noneValue`); values
    /// equal after case conversion are numbered by position.
    @Test func enumValuesThatCollideAreRenamed() throws {
        let files = try generateSnippet(
            """
            Level:
              type: string
              enum: [low, UNKNOWN, LOW, none, low]
            """)
        let level = try #require(files["Level.swift"])
        #expect(
            level.contains(
                """
                    case low
                    case unknownValue
                    case low3
                    case noneValue
                    /// A value this version does not know, kept as sent.
                    case unknown(String)
                """))
        #expect(level.contains(#"case "UNKNOWN": self = .unknownValue"#))
        #expect(level.contains(#"case "LOW": self = .low3"#))
    }

    /// Properties that become one Swift name: the first keeps it, the next is numbered by position; a property named
    /// `additionalProperties` becomes `additionalPropertiesValue` (the stored unknown keys keep theirs).
    @Test func propertiesThatCollideAreRenamed() throws {
        let files = try generateSnippet(
            """
            Thing:
              type: object
              properties:
                tool_call_id: {type: string}
                toolCallId: {type: string}
                additional_properties: {type: integer}
            """)
        let thing = try #require(files["Thing.swift"])
        #expect(thing.contains("case 0: _toolCallID = try reader.readStringOrNull()"))
        #expect(thing.contains("case 1: _toolCallID2 = try reader.readStringOrNull()"))
        #expect(thing.contains("case 2: _additionalPropertiesValue = try reader.readIntOrNull()"))
        #expect(thing.contains("additionalProperties: additionalProperties_,\n                toolCallID: _toolCallID,\n"))
        #expect(thing.contains("                additionalPropertiesValue: _additionalPropertiesValue\n            )"))
        #expect(thing.contains(#"static let fields: FieldTable = ["tool_call_id", "toolCallId", "additional_properties"]"#))
    }

    /// Config renames still win, and two config renames to one name are the config's to fix.
    @Test func configRenamesWinAndTheirCollisionsAreErrors() throws {
        let spec = """
            a__Thing:
              type: object
            Thing:
              type: object
              properties:
                tool_call_id: {type: string}
                toolCallId: {type: string}
            """
        var configuration = CodegenConfiguration()
        configuration.propertyRenames = ["Thing.toolCallId": "legacyToolCallID"]
        configuration.typeRenames = ["a__Thing": "OtherThing"]
        let files = try generateSnippet(spec, configuration: configuration)
        #expect(files.keys.sorted() == ["LettaModelsRegistry.swift", "OtherThing.swift", "Thing.swift"])
        #expect(files["Thing.swift"]?.contains("case 1: _legacyToolCallID = try reader.readStringOrNull()") == true)

        configuration.propertyRenames = ["Thing.toolCallId": "id", "Thing.tool_call_id": "id"]
        #expect(
            snippetDiagnostics(spec, configuration: configuration) == [
                "snippet.yaml:11:9: error: the codegen config names properties 'tool_call_id' and 'toolCallId' of 'Thing' both 'id'; rename one"
            ])
    }

    /// Types: the schema spelled like the Swift name keeps it, others are numbered in document order; a schema named
    /// like a runtime type gets `Model` appended.
    @Test func typesThatCollideAreRenamed() throws {
        let files = try generateSnippet(
            """
            tool_return:
              type: object
            ToolReturn:
              type: string
            JSONValue:
              type: object
              properties:
                result: {$ref: '#/components/schemas/tool_return'}
            """)
        #expect(files.keys.sorted() == ["JSONValueModel.swift", "LettaModelsRegistry.swift", "ToolReturn.swift", "ToolReturn2.swift"])
        // The registry's name is taken as well.
        let registryNamed = try generateSnippet(
            """
            LettaModelsRegistry:
              type: object
            """)
        #expect(registryNamed.keys.sorted() == ["LettaModelsRegistry.swift", "LettaModelsRegistryModel.swift"])
        #expect(files["ToolReturn.swift"]?.contains("public typealias ToolReturn = String") == true)
        #expect(files["JSONValueModel.swift"]?.contains("public var result: ToolReturn2?") == true)
    }
}
