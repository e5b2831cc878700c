import Foundation
import GLPK
import TrainPlanCore

/// The integer program over the candidates (rules 5-8 and the objective).
///
/// Sets: courses c; their patterns p ∈ P(c); I(c,p) the instructors and V(c,p)
/// the venues usable with (c,p) (rules 1-4 are already applied by ``Candidates``);
/// T(c,p) the periods pattern p occupies; n(c) = sessions·sessionLength.
///
/// Variables (all binary):
///   y[c]      course c runs (GLPK branches on these first, most fractional
///             first: which courses run is a knapsack under the budget, and
///             branching on single patterns leaves that choice fractional for
///             a long time)
///   z[c,p]    course c runs with pattern p
///   u[c,i,p]  ... taught by instructor i
///   w[c,v,p]  ... hosted by venue v
///   e[i]      instructor i is engaged (only where it costs money or counts courses)
///   choice columns (optional): one per cost decision of a course, the sum of its columns
///             for that decision (taught by i, hosted by v, insured for at most θ), fixed
///             by a link row; GLPK branches on them after y[c], weighted by the cost at
///             stake (``choices(of:run:teach:host:insurance:scenario:)``)
///
/// The cost, one expression for the objective and the budget row (so the two cannot disagree):
///   cost = Σ n(c)·fee(i)·u[c,i,p] + Σ n(c)·rent(v)·w[c,v,p]       fees, rent
///        + Σ ss(c,p)·z[c,p] + Σ engagement(i)·e[i]                insurance, engagement
///        + Σ costPerPerson(d)·s[c,d]                              apprenticeships (DemandTerms.swift)
///        + the past sessions' cost                                re-planning (a constant)
///
/// Minimise   Σ value(c)·(1 − y[c]) + cost                        unmet value, cost
///          + π·(change count)                                    re-planning (below)
///          + the demand's unmet value                            DemandTerms.swift
/// subject to
///   run[c]:          Σ_p z[c,p] = y[c]         (y[c] fixed to 1 when c is mandatory: rule 7)
///   teach[c,p]:      Σ_i u[c,i,p] = z[c,p]     one instructor per running course
///   host[c,p]:       Σ_v w[c,v,p] = z[c,p]     one venue per running course
///   instr[i,t]:      Σ_{(c,p): t∈T(c,p)} u[c,i,p] ≤ 1      rule 5, a clique per period
///                    (≤ e[i] where i has e[i], here and in the star cliques and the
///                    day/week/total rows, whose limits L become L·e[i]: valid as u ≤ e[i],
///                    and it stops the LP from running a part-engaged instructor at full load)
///   venue[v,t]:      Σ_{(c,p): t∈T(c,p)} w[c,v,p] ≤ 1      rule 5
///   cohort[k,t]:     Σ_{c∈k, p: t∈T(c,p)} z[c,p] ≤ 1        rule 5
///   star cliques (optional, same resource r ∈ {i, v, k}): for a way x of course a
///   to use r and the ways X(b) of another course b that overlap x in time,
///                    x + Σ_{x'∈X(b)} x' ≤ 1    (valid: b uses r at most one way;
///                    much tighter than the per-period rows when patterns are long)
///   day[i,d]:        Σ len(c)·u[c,i,p] over p meeting on d ≤ maxSlotsPerDay(i)      rule 6
///   week[i,w]:       Σ slots(c,p,w)·u[c,i,p] ≤ maxSlotsPerWeek(i)                    rule 6
///   total[i]:        Σ n(c)·u[c,i,p] ≤ maxSlots(i)                                   rule 6
///   courses[i]:      Σ u[c,i,p] ≤ maxCourses(i)·e[i]                                 rule 6
///   engage[c,i]:     Σ_p u[c,i,p] ≤ e[i]       tight fixed-charge link, per course
///   teaches[i,S]:    Σ_{c∈S} Σ_p u[c,i,p] ≤ k·e[i]   for sets S of courses i cannot all teach
///                    within its periods and limits, k the most that fit (``TeachingConflicts``)
///   budget:          cost ≤ budget              rule 8
///   fit[r,S]:        Σ_{c∈S} y[c] ≤ |S| − 1    for each minimal set S of courses whose only
///                    venue (instructor, cohort) is r and that cannot all fit on r
///                    (``PackingConflicts``): the per-period rows let the LP spread each
///                    course over many patterns; these rows stop it running them all.
///
/// Industry demand (rules 9-10) adds served counts s[c,d], their rows, their value and the
/// apprenticeships' cost to `cost`: the math is beside the code, in DemandTerms.swift.
/// A course of `batches: N` is N courses ID.1 .. ID.N with  batch[k+1]: y[k+1] ≤ y[k].
///
/// Re-planning adds π per course whose plan differs from the earlier one:
///   + π·(1 − k[c]),  k[c] ≤ u[c,i₀,p₀], k[c] ≤ w[c,v₀,p₀]   for a course planned before as (i₀, v₀, p₀)
///   + π·y[c]                                                 for a course not planned before
///   + π                                                      for one whose earlier plan is no longer possible
/// (π times the change count, ``changeCount(_:model:)``; a what-if variant minimises the same count
/// against the base plan among its best plans, see ``LexicographicPlanner``)
/// and, for a course started on the re-planning date (rule 11), a pattern p per session k its
/// hand-over may start from: its remaining sessions from k on, whose holders u/w choose (a
/// hand-over when not i₀/v₀); the sessions before k stay with i₀ and v₀ (``KeptPart``):
///   cost += (fees(i₀) + rent(v₀) of those sessions)·z[c,p], and z[c,p] joins i₀'s, v₀'s and the
///   cohort's period rows and i₀'s day/week/total rows for them, as a way of its own;
/// what its past sessions hold is constant: their fees and rent, e[i₀] = 1, i₀'s past slots
/// subtracted from its day/week/total limits and the course from its maxCourses (``PastHoldings``).
///
/// Rows that cannot bind (a period only one course can use, a load limit above
/// what all courses together could reach) are left out, identical clique rows are
/// written once, and a period row whose members all sit in another row of the same
/// resource is left out as implied by it (``ImpliedCliques``).
public struct Formulation: Sendable {
    /// u[c,i,p] of one course and pattern: instructor i's column.
    typealias TeachColumn = (instructor: Int, variable: Variable)
    /// w[c,v,p] of one course and pattern: venue v's column.
    typealias HostColumn = (venue: Int, variable: Variable)

