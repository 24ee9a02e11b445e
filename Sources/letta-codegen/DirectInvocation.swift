import ArgumentParser

/// The command lines that run most often, read without ArgumentParser's parse: `lint [<spec>]`, and `generate` or
/// `check` with a spec and the options of `GenerationOptions` written as separate words (the build plugin's
/// `generate --config … --output … --module … --single-file …`).
///
/// ArgumentParser learns a command's arguments by reflecting over its property wrappers, and the first reflection
/// of each type walks the runtime's conformance tables: about 7.5 million instructions per process, 4 % of `lint` on
/// a vendor spec and most of the process's start. Every other command line (help, `--name=value`, a value that
/// starts with `-`, an option given twice, an unknown word, another subcommand) returns nil here and goes to
/// ArgumentParser, which stays the one authority on what a command line means. The tests read each form this
/// type accepts (options in any order, with and without a spec, the plugin's line) both ways and compare.
enum DirectInvocation {
    /// The command `arguments` (without the program name) runs, or nil when ArgumentParser should read them.
    static func command(for arguments: [String]) -> (any ParsableCommand)? {
        guard let subcommand = arguments.first else { return nil }
        let words = arguments.dropFirst()
        switch subcommand {
        case LintCommand.configuration.commandName:
            guard let (spec, options) = read(words, options: []), options.isEmpty else { return nil }
            var command = LintCommand()
            command.spec = spec ?? GenerationOptions.defaultSpec
            return command
        case GenerateCommand.configuration.commandName:
            guard let options = generationOptions(words) else { return nil }
            var command = GenerateCommand()
            command.options = options
            return command
        case CheckCommand.configuration.commandName:
            guard let options = generationOptions(words) else { return nil }
            var command = CheckCommand()
            command.options = options
            return command
        default:
            return nil
        }
    }

    /// The option names of `GenerationOptions`, as ArgumentParser spells them.
    static let generationOptionNames = ["--config", "--output", "--spec-name", "--module", "--single-file"]

    private static func generationOptions(_ words: ArraySlice<String>) -> GenerationOptions? {
        guard let (spec, values) = read(words, options: generationOptionNames) else { return nil }
        var options = GenerationOptions()
        options.spec = spec
        options.config = values["--config"]
        options.output = values["--output"]
        options.specName = values["--spec-name"]
        options.module = values["--module"]
        options.singleFile = values["--single-file"]
        return options
    }

    /// At most one positional word and each of `options` at most once, each followed by its value; nil for anything
    /// else. Words that are empty or start with `-` are never taken as a spec or a value.
    private static func read(
        _ words: ArraySlice<String>, options: [String]
    ) -> (spec: String?, values: [String: String])? {
        var spec: String?
        var values: [String: String] = [:]
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            guard let first = word.utf8.first else { return nil }
            if first == UInt8(ascii: "-") {
                let valueIndex = index + 1
                guard options.contains(word), values[word] == nil, valueIndex < words.endIndex,
                      let valueFirst = words[valueIndex].utf8.first, valueFirst != UInt8(ascii: "-")
                else { return nil }
                values[word] = words[valueIndex]
                index = valueIndex + 1
            } else {
                guard spec == nil else { return nil }
                spec = word
                index += 1
            }
        }
        return (spec, values)
    }
}
