import Testing
@testable import LettaCodegen

/// The translation rules on the declarations themselves, before any printing: names as `TypeName` paths, the
/// decisions each construct records (decoding plans, documentation, escaping, unknown-variant reads).
@Suite struct TranslationRuleTests {
    /// Every top-level declaration of a snippet, by name.
    static func translate(_ schemas: String, configuration: CodegenConfiguration = CodegenConfiguration()) throws -> [String: Declaration] {
        let root = try YAMLLoader().load(bytes: Array(snippetDocument(schemas).utf8), file: "snippet.yaml")
        let document = try SpecLoader().load(root: root, path: "snippet.yaml").document
        let output = ModelTranslator(configuration: configuration).translate(document)
        return Dictionary(uniqueKeysWithValues: output.files.map { ($0.declaration.name.name, $0.declaration) })
    }

    @Test func structsRecordFieldsConstantsPropertiesAndNestedTypesByPath() throws {
        let declarations = try Self.translate(SnippetTests.objectSpec)
        let ping = try #require(declarations["Ping"])
        let structure = try #require(ping.structure)
        #expect(ping.name == .topLevel("Ping"))
        #expect(ping.documentation == ["A keep-alive.", "", "- Remark: Generated from `#/components/schemas/Ping`."])
        #expect(structure.fieldNames == ["message_type", "id", "sent_at", "image_url", "old_field", "status"])
        #expect(structure.constants.map(\.name.plain) == ["messageType"])
        #expect(
            structure.constants.first?.documentation == [
                "Always `ping` on the wire for this type; written on encode, checked on decode."
            ])
        #expect(structure.properties.map(\.name.plain) == ["id", "sentAt", "imageURL", "oldField", "status"])
        #expect(structure.properties.map(\.storage.plain) == ["id", "sentAt", "imageURL", "_oldField", "status"])
        #expect(
            structure.properties.map(\.type) == [
                .string, .date, .optional(.string), .optional(.int), .optional(.named(TypeName.topLevel("Ping").nested("Status"))),
            ])
        #expect(structure.fieldOrder.first == .constant(0))
        let status = try #require(ping.nested.first)
        #expect(status.name.components == ["Ping", "Status"])
        #expect(status.name.reference == "Status")
        #expect(status.documentation == ["- Remark: Generated from `#/components/schemas/Ping/properties/status`."])
        #expect(status.openEnum?.cases.map(\.rawValue) == ["ok", "degraded"])
    }

    @Test func taggedUnionsRecordTheirPlanCaseDocumentationAndUnknownReads() throws {
        let declarations = try Self.translate(SnippetTests.unionSpec)
        let union = try #require(declarations["Entry"]?.union)
        #expect(union.cases.map(\.name.plain) == ["note", "summaryNote"])
        #expect(union.cases.map(\.payload) == [.named(.topLevel("Note")), .named(.topLevel("Summary"))])
        #expect(
            union.cases.map(\.documentation) == [
                ["Payload: ``Note``; `kind` is `note`."],
                ["Payload: ``Summary``; `kind` is `summary_note`, or `summary` (legacy)."],
            ])
        guard case .tagged(let tagged) = union.decoding else {
            Issue.record("Entry is not tagged")
            return
        }
        #expect(tagged.property == "kind")
        #expect(tagged.tags.map(\.value) == ["note", "summary_note", "summary"])
        #expect(tagged.tags.map(\.caseIndex) == [0, 1, 1])
        #expect(tagged.withoutTag.map(\.memberName) == ["Summary"])
        #expect(tagged.withoutTag.first?.evidenceKeys == ["summary"])
        #expect(union.unknownCaseDocumentation?.isEmpty == false)
        #expect(union.sharedProperties.map(\.property.name.plain) == ["id", "seqID"])
        #expect(union.sharedProperties.map(\.unknownVariantRead) == [.string, .integer])
    }

    @Test func shapeUnionsRecordKindGroupsAndTheMembersReadByIndex() throws {
        let declarations = try Self.translate(
            """
            Value:
              anyOf:
                - {type: string, format: date-time}
                - {type: string}
                - {type: object, required: [a], properties: {a: {type: string}}}
                - {type: object, required: [b], properties: {b: {type: string}}}
            """)
        let union = try #require(declarations["Value"]?.union)
        guard case .shape(let shape) = union.decoding else {
            Issue.record("Value is not a shape union")
            return
        }
        #expect(shape.groups.map(\.kind) == [.string, .object])
        #expect(shape.groups.map(\.cases) == [[0, 1], [2, 3]])
        #expect(shape.groups[1].objectShapes.map(\.requiredKeys) == [["a"], ["b"]])
        #expect(shape.casesReadByIndex == [0, 1, 2, 3])
        #expect(shape.rejectsSomeKind)
        #expect(union.unknownCaseDocumentation == nil)
        #expect(union.cases.map(\.name.plain) == ["date", "string", "object", "object4"])
    }

    @Test func deprecatedTypesLiveInTheirNamespaceAndAliasesDeclareWhatTheyNeedBesideThem() throws {
        let declarations = try Self.translate(
            """
            Old:
              type: object
              deprecated: true
              properties: {value: {type: string}}
            Pages:
              type: array
              items: {type: object, properties: {page: {type: integer}}}
            """)
        let old = try #require(declarations["Old"])
        #expect(old.name == .topLevel("Old", namespace: "DeprecatedModels"))
        #expect(old.name.reference == "DeprecatedModels.Old")
        #expect(old.deprecation != nil)
        let pages = try #require(declarations["Pages"])
        #expect(pages.typeAlias?.target == .array(.named(.topLevel("PagesElementItem"))))
        #expect(pages.nested.map(\.name) == [.topLevel("PagesElementItem")])
    }

    @Test func namesThatGeneratedCodeDeclaresOrUsesAreNeverTaken() throws {
        let declarations = try Self.translate(
            """
            FieldTable:
              type: object
              properties:
                equal_values: {type: string}
                additionalProperties: {type: string}
                default: {type: string}
                self: {type: string}
            Mode:
              type: string
              enum: [unknown, tags, rawValue, ok]
            """)
        #expect(declarations["FieldTableModel"] != nil)
        let properties = try #require(declarations["FieldTableModel"]?.structure?.properties)
        #expect(properties.map(\.name.plain) == ["equalValuesValue", "additionalPropertiesValue", "default", "self"])
        #expect(properties.map(\.name.escaped) == ["equalValuesValue", "additionalPropertiesValue", "`default`", "`self`"])
        #expect(properties.map(\.name.parameter) == ["equalValuesValue", "additionalPropertiesValue", "`default`", "self_"])
        #expect(declarations["Mode"]?.openEnum?.cases.map(\.name.plain) == ["unknownValue", "tagsValue", "rawValueValue", "ok"])
    }

    @Test func unionsThatContainThemselvesAreIndirect() throws {
        let declarations = try Self.translate(
            """
            Tree:
              oneOf:
                - {$ref: '#/components/schemas/Leaf'}
                - {$ref: '#/components/schemas/Node'}
            Leaf: {type: object, properties: {value: {type: string}}}
            Node: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}
            Flat:
              oneOf:
                - {$ref: '#/components/schemas/Leaf'}
                - {type: string}
            """)
        #expect(declarations["Tree"]?.union?.isIndirect == true)
        #expect(declarations["Flat"]?.union?.isIndirect == false)
    }
}