    public private(set) var model: LinearModel
    public let candidates: Candidates
    /// z[c][p]
    let run: [[Variable]]
    /// u[c][p], by course and pattern
    let teach: [[[TeachColumn]]]
    /// w[c][p], by course and pattern
    let host: [[[HostColumn]]]
    /// e[i], where present
    let engaged: [Int: Variable]
    /// y[c], for courses with options
    let runs: [Int: Variable]
    /// The choice columns (see ``choices(of:run:teach:host:insurance:scenario:)``) and what they sum.
    let choices: [(variable: Variable, members: [Variable])]
    /// s[c,d] (see ``DemandTerms``).
    let served: [(course: Int, entry: Int, variable: Variable)]
    /// k[c] of re-planning with the u and w it needs (a course kept as it was planned before).
    let kept: [(variable: Variable, teacher: Variable, venue: Variable)]
    /// The plan's total cost: rule 8's left side, also in the objective.
    let cost: LinearExpression

    /// Adds an earlier pass's cut rows to the model of a restart (see ReducedCostRestart.swift):
    /// `rows` of `earlier`, over the columns this model keeps.
    @discardableResult
    mutating func carry(_ rows: [LinearModel.Row], from earlier: LinearModel) -> Int {
        model.addRows(rows, from: earlier)
    }

    /// - Parameters:
    ///   - includeBudget: leave out rule 8 (to tell a budget problem from a clash).
    ///   - starCliques: also write, per resource, each way one course uses it together with
    ///     every clashing way of another course: a tighter LP for more rows.
    ///   - fitRows: write the `fit` rows (sets of courses that cannot share their only resource)
    ///     and the `teaches` rows (sets of courses one instructor cannot all teach).
    ///   - costChoices: add the choice columns GLPK branches on after the run variables
    ///     (see ``choices(of:run:teach:host:insurance:scenario:)``); they change no LP value, only the
    ///     search, so a model solved only as an LP goes without (and so do the slices of the
    ///     neighbourhood search alone, where they did not help).
    public init(candidates: Candidates, includeBudget: Bool = true, starCliques: Bool = false, fitRows: Bool = true,
                costChoices: Bool = true) {
        self.init(candidates: candidates, includeBudget: includeBudget, starCliques: starCliques, fitRows: fitRows,
                  costChoices: costChoices, changes: nil)
    }

    /// - Parameter changes: the change penalty π and the earlier plan (re-planning).
    init(candidates: Candidates, includeBudget: Bool = true, starCliques: Bool = false, fitRows: Bool = true,
         costChoices: Bool = true, changes: (penalty: Double, anchors: Replanning.Anchors)?) {
        self.init(candidates: candidates, includeBudget: includeBudget, starCliques: starCliques, fitRows: fitRows,
                  costChoices: costChoices, changes: changes, checkpoint: { () throws(Never) in })
    }

