import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// Done-when 1: `LANG=id_ID.UTF-8 trainplan solve … --report out` prints and writes no English
/// sentence of the catalogue, and `--lang en` no Indonesian one, names from the scenario aside;
/// and so do `check`, `verify` and `sourcing` on the same scenario.
@Suite struct LanguageLeakTests {
    /// The fixed pieces of every text of `language` that the other language does not share:
    /// the parts between placeholders and list separators, at least two words or one long word.
    static func fragments(of language: Language) -> Set<String> {
        var found: Set<String> = []
        for key in TextKey.allCases {
            let (id, en) = key.texts
            let mine = language == .id ? id : en, theirs = language == .id ? en : id
            let pieces = mine.split(separator: "|").flatMap { $0.components(separatedBy: "{") }
                .map { piece in piece.drop { $0.isNumber || $0 == "}" } }
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) }
            for piece in pieces where !theirs.contains(piece) {
                let words = piece.split(separator: " ").count
                if words >= 2 && piece.count >= 8 || words == 1 && piece.count >= 7 && piece.allSatisfy(\.isLetter) {
                    found.insert(piece)
                }
            }
        }
        return found
    }

    /// Every name and tag of the scenario, longest first, to be blanked out of the outputs.
    static func scenarioNames(_ scenario: Scenario) -> [String] {
        var names: [String] = [scenario.name, "sessions.csv", "courses.csv", "instructors.csv", "report.html", "plan.json"]
        for c in scenario.courses { names += [c.id, c.title, c.skill] + c.equipment }
        for i in scenario.instructors { names += [i.id, i.name, i.organization ?? ""] + i.skills.keys }
        for v in scenario.venues { names += [v.id, v.name, v.site ?? ""] + v.equipment }
        return Array(Set(names.filter { !$0.isEmpty })).sorted { $0.count > $1.count }
    }

    /// Stdout, stderr and every file written, scenario names blanked, HTML entities read back.
    static func outputs(_ language: Language, environment: [String: String], arguments: [String]) throws -> [(String, String)] {
        let (scenario, _) = try ReportFixtures.pekalongan.get()
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let run = try ReportCommandTests.trainplan(
            ["solve", ReportFixtures.pekalonganPath, "-o", folder.appendingPathComponent("plan.json").path,
             "--report", out.path, "--sourcing"] + arguments, environment: environment, in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        var texts = [("stdout", run.stdout), ("stderr", run.stderr)]
        // The other commands on the same scenario and plan: check, verify, sourcing.
        let plan = folder.appendingPathComponent("plan.json").path
        for command in [["check", ReportFixtures.pekalonganPath], ["verify", ReportFixtures.pekalonganPath, plan],
                        ["sourcing", ReportFixtures.pekalonganPath, "--upgrade-cost", "1500000"]] {
            let other = try ReportCommandTests.trainplan(command + arguments, environment: environment, in: folder)
            #expect(other.status == 0, "\(command[0]): \(other.stderr)")
            texts += [(command[0], other.stdout), (command[0] + " stderr", other.stderr)]
        }
        let files = FileManager.default.enumerator(at: out, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where ["csv", "html", "ics"].contains(file.pathExtension) {
            texts.append((file.lastPathComponent, try String(contentsOf: file, encoding: .utf8)))
        }
        let names = scenarioNames(scenario)
        return texts.map { name, body in
            // Markup is not text: drop the style sheet and every tag (class names, figure keys).
            var body = body
            if let style = body.range(of: "<style>"), let end = body.range(of: "</style>") { body.removeSubrange(style.lowerBound..<end.upperBound) }
            body = body.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
            var clean = body.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "\\,", with: ",")
                .replacingOccurrences(of: "\\;", with: ";").replacingOccurrences(of: "\r\n ", with: "")
            for n in names { clean = clean.replacingOccurrences(of: n, with: "·") }
            return (name, clean)
        }
    }

    @Test func indonesianOutputsHaveNoEnglishSentence() throws {
        let english = Self.fragments(of: .en)
        #expect(english.contains("and the course needs") && english.contains("Training plan"))
        for (name, body) in try Self.outputs(.id, environment: ["LANG": "id_ID.UTF-8", "TRAINPLAN_LANG": "", "LC_ALL": "",
                                                                  "LC_MESSAGES": ""], arguments: []) {
            let leaks = english.filter { body.contains($0) }.sorted()
            #expect(leaks.isEmpty, "\(name): \(leaks)")
        }
    }

    @Test func englishOutputsHaveNoIndonesianSentence() throws {
        let indonesian = Self.fragments(of: .id)
        #expect(indonesian.contains("supaya kursus ini bisa berjalan"))
        for (name, body) in try Self.outputs(.en, environment: [:], arguments: ["--lang", "en"]) {
            let leaks = indonesian.filter { body.contains($0) }.sorted()
            #expect(leaks.isEmpty, "\(name): \(leaks)")
        }
    }
}
