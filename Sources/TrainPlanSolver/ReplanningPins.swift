import TrainPlanCore

/// `--pin`: a course not yet started keeps its earlier instructor, venue or session times as a
/// hard rule, where that still leaves it a way to run; where it does not, the pin is dropped
/// for that course and the reason recorded, so the office knows what it must tell people.
extension Replanning {
    func pinned(_ options: CourseOptions, earlier: PlannedCourse, scenario: Scenario,
                unpinned: inout [PinException]) -> CourseOptions {
        guard !options.isEmpty else { return options }   // it cannot run anyway: its reasons say why
        let course = scenario.courses[options.course]
        var current = options
        var held: [Pin] = []
        let after = frozenUntil.map { " after \($0)" } ?? ""
        func keeping() -> String { held.isEmpty ? "" : " while keeping its " + held.map(\.rawValue).joined(separator: " and ") }
        for pin in Pin.allCases where pins.contains(pin) {
            let attempt: CourseOptions
            let missing: String
            switch pin {
            case .instructor:
                let id = earlier.handover?.instructor ?? earlier.instructor ?? "-"
                guard let i = scenario.instructors.firstIndex(where: { $0.id == id }) else {
                    unpinned.append(PinException(course: course.id, pin: pin.rawValue, reason: "instructor \(id) is no longer in the scenario"))
                    continue
                }
                attempt = Self.filtered(current, instructor: { $0 == i })
                if !scenario.instructors[i].canTeach(course) {
                    missing = "instructor \(id) is no longer qualified for it (\(course.skill) at level \(course.level))"
                } else {
                    missing = "instructor \(id) is not available (or has no load left) for any run of its sessions\(after)\(keeping())"
                }
            case .venue:
                let id = earlier.handover?.venue ?? earlier.venue ?? "-"
                guard let v = scenario.venues.firstIndex(where: { $0.id == id }) else {
                    unpinned.append(PinException(course: course.id, pin: pin.rawValue, reason: "venue \(id) is no longer in the scenario"))
                    continue
                }
                attempt = Self.filtered(current, venue: { $0 == v })
                if !scenario.venues[v].canHost(course) {
                    missing = "venue \(id) can no longer host it (seats or equipment)"
                } else {
                    missing = "venue \(id) is not free for any run of its sessions\(after)\(keeping())"
                }
            case .time:
                let dates = (earlier.sessions ?? []).map(\.date)
                attempt = Self.filtered(current, pattern: { $0.dates == dates && $0.startSlot == earlier.startSlot })
                let first = dates.first.map { "\($0)" } ?? "-"
                missing = "no qualified instructor and suitable venue are free for its earlier sessions (from \(first), slot \(earlier.startSlot ?? 0))\(keeping())"
            }
            if attempt.isEmpty {
                unpinned.append(PinException(course: course.id, pin: pin.rawValue, reason: missing))
            } else {
                current = attempt
                held.append(pin)
            }
        }
        return current
    }
}
