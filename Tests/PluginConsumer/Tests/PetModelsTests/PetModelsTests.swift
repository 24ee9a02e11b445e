import Foundation
import LettaCodegenRuntime
import PetModels
import Testing

@Suite struct PetModelsTests {
    @Test func householdRoundTrips() throws {
        let json = #"""
            {"favourite":"axolotl","pets":[{"indoor":false,"kind":"cat","name":"Tom"},{"adopted_at":"2024-08-28T22:34:23.435997+00:00","kind":"dog","name":"Rex","nickname":null},{"kind":"parrot","name":"Polly"}]}
            """#
        let household = try JSONDecoder().decode(Household.self, from: Data(json.utf8))
        #expect(household.favourite == .unknown("axolotl"))
        guard household.pets.count == 3, case .cat(let cat) = household.pets[0], case .dog(let dog) = household.pets[1],
            case .unknown(let parrot) = household.pets[2]
        else {
            Issue.record("unexpected pets: \(household.pets)")
            return
        }
        #expect(cat.name == "Tom")
        #expect(cat.indoor == false)
        #expect(dog.nickname == nil)
        #expect(dog.adoptedAt == Date(timeIntervalSince1970: 1_724_884_463.435997))
        #expect(parrot.discriminator == "parrot")

        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let encoded = String(decoding: try encoder.encode(household), as: UTF8.self)
        #expect(
            encoded == #"""
                {"favourite":"axolotl","pets":[{"indoor":false,"kind":"cat","name":"Tom"},{"adopted_at":"2024-08-28T22:34:23.435997Z","kind":"dog","name":"Rex"},{"kind":"parrot","name":"Polly"}]}
                """#)
        #expect(household.petNames == ["Tom", "Rex", "Polly"])
        #expect(PetModelsRegistry.typeNames == ["Species", "Cat", "Dog", "Pet", "Toy", "Gauge", "Household"])
    }

    @Test func propertiesNamedLikeGeneratedLocalsRoundTrip() throws {
        let json = #"{"container":"c","decoder":"d","default":true,"encoder":"e","key":"k","reader":"r","value":3,"writer":"w"}"#
        let toy = try JSONDecoder().decode(Toy.self, from: Data(json.utf8))
        #expect(toy.key == "k")
        #expect(toy.writer == "w")
        #expect(toy.default == true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(String(decoding: try encoder.encode(toy), as: UTF8.self) == json)
        #expect(try JSONReader.decode(Toy.self, from: Data(json.utf8)) == toy)
        #expect(try JSONDecoder().decode(Toy.self, from: JSONWriter.encode(toy)) == toy)
    }

    @Test(arguments: [
        #"{"reading":["a","b"],"amount":2,"taken_at":["2024-01-01T00:00:00Z"],"json_reader":{"depth":1}}"#,
        #"{"reading":[1,2],"amount":2.5}"#,
        #"{"reading":[[1],[2,3]]}"#,
    ])
    func everyPathAgreesOnTrickyShapes(json: String) throws {
        let data = Data(json.utf8)
        let codable = try JSONDecoder().decode(Gauge.self, from: data)
        #expect(try JSONReader.decode(Gauge.self, from: data) == codable)
        #expect(try JSONDecoder().decode(Gauge.self, from: JSONWriter.encode(codable)) == codable)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try JSONDecoder().decode(Gauge.self, from: encoder.encode(codable)) == codable)
    }

    @Test func casesAreChosenByShape() throws {
        let strings = try JSONReader.decode(Gauge.self, from: Data(#"{"reading":["a"],"amount":1.5}"#.utf8))
        #expect(strings.reading == .strings(["a"]))
        #expect(strings.amount == .number(1.5))
        let nested = try JSONDecoder().decode(Gauge.self, from: Data(#"{"reading":[[1]],"amount":3}"#.utf8))
        #expect(nested.amount == .integer(3))
        #expect(nested.takenAt == nil)
    }
}
