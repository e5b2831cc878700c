import TrainPlanCore

/// Re-planning mid-quarter from an earlier plan on day `frozenUntil` (rule 11): what happened
/// stays, a started course keeps its dates and may hand its later sessions over to one other
/// instructor and/or venue, and nothing new is scheduled on or before that day. Any other
/// change against the earlier plan costs `changePenalty`, so the new plan moves only what it must.
public struct Replanning: Sendable {
    /// Parts of the earlier plan that a course not yet started keeps as a hard rule (`--pin`).
    public enum Pin: String, Sendable, CaseIterable, Hashable {
        case instructor, venue, time
    }

    public var previous: Plan
    /// The earlier plan's file, for the record.
    public var source: String
    /// Everything on or before this date has happened; `nil`: nothing has.
    public var frozenUntil: CivilDate?
    public var changePenalty: Double
    public var pins: Set<Pin>

    public init(previous: Plan, source: String, frozenUntil: CivilDate? = nil, changePenalty: Double = 0,
                pins: Set<Pin> = []) {
        // A plan written without `startSlot` (by hand, or by another tool): its sessions give it,
        // as the verifier reads it (every started course was otherwise said to have changed).
        var previous = previous
        for k in previous.courses.indices where previous.courses[k].scheduled && previous.courses[k].startSlot == nil {
            previous.courses[k].startSlot = previous.courses[k].sessions?.first?.slots.min()
        }
        self.previous = previous
        self.source = source
        self.frozenUntil = frozenUntil
        self.changePenalty = changePenalty
        self.pins = pins
    }

    /// The earlier plan in terms of the re-planning candidates.
    struct Anchors: Sendable {
        /// Course → its earlier (instructor, venue, pattern index) among the re-planning candidates, where still possible.
        var kept: [Int: (instructor: Int, venue: Int, pattern: Int)] = [:]
        /// Courses scheduled before (possible now or not).
        var wasScheduled: Set<Int> = []
        /// Courses with a session on or before `frozenUntil` (ended or started).
        var frozen: Set<Int> = []
        /// Courses running on both sides of `frozenUntil`.
        var started: [Int: StartedCourse] = [:]
        /// Frozen courses that cannot stay as they were, and why.
        var problems: [PastProblem] = []
        /// Pinned courses that could not keep a pinned part.
        var unpinned: [PinException] = []
    }

