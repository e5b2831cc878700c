import Foundation
import Synchronization
import TrainPlanCore

/// Set by the first Ctrl-C, SIGTERM or SIGHUP during `solve`; the search polls it and
/// stops with its best plan.
let interruptRequested = Atomic<Bool>(false)

/// While true (during `solve`), the first stop signal asks the search to stop rather than
/// ending the process: a `timeout` wrapper or a service stop gets the best plan, as Ctrl-C does.
let stopGracefully = Atomic<Bool>(false)

/// SIGINT (Ctrl-C), SIGTERM (`kill`, `timeout`, a service stop) and SIGHUP (the terminal
/// went away) are handled alike, for every command:
/// - during `solve`, the first one stops the search, which writes its best plan; during
///   `batch`, `whatif` and `sourcing`, the solves running end with their best plans, the rest are not
///   solved, and the table is written; a second one ends the run at once (exit 128 + the
///   signal's number);
/// - otherwise the run ends at once, as with no handler, after removing any temporary file
///   being written (see ``TemporaryFiles``), so no `.NAME.….tmp` is left behind.
enum StopSignals {
    /// Runs `work` with the first stop signal asking it to stop (``interruptRequested``) rather
    /// than ending the process: a sweep keeps the solves it finished and writes its table.
    static func gracefully<T, Failure: Error>(_ work: () throws(Failure) -> T) throws(Failure) -> T {
        stopGracefully.store(true, ordering: .relaxed)
        defer { stopGracefully.store(false, ordering: .relaxed) }
        return try work()
    }

    /// Whether a stop was asked for (polled by the searches).
    @Sendable static func requested() -> Bool { interruptRequested.load(ordering: .relaxed) }

    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handler for every stop signal; call once, first thing.
    static func install() {
        TemporaryFiles.prepare()
        _ = interruptRequested.load(ordering: .relaxed)
        _ = stopGracefully.load(ordering: .relaxed)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in handled {
            signal(signalNumber) { StopSignals.received($0) }
            sigaddset(&unblocked, signalNumber)
        }
        // A blocked mask survives exec: a parent that blocks these (a test runner, some
        // supervisors) would otherwise leave the signal pending and the solve running.
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }

    /// The handler. Only async-signal-safe work: atomics, unlink(2), signal(2), raise(3), _exit(2).
    static func received(_ signalNumber: Int32) {
        if stopGracefully.load(ordering: .relaxed), !interruptRequested.exchange(true, ordering: .relaxed) { return }
        TemporaryFiles.removeAll()
        if stopGracefully.load(ordering: .relaxed) { _exit(128 + signalNumber) }
        // Die of the signal itself, so the parent sees what ended the run.
        signal(signalNumber, SIG_DFL)
        raise(signalNumber)
    }
}
