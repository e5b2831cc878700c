import TrainPlanCore

/// A restart of the whole-model search on the ways that can still beat the incumbent.
///
/// GLPK's root LP, cuts included, has value z and reduced costs d. A column at 0 with
/// d[j] > U − z (U the incumbent) is 0 in every plan better than U: any plan with it at 1
/// costs at least z + d[j] > U. GLPK fixes such columns in its own tree, but keeps the
/// model's size and the cuts it derived from all of it. Here, once they are a large share
/// (``SearchTuning/restartShare``), the search stops and starts again on candidates without
/// them: the ways (pattern, instructor, venue) the fixed columns stand for are left out,
///
///     z[c,p] fixed, or y[c] fixed          ⇒ pattern p of c (all of c's patterns) left out
///     u[c,i,p] fixed, or e[i] fixed        ⇒ instructor i left out of (c, p) (of every course)
///     w[c,v,p] fixed                       ⇒ venue v left out of (c, p)
///     a choice column fixed                ⇒ every column it sums fixed too
///     (c, p) without instructors or venues ⇒ pattern p left out
///
/// and the smaller model gets its own rows (fewer and tighter `fit` sets, lighter load rows)
/// and its own cuts. The incumbent's ways are never left out (its columns have d ≤ U − z),
/// so it starts the new search, and the new search's bound holds for the whole problem: a
/// plan better than U is in the smaller model, one not better is no better than U.
///
/// The new model also gets the cut rows of every earlier root, over the columns it keeps, each
/// valid for every plan better than U: a term on a column the new model lacks is dropped only
/// where that loosens the cut (a choice column can vanish while its sum is still 1), else the cut
/// stays behind (``LinearModel/addRows(_:from:)``). A cut may leave out plans as good as U, so a
/// restarted pass with no plan at all proves U optimal. Without the carried cuts a new root can
/// start lower than the last (weekly-5: 124.9 M with its cuts, 121.3 M for the next pass's root,
/// whose own cuts hardly moved its LP).
extension Formulation {
    /// The candidates without the ways the `fixed` columns (at 0 in any better plan) stand for.
    func candidates(without fixed: [Int]) -> Candidates {
        var zero = Set(fixed)
        for choice in choices where zero.contains(choice.variable.index) {
            zero.formUnion(choice.members.map(\.index))
        }
        let idle = Set(engaged.filter { zero.contains($0.value.index) }.keys)
        let pruned = candidates.courses.map { options -> CourseOptions in
            let c = options.course
            let runsNot = runs[c].map { zero.contains($0.index) } ?? false
            var patterns: [Pattern] = [], periods: [[Int]] = [], instructors: [[Int]] = [], venues: [[Int]] = []
            for p in options.patterns.indices where !runsNot && !zero.contains(run[c][p].index) {
                let teachers = teach[c][p].filter { !zero.contains($0.variable.index) && !idle.contains($0.instructor) }
                let rooms = host[c][p].filter { !zero.contains($0.variable.index) }
                guard !teachers.isEmpty, !rooms.isEmpty else { continue }
                patterns.append(options.patterns[p])
                periods.append(options.periods[p])
                instructors.append(teachers.map(\.instructor))
                venues.append(rooms.map(\.venue))
            }
            return CourseOptions(course: c, patterns: patterns, periods: periods, instructors: instructors, venues: venues,
                                 reasons: options.reasons)
        }
        return Candidates(scenario: candidates.scenario, courses: pruned)
    }
}
