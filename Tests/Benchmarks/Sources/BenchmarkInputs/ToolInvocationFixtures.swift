@_spi(Tooling) import LettaCodegen

/// One tool call and what it returned, before it is spread over a tool call (or approval request) message and a
/// tool return message: arguments are JSON inside a JSON string, returns a few hundred characters.
struct ToolInvocation {
    var name: String
    var arguments: String
    var toolCallID: String
    var returnText: String
    var succeeded: Bool
    var stdout: [String]?
    var stderr: [String]?

    var toolCallJSON: OrderedJSON {
        .members([("name", .string(name)), ("arguments", .string(arguments)), ("tool_call_id", .string(toolCallID))])
    }
}

/// The tools a Letta agent calls most (memory, search, code), with realistic arguments and returns.
enum ToolInvocationFixtures {
    static func make(using random: inout SplitMix64) -> ToolInvocation {
        let toolCallID =
            random.chance(50)
            ? "call_" + random.alphanumeric(count: 24)
            : "toolu_01" + random.alphanumeric(count: 22)
        switch random.int(in: 0...9) {
        case 0, 1, 2: return webSearch(toolCallID, &random)
        case 3, 4: return archivalMemorySearch(toolCallID, &random)
        case 5: return conversationSearch(toolCallID, &random)
        case 6, 7: return memoryReplace(toolCallID, &random)
        case 8: return runCode(toolCallID, &random)
        default: return fetchWebpage(toolCallID, &random)
        }
    }

    private static func webSearch(_ toolCallID: String, _ random: inout SplitMix64) -> ToolInvocation {
        let query = random.pick(MessageTextCorpus.searchQueries)
        let count = random.chance(40) ? 2 : 1
        let arguments = OrderedJSON.members([("query", .string(query)), ("num_results", .integer(count))])
        let results = OrderedJSON.array(
            (0..<count).map { index in
                .members([
                    ("title", .string(random.pick(MessageTextCorpus.assistantReplies).prefixWords(8))),
                    ("url", .string("https://docs.example.com/\(query.replacingSpaces(with: "-"))/\(index + 1)")),
                    ("snippet", .string(random.pick(MessageTextCorpus.assistantReplies))),
                ])
            })
        return ToolInvocation(
            name: "web_search", arguments: arguments.text, toolCallID: toolCallID,
            returnText: results.text, succeeded: true, stdout: nil, stderr: nil
        )
    }

    private static func archivalMemorySearch(_ toolCallID: String, _ random: inout SplitMix64) -> ToolInvocation {
        let query = random.pick(MessageTextCorpus.searchQueries)
        let arguments = OrderedJSON.members([("query", .string(query)), ("page", .integer(0))])
        let passages = OrderedJSON.array(
            (0..<(random.chance(30) ? 2 : 1)).map { _ in
                .members([
                    (
                        "timestamp",
                        .string("2026-03-\(10 + random.int(in: 0...18)) 1\(random.int(in: 0...9)):0\(random.int(in: 0...9)):00 UTC+0000")
                    ),
                    ("content", .string(random.pick(MessageTextCorpus.summaries))),
                ])
            })
        return ToolInvocation(
            name: "archival_memory_search", arguments: arguments.text, toolCallID: toolCallID,
            returnText: passages.text, succeeded: true, stdout: nil, stderr: nil
        )
    }

    private static func conversationSearch(_ toolCallID: String, _ random: inout SplitMix64) -> ToolInvocation {
        let query = random.pick(MessageTextCorpus.searchQueries)
        let arguments = OrderedJSON.members([("query", .string(query)), ("limit", .integer(5))])
        let found = random.int(in: 0...3)
        let lines = (0..<found).map { _ in "- user: " + random.pick(MessageTextCorpus.userRequests) }
        let text =
            found == 0
            ? "No results found for “\(query)”."
            : "Showing \(found) of \(found) results:\n" + lines.joined(separator: "\n")
        return ToolInvocation(
            name: "conversation_search", arguments: arguments.text, toolCallID: toolCallID,
            returnText: text, succeeded: true, stdout: nil, stderr: nil
        )
    }

    private static func memoryReplace(_ toolCallID: String, _ random: inout SplitMix64) -> ToolInvocation {
        let label = random.chance(70) ? "human" : "persona"
        let arguments = OrderedJSON.members([
            ("label", .string(label)),
            ("old_str", .string("Prefers: short answers")),
            (
                "new_str",
                .string(
                    "Prefers: short answers, bullet lists for status updates, \(random.pick(["no emoji", "metric units", "24-hour times"]))"
                )
            ),
        ])
        let succeeded = random.chance(90)
        let text =
            succeeded
            ? "The core memory block with label `\(label)` has been edited. Review the changes and make sure they are as expected (correct indentation, no duplicate lines, etc). Edit the memory block again if necessary."
            : "ValueError: No replacement was performed, old_str `Prefers: short answers` did not appear verbatim in memory block with label `\(label)`."
        return ToolInvocation(
            name: "memory_replace", arguments: arguments.text, toolCallID: toolCallID,
            returnText: text, succeeded: succeeded, stdout: nil,
            stderr: succeeded
                ? nil
                : [
                    "Traceback (most recent call last):", "  File \"memory.py\", line 88, in memory_replace",
                    "ValueError: old_str not found",
                ]
        )
    }

    private static func runCode(_ toolCallID: String, _ random: inout SplitMix64) -> ToolInvocation {
        let rate = random.pick([5, 7, 10])
        let code =
            "import pandas as pd\ndf = pd.read_csv(\"invoices_2026_03.csv\")\ndf[\"total\"] = df[\"amount\"] * (1 - \(rate) / 100)\nprint(df[\"total\"].sum())"
        let arguments = OrderedJSON.members([("code", .string(code)), ("language", .string("python"))])
        let stdout = (0..<random.int(in: 2...3)).map { _ in random.pick(MessageTextCorpus.toolOutputLines) }
        let result = OrderedJSON.members([
            ("status", .string("OK")),
            ("message", .string(stdout.last ?? "")),
            ("time", .string("2026-03-31 09:\(random.int(in: 10...59)):\(random.int(in: 10...59)) AM UTC+0000")),
        ])
        return ToolInvocation(
            name: "run_code", arguments: arguments.text, toolCallID: toolCallID,
            returnText: result.text, succeeded: true, stdout: stdout, stderr: []
        )
    }

    private static func fetchWebpage(_ toolCallID: String, _ random: inout SplitMix64) -> ToolInvocation {
        let query = random.pick(MessageTextCorpus.searchQueries)
        let url = "https://example.org/articles/\(query.replacingSpaces(with: "_"))"
        let arguments = OrderedJSON.members([("url", .string(url))])
        let paragraphs = (0..<1).map { _ in random.pick(MessageTextCorpus.assistantReplies) }
        return ToolInvocation(
            name: "fetch_webpage", arguments: arguments.text, toolCallID: toolCallID,
            returnText: "# \(query)\n\n" + paragraphs.joined(separator: "\n\n"), succeeded: true, stdout: nil, stderr: nil
        )
    }
}

extension String {
    fileprivate func prefixWords(_ count: Int) -> String {
        split(separator: " ").prefix(count).joined(separator: " ")
    }

    fileprivate func replacingSpaces(with separator: String) -> String {
        split(separator: " ").joined(separator: separator)
    }
}
