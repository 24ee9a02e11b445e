import Foundation
import LettaCodegen

/// `letta-bench generate`: in-process time of the whole generator pipeline (load → validate → translate → render,
/// no writing) for one spec, and the process's peak resident memory. The peak is process-wide, so run one spec
/// per process (`Scripts/bench` does).
struct GenerateCommand {
    static let usage = "letta-bench generate [--spec PATH] [--config FILE] [--iterations N] [--json]"

    var specPath: String
    var configPath: String?
    var iterations: Int
    var output: ReportOutput

    init(_ arguments: inout ArgumentScanner) throws(UsageError) {
        specPath = try arguments.option("--spec") ?? "spec/letta.yaml"
        configPath = try arguments.option("--config")
        iterations = try arguments.integerOption("--iterations", minimum: 1) ?? 10
        output = ReportOutput(json: arguments.flag("--json"))
    }

    struct Report: Encodable {
        var command = "generate"
        var machine: MachineDescription
        var spec: String
        var specBytes: Int
        /// The codegen config used, or `default` for `CodegenConfiguration()`.
        var config: String
        var typeCount: Int
        var fileCount: Int
        var outputBytes: Int
        var warnings: Int
        var iterations: Int
        /// The first run, cold (included in `milliseconds` too).
        var firstRunMilliseconds: Double
        var milliseconds: Spread
        var residentBytesBefore: UInt64?
        var peakResidentBytes: UInt64?
    }

    func run() throws {
        let (configuration, configName) = try loadConfiguration()
        let generator = ModelGenerator(configuration: configuration)
        let residentBefore = ProcessMemory.currentResidentBytes()
        var generated: ModelGenerator.Output?
        var failure: DiagnosticsError?
        let samples = TimingSamples.measure(warmups: 0, iterations: iterations) {
            guard failure == nil else { return }
            do throws(DiagnosticsError) {
                generated = try generator.generate(specPath: specPath, specDisplayName: specPath)
            } catch {
                failure = error
            }
        }
        if let failure { throw BenchFailure("\(specPath) does not generate:\n\(failure.description)") }
        guard let generated else { throw BenchFailure("\(specPath): the generator produced nothing") }

        let specBytes = (try? Data(contentsOf: URL(fileURLWithPath: specPath)))?.count ?? 0
        let report = Report(
            machine: .current(),
            spec: specPath,
            specBytes: specBytes,
            config: configName,
            typeCount: generated.typeCount,
            fileCount: generated.files.count,
            outputBytes: generated.files.values.reduce(0) { $0 + $1.utf8.count },
            warnings: generated.diagnostics.count,
            iterations: iterations,
            firstRunMilliseconds: NumberText.rounded((samples.seconds.first ?? 0) * 1_000),
            milliseconds: samples.milliseconds,
            residentBytesBefore: residentBefore,
            peakResidentBytes: ProcessMemory.peakResidentBytes()
        )
        try output.emit(table: table(report), report: report)
    }

    /// `--config`, else `letta-codegen.yaml` beside the spec (as `letta-codegen generate` does), else the default.
    private func loadConfiguration() throws -> (CodegenConfiguration, String) {
        let beside = ((specPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("letta-codegen.yaml")
        let path = configPath ?? (FileManager.default.fileExists(atPath: beside) ? beside : nil)
        guard let path else { return (CodegenConfiguration(), "default") }
        do {
            return (try CodegenConfiguration.load(path: path), path)
        } catch {
            throw BenchFailure("\(path) is not a valid codegen config:\n\(error.description)")
        }
    }

    private func table(_ report: Report) -> String {
        var table = TextTable(["generate", ""])
        table.add(["spec", "\(report.spec) (\(NumberText.grouped(report.specBytes)) bytes)"])
        table.add(["config", report.config])
        table.add(["output", "\(report.typeCount) types in \(report.fileCount) files, \(NumberText.grouped(report.outputBytes)) bytes"
            + (report.warnings > 0 ? ", \(report.warnings) warnings" : "")])
        table.add(["first run (cold)", NumberText.fixed(report.firstRunMilliseconds, digits: 1) + " ms"])
        table.add(["median (min–max) of \(report.iterations)", report.milliseconds.text(digits: 1) + " ms"])
        table.add(["resident before", report.residentBytesBefore.map { NumberText.mebibytes($0) + " MiB" } ?? "n/a"])
        table.add(["peak resident (VmHWM)", report.peakResidentBytes.map { NumberText.mebibytes($0) + " MiB" } ?? "n/a"])
        return report.machine.summaryLine + "\n\n" + table.rendered()
    }
}
