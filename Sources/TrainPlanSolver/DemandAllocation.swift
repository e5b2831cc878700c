import GLPK
import TrainPlanCore

/// The best served counts for a FIXED schedule (rules 9-10): which scheduled course's
/// trainees go to which demand entry.
///
/// With the courses' last dates known, what remains of ``DemandTerms`` is a transportation
/// problem with one budget row: maximise Σ (valuePerPerson(d) − costPerPerson(d))·s[c,d]
/// subject to Σ_d s[c,d] ≤ participants(c), Σ_c s[c,d] ≤ people(d), s[c,d] ≤ m(c,d) where c
/// can serve d (else s = 0), and Σ costPerPerson(d)·s[c,d] ≤ the budget the schedule leaves.
/// Without the budget row the constraint matrix is totally unimodular and the LP is integral;
/// with it, it is a small integer program. Both are solved here by GLPK with integer columns
/// and a zero gap, so the answer is optimal: the same served counts (up to ties) that the whole
/// model would choose for this schedule, hence the same objective. Every plan assembled from
/// assignments (greedy plans, neighbourhood slices, the final plan) gets its counts here.
public enum DemandAllocation {
    /// One course's trainees counted for one demand entry.
    public struct Share: Sendable, Hashable {
        public var course: Int
        public var entry: Int
        public var people: Int
    }

    /// - Parameters:
    ///   - lastDates: the last session date of each course, `nil` where it does not run.
    ///   - budgetLeft: what the budget leaves after the schedule's own costs; `nil` without a budget.
    public static func best(_ scenario: Scenario, lastDates: [CivilDate?], budgetLeft: Double?) -> [Share] {
        guard !scenario.demand.isEmpty else { return [] }
        let premium = scenario.premiumPerParticipantMonth
        var pairs: [Pair] = []
        for (c, last) in lastDates.enumerated() {
            guard let last else { continue }
            let course = scenario.courses[c]
            for (d, entry) in scenario.demand.enumerated() where DemandRules.canServe(course, lastDate: last, entry) {
                let cost = DemandRules.costPerPerson(entry, premium: premium)
                let cap = min(course.participants, entry.people), placed = min(cap, entry.placed[course.id] ?? 0)
                // Apprentices already placed (re-planning) stay, whatever they are worth.
                guard entry.valuePerPerson > cost || placed > 0 else { continue }
                pairs.append(Pair(course: c, entry: d, cap: cap, placed: placed, net: entry.valuePerPerson - cost, cost: cost))
            }
        }
        guard !pairs.isEmpty else { return [] }
        // To the cent, as every amount of the format is.
        let left = budgetLeft.map { max(0, ($0 * 100).rounded() / 100) }

        var model = LinearModel(name: "demand allocation", sense: .maximize)
        let s = pairs.map { pair in
            model.addVariable("s[\(pair.course),\(pair.entry)]", kind: .integer, lower: Double(pair.placed), upper: Double(pair.cap),
                              objective: pair.net)
        }
        for (c, members) in Dictionary(grouping: pairs.indices, by: { pairs[$0].course }).sorted(by: { $0.key < $1.key }) {
            model.add(sum(members.map { s[$0] }) <= Double(scenario.courses[c].participants), name: "trainees[\(c)]")
        }
        for (d, members) in Dictionary(grouping: pairs.indices, by: { pairs[$0].entry }).sorted(by: { $0.key < $1.key }) {
            model.add(sum(members.map { s[$0] }) <= Double(scenario.demand[d].people), name: "people[\(d)]")
        }
        if let left, pairs.contains(where: { $0.cost > 0 }) {
            model.add(sum(pairs.indices.map { pairs[$0].cost * s[$0] }) <= left, name: "budget")
        }
        // Gomory cuts close the budget row's knapsack at once: without them GLPK branched for 30 s
        // (its time limit then) on 406 columns of a generated national year with demand, at 0.04 %
        // from the LP, once per plan assembled, and a 3 s solve took 34 s; with them it is proven at
        // the root (measured with glpsol on the same model, 0.0 s). A run cut short keeps the better
        // of what it found and the greedy allocation.
        var options = MIPOptions(timeLimit: SearchTuning.demandAllocationLimit, relativeGap: 0, presolve: true,
                                 cuts: [.gomory, .mixedIntegerRounding, .cover], branching: .mostFractional)
        options.echoLog = false
        guard let solution = try? GLPKSolver.solve(model, options: options), let values = solution.values,
              solution.status == .optimal || solution.status == .feasible else {
            return greedy(pairs, scenario: scenario, budgetLeft: left)
        }
        let found = pairs.indices.compactMap { k -> Share? in
            let people = Int(values[k].rounded())
            return people > 0 ? Share(course: pairs[k].course, entry: pairs[k].entry, people: people) : nil
        }
        guard solution.status == .feasible else { return found }
        let net = Dictionary(pairs.map { (Pair.Key(course: $0.course, entry: $0.entry), $0.net) }, uniquingKeysWith: { a, _ in a })
        func worth(_ shares: [Share]) -> Double {
            shares.reduce(0) { $0 + Double($1.people) * (net[Pair.Key(course: $1.course, entry: $1.entry)] ?? 0) }
        }
        let fallback = greedy(pairs, scenario: scenario, budgetLeft: left)
        return worth(found) >= worth(fallback) ? found : fallback
    }

    /// One (course, entry) a course can serve: at most `cap` people, at least the `placed` ones.
    struct Pair {
        struct Key: Hashable { var course: Int, entry: Int }
        var course: Int, entry: Int, cap: Int, placed: Int
        var net: Double, cost: Double
    }

    /// A valid (not always optimal) allocation, placed apprentices first, then best value per person:
    /// the fallback should GLPK fail.
    static func greedy(_ pairs: [Pair], scenario: Scenario, budgetLeft: Double?) -> [Share] {
        var trainees = scenario.courses.map(\.participants), people = scenario.demand.map(\.people)
        var left = budgetLeft ?? .infinity
        var result: [Share] = []
        for pair in pairs.sorted(by: { ($0.placed > 0 ? 1 : 0, $0.net) > ($1.placed > 0 ? 1 : 0, $1.net) }) {
            var n = min(pair.cap, trainees[pair.course], people[pair.entry])
            if pair.cost > 0, left.isFinite { n = min(n, max(0, Int(min(Double(n), (left / pair.cost).rounded(.down))))) }
            n = max(n, min(pair.placed, trainees[pair.course], people[pair.entry]))
            guard n > 0 else { continue }
            trainees[pair.course] -= n
            people[pair.entry] -= n
            left -= Double(n) * pair.cost
            result.append(Share(course: pair.course, entry: pair.entry, people: n))
        }
        return result
    }
}
