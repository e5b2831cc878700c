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
            func warn(_ field: String, _ message: String) {
                warnings.append(Diagnostic(.warning, location.with(field: field), "demand \(entry.id): \(message)"))
            }
            let serving = scenario.courses.indices.filter { DemandRules.matches(scenario.courses[$0], entry) }
            if !skills.contains(entry.skill) {
                let hint = Suggestion.closest(to: entry.skill, in: skills).map { " (did you mean \"\($0)\"?)" } ?? ""
                warn("skill", "no course teaches the skill \"\(entry.skill)\"\(hint)")
                continue
            }
            if serving.isEmpty {
                warn("level", "no course teaches \(entry.skill) at level \(entry.level) or more")
                continue
            }
            guard let first = serving.compactMap(earliestEnd).min() else { continue }
            switch entry.kind {
            case .hire where first > entry.by:
                warn("by", "\(entry.by) is before any course of \(entry.skill) could end (the earliest: \(first))")
            case .apprenticeship where DemandRules.apprenticeshipStart(lastDate: first, entry) > entry.startUntil:
                warn("startUntil", "\(entry.startUntil) is before any course of \(entry.skill) could end (the earliest: \(first))")
            default: break
            }
        }
        return warnings
    }
}
