import Foundation

/// One way a plan breaks the rules or misstates its numbers.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    /// The rule of the format (1-10), or `nil` for a wrong figure or a malformed plan.
    public var rule: Int?
    public var course: String?
    public var message: String
    /// Rule 8: by how much the plan's cost exceeds the budget (a solver tolerance is undone by it).
    public var excess: Double? = nil
    /// What `message` says as a template and its figures, for a report in another language (rules 1-10).
    public var key: ViolationKey? = nil
    public var arguments: [String] = []

    public init(rule: Int?, course: String?, message: String, excess: Double? = nil) {
        self.rule = rule
        self.course = course
        self.message = message
        self.excess = excess
    }

    public init(rule: Int?, course: String?, key: ViolationKey, _ arguments: [String], excess: Double? = nil) {
        self.init(rule: rule, course: course, message: ViolationKey.filled(key.english, arguments), excess: excess)
        self.key = key
        self.arguments = arguments
    }

    /// Rule 5: the other course a clash names (`alsoTeaches`, `alsoHosts`, `cohortAlsoAttends`).
    public var otherCourse: String? {
        switch key {
        case .alsoTeaches, .alsoHosts, .cohortAlsoAttends: arguments.count > 1 ? arguments[1] : nil
        default: nil
        }
    }

    public var description: String {
        let rule = self.rule.map { "rule \($0)" } ?? "plan"
        return "[\(rule)] " + (course.map { "\($0): " } ?? "") + message
    }
}

/// A plan's figures recomputed from its assignments alone.
public struct PlanEvaluation: Sendable {
    public var cost: CostBreakdown
    public var unmetValue: Double
    public var objective: Double { cost.total + unmetValue }
}

public struct VerificationReport: Sendable {
    public var violations: [Violation]
    /// `nil` when the plan has no schedule to cost (infeasible/unknown).
    public var evaluation: PlanEvaluation?
    public var isValid: Bool { violations.isEmpty }
}

/// Checks a plan against rules 1-8 and recomputes every figure.
///
/// It shares only the scenario model, calendar and cost rules with the solver,
/// never the candidates or the formulation, so that it catches their bugs:
/// every test of the solver ends here.
public enum PlanVerifier {
    /// What refutes a plan that says `infeasible` where the plan that schedules nothing is valid:
    /// no course is mandatory and the budget is not negative. Not part of ``verify(_:against:)``:
    /// a re-plan's frozen past can make such a scenario infeasible (rule 11), and a plan file does
    /// not say it was re-planned; `verify` without `--from` adds it.
    public static func infeasibleRefutation(_ plan: Plan, against scenario: Scenario) -> Violation? {
        guard plan.status == .infeasible, !scenario.courses.contains(where: \.mandatory), (scenario.budget ?? 0) >= 0 else { return nil }
        return Violation(rule: nil, course: nil,
                         message: "status infeasible, but a valid plan exists: no course is mandatory, so scheduling nothing is valid")
    }

    /// A hand-over in a plan that does not say it was re-planned: outside rule 11 a scheduled course
    /// has one instructor and one venue. Not part of ``verify(_:against:)``, which checks each
    /// holder of a re-planned plan; `verify` without `--from` adds it.
    public static func handoversOutsideReplanning(_ plan: Plan) -> [Violation] {
        guard plan.replanning == nil else { return [] }
        return plan.scheduledCourses.compactMap { course in
            course.handover.map { handover in
                Violation(rule: 11, course: course.id,
                          message: "is handed over from \(handover.from), but the plan has no replanning section: outside "
                              + "re-planning a course has one instructor and one venue (check a re-plan with --from and --frozen-until)")
            }
        }
    }

