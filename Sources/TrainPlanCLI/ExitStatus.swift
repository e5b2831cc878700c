import ArgumentParser

/// The documented exit codes (see `trainplan --help`).
enum ExitStatus {
    static let success = ExitCode(0)
    static let failure = ExitCode(1)
    static let invalidInput = ExitCode(2)
    static let infeasible = ExitCode(3)
    static let noPlanInTime = ExitCode(4)
    static let planInvalid = ExitCode(5)
}
