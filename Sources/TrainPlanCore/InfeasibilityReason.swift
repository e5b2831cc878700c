/// Why no valid plan exists, as data: the plan file keeps these under `infeasibilityDetails`
/// beside the English sentences of `infeasibility`, and reports say them in the reader's language
/// (as ``UnscheduledReason`` does for a course left out).
public struct InfeasibilityReason: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Mandatory `course` has no way to run at all, for its `reasons`; with `replanning`, not
        /// mandatory itself but an earlier batch of the `courses` that have happened.
        case mandatoryCannotRun
        /// The `budget` is below `least` (about that much unless `exact`), what `courses` cost at the
        /// least: the mandatory ones, or when `replanning` those that must run (`apprenticesPlaced`:
        /// with the apprentices already placed).
        case budgetBelowMandatory
        /// The mandatory `courses` (the fewest that still clash) cannot all be scheduled together: with
        /// `holders`, what they share; with `optionalEnough`, those of them that, made optional, let
        /// every other mandatory course run (empty: another clash remains whichever one is).
        case mandatoryClash
        /// A re-plan cannot keep the past: `past` says why.
        case pastCannotStay
        /// Said in English only, in `text`.
        case other
    }

    public var kind: Kind
    public var course: String?
    public var reasons: [UnscheduledReason]?
    public var budget: Double?
    public var least: Double?
    public var exact: Bool?
    public var courses: [String]?
    public var replanning: Bool?
    public var apprenticesPlaced: Bool?
    public var text: String?
    public var past: PastProblem?
    /// Of a clash: the only instructor, the only venue, or the cohort several of its courses have.
    public var holders: [ClashHolder]?
    /// Of a clash: those of `courses` that, made optional, let every other mandatory course run.
    public var optionalEnough: [String]?

    /// What several clashing courses share, so that they cannot all run.
    public struct ClashHolder: Codable, Sendable, Hashable {
        public enum Kind: String, Codable, Sendable {
            /// The only instructor who can teach each of `courses`.
            case onlyInstructor
            /// The only venue that can host each of `courses`.
            case onlyVenue
            /// The cohort (the same trainees) of `courses`.
            case cohort
        }
        public var kind: Kind
        public var id: String
        public var courses: [String]

        public init(kind: Kind, id: String, courses: [String]) {
            self.kind = kind
            self.id = id
            self.courses = courses
        }
    }

    public init(kind: Kind, course: String? = nil, reasons: [UnscheduledReason]? = nil, budget: Double? = nil,
                least: Double? = nil, exact: Bool? = nil, courses: [String]? = nil, replanning: Bool? = nil,
                apprenticesPlaced: Bool? = nil, text: String? = nil, past: PastProblem? = nil,
                holders: [ClashHolder]? = nil, optionalEnough: [String]? = nil) {
        self.holders = holders
        self.optionalEnough = optionalEnough
        self.kind = kind
        self.course = course
        self.reasons = reasons
        self.budget = budget
        self.least = least
        self.exact = exact
        self.courses = courses
        self.replanning = replanning
        self.apprenticesPlaced = apprenticesPlaced
        self.text = text
        self.past = past
    }

    /// Why a re-plan cannot keep the past.
    public static func past(_ problem: PastProblem) -> InfeasibilityReason { InfeasibilityReason(kind: .pastCannotStay, past: problem) }

    /// A finding said in English only.
    public static func other(_ text: String) -> InfeasibilityReason { InfeasibilityReason(kind: .other, text: text) }
}
