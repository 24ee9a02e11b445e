import Foundation

/// Where a command's report goes. The human table always prints; with `--json` one JSON object (one line, sorted
/// snake_case keys) goes to stdout for tools and the table moves to stderr. When stdout carries data (the page),
/// both reports go to stderr.
struct ReportOutput {
    var json: Bool
    var stdoutCarriesData = false

    func emit(table: String, report: some Encodable) throws {
        try emit(table: table, jsonLine: json ? Self.encoder().encode(report) : Data())
    }

    /// `jsonLine` is written as given (only when `--json` was asked for).
    func emit(table: String, jsonLine: Data) {
        let tableStream: Console.Stream = json || stdoutCarriesData ? .standardError : .standardOutput
        Console.write(table, to: tableStream)
        guard json else { return }
        var line = jsonLine
        if line.last != UInt8(ascii: "\n") { line.append(UInt8(ascii: "\n")) }
        Console.write(line, to: stdoutCarriesData ? .standardError : .standardOutput)
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }
}
