internal import CYAML

/// The event libyaml produced last, read in place: its texts point into libyaml's own buffers and stay valid only
/// until the parser's next `advance()`. Nothing is copied unless the reader keeps it.
struct LibYAMLEvent {
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart
        case documentEnd
        case alias
        case scalar
        case sequenceStart
        case sequenceEnd
        case mappingStart
        case mappingEnd
    }

    var kind: Kind
    var location: SourceLocation
    /// A scalar's text (empty for other kinds).
    var text: UnsafeBufferPointer<UInt8>
    /// The anchor a scalar or collection defines, or the one an alias names; nul-terminated.
    var anchor: UnsafePointer<UInt8>?
    /// A scalar's explicit tag, nul-terminated.
    var tag: UnsafePointer<UInt8>?
    /// Whether a scalar is written plain (unquoted, not a block scalar): only plain scalars resolve to non-strings.
    var isPlain: Bool

    /// `text` as a String.
    var string: String { String(decoding: text, as: UTF8.self) }

    /// A nul-terminated text of the event (an anchor or a tag) as a String.
    static func string(_ pointer: UnsafePointer<UInt8>) -> String { String(cString: pointer) }
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

/// Owns a `yaml_parser_t` and the current event, and frees them on deinit. It reads the caller's bytes in place;
/// they must stay valid as long as the parser.
final class LibYAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The current event; all zeros (an event with nothing to delete) before the first and after a failed parse.
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let input: UnsafeBufferPointer<UInt8>
    private let file: String
    private let fileID: UInt32

    /// Where the input ends, as a location (computed once, when an event is placed there).
    private lazy var endOfInput: SourceLocation = {
        let end = TextPosition.of(byteOffset: byteCount, in: Array(input))
        return SourceLocation(file: file, line: end.line, column: end.column)
    }()
    private let byteCount: Int

    /// A parser of `bytes`, which must outlive it.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.file = file
        fileID = SourceFiles.shared.id(of: file)
        byteCount = bytes.count
        input = bytes
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        // libyaml wants a pointer even for no input.
        placeholder = bytes.baseAddress == nil ? .allocate(capacity: 1) : nil
        yaml_parser_set_input_string(parser, bytes.baseAddress ?? placeholder.map { UnsafePointer($0) }, bytes.count)
    }

    /// What libyaml reads from when there is no input.
    private let placeholder: UnsafeMutablePointer<UInt8>?

    deinit {
        yaml_event_delete(event)
        event.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
        placeholder?.deallocate()
    }

    /// The next event, read in place; the previous one is released. Throws a `LibYAMLError` describing a syntax
    /// problem.
    func advance() throws(LibYAMLError) -> LibYAMLEvent {
        // Deleting frees what the event points to and zeroes it, so an event with nothing to free is deleted alike.
        yaml_event_delete(event)
        guard yaml_parser_parse(parser, event) == 1 else {
            throw currentError()
        }
        // Fields are read through the pointer: copying the whole event out costs more than the reads.
        let mark = event.pointee.start_mark
        let location: SourceLocation
        if Int(mark.index) >= byteCount {
            // libyaml places what it makes up at the end of input (the null of `---`, a closing event) one line
            // past the last; a location inside the file is the end of the file.
            location = endOfInput
        } else {
            location = SourceLocation(fileID: fileID, line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
        var read = LibYAMLEvent(kind: .streamStart, location: location, text: UnsafeBufferPointer(start: nil, count: 0), isPlain: false)
        switch event.pointee.type {
        case YAML_STREAM_START_EVENT:
            read.kind = .streamStart
        case YAML_STREAM_END_EVENT:
            read.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            read.kind = .documentStart
        case YAML_DOCUMENT_END_EVENT:
            read.kind = .documentEnd
        case YAML_ALIAS_EVENT:
            read.kind = .alias
            read.anchor = UnsafePointer(event.pointee.data.alias.anchor)
        case YAML_SCALAR_EVENT:
            let value = event.pointee.data.scalar.value
            read.kind = .scalar
            read.text = UnsafeBufferPointer(start: value, count: value == nil ? 0 : event.pointee.data.scalar.length)
            read.anchor = UnsafePointer(event.pointee.data.scalar.anchor)
            read.tag = UnsafePointer(event.pointee.data.scalar.tag)
            read.isPlain = event.pointee.data.scalar.style == YAML_PLAIN_SCALAR_STYLE
        case YAML_SEQUENCE_START_EVENT:
            read.kind = .sequenceStart
            read.anchor = UnsafePointer(event.pointee.data.sequence_start.anchor)
        case YAML_SEQUENCE_END_EVENT:
            read.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            read.kind = .mappingStart
            read.anchor = UnsafePointer(event.pointee.data.mapping_start.anchor)
        case YAML_MAPPING_END_EVENT:
            read.kind = .mappingEnd
        default:
            throw LibYAMLError(problem: "unexpected parser event", context: nil, line: location.line, column: location.column)
        }
        return read
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

}
