import Foundation
import Testing
@testable import LettaCodegen

/// Without a config (or one without `module:`), the CLI names the module after the spec's title.
@Suite struct DefaultModuleNameTests {
    @Test func theModuleIsNamedAfterTheSpecTitle() {
        #expect(ModelGenerator.moduleName(forTitle: "Together APIs") == "TogetherAPIs")
        #expect(ModelGenerator.moduleName(forTitle: "Mistral AI API") == "MistralAIAPI")
        #expect(ModelGenerator.moduleName(forTitle: "2nd api") == "_2ndAPI")
        #expect(ModelGenerator.moduleName(forTitle: "—") == "Models")
        #expect(ModelGenerator.moduleName(forTitle: nil) == "Models")
    }
}