    public static func verify(_ plan: Plan, against scenario: Scenario) -> VerificationReport {
        var violations: [Violation] = []
        func fail(_ rule: Int?, _ course: String?, _ message: String) {
            violations.append(Violation(rule: rule, course: course, message: message))
        }
        func fail(_ rule: Int, _ course: String?, _ key: ViolationKey, _ arguments: CustomStringConvertible...) {
            violations.append(Violation(rule: rule, course: course, key: key, arguments.map(\.description)))
        }
        let calendar = scenario.calendar

        // The plan lists every course of the scenario, in order.
        let planIDs = plan.courses.map(\.id), scenarioIDs = scenario.courses.map(\.id)
        if planIDs != scenarioIDs {
            let missing = scenarioIDs.filter { !planIDs.contains($0) }
            let extra = planIDs.filter { !scenarioIDs.contains($0) }
            if !missing.isEmpty { fail(nil, nil, "courses missing from the plan: \(missing.joined(separator: ", "))") }
            if !extra.isEmpty { fail(nil, nil, "courses not in the scenario: \(extra.joined(separator: ", "))") }
            var seen: Set<String> = []
            let twice = planIDs.filter { !seen.insert($0).inserted }
            if !twice.isEmpty { fail(nil, nil, "courses listed more than once: \(Array(Set(twice)).sorted().joined(separator: ", "))") }
            if missing.isEmpty, extra.isEmpty, twice.isEmpty { fail(nil, nil, "courses are not listed once each in the scenario's order") }
        }
        let hasSchedule = plan.status == .optimal || plan.status == .feasible
        if !hasSchedule {
            if plan.objective != nil || plan.cost != nil || plan.unmetValue != nil {
                fail(nil, nil, "status \(plan.status.rawValue) must have null objective, cost and unmetValue")
            }
            for course in plan.courses where course.scheduled {
                fail(nil, course.id, "scheduled in a plan with status \(plan.status.rawValue)")
            }
            if !(plan.engage ?? []).isEmpty { fail(nil, nil, "status \(plan.status.rawValue) engages no one, the plan lists engagements") }
            if plan.bound != nil || plan.gap != nil { fail(nil, nil, "status \(plan.status.rawValue) must have null bound and gap") }
            // PROBLEM.md: without a plan "every course is listed unscheduled with reasons".
            let silent = plan.courses.filter { !$0.scheduled && ($0.reasons ?? []).isEmpty }.map(\.id)
            if !silent.isEmpty {
                fail(nil, nil, "status \(plan.status.rawValue) lists every course with its reasons; none given for \(silent.prefix(10).joined(separator: ", "))"
                     + (silent.count > 10 ? " and \(silent.count - 10) more" : ""))
            }
            return VerificationReport(violations: violations, evaluation: nil)
        }

        var cost = CostBreakdown()
        // The cost in whole cents, exactly: each figure is a whole number of cents, where their sum in
        // floating point may be a cent or more off near 10^12 (rule 8 compares this, not the sum).
        var cents = CentsTotal()
        var unmet = 0.0
        var instructorPeriods: [String: [Int: String]] = [:]
        var venuePeriods: [String: [Int: String]] = [:]
        var cohortPeriods: [String: [Int: String]] = [:]
        var perDay: [String: [Int: Int]] = [:], perWeek: [String: [Int: Int]] = [:]
        var total: [String: Int] = [:], courseCount: [String: Int] = [:]
        var taught: [String: [String]] = [:]
        var lastDates: [String: CivilDate] = [:]
        let plannedByID = Dictionary(plan.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        for course in scenario.courses {
            guard let planned = plannedByID[course.id], planned.scheduled else {
                unmet += course.value
                if course.mandatory { fail(7, course.id, .mandatoryNotScheduled) }
                continue
            }
            // Rule 11: a hand-over splits the sessions between two holders; rules 1-2 apply to each.
            guard let holdings = holdings(of: planned, course: course, scenario: scenario, fail: fail) else { continue }
            for instructor in distinct(holdings.map(\.instructor), by: \.id) {
                if (instructor.skills[course.skill] ?? 0) < course.level {
                    fail(1, course.id, .notQualified, instructor.id, course.skill, course.level)
                }
                if !course.instructors.isEmpty, !course.instructors.contains(instructor.id) {
                    fail(1, course.id, .notInInstructorsList, instructor.id)
                }
            }
            for venue in distinct(holdings.map(\.venue), by: \.id) {
                if venue.capacity < course.participants {
                    fail(2, course.id, .venueTooSmall, venue.id, venue.capacity, course.participants)
                }
                for tag in course.equipment where !venue.equipment.contains(tag) {
                    fail(2, course.id, .lacksEquipment, venue.id, tag)
                }
                if !course.venues.isEmpty, !course.venues.contains(venue.id) {
                    fail(2, course.id, .notInVenuesList, venue.id)
                }
            }

            // Rule 3: the rhythm, regenerated from the first date.
            // In date order: a plan written by hand or by another tool may list them otherwise, and the
            // order says nothing the dates do not.
            let sessions = (planned.sessions ?? []).sorted { $0.date < $1.date }
            // A plan written by hand may leave out `weekdays` and `startSlot`: its sessions say them.
            let days = planned.weekdays ?? Self.weekdays(of: sessions.map(\.date), course: course, calendar: calendar)
            let slot = planned.startSlot ?? sessions.first?.slots.min() ?? 0
            // Compared before any arithmetic: a hand-made plan may state a start slot of 2^63-1.
            let slotFits = slot >= 1 && slot <= calendar.slotCount - course.sessionLength + 1
            let expectedSlots = slotFits ? Array(slot..<(slot + course.sessionLength)) : []
            var rhythmOK = true
            if Set(days).count != days.count {
                fail(3, course.id, .weekdayTwice, days.map(\.rawValue).joined(separator: " "), course.daysPerWeek)
                rhythmOK = false
            } else if days.count != course.daysPerWeek {
                fail(3, course.id, .weekdayCount, days.count, course.daysPerWeek)
                rhythmOK = false
            }
            if let other = days.first(where: { !course.weekdays.contains($0) }) {
                fail(3, course.id, .notItsWeekday, other.rawValue)
                rhythmOK = false
            }
            if !slotFits {
                fail(3, course.id, .slotDoesNotFit, slot, course.sessionLength, calendar.slotCount)
                rhythmOK = false
            }
            if sessions.count != course.sessions {
                fail(3, course.id, .sessionCount, sessions.count, course.sessions)
                rhythmOK = false
            }
            // (A start slot that does not fit is said once, above, not again for every session.)
            for session in sessions where slotFits && session.slots != expectedSlots {
                fail(3, course.id, .sessionSlots, session.date, session.slots, expectedSlots)
                rhythmOK = false
            }
            if rhythmOK, let first = sessions.first?.date {
                if !days.contains(first.weekday) { fail(3, course.id, .firstDateWeekday, first) }
                var expected: [CivilDate] = []
                var date = first
                while expected.count < course.sessions, date <= calendar.end {
                    if calendar.isWorkingDay(date), days.contains(date.weekday) { expected.append(date) }
                    date = date.adding(days: 1)
                }
                if expected != sessions.map(\.date) {
                    for session in sessions where calendar.holidays.contains(session.date) { fail(3, course.id, .onHoliday, session.date) }
                    fail(3, course.id, .rhythmBroken, first, days.map(\.rawValue).joined(separator: " "))
                    // The dates that break it, by name (a Saturday among weekday sessions, a week skipped).
                    let rhythm = Set(expected)
                    for session in sessions where !rhythm.contains(session.date) && !calendar.holidays.contains(session.date) {
                        fail(3, course.id, .offRhythm, session.date)
                    }
                }
            }
            for session in sessions {
                if !calendar.contains(session.date) { fail(3, course.id, .outsideHorizon, session.date) }
                if session.date < course.earliestStart || session.date > course.latestEnd {
                    fail(3, course.id, .outsideWindow, session.date, course.earliestStart, course.latestEnd)
                }
            }

            // Rules 4 and 5, period by period, with whoever holds each session; rule 6's counters.
            for (instructor, venue, held) in holdings {
                for session in held {
                    let day = calendar.offset(of: session.date), week = calendar.week(of: session.date)
                    for s in session.slots where s >= 1 && s <= calendar.slotCount {
                        if !instructor.isAvailable(on: session.date, slot: s) {
                            fail(4, course.id, .unavailable, instructor.id, session.date, s)
                        }
                        if !venue.isAvailable(on: session.date, slot: s) {
                            fail(4, course.id, .unavailable, venue.id, session.date, s)
                        }
                        let period = calendar.period(of: session.date, slot: s)
                        if let other = instructorPeriods[instructor.id, default: [:]].updateValue(course.id, forKey: period) {
                            fail(5, course.id, .alsoTeaches, instructor.id, other, session.date, s)
                        }
                        if let other = venuePeriods[venue.id, default: [:]].updateValue(course.id, forKey: period) {
                            fail(5, course.id, .alsoHosts, venue.id, other, session.date, s)
                        }
                        if let cohort = course.cohortKey,
                           let other = cohortPeriods[cohort, default: [:]].updateValue(course.id, forKey: period) {
                            fail(5, course.id, .cohortAlsoAttends, cohort, other, session.date, s)
                        }
                        perDay[instructor.id, default: [:]][day, default: 0] += 1
                        perWeek[instructor.id, default: [:]][week, default: 0] += 1
                        total[instructor.id, default: 0] += 1
                    }
                }
                // Fees and rent per session, by who holds it (rule 11).
                cost.instructorFees += cents.add(CostRules.fees(course, instructor, sessions: held.count))
                cost.venues += cents.add(CostRules.rent(course, venue, sessions: held.count))
            }
            for instructor in distinct(holdings.map(\.instructor), by: \.id) {
                courseCount[instructor.id, default: 0] += 1
                taught[instructor.id, default: []].append(course.id)
            }
            if let last = sessions.map(\.date).max() { lastDates[course.id] = last }
            cost.socialSecurity += cents.add(CostRules.socialSecurity(course, dates: sessions.map(\.date),
                                                                      premium: scenario.premiumPerParticipantMonth))
        }

        for instructor in scenario.instructors {
            let id = instructor.id
            if let limit = instructor.maxSlotsPerDay {
                for (day, n) in (perDay[id] ?? [:]).sorted(by: { $0.key < $1.key }) where n > limit {
                    fail(6, nil, .dayLimit, id, n, calendar.date(atOffset: day), limit)
                }
            }
            if let limit = instructor.maxSlotsPerWeek {
                for (week, n) in (perWeek[id] ?? [:]).sorted(by: { $0.key < $1.key }) where n > limit {
                    let first = calendar.start.adding(days: 7 * week)
                    fail(6, nil, .weekLimit, id, n, week, first, first.adding(days: 6), limit)
                }
            }
            if let limit = instructor.maxSlots, let n = total[id], n > limit {
                fail(6, nil, .totalLimit, id, n, limit)
            }
            if let limit = instructor.maxCourses, let n = courseCount[id], n > limit {
                fail(6, nil, .courseLimit, id, n, limit)
            }
            if courseCount[id] != nil { cost.engagement += cents.add(instructor.engagementCost) }
        }
        // Rules 9-10 and batch order.
        let keyed = { (rule: Int?, course: String?, key: ViolationKey, arguments: [String]) in
            violations.append(Violation(rule: rule, course: course, key: key, arguments))
        }
        let demand = DemandVerifier.check(plan, scenario: scenario, lastDates: lastDates, fail: keyed)
        DemandVerifier.checkBatches(scenario, scheduled: Set(plan.courses.filter(\.scheduled).map(\.id)), fail: keyed)
        if !scenario.demand.isEmpty {
            cost.apprenticeships = cents.add(demand.apprenticeships)
            unmet += demand.unmet
        }
        let evaluation = PlanEvaluation(cost: cost, unmetValue: unmet)
        // To the cent: a plan one cent over a budget of 10^12 is over it.
        if let budget = scenario.budget, cents.exceeds(budget) {
            violations.append(Violation(rule: 8, course: nil, key: .overBudget, [Money.plain(cost.total), Money.plain(budget)],
                                        excess: cost.total - budget))
        }

        // The figures the plan states.
        // Stated figures agree "to the last rupiah" (PROBLEM.md): within half a unit, so a plan another
        // tool wrote with figures rounded to whole rupiah agrees (trainplan writes cents); up to 1e-13
        // relative beyond, the rounding of sums of cents.
        func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= max(0.5 + 1e-9, 1e-13 * max(abs(a), abs(b))) }
        func check(_ name: String, _ stated: Double?, _ actual: Double) {
            guard let stated else {
                violations.append(Violation(rule: nil, course: nil, key: .figureMissing, [name]))
                return
            }
            if !same(stated, actual) {
                violations.append(Violation(rule: nil, course: nil, key: .figureMisstated, [name, Money.plain(stated), Money.plain(actual)]))
            }
        }
        check("cost.instructorFees", plan.cost?.instructorFees, cost.instructorFees)
        check("cost.engagement", plan.cost?.engagement, cost.engagement)
        check("cost.venues", plan.cost?.venues, cost.venues)
        check("cost.socialSecurity", plan.cost?.socialSecurity, cost.socialSecurity)
        // Without demand there are no apprenticeships: a stated part other than 0 is misstated.
        if cost.apprenticeships != nil || (plan.cost?.apprenticeships ?? 0) != 0 {
            check("cost.apprenticeships", plan.cost?.apprenticeships, cost.apprenticeships ?? 0)
        }
        if let stated = plan.cost?.statedTotal { check("cost.total", stated, cost.total) }
        check("unmetValue", plan.unmetValue, unmet)
        check("objective", plan.objective, evaluation.objective)
        // The bound and gap go with the objective as the plan states it, once that agrees (a plan with
        // figures rounded to whole rupiah rounds its bound too).
        let objective = plan.objective.flatMap { same($0, evaluation.objective) ? $0 : nil } ?? evaluation.objective
        if let bound = plan.bound {
            if bound > objective + max(0.01, 1e-6 * abs(objective)) {
                fail(nil, nil, "bound \(Money.plain(bound)) exceeds the objective \(Money.plain(objective))")
            }
            // Equal within PROBLEM.md's relative 1e-6: a bound a cent below 7.71 leaves room for a plan of 7.70.
            if plan.status == .optimal, abs(bound - objective) > max(1e-6, 1e-6 * abs(objective)) {
                fail(nil, nil, "status optimal but bound \(Money.plain(bound)) differs from the objective \(Money.plain(objective))")
            }
        } else if plan.status == .optimal {
            fail(nil, nil, "status optimal needs a bound equal to the objective")
        }
        checkGap(plan, objective: objective, fail: { fail(nil, nil, $0) })
        checkEngagements(plan.engage, taught: taught, scenario: scenario, fail: fail)
        return VerificationReport(violations: violations, evaluation: evaluation)
    }

