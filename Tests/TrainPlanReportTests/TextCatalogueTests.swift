import Testing
import TrainPlanCore
import TrainPlanReport

/// One catalogue, two complete languages.
@Suite struct TextCatalogueTests {
    @Test(arguments: TextKey.allCases)
    func bothLanguagesHaveTheTextWithTheSamePlaceholders(_ key: TextKey) {
        let (id, en) = key.texts
        #expect(!id.isEmpty && !en.isEmpty)
        #expect(TextCatalogue.placeholders(id) == TextCatalogue.placeholders(en), "\(key)")
        #expect(id.split(separator: "|", omittingEmptySubsequences: false).count
                    == en.split(separator: "|", omittingEmptySubsequences: false).count, "\(key): list lengths differ")
    }

    @Test func placeholdersAreFilledOnceAndInOrder() {
        let text = TextCatalogue(language: .en)
        #expect(text(.summaryScheduled, "15", "17") == "Scheduled courses (15 of 17)")
        #expect(text(.eventSummary, "Batik {2}", "1", "8") == "Batik {2} (session 1/8)")
        #expect(text.html(.cardUnmetNote, "<b>2</b>", "<b>x</b>") == "<b>2</b> courses not run, worth <b>x</b>")
        #expect(TextCatalogue(language: .id)(.summaryScheduled, "15", "17") == "Kursus yang dijadwalkan (15 dari 17)")
    }

    @Test func wordsOfEachLanguage() throws {
        let id = TextCatalogue(language: .id), en = TextCatalogue(language: .en)
        #expect(Weekday.allCases.map(id.weekday) == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"])
        #expect(en.weekday(.fri) == "Friday")
        let date = try #require(CivilDate("2023-08-17"))
        #expect(id.longDate(date) == "17 Agustus 2023")
        #expect(en.longDate(date) == "17 August 2023")
        #expect(id.shortDate(date) == "17 Agu")
        #expect(id.status(.feasible) == "sah, belum terbukti terbaik" && en.status(.feasible) == "feasible")
        #expect(id.yesNo(true) == "ya" && en.yesNo(false) == "no")
        #expect(id.source(.partner) == "mitra")
    }
}
