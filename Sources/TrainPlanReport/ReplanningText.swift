import TrainPlanCore

/// What a re-plan kept and changed (rule 11), in the planner's language: the same lines in the
/// printed summary and in the report, so that the printed plan says it is a re-plan.
public struct ReplanningText: Sendable {
    public var text: TextCatalogue
    public var currency: String

    public init(text: TextCatalogue, currency: String) {
        self.text = text
        self.currency = currency
    }

    /// The heading ("Re-planned from old.json").
    public func heading(_ record: ReplanningRecord) -> String { text(.replanFrom, record.from) }

    /// One line per fact, `depth` 1 for an exception under the line before it; the penalties are
    /// apart from the plan's objective.
    public func lines(_ record: ReplanningRecord) -> [(depth: Int, line: String)] {
        let format = MoneyFormat(language: text.language, currency: currency)
        var lines: [(Int, String)] = []
        // Without a re-planning date nothing has happened, so nothing is frozen: no line for it. The
        // courses still running are the next line's, not listed twice.
        if let until = record.frozenUntil {
            let running = Set(record.started ?? [])
            let finished = record.frozen.filter { !running.contains($0) }
            let frozen = finished.isEmpty ? text(.noneWord) : finished.joined(separator: " ")
            lines.append((0, text(.replanFrozen, text.language == .en ? "\(until)" : text.longDate(until), frozen)))
        }
        if let started = record.started, !started.isEmpty {
            lines.append((0, text(.replanStarted, started.joined(separator: " "))))
        }
        if let pins = record.pins, !pins.isEmpty {
            lines.append((0, text(.replanPinned, pins.map(text.pinPart).joined(separator: ", "))))
            for exception in record.unpinned ?? [] {
                let reason = exception.detail.map { text.pinReason($0, pin: exception.pin) } ?? exception.reason
                lines.append((1, text(.replanUnpinned, exception.course, text.pinPart(exception.pin), reason)))
            }
        }
        let changed = record.changed.isEmpty ? text(.noneWord) : record.changed.joined(separator: " ")
        lines.append((0, text(.replanChanged, text.numbers.integer(record.changed.count), changed, format.format(record.changePenalty),
                              format.format(record.penalties))))
        lines.append((0, text(.replanObjective, format.format(record.objectiveWithPenalties), text.status(record.status))))
        // Proven over objective plus penalties, the plan is `feasible` in the contract's terms (its
        // objective alone is not minimised): said beside the proof, which would otherwise read as a contradiction.
        if record.status == .optimal, record.changePenalty != 0 {
            lines.append((1, text(.replanStatusNote, text.status(.feasible))))
        }
        return lines
    }
}