    /// The gap the plan states is |objective - bound| / |objective| of its own objective and bound.
    private static func checkGap(_ plan: Plan, objective: Double, fail: (String) -> Void) {
        guard let gap = plan.gap else { return }
        guard let bound = plan.bound else {
            fail("gap \(gap) is stated without a bound")
            return
        }
        let expected = abs(objective - bound) / max(abs(objective), 1e-9)
        if !gap.isFinite || gap < 0 || abs(gap - expected) > 1e-9 + 1e-6 * expected {
            fail("gap is \(gap), recomputed \(expected) from the objective and the bound")
        }
    }

    /// The `engage` list names exactly the outside or paid instructors who teach, with their
    /// scenario's source and engagement cost and the courses they teach: a forged engagement
    /// would otherwise be published by the report as a contract to sign.
    private static func checkEngagements(_ stated: [Engagement]?, taught: [String: [String]], scenario: Scenario,
                                         fail: (Int?, String?, String) -> Void) {
        guard let stated else { return }
        var listed: Set<String> = []
        for engagement in stated {
            let id = engagement.instructor
            guard listed.insert(id).inserted else {
                fail(nil, nil, "engage lists \(id) twice")
                continue
            }
            guard let instructor = scenario.instructor(id) else {
                fail(nil, nil, "engage lists \(id), who is not in the scenario")
                continue
            }
            guard let courses = taught[id] else {
                fail(nil, nil, "engage lists \(id), who teaches no course in the plan")
                continue
            }
            if engagement.source != instructor.source {
                fail(nil, nil, "engage gives \(id) source \(engagement.source.rawValue), the scenario says \(instructor.source.rawValue)")
            }
            if abs(engagement.engagementCost - instructor.engagementCost) > 0.005 {
                fail(nil, nil, "engage gives \(id) an engagement cost of \(Money.plain(engagement.engagementCost)), "
                     + "the scenario says \(Money.plain(instructor.engagementCost))")
            }
            if Set(engagement.courses) != Set(courses) || engagement.courses.count != courses.count {
                fail(nil, nil, "engage gives \(id) the courses \(engagement.courses.joined(separator: ", ")), "
                     + "the plan has them teach \(courses.joined(separator: ", "))")
            }
        }
        for instructor in scenario.instructors where taught[instructor.id] != nil && !listed.contains(instructor.id)
            && (instructor.source != .internal || instructor.engagementCost > 0) {
            fail(nil, nil, "engage leaves out \(instructor.id), who teaches and is \(instructor.source == .internal ? "paid an engagement cost" : "engaged from outside")")
        }
    }

