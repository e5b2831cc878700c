/// Who holds a started course's sessions from a date on, when re-planning hands them over
/// (rule 11): the course's `instructor` and `venue` keep the sessions before `from`.
/// A field left out does not change.
public struct Handover: Codable, Sendable, Hashable {
    /// The first session date the new holders take; a session date after the re-planning date.
    public var from: CivilDate
    public var instructor: String?
    public var venue: String?

    public init(from: CivilDate, instructor: String? = nil, venue: String? = nil) {
        self.from = from
        self.instructor = instructor
        self.venue = venue
    }
}

/// One run of a course's sessions held by one instructor and one venue.
public struct SessionHolding: Sendable {
    public var instructor: String
    public var venue: String
    public var sessions: [PlannedSession]
}

extension PlannedCourse {
    /// The sessions split by who holds them: one part, or two around a hand-over (rule 11).
    /// `nil` when the course names no instructor or venue.
    public var holdings: [SessionHolding]? {
        guard let instructor, let venue else { return nil }
        let sessions = self.sessions ?? []
        guard let handover else { return [SessionHolding(instructor: instructor, venue: venue, sessions: sessions)] }
        let before = sessions.filter { $0.date < handover.from }, after = sessions.filter { $0.date >= handover.from }
        return [SessionHolding(instructor: instructor, venue: venue, sessions: before),
                SessionHolding(instructor: handover.instructor ?? instructor, venue: handover.venue ?? venue, sessions: after)]
            .filter { !$0.sessions.isEmpty }
    }

    /// Whoever holds any of its sessions.
    public var allInstructors: [String] { Self.distinct((holdings ?? []).map(\.instructor)) }
    public var allVenues: [String] { Self.distinct((holdings ?? []).map(\.venue)) }

    private static func distinct(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
