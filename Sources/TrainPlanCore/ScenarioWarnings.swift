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
            func warn(_ field: String, _ message: String, _ warning: ScenarioWarning) {
                warnings.append(Diagnostic(.warning, node.location(ofField: field), "course \(course.id): \(message)", warning: warning))
            }
            if !skills.contains(course.skill) {
                let closest = Suggestion.closest(to: course.skill, in: skills)
                warn("skill", "no instructor has the skill \"\(course.skill)\"" + Self.hint(closest),
                     .courseSkillNobodyHas(course: course.id, skill: course.skill, suggestion: closest))
            } else if !scenario.instructors.contains(where: { $0.canTeach(course) }) {
                warn("skill", "no instructor has \(course.skill) at level \(course.level) or more" +
                     (course.instructors.isEmpty ? "" : " among \(course.instructors.joined(separator: ", "))"),
                     .courseLevelNobodyHas(course: course.id, skill: course.skill, level: course.level, among: course.instructors))
            }
            for tag in course.equipment where !equipment.contains(tag) {
                let closest = Suggestion.closest(to: tag, in: equipment)
                warn("equipment", "no venue has the equipment \"\(tag)\"" + Self.hint(closest),
                     .courseEquipmentNoVenueHas(course: course.id, tag: tag, suggestion: closest))
            }
            if course.equipment.allSatisfy(equipment.contains), !scenario.venues.contains(where: { $0.canHost(course) }) {
                warn("venues", "no venue" + (course.venues.isEmpty ? "" : " among \(course.venues.joined(separator: ", "))")
                     + " seats \(course.participants) with all its equipment",
                     .courseNoVenueSeats(course: course.id, participants: course.participants, among: course.venues))
            }
            let from = max(course.earliestStart, scenario.calendar.start), to = min(course.latestEnd, scenario.calendar.end)
            // (Dates wholly outside the calendar are said where they are read.)
            if from <= to, PatternGenerator.patterns(for: course, in: scenario.calendar).isEmpty {
                warn("sessions", "\(course.sessions) sessions on \(course.daysPerWeek) day(s) a week do not fit between \(from) and \(to)",
                     .courseSessionsDoNotFit(course: course.id, sessions: course.sessions, daysPerWeek: course.daysPerWeek, from: from, to: to))
            }
        }
        for (instructor, node) in zip(scenario.instructors, instructorNodes)
        where !scenario.courses.contains(where: { instructor.canTeach($0) }) {
            warnings.append(Diagnostic(.warning, node.location(ofField: "skills"),
                                       "instructor \(instructor.id): no course can use them (no course needs their skills at their level)",
                                       warning: .instructorNoCourseUses(instructor: instructor.id)))
        }
        return warnings
    }

    /// " (did you mean "sewing"?)" after a name nobody has, when one is close.
    static func hint(_ closest: String?) -> String {
        closest.map { " (did you mean \"\($0)\"?)" } ?? ""
    }
}
