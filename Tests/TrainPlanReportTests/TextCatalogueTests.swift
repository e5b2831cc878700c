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

    /// A count of 1 takes the singular in English ("1 month", not "1 months"); other counts, a
    /// longer word and Indonesian (no plural) stay as they are.
    @Test func oneTakesTheSingularInEnglish() {
        let en = TextCatalogue(language: .en), id = TextCatalogue(language: .id)
        #expect(en(.insuranceCourse, "C1", "20", "1", "Jan", "20", "IDR 5") == "C1: 20 participants × 1 month (Jan) = 20 participant-months → IDR 5")
        #expect(en(.insuranceCourse, "C1", "1", "2", "Jan, Feb", "1", "IDR 5") == "C1: 1 participant × 2 months (Jan, Feb) = 1 participant-month → IDR 5")
        #expect(en(.cardUnmetNote, "1", "IDR 5") == "1 course not run, worth IDR 5")
        #expect(en(.cardUnmetNote, "11", "IDR 5") == "11 courses not run, worth IDR 5")
        // In HTML the count is a figure, as the report's headline has it.
        let one = Markup.figure("courses.unscheduled", 1, "1"), many = Markup.figure("courses.unscheduled", 2, "2")
        #expect(en.html(.cardUnmetNote, one, "x") == one + " course not run, worth x")
        #expect(en.html(.cardUnmetNote, many, "x") == many + " courses not run, worth x")
        #expect(id(.insuranceCourse, "C1", "20", "1", "Jan", "20", "Rp 5") == "C1: 20 peserta × 1 bulan (Jan) = 20 peserta-bulan → Rp 5")
    }
}
