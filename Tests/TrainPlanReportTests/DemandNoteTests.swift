import Testing
import TrainPlanCore
@testable import TrainPlanReport

/// The note on demand served only through instructors still to engage names each instructor once,
/// however many of its courses serve the entry (it printed "FRL-04 Sri Siregar, FRL-04 Sri Siregar").
@Suite struct DemandNoteTests {
    @Test(arguments: Language.allCases)
    func eachInstructorToEngageIsNamedOnce(_ language: Language) {
        let freelancer = Instructor(id: "FRL-04", name: "Sri Siregar", source: .freelance, skills: ["english": 2])
        let day = CivilDate("2023-03-31")!
        let entry = DemandEntry(id: "REQ-4", company: "PT Wisata", skill: "english", people: 20, by: day, startFrom: day, startUntil: day,
                                valuePerPerson: 1_000_000)
        let row = DemandRow(entry: entry, planned: PlannedDemand(id: "REQ-4", served: [], unserved: 0), trained: 20, placed: 0,
                            starts: [], sourcedThrough: [("ENG-04", freelancer), ("ENG-05", freelancer)])
        let note = row.sourcedNote(TextCatalogue(language: language)) ?? ""
        #expect(note.components(separatedBy: "Sri Siregar").count == 2, "\(note)")
        #expect(note.contains("ENG-04, ENG-05"), "\(note)")
        var own = row
        own.sourcedThrough = []
        #expect(own.sourcedNote(TextCatalogue(language: language)) == nil)
    }
}
