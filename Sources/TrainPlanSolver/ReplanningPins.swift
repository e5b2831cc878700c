import TrainPlanCore
import TrainPlanReport

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
        let english = TextCatalogue(language: .en)
        func unpin(_ pin: Pin, _ detail: PinException.Detail) {
            var detail = detail
            if detail.kind == .notFree || detail.kind == .timeNotFree, !held.isEmpty { detail.keeping = held.map(\.rawValue) }
            unpinned.append(PinException(course: course.id, pin: pin.rawValue, reason: english.pinReason(detail, pin: pin.rawValue),
                                         detail: detail))
        }
        for pin in Pin.allCases where pins.contains(pin) {
            let attempt: CourseOptions
            let missing: PinException.Detail
            switch pin {
            case .instructor:
                let id = earlier.handover?.instructor ?? earlier.instructor ?? "-"
                guard let i = scenario.instructors.firstIndex(where: { $0.id == id }) else {
                    unpin(pin, .init(kind: .gone, id: id))
                    continue
                }
                attempt = Self.filtered(current, instructor: { $0 == i })
                missing = scenario.instructors[i].canTeach(course) ? .init(kind: .notFree, id: id, after: frozenUntil)
                    : .init(kind: .unqualified, id: id, skill: course.skill, level: course.level)
            case .venue:
                let id = earlier.handover?.venue ?? earlier.venue ?? "-"
                guard let v = scenario.venues.firstIndex(where: { $0.id == id }) else {
                    unpin(pin, .init(kind: .gone, id: id))
                    continue
                }
                attempt = Self.filtered(current, venue: { $0 == v })
                missing = scenario.venues[v].canHost(course) ? .init(kind: .notFree, id: id, after: frozenUntil)
                    : .init(kind: .cannotHost, id: id)
            case .time:
                let dates = (earlier.sessions ?? []).map(\.date)
                attempt = Self.filtered(current, pattern: { $0.dates == dates && $0.startSlot == earlier.startSlot })
                missing = .init(kind: .timeNotFree, first: dates.first, slot: earlier.startSlot ?? 0)
            }
            if attempt.isEmpty {
                unpin(pin, missing)
            } else {
                current = attempt
                held.append(pin)
            }
        }
        return current
    }
}
