import GLPK
import Testing

/// Cover cuts over groups of alternatives (`CutFamilies.groupCover`): never cutting off an
/// integer optimum, found by enumerating every choice, and tightening the root's bound.
@Suite struct GroupedKnapsackTests {
    /// Worked by hand: groups A {3, 4}, B {3}, C {2}, capacity 5. At A half-and-half (share 1),
    /// B 0.8 and C 0, A and B are most nearly chosen, their smallest weights 3 + 3 overfill 5,
    /// and 1.8 > 1: the cover is A's columns and B's, at most 1 of them.
    @Test func handWorkedCover() {
        let knapsack = GroupedKnapsack(groups: [[(0, 3), (1, 4)], [(2, 3)], [(3, 2)]], capacity: 5)
        let cover = knapsack.violatedCover(at: [0.5, 0.5, 0.8, 0])
        #expect(cover?.columns == [0, 1, 2] && cover?.limit == 1 && cover?.switchColumn == nil)
        #expect(knapsack.violatedCover(at: [0.5, 0, 0.4, 1]) == nil)   // 0.9 ≤ 1: not violated
        let switched = GroupedKnapsack(groups: knapsack.groups, capacity: 5, switchColumn: 4)
        #expect(switched.violatedCover(at: [0.5, 0.5, 0.8, 0, 1])?.switchColumn == 4)
        #expect(switched.violatedCover(at: [0.5, 0.5, 0.8, 0, 0]) == nil)
    }

    /// A random problem: groups of 1-3 columns (at most one chosen), two knapsack rows over
    /// them, the second switched on by a column that costs something.
    struct Problem {
        let model: LinearModel
        let groups: [[Variable]]
        let weights: [[[Double]]]   // [row][group][column]
        let values: [[Double]]
        let capacities: [Double]
        let switchCost: Double

        init(seed: UInt64) {
            var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
            func draw(_ n: Int) -> Int {
                state ^= state << 13; state ^= state >> 7; state ^= state << 17
                return Int(state % UInt64(n))
            }
            var model = LinearModel(name: "groups", sense: .maximize)
            var groups: [[Variable]] = [], weights: [[[Double]]] = [[], []], values: [[Double]] = []
            for g in 0..<(3 + draw(3)) {
                let size = 1 + draw(3)
                let worth = (0..<size).map { _ in Double(1 + draw(9)) }
                var columns: [Variable] = []
                for j in 0..<size { columns.append(model.addVariable("x\(g)_\(j)", kind: .binary, objective: worth[j])) }
                for row in 0..<2 { weights[row].append((0..<size).map { _ in Double(1 + draw(6)) }) }
                model.add(sum(columns) <= 1, name: "one\(g)")
                groups.append(columns)
                values.append(worth)
            }
            let capacities = [Double(3 + draw(10)), Double(3 + draw(10))]
            let switchCost = Double(draw(6))
            let on = model.addVariable("on", kind: .binary, objective: -switchCost)
            for row in 0..<2 {
                var load = LinearExpression()
                var declared: [[(column: Int, weight: Double)]] = []
                for g in groups.indices {
                    declared.append(groups[g].indices.map { (groups[g][$0].index, weights[row][g][$0]) })
                    for j in groups[g].indices { load = load + weights[row][g][j] * groups[g][j] }
                }
                model.add(row == 0 ? load <= capacities[0] : load - capacities[1] * on <= 0, name: "row\(row)")
                model.groupedKnapsacks.append(GroupedKnapsack(groups: declared, capacity: capacities[row],
                                                              switchColumn: row == 0 ? nil : on.index))
            }
            (self.model, self.groups, self.weights, self.values) = (model, groups, weights, values)
            (self.capacities, self.switchCost) = (capacities, switchCost)
        }

        /// The best objective over every choice of at most one column per group, switch on or off.
        func bruteForce() -> Double {
            var best = 0.0   // nothing chosen, switch off
            func visit(_ g: Int, _ loads: [Double], _ value: Double) {
                if g == groups.count {
                    guard loads[0] <= capacities[0] else { return }
                    if loads[1] == 0 { best = max(best, value) }
                    if loads[1] <= capacities[1] { best = max(best, value - switchCost) }
                    return
                }
                visit(g + 1, loads, value)
                for j in groups[g].indices {
                    visit(g + 1, [loads[0] + weights[0][g][j], loads[1] + weights[1][g][j]], value + values[g][j])
                }
            }
            visit(0, [0, 0], 0)
            return best
        }
    }

    @Test(arguments: Array(UInt64(1)...120))
    func coversKeepTheOptimum(seed: UInt64) throws {
        let problem = Problem(seed: seed)
        let solution = try GLPKSolver.solve(problem.model, options: MIPOptions(cuts: [.groupCover], branching: .mostFractional))
        #expect(solution.status == .optimal)
        #expect(solution.objective == problem.bruteForce(), "seed \(seed)")
    }

    /// Guards the test above: at the root (one node) the covers lower the bound below what the
    /// same root gives without them on some of those problems, so they are separated and used.
    @Test func coversTightenTheRootOnSomeProblems() throws {
        var tighter = 0
        for seed in UInt64(1)...120 {
            let problem = Problem(seed: seed)
            let with = try GLPKSolver.solve(problem.model, options: MIPOptions(cuts: [.groupCover], nodeLimit: 1))
            let without = try GLPKSolver.solve(problem.model, options: MIPOptions(cuts: [], nodeLimit: 1))
            guard let a = with.bound, let b = without.bound else { continue }
            #expect(a >= problem.bruteForce() - 1e-9, "seed \(seed): root bound \(a) below the optimum")
            if a < b - 1e-6 { tighter += 1 }
        }
        #expect(tighter >= 5, "covers tightened the root on \(tighter) of 120 problems")
    }
}
