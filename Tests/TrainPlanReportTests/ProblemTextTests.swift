import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// The reader's commonest errors (a word where a number belongs, a bad date or weekday, a field or
/// column unknown or missing, an id given twice) read in the planner's language: in Indonesian
/// with no English sentence of the catalogue, and the English message keeps its own wording.
@Suite struct ProblemTextTests {
    static let scenario = """
        name: every common error
        calendar:
          start: besok
          weekz: 4
          workdays: Senin; Seninn
          slots: [pagi]
        budget: Rp 1,5x
        courses:
          - id: A
            skill: sewing
            sessions: dua belas
            participants: 12.5
            mandatory: mungkin
            colour: red
          - {id: A, skill: sewing, sessions: 3, participants: -4, value: "-"}
          - {id: B, skill: sewing, sessions: 3, participants: 4, value: 10, latestEnd: 45170, title: ""}
        instructors:
          - {id: I1, skills: {sewing: 2}, feePerSlot: (250.000)}
        venues:
          - {id: "V 1", capacity: 10, costPerSlot: 20}
        """

    @Test func everyCommonErrorReadsInIndonesian() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("errors.yaml")
        try Self.scenario.write(to: file, atomically: true, encoding: .utf8)
        let errors = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(path: file.path) }.errors
        let kinds = Set(errors.compactMap(\.problem).map { "\($0)".prefix { $0 != "(" } })
        #expect(kinds == ["notADate", "missingField", "notAWeekday", "unknownField", "notANumber", "notABoolean", "outOfRange",
                          "courseValueMissing", "notAnID", "duplicateID"], "\(errors)")
        // Every error this scenario makes is one of them: none is left in English.
        #expect(errors.allSatisfy { $0.problem != nil }, "\(errors.filter { $0.problem == nil })")
        let leaks = LanguageLeakTests.fragments(of: .en), indonesian = ProblemText(text: TextCatalogue(language: .id))
        for error in errors {
            let sentence = indonesian.sentence(try #require(error.problem))
            #expect(!leaks.contains { sentence.contains($0) }, "\(sentence)")
        }
        let text = errors.compactMap(\.problem).map(indonesian.sentence)
        #expect(text.contains("seharusnya bilangan bulat, tertulis \"dua belas\""), "\(text)")
        #expect(text.contains { $0.hasPrefix("\"Seninn\" bukan nama hari") && $0.hasSuffix("(maksudnya \"senin\"?)") }, "\(text)")
        #expect(text.contains("seharusnya tanggal TTTT-BB-HH (atau hari dulu: HH/BB/TTTT), tertulis \"45170\", yang tampaknya nomor hari "
                              + "spreadsheet untuk 2023-09-01: format selnya sebagai tanggal"), "\(text)")
        #expect(text.contains { $0.contains("(jumlah negatif dalam kurung") }, "\(text)")
    }

    /// A CSV header's unknown and missing columns, in Indonesian.
    @Test func columnsReadInIndonesian() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "scenario.yaml": "calendar: {start: 2027-01-04, weeks: 4, workdays: [mon], slots: [am]}\n",
            "courses.csv": "kode;skil;sessions;participants;value;xyz\nC1;sewing;1;5;1000;\n",
            "venues.csv": "id,capacity\nHALL,20\n",
            "instructors.csv": "id,skills\nANI,sewing:1\n",
        ]
        for (name, body) in files { try body.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        let errors = try #require(throws: ScenarioError.self) { try ScenarioLoader.load(path: folder.path) }.errors
        let text = errors.compactMap(\.problem).map(ProblemText(text: TextCatalogue(language: .id)).sentence)
        // An Indonesian header names the field it means; one nobody knows may be a notes column.
        #expect(Set(text) == ["kolom \"kode\" tidak dikenal; maksudnya \"id\"?", "kolom \"xyz\" tidak dikenal (kolom catatan: awali judulnya dengan #)",
                              "kolom \"skil\" tidak dikenal; maksudnya \"skill\"?"], "\(errors)")
    }
}
