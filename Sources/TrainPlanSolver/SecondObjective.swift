import TrainPlanCore

/// A criterion that chooses among plans as good as the best one (`trainplan solve --then`).
///
/// The objective of the contract decides first; the second criterion only breaks its ties
/// (see ``LexicographicPlanner``): a planner who cannot tell two plans apart by money can
/// still prefer the one that spreads the BLK's own staff more evenly, or trains more people.
public enum SecondObjective: String, Sendable, Hashable, CaseIterable, Codable {
    /// Minimise the largest share of its limit that any internal instructor teaches: slots
    /// taught divided by `maxSlots`, or by every slot of the horizon's working days when
    /// `maxSlots` is not set. (Internal instructors with `maxSlots: 0` never teach and are left out.)
    case balanceLoad = "balance-load"
    /// Maximise the trainees of the courses that run (the sum of their `participants`).
    case moreTrainees = "more-trainees"

    /// `true` when a smaller ``measure(_:in:)`` is better.
    public var prefersLower: Bool { self == .balanceLoad }

    /// The criterion's value for a plan: the largest load share (0...1) for ``balanceLoad``,
    /// the number of trainees for ``moreTrainees``.
    public func measure(_ plan: Plan, in scenario: Scenario) -> Double {
        switch self {
        case .balanceLoad:
            return Self.heaviestLoad(plan, in: scenario)?.share ?? 0
        case .moreTrainees:
            let participants = Dictionary(scenario.courses.map { ($0.id, $0.participants) }, uniquingKeysWith: { a, _ in a })
            return Double(plan.courses.filter(\.scheduled).reduce(0) { $0 + (participants[$1.id] ?? 0) })
        }
    }

    /// The internal instructor who teaches the largest share of their limit, and that share
    /// (the first in the scenario's order on a tie); `nil` when no internal instructor has a limit.
    public static func heaviestLoad(_ plan: Plan, in scenario: Scenario) -> (instructor: String, share: Double)? {
        var taught: [String: Int] = [:]
        for course in plan.courses where course.scheduled {
            guard let instructor = course.instructor else { continue }
            taught[instructor, default: 0] += (course.sessions ?? []).reduce(0) { $0 + $1.slots.count }
        }
        var heaviest: (instructor: String, share: Double)?
        for i in scenario.instructors.indices {
            guard let limit = loadLimit(of: i, in: scenario) else { continue }
            let id = scenario.instructors[i].id
            let share = Double(taught[id] ?? 0) / Double(limit)
            if share > heaviest?.share ?? -1 { heaviest = (id, share) }
        }
        return heaviest
    }

    /// The limit an internal instructor's load is measured against: `maxSlots`, else every
    /// slot of the horizon's working days; `nil` for other sources and for a limit of 0.
    static func loadLimit(of i: Int, in scenario: Scenario) -> Int? {
        let instructor = scenario.instructors[i]
        guard instructor.source == .internal else { return nil }
        let limit = instructor.maxSlots ?? scenario.calendar.workingDays.count * scenario.calendar.slotCount
        return limit > 0 ? limit : nil
    }
}
