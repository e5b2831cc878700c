/// What a lexicographic solve needs of a model: its objective as an expression (to bound
/// it in a row of its own) and a way to put another objective in its place.
extension LinearModel {
    /// `Σ objective(j)·x[j] + objectiveConstant`, over the columns with a non-zero coefficient.
    public var objectiveExpression: LinearExpression {
        LinearExpression(columns.indices.filter { columns[$0].objective != 0 }.map { (Variable(index: $0), columns[$0].objective) },
                         constant: objectiveConstant)
    }

    /// Makes `expression` the objective (minimised or maximised as ``sense`` says); the
    /// previous coefficients and constant are dropped.
    public mutating func replaceObjective(with expression: LinearExpression) {
        for j in columns.indices where columns[j].objective != 0 {
            addObjective(-columns[j].objective, Variable(index: j))
        }
        for term in expression.merged().terms { addObjective(term.coefficient, term.variable) }
        objectiveConstant = expression.constant
    }
}
