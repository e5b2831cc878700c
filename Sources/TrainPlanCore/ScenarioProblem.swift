/// What a scenario error says, as facts, for the errors a planner meets most (a value of the wrong
/// kind, a missing or unknown field or column, an id given twice), so that `check` and `solve` word
/// them in the planner's language; ``Diagnostic/message`` keeps the English sentence with every hint.
public enum ScenarioProblem: Sendable, Hashable {
    /// A required field is absent (or its cell empty).
    case missingField(key: String)
    /// A required field holds a lone `-`.
    case dashInRequiredField(key: String)
    /// A required text is empty.
    case emptyText
    /// `text` has characters an id may not hold.
    case notAnID(text: String)
    /// `text` is no number of the `kind` its field takes; `hint`: what it looks like instead.
    case notANumber(text: String, kind: NumberKind, hint: NumberHint?)
    /// A number below its least allowed value (`at most`: `nil` when there is no upper limit).
    case outOfRange(found: String, atLeast: Int, atMost: Int?)
    /// An amount of money below zero.
    case negativeMoney(found: String)
    /// `text` is no yes/no.
    case notABoolean(text: String)
    /// `text` is no date (`serial`: the date a spreadsheet's day number would be).
    case notADate(text: String, serial: CivilDate?)
    /// `text` is no weekday (`suggestion`: the closest name).
    case notAWeekday(text: String, suggestion: String?)
    /// A field (YAML) or column (CSV, sheet) that the item does not have (`suggestion`: the closest).
    case unknownField(key: String, column: Bool, suggestion: String?)
    /// A CSV or sheet lacks a column every row needs.
    case missingColumn(name: String)
    /// A course that is not mandatory has no value and no default gives it one.
    case courseValueMissing
    /// `id` is used by two items of one list (`earlier`: where first).
    case duplicateID(id: String, earlier: String)

    public enum NumberKind: Sendable, Hashable { case number, whole, money }

    /// What a value that is no number looks like, for the hint beside the error.
    public enum NumberHint: Sendable, Hashable {
        /// After `Rp` the dot groups and the comma is the decimal mark.
        case rupiahMarks
        case date
        case timeOfDay
        /// `(250.000)`: an accounting negative.
        case negativeInParentheses
        /// The file's own marks (`settled`: both were seen written in it).
        case fileMarks(grouping: String, decimal: String, settled: Bool)
    }
}
