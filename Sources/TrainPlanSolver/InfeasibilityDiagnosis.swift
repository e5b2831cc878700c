import GLPK
import TrainPlanCore

extension TrainingPlanner {
    /// Names what makes a scenario infeasible: the budget, or the mandatory courses that cannot all run.
    /// - Parameter changes: when re-planning, the mandatory courses are judged on the re-planning
    ///   candidates (started courses on their remaining sessions, with their past load).
    static func diagnoseInfeasibility(_ scenario: Scenario, candidates: Candidates, options: MIPOptions,
                                      changes: (penalty: Double, anchors: Replanning.Anchors)? = nil) -> [InfeasibilityReason] {
        var mandatoryOnly = scenario
        mandatoryOnly.courses = scenario.courses.filter(\.mandatory)
        mandatoryOnly.budget = nil
        let ids = mandatoryOnly.courses.map(\.id)
        var quick = options
        quick.timeLimit = min(options.timeLimit, SearchTuning.diagnosisLimit)
        let mandatory = Set(scenario.courses.indices.filter { scenario.courses[$0].mandatory })
        let formulation = changes.map {
            Formulation(candidates: candidates.restricted(toCourses: mandatory), includeBudget: false, changes: (0, $0.anchors))
        } ?? Formulation(candidates: Candidates(scenario: mandatoryOnly), includeBudget: false)
        // A GLPK failure here is said, not dropped: the diagnosis is then the weaker one below.
        let solved: MIPSolution?
        var failure: [InfeasibilityReason] = []
        do {
            // The least cost alone (rule 8's side), not cost plus the value of what does not run.
            var leastCost = formulation.model
            leastCost.replaceObjective(with: formulation.cost)
            solved = try GLPKSolver.solve(leastCost, options: quick)
        } catch {
            solved = nil
            failure = [.other("(the least cost of the mandatory courses could not be worked out: \(error))")]
        }
        if let solution = solved,
           let least = solution.objective, solution.status == .optimal || solution.status == .feasible {
            if let budget = scenario.budget, least > budget {
                return [InfeasibilityReason(kind: .budgetBelowMandatory, budget: budget, least: least, exact: solution.status == .optimal,
                                            courses: ids, replanning: changes != nil,
                                            apprenticesPlaced: scenario.demand.contains { !$0.placed.isEmpty })]
            }
        }
        if let changes, !changes.anchors.started.isEmpty {
            // The fewest of them that still cannot run together (a deletion filter: leave each out in
            // turn, for good where the rest still cannot), so the reason names the clash, not all 19.
            var core = mandatory
            if solved?.status == .infeasible {
                let clock = ContinuousClock.now
                for c in mandatory.sorted() where ContinuousClock.now - clock < SearchTuning.diagnosisFilterLimit {
                    let rest = core.subtracting([c])
                    guard !rest.isEmpty else { continue }
                    // The courses left out are not required here (they would be rows 0 = 1).
                    var loose = candidates.scenario
                    for k in loose.courses.indices where !rest.contains(k) { loose.courses[k].mandatory = false }
                    let subset = Candidates(scenario: loose, courses: candidates.restricted(toCourses: rest).courses)
                    let model = Formulation(candidates: subset, includeBudget: false, changes: (0, changes.anchors)).model
                    if (try? GLPKSolver.solve(model, options: quick))?.status == .infeasible { core = rest }
                }
            }
            let started = changes.anchors.started.filter { core.contains($0.key) }
            let names = core.sorted().map { scenario.courses[$0].id }.joined(separator: ", ")
            let holders = started.keys.sorted().map { c in
                let options = candidates.courses[c]
                let who = (options.instructors.first ?? []).map { scenario.instructors[$0].id }.joined(separator: "/")
                let at = (options.venues.first ?? []).map { scenario.venues[$0].id }.joined(separator: "/")
                return "\(scenario.courses[c].id) from \(started[c].map { "\($0.remaining.firstDate)" } ?? "-") by \(who) at \(at)"
            }.joined(separator: "; ")
            return [.other("the courses that have happened or started (\(names)) cannot all keep their sessions: the instructors and "
                           + "venues free for the started ones' remaining sessions (\(holders)) clash with each other or their load limits")]
        }
        return [InfeasibilityReason(kind: .mandatoryClash, courses: ids)] + failure
    }
}
