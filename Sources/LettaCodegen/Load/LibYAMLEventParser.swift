internal import CYAML

/// One libyaml parse event, copied into Swift values so no C type leaves this file.
enum YAMLEvent {
    enum ScalarStyle {
        case plain
        case quoted
    }

    case streamStart
    case streamEnd
    case documentStart(SourceLocation)
    case documentEnd
    case alias(anchor: String, location: SourceLocation)
    case scalar(text: String, anchor: String?, tag: String?, style: ScalarStyle, location: SourceLocation)
    case sequenceStart(anchor: String?, location: SourceLocation)
    case sequenceEnd
    case mappingStart(anchor: String?, location: SourceLocation)
    case mappingEnd
}

/// A libyaml error: where it happened (1-based) and libyaml's own words.
struct LibYAMLError: Error {
    var problem: String
    var context: String?
    var line: Int
    var column: Int
    /// Where the construct that `context` names began (1-based), when libyaml reports one.
    var contextLine: Int?
    var contextColumn: Int?
}

/// Owns a `yaml_parser_t` and the input buffer it reads, and frees both on deinit.
final class LibYAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let file: String
    private let fileID: UInt32

    /// Where the input ends, as a location (computed once, when an event is placed there).
    private lazy var endOfInput: SourceLocation = {
        let bytes = Array(UnsafeBufferPointer(rebasing: input[0..<byteCount]))
        let end = TextPosition.of(byteOffset: byteCount, in: bytes)
        return SourceLocation(file: file, line: end.line, column: end.column)
    }()
    private let byteCount: Int

    init(bytes: [UInt8], file: String) {
        self.file = file
        fileID = SourceFiles.shared.id(of: file)
        byteCount = bytes.count
        parser = .allocate(capacity: 1)
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        input.deallocate()
        parser.deallocate()
    }

    /// The next event, or a `LibYAMLError` describing the syntax problem.
    func next() throws(LibYAMLError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw currentError()
        }
        defer { yaml_event_delete(&event) }
        let location: SourceLocation
        if Int(event.start_mark.index) >= byteCount {
            // libyaml places what it makes up at the end of input (the null of `---`, a closing event) one line
            // past the last; a location inside the file is the end of the file.
            location = endOfInput
        } else {
            location = SourceLocation(fileID: fileID, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
        }
        switch event.type {
        case YAML_STREAM_START_EVENT:
            return .streamStart
        case YAML_STREAM_END_EVENT:
            return .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            return .documentStart(location)
        case YAML_DOCUMENT_END_EVENT:
            return .documentEnd
        case YAML_ALIAS_EVENT:
            return .alias(anchor: Self.string(event.data.alias.anchor), location: location)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = scalar.value.map {
                String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
            } ?? ""
            let style: YAMLEvent.ScalarStyle = scalar.style == YAML_PLAIN_SCALAR_STYLE ? .plain : .quoted
            return .scalar(
                text: text,
                anchor: scalar.anchor.map { Self.string($0) },
                tag: scalar.tag.map { Self.string($0) },
                style: style,
                location: location
            )
        case YAML_SEQUENCE_START_EVENT:
            return .sequenceStart(anchor: event.data.sequence_start.anchor.map { Self.string($0) }, location: location)
        case YAML_SEQUENCE_END_EVENT:
            return .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            return .mappingStart(anchor: event.data.mapping_start.anchor.map { Self.string($0) }, location: location)
        case YAML_MAPPING_END_EVENT:
            return .mappingEnd
        default:
            throw LibYAMLError(problem: "unexpected parser event", context: nil, line: location.line, column: location.column)
        }
    }

    private func currentError() -> LibYAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown YAML error"
        let context = state.context.map { String(cString: $0) }
        return LibYAMLError(
            problem: problem,
            context: context,
            line: Int(state.problem_mark.line) + 1,
            column: Int(state.problem_mark.column) + 1,
            contextLine: context == nil ? nil : Int(state.context_mark.line) + 1,
            contextColumn: context == nil ? nil : Int(state.context_mark.column) + 1
        )
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return pointer.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }
}
