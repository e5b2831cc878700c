/// Why a course is left out of a plan, as data: what kind of limit holds it back and
/// the figures of that limit (which instructor or venue, its limit, what the course
/// needs, who holds what it would use, the budget left).
///
/// The plan file keeps these under `reasonDetails` next to the English sentences of
/// `reasons`; the reports render them in the reader's language, each with the fix
/// when one change would let the course run. Every field but `kind` is optional so
/// that each kind carries only its own figures and a plan file stays readable.
public struct UnscheduledReason: Codable, Sendable, Hashable {
    /// The kinds of reason, each with the figures it fills in.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// No instructor has `skill` at `level` (among `instructors`, the course's list, when it has one).
        case noQualifiedInstructor
        /// No venue seats `participants` with every tag of `equipment`.
        case noSuitableVenue
        /// `sessions` on `daysPerWeek` of `weekdays` do not fit between `from` and `to`.
        case rhythmDoesNotFit
        /// A qualified instructor's `limit` is below what the course alone needs.
        case loadLimitTooSmall
        /// The qualified `instructors` are unavailable for every whole run of `sessions`.
        case instructorsUnavailable
        /// The suitable `venues` are unavailable for every whole run of `sessions`.
        case venuesUnavailable
        /// A qualified instructor and a suitable venue are never free at the same time.
        case neverFreeTogether
        /// Running it would cost at least `cost`, not less than its `value`.
        case costNotBelowValue
        /// It would add at least `cost` to the `spent` part of the `budget`.
        case budget
        /// Its `venues` are held by the courses in `holders` whenever it could run.
        case venuesBooked
        /// Its `instructors` are teaching the courses in `holders` whenever it could run.
        case instructorsBusy
        /// Its `cohort` is in the courses in `holders` at those times.
        case cohortBusy
        /// Its instructors have no load left (`limits`) at a time when a venue is free.
        case noLoadLeft
        /// An instructor and a venue are free: the search left it out, or it costs more there than it is worth.
        case leftOutBySearch
        /// The time limit (or a stop request) came before its options were worked out.
        case notConsidered
        /// Re-planning: no qualified `instructors` (or no suitable `venues`, whichever is given) is free
        /// for its remaining sessions from `from` on.
        case noSubstitute
        /// The plan has none: no valid plan exists (the plan's `infeasibility` says why). With `to`, a
        /// re-plan's course that ran (or started) on or before that date, and stays as it ran.
        case noValidPlan
        /// The plan has none: none was found within the time limit.
        case noPlanInTime
    }

    /// A load limit of an instructor against what the course would make it reach.
    public struct LoadFigure: Codable, Sendable, Hashable {
        public var instructor: String
        /// The instructor field: `maxSlots`, `maxSlotsPerWeek`, `maxSlotsPerDay` or `maxCourses`.
        public var field: String
        public var limit: Int
        /// The load the course would need (slots, or courses for `maxCourses`).
        public var needed: Int

        public init(instructor: String, field: String, limit: Int, needed: Int) {
            self.instructor = instructor
            self.field = field
            self.limit = limit
            self.needed = needed
        }
    }

    public var kind: Kind
    public var skill: String?
    public var level: Int?
    public var instructors: [String]?
    public var venues: [String]?
    /// Courses holding the instructors, venues or cohort the course would need.
    public var holders: [String]?
    public var equipment: [String]?
    public var participants: Int?
    public var sessions: Int?
    public var daysPerWeek: Int?
    public var weekdays: [Weekday]?
    public var from: CivilDate?
    public var to: CivilDate?
    public var limit: LoadFigure?
    public var limits: [LoadFigure]?
    public var cohort: String?
    public var cost: Double?
    public var value: Double?
    /// `costNotBelowValue`: what the industry demand the plan leaves unserved and this course could
    /// serve is worth at most (rules 9-10), beside its own `value`.
    public var demandValue: Double?
    public var spent: Double?
    public var budget: Double?
    /// Venue reasons of a course that names its venues: the venues outside its list that could host
    /// it (empty when none could): another venue helps only once listed there.
    public var unlistedVenues: [String]?
    /// `rhythmDoesNotFit`: holidays on its `weekdays` between `from` and `to` (they take days the
    /// dates seem to have).
    public var holidays: Int?
    /// `rhythmDoesNotFit` of a course whose dates lie wholly outside the calendar: `from` (its
    /// earliest start) after the calendar's end `to`, or `to` (its latest end) before the calendar's
    /// start `from`. Only a longer calendar or other dates help, not a later latest end.
    public var outsideCalendar: CalendarSide?

    /// Which side of the calendar a course's dates lie on.
    public enum CalendarSide: String, Codable, Sendable, Hashable {
        case afterEnd, beforeStart
    }

    public init(kind: Kind, skill: String? = nil, level: Int? = nil, instructors: [String]? = nil,
                venues: [String]? = nil, holders: [String]? = nil, equipment: [String]? = nil,
                participants: Int? = nil, sessions: Int? = nil, daysPerWeek: Int? = nil, weekdays: [Weekday]? = nil,
                from: CivilDate? = nil, to: CivilDate? = nil, limit: LoadFigure? = nil, limits: [LoadFigure]? = nil,
                cohort: String? = nil, cost: Double? = nil, value: Double? = nil, spent: Double? = nil,
                budget: Double? = nil, unlistedVenues: [String]? = nil, holidays: Int? = nil,
                outsideCalendar: CalendarSide? = nil) {
        self.outsideCalendar = outsideCalendar
        self.kind = kind
        self.skill = skill
        self.level = level
        self.instructors = instructors
        self.venues = venues
        self.holders = holders
        self.equipment = equipment
        self.participants = participants
        self.sessions = sessions
        self.daysPerWeek = daysPerWeek
        self.weekdays = weekdays
        self.from = from
        self.to = to
        self.limit = limit
        self.limits = limits
        self.cohort = cohort
        self.cost = cost
        self.value = value
        self.spent = spent
        self.budget = budget
        self.unlistedVenues = unlistedVenues
        self.holidays = holidays
    }
}
