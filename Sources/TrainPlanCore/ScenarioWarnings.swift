/// Things that are valid but almost certainly mistakes: a tag nobody has, a
/// course nobody can serve, an instructor no course can use.
enum ScenarioWarnings {
    /// - Parameters: courseNodes, instructorNodes: what each course (each batch) and instructor
    ///   was read from, for the place of the field a warning is about.
    static func find(in scenario: Scenario, courseNodes: [RawNode], instructorNodes: [RawNode]) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let skills = Set(scenario.instructors.flatMap(\.skills.keys))
        let equipment = Set(scenario.venues.flatMap(\.equipment))
        for (course, node) in zip(scenario.courses, courseNodes) {
            func warn(_ field: String, _ message: String) {
                warnings.append(Diagnostic(.warning, node.location(ofField: field), "course \(course.id): \(message)"))
            }
            if !skills.contains(course.skill) {
                let hint = Suggestion.closest(to: course.skill, in: skills).map { " (did you mean \"\($0)\"?)" } ?? ""
                warn("skill", "no instructor has the skill \"\(course.skill)\"\(hint)")
            } else if !scenario.instructors.contains(where: { $0.canTeach(course) }) {
                warn("skill", "no instructor has \(course.skill) at level \(course.level) or more" +
                     (course.instructors.isEmpty ? "" : " among \(course.instructors.joined(separator: ", "))"))
            }
            for tag in course.equipment where !equipment.contains(tag) {
                let hint = Suggestion.closest(to: tag, in: equipment).map { " (did you mean \"\($0)\"?)" } ?? ""
                warn("equipment", "no venue has the equipment \"\(tag)\"\(hint)")
            }
            if course.equipment.allSatisfy(equipment.contains), !scenario.venues.contains(where: { $0.canHost(course) }) {
                warn("venues", "no venue seats \(course.participants) with all its equipment")
            }
            if PatternGenerator.patterns(for: course, in: scenario.calendar).isEmpty {
                warn("sessions", "\(course.sessions) sessions on \(course.daysPerWeek) day(s) a week do not fit between \(max(course.earliestStart, scenario.calendar.start)) and \(min(course.latestEnd, scenario.calendar.end))")
            }
        }
        for (instructor, node) in zip(scenario.instructors, instructorNodes)
        where !scenario.courses.contains(where: { instructor.canTeach($0) }) {
            warnings.append(Diagnostic(.warning, node.location(ofField: "skills"),
                                       "instructor \(instructor.id): no course can use them (no course needs their skills at their level)"))
        }
        return warnings
    }
}