    /// - Parameter checkpoint: called between the parts of the model (per course, per resource,
    ///   per instructor); what it throws abandons the build, so that a helper thread building a
    ///   national model can be stopped within moments (see ``BoundWorker``).
    init<Stop: Error>(candidates: Candidates, includeBudget: Bool = true, starCliques: Bool = false, fitRows: Bool = true,
                      costChoices: Bool = true, changes: (penalty: Double, anchors: Replanning.Anchors)?,
                      checkpoint: () throws(Stop) -> Void) throws(Stop) {
        self.candidates = candidates
        let scenario = candidates.scenario
        let calendar = scenario.calendar
        var model = LinearModel(name: scenario.name)
        var run: [[Variable]] = []
        var teach: [[[TeachColumn]]] = []
        var host: [[[HostColumn]]] = []
        // The cost (objective and rule 8) and Σ value(c)·(1 − y[c]).
        var cost = LinearExpression()
        var unmetValue = LinearExpression()
        var runs: [Int: Variable] = [:]
        var insurances: [[Double]] = []   // per course, per pattern
        // Re-planning: the fixed past of started courses (rule 11).
        let past = PastHoldings(changes?.anchors.started ?? [:], scenario: scenario)

        // e[i]
        var engaged: [Int: Variable] = [:]
        for (i, instructor) in scenario.instructors.enumerated()
        where instructor.engagementCost > 0 || instructor.maxCourses != nil {
            let e = model.addVariable("engaged[\(instructor.id)]", kind: .binary, lower: past.courses[i] == nil ? 0 : 1)
            cost += instructor.engagementCost * e
            engaged[i] = e
        }

        // Re-planning: pattern p of a started course whose hand-over comes after its first remaining
        // session keeps the sessions before it with i₀ and v₀ (rule 11): z[c,p] pays their fees and
        // rent here, and holds i₀, v₀ and the cohort then and counts in i₀'s load (rows below).
        var keptParts: [KeptPart] = []
        for options in candidates.courses {
            try checkpoint()
            let course = scenario.courses[options.course]
            unmetValue.constant += course.value
            var z: [Variable] = [], u: [[TeachColumn]] = [], w: [[HostColumn]] = []
            let insurance = options.patterns.map {
                CostRules.socialSecurity(course, dates: past.allDates[options.course] ?? $0.dates,
                                         premium: scenario.premiumPerParticipantMonth)
            }
            insurances.append(insurance)
            for (p, pattern) in options.patterns.enumerated() {
                let tag = "\(course.id),\(pattern.firstDate),\(pattern.weekdays.map(\.rawValue).joined(separator: "-")),s\(pattern.startSlot)"
                let zp = model.addVariable("run[\(tag)]", kind: .binary)
                cost += insurance[p] * zp
                z.append(zp)
                if let started = changes?.anchors.started[options.course], case let kept = started.kept(before: pattern), !kept.isEmpty {
                    let part = KeptPart(course: options.course, variable: zp, started: started, dates: kept, scenario: scenario)
                    cost += part.cost * zp
                    keptParts.append(part)
                }
                u.append(options.instructors[p].map { i in
                    let fee = CostRules.fees(course, scenario.instructors[i], sessions: pattern.dates.count)
                    let v = model.addVariable("teach[\(tag),\(scenario.instructors[i].id)]", kind: .binary)
                    cost += fee * v
                    return (i, v)
                })
                w.append(options.venues[p].map { v in
                    let rent = CostRules.rent(course, scenario.venues[v], sessions: pattern.dates.count)
                    let x = model.addVariable("host[\(tag),\(scenario.venues[v].id)]", kind: .binary)
                    cost += rent * x
                    return (v, x)
                })
                model.add(sum(u[p].map(\.variable)) == zp, name: "teach[\(tag)]")
                model.add(sum(w[p].map(\.variable)) == zp, name: "host[\(tag)]")
            }
            let mustRun = course.mandatory
            if z.isEmpty {
                if mustRun { model.add(sum(z) == 1, name: "run[\(course.id)]") }
            } else {
                let y = model.addVariable("runs[\(course.id)]", kind: .binary, lower: mustRun ? 1 : 0)
                unmetValue += -course.value * y
                model.add(sum(z) == y, name: "run[\(course.id)]")
                runs[options.course] = y
            }
            run.append(z); teach.append(u); host.append(w)
        }

        cost += LinearExpression(constant: past.cost)

        // Rule 5: cliques per period for instructors, venues and cohorts.
        var instructorUse: [Int: [Int: [(course: Int, variable: Variable)]]] = [:]
        var venueUse: [Int: [Int: [(course: Int, variable: Variable)]]] = [:]
        var cohortUse: [String: [Int: [(course: Int, variable: Variable)]]] = [:]
        for options in candidates.courses {
            try checkpoint()
            let c = options.course
            let cohort = scenario.courses[c].cohortKey
            for p in options.patterns.indices {
                for t in options.periods[p] {
                    for (i, v) in teach[c][p] { instructorUse[i, default: [:]][t, default: []].append((c, v)) }
                    for (x, v) in host[c][p] { venueUse[x, default: [:]][t, default: []].append((c, v)) }
                    if let cohort { cohortUse[cohort, default: [:]][t, default: []].append((c, run[c][p])) }
                }
            }
        }
        // A kept part stands in the rows as a way of its own (course −1 − c): it never runs with
        // another pattern of its course, but may with its own pattern's new part (other periods).
        for part in keptParts {
            let cohort = scenario.courses[part.course].cohortKey
            for t in part.periods {
                instructorUse[part.instructor, default: [:]][t, default: []].append((-1 - part.course, part.variable))
                venueUse[part.venue, default: [:]][t, default: []].append((-1 - part.course, part.variable))
                if let cohort { cohortUse[cohort, default: [:]][t, default: []].append((-1 - part.course, part.variable)) }
            }
        }
        func courseName(_ c: Int) -> String { c >= 0 ? scenario.courses[c].id : "kept-" + scenario.courses[-1 - c].id }
        func cliques<Key: Comparable, Halt: Error>(_ use: [Key: [Int: [(course: Int, variable: Variable)]]], prefix: String,
                                      capacity: (Key) -> Variable? = { _ in nil }, name: (Key) -> String, check: () throws(Halt) -> Void) throws(Halt) {
            for key in use.keys.sorted() {
                try check()
                var written: Set<[Int]> = []
                // ≤ e[i] rather than ≤ 1 where the resource has an engagement variable.
                func atMostOne(_ members: [Variable]) -> LinearConstraint {
                    if let e = capacity(key) { return sum(members) <= 1 * e }
                    return sum(members) <= 1
                }
                var rows: [(t: Int, variables: [Variable], members: [Int])] = []
                for (t, entries) in use[key]!.sorted(by: { $0.key < $1.key }) {
                    guard Set(entries.map(\.course)).count > 1 else { continue }
                    let members = entries.map(\.variable.index).sorted()
                    guard written.insert(members).inserted else { continue }
                    rows.append((t, entries.map(\.variable), members))
                }
                for (t, variables, _) in ImpliedCliques.maximal(rows.map(\.members)).map({ rows[$0] }) {
                    let date = calendar.date(atOffset: t / calendar.slotCount)
                    model.add(atMostOne(variables), name: "\(prefix)[\(name(key)),\(date),s\(t % calendar.slotCount + 1)]")
                }
                guard starCliques else { continue }
                // Star cliques: one way a course uses the resource, with every way another
                // course would clash with it (the other course's ways exclude each other).
                var periods: [Variable: Set<Int>] = [:]
                var byCourse: [Int: [Variable]] = [:]
                for (t, entries) in use[key]! {
                    for entry in entries {
                        if periods[entry.variable] == nil { byCourse[entry.course, default: []].append(entry.variable) }
                        periods[entry.variable, default: []].insert(t)
                    }
                }
                let courses = byCourse.keys.sorted()
                for a in courses {
                    for b in courses where b != a {
                        for x in byCourse[a]!.sorted(by: { $0.index < $1.index }) {
                            let clash = byCourse[b]!.filter { !periods[$0]!.isDisjoint(with: periods[x]!) }
                            guard clash.count > 1 else { continue }
                            let members = ([x] + clash).map(\.index).sorted()
                            guard written.insert(members).inserted else { continue }
                            model.add(atMostOne([x] + clash), name: "\(prefix)[\(name(key)),x\(x.index),\(courseName(b))]")
                        }
                    }
                }
            }
        }
        try cliques(instructorUse, prefix: "instr", capacity: { engaged[$0] }, name: { scenario.instructors[$0].id },
                    check: checkpoint)
        try cliques(venueUse, prefix: "venue", name: { scenario.venues[$0].id }, check: checkpoint)
        try cliques(cohortUse, prefix: "cohort", name: { $0 }, check: checkpoint)

        // Rule 6: load limits, engagement. Each instructor's u[c,i,p] by course, in pattern order.
        var teaching = [[Int: [(pattern: Int, variable: Variable)]]](repeating: [:], count: scenario.instructors.count)
        for options in candidates.courses {
            try checkpoint()
            for p in options.patterns.indices {
                for (i, v) in teach[options.course][p] { teaching[i][options.course, default: []].append((p, v)) }
            }
        }
        var teachingWork = 0   // the search for teaches rows, over all instructors
        for (i, instructor) in scenario.instructors.enumerated() {
            try checkpoint()
            let byCourse = teaching[i]
            let kept = keptParts.filter { $0.instructor == i }
            guard !byCourse.isEmpty || !kept.isEmpty else { continue }
            let courses = byCourse.keys.sorted()
            // A limit L becomes L·e[i] where i has an engagement variable (valid: u ≤ e[i]),
            // so the LP cannot use a part-engaged instructor to its full limit.
            func capacity(_ limit: Int) -> LinearExpression {
                if let e = engaged[i] { return Double(limit) * e }
                return LinearExpression(constant: Double(limit))
            }
            /// A load row from each course's ways and the load each puts in it, declared as a
            /// knapsack too, one group per course (it runs one way, or none), for covers.
            func loadRow(_ ways: [Int: [(variable: Variable, weight: Double)]], room: Int, name: String) {
                let groups = ways.keys.sorted().compactMap { ways[$0] }
                model.add(sum(groups.flatMap { $0.map { $0.weight * $0.variable } }) <= capacity(room), name: name)
                model.groupedKnapsacks.append(GroupedKnapsack(groups: groups.map { $0.map { ($0.variable.index, $0.weight) } },
                                                              capacity: Double(room), switchColumn: engaged[i]?.index))
            }
            func limitRows(_ limit: Int?, prefix: String, bucket: (CivilDate) -> Int, label: (Int) -> String) {
                guard let limit else { return }
                var rows: [Int: [Int: [(variable: Variable, weight: Double)]]] = [:]   // bucket → course → ways
                let before = past.load(of: i, by: bucket)
                for c in courses {
                    for (p, v) in byCourse[c]! {
                        for (b, dates) in Dictionary(grouping: candidates.courses[c].patterns[p].dates, by: bucket) {
                            rows[b, default: [:]][c, default: []].append((v, Double(dates.count * scenario.courses[c].sessionLength)))
                        }
                    }
                }
                for part in kept {
                    for (b, dates) in Dictionary(grouping: part.dates, by: bucket) {
                        rows[b, default: [:]][-1 - part.course, default: []].append((part.variable, Double(dates.count * part.length)))
                    }
                }
                for (b, ways) in rows.sorted(by: { $0.key < $1.key }) {
                    let room = limit - before[b, default: 0]
                    // Only where every course at its heaviest way would overfill the room.
                    guard ways.values.reduce(0.0, { $0 + ($1.map(\.weight).max() ?? 0) }) > Double(room) else { continue }
                    loadRow(ways, room: room, name: "\(prefix)[\(instructor.id),\(label(b))]")
                }
            }
            limitRows(instructor.maxSlotsPerDay, prefix: "day", bucket: calendar.offset(of:)) { "\(calendar.date(atOffset: $0))" }
            limitRows(instructor.maxSlotsPerWeek, prefix: "week", bucket: calendar.week(of:)) { "w\($0 + 1)" }
            let keptLoad = kept.map { $0.dates.count * $0.length }.reduce(0, +)
            if let limit = instructor.maxSlots,
               courses.map({ scenario.courses[$0].slotCount }).reduce(0, +) + keptLoad + past.totalLoad(of: i) > limit {
                var ways: [Int: [(variable: Variable, weight: Double)]] = [:]
                for c in courses {
                    ways[c] = byCourse[c]!.map {
                        ($0.variable, Double(candidates.courses[c].patterns[$0.pattern].dates.count * scenario.courses[c].sessionLength))
                    }
                }
                for part in kept { ways[-1 - part.course, default: []].append((part.variable, Double(part.dates.count * part.length))) }
                loadRow(ways, room: limit - past.totalLoad(of: i), name: "total[\(instructor.id)]")
            }
            if let e = engaged[i] {
                for c in courses {
                    model.add(sum(byCourse[c]!.map(\.variable)) <= 1 * e, name: "engage[\(scenario.courses[c].id),\(instructor.id)]")
                }
                // A started course whose past i held counts once, held later or not.
                let held = past.courses[i] ?? []
                let counted = courses.filter { !held.contains($0) }
                if let limit = instructor.maxCourses, counted.count + held.count > limit {
                    model.add(sum(counted.flatMap { byCourse[$0]!.map(\.variable) }) <= Double(limit - held.count) * e,
                              name: "courses[\(instructor.id)]")
                }
            }
            // Sets of its courses the instructor cannot all teach (see TeachingConflicts); not
            // where re-planning holds some of its load already.
            if fitRows, courses.count >= 2, past.courses[i] == nil {
                let patterns = byCourse.mapValues { $0.map(\.pattern) }
                for conflict in TeachingConflicts.find(instructor: i, patterns: patterns, candidates: candidates, work: &teachingWork) {
                    let members = conflict.courses
                    model.add(sum(members.flatMap { (byCourse[$0] ?? []).map(\.variable) }) <= capacity(conflict.limit),
                              name: "teaches[\(instructor.id),\(members.map { scenario.courses[$0].id }.joined(separator: ","))]")
                }
            }
        }

        // Change penalties.
        var keptColumns: [(variable: Variable, teacher: Variable, venue: Variable)] = []
        var changePenalty = LinearExpression()
        if let changes, changes.penalty > 0 {
            let count = Self.changeCount(changes.anchors, candidates: candidates, teach: teach, host: host, runs: runs, model: &model)
            changePenalty = LinearExpression(count.expression.terms.map { ($0.variable, changes.penalty * $0.coefficient) },
                                             constant: changes.penalty * count.expression.constant)
            keptColumns = count.kept.map { ($0.kept, $0.teacher, $0.venue) }
        }

        // Rules 9-10 (see DemandTerms.swift) and the order of batches.
        let demand = DemandTerms(candidates: candidates, run: run, runs: runs, model: &model, cost: &cost)
        BatchOrder.add(candidates: candidates, runs: runs, to: &model)

        // The objective, and rule 8 over the same cost.
        model.replaceObjective(with: unmetValue + cost + changePenalty + demand.unmetValue)
        if includeBudget, let limit = scenario.budget {
            model.add(cost <= limit, name: "budget")
        }
        // Courses that must share a resource and cannot all fit on it (see PackingConflicts).
        try checkpoint()
        if fitRows {
            for conflict in PackingConflicts.find(candidates) {
                let ys = conflict.courses.compactMap { runs[$0] }
                guard ys.count == conflict.courses.count else { continue }
                model.add(sum(ys) <= Double(ys.count - 1),
                          name: "fit\(conflict.resource),\(conflict.courses.map { scenario.courses[$0].id }.joined(separator: ","))]")
            }
        }
        model.branchFirst = runs.keys.sorted().compactMap { runs[$0] }
        var choices: [(variable: Variable, members: [Variable])] = []
        for options in candidates.courses where costChoices && !options.isEmpty {
            let c = options.course
            for choice in Self.choices(of: options, run: run[c], teach: teach[c], host: host[c], insurance: insurances[c],
                                       scenario: scenario) {
                let x = model.addVariable(choice.name, kind: .binary)
                model.add(sum(choice.members) == x, name: "link\(choice.name)")
                model.branchNext.append((x, choice.weight))
                choices.append((x, choice.members))
            }
        }
        self.choices = choices
        self.served = demand.served
        self.kept = keptColumns
        self.cost = cost
        self.model = model
        self.run = run
        self.teach = teach
        self.host = host
        self.engaged = engaged
        self.runs = runs
    }

