import TrainPlanCore

/// The texts of industry demand (rules 9-10) in both languages. Kept beside
/// ``TextKey`` rather than inside it so that demand can be added without touching the
/// catalogue's other texts; ``TextCatalogue/demand(_:_:)`` fills them the same way.
public enum DemandTextKey: String, CaseIterable, Sendable {
    case heading, columns, kindHire, kindApprenticeship, costApprenticeships, costApprenticeshipsRow, insuranceApprentices
    case onlyThrough, placedNote, csvColumns, allowancesApprentices, placementCost, allowancePlusPremium, insuranceApprenticeLine
    case whyNoCourse, whyCannotEndBy, whyWindowMissed, whyEmptyWindow, whyCostsMoreThanWorth, whyWorthNothing, whyNoTraineesLeft, whyBudget, whyNoServingCourseRuns
    case whyServingCoursesOverBudget, whyServingCoursesCannotRun, whyAwayBy, whyAwayInWindow, whyTakenInTime

    public var texts: (id: String, en: String) {
        switch self {
        case .heading: ("Permintaan industri (forum)", "Industry demand (forum)")
        case .columns: ("perusahaan|permintaan|jenis|kompetensi|diminta|dilatih untuk itu|magang (mulai)|tidak terlayani|alasan",
                        "company|request|kind|skill|asked|trained for it|apprentices (start)|unserved|why")
        case .kindHire: ("rekrut", "hire")
        case .kindApprenticeship: ("magang", "apprenticeship")
        case .costApprenticeships: ("magang", "apprenticeships")
        case .costApprenticeshipsRow: ("Magang", "Apprenticeships")
        case .insuranceApprentices: ("BPJS peserta magang", "insurance of apprentices")
        case .allowancesApprentices: ("tunjangan peserta magang", "allowances of apprentices")
        case .placementCost: ("{1}: {2} peserta magang × {3} bulan × {4} = ", "{1}: {2} apprentices × {3} months × {4} = ")
        case .allowancePlusPremium: ("(tunjangan {1} + BPJS {2})", "(allowance {1} + insurance {2})")
        case .insuranceApprenticeLine: ("Peserta magang: {1} peserta-bulan × {2} = {3}, dibayar sebagai bagian biaya magang.",
                                        "Apprentices: {1} participant-months × {2} = {3}, paid as part of the apprenticeships' cost.")
        case .onlyThrough: ("{1} ({2}) terlayani hanya lewat {3}: instruktur {4} yang perlu dikontrak ({5})",
                            "{1} ({2}) is served only through {3}: an instructor to engage, {4} ({5})")
        case .placedNote: ("{1} peserta magang ditempatkan; tunjangan dan BPJS mereka {2}",
                           "{1} apprentices placed; their allowances and insurance {2}")
        case .csvColumns: ("perusahaan|permintaan|jenis|kompetensi|level|diminta|kursus|orang|mulai magang|biaya magang|tidak terlayani|alasan",
                           "company|request|kind|skill|level|asked|course|people|apprenticeship start|apprenticeship cost|unserved|why")
        case .whyNoCourse: ("tidak ada kursus {1} level {2} atau lebih", "no course of {1} at level {2} or more")
        case .whyCannotEndBy: ("tidak ada kursus {1} ({2}) yang dapat selesai paling lambat {3}", "no course of {1} ({2}) can end by {3}")
        case .whyWindowMissed: ("jendela penempatan (mulai {1}..{2}) terlewat: tidak ada kursus {3} ({4}) yang dapat selesai tepat waktu",
                                "the places' window (start {1}..{2}) is missed: no course of {3} ({4}) can end in time")
        case .whyEmptyWindow: ("jendela penempatan kosong: startFrom ({1}) jatuh setelah startUntil ({2}, bawaannya akhir periode), jadi tidak ada peserta magang yang bisa mulai",
                               "the places' window is empty: startFrom ({1}) is after startUntil ({2}, the horizon's end unless given), so no apprentice can start")
        case .whyCostsMoreThanWorth: ("tidak sepadan dengan biayanya: satu peserta magang berbiaya {1} ({2} bulan tunjangan dan BPJS), bernilai {3}",
                                      "not worth its cost: an apprentice costs {1} ({2} months of allowance and insurance), worth {3}")
        case .whyWorthNothing: ("tidak bernilai: valuePerPerson-nya 0, jadi melayaninya tidak menambah apa pun",
                                "worth nothing: its valuePerPerson is 0, so serving it gains nothing")
        case .whyNoTraineesLeft: ("kursus yang melayaninya ({1}) tidak punya peserta tersisa untuknya",
                                  "the courses that serve it ({1}) have no trainees left for it")
        case .whyBudget: ("anggaran: satu peserta magang lagi menambah {1} pada {2}", "the budget: another apprentice would add {1} to {2}")
        case .whyNoServingCourseRuns: ("tidak sepadan dengan biayanya: tidak ada kursus yang dapat melayaninya tepat waktu ({1}) yang berjalan demikian dalam rencana terbaik",
                                       "not worth its cost: no course that could serve it in time ({1}) runs so in the best plan")
        case .whyServingCoursesOverBudget: ("anggaran: kursus yang dapat melayaninya tepat waktu ({1}) tidak muat dalam anggaran (lihat alasan kursusnya)",
                                            "the budget: the courses that could serve it in time ({1}) do not fit in it (see their reasons)")
        case .whyAwayBy: ("tidak ada instruktur atau tempat untuk kursus {2} yang tersedia agar selesai paling lambat {3}, walau kalendernya memungkinkan",
                          "the calendar lets {2} end by {3}, but none of their instructors or venues is available then")
        case .whyAwayInWindow: ("tidak ada instruktur atau tempat untuk kursus {2} yang tersedia agar selesai dalam jendela {3} sampai {4}, walau kalendernya memungkinkan",
                                "the calendar lets {2} end within the window {3} to {4}, but none of their instructors or venues is available then")
        case .whyTakenInTime: ("setiap waktu kursus yang dapat melayaninya tepat waktu ({1}) bisa berjalan, instruktur, tempat atau rombongannya dipakai {2}",
                               "every time the courses that could serve it in time ({1}) could run, their instructors, venues or cohort are taken by {2}")
        case .whyServingCoursesCannotRun: ("tidak ada kursus yang dapat melayaninya tepat waktu ({1}) yang bisa berjalan dalam rencana ini (lihat alasan kursusnya)",
                                           "no course that could serve it in time ({1}) can run in this plan (see their reasons)")
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

    /// Why a demand entry is left (partly) unserved, in this language: from its facts where the
    /// plan has them, else the plan file's English sentence; empty when all of it is served.
    public func demandWhy(_ planned: PlannedDemand, currency: String) -> String {
        guard planned.unserved > 0 else { return "" }
        guard let r = planned.whyDetail else { return planned.why ?? "" }
        let money = MoneyFormat(language: language, currency: currency)
        let amount = { (value: Double?) in money.format(value ?? 0) }
        let date = { (day: CivilDate?) in day.map { self.language == .id ? self.longDate($0) : "\($0)" } ?? "-" }
        let skill = r.skill ?? "-", courses = (r.courses ?? []).joined(separator: ", ")
        switch r.kind {
        case .noCourse: return demand(.whyNoCourse, skill, numbers.integer(r.level ?? 0))
        case .cannotEndBy: return demand(.whyCannotEndBy, skill, courses, date(r.by))
        case .windowMissed: return demand(.whyWindowMissed, date(r.startFrom), date(r.startUntil), skill, courses)
        case .emptyWindow: return demand(.whyEmptyWindow, date(r.startFrom), date(r.startUntil))
        case .costsMoreThanWorth:
            return demand(.whyCostsMoreThanWorth, amount(r.costPerPerson), numbers.integer(r.months ?? 0), amount(r.valuePerPerson))
        case .worthNothing: return demand(.whyWorthNothing)
        case .noTraineesLeft: return demand(.whyNoTraineesLeft, courses)
        case .budget: return demand(.whyBudget, amount(r.costPerPerson), amount(r.spent))
        case .noServingCourseRuns: return demand(.whyNoServingCourseRuns, courses)
        case .servingCoursesOverBudget: return demand(.whyServingCoursesOverBudget, courses)
        case .servingCoursesCannotRun: return demand(.whyServingCoursesCannotRun, courses)
        case .awayInTime:
            if r.by != nil || r.startFrom == nil { return demand(.whyAwayBy, skill, courses, date(r.by)) }
            return demand(.whyAwayInWindow, skill, courses, date(r.startFrom), date(r.startUntil))
        case .takenInTime: return demand(.whyTakenInTime, courses, (r.holders ?? []).joined(separator: ", "))
        }
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

    /// "REQ-4 (company) is served only through ENG-04, ENG-05: an instructor to engage, FRL-04 Sri
    /// Siregar (freelance)": each instructor once, however many of its courses serve the entry;
    /// `nil` when one of the centre's own instructors serves it.
    public func sourcedNote(_ text: TextCatalogue) -> String? {
        guard !sourcedThrough.isEmpty else { return nil }
        let courses = sourcedThrough.map(\.course).joined(separator: ", ")
        var seen: Set<String> = []
        let instructors = sourcedThrough.map(\.instructor).filter { seen.insert($0.id).inserted }
        let who = instructors.map { "\($0.id) \($0.name)" }.joined(separator: ", ")
        let sources = Set(instructors.map { text.source($0.source) }).sorted().joined(separator: ", ")
        return text.demand(.onlyThrough, entry.id, entry.company, courses, who, sources)
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
