import Foundation

/// Number spellings for the human tables (the JSON keeps plain numbers). `String(format:)` keeps them
/// locale-independent on Linux.
enum NumberText {
    static func fixed(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func gibibytes(_ bytes: UInt64) -> String {
        fixed(Double(bytes) / 1_073_741_824, digits: 1)
    }

    static func mebibytes(_ bytes: UInt64) -> String {
        fixed(Double(bytes) / 1_048_576, digits: 1)
    }

    /// `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// Rounded for the JSON report, where 15 significant digits of noise help no one.
    static func rounded(_ value: Double, digits: Int = 3) -> Double {
        let scale = pow(10, Double(digits))
        return (value * scale).rounded() / scale
    }
}
