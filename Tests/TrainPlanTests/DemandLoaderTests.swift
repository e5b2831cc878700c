import Foundation
import Testing
import TrainPlanCore

/// Reading `demand` (inline, `demand.csv`) and `batches`: every field, its defaults, its errors and warnings.
@Suite struct DemandLoaderTests {
    static let base = """
        calendar:
          start: 2023-01-02
          weeks: 4
          slots: [am, pm]
        socialSecurity:
          premiumPerParticipantMonth: 16800
        courses:
          - id: GM-01
            skill: garment-mechanic
            level: 2
            sessions: 4
            participants: 12
            batches: 2
        instructors:
          - id: ANI
            skills: {garment-mechanic: 3}
        venues:
          - id: HALL
            capacity: 20

        """

    static func errors(_ text: String) -> [String] {
        do {
            _ = try ScenarioLoader.load(text: text)
            return []
        } catch {
            return error.errors.map(\.description)
        }
    }

    @Test func inlineDemandWithDefaults() throws {
        let text = Self.base + """
            demand:
              - {id: REQ-GM, company: PT Garmen, skill: Garment-Mechanic, people: 15, by: 2023-01-27, valuePerPerson: 4000000}
              - {id: MAGANG, company: Batik Rumah, kind: apprenticeship, skill: garment-mechanic, people: 5,
                 startUntil: 15/02/2023, valuePerPerson: "Rp 3.000.000", allowancePerMonth: 500000}
            """
        let loaded = try ScenarioLoader.load(text: text)
        let scenario = loaded.scenario
        // No value and no default: with demand listed, a course is worth the demand it serves.
        #expect(scenario.courses.map(\.value) == [0, 0])
        #expect(scenario.courses.map(\.id) == ["GM-01.1", "GM-01.2"])
        #expect(Batches.predecessors(scenario.courses) == [nil, 0])
        let hire = scenario.demand[0], offer = scenario.demand[1]
        #expect(hire.kind == .hire && hire.skill == "garment-mechanic" && hire.by == CivilDate("2023-01-27"))
        #expect(offer.kind == .apprenticeship && offer.months == 3 && offer.insured && offer.startFrom == scenario.calendar.start)
        #expect(offer.startUntil == CivilDate("2023-02-15") && offer.valuePerPerson == 3_000_000)
        #expect(DemandRules.costPerPerson(offer, premium: scenario.premiumPerParticipantMonth) == 3 * (500_000 + 16_800))
    }

    /// With demand listed a course without `value` is worth the demand it serves, even where
    /// `defaults.valuePerParticipant` is set (that default then prices the demand): its trainees
    /// are not counted twice, as the course's worth and as the demand's.
    @Test func withDemandACourseWithoutValueIsWorthItsDemand() throws {
        let text = Self.base.replacingOccurrences(of: "courses:\n", with: "defaults:\n  valuePerParticipant: 100\ncourses:\n")
            + "demand:\n  - {id: H1, company: PT A, skill: garment-mechanic, people: 1}\n"
        let scenario = try ScenarioLoader.load(text: text).scenario
        #expect(scenario.courses.map(\.value) == [0, 0])
        #expect(scenario.demand.map(\.valuePerPerson) == [100])
        let without = try ScenarioLoader.load(text: Self.base.replacingOccurrences(
            of: "courses:\n", with: "defaults:\n  valuePerParticipant: 100\ncourses:\n")).scenario
        #expect(without.courses.map(\.value) == [1_200, 1_200], "without demand the default prices the course")
    }

    @Test func demandErrorsAreReported() {
        let text = Self.base + """
            demand:
              - {id: A, company: X, skill: garment-mechanic, people: 0, valuePerPerson: 1}
              - {id: B, company: X, kind: mgang, skill: garment-mechanic, people: 2, valuePerPerson: 1}
              - {id: C, company: X, skill: garment-mechanic, people: 2, valuePerPerson: 1, month: 3}
              - {id: D, company: X, skill: garment-mechanic, people: 2}
              - {id: E, company: X, skill: garment-mechanic, people: 2, valuePerPerson: 1, months: 2}
              - {id: A, company: X, skill: garment-mechanic, people: 20000, valuePerPerson: 2e12}
            """
        let errors = Self.errors(text)
        let expected = ["people", "is not a kind of demand", "did you mean \"months\"", "missing: give the entry a valuePerPerson",
                        "months applies to an apprenticeship", "duplicate demand id", "must be at most 10000", "too large"]
        for phrase in expected {
            #expect(errors.contains { $0.contains(phrase) }, "no error says \(phrase): \(errors)")
        }
    }

    /// `magang` and `rekrut`, the report's own words, are the kinds; an unknown kind with an
    /// apprenticeship's fields is one error, not one more for each of its fields.
    @Test func kindsInIndonesian() throws {
        let text = Self.base + """
            demand:
              - {id: A, company: X, kind: Magang, skill: garment-mechanic, people: 2, valuePerPerson: 1, startFrom: 2023-02-01, startUntil: 2023-03-31}
              - {id: B, company: X, kind: rekrut, skill: garment-mechanic, people: 2, valuePerPerson: 1, by: 2023-03-31}
            """
        #expect(try ScenarioLoader.load(text: text).scenario.demand.map(\.kind) == [.apprenticeship, .hire])
        let errors = Self.errors(text.replacingOccurrences(of: "kind: Magang", with: "kind: intern"))
        #expect(errors.count == 1 && errors[0].contains("is not a kind of demand"), "\(errors)")
    }

    @Test func demandWarnings() throws {
        let text = Self.base + """
            demand:
              - {id: A, company: X, skill: garment-mechanik, people: 2, valuePerPerson: 1}
              - {id: B, company: X, skill: garment-mechanic, people: 2, valuePerPerson: 1, by: 2023-01-03}
            """
        let warnings = try ScenarioLoader.load(text: text).warnings.map(\.description)
        #expect(warnings.contains { $0.contains("no course teaches the skill \"garment-mechanik\" (did you mean \"garment-mechanic\"?)") })
        #expect(warnings.contains { $0.contains("2023-01-03 is before any course of garment-mechanic could end") })
    }

    @Test func demandCSVInAFolder() throws {
        let folder = try LoaderTests.TemporaryFolder()
        try folder.write("scenario.yaml", Self.base)
        try folder.write("demand.csv", """
            id;company;kind;skill;people;startFrom;startUntil;months;valuePerPerson;allowancePerMonth;insured
            MAGANG;Batik Rumah;apprenticeship;garment-mechanic;4;01/02/2023;28/02/2023;3;2.500.000;0;ya

            """)
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.demand.count == 1)
        #expect(scenario.demand[0].valuePerPerson == 2_500_000 && scenario.demand[0].startFrom == CivilDate("2023-02-01"))
        try folder.write("demand.csv", "id,company,skil,people\nX,Y,garment-mechanic,2\n")
        let errors = LoaderTests.errors(path: folder.path).map(\.description)
        #expect(errors.contains { $0.contains("skil") })
    }
}
