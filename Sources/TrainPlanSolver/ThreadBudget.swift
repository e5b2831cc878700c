import Foundation
import Synchronization

/// The one owner of the cores: how many threads the solver keeps busy at once, shared by
/// what-if variants, sourcing re-solves, bench runs and each solve's helper threads
/// (the neighbourhood worker beside GLPK, the bound worker, the second slice).
///
/// A thread that solves holds a *seat*. ``occupying(_:)`` seats the calling thread for
/// the length of a call (waiting for a free seat; a thread already seated keeps its seat,
/// so nested solves never wait on themselves). ``helper(_:)`` starts a seated helper
/// thread only if a seat is free right now: a solve asks for helpers and does without
/// when the budget is spent (for example by parallel what-if variants), so busy threads
/// never exceed ``limit``. Every helper must be joined (``Helper/join()``) before the
/// call that started it returns: no thread of a solve outlives it.
public final class ThreadBudget: Sendable {
    /// One seat per active core, for the whole process; `TRAINPLAN_THREADS` caps it: a cluster task's
    /// allocated cores (a node may show more), or 1 for repeatable runs (no helper thread races GLPK
    /// to an equally good plan).
    public static let shared = ThreadBudget(limit: configuredLimit(ProcessInfo.processInfo.environment["TRAINPLAN_THREADS"]))

    /// `TRAINPLAN_THREADS` when it is a positive number, else the active cores.
    static func configuredLimit(_ setting: String?) -> Int {
        if let setting, let limit = Int(setting.trimmingCharacters(in: .whitespaces)), limit >= 1 { return limit }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Seats: threads busy at once, at most.
    public let limit: Int
    private let seats: DispatchSemaphore
    private let tally = Mutex(Counters())
    /// The key under which a thread records, in its thread dictionary, that it holds a seat here.
    private let seatKey: String

    /// What the budget has seen, for tests and reports.
    public struct Counters: Sendable, Equatable {
        /// Seats held now, and the most ever held at once.
        public var seated = 0
        public var highWater = 0
        /// Helper threads started and not yet ended, and how many were started in all.
        public var liveHelpers = 0
        public var helpersStarted = 0
    }

    public init(limit: Int) {
        self.limit = max(1, limit)
        seats = DispatchSemaphore(value: self.limit)
        seatKey = "trainplan.ThreadBudget.\(UUID().uuidString)"
    }

    /// The counters now.
    public var counters: Counters { tally.withLock { $0 } }

    /// Whether the calling thread holds a seat of this budget.
    public var callerIsSeated: Bool { Thread.current.threadDictionary[seatKey] != nil }

    /// Runs `body` on the calling thread with a seat held (waiting for one if needed).
    public func occupying<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        if callerIsSeated { return try body() }
        seats.wait()
        seat(+1)
        Thread.current.threadDictionary[seatKey] = true
        defer {
            Thread.current.threadDictionary[seatKey] = nil
            release()
        }
        return try body()
    }

    /// Starts `body` on a seated thread of its own if a seat is free now; nil if not
    /// (the caller then does the work itself, or without it).
    public func helper(_ body: @escaping @Sendable () -> Void) -> Helper? {
        reserve()?.start(body)
    }

    /// Takes a free seat now for a helper to be started later (nil if none is free), so
    /// that a caller can decide what to give a second thread once it knows it has one.
    public func reserve() -> Reservation? {
        guard seats.wait(timeout: .now()) == .success else { return nil }
        seat(+1)
        return Reservation(budget: self)
    }

    fileprivate func startHelper(_ body: @escaping @Sendable () -> Void) -> Helper {
        tally.withLock { $0.liveHelpers += 1; $0.helpersStarted += 1 }
        let helper = Helper()
        let key = seatKey
        let thread = Thread { [self] in
            Thread.current.threadDictionary[key] = true
            body()
            Thread.current.threadDictionary[key] = nil
            tally.withLock { $0.liveHelpers -= 1 }
            release()
            helper.ended()
        }
        thread.stackSize = 16 << 20   // GLPK's branch and bound recurses
        thread.start()
        return helper
    }

    fileprivate func release() {
        seat(-1)
        seats.signal()
    }

    /// A seat taken for a helper: ``start(_:)`` it or ``cancel()`` it (a reservation
    /// dropped unused gives its seat back too).
    public final class Reservation: Sendable {
        private let budget: ThreadBudget
        private let open = Atomic<Bool>(true)

        fileprivate init(budget: ThreadBudget) { self.budget = budget }

        /// Runs `body` on the reserved seat's thread.
        public func start(_ body: @escaping @Sendable () -> Void) -> Helper? {
            guard open.exchange(false, ordering: .acquiringAndReleasing) else { return nil }
            return budget.startHelper(body)
        }

        public func cancel() {
            if open.exchange(false, ordering: .acquiringAndReleasing) { budget.release() }
        }

        deinit { cancel() }
    }

    private func seat(_ change: Int) {
        tally.withLock {
            $0.seated += change
            $0.highWater = max($0.highWater, $0.seated)
        }
    }

    /// A helper thread; ``join()`` returns once it has ended and given its seat back.
    public final class Helper: Sendable {
        private let done = DispatchSemaphore(value: 0)

        fileprivate func ended() { done.signal() }

        public func join() {
            done.wait()
            done.signal()   // a second join returns at once
        }
    }
}
