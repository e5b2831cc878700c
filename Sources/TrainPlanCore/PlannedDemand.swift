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
    /// Why some or all of it is unserved, in a planner's words (see the solver's demand explanations).
    public var why: String?

    public init(id: String, served: [Served], unserved: Int, why: String? = nil) {
        self.id = id
        self.served = served
        self.unserved = unserved
        self.why = why
    }

    public var servedPeople: Int { served.reduce(0) { $0 + $1.people } }
}
