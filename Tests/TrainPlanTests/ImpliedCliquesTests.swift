import Testing
import TrainPlanCore
import TrainPlanGenerator
@testable import TrainPlanSolver

/// Period rows left out of the model (``ImpliedCliques``) must be implied by a row it keeps.
@Suite struct ImpliedCliquesTests {
    /// Against the definition: a set is kept exactly when no other set strictly contains it.
    @Test func maximalSetsMatchTheDefinition() {
        var random = SplitMix(seed: 11)
        var dropped = 0
        for _ in 0..<400 {
            let universe = 2 + Int(random.next() % 10)
            var sets: [[Int]] = []
            for _ in 0..<(1 + Int(random.next() % 12)) {
                let members = (0..<universe).filter { _ in random.next() % 3 == 0 }
                if !members.isEmpty, !sets.contains(members) { sets.append(members) }
            }
            let expected = sets.indices.filter { a in
                !sets.indices.contains { b in b != a && Set(sets[a]).isStrictSubset(of: Set(sets[b])) }
            }
            #expect(ImpliedCliques.maximal(sets) == expected, "\(sets)")
            dropped += sets.count - expected.count
        }
        #expect(dropped >= 200, "only \(dropped) sets contained in others")
    }

    /// Every clique of rule 5 (the columns of different courses that would use one instructor,
    /// venue or cohort in one period) lies within a row of the model for that resource, with
    /// the same right-hand side, on tiny scenarios and on generated long programmes, where
    /// most period rows are left out.
    @Test func everyPeriodCliqueLiesInAKeptRow() {
        var leftOut = 0
        let scenarios = (UInt64(1)...60).map { TinyScenarios.make(seed: $0) }
            + [ScenarioGenerator.generate(.long, seed: 1).scenario, ScenarioGenerator.generate(.weekly, seed: 2).scenario]
        for scenario in scenarios {
            let formulation = Formulation(candidates: Candidates(scenario: scenario))
            // The kept period rows by resource: "instr[ID", "venue[ID", "cohort[KEY".
            var rows: [String: [Set<Int>]] = [:]
            for row in formulation.model.rows {
                guard let resource = Self.resource(row.name) else { continue }
                rows[resource, default: []].append(Set(row.terms.filter { $0.coefficient == 1 }.map(\.column)))
            }
            var cliques: [String: [Int: [(course: Int, column: Int)]]] = [:]
            for options in formulation.candidates.courses {
                let c = options.course
                for p in options.patterns.indices {
                    for t in options.periods[p] {
                        for (i, u) in formulation.teach[c][p] {
                            cliques["instr[\(scenario.instructors[i].id)", default: [:]][t, default: []].append((c, u.index))
                        }
                        for (v, w) in formulation.host[c][p] {
                            cliques["venue[\(scenario.venues[v].id)", default: [:]][t, default: []].append((c, w.index))
                        }
                        if let cohort = scenario.courses[c].cohortKey {
                            cliques["cohort[\(cohort)", default: [:]][t, default: []].append((c, formulation.run[c][p].index))
                        }
                    }
                }
            }
            let written = rows.values.reduce(0) { $0 + $1.count }
            var distinct = 0
            for (resource, periods) in cliques {
                var seen: Set<Set<Int>> = []
                for entries in periods.values where Set(entries.map(\.course)).count > 1 {
                    let members = Set(entries.map(\.column))
                    if seen.insert(members).inserted { distinct += 1 }
                    #expect(rows[resource, default: []].contains { members.isSubset(of: $0) },
                            "\(scenario.name): a clique of \(resource)] lies in no row")
                }
            }
            leftOut += distinct - written
        }
        #expect(leftOut >= 1000, "only \(leftOut) period rows left out")
    }

    /// "instr[BLK-01" of "instr[BLK-01,2023-03-06,s2]"; nil for other rows.
    static func resource(_ name: String) -> String? {
        guard ["instr[", "venue[", "cohort["].contains(where: name.hasPrefix),
              let comma = name.lastIndex(of: ","),
              let before = name[..<comma].lastIndex(of: ",") else { return nil }
        return String(name[..<before])
    }
}
