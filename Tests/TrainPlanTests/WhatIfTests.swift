import Foundation
import GLPK
import Testing
import TrainPlanCore
import TrainPlanSolver

/// Variants files: edits applied as written, problems reported per variant with their line,
/// and every variant's plan valid for that variant's scenario.
@Suite struct WhatIfTests {
    static func path(_ relative: String) -> String { FixtureTests.root.appendingPathComponent(relative).path }

    @Test func pekalonganVariantsEachGiveAPlanValidForTheirOwnScenario() throws {
        let (base, variants) = try VariantsLoader.load(variants: Self.path("whatif/pekalongan-variants.yaml"),
                                                       base: Self.path("pekalongan-2023"))
        #expect(variants.map(\.name) == ["budget-cut-20", "sri-ill", "second-mechanic", "computer-lab-closed", "batik-priority"])
        let rows = WhatIfRunner.run(base: base.scenario, variants: variants, options: MIPOptions(timeLimit: .seconds(60)), jobs: 2)
        #expect(rows.count == 6)
        for row in rows {
            let scenario = try #require(row.scenario, "\(row.name): \(row.errors)")
            let plan = try #require(row.plan)
            #expect(plan.status == .optimal, "\(row.name)")
            #expect(PlanVerifier.verify(plan, against: scenario).isValid, "\(row.name)")
        }
        // Each edit took effect.
        let scenarios = Dictionary(uniqueKeysWithValues: rows.map { ($0.name, $0.scenario) })
        #expect(scenarios["budget-cut-20"]??.budget == 80_000_000)
        let sri = try #require(scenarios["sri-ill"]??.instructors.first { $0.id == "BLK-SRI" })
        #expect(!sri.isAvailable(on: try #require(CivilDate("2023-02-08")), slot: 1))
        #expect(sri.isAvailable(on: try #require(CivilDate("2023-02-20")), slot: 1))
        #expect(scenarios["second-mechanic"]??.instructors.contains { $0.id == "CND-BUDI" } == true)
        let lab = try #require(scenarios["computer-lab-closed"]??.venues.first { $0.id == "BLK-TIK" })
        #expect(!lab.isAvailable(on: try #require(CivilDate("2023-03-15")), slot: 2))
        let batik = try #require(scenarios["batik-priority"] ?? nil)
        #expect(!batik.courses.contains { $0.id == "BOG-01" })
        #expect(batik.courses.first { $0.id == "BTK-03" }?.value == 45_000_000)
        // The base is untouched by its variants.
        #expect(base.scenario.budget == 100_000_000)
        #expect(rows[0].comparison == nil)
    }

    @Test func parallelRunsGiveTheSamePlansAsOneAtATime() throws {
        let (base, variants) = try VariantsLoader.load(variants: Self.path("whatif/pekalongan-variants.yaml"),
                                                       base: Self.path("pekalongan-2023"))
        let options = MIPOptions(timeLimit: .seconds(60))
        let one = WhatIfRunner.run(base: base.scenario, variants: variants, options: options, jobs: 1)
        let two = WhatIfRunner.run(base: base.scenario, variants: variants, options: options, jobs: 2)
        for (a, b) in zip(one, two) {
            var x = try #require(a.plan), y = try #require(b.plan)
            x.solver = nil
            y.solver = nil
            #expect(try PlanFile.encode(x) == PlanFile.encode(y), "\(a.name)")
        }
    }

