/// The money a plan spends, by kind, as the plan file reports it.
public struct CostBreakdown: Codable, Sendable, Equatable {
    public var instructorFees: Double = 0
    public var engagement: Double = 0
    public var venues: Double = 0
    public var socialSecurity: Double = 0
    /// Allowances and insurance of the apprentices placed (rules 9-10); `nil` in a scenario without demand,
    /// so that such plans are written exactly as before.
    public var apprenticeships: Double?

    public init(instructorFees: Double = 0, engagement: Double = 0, venues: Double = 0, socialSecurity: Double = 0,
                apprenticeships: Double? = nil) {
        self.instructorFees = instructorFees
        self.engagement = engagement
        self.venues = venues
        self.socialSecurity = socialSecurity
        self.apprenticeships = apprenticeships
    }

    public var total: Double { instructorFees + engagement + venues + socialSecurity + (apprenticeships ?? 0) }

    enum CodingKeys: String, CodingKey { case instructorFees, engagement, venues, socialSecurity, apprenticeships, total }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        instructorFees = try c.decode(Double.self, forKey: .instructorFees)
        engagement = try c.decode(Double.self, forKey: .engagement)
        venues = try c.decode(Double.self, forKey: .venues)
        socialSecurity = try c.decode(Double.self, forKey: .socialSecurity)
        apprenticeships = try c.decodeIfPresent(Double.self, forKey: .apprenticeships)
        statedTotal = try c.decodeIfPresent(Double.self, forKey: .total)
    }

    /// The `total` a plan file states (checked by the verifier against the sum of the parts).
    public var statedTotal: Double?

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Money.cents(instructorFees), forKey: .instructorFees)
        try c.encode(Money.cents(engagement), forKey: .engagement)
        try c.encode(Money.cents(venues), forKey: .venues)
        try c.encode(Money.cents(socialSecurity), forKey: .socialSecurity)
        try c.encodeIfPresent(apprenticeships.map(Money.cents), forKey: .apprenticeships)
        try c.encode(Money.cents(total), forKey: .total)
    }

    public static func == (a: CostBreakdown, b: CostBreakdown) -> Bool {
        a.instructorFees == b.instructorFees && a.engagement == b.engagement && a.venues == b.venues
            && a.socialSecurity == b.socialSecurity && (a.apprenticeships ?? 0) == (b.apprenticeships ?? 0)
    }
}

/// The cost rules of the format, in one place: the solver's coefficients,
/// the plan's figures and the verifier's recomputation all come from here.
public enum CostRules {
    /// `sessions * sessionLength * feePerSlot`.
    public static func fees(_ course: Course, _ instructor: Instructor) -> Double {
        Double(course.slotCount) * instructor.feePerSlot
    }

    /// `sessions * sessionLength * costPerSlot`.
    public static func rent(_ course: Course, _ venue: Venue) -> Double {
        Double(course.slotCount) * venue.costPerSlot
    }

    /// Fees for `sessions` of the course's sessions: a handed-over course pays each holder for the sessions it holds.
    public static func fees(_ course: Course, _ instructor: Instructor, sessions: Int) -> Double {
        Double(sessions * course.sessionLength) * instructor.feePerSlot
    }

    /// Rent for `sessions` of the course's sessions.
    public static func rent(_ course: Course, _ venue: Venue, sessions: Int) -> Double {
        Double(sessions * course.sessionLength) * venue.costPerSlot
    }

    /// `participants * premium * m`, m = distinct calendar months holding a session; 0 if not insured.
    public static func socialSecurity(_ course: Course, dates: [CivilDate], premium: Double) -> Double {
        guard course.socialSecurity else { return 0 }
        return Double(course.participants) * premium * Double(monthsTouched(dates))
    }

    public static func monthsTouched(_ dates: [CivilDate]) -> Int { Set(dates.map(\.monthKey)).count }
}
