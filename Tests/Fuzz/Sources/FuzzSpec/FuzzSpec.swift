@_spi(Tooling) import LettaCodegen

/// One spec from the fuzzer: every problem must be a diagnostic inside the document, never a crash or a hang.
/// References to other files are turned off, so nothing outside the input is read. A document in plain JSON must
/// load to the same tree through the JSON reader as through libyaml.
func fuzzSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Lines as YAML counts them: LF, CR, CRLF, NEL, LS and PS each end one.
    var lineCount = 1
    var index = 0
    while index < bytes.count {
        switch bytes[index] {
        case 0x0A: lineCount += 1
        case 0x0D:
            lineCount += 1
            if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
        case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85:
            lineCount += 1
            index += 1
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            lineCount += 1
            index += 2
        default: break
        }
        index += 1
    }
    func check(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            let location = diagnostic.location
            guard location.file == "fuzz.yaml", location.line >= 1, location.line <= lineCount, location.column >= 1 else {
                fatalError("diagnostic outside the document: \(diagnostic)")
            }
        }
    }
    if !JSONReaderOracle.libYAMLAgrees(on: bytes) {
        fatalError("JSONEventReader and libyaml load different trees")
    }
    do {
        let output = try ModelGenerator().generate(contents: bytes, path: "fuzz.yaml", readsReferencedFiles: false)
        check(output.diagnostics)
        for (path, text) in output.files where text.isEmpty {
            fatalError("generated an empty file: \(path)")
        }
    } catch {
        check(error.diagnostics)
        if error.diagnostics.isEmpty { fatalError("an error without a diagnostic") }
    }
    return 0
}
