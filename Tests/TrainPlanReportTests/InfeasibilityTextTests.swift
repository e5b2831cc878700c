import Testing
import TrainPlanCore
@testable import TrainPlanReport

/// Why no plan exists, in both languages, from the data the plan file keeps.
@Suite struct InfeasibilityTextTests {
    static let samples: [(InfeasibilityReason, id: String, en: String)] = [
        (.init(kind: .budgetBelowMandatory, budget: 1_000_000, least: 1_100_000, exact: true, courses: ["SEW-CORE"], replanning: false),
         "anggaran Rp 1.000.000 lebih kecil dari Rp 1.100.000, biaya paling sedikit kursus wajib (SEW-CORE)",
         "the budget IDR 1,000,000 is below IDR 1,100,000, the least the mandatory courses (SEW-CORE) can cost"),
        (.init(kind: .budgetBelowMandatory, budget: 5, least: 7, exact: false, courses: ["A", "B"], replanning: true, apprenticesPlaced: true),
         "anggaran Rp 5 lebih kecil dari sekitar Rp 7, biaya paling sedikit kursus yang harus berjalan",
         "the budget IDR 5 is below about IDR 7, the least the courses that must run (mandatory, or on or before the re-planning date), with the apprentices already placed, (A, B) can cost"),
        (.init(kind: .mandatoryClash, courses: ["A", "B"]),
         "kursus wajib (A, B) tidak bisa dijadwalkan bersama",
         "the mandatory courses (A, B) cannot all be scheduled together: their instructors, venues, cohorts or load limits clash"),
        (.init(kind: .mandatoryClash, courses: ["A", "B"], holders: [.init(kind: .onlyInstructor, id: "JOKO", courses: ["A", "B"]),
                                                                     .init(kind: .onlyVenue, id: "WS", courses: ["A", "B"]),
                                                                     .init(kind: .cohort, id: "K1", courses: ["A", "B"])],
               optionalEnough: ["A", "B"]),
         "hanya JOKO yang bisa mengajar A, B; hanya WS yang bisa menampung A, B; A, B diikuti peserta yang sama (rombongan K1)",
         "the mandatory courses (A, B) cannot all be scheduled together: their instructors, venues, cohorts or load limits clash; "
         + "only JOKO can teach A, B; only WS can host A, B; A, B are taken by the same trainees (cohort K1), so never at the same "
         + "time; to let the other mandatory courses run: make any one of them not mandatory"),
        (.init(kind: .mandatoryCannotRun, course: "WELD", reasons: [.init(kind: .rhythmDoesNotFit)]),
         "kursus wajib WELD tidak bisa berjalan: ", "mandatory course WELD cannot run: "),
        (.past(.overCourses(instructor: "ANI", courses: ["A", "B"], limit: 1, until: CivilDate(year: 2024, month: 1, day: 2)!)),
         "instruktur ANI sudah mengajar 2 kursus (A, B) pada atau sebelum 2 Januari 2024, melebihi maxCourses 1 (aturan 6)",
         "instructor ANI already taught 2 courses (A, B) on or before 2024-01-02, over its maxCourses of 1 (rule 6): raise the limit back"),
        (.other("the courses that have happened cannot all keep their sessions"), "the courses that have happened",
         "the courses that have happened cannot all keep their sessions"),
    ]

    @Test func everyKindSaysItInBothLanguages() {
        #expect(Set(Self.samples.map(\.0.kind)) == Set(InfeasibilityReason.Kind.allCases))
        let id = InfeasibilityText(text: TextCatalogue(language: .id), currency: "IDR")
        for (reason, indonesian, english) in Self.samples {
            #expect(id.sentence(reason).contains(indonesian), "\(id.sentence(reason))")
            let written = InfeasibilityText.english([reason], currency: "IDR")
            #expect(written.first?.hasPrefix(english) == true || written.first == english, "\(written)")
        }
    }

    /// A plan file keeps the sentences and the data; a report reads the data, an older file the sentences.
    @Test func aReportPrefersTheDetails() {
        let reason = Self.samples[0].0
        var plan = Plan(scenario: "x", status: .infeasible, courses: [])
        plan.infeasibility = ["as written"]
        let id = InfeasibilityText(text: TextCatalogue(language: .id), currency: "IDR")
        #expect(id.sentences(plan) == ["as written"])
        plan.infeasibilityDetails = [reason]
        #expect(id.sentences(plan) == [id.sentence(reason)])
    }
}
