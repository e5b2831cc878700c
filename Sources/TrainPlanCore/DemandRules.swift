import Foundation

/// Rules 9-10's "can serve", the apprenticeship start date and the money of demand, in
/// one place: the model's coefficients, the fixed-schedule allocation, the plan's figures
/// and the verifier all come from here (the brute-force oracle has its own copy, on purpose).
public enum DemandRules {
    /// Skills match as tags and the course's level is high enough (dates aside).
    public static func matches(_ course: Course, _ demand: DemandEntry) -> Bool {
        Tag.normalize(course.skill) == Tag.normalize(demand.skill) && course.level >= demand.level
    }

    /// The day an apprenticeship placement starts for graduates of a course ending on `lastDate`:
    /// the day after, or `startFrom` if that is later.
    public static func apprenticeshipStart(lastDate: CivilDate, _ demand: DemandEntry) -> CivilDate {
        max(lastDate.adding(days: 1), demand.startFrom)
    }

    /// The date rule of the entry's kind for a course whose last session is on `lastDate`.
    public static func datesAllow(lastDate: CivilDate, _ demand: DemandEntry) -> Bool {
        switch demand.kind {
        case .hire: return lastDate <= demand.by
        case .apprenticeship: return apprenticeshipStart(lastDate: lastDate, demand) <= demand.startUntil
        }
    }

    /// A course ending on `lastDate` can serve the entry.
    public static func canServe(_ course: Course, lastDate: CivilDate, _ demand: DemandEntry) -> Bool {
        matches(course, demand) && datesAllow(lastDate: lastDate, demand)
    }

    /// What each person served costs the office: for an apprentice `months * (allowancePerMonth +
    /// premium if insured)`; nothing for a hire.
    public static func costPerPerson(_ demand: DemandEntry, premium: Double) -> Double {
        guard demand.kind == .apprenticeship else { return 0 }
        return Double(demand.months) * (demand.allowancePerMonth + (demand.insured ? premium : 0))
    }

    /// The insurance part of ``costPerPerson(_:premium:)`` (for the report's insurance line).
    public static func insurancePerPerson(_ demand: DemandEntry, premium: Double) -> Double {
        guard demand.kind == .apprenticeship, demand.insured else { return 0 }
        return Double(demand.months) * premium
    }

    /// The unmet value when nobody is served: `Σ valuePerPerson * people`.
    public static func fullValue(_ demand: [DemandEntry]) -> Double {
        demand.reduce(0) { $0 + $1.valuePerPerson * Double($1.people) }
    }
}