    @Test func badEditsAreReportedInTheirVariantWithLineAndSuggestion() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("variants.yaml")
        try """
            variants:
              - name: typo-in-id
                remove: {courses: [BTK-3]}
              - name: good
                set: {budget: 90000000}
              - name: unknown-edit
                updat: {courses: []}
              - name: bad-value
                update:
                  instructors: [{id: BLK-SRI, feePerSlot: cheap}]
              - name: wrong-list
                unavailable: {course: {GM-01: [mon]}}
              - name: lists-not-set
                set: {courses: []}
              - name: removed-twice
                remove: {courses: [BTK-03, BTK-03]}
            """.write(to: file, atomically: true, encoding: .utf8)
        let (_, variants) = try VariantsLoader.load(variants: file.path, base: Self.path("pekalongan-2023"))
        func errors(_ name: String) -> [Diagnostic] {
            guard case let .failure(error)? = variants.first(where: { $0.name == name })?.loaded else { return [] }
            return error.errors
        }
        let typo = try #require(errors("typo-in-id").first)
        #expect(typo.message.contains("\"BTK-3\" is not the id") && typo.message.contains("did you mean \"BTK-03\"?"), "\(typo)")
        #expect(typo.location.line == 3 && typo.location.file == file.path)
        #expect((try? variants[1].loaded.get())?.scenario.budget == 90_000_000)
        let unknown = try #require(errors("unknown-edit").first)
        #expect(unknown.message.contains("unknown field \"updat\"") && unknown.message.contains("did you mean \"update\"?"))
        #expect(unknown.location.line == 7)
        let value = try #require(errors("bad-value").first)
        #expect(value.location.line == 10 && value.location.field == "feePerSlot", "\(value)")
        let list = try #require(errors("wrong-list").first)
        #expect(list.message.contains("did you mean \"instructors\"?") || list.message.contains("unknown list \"course\""), "\(list)")
        #expect(list.location.line == 12)
        #expect(try #require(errors("lists-not-set").first).location.line == 14)
        // The second BTK-03 is a repetition, not an id the base lacks.
        #expect(errors("removed-twice").map(\.message) == ["remove: \"BTK-03\" is listed twice"])
        // In Indonesian the row says "kesalahan", as check does, not "error" (the reader's message stays English).
        let run = try CommandLineTests.trainplan(["whatif", Self.path("pekalongan-2023"), file.path, "--out", folder.appendingPathComponent("out").path,
                                                  "--lang", "id", "--time-limit", "5", "--jobs", "1"])
        #expect(run.stdout.contains("variants.yaml:3:") && run.stdout.contains(": kesalahan: ") && !run.stdout.contains(": error: "), "\(run.stdout)")
    }

    /// An edit that breaks a reference of the base (removing the instructor a course lists) is
    /// found where the base says it; the variant's edits are named too, so the planner does not
    /// think the base file broken (a black-box tester's case).
    @Test func anEditThatBreaksTheBaseNamesTheVariant() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let base = folder.appendingPathComponent("base.yaml"), file = folder.appendingPathComponent("variants.yaml")
            try """
                name: b2
                calendar: {start: 2023-01-02, weeks: 1, slots: ["08:00-12:00"]}
                courses:
                  - {id: B, skill: weld, sessions: 2, participants: 4, value: 1000000, instructors: [W1]}
                instructors:
                  - {id: W1, skills: {weld: 1}}
                  - {id: S1, skills: {weld: 1}}
                venues:
                  - {id: V1, capacity: 10}
                """.write(to: base, atomically: true, encoding: .utf8)
            try """
                variants:
                  - name: rm-w1
                    remove: {instructors: [W1]}
                """.write(to: file, atomically: true, encoding: .utf8)
            let (_, variants) = try VariantsLoader.load(variants: file.path, base: base.path)
            guard case let .failure(error)? = variants.first?.loaded else { Issue.record("the variant loaded"); return }
            #expect(error.errors.contains { $0.location.file == base.path && $0.message.contains("\"W1\" is not the id") }, "\(error)")
            let named = try #require(error.errors.first { $0.location.file == file.path }, "\(error)")
            #expect(named.location.line == 2 && named.message.contains("variant \"rm-w1\": its edits leave the scenario"), "\(named)")
        }
    }

    /// An instructor whose `unavailable` is a dash ("none", as the reader takes it) is made ill by a
    /// variant: the dash was kept as an entry and the variant failed on the base's cell.
    @Test func anIllnessAddedWhereTheBaseWritesADash() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let base = folder.appendingPathComponent("base.yaml"), file = folder.appendingPathComponent("variants.yaml")
            try """
                name: b3
                calendar: {start: 2023-01-02, weeks: 1, slots: ["08:00-12:00"]}
                courses:
                  - {id: B, skill: weld, sessions: 2, participants: 4, value: 1000000}
                instructors:
                  - {id: W1, skills: {weld: 1}, unavailable: "-"}
                venues:
                  - {id: V1, capacity: 10}
                """.write(to: base, atomically: true, encoding: .utf8)
            try """
                variants:
                  - name: w1-ill
                    unavailable: {instructors: {W1: [03/01/2023..06/01/2023]}}
                """.write(to: file, atomically: true, encoding: .utf8)
            let (_, variants) = try VariantsLoader.load(variants: file.path, base: base.path)
            let loaded = try #require(try variants.first?.loaded.get())
            #expect(loaded.scenario.instructors[0].unavailable.count == 1)
        }
    }

    /// A variant's plan is written to NAME.plan.json: "base" (the base plan's file and row) and two
    /// names that become the same file name are refused, or one plan would overwrite the other.
    @Test func variantNamesThatShareAFileAreRefused() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("variants.yaml")
            try """
                variants:
                  - name: Base
                    set: {budget: 0}
                  - name: cut 70
                    set: {budget: 70000000}
                  - name: cut-70
                    set: {budget: 70000001}
                  - name: cut-80
                    set: {budget: 80000000}
                """.write(to: file, atomically: true, encoding: .utf8)
            do {
                _ = try VariantsLoader.load(variants: file.path, base: Self.path("pekalongan-2023"))
                Issue.record("the variants file was accepted")
            } catch let error as ScenarioError {
                let messages = error.errors.map(\.message)
                #expect(messages.count == 2, "\(messages)")
                #expect(messages.contains { $0.contains("\"base\" names the base scenario's plan") }, "\(messages)")
                #expect(messages.contains { $0.contains("variant \"cut-70\" would write the same files as \"cut 70\"") }, "\(messages)")
            }
        }
    }

    /// Demand entries are a list like the others: removed, updated and added by id (in the forum
    /// fixture's demand.csv), and `set` refuses them as it does the other lists.
    @Test func demandIsEditedByIdLikeTheOtherLists() throws {
        try CommandLineTests.withTemporaryFolder { folder in try Self.checkDemandEdits(folder.appendingPathComponent("variants.yaml")) }
    }

    static func checkDemandEdits(_ file: URL) throws {
        try """
            variants:
              - name: edited
                remove: {demand: [REQ-AC]}
                update: {demand: [{id: REQ-GM, people: 5}]}
                add: {demand: [{id: REQ-NEW, company: PT Baru, skill: garment-mechanic, level: 2, people: 2, valuePerPerson: 1000000}]}
              - name: set-demand
                set: {demand: []}
            """.write(to: file, atomically: true, encoding: .utf8)
        let (base, variants) = try VariantsLoader.load(variants: file.path, base: Self.path("pekalongan-2023-forum"))
        let edited = try #require(try variants.first { $0.name == "edited" }?.loaded.get().scenario)
        #expect(base.scenario.demand.contains { $0.id == "REQ-AC" })
        #expect(!edited.demand.contains { $0.id == "REQ-AC" })
        #expect(edited.demand.first { $0.id == "REQ-GM" }?.people == 5)
        #expect(edited.demand.last?.id == "REQ-NEW")
        #expect(edited.demand.count == base.scenario.demand.count)
        guard case let .failure(error)? = variants.first(where: { $0.name == "set-demand" })?.loaded else {
            Issue.record("set: {demand: []} was accepted")
            return
        }
        #expect(error.errors.contains { $0.message.contains("demand is a list") }, "\(error.errors)")
    }

    /// A variant that sets another currency is printed in it, not in the base's.
    @Test func aVariantsRowIsInItsOwnCurrency() throws {
        try CommandLineTests.withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("variants.yaml")
            try "variants:\n  - name: dollars\n    set: {currency: USD}\n".write(to: file, atomically: true, encoding: .utf8)
            let run = try CommandLineTests.trainplan(["whatif", Self.path("pekalongan-2023"), file.path, "--jobs", "1", "--time-limit", "10",
                                                      "--out", folder.appendingPathComponent("out").path])
            let row = run.stdout.split(separator: "\n").first { $0.hasPrefix("dollars") } ?? ""
            #expect(run.status == 0 && row.contains("USD ") && !row.contains("IDR "), "\(run)")
        }
    }

    @Test func aVariantsFileWithoutVariantsIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("v.yaml")
        try "variant:\n  - name: x\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ScenarioError.self) { try VariantsLoader.load(variants: file.path, base: Self.path("pekalongan-2023")) }
        try "variants:\n  - name: x\n  - name: x\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(throws: ScenarioError.self) { try VariantsLoader.load(variants: file.path, base: Self.path("pekalongan-2023")) }
    }
}
