import Foundation

/// Resident memory of this process from /proc/self/status (Linux). `VmHWM` is the high-water mark of the whole
/// process since it started, so a peak measured for one task is only that task's peak in a fresh process:
/// `Scripts/bench` runs `letta-bench generate` once per spec.
enum ProcessMemory {
    /// `VmHWM`: peak resident set size, in bytes; nil where /proc is not available.
    static func peakResidentBytes() -> UInt64? {
        statusValue("VmHWM")
    }

    /// `VmRSS`: current resident set size, in bytes.
    static func currentResidentBytes() -> UInt64? {
        statusValue("VmRSS")
    }

    /// A `Name:   1234 kB` line, in bytes.
    private static func statusValue(_ name: String) -> UInt64? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(name + ":") {
            // `VmHWM:\t  123456 kB`: a tab, then padding spaces.
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let kilobytes = UInt64(fields[1]) else { return nil }
            return kilobytes * 1024
        }
        return nil
    }
}
