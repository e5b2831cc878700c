/// One demand entry in the plan file: who serves it, and how many it leaves unserved
/// (`{"id": "REQ-GM", "served": [{"course": "GM-01", "people": 12}], "unserved": 3}`).
public struct PlannedDemand: Codable, Sendable, Hashable {
    public struct Served: Codable, Sendable, Hashable {
        public var course: String
        public var people: Int
        /// Apprenticeship only: the day the placements start.
        public var start: CivilDate?

        public init(course: String, people: Int, start: CivilDate? = nil) {
            self.course = course
            self.people = people
            self.start = start
        }
    }

    public var id: String
    public var served: [Served]
    public var unserved: Int
    /// Why some or all of it is unserved, in a planner's words, in English (see the solver's demand explanations).
    public var why: String?
    /// The same as facts, for outputs in either language.
    public var whyDetail: DemandReason?

    public init(id: String, served: [Served], unserved: Int, why: String? = nil, whyDetail: DemandReason? = nil) {
        self.id = id
        self.served = served
        self.unserved = unserved
        self.why = why
        self.whyDetail = whyDetail
    }

    public var servedPeople: Int { served.reduce(0) { $0 + $1.people } }

    private enum CodingKeys: String, CodingKey { case id, served, unserved, why, whyDetail }

    /// An entry that serves nobody may leave `served` out or null, as another tool may write it: none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        served = try c.decodeIfPresent([Served].self, forKey: .served) ?? []
        unserved = try c.decode(Int.self, forKey: .unserved)
        why = try c.decodeIfPresent(String.self, forKey: .why)
        whyDetail = try c.decodeIfPresent(DemandReason.self, forKey: .whyDetail)
    }
}

/// Why a plan leaves demand unserved, as facts, so that every output words it in its own
/// language (``PlannedDemand/why`` keeps the English sentence for the plan file's readers).
public struct DemandReason: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        /// No course of `skill` at `level` or more.
        case noCourse
        /// A hire: none of `courses` can end by `by`.
        case cannotEndBy
        /// An apprenticeship: none of `courses` can end in the window `startFrom`...`startUntil`.
        case windowMissed
        /// An apprenticeship whose window is empty: `startFrom` is after `startUntil`.
        case emptyWindow
        /// An apprentice costs `costPerPerson` (`months` of allowance and insurance), worth `valuePerPerson`.
        case costsMoreThanWorth
        /// Its `valuePerPerson` is 0: serving it gains nothing (a hire request costs nothing of its own).
        case worthNothing
        /// The courses serving it (`courses`) have no trainees left for it.
        case noTraineesLeft
        /// Another apprentice would add `costPerPerson` to the `spent` part of the budget.
        case budget
        /// None of `courses`, which could serve it in time, runs so in the best plan: not worth its cost.
        case noServingCourseRuns
        /// None of `courses`, which could serve it in time, fits in the budget (each course's reason says by how much).
        case servingCoursesOverBudget
        /// None of `courses`, which could serve it in time, can run in this plan (each course's reason says why).
        case servingCoursesCannotRun
        /// The calendar lets `courses` end in time (by `by`, or within `startFrom`...`startUntil`), but
        /// none of their qualified instructors or suitable venues is available then.
        case awayInTime
        /// Every way `courses` could end in time (by `by` for a hire) is taken by the plan's `holders`
        /// (their instructors, venues or cohort then).
        case takenInTime
    }

    public var kind: Kind
    public var skill: String?
    public var level: Int?
    public var courses: [String]?
    public var by: CivilDate?
    public var startFrom: CivilDate?
    public var startUntil: CivilDate?
    public var costPerPerson: Double?
    public var months: Int?
    public var valuePerPerson: Double?
    public var spent: Double?
    /// The plan's courses that hold what `courses` would need (``Kind/takenInTime``).
    public var holders: [String]?

    public init(kind: Kind, skill: String? = nil, level: Int? = nil, courses: [String]? = nil, by: CivilDate? = nil,
                startFrom: CivilDate? = nil, startUntil: CivilDate? = nil, costPerPerson: Double? = nil, months: Int? = nil,
                valuePerPerson: Double? = nil, spent: Double? = nil, holders: [String]? = nil) {
        self.holders = holders
        self.kind = kind
        self.skill = skill
        self.level = level
        self.courses = courses
        self.by = by
        self.startFrom = startFrom
        self.startUntil = startUntil
        self.costPerPerson = costPerPerson
        self.months = months
        self.valuePerPerson = valuePerPerson
        self.spent = spent
    }
}
