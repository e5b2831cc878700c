import TrainPlanCore

extension CivilDate {
    /// A date on the command line, written as in a scenario: `2023-02-15`, `15/02/2023`,
    /// `15 Februari 2023` (``CivilDate/read(_:)``); `nil` when it is none.
    static func argument(_ text: String) -> CivilDate? {
        if case let .date(date) = CivilDate.read(text) { return date }
        return nil
    }
}
