/// What chose among the plans as good as the best one, recorded in the plan file
/// (`secondObjective`), so that a plan says why it is this one of several equally good plans.
///
/// An extra optional field of `trainplan-plan/1` (the contract allows added fields); `verify`
/// does not read it. `criterion` is `balance-load` or `more-trainees` (`solve --then`), or
/// `closest-to-base` (a what-if variant or sourcing re-solve: the number of courses whose
/// running, instructor, venue or sessions differ from the base plan).
public struct SecondObjectiveRecord: Codable, Sendable, Hashable {
    public var criterion: String
    /// The criterion's value in the first plan found for the objective, and in this plan.
    public var before: Double
    public var after: Double
    /// The second run proved that no plan as good by the objective does better by the criterion.
    public var proven: Bool
    /// Why the first plan was kept as it was, when it was (time, a solver failure, ...).
    public var note: String?

    public init(criterion: String, before: Double, after: Double, proven: Bool, note: String? = nil) {
        self.criterion = criterion
        self.before = before
        self.after = after
        self.proven = proven
        self.note = note
    }
}
