import Foundation

/// `letta-bench page`: writes the generated benchmark page, verified first, to a file or stdout.
struct PageCommand {
    static let usage = "letta-bench page [--messages N] [--output FILE] [--json]"

    var messageCount: Int
    var outputPath: String?
    var output: ReportOutput

    init(_ arguments: inout ArgumentScanner) throws(UsageError) {
        messageCount = try arguments.integerOption("--messages", minimum: 1) ?? GeneratedPage.defaultMessageCount
        outputPath = try arguments.option("--output")
        output = ReportOutput(json: arguments.flag("--json"), stdoutCarriesData: outputPath == nil)
    }

    struct Report: Encodable {
        var command = "page"
        var machine: MachineDescription
        var messages: Int
        var bytes: Int
        var fingerprint: String
        var seed: String
        var output: String
        var verification: PageVerification
    }

    func run() throws {
        let page = GeneratedPage(messageCount: messageCount)
        let verification = try PageVerification.verify(page.data, strict: true)
        if let outputPath {
            do {
                try page.data.write(to: URL(fileURLWithPath: outputPath), options: .atomic)
            } catch {
                throw BenchFailure("cannot write \(outputPath): \(error.localizedDescription)")
            }
        } else {
            Console.write(page.data, to: .standardOutput)
        }

        let report = Report(
            machine: .current(),
            messages: verification.messages,
            bytes: page.data.count,
            fingerprint: GeneratedPage.fingerprint(page.data),
            seed: "0x" + String(MessagePageBuilder.defaultSeed, radix: 16),
            output: outputPath ?? "-",
            verification: verification
        )
        try output.emit(table: table(report, verification), report: report)
    }

    private func table(_ report: Report, _ verification: PageVerification) -> String {
        var summary = TextTable(["page", ""])
        summary.add(["output", report.output == "-" ? "stdout" : report.output])
        summary.add(["messages", NumberText.grouped(report.messages)])
        summary.add(["bytes", NumberText.grouped(report.bytes) + " (" + NumberText.mebibytes(UInt64(report.bytes)) + " MiB)"])
        summary.add(["fingerprint (FNV-1a 64)", report.fingerprint])
        summary.add(["verified", "decodes, round-trips, no unknowns"])
        var types = TextTable(["message_type", "count"])
        for (type, count) in verification.messageTypeSummary {
            types.add([type, NumberText.grouped(count)])
        }
        return report.machine.summaryLine + "\n\n" + summary.rendered() + "\n" + types.rendered()
    }
}
