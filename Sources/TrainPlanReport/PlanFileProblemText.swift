import TrainPlanCore

/// Why a plan file cannot be read, in the planner's language (``PlanFileProblem`` holds the facts),
/// as ``ProblemText`` words a scenario's errors. The decoder's own words, where nothing plainer
/// fits, stay as it wrote them.
public struct PlanFileProblemText: Sendable {
    public var text: TextCatalogue

    public init(text: TextCatalogue) { self.text = text }

    /// `plan.json: ...`, as the error's description reads in English.
    public func message(_ error: PlanFileError) -> String { "\(error.path): \(sentence(error.problem))" }

    public func sentence(_ problem: PlanFileProblem) -> String {
        switch problem {
        case let .tooLarge(megabytes, limit): text(.planTooLarge, "\(megabytes)", "\(limit)")
        case .unreadable: text(.planUnreadable)
        case .empty: text(.planEmpty)
        case .notAnObject: text(.planNotAnObject)
        case .cutShort: text(.planCutShort)
        case .notJSON: text(.planNotJSON)
        case let .nestedTooDeep(limit): text(.planNestedTooDeep, "\(limit)")
        case let .keyTwice(path): text(.planKeyTwice, path)
        case let .wrongFormat(found, expected): text(.planWrongFormat, found, expected)
        case let .missingField(key, at): text(.planMissingField, key, place(at))
        case let .notAWholeNumber(path, value): text(.planNotAWholeNumber, path, value)
        case let .wrongType(at, expected, found):
            text(.planWrongType, place(at), kind(expected, .planValueKinds), found.map { text(.planFound, kind($0, .planValueKindsFound)) } ?? "")
        case let .notADate(at, value): text(.planNotADate, place(at), value)
        case let .notOneOf(at, value, allowed): text(.planNotOneOf, place(at), value, allowed.joined(separator: ", "))
        case let .invalidValue(at, value): text(.planInvalidValue, place(at), value)
        case let .unexplained(at, reason): at.isEmpty ? reason : "\(at): \(reason)"
        case let .scheduledWithout(course, field): text(.planScheduledWithout, course, field)
        case let .listedTwice(course): text(.planListedTwice, course)
        case let .scheduledWithoutAPlan(course, status): text(.planScheduledWithoutAPlan, status, course)
        }
    }

    private func place(_ path: String) -> String { path.isEmpty ? text(.planTopLevel) : path }

    /// A kind's name from `list` (in ``PlanFileProblem/ValueKind``'s order).
    private func kind(_ kind: PlanFileProblem.ValueKind, _ list: TextKey) -> String {
        let names = text.list(list)
        let index: Int
        switch kind {
        case .object: index = 0
        case .list: index = 1
        case .text: index = 2
        case .date: index = 3
        case .wholeNumber: index = 4
        case .number: index = 5
        case .boolean: index = 6
        case .null: index = 7
        case let .other(name): return list == .planValueKinds ? text(.planOtherKind, name) : name
        }
        return names.indices.contains(index) ? names[index] : ""
    }
}