    /// The number of courses that run differently than `anchors` say they ran before, as an
    /// expression over columns it adds to `model`: 1 − k[c] with k[c] ≤ u[c,i₀,p₀], k[c] ≤ w[c,v₀,p₀]
    /// per course still possible as before, 1 per course scheduled before that no longer can be,
    /// y[c] per course not scheduled before. Re-planning prices it (the change penalty); a what-if
    /// variant minimises it among its best plans (``LexicographicPlanner``). `kept` lists each k[c]
    /// with the columns it is bounded by (to give it a start value).
    static func changeCount(_ anchors: Replanning.Anchors, candidates: Candidates,
                            teach: [[[TeachColumn]]], host: [[[HostColumn]]],
                            runs: [Int: Variable], model: inout LinearModel)
        -> (expression: LinearExpression, kept: [(kept: Variable, teacher: Variable, venue: Variable)]) {
        let scenario = candidates.scenario
        var expression = LinearExpression()
        var kept: [(kept: Variable, teacher: Variable, venue: Variable)] = []
        for options in candidates.courses {
            let c = options.course
            if let anchor = anchors.kept[c] {
                guard anchor.pattern < teach[c].count,   // (not in a model restricted to some courses)
                      let u = teach[c][anchor.pattern].first(where: { $0.instructor == anchor.instructor })?.variable,
                      let w = host[c][anchor.pattern].first(where: { $0.venue == anchor.venue })?.variable else { continue }
                let k = model.addVariable("kept[\(scenario.courses[c].id)]", kind: .binary)
                expression += LinearExpression([(k, -1)], constant: 1)
                model.add(1 * k - u <= 0, name: "keptTeacher[\(scenario.courses[c].id)]")
                model.add(1 * k - w <= 0, name: "keptVenue[\(scenario.courses[c].id)]")
                kept.append((k, u, w))
            } else if anchors.wasScheduled.contains(c) {
                expression.constant += 1
            } else if let y = runs[c] {
                expression += 1 * y
            }
        }
        return (expression, kept)
    }

