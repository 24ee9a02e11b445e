/// Structs: stored properties, constants, unknown keys, memberwise init and hand-written Codable.
extension SwiftRenderer {
    func storageName(_ property: PropertyDeclaration) -> String {
        property.deprecation == nil ? SwiftNames.escapedMember(property.swiftName) : "_" + property.swiftName
    }

    func renderStruct(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.documentation(structure.documentation)
        printer.block("\(accessLevel) struct \(structure.name): Codable, Hashable, Sendable, JSONFastDecodable, JSONFastEncodable") { printer in
            for constant in structure.constants {
                var lines = constant.documentation
                if !lines.isEmpty { lines.append("") }
                lines.append("Always `\(constant.value)` on the wire for this type; written on encode, checked on decode.")
                printer.documentation(lines)
                printer.line("\(accessLevel) static let \(SwiftNames.escapedMember(constant.swiftName)) = \(SwiftLiteral.string(constant.value))")
                printer.line()
            }
            for property in structure.properties {
                printer.documentation(property.documentation)
                if let deprecation = property.deprecation {
                    printer.line(availability(deprecation))
                    printer.block("\(accessLevel) var \(SwiftNames.escapedMember(property.swiftName)): \(typeText(property.type))") { printer in
                        printer.line("get { \(storageName(property)) }")
                        printer.line("set { \(storageName(property)) = newValue }")
                    }
                    printer.line("var \(storageName(property)): \(typeText(property.type))")
                } else {
                    printer.line("\(accessLevel) var \(storageName(property)): \(typeText(property.type))")
                }
                printer.line()
            }
            printer.documentation(["Keys the API description does not list, kept so they are written back unchanged."])
            printer.line("\(accessLevel) var additionalProperties: [String: JSONValue]")
            printer.line()
            renderMemberwiseInit(structure, into: &printer)
            printer.line()
            renderKnownKeys(structure, into: &printer)
            printer.line()
            renderStructDecoding(structure, into: &printer)
            printer.line()
            renderStructEncoding(structure, into: &printer)
            printer.line()
            renderStructEquality(structure, into: &printer)
            printer.line()
            renderStructFastDecoding(structure, into: &printer)
            printer.line()
            renderStructFastEncoding(structure, into: &printer)
            renderNested(structure.nested, into: &printer)
        }
    }

    private func renderMemberwiseInit(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        let parameters = structure.properties.map(parameter) + ["additionalProperties: [String: JSONValue] = [:]"]
        printer.line("\(accessLevel) init(")
        printer.indented { printer in
            for (index, parameter) in parameters.enumerated() {
                printer.line(parameter + (index == parameters.count - 1 ? "" : ","))
            }
        }
        printer.block(")") { printer in
            for property in structure.properties {
                printer.line("self.\(storageName(property)) = \(SwiftNames.escapedMember(property.swiftName))")
            }
            printer.line("self.additionalProperties = additionalProperties")
        }
    }

    /// Known wire names; everything else in the object is kept in `additionalProperties`. Keys are
    /// `StringCodingKey`s with the wire name, so one container serves known and unknown keys alike.
    private func renderKnownKeys(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        let wireNames = structure.constants.map(\.wireName) + structure.properties.map(\.wireName)
        printer.line("private static let knownKeys: Set<String> = \(SwiftLiteral.stringSet(wireNames))")
    }

    private func renderStructDecoding(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) init(from decoder: any Decoder) throws") { printer in
            printer.line("try self.init(decodingFrom: decoder.container(keyedBy: StringCodingKey.self))")
        }
        printer.line()
        printer.documentation(["Decodes from the object's container; unions pass theirs, so each object is read once."])
        printer.block("init(decodingFrom container: KeyedDecodingContainer<StringCodingKey>) throws") { printer in
            for constant in structure.constants {
                let key = SwiftLiteral.string(constant.wireName)
                printer.line(
                    "try container.decodeConstant(Self.\(SwiftNames.escapedMember(constant.swiftName)), acceptedAliases: \(SwiftLiteral.stringSet(constant.acceptedAliases)), forKey: \(key))"
                )
            }
            for property in structure.properties {
                let key = SwiftLiteral.string(property.wireName)
                let target = "self.\(storageName(property))"
                switch property.type {
                case .date:
                    printer.line("\(target) = try container.decodeRFC3339Date(forKey: \(key))")
                case .optional(.date):
                    printer.line("\(target) = try container.decodeRFC3339DateIfPresent(forKey: \(key))")
                case .optional(.nullable(let wrapped)):
                    printer.line("\(target) = try container.decodeNullableIfPresent(\(typeText(wrapped)).self, forKey: \(key))")
                case .optional(let wrapped):
                    printer.line("\(target) = try container.decodeIfPresent(\(typeText(wrapped)).self, forKey: \(key))")
                default:
                    printer.line("\(target) = try container.decode(\(typeText(property.type)).self, forKey: \(key))")
                }
            }
            printer.line("self.additionalProperties = try AdditionalProperties.decode(from: container, knownKeys: Self.knownKeys)")
        }
    }

    private func renderStructEncoding(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) func encode(to encoder: any Encoder) throws") { printer in
            printer.line("var container = encoder.container(keyedBy: StringCodingKey.self)")
            for constant in structure.constants {
                printer.line("try container.encode(Self.\(SwiftNames.escapedMember(constant.swiftName)), forKey: \(SwiftLiteral.string(constant.wireName)))")
            }
            for property in structure.properties {
                let key = SwiftLiteral.string(property.wireName)
                // `self.`: a property may be called `container` or `encoder`.
                let value = "self." + storageName(property)
                switch property.type {
                case .date:
                    printer.line("try container.encodeRFC3339Date(\(value), forKey: \(key))")
                case .optional(.date):
                    printer.line("try container.encodeRFC3339DateIfPresent(\(value), forKey: \(key))")
                case .optional(.nullable):
                    printer.line("try container.encodeNullableIfPresent(\(value), forKey: \(key))")
                case .optional:
                    printer.line("try container.encodeIfPresent(\(value), forKey: \(key))")
                default:
                    printer.line("try container.encode(\(value), forKey: \(key))")
                }
            }
            printer.line("try AdditionalProperties.encode(self.additionalProperties, to: &container, excludingKnownKeys: Self.knownKeys)")
        }
    }

    /// `==` as one `guard` per property through `equalValues` (see there): the synthesized `==` was half of the
    /// type-checking time of the whole upstream document's models. `hash(into:)` stays synthesized.
    func renderStructEquality(_ structure: StructDeclaration, into printer: inout CodePrinter) {
        printer.block("\(accessLevel) static func == (lhs: \(structure.name), rhs: \(structure.name)) -> Bool") { printer in
            for property in structure.properties {
                let storage = storageName(property)
                printer.line("guard equalValues(lhs.\(storage), rhs.\(storage)) else { return false }")
            }
            printer.line("return equalValues(lhs.additionalProperties, rhs.additionalProperties)")
        }
    }
}
