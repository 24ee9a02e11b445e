/// The sentences page messages are assembled from: what users ask, what agents think and answer, how summaries
/// read. Enough variety that string lengths and escapes vary the way real conversations do (curly quotes, dashes,
/// accented names, newlines in lists, quotes inside tool arguments).
enum MessageTextCorpus {
    static let userRequests = [
        "Can you find the latest release notes for the Postgres driver we use and tell me what changed?",
        "Remind me what we decided about the retry policy for the billing webhook last week.",
        "Please summarize the three most recent support tickets from Acme Corp.",
        "What’s the weather going to be like in Lisbon on Thursday? I’m flying out early.",
        "I need a short status update for the team channel — keep it under five sentences.",
        "Look up the onboarding checklist and add “set up SSO” as the second item.",
        "Why did last night’s ETL job fail? The dashboard only says “exit code 137”.",
        "Draft a polite reply to Zoë declining the Friday meeting but offering Monday instead.",
        "Compare the p95 latency of the search endpoint before and after Tuesday’s deploy.",
        "Store this in your memory: my preferred time zone is Europe/Berlin and I work 9–17.",
        "Can you run the numbers again with a 7% discount instead of 5%?",
        "Which customers are still on the legacy plan, and how many seats do they have in total?",
        "Translate the error message into plain language for a non-technical customer.",
        "Search our docs for how to rotate the API key without downtime.",
        "Ok, go ahead and approve that — but only for the staging environment.",
        "Thanks! Can you also check whether the invoice for March was sent?",
    ]

    static let userFollowUps = [
        "Here is the log excerpt from the failing run.",
        "For context, this is for the quarterly review on Monday.",
        "The customer is on the Enterprise plan, if that matters.",
        "Please keep the tone friendly but concise.",
        "I attached the screenshot from the dashboard.",
        "No rush, end of day is fine.",
    ]

    static let reasoning = [
        "The user wants the most recent information, so I should search rather than rely on what I remember.",
        "I already stored their time zone in core memory; I can use it to interpret “tomorrow morning”.",
        "The previous tool call returned fewer results than expected, so I will broaden the query.",
        "This request changes production settings, which requires approval before I run the tool.",
        "I have enough information to answer now; no further tool calls are needed.",
        "The ticket mentions a 137 exit code, which usually means the process was killed for using too much memory.",
        "Let me check the archival memory for the decision we recorded about webhook retries.",
        "The numbers in the spreadsheet are in cents, so I need to divide by 100 before reporting them.",
        "The user prefers short answers, according to my persona notes, so I will keep this brief.",
        "Two of the three tickets are about the same SSO misconfiguration; I should group them.",
        "I should confirm the date range before running an expensive query over the whole table.",
        "The search results disagree; the changelog is the more authoritative source.",
    ]

    static let assistantReplies = [
        "Here’s what I found.",
        "The release notes list three changes that affect us: connection pooling now defaults to 20, the TLS handshake timeout is configurable, and the deprecated `sslmode=prefer` warning is gone.",
        "Last week we agreed to retry the billing webhook up to five times with exponential backoff, starting at 30 seconds.",
        "The job was killed by the kernel for exceeding its memory limit. The input file was about twice its usual size, so the sort step ran out of memory.",
        "I’ve added “set up SSO” as the second item on the onboarding checklist.",
        "Thursday in Lisbon looks sunny, with a high of 22 °C and a light breeze in the afternoon.",
        "p95 latency went from 182 ms before the deploy to 241 ms after it; the regression comes from the new ranking step.",
        "Done — I saved your time zone (Europe/Berlin) and working hours (9–17) to memory.",
        "With a 7% discount the total comes to $18,414.20, which is $396.00 less than with 5%.",
        "Four customers are still on the legacy plan, with 312 seats between them.",
        "You can rotate the key without downtime by creating the new key first, deploying it, and only then revoking the old one.",
        "The March invoice was sent on April 2nd and has not been paid yet.",
        "Let me know if you’d like me to draft the follow-up email as well.",
        "I couldn’t find anything newer than the February changelog, so this may not include the latest patch.",
    ]

    static let assistantListItems = [
        "- Acme #4812: SSO login loops after the IdP certificate rotation.",
        "- Acme #4815: same SSO issue, reported by a second admin.",
        "- Acme #4820: a CSV export times out for reports over 50k rows.",
        "1. Create the new key in the dashboard.",
        "2. Roll it out to every service and wait for the deploy to finish.",
        "3. Revoke the old key once traffic shows no requests using it.",
    ]

    static let summaries = [
        "The user, Dana, is preparing the quarterly review and asked for latency comparisons, ticket summaries and an onboarding update.",
        "Earlier in the conversation we investigated a failed ETL job (exit code 137, out of memory) and agreed to raise the memory limit to 4 GiB.",
        "Dana prefers short answers, works 9–17 in Europe/Berlin, and asked to be reminded about the invoice follow-ups on Mondays.",
        "Tool calls to web_search and archival_memory_search returned the release notes and the webhook retry decision (five retries, exponential backoff).",
        "An approval was granted to change the staging configuration only; production changes still need explicit confirmation.",
        "Open items: send the status update to the team channel, follow up on the unpaid March invoice, and review the ranking step regression.",
    ]

    static let systemPromptParagraphs = [
        "You are a helpful assistant with long-term memory. You remember important facts about the user across conversations by editing your memory blocks.",
        "Your core memory has two blocks: <persona> describes who you are and how you speak; <human> holds what you know about the person you are talking to.",
        "Use archival memory for facts that do not fit in core memory, and conversation search to recall earlier messages that have been evicted from the context window.",
        "Think step by step before acting. When a tool needs approval, explain why you want to call it and wait for the user’s decision.",
        "<persona>\nI am Sam, a calm and precise operations assistant. I keep answers short unless asked for detail.\n</persona>",
        "<human>\nName: Dana Okafor\nRole: engineering manager\nTime zone: Europe/Berlin\nPrefers: short answers, bullet lists for status updates\n</human>",
        "Memory blocks can hold at most 5000 characters each. When a block is nearly full, summarize older entries instead of deleting them.",
        "Current date and time: Tuesday, March 31, 2026, 09:14 UTC. The conversation so far is shown below; earlier messages may have been summarized.",
    ]

    static let systemNotices = [
        "[System] The memory block <human> was updated by another conversation; re-read it before answering.",
        "[System] The previous request timed out; the user has been notified. Continue from the last tool result.",
        "[System] Context window is 85% full. Older messages will be summarized soon.",
    ]

    static let searchQueries = [
        "postgres driver release notes 2026",
        "billing webhook retry policy decision",
        "Acme Corp support tickets",
        "Lisbon weather forecast Thursday",
        "rotate API key without downtime",
        "legacy plan customers seat count",
        "ETL job exit code 137 memory",
    ]

    static let toolOutputLines = [
        "Loaded 18,204 rows from invoices_2026_03.csv",
        "Applying discount of 7% to 42 line items",
        "Subtotal: 19800.00, discount: 1386.00, total: 18414.00",
        "Warning: 3 rows have no customer id and were skipped",
        "Query finished in 412 ms (cache miss)",
    ]
}