    /// The change count of ``changeCount(_:candidates:teach:host:runs:model:)`` over this model's columns.
    func changeCount(_ anchors: Replanning.Anchors, model: inout LinearModel)
        -> (expression: LinearExpression, kept: [(kept: Variable, teacher: Variable, venue: Variable)]) {
        Self.changeCount(anchors, candidates: candidates, teach: teach, host: host, runs: runs, model: &model)
    }

    /// Where a course ran in an earlier plan, by index, each part where it still exists here.
    struct EarlierRun {
        var course: Int
        var instructor: Int?
        var venue: Int?
        var pattern: Int?
    }

    /// The parts that differ from the earlier plan, over the courses that run in both:
    ///   Σ_c (y[c] − Σ_p u[c,i₀,p]) + (y[c] − Σ_p w[c,v₀,p]) + (y[c] − z[c,p₀])
    /// (another instructor, another venue, other sessions; 0 for a course that does not run).
    func changedParts(_ earlier: [EarlierRun]) -> LinearExpression {
        var expression = LinearExpression()
        for ran in earlier {
            let c = ran.course
            guard let y = runs[c] else { continue }
            expression += 3 * y
            if let p = ran.pattern, p < run[c].count { expression += -1 * run[c][p] }
            for p in teach[c].indices {
                if let u = teach[c][p].first(where: { $0.instructor == ran.instructor }) { expression += -1 * u.variable }
                if let w = host[c][p].first(where: { $0.venue == ran.venue }) { expression += -1 * w.variable }
            }
        }
        return expression
    }

