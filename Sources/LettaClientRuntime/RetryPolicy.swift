import Foundation
import HTTPTypes

/// When a failed attempt is repeated, and after how long: the official SDKs' rules, so a Swift client behaves under
/// load as the Python and TypeScript ones do.
enum RetryPolicy {
    /// The first backoff delay, doubled on each retry.
    static let initialDelay = 0.5
    /// The longest backoff delay.
    static let maximumDelay = 8.0
    /// A server's `Retry-After` longer than this is ignored (the backoff is used instead), not obeyed.
    static let longestRetryAfter = 60.0

    /// Whether a response with this status and these headers is worth another attempt: `x-should-retry: true` or
    /// `false` decides when present; else 408 (request timeout), 409 (a lock held by another request), 429 (rate
    /// limit) and every 5xx are.
    static func shouldRetry(status: Int, headers: HTTPFields) -> Bool {
        switch headers[shouldRetryHeader] {
        case "true": return true
        case "false": return false
        default: return status == 408 || status == 409 || status == 429 || status >= 500
        }
    }

    /// The wait before retry number `retry` (0 for the first): what the server asked for (`retry-after-ms`, else
    /// `retry-after` as seconds or an HTTP date) when that is more than 0 and at most 60 s, exactly; else
    /// min(0.5 · 2^retry, 8) s shortened by up to a quarter at random, so clients that failed together do not come
    /// back together.
    static func delay(
        retry: Int, headers: HTTPFields?, now: Date = Date(), random: () -> Double = { Double.random(in: 0..<1) }
    ) -> Duration {
        if let headers, let asked = requestedDelay(headers, now: now), asked > 0, asked <= longestRetryAfter {
            return .milliseconds(Int64((asked * 1000).rounded()))
        }
        let backoff = min(initialDelay * pow(2, Double(min(retry, 1000))), maximumDelay)
        let jittered = max(backoff * (1 - 0.25 * random()), 0)
        return .microseconds(Int64((jittered * 1_000_000).rounded()))
    }

    /// What the server asked for, in seconds, or nil when it said nothing readable.
    static func requestedDelay(_ headers: HTTPFields, now: Date) -> Double? {
        if let milliseconds = headers[retryAfterMillisecondsHeader].flatMap({ Double($0.trimmed) }), milliseconds.isFinite {
            return milliseconds / 1000
        }
        guard let retryAfter = headers[.retryAfter]?.trimmed else { return nil }
        if let seconds = Double(retryAfter), seconds.isFinite { return seconds }
        return httpDate(retryAfter).map { $0.timeIntervalSince(now) }
    }

    /// An HTTP date (RFC 9110: `Sun, 06 Nov 1994 08:49:37 GMT`, and the obsolete RFC 850 and asctime forms).
    static func httpDate(_ text: String) -> Date? {
        for format in httpDateFormats {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    private static let httpDateFormats = ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"]
    private static let shouldRetryHeader = HTTPField.Name("x-should-retry")!
    private static let retryAfterMillisecondsHeader = HTTPField.Name("retry-after-ms")!
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
