import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// The scenario's warnings (a skill nobody has, a course that cannot fit, demand no course
/// serves) read in the planner's language: in English exactly as the reader words them, in
/// Indonesian with no English sentence of the catalogue.
@Suite struct WarningTextTests {
    static let scenario = """
        name: every warning
        calendar: {start: 2027-01-04, weeks: 4, workdays: [mon, tue, wed, thu, fri], slots: [am]}
        defaults: {valuePerParticipant: 1000}
        courses:
          - {id: C-SKILL, skill: sewingg, sessions: 1, participants: 5}
          - {id: C-LEVEL, skill: sewing, level: 5, sessions: 1, participants: 5, instructors: [ANI]}
          - {id: C-TAG, skill: sewing, sessions: 1, participants: 5, equipment: [lathe]}
          - {id: C-SEATS, skill: sewing, sessions: 1, participants: 90}
          - {id: C-LONG, skill: sewing, sessions: 40, participants: 5}
          - {id: C-LATER, skill: sewing, sessions: 1, participants: 5, value: 1000, earliestStart: 02/03/2027}
        instructors:
          - {id: ANI, skills: {sewing: 2}}
          - {id: BUDI, skills: {welding: 1}}
        venues:
          - {id: HALL, capacity: 20}
        demand:
          - {id: D-SKILL, company: PT A, kind: hire, skill: sewin, people: 1, by: 2027-01-29, valuePerPerson: 1000}
          - {id: D-LEVEL, company: PT A, kind: hire, skill: sewing, level: 9, people: 1, by: 2027-01-29, valuePerPerson: 1000}
          - {id: D-EARLY, company: PT A, kind: hire, skill: sewing, people: 1, by: 2027-01-01, valuePerPerson: 1000}
          - {id: D-WINDOW, company: PT A, kind: apprenticeship, skill: sewing, people: 1, startFrom: 2027-03-01, months: 1, valuePerPerson: 1000}
        """

    /// The reader's warnings about a spreadsheet's habits (a title above the header, a short row,
    /// `Rp 1,500`, a slot label holding two slots), in a folder of CSV files.
    @Test func spreadsheetWarningsReadInEitherLanguage() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "scenario.yaml": """
                calendar: {start: 2027-01-04, weeks: 4, workdays: [mon, tue], slots: ["08:00-12:00, 13:00-16:00"]}
                """,
            "courses.csv": "DAFTAR KURSUS\nid;skill;sessions;participants;value;cohort\nC1;sewing;1;5;1.000\n",
            "instructors.csv": "id,skills\nANI,sewing:1\n",
            "venues.csv": "id,capacity,costPerSlot,No\nHALL,20,\"Rp 1,500\",1\n",
            "tempat.csv": "id,capacity,costPerSlot\nAULA,20,0\n",
        ]
        for (name, body) in files { try body.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        // Excel's "CSV (Comma delimited)" on Windows: Windows-1252, an é and a non-breaking space in the fee.
        try Data("id,name,skills,feePerSlot\nANI,Andr\u{E9},sewing:1,\"Rp\u{A0}75.000\"\n".unicodeScalars.map { UInt8($0.value) })
            .write(to: folder.appendingPathComponent("instructors.csv"))
        let loaded = try ScenarioLoader.load(path: folder.path)
        let warnings = loaded.warnings
        #expect(loaded.scenario.instructors.map(\.name) == ["Andr\u{E9}"] && loaded.scenario.instructors[0].feePerSlot == 75_000)
        #expect(Set(warnings.compactMap(\.warning).map { "\($0)".prefix { $0 != "(" } })
                == ["titleSkipped", "shortRows", "rupiahCommaDecimal", "slotLabelHoldsSeveral", "noteColumns", "fileNotRead",
                    "readAsWindows1252"], "\(warnings)")
        try Self.check(warnings)
    }

    /// Each warning, in English, is the reader's message word for word; in Indonesian it holds no English sentence.
    static func check(_ warnings: [Diagnostic]) throws {
        let english = WarningText(text: TextCatalogue(language: .en)), indonesian = WarningText(text: TextCatalogue(language: .id))
        let leaks = LanguageLeakTests.fragments(of: .en)
        for warning in warnings {
            let fact = try #require(warning.warning, "\(warning)")
            #expect(english.sentence(fact) == warning.message)
            let sentence = indonesian.sentence(fact)
            #expect(!leaks.contains { sentence.contains($0) } && !sentence.contains(" no "), "\(sentence)")
        }
    }

    @Test func everyWarningReadsInEitherLanguage() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("warnings.yaml")
        try Self.scenario.write(to: file, atomically: true, encoding: .utf8)
        let warnings = try ScenarioLoader.load(path: file.path).warnings
        let facts = warnings.compactMap(\.warning)
        #expect(Set(facts.map { "\($0)".prefix { $0 != "(" } }) == [
            "courseSkillNobodyHas", "courseLevelNobodyHas", "courseEquipmentNoVenueHas", "courseNoVenueSeats",
            "courseSessionsDoNotFit", "instructorNoCourseUses", "demandSkillNoCourseTeaches", "demandLevelNoCourseTeaches",
            "demandBeforeAnyCourseEnds", "coursesWorthTheirDemand", "demandEmptyWindow", "courseOutsideHorizon"], "\(warnings)")
        // An empty window is said as one (it read "2027-01-31 is before any course could end (the earliest: ...)").
        #expect(warnings.contains { $0.message == "demand D-WINDOW: startFrom 2027-03-01 is after startUntil 2027-01-31 (the horizon's end unless given): no apprentice can start" },
                "\(warnings.map(\.message))")
        #expect(warnings.contains { $0.message.hasPrefix("5 course(s) without a value (C-SKILL, C-LEVEL, C-TAG, C-SEATS, C-LONG) are worth only the demand") })
        try Self.check(warnings)
    }
}