    /// The assignment of each course in a solution vector (`nil`: not scheduled).
    public func assignments(from values: [Double]) -> [Assignment?] {
        candidates.courses.map { options in
            let c = options.course
            guard let p = run[c].indices.first(where: { values[run[c][$0].index] > 0.5 }),
                  let i = teach[c][p].first(where: { values[$0.variable.index] > 0.5 })?.instructor,
                  let v = host[c][p].first(where: { values[$0.variable.index] > 0.5 })?.venue else { return nil }
            return Assignment(instructor: i, venue: v, pattern: options.patterns[p])
        }
    }

    /// The solution vector of a set of assignments (to offer GLPK a first incumbent);
    /// `nil` if an assignment is not among the candidates.
    public func values(for assignments: [Assignment?]) -> [Double]? {
        var values = [Double](repeating: 0, count: model.columns.count)
        for (options, assignment) in zip(candidates.courses, assignments) {
            guard let assignment else { continue }
            let c = options.course
            guard let p = options.patterns.firstIndex(of: assignment.pattern),
                  let u = teach[c][p].first(where: { $0.instructor == assignment.instructor }),
                  let w = host[c][p].first(where: { $0.venue == assignment.venue }) else { return nil }
            values[run[c][p].index] = 1
            if let y = runs[c] { values[y.index] = 1 }
            values[u.variable.index] = 1
            values[w.variable.index] = 1
            if let e = engaged[assignment.instructor] { values[e.index] = 1 }
        }
        for choice in choices { values[choice.variable.index] = choice.members.reduce(0) { $0 + values[$1.index] } }
        for k in kept { values[k.variable.index] = min(values[k.teacher.index], values[k.venue.index]) }
        if !served.isEmpty { fillServed(&values, assignments: assignments) }
        return values
    }