    /// The weekdays of a rhythm that gives exactly these dates, for a plan that does not state them:
    /// the dates' own weekdays, completed to `daysPerWeek` from the course's weekdays where fewer
    /// sessions than that leave some unseen (one session on a Wednesday of a five-day course is the
    /// rhythm mon..fri started on that Wednesday). Without such a rhythm, the dates' weekdays (and
    /// the rule-3 failures they bring).
    static func weekdays(of dates: [CivilDate], course: Course, calendar: PlanningCalendar) -> [Weekday] {
        let seen = Array(Set(dates.map(\.weekday))).sorted()
        guard let first = dates.first, seen.count < course.daysPerWeek, seen.allSatisfy(course.weekdays.contains) else { return seen }
        let others = course.weekdays.filter { !seen.contains($0) }
        func completions(_ from: ArraySlice<Weekday>, _ need: Int) -> [[Weekday]] {
            guard need > 0 else { return [[]] }
            guard let head = from.first else { return [] }
            return completions(from.dropFirst(), need - 1).map { [head] + $0 } + completions(from.dropFirst(), need)
        }
        for extra in completions(others[...], course.daysPerWeek - seen.count) {
            let days = Set(seen + extra)
            var expected: [CivilDate] = [], date = first
            while expected.count < dates.count, date <= calendar.end {
                if calendar.isWorkingDay(date), days.contains(date.weekday) { expected.append(date) }
                date = date.adding(days: 1)
            }
            if expected == dates { return days.sorted() }
        }
        return seen
    }
}

/// A sum of money in whole cents, as an integer: exact where a sum of `Double`s drifts.
struct CentsTotal {
    private(set) var cents: Int64 = 0

    /// Adds `amount` (a whole number of cents, up to the rounding of its own product) and returns it.
    mutating func add(_ amount: Double) -> Double {
        let part = Int64(exactly: (amount * 100).rounded()) ?? (amount < 0 ? Int64.min / 4 : Int64.max / 4)
        let (sum, overflow) = cents.addingReportingOverflow(part)
        cents = overflow ? (part < 0 ? Int64.min : Int64.max) : sum
        return amount
    }

    /// Whether the total is more than `budget`, to the cent.
    func exceeds(_ budget: Double) -> Bool {
        guard let limit = Int64(exactly: (budget * 100).rounded()) else { return budget < 0 }
        return cents > limit
    }
}

