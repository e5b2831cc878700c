/// A knapsack row whose binary columns fall into groups of which at most one column can be 1
/// (a choice among alternatives, such as the ways to run one course), declared by the model so
/// that the search can cut off fractional points with cover inequalities over whole groups:
///
///     Σ_g Σ_{j∈g} w[j]·x[j] ≤ capacity·on    (on: a binary column, or the constant 1)
///     C a set of groups with Σ_{g∈C} min_{j∈g} w[j] > capacity
///     ⇒ Σ_{g∈C} Σ_{j∈g} x[j] ≤ (|C| − 1)·on
///
/// Valid because choosing a column of every group in C loads the row with at least the sum of
/// their smallest weights. GLPK's own cover cuts look at single columns, whose weights alone
/// rarely overfill a row; a group's smallest weight is what any choice in it costs.
public struct GroupedKnapsack: Sendable {
    /// Each group's columns and their weights in the row (all positive).
    public var groups: [[(column: Int, weight: Double)]]
    public var capacity: Double
    /// The binary column that switches the capacity on (`nil`: always on).
    public var switchColumn: Int?

    public init(groups: [[(column: Int, weight: Double)]], capacity: Double, switchColumn: Int? = nil) {
        self.groups = groups
        self.capacity = capacity
        self.switchColumn = switchColumn
    }

    /// A cover inequality: Σ columns ≤ limit·switch (or ≤ limit without a switch).
    public struct Cover: Sendable, Equatable {
        public var columns: [Int]
        public var limit: Int
        public var switchColumn: Int?
    }

    /// The cover that `values` (an LP point) violates most clearly, if any: the groups most
    /// nearly chosen, taken until their smallest weights overfill the row.
    public func violatedCover(at values: [Double], minimumViolation: Double = 1e-3) -> Cover? {
        let on = switchColumn.map { values[$0] } ?? 1
        guard on > 1e-9 else { return nil }
        var chosen: [(share: Double, least: Double, columns: [Int])] = []
        for group in groups {
            let share = group.reduce(0.0) { $0 + values[$1.column] }
            guard share > 1e-9, let least = group.map(\.weight).min(), least > 0 else { continue }
            chosen.append((share, least, group.map(\.column)))
        }
        chosen.sort { $0.share != $1.share ? $0.share > $1.share : $0.least > $1.least }
        var load = 0.0, shares = 0.0
        for (count, group) in chosen.enumerated() {
            load += group.least
            shares += group.share
            if load > capacity + 1e-9 {
                guard shares > Double(count) * on + minimumViolation else { return nil }
                return Cover(columns: chosen[...count].flatMap(\.columns), limit: count, switchColumn: switchColumn)
            }
        }
        return nil
    }
}
