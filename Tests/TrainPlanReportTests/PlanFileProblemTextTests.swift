import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// Why a plan file cannot be read, in both languages: the catalogue's English is the error's own
/// message, the Indonesian holds no English sentence of the catalogue, and `verify --lang id`
/// prints it.
@Suite struct PlanFileProblemTextTests {
    static let problems: [PlanFileProblem] = [
        .tooLarge(megabytes: 300, limit: 256), .unreadable, .empty, .notAnObject, .cutShort, .notJSON, .nestedTooDeep(limit: 512),
        .keyTwice(".courses[].instructor"), .wrongFormat(found: "other/1", expected: Plan.format),
        .missingField("status", at: ""), .missingField("date", at: ".courses[0].sessions[1]"),
        .notAWholeNumber(path: ".courses[0].sessions[0].slots[0]", value: "2.5"),
        .notADate(at: ".courses[0].sessions[0].date", value: "2023-13-01"),
        .notOneOf(at: ".status", value: "great", allowed: ["optimal", "feasible"]),
        .invalidValue(at: ".courses[0].kind", value: "x"), .unexplained(at: ".x", reason: "the decoder's words"),
        .scheduledWithout(course: "C1", field: "instructor"), .listedTwice(course: "C1"), .scheduledWithoutAPlan(course: "C1", status: "infeasible"),
    ] + [PlanFileProblem.ValueKind.object, .list, .text, .date, .wholeNumber, .number, .boolean, .null, .other("Thing")].flatMap { kind in
        [.wrongType(at: "", expected: kind, found: nil), .wrongType(at: ".cost.venues", expected: .number, found: kind)]
    }

    @Test func everyProblemReadsInBothLanguages() {
        let english = PlanFileProblemText(text: TextCatalogue(language: .en))
        let indonesian = PlanFileProblemText(text: TextCatalogue(language: .id))
        let leaks = LanguageLeakTests.fragments(of: .en)
        for problem in Self.problems {
            #expect(english.sentence(problem) == problem.english)
            if case .unexplained = problem { continue }
            // Field paths and the values allowed stay as the plan file writes them (English words).
            let sentence = indonesian.sentence(problem).replacingOccurrences(of: #"(\.[A-Za-z]+(\[\d*\])*)+"#, with: "",
                                                                              options: .regularExpression)
                .replacingOccurrences(of: "optimal, feasible", with: "").replacingOccurrences(of: "\"instructor\"", with: "")
                .replacingOccurrences(of: "infeasible", with: "")
            #expect(!leaks.contains { sentence.contains($0) } && !sentence.contains("{1") && sentence != problem.english, "\(sentence)")
        }
        #expect(indonesian.sentence(.missingField("status", at: "")) == "kolom \"status\" tidak ada di tingkat teratas")
        #expect(indonesian.sentence(.wrongType(at: ".courses[0].sessions[0].slots", expected: .list, found: .text))
                == ".courses[0].sessions[0].slots: seharusnya daftar [ ... ], tertulis teks")
    }

    /// A plan cut short and a plan with a month 13, read by `verify --lang id` and in English.
    @Test func verifyWordsABrokenPlanInTheChosenLanguage() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fixture = ReportFixtures.packageRoot.appendingPathComponent("fixtures/replanning/plan-2023-01-02.json")
        let scenario = ReportFixtures.packageRoot.appendingPathComponent("fixtures/replanning/pekalongan-2023").path
        let text = try String(contentsOf: fixture, encoding: .utf8)
        let date = try #require(text.range(of: #""date": "2023-01-\d\d""#, options: .regularExpression))
        let cases = [
            (String(text.prefix(text.count / 2)), "berkasnya tampak terpotong", "the file looks cut short"),
            (text.replacingCharacters(in: date, with: #""date": "2023-13-01""#), "seharusnya tanggal TTTT-BB-HH, tertulis \"2023-13-01\"",
             "expected a date YYYY-MM-DD, found \"2023-13-01\""),
        ]
        let plan = folder.appendingPathComponent("plan.json").path
        for (forged, indonesian, english) in cases {
            try Data(forged.utf8).write(to: URL(fileURLWithPath: plan))
            let id = try ReportCommandTests.trainplan(["verify", scenario, plan, "--lang", "id"], in: folder)
            #expect(id.status == 2 && id.stderr.contains(plan + ": ") && id.stderr.contains(indonesian), "\(id)")
            let en = try ReportCommandTests.trainplan(["verify", scenario, plan], in: folder)
            #expect(en.status == 2 && en.stderr.contains(english), "\(en)")
        }
    }
}
