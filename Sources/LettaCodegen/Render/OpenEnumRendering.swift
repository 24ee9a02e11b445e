/// Open string enums: known cases, `unknown(String)`, equality by raw value.
extension SwiftRenderer {
    /// The model: the known cases, `unknown`, the list of known cases and the raw values.
    func renderOpenEnumModel(_ declaration: Declaration, _ openEnum: OpenEnumDeclaration, into printer: inout CodePrinter) {
        printer.documentation(declaration.documentation)
        let name = declaration.name.name
        printer.block("\(accessLevel) enum \(name): RawRepresentable, \(Self.conformances)") { printer in
            for enumCase in openEnum.cases {
                printer.line("case \(enumCase.name.escaped)")
            }
            printer.documentation(["A value this version does not know, kept as sent."])
            printer.line("case unknown(String)")
            printer.line()
            printer.documentation(["Every value the API description lists, in its order."])
            let known = openEnum.cases.map { "." + $0.name.escaped }.joined(separator: ", ")
            printer.line("\(accessLevel) static let knownCases: [\(name)] = [\(known)]")
            printer.line()
            printer.block("\(accessLevel) init(rawValue: String)") { printer in
                printer.line("switch rawValue {")
                for enumCase in openEnum.cases {
                    printer.line("case \(SwiftLiteral.string(enumCase.rawValue)): self = .\(enumCase.name.escaped)")
                }
                printer.line("default: self = .unknown(rawValue)")
                printer.line("}")
            }
            printer.line()
            printer.block("\(accessLevel) var rawValue: String") { printer in
                printer.line("switch self {")
                for enumCase in openEnum.cases {
                    printer.line("case .\(enumCase.name.escaped): \(SwiftLiteral.string(enumCase.rawValue))")
                }
                printer.line("case .unknown(let value): value")
                printer.line("}")
            }
        }
    }

    /// The support: the entry points, the decoding and encoding bodies (the raw value), equality and hashing by
    /// raw value.
    func renderOpenEnumSupport(into printer: inout CodePrinter) {
        renderEntryPoints(into: &printer)
        printer.line()
        printer.block("init<Reader: ModelReader>(readingWith reader: inout Reader) throws") { printer in
            printer.line("self.init(rawValue: try reader.readString())")
        }
        printer.line()
        printer.block("func write<Writer: ModelWriter>(with writer: inout Writer) throws(Writer.Failure)") { printer in
            printer.line("try writer.writeString(rawValue)")
        }
        printer.line()
        printer.documentation(["`.unknown(\"x\")` equals the known case whose raw value is `x`."])
        printer.block("\(accessLevel) static func == (lhs: Self, rhs: Self) -> Bool") { printer in
            printer.line("equalValues(lhs.rawValue, rhs.rawValue)")
        }
        printer.line()
        printer.block("\(accessLevel) func hash(into hasher: inout Hasher)") { printer in
            printer.line("hasher.combine(rawValue)")
        }
    }
}
