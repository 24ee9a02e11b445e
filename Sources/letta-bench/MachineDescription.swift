import Foundation

/// The machine a result was measured on, printed with every result: numbers from different machines are not
/// comparable, and a debug build's numbers are not worth comparing at all.
struct MachineDescription: Encodable {
    var cpuModel: String
    /// `ProcessInfo.activeProcessorCount`: the cores this process may use.
    var cores: Int
    var physicalMemoryBytes: UInt64
    var operatingSystem: String
    /// `release` or `debug` (`-Onone`): only release numbers mean anything.
    var buildConfiguration: String

    static func current() -> MachineDescription {
        let info = ProcessInfo.processInfo
        return MachineDescription(
            cpuModel: cpuModel(),
            cores: info.activeProcessorCount,
            physicalMemoryBytes: info.physicalMemory,
            operatingSystem: info.operatingSystemVersionString,
            buildConfiguration: buildConfiguration
        )
    }

    /// One line for the human tables.
    var summaryLine: String {
        "machine: \(cpuModel) · \(cores) core\(cores == 1 ? "" : "s") · "
            + "\(NumberText.gibibytes(physicalMemoryBytes)) GiB RAM · \(operatingSystem) · \(buildConfiguration) build"
    }

    #if DEBUG
    static let buildConfiguration = "debug"
    #else
    static let buildConfiguration = "release"
    #endif

    /// `model name` from /proc/cpuinfo (x86); ARM kernels name the part elsewhere or not at all.
    private static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return fallbackModel }
        for key in ["model name", "Hardware", "Processor", "cpu model"] {
            for line in text.split(separator: "\n") where line.hasPrefix(key) {
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2 {
                    let value = parts[1].trimmingCharacters(in: .whitespaces)
                    if !value.isEmpty { return value }
                }
            }
        }
        return fallbackModel
    }

    #if arch(x86_64)
    private static let fallbackModel = "unknown x86_64"
    #elseif arch(arm64)
    private static let fallbackModel = "unknown arm64"
    #else
    private static let fallbackModel = "unknown"
    #endif
}
