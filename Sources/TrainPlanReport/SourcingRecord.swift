import TrainPlanCore

/// The sourcing advice as data: what `trainplan sourcing --json` writes and what
/// `trainplan report --sourcing-json` reads back to print the recommendation.
///
/// The fields of the first version (skill, instructor, fees, gain, courses, reliances)
/// keep their meaning; the hire's level, the upgrade alternative, the break-even fee
/// and the job specification are added beside them.
public struct SourcingRecord: Codable, Sendable {
    /// One option: a new instructor to hire, or an existing one to certify at a higher level.
    public struct Row: Codable, Sendable {
        /// `hire` or `upgrade`.
        public var kind: String?
        public var skill: String
        public var level: Int?
        public var instructor: String
        /// For an upgrade: the level the instructor has now, and the certificate's cost.
        public var fromLevel: Int?
        public var upgradeCost: Double?
        public var feePerSlot: Double
        public var engagementCost: Double
        public var status: String
        public var objective: Double?
        public var gain: Double?
        public var exact: Bool
        public var coursesGained: [String]
        public var coursesLost: [String]
        public var traineesGained: Int
        /// Hiring improves the plan at any fee per slot below this (engagement as given), not at or above it.
        public var breakEvenFeePerSlot: Double?
        /// The fee per slot, one unit above, at which a solve shows hiring no longer improves the plan.
        public var breakEvenNotBetterAt: Double?
        /// Every solve behind the break-even fee proven optimal.
        public var breakEvenExact: Bool?
        public var job: JobSpecification?
        /// Why the base plan leaves out the courses of this skill: what an extra instructor cannot change
        /// when the gain is 0 (a venue, a cohort, the budget).
        public var limitedBy: [UnscheduledReason]?
        /// The course each of `limitedBy` is about, in the same order.
        public var limitedCourses: [String]?
        /// No valid plan exists without this option and one does with it (`gain` is then nil).
        public var makesPlanPossible: Bool?

        public var isUpgrade: Bool { kind == "upgrade" }

        public init(kind: String, skill: String, level: Int?, instructor: String, fromLevel: Int? = nil,
                    upgradeCost: Double? = nil, feePerSlot: Double, engagementCost: Double, status: String,
                    objective: Double?, gain: Double?, exact: Bool, coursesGained: [String], coursesLost: [String],
                    traineesGained: Int, breakEvenFeePerSlot: Double? = nil, breakEvenNotBetterAt: Double? = nil, breakEvenExact: Bool? = nil,
                    job: JobSpecification? = nil, limitedBy: [UnscheduledReason]? = nil, limitedCourses: [String]? = nil,
                    makesPlanPossible: Bool? = nil) {
            self.makesPlanPossible = makesPlanPossible
            self.limitedBy = limitedBy
            self.limitedCourses = limitedCourses
            self.breakEvenNotBetterAt = breakEvenNotBetterAt
            self.kind = kind
            self.skill = skill
            self.level = level
            self.instructor = instructor
            self.fromLevel = fromLevel
            self.upgradeCost = upgradeCost
            self.feePerSlot = feePerSlot
            self.engagementCost = engagementCost
            self.status = status
            self.objective = objective
            self.gain = gain
            self.exact = exact
            self.coursesGained = coursesGained
            self.coursesLost = coursesLost
            self.traineesGained = traineesGained
            self.breakEvenFeePerSlot = breakEvenFeePerSlot
            self.breakEvenExact = breakEvenExact
            self.job = job
        }
    }

    /// An outside instructor the base plan engages, and what the plan loses without them.
    public struct Reliance: Codable, Sendable {
        public var instructor: String
        public var source: String
        public var courses: [String]
        public var worth: Double?
        public var essential: Bool
        public var exact: Bool

        public init(instructor: String, source: String, courses: [String], worth: Double?, essential: Bool, exact: Bool) {
            self.instructor = instructor
            self.source = source
            self.courses = courses
            self.worth = worth
            self.essential = essential
            self.exact = exact
        }
    }

    public var scenario: String
    public var status: String
    public var objective: Double?
    /// Best first.
    public var candidates: [Row]
    public var reliances: [Reliance]
    /// The skill of the top option when it gains anything.
    public var recommendation: String?
    /// The options not tried (a run stopped before their re-solves): the advice is over the others.
    public var notTried: [String]?

    public init(scenario: String, status: String, objective: Double?, candidates: [Row], reliances: [Reliance],
                recommendation: String?, notTried: [String]? = nil) {
        self.notTried = notTried
        self.scenario = scenario
        self.status = status
        self.objective = objective
        self.candidates = candidates
        self.reliances = reliances
        self.recommendation = recommendation
    }

    /// The top option when it improves the plan or makes one possible.
    public var recommended: Row? {
        candidates.first.flatMap { ($0.gain ?? 0) > 0 || $0.makesPlanPossible == true ? $0 : nil }
    }
}
