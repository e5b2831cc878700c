import TrainPlanCore

/// The texts of industry demand (rules 9-10) in both languages. Kept beside
/// ``TextKey`` rather than inside it so that demand can be added without touching the
/// catalogue's other texts; ``TextCatalogue/demand(_:_:)`` fills them the same way.
public enum DemandTextKey: String, CaseIterable, Sendable {
    case heading, columns, kindHire, kindApprenticeship, costApprenticeships, insuranceTrainees, insuranceApprentices
    case onlyThrough, placedNote, csvColumns

    public var texts: (id: String, en: String) {
        switch self {
        case .heading: ("Permintaan industri (forum)", "Industry demand (forum)")
        case .columns: ("perusahaan|permintaan|jenis|keahlian|diminta|dilatih untuk itu|magang (mulai)|tidak terlayani|alasan",
                        "company|request|kind|skill|asked|trained for it|apprentices (start)|unserved|why")
        case .kindHire: ("rekrut", "hire")
        case .kindApprenticeship: ("magang", "apprenticeship")
        case .costApprenticeships: ("magang", "apprenticeships")
        case .insuranceTrainees: ("BPJS peserta pelatihan", "insurance of trainees")
        case .insuranceApprentices: ("BPJS peserta magang", "insurance of apprentices")
        case .onlyThrough: ("{1} ({2}) terlayani hanya lewat {3}: instruktur {4} yang perlu diikat ({5})",
                            "{1} ({2}) is served only through {3}: an instructor to engage, {4} ({5})")
        case .placedNote: ("{1} peserta magang ditempatkan; tunjangan dan BPJS mereka {2}",
                           "{1} apprentices placed; their allowances and insurance {2}")
        case .csvColumns: ("perusahaan|permintaan|jenis|keahlian|tingkat|diminta|kursus|orang|mulai magang|tidak terlayani|alasan",
                           "company|request|kind|skill|level|asked|course|people|apprenticeship start|unserved|why")
        }
    }
}

extension TextCatalogue {
    /// The text of a demand key with `{1}`, `{2}`, ... replaced by `arguments`.
    public func demand(_ key: DemandTextKey, _ arguments: String...) -> String {
        fill(language == .id ? key.texts.id : key.texts.en, arguments)
    }

    public func demandList(_ key: DemandTextKey) -> [String] {
        demand(key).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }

    public func demandKind(_ kind: DemandEntry.Kind) -> String {
        demand(kind == .hire ? .kindHire : .kindApprenticeship)
    }
}

/// One row of the demand table: a demand entry and what the plan does for it.
public struct DemandRow: Sendable {
    public var entry: DemandEntry
    public var planned: PlannedDemand
    /// Hire: people trained for it; apprenticeship: 0.
    public var trained: Int
    /// Apprenticeship: places filled and the start dates.
    public var placed: Int
    public var starts: [CivilDate]
    /// The instructors of the courses serving it, when none of them is the centre's own (to engage first).
    public var sourcedThrough: [(course: String, instructor: Instructor)]

    /// The rows of a plan, grouped by company in the order companies first appear.
    public static func rows(_ plan: Plan, scenario: Scenario) -> [DemandRow] {
        guard let stated = plan.demand else { return [] }
        let byID = Dictionary(stated.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let courses = Dictionary(plan.courses.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [DemandRow] = []
        for entry in scenario.demand {
            guard let planned = byID[entry.id] else { continue }
            let people = planned.servedPeople
            let through = planned.served.filter { $0.people > 0 }.compactMap { item -> (String, Instructor)? in
                guard let id = courses[item.course]?.instructor, let instructor = scenario.instructor(id) else { return nil }
                return (item.course, instructor)
            }
            let sourced = !through.isEmpty && through.allSatisfy { $0.1.source != .internal } ? through : []
            rows.append(DemandRow(entry: entry, planned: planned, trained: entry.kind == .hire ? people : 0,
                                  placed: entry.kind == .apprenticeship ? people : 0,
                                  starts: Array(Set(planned.served.compactMap(\.start))).sorted(), sourcedThrough: sourced))
        }
        let companies = rows.map(\.entry.company).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return companies.flatMap { company in rows.filter { $0.entry.company == company } }
    }

    /// The insurance part of the apprenticeships' cost (premium × months × apprentices, where insured).
    public static func apprenticeInsurance(_ plan: Plan, scenario: Scenario) -> Double {
        let byID = Dictionary(scenario.demand.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return (plan.demand ?? []).reduce(0) { total, planned in
            guard let entry = byID[planned.id] else { return total }
            return total + Double(planned.servedPeople) * DemandRules.insurancePerPerson(entry, premium: scenario.premiumPerParticipantMonth)
        }
    }
}
