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
        // The fewest of them that still cannot run together, so the reason names the clash, not all 19.
        let clash = solved?.status == .infeasible
            ? smallestClash(mandatory, candidates: candidates, anchors: changes?.anchors, options: quick)
            : (core: mandatory, complete: false)
        let core = clash.core
        if let changes, !changes.anchors.started.isEmpty {
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
        let named = core.isEmpty ? mandatory : core
        // Which of them, made optional, lets every other mandatory course run: the core's clash may
        // not be the only one (two apart, or one beside it), so each is tried on all of them.
        let enough = clash.complete && named.count > 1
            ? optionalEnough(named, mandatory: mandatory, candidates: candidates, anchors: changes?.anchors, options: quick) : nil
        return [InfeasibilityReason(kind: .mandatoryClash, courses: named.sorted().map { scenario.courses[$0].id },
                                    holders: clashHolders(named, candidates: candidates),
                                    optionalEnough: enough.map { $0.sorted().map { scenario.courses[$0].id } })] + failure
    }

    /// Those of `core` that, made optional, leave the other `mandatory` courses able to run together;
    /// `nil` when that is not settled in time.
    static func optionalEnough(_ core: Set<Int>, mandatory: Set<Int>, candidates: Candidates, anchors: Replanning.Anchors?,
                               options: MIPOptions) -> Set<Int>? {
        let clock = ContinuousClock.now
        var enough: Set<Int> = []
        for c in core.sorted() {
            guard ContinuousClock.now - clock < SearchTuning.diagnosisFilterLimit else { return nil }
            switch mandatoryRun(mandatory.subtracting([c]), candidates: candidates, anchors: anchors, options: options) {
            case .optimal, .feasible: enough.insert(c)
            case .infeasible: break
            default: return nil
            }
        }
        return enough
    }

    /// GLPK's verdict on running the `mandatory` courses together (the others not required; no budget).
    static func mandatoryRun(_ mandatory: Set<Int>, candidates: Candidates, anchors: Replanning.Anchors?,
                             options: MIPOptions) -> MIPSolution.Status? {
        var loose = candidates.scenario
        for k in loose.courses.indices where !mandatory.contains(k) { loose.courses[k].mandatory = false }
        let subset = Candidates(scenario: loose, courses: candidates.restricted(toCourses: mandatory).courses)
        let model = Formulation(candidates: subset, includeBudget: false, changes: anchors.map { (0, $0) }).model
        return (try? GLPKSolver.solve(model, options: options))?.status
    }

    /// A deletion filter: each course left out in turn, for good where the rest still cannot all
    /// run (the courses left out are not required: rows 0 = 1 otherwise). `complete` when it went
    /// through every course within ``SearchTuning/diagnosisFilterLimit``: then every course left
    /// is needed for the clash.
    static func smallestClash(_ mandatory: Set<Int>, candidates: Candidates, anchors: Replanning.Anchors?,
                              options: MIPOptions) -> (core: Set<Int>, complete: Bool) {
        var core = mandatory
        let clock = ContinuousClock.now
        for c in mandatory.sorted() {
            guard ContinuousClock.now - clock < SearchTuning.diagnosisFilterLimit else { return (core, false) }
            let rest = core.subtracting([c])
            guard !rest.isEmpty else { continue }
            switch mandatoryRun(rest, candidates: candidates, anchors: anchors, options: options) {
            case .infeasible: core = rest
            case .optimal, .feasible: break
            default: return (core, false) // not settled in time: the rest is not known to be needed
            }
        }
        return (core, true)
    }

    /// What several of `courses` share: the only instructor (or venue) any of their schedules can
    /// have, or a cohort; each named when it holds two or more of them.
    static func clashHolders(_ courses: Set<Int>, candidates: Candidates) -> [InfeasibilityReason.ClashHolder]? {
        let scenario = candidates.scenario
        var onlyInstructor: [Int: [String]] = [:], onlyVenue: [Int: [String]] = [:], cohort: [String: [String]] = [:]
        for c in courses.sorted() {
            let options = candidates.courses[c], id = scenario.courses[c].id
            let instructors = Set(options.instructors.joined()), venues = Set(options.venues.joined())
            if instructors.count == 1, let i = instructors.first { onlyInstructor[i, default: []].append(id) }
            if venues.count == 1, let v = venues.first { onlyVenue[v, default: []].append(id) }
            if let k = scenario.courses[c].cohort { cohort[k, default: []].append(id) }
        }
        let holders = onlyInstructor.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
            .map { InfeasibilityReason.ClashHolder(kind: .onlyInstructor, id: scenario.instructors[$0.key].id, courses: $0.value) }
            + onlyVenue.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
            .map { InfeasibilityReason.ClashHolder(kind: .onlyVenue, id: scenario.venues[$0.key].id, courses: $0.value) }
            + cohort.filter { $0.value.count > 1 }.sorted { $0.key < $1.key }
            .map { InfeasibilityReason.ClashHolder(kind: .cohort, id: $0.key, courses: $0.value) }
        return holders.isEmpty ? nil : holders
    }
}
