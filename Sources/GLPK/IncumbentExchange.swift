import Synchronization

/// Solutions passed between a branch and cut and a heuristic running beside it on
/// another thread.
///
/// The heuristic ``offer(_:objective:)``s what it finds; the search takes the offer at
/// its next node if it beats its own incumbent (after checking it against every row:
/// GLPK does not). The search ``published`` each incumbent it finds, so the heuristic
/// can carry on from it. Only the latest vector is kept on either side.
public final class IncumbentExchange: Sendable {
    public struct Solution: Sendable {
        public var values: [Double]
        public var objective: Double

        public init(values: [Double], objective: Double) {
            self.values = values
            self.objective = objective
        }
    }

    private let offered = Mutex<Solution?>(nil)
    private let found = Mutex<Solution?>(nil)

    public init() {}

    /// Hands a solution to the search (replacing one not yet taken).
    public func offer(_ values: [Double], objective: Double) {
        offered.withLock { $0 = Solution(values: values, objective: objective) }
    }

    /// The search's best incumbent so far (nil before it has one).
    public var published: Solution? { found.withLock { $0 } }

    func takeOffer() -> Solution? { offered.withLock { waiting in defer { waiting = nil }; return waiting } }

    func publish(_ values: [Double], objective: Double) {
        found.withLock { $0 = Solution(values: values, objective: objective) }
    }
}
