import TrainPlanCore

extension CivilDate {
    /// A date on the command line, written as in a scenario: `2023-02-15`, `15/02/2023`,
    /// `15 Februari 2023` (``CivilDate/read(_:)``); `nil` when it is none.
    static func argument(_ text: String) -> CivilDate? {
        if case let .date(date) = CivilDate.read(text) { return date }
        return nil
    }

    /// Why `--frozen-until` (or another date option) is refused: what is impossible about it
    /// (`02/17/2023`: day first, so no month 17), else the forms a date takes; `nil` when it is a date.
    static func refusal(_ option: String, _ text: String) -> String? {
        switch CivilDate.read(text) {
        case .date: return nil
        case let .impossible(why): return "\(option): \"\(text)\" is not a date: \(why)"
        case .notADate: return "\(option): \"\(text)\" is not a date (yyyy-mm-dd, or day first: dd/mm/yyyy)"
        }
    }
}