    /// The scenario with frozen courses mandatory, its candidates under rule 11 and the pins,
    /// and the earlier plan located among them.
    func prepare(_ scenario: Scenario) -> (working: Scenario, candidates: Candidates, anchors: Anchors) {
        let base = Candidates(scenario: scenario)
        var working = scenario
        var anchors = Anchors()
        var options = base.courses
        let courseIndex = Dictionary(scenario.courses.indices.map { (scenario.courses[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        var old: [Int: PlannedCourse] = [:]
        if let t = frozenUntil { anchors.problems += Self.pastClashes(previous, scenario: scenario, until: t) }
        for course in previous.scheduledCourses {
            let dates = (course.sessions ?? []).map(\.date)
            let happened = frozenUntil.map { t in dates.contains { $0 <= t } } ?? false
            guard let c = courseIndex[course.id] else {
                // Gone from the scenario (cancelled, or the list cleaned): not planned, said by `solve` (``lostCourses(in:)``).
                continue
            }
            anchors.wasScheduled.insert(c)
            old[c] = course
            guard happened, let t = frozenUntil else { continue }
            anchors.frozen.insert(c)
            working.courses[c].mandatory = true
            // What happened cannot change: a hand-over out of form, or an unavailability now given for
            // a session held on or before T, leaves no valid plan, and is named as such.
            if let problem = Self.pastProblem(course, of: scenario.courses[c], scenario: scenario, until: t) {
                anchors.problems.append(.happened(course: course.id, until: t, cause: problem))
                continue
            }
            // A hand-over that has happened (an earlier re-plan's) stays as it was, whether the
            // course has ended or not: its sessions from then on stay with the holders it names.
            let handedOver = course.handover.map { $0.from <= t } ?? false
            if dates.allSatisfy({ $0 <= t }), !handedOver {
                // Ended: kept exactly.
                switch locate(course, course: c, in: base) {
                case let .success(anchor):
                    options[c] = Self.only(base.courses[c], anchor)
                    anchors.kept[c] = (anchor.instructor, anchor.venue, 0)
                case let .failure(cause):
                    anchors.problems.append(.ended(course: course.id, until: t, cause: cause))
                }
                continue
            }
            switch started(course, course: c, scenario: scenario, until: t) {
            case let .failure(cause):
                anchors.problems.append(.started(course: course.id, until: t, cause: cause))
            case let .success(started):
                anchors.started[c] = started
                options[c] = HandoverOptions.options(for: c, started: started, scenario: scenario)
                if let holders = started.handedOverTo {
                    options[c] = Self.filtered(options[c], instructor: { $0 == holders.instructor }, venue: { $0 == holders.venue })
                    if options[c].isEmpty {
                        let instructor = scenario.instructors[holders.instructor], venue = scenario.venues[holders.venue]
                        let slots = started.remaining.slots(length: scenario.courses[c].sessionLength)
                        let away = started.remaining.dates.filter { $0 > t }.lazy.compactMap { date -> PastProblem.Absence? in
                            if !slots.allSatisfy({ instructor.isAvailable(on: date, slot: $0) }) { return .init(holder: .instructor, id: instructor.id, date: date) }
                            if !slots.allSatisfy({ venue.isAvailable(on: date, slot: $0) }) { return .init(holder: .venue, id: venue.id, date: date) }
                            return nil
                        }.first
                        anchors.problems.append(.handedOverAgain(course: course.id, on: started.remaining.firstDate, instructor: instructor.id,
                                                                 venue: venue.id, away: away, until: t))
                        continue
                    }
                    anchors.kept[c] = (holders.instructor, holders.venue, 0)
                }
                if options[c].isEmpty {
                    anchors.problems.append(.remainingCannotRun(course: course.id, until: t, reasons: options[c].reasons))
                } else {
                    // As planned before: its own holders throughout, or a hand-over still to come (an earlier
                    // re-plan's, after this date), which is the pattern starting on its date with its holders.
                    let pending = course.handover.flatMap { handover -> (instructor: Int, venue: Int, from: CivilDate)? in
                        guard handover.from > t,
                              let i = handover.instructor.map({ id in scenario.instructors.firstIndex { $0.id == id } }) ?? started.instructor,
                              let v = handover.venue.map({ id in scenario.venues.firstIndex { $0.id == id } }) ?? started.venue
                        else { return nil }
                        return (i, v, handover.from)
                    }
                    let holders = pending ?? (started.instructor, started.venue, started.remaining.firstDate)
                    if course.handover == nil || pending != nil,
                       let p = options[c].patterns.firstIndex(where: { $0.firstDate == holders.from }),
                       options[c].instructors[p].contains(holders.instructor), options[c].venues[p].contains(holders.venue) {
                        anchors.kept[c] = (holders.instructor, holders.venue, p)
                    }
                }
            }
        }
        // A batch that has happened needs the batches before it (batch k+1 runs only if batch k
        // runs): they must run too, and where one cannot, the re-plan is infeasible, said so.
        let predecessors = Batches.predecessors(working.courses)
        for c in anchors.frozen {
            var earlier = predecessors[c]
            while let b = earlier, !working.courses[b].mandatory {
                working.courses[b].mandatory = true
                earlier = predecessors[b]
            }
        }
        // Apprentices placed on or before the re-planning date from a course that has happened stay placed.
        if let t = frozenUntil {
            for old in previous.demand ?? [] {
                guard let d = working.demand.firstIndex(where: { $0.id == old.id }), working.demand[d].kind == .apprenticeship else { continue }
                for served in old.served where served.people > 0 && (served.start.map { $0 <= t } ?? false) {
                    guard let c = courseIndex[served.course], anchors.frozen.contains(c) else { continue }
                    working.demand[d].placed[served.course, default: 0] += served.people
                }
            }
        }
        // Courses not started: every session after the re-planning date, and the pins.
        var startingLater: Candidates?
        for c in scenario.courses.indices where !anchors.frozen.contains(c) {
            if let t = frozenUntil {
                let later = Self.filtered(options[c]) { $0.firstDate > t }
                if later.isEmpty && !options[c].isEmpty {
                    // Why it cannot start after the date, worked out as for a course whose window opens then.
                    startingLater = startingLater ?? Self.startingAfter(t, scenario, courses: anchors.frozen)
                    options[c] = startingLater.map(\.courses[c]).flatMap { $0.isEmpty ? $0 : nil } ?? later
                } else {
                    options[c] = later
                }
            }
            if let course = old[c], !pins.isEmpty {
                options[c] = pinned(options[c], earlier: course, scenario: scenario, unpinned: &anchors.unpinned)
            }
            if let course = old[c], let anchor = Self.position(of: course, in: options[c], scenario: scenario) {
                anchors.kept[c] = anchor
            }
        }
        return (working, Candidates(scenario: working, courses: options), anchors)
    }

    /// The candidates of `scenario` with every course but `frozen` allowed to start only after `t`
    /// (for the reasons of those that cannot).
    static func startingAfter(_ t: CivilDate, _ scenario: Scenario, courses frozen: Set<Int>) -> Candidates {
        var later = scenario
        for c in later.courses.indices where !frozen.contains(c) {
            later.courses[c].earliestStart = max(later.courses[c].earliestStart, t.adding(days: 1))
        }
        return Candidates(scenario: later)
    }

    /// Apprentices placed on or before the re-planning date that the scenario no longer lets stay:
    /// their entry is gone, or now asks fewer people than were placed (rule 10 serves at most `people`).
    public enum LostPlacement: Sendable, Equatable {
        case entryGone(entry: String, course: String, placed: Int)
        case fewerAsked(entry: String, course: String, placed: Int, people: Int)
    }

    /// Courses of the earlier plan with sessions on or before the re-planning date that the scenario
    /// no longer has: the contract keeps the sessions of the scenario's courses; these are left out
    /// (a course cancelled, or a finished one taken off the list), so `solve` says so.
    public func lostCourses(in scenario: Scenario) -> [String] {
        guard let t = frozenUntil else { return [] }
        let ids = Set(scenario.courses.map(\.id))
        return previous.scheduledCourses.filter { !ids.contains($0.id) && ($0.sessions ?? []).contains { $0.date <= t } }.map(\.id)
    }

    /// What ``LostPlacement`` finds, so that `solve` can say it: the new plan cannot keep them.
    public func lostPlacements(in scenario: Scenario) -> [LostPlacement] {
        guard let t = frozenUntil else { return [] }
        var result: [LostPlacement] = []
        for old in previous.demand ?? [] {
            let placed = old.served.filter { $0.people > 0 && ($0.start.map { $0 <= t } ?? false) }
            guard !placed.isEmpty else { continue }
            guard let entry = scenario.demand.first(where: { $0.id == old.id }), entry.kind == .apprenticeship else {
                result += placed.map { .entryGone(entry: old.id, course: $0.course, placed: $0.people) }
                continue
            }
            let total = placed.reduce(0) { $0 + $1.people }
            if total > entry.people {
                result.append(.fewerAsked(entry: old.id, course: placed.map(\.course).joined(separator: ", "), placed: total,
                                          people: entry.people))
            }
        }
        return result
    }

    /// Each started course as it runs in the working assignments, with its hand-over; the rest as they are.
    func completed(_ assignments: [Assignment?], anchors: Anchors) -> [Assignment?] {
        assignments.enumerated().map { c, assignment in
            guard let assignment, let started = anchors.started[c] else { return assignment }
            let same = assignment.instructor == started.instructor && assignment.venue == started.venue
            return Assignment(instructor: started.instructor, venue: started.venue, pattern: started.pattern,
                              handover: same ? nil : HandoverAssignment(from: assignment.pattern.firstDate,
                                                                         instructor: assignment.instructor, venue: assignment.venue))
        }
    }

    /// Courses of `plan` that run differently than in the earlier plan (see ``PlanVerifier/changedCourses(_:previous:)``).
    func changed(_ plan: Plan) -> [String] {
        PlanVerifier.changedCourses(plan, previous: previous)
    }

    /// Who held sessions that happened is gone from the scenario: what happened cannot be counted
    /// (their fees, their load) without them, so say how to keep them.
    static func gone(_ holder: PastProblem.Holder, _ id: String?, handover: Bool = false) -> PastCause {
        .holderGone(holder: holder, id: id ?? "-", handover: handover)
    }

    /// Why a course's earlier sessions no longer fit: the calendar's start or end moved, a date is now
    /// a holiday or not a workday, or else the course's rhythm or window changed.
    static func noLongerFits(_ dates: [CivilDate], _ course: Course, _ calendar: PlanningCalendar) -> PastCause {
        if let first = dates.min(), first < calendar.start { return .calendarStartsLater(start: calendar.start, first: first) }
        if let last = dates.max(), last > calendar.end { return .calendarEndsEarlier(end: calendar.end, last: last) }
        if let holiday = dates.first(where: calendar.holidays.contains) { return .nowHoliday(date: holiday) }
        if let off = dates.first(where: { !calendar.workdays.contains($0.weekday) }) { return .noLongerWorkday(date: off) }
        if let outside = dates.first(where: { $0 < course.earliestStart || $0 > course.latestEnd }) {
            return .outsideWindow(date: outside, from: course.earliestStart, to: course.latestEnd)
        }
        return .rhythmChanged
    }

    /// A started course split at the re-planning date, or why its earlier plan no longer fits.
    private func started(_ old: PlannedCourse, course c: Int, scenario: Scenario, until t: CivilDate) -> Result<StartedCourse, PastCause> {
        guard let instructorID = old.instructor, let i = scenario.instructors.firstIndex(where: { $0.id == instructorID }) else {
            return .failure(Self.gone(.instructor, old.instructor))
        }
        guard let venueID = old.venue, let v = scenario.venues.firstIndex(where: { $0.id == venueID }) else {
            return .failure(Self.gone(.venue, old.venue))
        }
        if let mismatch = Self.lengthChanged(old, scenario.courses[c]) ?? Self.slotsOff(old, scenario.courses[c]) { return .failure(mismatch) }
        let dates = (old.sessions ?? []).map(\.date)
        guard let pattern = PatternGenerator.patterns(for: scenario.courses[c], in: scenario.calendar)
            .first(where: { $0.dates == dates && $0.startSlot == old.startSlot }) else {
            return .failure(Self.noLongerFits(dates, scenario.courses[c], scenario.calendar))
        }
        // Handed over on or before T: the sessions from the hand-over on are the part whose holders
        // the model places (only those it names); the ones before it are past, with the course's own.
        if let handover = old.handover, handover.from <= t {
            guard let instructor = handover.instructor.map({ id in scenario.instructors.firstIndex { $0.id == id } }) ?? i else {
                return .failure(Self.gone(.instructor, handover.instructor, handover: true))
            }
            guard let venue = handover.venue.map({ id in scenario.venues.firstIndex { $0.id == id } }) ?? v else {
                return .failure(Self.gone(.venue, handover.venue, handover: true))
            }
            // Its date is one of its sessions after the first: `pastProblem` checked that before.
            let later = Pattern(weekdays: pattern.weekdays, startSlot: pattern.startSlot, dates: dates.filter { $0 >= handover.from })
            return .success(StartedCourse(instructor: i, venue: v, pattern: pattern, remaining: later,
                                          handedOverTo: (instructor, venue)))
        }
        let remaining = Pattern(weekdays: pattern.weekdays, startSlot: pattern.startSlot, dates: dates.filter { $0 > t })
        return .success(StartedCourse(instructor: i, venue: v, pattern: pattern, remaining: remaining))
    }

    /// Where the earlier assignment of a course sits among the candidates, or why it no longer does.
    private func locate(_ old: PlannedCourse, course c: Int, in candidates: Candidates) -> Result<(instructor: Int, venue: Int, pattern: Int), PastCause> {
        let scenario = candidates.scenario
        let options = candidates.courses[c]
        guard let instructorID = old.instructor, let i = scenario.instructors.firstIndex(where: { $0.id == instructorID }) else {
            return .failure(Self.gone(.instructor, old.instructor))
        }
        guard let venueID = old.venue, let v = scenario.venues.firstIndex(where: { $0.id == venueID }) else {
            return .failure(Self.gone(.venue, old.venue))
        }
        if let mismatch = Self.lengthChanged(old, scenario.courses[c]) ?? Self.slotsOff(old, scenario.courses[c]) { return .failure(mismatch) }
        let dates = (old.sessions ?? []).map(\.date)
        guard let p = options.patterns.indices.first(where: {
            options.patterns[$0].dates == dates && options.patterns[$0].startSlot == old.startSlot
        }) else {
            return .failure(Self.noLongerFits(dates, scenario.courses[c], scenario.calendar))
        }
        guard options.instructors[p].contains(i) else {
            // Availability and qualification of sessions that happened are checked before (``pastProblem``):
            // what is left is a load limit, or a list of instructors for the course that leaves it out.
            return .failure(.instructorNoLongerAllowed(instructor: instructorID))
        }
        guard options.venues[p].contains(v) else {
            return .failure(.venueNoLongerAllowed(venue: venueID))
        }
        return .success((i, v, p))
    }

    /// Why the earlier plan's sessions of a course on or before `t` cannot stay as they were: its
    /// hand-over is not on one of its sessions after the first, or a holder of a past session is now
    /// unavailable then (rule 4 holds for every session, and the past cannot be re-planned).
    static func pastProblem(_ old: PlannedCourse, of course: Course, scenario: Scenario, until t: CivilDate) -> PastCause? {
        let sessions = old.sessions ?? []
        if let handover = old.handover, !sessions.contains(where: { $0.date == handover.from }) || sessions.first?.date == handover.from {
            return .handoverNotASession(date: handover.from)
        }
        for holding in old.holdings ?? [] {
            let instructor = scenario.instructor(holding.instructor), venue = scenario.venue(holding.venue)
            if let first = holding.sessions.first, first.date <= t {
                // Rules 1 and 2 hold for the sessions that happened, with whoever held them.
                if let instructor, !instructor.canTeach(course) {
                    return .instructorCannotTeach(instructor: instructor.id, from: first.date, skill: course.skill, level: course.level,
                                                  listed: !course.instructors.isEmpty)
                }
                if let venue, !venue.canHost(course) {
                    return venue.capacity < course.participants
                        ? .venueTooSmall(venue: venue.id, from: first.date, capacity: venue.capacity, participants: course.participants)
                        : .venueCannotHost(venue: venue.id, from: first.date)
                }
            }
            for session in holding.sessions where session.date <= t {
                for slot in session.slots where slot >= 1 && slot <= scenario.calendar.slotCount {
                    if let instructor, !instructor.isAvailable(on: session.date, slot: slot) {
                        return .holderUnavailable(holder: .instructor, id: instructor.id, date: session.date, until: t)
                    }
                    if let venue, !venue.isAvailable(on: session.date, slot: slot) {
                        return .holderUnavailable(holder: .venue, id: venue.id, date: session.date, until: t)
                    }
                }
            }
        }
        return nil
    }

    /// Why the sessions of the earlier plan on or before `t`, all together, break a rule that
    /// no re-plan can mend: two courses on one instructor, venue or cohort at once (rule 5), or
    /// an instructor's load limits or course count already exceeded by them (rule 6).
    static func pastClashes(_ previous: Plan, scenario: Scenario, until t: CivilDate) -> [PastProblem] {
        struct Use: Hashable { var holder: PastProblem.Holder, id: String, date: CivilDate, slot: Int }
        let calendar = scenario.calendar
        var users: [Use: [String]] = [:]              // (instructor X, date, slot) → courses
        var load: [String: [CivilDate: Int]] = [:]   // instructor → slots per date
        var courses: [String: Set<String>] = [:]     // instructor → courses held
        let cohorts = Dictionary(scenario.courses.map { ($0.id, $0.cohort) }, uniquingKeysWith: { a, _ in a })
        for old in previous.scheduledCourses {
            let cohort = cohorts[old.id] ?? nil
            for holding in old.holdings ?? [] {
                for session in holding.sessions where session.date <= t {
                    for slot in session.slots {
                        users[Use(holder: .instructor, id: holding.instructor, date: session.date, slot: slot), default: []].append(old.id)
                        users[Use(holder: .venue, id: holding.venue, date: session.date, slot: slot), default: []].append(old.id)
                        if let cohort { users[Use(holder: .cohort, id: cohort, date: session.date, slot: slot), default: []].append(old.id) }
                    }
                    load[holding.instructor, default: [:]][session.date, default: 0] += session.slots.count
                    courses[holding.instructor, default: []].insert(old.id)
                }
            }
        }
        let order = { (use: Use) in "\(use.holder.rawValue) \(use.id) on \(use.date) slot \(use.slot)" }
        var problems: [PastProblem] = users.filter { Set($0.value).count > 1 }.sorted { order($0.key) < order($1.key) }.prefix(5)
            .map { use, ids in .clash(courses: Set(ids).sorted(), holder: use.holder, id: use.id, date: use.date, slot: use.slot, until: t) }
        for (id, perDate) in load.sorted(by: { $0.key < $1.key }) {
            guard let instructor = scenario.instructor(id) else { continue }
            func over(_ limit: Int?, _ period: PastProblem.LoadPeriod, by key: (CivilDate) -> Int) {
                guard let limit else { return }
                let grouped = Dictionary(grouping: perDate, by: { key($0.key) }).mapValues { $0.reduce(0) { $0 + $1.value } }
                if let worst = grouped.values.max(), worst > limit {
                    problems.append(.overLimit(instructor: id, taught: worst, period: period, limit: limit, until: t))
                }
            }
            over(instructor.maxSlotsPerDay, .day, by: calendar.offset(of:))
            over(instructor.maxSlotsPerWeek, .week, by: calendar.week(of:))
            over(instructor.maxSlots, .horizon, by: { _ in 0 })
            if let limit = instructor.maxCourses, let held = courses[id], held.count > limit {
                problems.append(.overCourses(instructor: id, courses: held.sorted(), limit: limit, until: t))
            }
        }
        return problems
    }

    /// Why sessions that happened cannot stay as they were when the course's session length
    /// has changed since the earlier plan (its sessions keep their slots).
    private static func lengthChanged(_ old: PlannedCourse, _ course: Course) -> PastCause? {
        guard let held = (old.sessions ?? []).first(where: { $0.slots.count != course.sessionLength }) else { return nil }
        return .lengthChanged(was: held.slots.count, now: course.sessionLength)
    }

    /// A session of the earlier plan in other slots than its start slot and length give: a plan
    /// edited by hand (no pattern holds it, and the past cannot be moved to one).
    private static func slotsOff(_ old: PlannedCourse, _ course: Course) -> PastCause? {
        guard let start = old.startSlot else { return nil }
        let expected = Array(start..<start + course.sessionLength)
        guard let off = (old.sessions ?? []).first(where: { $0.slots != expected }) else { return nil }
        return .slotsOffStart(date: off.date, slots: off.slots, startSlot: start)
    }

    /// The earlier (instructor, venue, pattern) of a course among `options`, if still there.
    static func position(of old: PlannedCourse, in options: CourseOptions, scenario: Scenario) -> (instructor: Int, venue: Int, pattern: Int)? {
        guard old.handover == nil,
              let i = scenario.instructors.firstIndex(where: { $0.id == old.instructor }),
              let v = scenario.venues.firstIndex(where: { $0.id == old.venue }) else { return nil }
        let dates = (old.sessions ?? []).map(\.date)
        guard let p = options.patterns.indices.first(where: {
            options.patterns[$0].dates == dates && options.patterns[$0].startSlot == old.startSlot
        }), options.instructors[p].contains(i), options.venues[p].contains(v) else { return nil }
        return (i, v, p)
    }

    /// The options with one (instructor, venue, pattern) left.
    static func only(_ options: CourseOptions, _ keep: (instructor: Int, venue: Int, pattern: Int)) -> CourseOptions {
        CourseOptions(course: options.course, patterns: [options.patterns[keep.pattern]], periods: [options.periods[keep.pattern]],
                      instructors: [[keep.instructor]], venues: [[keep.venue]], reasons: options.reasons)
    }

    /// The options whose pattern passes `keep`, and for each the instructors and venues `instructor`/`venue` let through.
    static func filtered(_ options: CourseOptions, pattern keep: (Pattern) -> Bool = { _ in true },
                         instructor: (Int) -> Bool = { _ in true }, venue: (Int) -> Bool = { _ in true }) -> CourseOptions {
        filtered(options, patternAt: { keep(options.patterns[$0]) }, instructor: { instructor($1) }, venue: { venue($1) })
    }

    /// The options whose pattern index passes `keep`, and for each pattern p the instructors i with
    /// `instructor(p, i)` and the venues v with `venue(p, v)`.
    static func filtered(_ options: CourseOptions, patternAt keep: (Int) -> Bool,
                         instructor: (Int, Int) -> Bool, venue: (Int, Int) -> Bool) -> CourseOptions {
        var patterns: [Pattern] = [], periods: [[Int]] = [], instructors: [[Int]] = [], venues: [[Int]] = []
        for p in options.patterns.indices where keep(p) {
            let i = options.instructors[p].filter { instructor(p, $0) }, v = options.venues[p].filter { venue(p, $0) }
            guard !i.isEmpty, !v.isEmpty else { continue }
            patterns.append(options.patterns[p]); periods.append(options.periods[p])
            instructors.append(i); venues.append(v)
        }
        let reasons = patterns.isEmpty && options.reasons.isEmpty
            ? [UnscheduledReason(kind: .neverFreeTogether)]
            : options.reasons
        return CourseOptions(course: options.course, patterns: patterns, periods: periods, instructors: instructors,
                             venues: venues, reasons: reasons)
    }
}
