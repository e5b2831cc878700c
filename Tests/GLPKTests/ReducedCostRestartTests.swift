import GLPK
import Testing

/// `MIPOptions.restartShare`: the columns a restart names are 0 in every solution better than
/// the incumbent, checked against every choice of the random grouped-knapsack problems.
@Suite struct ReducedCostRestartTests {
    /// Every feasible choice (at most one column per group, the switch on or off) with its
    /// objective and the columns it sets to 1.
    static func everySolution(_ problem: GroupedKnapsackTests.Problem) -> [(objective: Double, ones: Set<Int>)] {
        var found: [(Double, Set<Int>)] = []
        let on = problem.model.columns.count - 1   // the switch, added after every group's columns
        func visit(_ g: Int, _ loads: [Double], _ value: Double, _ ones: Set<Int>) {
            if g == problem.groups.count {
                guard loads[0] <= problem.capacities[0] else { return }
                if loads[1] == 0 { found.append((value, ones)) }
                if loads[1] <= problem.capacities[1] { found.append((value - problem.switchCost, ones.union([on]))) }
                return
            }
            visit(g + 1, loads, value, ones)
            for (j, column) in problem.groups[g].enumerated() {
                visit(g + 1, [loads[0] + problem.weights[0][g][j], loads[1] + problem.weights[1][g][j]],
                      value + problem.values[g][j], ones.union([column.index]))
            }
        }
        visit(0, [0, 0], 0, [])
        return found
    }

    /// From the empty choice (objective 0) as the incumbent, with any share enough to restart.
    @Test(arguments: Array(UInt64(1)...120))
    func namedColumnsAreZeroInEveryBetterSolution(seed: UInt64) throws {
        let problem = GroupedKnapsackTests.Problem(seed: seed)
        let empty = [Double](repeating: 0, count: problem.model.columns.count)
        let solution = try GLPKSolver.solve(problem.model, options: MIPOptions(cuts: [], branching: .mostFractional,
                                                                               restartShare: 1e-9),
                                            initialSolution: empty)
        guard solution.stopReason == .restart else { return }
        let incumbent = try #require(solution.objective)
        #expect(!solution.fixedByReducedCost.isEmpty)
        for better in Self.everySolution(problem) where better.objective > incumbent + 1e-9 {
            #expect(better.ones.isDisjoint(with: solution.fixedByReducedCost),
                    "seed \(seed): a solution worth \(better.objective) > \(incumbent) uses a column named for fixing")
        }
    }

    /// Guards the test above: enough of those problems do restart, and none without the option.
    @Test func someProblemsRestart() throws {
        var restarted = 0
        for seed in UInt64(1)...120 {
            let problem = GroupedKnapsackTests.Problem(seed: seed)
            let empty = [Double](repeating: 0, count: problem.model.columns.count)
            let options = MIPOptions(cuts: [], branching: .mostFractional, restartShare: 1e-9)
            if try GLPKSolver.solve(problem.model, options: options, initialSolution: empty).stopReason == .restart { restarted += 1 }
            let plain = try GLPKSolver.solve(problem.model, options: MIPOptions(cuts: [], branching: .mostFractional),
                                             initialSolution: empty)
            #expect(plain.stopReason != .restart && plain.fixedByReducedCost.isEmpty)
        }
        #expect(restarted >= 10, "\(restarted) of 120 restarted")
    }
}
