/// Demand that is valid but almost certainly a mistake: a skill no course teaches
/// (with the closest tag courses use), or a date before any course could end.
enum DemandWarnings {
    static func find(in scenario: Scenario, locations: [SourceLocation]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let skills = Set(scenario.courses.map(\.skill))
        // The earliest each course could end (over all its patterns), worked out once per course.
        var ends: [Int: CivilDate?] = [:]
        func earliestEnd(_ c: Int) -> CivilDate? {
            if let known = ends[c] { return known }
            let end = PatternGenerator.patterns(for: scenario.courses[c], in: scenario.calendar).map(\.lastDate).min()
            ends[c] = end
            return end
        }
        for (entry, location) in zip(scenario.demand, locations) {
            func warn(_ field: String, _ message: String, _ warning: ScenarioWarning) {
                warnings.append(Diagnostic(.warning, location.with(field: field), "demand \(entry.id): \(message)", warning: warning))
            }
            let serving = scenario.courses.indices.filter { DemandRules.matches(scenario.courses[$0], entry) }
            if !skills.contains(entry.skill) {
                let closest = Suggestion.closest(to: entry.skill, in: skills)
                warn("skill", "no course teaches the skill \"\(entry.skill)\"" + ScenarioWarnings.hint(closest),
                     .demandSkillNoCourseTeaches(demand: entry.id, skill: entry.skill, suggestion: closest))
                continue
            }
            if serving.isEmpty {
                warn("level", "no course teaches \(entry.skill) at level \(entry.level) or more",
                     .demandLevelNoCourseTeaches(demand: entry.id, skill: entry.skill, level: entry.level))
                continue
            }
            if entry.kind == .apprenticeship, entry.startFrom > entry.startUntil {
                warn("startFrom", "startFrom \(entry.startFrom) is after startUntil \(entry.startUntil) (the horizon's end unless given): "
                     + "no apprentice can start", .demandEmptyWindow(demand: entry.id, startFrom: entry.startFrom, startUntil: entry.startUntil))
                continue
            }
            guard let first = serving.compactMap(earliestEnd).min() else { continue }
            let tooEarly = { (date: CivilDate) in
                ("\(date) is before any course of \(entry.skill) could end (the earliest: \(first))",
                 ScenarioWarning.demandBeforeAnyCourseEnds(demand: entry.id, date: date, skill: entry.skill, earliest: first))
            }
            switch entry.kind {
            case .hire where first > entry.by:
                let (message, warning) = tooEarly(entry.by)
                warn("by", message, warning)
            case .apprenticeship where DemandRules.apprenticeshipStart(lastDate: first, entry) > entry.startUntil:
                let (message, warning) = tooEarly(entry.startUntil)
                warn("startUntil", message, warning)
            default: break
            }
        }
        return warnings
    }
}