    /// The served counts s[c,d] that are best for these assignments (``DemandAllocation``, within
    /// what the budget row leaves): an offered start without them would count every demand entry
    /// as unmet, and GLPK would begin from a plan far worse than the one it was given.
    private func fillServed(_ values: inout [Double], assignments: [Assignment?]) {
        let scenario = candidates.scenario
        var lastDates = [CivilDate?](repeating: nil, count: scenario.courses.count)
        for (options, assignment) in zip(candidates.courses, assignments) { lastDates[options.course] = assignment?.pattern.lastDate }
        let budgetRow = model.rows.first { $0.name == "budget" }
        let left = budgetRow.flatMap { row in
            row.upper.map { $0 - row.terms.reduce(0) { $0 + $1.coefficient * values[$1.column] } }
        }
        let column = Dictionary(served.map { (Pair(course: $0.course, entry: $0.entry), $0.variable) }, uniquingKeysWith: { a, _ in a })
        var filled = values
        for share in DemandAllocation.best(scenario, lastDates: lastDates, budgetLeft: left) {
            guard let s = column[Pair(course: share.course, entry: share.entry)] else { continue }
            filled[s.index] = Double(share.people)
        }
        // (A row of a slice model the allocation does not know of: the start without demand served.)
        if model.violatedRows(filled).isEmpty { values = filled }
    }

