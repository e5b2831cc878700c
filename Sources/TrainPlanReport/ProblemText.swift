import TrainPlanCore

/// A scenario error in the planner's language (``ScenarioProblem`` holds the facts), as
/// ``WarningText`` words a warning.
public struct ProblemText: Sendable {
    public var text: TextCatalogue

    public init(text: TextCatalogue) { self.text = text }

    public func sentence(_ problem: ScenarioProblem) -> String {
        let hint = { (closest: String?) in closest.map { text(.readDidYouMean, $0) } ?? "" }
        switch problem {
        case let .missingField(key): return text(.readMissingField, key)
        case let .dashInRequiredField(key): return text(.readDashInRequired, key)
        case .emptyText: return text(.readEmptyText)
        case let .notAnID(value): return text(.readNotAnID, value)
        case let .notANumber(value, kind, fact):
            let key: TextKey = switch kind { case .number: .readNotANumber; case .whole: .readNotAWholeNumber; case .money: .readNotAnAmount }
            return text(key, value, fact.map(numberHint) ?? "")
        case let .outOfRange(found, least, most):
            return most.map { text(.readBetween, "\(least)", "\($0)", found) } ?? text(.readAtLeast, "\(least)", found)
        case let .negativeMoney(found): return text(.readNegativeMoney, found)
        case let .notABoolean(value): return text(.readNotABoolean, value)
        case let .notADate(value, serial): return text(.readNotADate, value, serial.map { text(.readSerialDate, "\($0)") } ?? "")
        case let .notAWeekday(value, closest): return text(.readNotAWeekday, value, closest.map { text(.didYouMean, $0) } ?? "")
        case let .unknownField(key, column, closest):
            return text(.readUnknownField, key, column && closest == nil ? text(.readNotesColumn) : hint(closest))
        case let .missingColumn(name): return text(.readMissingColumn, name)
        case .courseValueMissing: return text(.readValueMissing)
        case let .duplicateID(id, earlier): return text(.readDuplicateID, id, earlier)
        }
    }

    private func numberHint(_ fact: ScenarioProblem.NumberHint) -> String {
        switch fact {
        case .rupiahMarks: text(.hintRupiahMarks)
        case .date: text(.hintDate)
        case .timeOfDay: text(.hintTimeOfDay)
        case .negativeInParentheses: text(.hintNegativeInParentheses)
        case let .fileMarks(grouping, decimal, settled): text(settled ? .hintFileMarks : .hintFileMarksUnsettled, grouping, decimal)
        }
    }
}
