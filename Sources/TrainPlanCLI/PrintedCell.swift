import TrainPlanCore
import TrainPlanReport

extension ReportCell {
    /// The cell as a printed table shows it: counts and money in the language's style, "-" for none.
    func printed(_ text: TextCatalogue, _ money: MoneyFormat) -> String {
        switch self {
        case let .text(value): value
        case let .count(value): text.numbers.integer(value)
        case let .money(value): money.format(value)
        case let .date(value): "\(value)"
        case .empty: "-"
        }
    }
}