    private struct Pair: Hashable { var course: Int, entry: Int }

    /// The decisions of one course that change its cost, as sums of its columns:
    /// taught by instructor i (Σ_p u[c,i,p]), hosted by venue v (Σ_p w[c,v,p]), and
    /// insured for at most θ (Σ z[c,p] over patterns whose insurance is ≤ θ, for each
    /// insurance level θ but the highest). Branching on these, weighted by the cost at
    /// stake, moves the bound where branching on single patterns only shuffles the
    /// relaxation among equally cheap fractional timetables.
    static func choices(of options: CourseOptions, run: [Variable],
                        teach: [[TeachColumn]], host: [[HostColumn]],
                        insurance: [Double], scenario: Scenario) -> [(name: String, members: [Variable], weight: Double)] {
        let course = scenario.courses[options.course]
        var result: [(name: String, members: [Variable], weight: Double)] = []
        // Weight: the spread of the course's cost over the choices, plus what choosing
        // this one may add on top (an engagement); 1 at least, so ties still rank.
        func add<Key: Comparable>(_ ways: [Key: [Variable]], cost: (Key) -> Double, extra: (Key) -> Double,
                                  name: (Key) -> String) {
            guard ways.count > 1 else { return }
            let costs = ways.keys.map(cost)
            let spread = (costs.max() ?? 0) - (costs.min() ?? 0)
            for key in ways.keys.sorted() {
                result.append((name(key), ways[key]!, spread + extra(key) + 1))
            }
        }
        let byInstructor = Dictionary(grouping: teach.joined(), by: \.instructor).mapValues { $0.map(\.variable) }
        add(byInstructor, cost: { CostRules.fees(course, scenario.instructors[$0]) },
            extra: { scenario.instructors[$0].engagementCost }) { "byInstructor[\(course.id),\(scenario.instructors[$0].id)]" }
        let byVenue = Dictionary(grouping: host.joined(), by: \.venue).mapValues { $0.map(\.variable) }
        add(byVenue, cost: { CostRules.rent(course, scenario.venues[$0]) }, extra: { _ in 0 }) {
            "atVenue[\(course.id),\(scenario.venues[$0].id)]"
        }
        let levels = Set(insurance).sorted()
        for (k, level) in levels.dropLast().enumerated() {
            let members = run.indices.filter { insurance[$0] <= level }.map { run[$0] }
            result.append(("insuredUpTo[\(course.id),\(String(format: "%.0f", level))]", members, levels[k + 1] - level))
        }
        return result
    }
}

/// The sessions a started course's own instructor and venue keep before a later hand-over
/// (rule 11), taken when its pattern's z runs: their fees and rent, periods and load.
struct KeptPart {
    var course: Int
    var variable: Variable
    var instructor: Int
    var venue: Int
    var dates: [CivilDate]
    var periods: [Int]
    /// Slots per session.
    var length: Int
    var cost: Double

    init(course c: Int, variable: Variable, started: StartedCourse, dates: [CivilDate], scenario: Scenario) {
        let course = scenario.courses[c]
        let slots = started.remaining.slots(length: course.sessionLength)
        self.course = c
        self.variable = variable
        instructor = started.instructor
        venue = started.venue
        self.dates = dates
        periods = dates.flatMap { date in slots.map { scenario.calendar.period(of: date, slot: $0) } }
        length = course.sessionLength
        cost = CostRules.fees(course, scenario.instructors[started.instructor], sessions: dates.count)
            + CostRules.rent(course, scenario.venues[started.venue], sessions: dates.count)
    }
}
