import Foundation

/// Reads the `demand` list (inline, `demand.csv` or a workbook sheet): every field of
/// the contract checked, every default applied, like the other lists.
extension ScenarioDecoder {
    static let demandFields = ["id", "company", "kind", "skill", "level", "people", "by", "startFrom", "startUntil",
                               "months", "valuePerPerson", "allowancePerMonth", "insured"]

    /// Fields that mean something only for one kind: given for the other, they are an error, not a silent no-op.
    private static let apprenticeshipOnly = ["startFrom", "startUntil", "months", "allowancePerMonth", "insured"]
    /// The kinds in the words of the Indonesian report (rekrut, magang) and their common variants.
    static let indonesianKinds: [String: DemandEntry.Kind] = [
        "rekrut": .hire, "rekrutmen": .hire, "perekrutan": .hire, "magang": .apprenticeship, "pemagangan": .apprenticeship,
    ]

    func demand(_ fields: FieldReader, calendar: PlanningCalendar, settings: Settings) -> DemandEntry? {
        fields.currency = settings.currency
        let id = fields.id()
        let company = fields.string("company", required: true)
        var kind = DemandEntry.Kind.hire
        if let text = fields.string("kind") {
            if let value = DemandEntry.Kind(rawValue: text.lowercased()) ?? Self.indonesianKinds[text.lowercased()] {
                kind = value
            } else {
                let names = DemandEntry.Kind.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: text, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
                fields.fail(fields.node("kind")?.location ?? fields.location, "kind",
                            "\"\(text)\" is not a kind of demand: use hire or apprenticeship (rekrut or magang)\(hint)")
                // Read on as what its other fields say it is, so that they are not reported as misplaced too.
                if Self.apprenticeshipOnly.contains(where: fields.has) { kind = .apprenticeship }
            }
        }
        let skill = fields.string("skill", required: true)
        let level = fields.int("level", range: 1...Int.max, maximum: ScenarioLimits.maxLevel) ?? 1
        let people = fields.int("people", required: true, range: 1...Int.max, maximum: ScenarioLimits.maxParticipants)
        let by = fields.date("by")
        let startFrom = fields.date("startFrom"), startUntil = fields.date("startUntil")
        let months = fields.int("months", range: 1...Int.max, maximum: ScenarioLimits.maxApprenticeshipMonths) ?? 3
        var value = fields.money("valuePerPerson", emptyMeans: settings.valuePerParticipant.map {
            "the default (valuePerParticipant \(Money.plain($0)))"
        })
        if value == nil, !fields.has("valuePerPerson") {
            if let perParticipant = settings.valuePerParticipant {
                value = perParticipant
            } else if !settings.hasValueDefault {
                fields.fail(fields.location.with(field: "valuePerPerson"), "valuePerPerson",
                            "missing: give the entry a valuePerPerson, or set defaults.valuePerParticipant")
            }
        }
        let allowance = fields.money("allowancePerMonth") ?? 0
        // (A hire request has no apprentices to insure: a dash there asks nothing.)
        let insured = kind == .hire && fields.isDash("insured") ? true : fields.bool("insured", default: true)
        if kind == .hire {
            for key in Self.apprenticeshipOnly where fields.has(key) {
                fields.fail(fields.node(key)?.location ?? fields.location, key,
                            "\(key) applies to an apprenticeship; this entry is a hire request (set kind: apprenticeship, or leave \(key) out)")
            }
        } else if fields.has("by") {
            fields.fail(fields.node("by")?.location ?? fields.location, "by",
                        "by applies to a hire request; for an apprenticeship give startFrom and startUntil")
        }
        if let startFrom, let startUntil, startFrom > startUntil {
            fields.fail(fields.node("startUntil")?.location ?? fields.location, "startUntil",
                        "startUntil \(startUntil) is before startFrom \(startFrom)")
        }
        fields.finish(known: Self.demandFields, what: "a demand entry")
        guard let id, let company, let skill, let people, let value else { return nil }
        return DemandEntry(id: id, company: company, kind: kind, skill: skill, level: level, people: people,
                           by: by ?? calendar.end, startFrom: startFrom ?? calendar.start, startUntil: startUntil ?? calendar.end,
                           months: months, valuePerPerson: value, allowancePerMonth: allowance, insured: insured)
    }
}
