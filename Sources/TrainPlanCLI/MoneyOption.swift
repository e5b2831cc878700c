import ArgumentParser
import TrainPlanCore

/// Money options (`--fee`, `--engagement`, `--upgrade-cost`) read as a scenario reads money, so
/// that `--fee 150.000` is asked about rather than taken as 150 and `--fee "Rp 150.000"` works.
enum MoneyOption {
    static func reader(_ option: String) -> @Sendable (String) throws -> Double {
        { text in
            switch MoneyArgument.read(text, option: option) {
            case let .success(amount): return amount
            case let .failure(error): throw ValidationError(error.message)
            }
        }
    }
}
