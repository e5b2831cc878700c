import Foundation
import GLPK
import Testing

/// The safe layer over GLPK, on models whose answers are worked out by hand.
@Suite struct GLPKSolverTests {
    /// max 10a + 13b + 7c + 8d  s.t.  4a + 6b + 3c + 5d ≤ 10, binary.
    /// By enumeration: {b, c} weighs 9 and is worth 20; {a, b} weighs 10, worth 23;
    /// {a, c} weighs 7, worth 17; {a, d} 9, 18; {c, d} 8, 15; three items weigh > 10.
    /// The optimum is {a, b} = 23.
    static func knapsack() -> (model: LinearModel, items: [Variable]) {
        var model = LinearModel(name: "knapsack", sense: .maximize)
        let values: [Double] = [10, 13, 7, 8], weights: [Double] = [4, 6, 3, 5]
        let items = values.indices.map { model.addVariable("item\($0)", kind: .binary, objective: values[$0]) }
        model.add(sum(zip(weights, items).map { $0 * $1 }) <= 10, name: "capacity")
        return (model, items)
    }

    @Test func solvesAKnapsackToItsHandComputedOptimum() throws {
        let (model, items) = Self.knapsack()
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 23)
        #expect(solution.bound == 23)
        let values = try #require(solution.values)
        #expect(items.map { values[$0.index] } == [1, 1, 0, 0])
    }

    @Test func minimisationWithAnObjectiveConstant() throws {
        // min 100 − 3x − 2y  s.t.  x + y ≤ 1, binary: x = 1 gives 97.
        var model = LinearModel(name: "constant")
        model.objectiveConstant = 100
        let x = model.addVariable("x", kind: .binary, objective: -3)
        let y = model.addVariable("y", kind: .binary, objective: -2)
        model.add(sum([x, y]) <= 1, name: "one")
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 97)
    }

    @Test func reportsAnInfeasibleModel() throws {
        var model = LinearModel(name: "infeasible")
        let x = model.addVariable("x", kind: .binary, objective: 1)
        let y = model.addVariable("y", kind: .binary, objective: 1)
        model.add(sum([x, y]) >= 3, name: "impossible")
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .infeasible)
        #expect(solution.values == nil)
    }

    @Test func integerInfeasibleButLPFeasible() throws {
        // 2x = 1 has the LP solution x = 0.5 but no integer one.
        var model = LinearModel(name: "parity")
        let x = model.addVariable("x", kind: .integer, lower: 0, upper: 3, objective: 1)
        model.add(2 * x == 1, name: "odd")
        #expect(try GLPKSolver.solve(model).status == .infeasible)
    }

    @Test func emptyModelIsAnsweredWithoutGLPK() throws {
        var model = LinearModel(name: "empty")
        model.objectiveConstant = 5
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 5)
    }

    @Test func malformedModelsThrowInsteadOfAborting() throws {
        var bounds = LinearModel(name: "bounds")
        bounds.addVariable("x", kind: .continuous, lower: 2, upper: 1)
        #expect(throws: GLPKError.self) { try GLPKSolver.solve(bounds) }

        var nan = LinearModel(name: "nan")
        let x = nan.addVariable("x", kind: .continuous, upper: 1)
        nan.add(Double.nan * x <= 1, name: "bad")
        #expect(throws: GLPKError.self) { try GLPKSolver.solve(nan) }
        // Names over GLPK's 255 bytes are cut to fit, not refused: see HostileModelTests.
    }

    @Test func aStopRequestKeepsTheOfferedIncumbent() throws {
        let (model, _) = Self.knapsack()
        // {c, d}: feasible (weight 8) but not optimal (15).
        let start: [Double] = [0, 0, 1, 1]
        let solution = try GLPKSolver.solve(model, initialSolution: start, shouldStop: { true })
        // Either GLPK finished before looking at the request, or it stopped with an incumbent at least as good.
        #expect(solution.status == .optimal || solution.status == .feasible)
        let objective = try #require(solution.objective)
        #expect(objective >= 15)
        let values = try #require(solution.values)
        #expect(model.violatedRows(values).isEmpty)
    }

    @Test func anInfeasibleStartIsIgnoredNotTrusted() throws {
        let (model, _) = Self.knapsack()
        let solution = try GLPKSolver.solve(model, initialSolution: [1, 1, 1, 1])
        #expect(solution.status == .optimal)
        #expect(solution.objective == 23)
    }

    @Test func anInfeasibleOfferThroughTheExchangeIsNotTrusted() throws {
        let (model, _) = Self.knapsack()
        let exchange = IncumbentExchange()
        exchange.offer([1, 1, 1, 1], objective: 38)   // weighs 18: breaks the capacity row
        let solution = try GLPKSolver.solve(model, exchange: exchange)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 23)
    }

    /// Branching on chosen columns first changes the path, never the answer.
    @Test func branchingPriorityKeepsTheOptimum() throws {
        var (model, items) = Self.knapsack()
        model.branchFirst = items.reversed()
        let solution = try GLPKSolver.solve(model)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 23)
    }

    /// Weighted next columns and either branching rule: other paths, the same optimum.
    @Test(arguments: [MIPOptions.Branching.driebeckTomlin, .mostFractional])
    func weightedBranchingKeepsTheOptimum(_ branching: MIPOptions.Branching) throws {
        var (model, items) = Self.knapsack()
        model.branchNext = items.enumerated().map { ($1, Double($0 + 1)) }
        let solution = try GLPKSolver.solve(model, options: MIPOptions(cuts: [], branching: branching))
        #expect(solution.status == .optimal)
        #expect(solution.objective == 23)
    }

    @Test func writesLPAndMPSAndReportsAnUnwritablePath() throws {
        let (model, _) = Self.knapsack()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glpk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let lp = folder.appendingPathComponent("k.lp").path
        try GLPKSolver.writeLP(model, to: lp)
        let text = try String(contentsOfFile: lp, encoding: .utf8)
        #expect(text.contains("Maximize"))
        #expect(text.contains("capacity"))
        try GLPKSolver.writeMPS(model, to: folder.appendingPathComponent("k.mps").path)
        #expect(throws: GLPKError.self) {
            try GLPKSolver.writeLP(model, to: folder.appendingPathComponent("missing/folder/k.lp").path)
        }
    }

    @Test func cutFamiliesParseAndName() {
        #expect(CutFamilies(list: "clique, MIR") == [.clique, .mixedIntegerRounding])
        #expect(CutFamilies(list: "all") == .all)
        #expect(CutFamilies(list: "none")?.names == ["none"])
        #expect(CutFamilies(list: "clique,gomory")?.names == ["gomory", "clique"])
        #expect(CutFamilies(list: "cliq") == nil)
    }

    /// Presolve and the callback never meet on columns: with presolve on, a branching order,
    /// a start and an incumbent exchange that name the model's columns are left out (GLPK's
    /// presolved copy has fewer columns; reading the incumbent's values there made GLPK fail
    /// inside the callback) and the answer is still the hand-computed optimum.
    @Test func presolveInstallsNoColumnCallback() throws {
        var (model, items) = Self.knapsack()
        // Columns the presolver removes: fixed by singleton rows.
        let fixed = (0..<3).map { model.addVariable("fixed\($0)", kind: .binary, objective: 1) }
        for (k, x) in fixed.enumerated() { model.add(1 * x == 1, name: "fix\(k)") }
        model.branchFirst = fixed + items
        model.branchNext = (items + fixed).map { ($0, 1.0) }
        let exchange = IncumbentExchange()
        var start = [Double](repeating: 0, count: model.columns.count)
        for x in fixed { start[x.index] = 1 }
        start[items[0].index] = 1   // {a}: worth 10 + 3
        let solution = try GLPKSolver.solve(model, options: MIPOptions(presolve: true), initialSolution: start,
                                            exchange: exchange)
        #expect(solution.status == .optimal)
        #expect(solution.objective == 26)
        #expect(exchange.published == nil)
        // Without presolve the same callback takes the start and publishes its incumbents.
        let plain = try GLPKSolver.solve(model, initialSolution: start, exchange: IncumbentExchange())
        #expect(plain.objective == 26)
    }

    /// The root LP in slices of one simplex iteration each (``MIPOptions/lpSliceIterations``):
    /// every slice ends at GLPK's iteration limit and the next resumes from its basis, and the
    /// answer is still the optimum, checked against all 40,320 assignments of an 8 × 8 problem.
    @Test func rootLPInOneIterationSlicesReachesTheOptimum() throws {
        let n = 8
        func price(_ i: Int, _ j: Int) -> Double {
            let mixed: Int = i * 37 + j * 91 + i * j * 13
            return Double(mixed % 50 + 1)
        }
        let cost: [[Double]] = (0..<n).map { i in (0..<n).map { j in price(i, j) } }
        var model = LinearModel(name: "assignment")
        let x = (0..<n).map { i in (0..<n).map { j in model.addVariable("x\(i)_\(j)", kind: .binary, objective: cost[i][j]) } }
        for i in 0..<n { model.add(sum(x[i]) == 1, name: "row\(i)") }
        for j in 0..<n { model.add(sum((0..<n).map { x[$0][j] }) == 1, name: "col\(j)") }

        var best = Double.infinity
        func permute(_ used: Set<Int>, _ i: Int, _ total: Double) {
            guard i < n else { best = min(best, total); return }
            for j in 0..<n where !used.contains(j) { permute(used.union([j]), i + 1, total + cost[i][j]) }
        }
        permute([], 0, 0)

        let solution = try GLPKSolver.solve(model, options: MIPOptions(timeLimit: .seconds(30), lpSliceIterations: 1))
        #expect(solution.status == .optimal)
        #expect(solution.objective == best)
    }

}
