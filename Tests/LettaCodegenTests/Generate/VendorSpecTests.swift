import CodegenTestSupport
import Foundation
import Testing
@testable import LettaCodegen

/// Specs other people wrote generate without errors and lose no property (compiling them is `Scripts/compile-specs`).
@Suite struct VendorSpecTests {
    @Test(arguments: SharedDocument.specsWeDidNotWrite)
    func everyPropertyOfEveryObjectSchemaIsKept(_ spec: SharedDocument) throws {
        let document = try SpecLoader().load(path: spec.path).document
        let output = ModelTranslator().translate(document)
        #expect(output.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let declarations = Dictionary(
            output.files.map { ($0.declaration.name.name, $0.declaration) }, uniquingKeysWith: { first, _ in first })
        let context = TranslationContext(document: document, configuration: CodegenConfiguration())
        var objects = 0
        var missing: [String] = []
        for named in document.schemas where !context.names.isCollapsed(named) {
            guard case .object(let object) = context.shape(of: named.schema).shape else { continue }
            objects += 1
            let name = context.names.typeName(for: named).name
            guard let structure = declarations[name]?.structure else {
                missing.append("\(named.name): no struct \(name)")
                continue
            }
            let generated = Set(structure.constants.map(\.wireName) + structure.properties.map(\.wireName))
            for property in context.mergedObject(object).properties where !generated.contains(property.name) {
                missing.append("\(named.name).\(property.name)")
            }
        }
        #expect(objects >= spec.minimumObjects)
        #expect(missing == [])
    }
}
