/// `Σ coefficient·variable + constant`, so that model code reads like the math:
/// `model.add(sum(x) <= 1, name: "run[c]")`.
public struct LinearExpression: Sendable {
    public var terms: [(variable: Variable, coefficient: Double)]
    public var constant: Double

    public init(_ terms: [(variable: Variable, coefficient: Double)] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// The same expression with one term per variable, in first-seen order.
    func merged() -> LinearExpression {
        // Usually no variable appears twice: check that with a sort of the column
        // numbers, far cheaper than hashing every term.
        let indices = terms.map(\.variable.index).sorted()
        if zip(indices, indices.dropFirst()).allSatisfy({ $0 != $1 }) {
            return terms.contains(where: { $0.coefficient == 0 })
                ? LinearExpression(terms.filter { $0.coefficient != 0 }, constant: constant) : self
        }
        var position: [Variable: Int] = [:]
        var result: [(variable: Variable, coefficient: Double)] = []
        for term in terms {
            if let at = position[term.variable] {
                result[at].coefficient += term.coefficient
            } else {
                position[term.variable] = result.count
                result.append(term)
            }
        }
        return LinearExpression(result.filter { $0.coefficient != 0 }, constant: constant)
    }
}

/// `lower <= expression <= upper`, either side optional.
public struct LinearConstraint: Sendable {
    public var expression: LinearExpression
    public var lower: Double?
    public var upper: Double?
}

public func sum<S: Sequence>(_ variables: S) -> LinearExpression where S.Element == Variable {
    LinearExpression(variables.map { ($0, 1) })
}

public func sum<S: Sequence>(_ expressions: S) -> LinearExpression where S.Element == LinearExpression {
    var result = LinearExpression()
    for expression in expressions {
        result.terms += expression.terms
        result.constant += expression.constant
    }
    return result
}

public func * (coefficient: Double, variable: Variable) -> LinearExpression {
    LinearExpression([(variable, coefficient)])
}

public func * (coefficient: Double, expression: LinearExpression) -> LinearExpression {
    LinearExpression(expression.terms.map { ($0.variable, coefficient * $0.coefficient) }, constant: coefficient * expression.constant)
}

public func + (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    LinearExpression(lhs.terms + rhs.terms, constant: lhs.constant + rhs.constant)
}

public func - (lhs: LinearExpression, rhs: LinearExpression) -> LinearExpression {
    LinearExpression(lhs.terms + rhs.terms.map { ($0.variable, -$0.coefficient) },
                     constant: lhs.constant - rhs.constant)
}

/// In place: a sum built term by term stays linear in its length.
public func += (lhs: inout LinearExpression, rhs: LinearExpression) {
    lhs.terms += rhs.terms
    lhs.constant += rhs.constant
}

public func + (lhs: LinearExpression, rhs: Variable) -> LinearExpression { lhs + 1 * rhs }
public func - (lhs: LinearExpression, rhs: Variable) -> LinearExpression { lhs - 1 * rhs }

public func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(expression: lhs, lower: nil, upper: rhs)
}
public func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(expression: lhs, lower: rhs, upper: nil)
}
public func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
    LinearConstraint(expression: lhs, lower: rhs, upper: rhs)
}
public func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { (lhs - rhs) <= 0 }
public func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { (lhs - rhs) >= 0 }
public func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { (lhs - rhs) == 0 }
public func <= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { (lhs - rhs) <= 0 }
public func == (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { (lhs - rhs) == 0 }
