import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanReport
import TrainPlanSolver

/// The Pekalongan forum fixture: what each company asked for and what the plan serves,
/// the apprentices placed with their start dates and insurance, and the garment-mechanic
/// request that only the candidate instructor (CND-HARTO, to engage) can serve.
@Suite struct ForumFixtureTests {
    static let path = FixtureTests.root.appendingPathComponent("pekalongan-2023-forum").path

    @Test func forumPlanServesTheDemandItIsWorth() throws {
        let scenario = try ScenarioLoader.load(path: Self.path).scenario
        #expect(scenario.demand.count == 11)
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(60)))
        #expect(PlanVerifier.verify(plan, against: scenario).isValid)
        #expect(plan.status == .optimal)
        #expect(plan.objective == 157_910_400, "HiGHS proves this optimum on the exported model")
        // 16 apprentices (6 + 6 batik, 4 motorcycle), 3 months at allowance + 16,800 premium.
        #expect(plan.cost?.apprenticeships == 17_606_400)
        let demand = Dictionary(uniqueKeysWithValues: (plan.demand ?? []).map { ($0.id, $0) })
        // The garment mechanics come only from GM-01, taught by the candidate CND-HARTO.
        #expect(demand["REQ-GM"]?.served.map(\.course) == ["GM-01"])
        #expect(plan.courses.first { $0.id == "GM-01" }?.instructor == "CND-HARTO")
        #expect(demand["REQ-GM"]?.servedPeople == 12 && demand["REQ-GM-2"]?.servedPeople == 4)
        #expect(demand["MAG-BTK"]?.served.map(\.start) == [CivilDate("2023-03-01")])
        #expect(demand["MAG-BOG"]?.why?.contains("not worth its cost") == true)
        #expect(demand["REQ-AC"]?.why?.contains("no course of ac-repair at level 3") == true)
        // The same reasons as facts, worded in Indonesian for the id outputs (they stayed English).
        #expect(demand["REQ-AC"]?.whyDetail == DemandReason(kind: .noCourse, skill: "ac-repair", level: 3))
        let id = TextCatalogue(language: .id)
        let bog = try #require(demand["MAG-BOG"])
        #expect(id.demandWhy(bog, currency: scenario.currency)
                == "tidak sepadan dengan biayanya: satu peserta magang berbiaya Rp 2.300.400 (3 bulan tunjangan dan BPJS), bernilai Rp 1.000.000")
        #expect(bog.why == "not worth its cost: an apprentice costs IDR 2,300,400 (3 months of allowance and insurance), worth IDR 1,000,000")
        for entry in plan.demand ?? [] where entry.unserved > 0 {
            #expect(entry.whyDetail != nil, "\(entry.id)")
            #expect(id.demandWhy(entry, currency: scenario.currency) != entry.why, "\(entry.id): still English")
        }
    }

    /// Apprentices placed on or before the re-planning date stay placed, even when their entry is
    /// now worth less than it costs (before, the re-plan withdrew them and reported nothing): every
    /// placement that has started keeps at least its people, and the plan passes `verify --from`.
    @Test func apprenticesAlreadyPlacedStayPlacedWhenReplanning() throws {
        var scenario = try ScenarioLoader.load(path: Self.path).scenario
        let (old, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(60)))
        let placements = (old.demand ?? []).flatMap { d in d.served.compactMap { s in s.start.map { (d.id, s.course, s.people, $0) } } }
        let (entry, course, people, start) = try #require(placements.min { $0.3 < $1.3 }, "the forum plan places apprentices")
        let d = try #require(scenario.demand.firstIndex { $0.id == entry })
        scenario.demand[d].valuePerPerson = 1   // now worth less than an apprentice costs
        let replanning = Replanning(previous: old, source: "old.json", frozenUntil: start, changePenalty: 1000)
        let (plan, _) = try TrainingPlanner.solve(scenario, options: MIPOptions(timeLimit: .seconds(60)), replanning: replanning)
        #expect(plan.status == .feasible, "\(plan.infeasibility ?? [])")
        let kept = plan.demand?.first { $0.id == entry }?.served.first { $0.course == course }?.people ?? 0
        #expect(kept >= people, "\(entry) from \(course): \(kept) kept of \(people) placed on \(start)")
        let report = PlanVerifier.verify(plan, against: scenario, replanningFrom: old, frozenUntil: start)
        #expect(report.isValid, "\(report.violations)")
    }

    @Test func solvePrintsTheDemandTablePerCompany() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("forum-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try CommandLineTests.trainplan(["solve", Self.path, "-o", folder.appendingPathComponent("plan.json").path,
                                                  "--report", folder.appendingPathComponent("report").path])
        #expect(run.stdout.contains("Industry demand (forum)"))
        #expect(run.stdout.contains("apprenticeships   IDR 17,606,400"))
        #expect(run.stdout.contains("REQ-GM (PT Garmen Batik Nusantara) is served only through GM-01: an instructor to engage, CND-HARTO Suharto (candidate)"))
        #expect(run.stdout.contains("6 (2023-03-01)"))
        let html = try String(contentsOf: folder.appendingPathComponent("report/report.html"), encoding: .utf8)
        #expect(html.contains("data-figure=\"insurance.apprentices\" data-value=\"806400\""))
        // The apprenticeships' cost in its parts (allowances and insurance) and worked out per placement:
        // the parts add up to it, and so do the placements.
        #expect(html.contains("data-figure=\"apprenticeships.allowances\" data-value=\"16800000\""))
        #expect(html.contains("data-figure=\"insurance.apprentices.total\" data-value=\"806400\""))
        let placements = html.components(separatedBy: "data-figure=\"demand.").dropFirst()
            .filter { $0.contains(".cost\" data-value=\"") }
            .compactMap { Double($0.components(separatedBy: "data-value=\"")[1].prefix { $0 != "\"" }) }
        #expect(placements.count == 3 && placements.reduce(0, +) == 17_606_400, "\(placements)")
        #expect(html.contains("Industry demand (forum)"))
        let csv = try String(contentsOf: folder.appendingPathComponent("report/demand.csv"), encoding: .utf8)
        // Its apprenticeship cost: 6 people × 3 months × (allowance 300,000 + premium 16,800) = 5,702,400.
        #expect(csv.contains("Rumah Batik Tulis Mahmud,MAG-BTK,apprenticeship,batik,2,6,BTK-03,6,2023-03-01,5702400,0,"))
    }
}
