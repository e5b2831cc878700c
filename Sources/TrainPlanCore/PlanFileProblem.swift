/// Why a plan file cannot be read, as facts: the message is worded from them in the planner's
/// language (``PlanFileError/message`` is the English; the report module words the others), as a
/// scenario's ``ScenarioProblem`` is.
public enum PlanFileProblem: Sendable, Equatable {
    /// What a field holds or should hold, in a planner's words.
    public enum ValueKind: Sendable, Equatable {
        case object, list, text, date, wholeNumber, number, boolean, null
        /// A kind without a plain name (the decoder's own word for it).
        case other(String)
    }

    case tooLarge(megabytes: Int, limit: Int)
    case unreadable
    case empty
    case notAnObject
    case cutShort
    case notJSON
    /// Lists or objects nested deeper than a JSON reader follows (no plan nests more than a few levels).
    case nestedTooDeep(limit: Int)
    /// `.status` (a field's path) given twice in one object.
    case keyTwice(String)
    case wrongFormat(found: String, expected: String)
    /// A required field missing; `at` is the object's path ("" for the top level).
    case missingField(String, at: String)
    /// A whole-number field holding a fraction or a number out of range, at `path`.
    case notAWholeNumber(path: String, value: String)
    case wrongType(at: String, expected: ValueKind, found: ValueKind?)
    case notADate(at: String, value: String)
    case notOneOf(at: String, value: String, allowed: [String])
    case invalidValue(at: String, value: String)
    /// The decoder's own words, when none of the above fits.
    case unexplained(at: String, reason: String)
    /// An earlier plan (re-planning's) whose scheduled `course` lacks `field` (instructor, venue, sessions).
    case scheduledWithout(course: String, field: String)
    /// An earlier plan listing `course` more than once.
    case listedTwice(course: String)
    /// An earlier plan whose `status` (infeasible, unknown) has no schedule, yet schedules `course`.
    case scheduledWithoutAPlan(course: String, status: String)

    /// The English sentence (what the error's `message` says).
    public var english: String {
        switch self {
        case let .tooLarge(megabytes, limit): "the file is \(megabytes) MB; plan files are read up to \(limit) MB"
        case .unreadable: "cannot read the file"
        case .empty: "the file is empty: a plan file is one JSON object { ... }"
        case .notAnObject: "not a plan file: a plan file is one JSON object, starting with {"
        case .cutShort: "the JSON ends before its last { or [ is closed: the file looks cut short"
        case let .nestedTooDeep(limit): "lists or objects nested more than \(limit) deep: no plan file nests so deep"
        case .notJSON: "not valid JSON (a missing comma or quote, or a trailing comma?): open it in a JSON viewer to find where"
        case let .keyTwice(path):
            "\(path) is given twice in one object: which one holds is not clear (programs read either), so give it once"
        case let .wrongFormat(found, expected): "format is \"\(found)\", expected \"\(expected)\""
        case let .missingField(key, at): "missing field \"\(key)\" at \(Self.place(at))"
        case let .notAWholeNumber(path, value):
            "a value does not fit its field (\(path) is \(value)): a whole number in range is expected"
        case let .wrongType(at, expected, found):
            "\(Self.place(at)): expected \(expected.english)" + (found.map { ", found \($0.englishFound)" } ?? "")
        case let .notADate(at, value): "\(Self.place(at)): expected a date YYYY-MM-DD, found \"\(value)\""
        case let .notOneOf(at, value, allowed): "\(Self.place(at)): \"\(value)\" is not one of \(allowed.joined(separator: ", "))"
        case let .invalidValue(at, value): "\(Self.place(at)): \"\(value)\" is not a valid value"
        case let .unexplained(at, reason): at.isEmpty ? reason : "\(at): \(reason)"
        case let .scheduledWithout(course, field): "course \(course) is scheduled without its \"\(field)\": what happened cannot be known"
        case let .listedTwice(course): "course \(course) is listed more than once: which one happened cannot be known"
        case let .scheduledWithoutAPlan(course, status): "status \(status) has no plan, yet course \(course) is scheduled"
        }
    }

    /// A field's path as the messages show it: the top level has none.
    public static func place(_ path: String) -> String { path.isEmpty ? "the top level" : path }
}

extension PlanFileProblem.ValueKind {
    public var english: String {
        switch self {
        case .object: "an object { ... }"
        case .list: "a list [ ... ]"
        case .text: "text in quotes"
        case .date: "a date \"YYYY-MM-DD\""
        case .wholeNumber: "a whole number"
        case .number: "a number"
        case .boolean: "true or false"
        case .null: "null"
        case let .other(name): "a value of kind \(name)"
        }
    }

    /// What a file was found to hold: "found text", "found a list".
    public var englishFound: String {
        switch self {
        case .object: "an object"
        case .list: "a list"
        case .text: "text"
        case .boolean: "true or false"
        case let .other(words): words
        default: english
        }
    }
}
