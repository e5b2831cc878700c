/// A mixed-integer linear program held in plain Swift values.
///
/// Keeping the model apart from GLPK lets callers build it on any thread,
/// inspect it in tests, and hand it to ``GLPKSolver`` which creates, solves
/// and deletes the GLPK problem inside one synchronous call (GLPK problems
/// are bound to the thread that created them).
public struct LinearModel: Sendable {
    public enum Sense: Sendable { case minimize, maximize }
    public enum Kind: Sendable { case continuous, integer, binary }

    public struct Column: Sendable {
        public var name: String
        public var kind: Kind
        public var lower: Double
        public var upper: Double?
        public var objective: Double
    }

    public struct Row: Sendable {
        public var name: String
        public var terms: [(column: Int, coefficient: Double)]
        public var lower: Double?
        public var upper: Double?
    }

    public var name: String
    public var sense: Sense
    public var objectiveConstant: Double = 0
    public private(set) var columns: [Column] = []
    public private(set) var rows: [Row] = []
    /// Columns to branch on before any other while one of them is fractional (most
    /// fractional first). A model knows which decisions settle the rest; GLPK's own
    /// choice of branching column does not.
    public var branchFirst: [Variable] = []
    /// Columns to branch on next, once every `branchFirst` column is integral: the one
    /// with the largest weight·distance-to-integer. Weighted by what settling the column
    /// changes in the objective, so that branching moves the bound instead of shuffling
    /// equally good fractional choices.
    public var branchNext: [(variable: Variable, weight: Double)] = []
    /// Rows whose columns come in groups of alternatives, for cover cuts over whole groups
    /// (see ``GroupedKnapsack``; used with ``CutFamilies/groupCover``).
    public var groupedKnapsacks: [GroupedKnapsack] = []

    /// The step every solution's objective moves in, above the constant: 1 or 0.01 where each column
    /// with a cost is integral and its cost a whole multiple of it (money in cents); `nil` otherwise.
    /// A bound within one step of the incumbent then proves it optimal (GLPK alone took 18 s to
    /// close the last cent of an objective of 0.79, with the bound at 0.78).
    public var objectiveStep: Double? {
        let costed = columns.filter { $0.objective != 0 }
        guard !costed.isEmpty, costed.allSatisfy({ $0.kind != .continuous }) else { return nil }
        return [1.0, 0.01].first { step in
            costed.allSatisfy { column in
                let units = column.objective / step
                return abs(units) < 1e15 && abs(units - units.rounded()) <= 1e-6 * max(1, abs(units))
            }
        }
    }

    /// The largest over the smallest nonzero objective coefficient of the columns not fixed. GLPK's
    /// simplex takes a reduced cost below about 1e-10 of the largest coefficient for zero (measured
    /// with `glpsol`: a column costing 1 beside one costing 1e11 was left at its bound in an
    /// "optimal" solution, at 3e10 it was not), so past ``resolvableObjectiveSpan`` neither its
    /// optimum nor its bound can be trusted.
    public var objectiveSpan: Double {
        let magnitudes = columns.filter { $0.upper != $0.lower && $0.objective != 0 }.map { abs($0.objective) }
        guard let largest = magnitudes.max(), let smallest = magnitudes.min() else { return 1 }
        return largest / smallest
    }

    /// Where ``objectiveSpan`` stops being trusted: a tenth of the span that failed above (a span
    /// of 2e9, values of 1e11 beside an insurance of 50, is solved and proven right).
    public static let resolvableObjectiveSpan = 1e10

    public init(name: String, sense: Sense = .minimize) {
        self.name = name
        self.sense = sense
    }

    /// Adds a column; a binary column has bounds 0..1, or 1..1 when `lower` is 1 (a fixed choice).
    @discardableResult
    public mutating func addVariable(_ name: String, kind: Kind = .continuous,
                                     lower: Double = 0, upper: Double? = nil,
                                     objective: Double = 0) -> Variable {
        let up = kind == .binary ? 1 : upper
        columns.append(Column(name: name, kind: kind, lower: kind == .binary ? (lower >= 1 ? 1 : 0) : lower,
                              upper: up, objective: objective))
        return Variable(index: columns.count - 1)
    }

    /// Adds `objective * variable` to the objective.
    public mutating func addObjective(_ coefficient: Double, _ variable: Variable) {
        columns[variable.index].objective += coefficient
    }

    /// Adds a row. Terms on the same variable are merged; the expression's
    /// constant moves to the right-hand side.
    public mutating func add(_ constraint: LinearConstraint, name: String) {
        let expression = constraint.expression.merged()
        let shift = expression.constant
        rows.append(Row(name: name,
                        terms: expression.terms.map { ($0.variable.index, $0.coefficient) },
                        lower: constraint.lower.map { $0 - shift },
                        upper: constraint.upper.map { $0 - shift }))
    }

    /// Adds `rows` of `source` over this model's columns of the same names (which must mean the same
    /// in both), and returns how many it added. A term on a column this model lacks is dropped when
    /// that only loosens the row (a column that cannot go negative, with a coefficient ≥ 0 in a ≤ row,
    /// ≤ 0 in a ≥ row); a row that dropping a term would tighten is not carried: the column may be
    /// gone from this model and still nonzero (a sum this model does not need to name). Nothing is
    /// added when a name stands for more than one column in either model.
    @discardableResult
    public mutating func addRows(_ rows: [Row], from source: LinearModel) -> Int {
        func index(_ columns: [Column]) -> [String: Int]? {
            var found: [String: Int] = [:]
            for (j, column) in columns.enumerated() where found.updateValue(j, forKey: column.name) != nil { return nil }
            return found
        }
        guard !rows.isEmpty, let here = index(columns), index(source.columns) != nil else { return 0 }
        var added = 0
        rows: for row in rows {
            var terms: [(column: Int, coefficient: Double)] = []
            for term in row.terms {
                let column = source.columns[term.column]
                if let j = here[column.name] {
                    terms.append((j, term.coefficient))
                } else if column.lower < 0 || (row.upper != nil && term.coefficient < 0) || (row.lower != nil && term.coefficient > 0) {
                    continue rows
                }
            }
            guard !terms.isEmpty else { continue }
            self.rows.append(Row(name: row.name, terms: terms, lower: row.lower, upper: row.upper))
            added += 1
        }
        return added
    }

    public var nonZeroCount: Int { rows.reduce(0) { $0 + $1.terms.count } }

    /// The objective of a vector of column values (constant included).
    public func objectiveValue(_ values: [Double]) -> Double {
        zip(columns, values).reduce(objectiveConstant) { $0 + $1.0.objective * $1.1 }
    }

    /// The rows a vector of column values breaks, with tolerance `tolerance`:
    /// used to check an incumbent before it is offered to the solver.
    public func violatedRows(_ values: [Double], tolerance: Double = 1e-6) -> [String] {
        rows.compactMap { row in
            let activity = row.terms.reduce(0.0) { $0 + $1.coefficient * values[$1.column] }
            if let lower = row.lower, activity < lower - tolerance { return row.name }
            if let upper = row.upper, activity > upper + tolerance { return row.name }
            return nil
        }
    }
}

/// A column of a ``LinearModel``.
public struct Variable: Hashable, Sendable {
    public let index: Int
}
