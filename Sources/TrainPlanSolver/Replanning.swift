import TrainPlanCore

/// Re-planning mid-quarter from an earlier plan: courses that have started keep
/// their instructor, venue and sessions; any other change against the earlier
/// plan costs `changePenalty`, so the new plan moves only what it must.
public struct Replanning: Sendable {
    public var previous: Plan
    /// The earlier plan's file, for the record.
    public var source: String
    /// Courses with a session on or before this date are frozen.
    public var frozenUntil: CivilDate?
    public var changePenalty: Double

    public init(previous: Plan, source: String, frozenUntil: CivilDate? = nil, changePenalty: Double = 0) {
        self.previous = previous
        self.source = source
        self.frozenUntil = frozenUntil
        self.changePenalty = changePenalty
    }

    /// The earlier plan in terms of the current candidates.
    struct Anchors {
        /// Course → its earlier (instructor, venue, pattern index), where still possible.
        var kept: [Int: (instructor: Int, venue: Int, pattern: Int)] = [:]
        /// Courses scheduled before (possible now or not).
        var wasScheduled: Set<Int> = []
        var frozen: Set<Int> = []
        /// Frozen courses that cannot stay as they were, and why.
        var problems: [String] = []
    }

    func anchors(_ candidates: Candidates) -> Anchors {
        let scenario = candidates.scenario
        var anchors = Anchors()
        let courseIndex = Dictionary(scenario.courses.indices.map { (scenario.courses[$0].id, $0) }, uniquingKeysWith: { a, _ in a })
        for old in previous.scheduledCourses {
            let isFrozen = frozenUntil.map { until in (old.sessions ?? []).contains { $0.date <= until } } ?? false
            guard let c = courseIndex[old.id] else {
                if isFrozen { anchors.problems.append("course \(old.id) has started but is no longer in the scenario") }
                continue
            }
            anchors.wasScheduled.insert(c)
            if isFrozen { anchors.frozen.insert(c) }
            switch locate(old, course: c, in: candidates) {
            case let .success(anchor): anchors.kept[c] = anchor
            case let .failure(reason):
                if isFrozen { anchors.problems.append("course \(old.id) has started (session on or before \(frozenUntil.map { "\($0)" } ?? "")) but cannot keep its plan: \(reason.message)") }
            }
        }
        return anchors
    }

    struct Mismatch: Error { var message: String }

    /// Where the earlier assignment of a course sits among today's candidates, or why it no longer does.
    private func locate(_ old: PlannedCourse, course c: Int, in candidates: Candidates) -> Result<(instructor: Int, venue: Int, pattern: Int), Mismatch> {
        let scenario = candidates.scenario
        let options = candidates.courses[c]
        guard let instructorID = old.instructor, let i = scenario.instructors.firstIndex(where: { $0.id == instructorID }) else {
            return .failure(Mismatch(message: "instructor \(old.instructor ?? "-") is no longer in the scenario"))
        }
        guard let venueID = old.venue, let v = scenario.venues.firstIndex(where: { $0.id == venueID }) else {
            return .failure(Mismatch(message: "venue \(old.venue ?? "-") is no longer in the scenario"))
        }
        let dates = (old.sessions ?? []).map(\.date)
        guard let p = options.patterns.indices.first(where: {
            options.patterns[$0].dates == dates && options.patterns[$0].startSlot == old.startSlot
        }) else {
            return .failure(Mismatch(message: "its sessions no longer fit the course and calendar (dates, rhythm or holidays changed)"))
        }
        guard options.instructors[p].contains(i) else {
            return .failure(Mismatch(message: "instructor \(instructorID) can no longer teach it on those sessions (unavailable or not qualified)"))
        }
        guard options.venues[p].contains(v) else {
            return .failure(Mismatch(message: "venue \(venueID) can no longer host it on those sessions (unavailable or unsuitable)"))
        }
        return .success((i, v, p))
    }

    /// Courses whose plan differs from the earlier one (run or not, instructor, venue, sessions).
    func changed(_ assignments: [Assignment?], candidates: Candidates, anchors: Anchors) -> [Int] {
        assignments.indices.filter { c in
            guard let assignment = assignments[c] else { return anchors.wasScheduled.contains(c) }
            guard let kept = anchors.kept[c] else { return true }
            return assignment.instructor != kept.instructor || assignment.venue != kept.venue
                || assignment.pattern != candidates.courses[c].patterns[kept.pattern]
        }
    }
}
