import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport
import TrainPlanWorkbook

/// `plan.xlsx` (report --xlsx) reopened with trainplan's own reader: every figure typed and
/// equal to the plan; and the `template` workbook's sheets, headers and guide.
@Suite struct PlanWorkbookTests {
    static func reopen(_ scenario: Scenario, _ plan: Plan, language: Language = .en) throws -> Workbook {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try ReportWriter.write(plan: plan, scenario: scenario, to: folder.path,
                                             options: ReportOptions(language: language, now: ReportFixtures.now, workbook: true))
        #expect(outcome.files.contains("plan.xlsx"))
        return try WorkbookReader().read(folder.appendingPathComponent("plan.xlsx"))
    }

    static func date(_ date: CivilDate) -> CellValue {
        .date(WorkbookDate(year: date.components.year, month: date.components.month, day: date.components.day))
    }

    /// Column `column` (1-based) of every data row, as read back.
    static func column(_ sheet: Sheet, _ column: Int) -> [CellValue?] {
        sheet.rows.dropFirst().map { $0.cell(column)?.value }
    }

    static func money(_ values: [CellValue?]) -> Double {
        values.reduce(0) { sum, value in
            if case let .number(n)? = value { return sum + n }
            return sum
        }
    }

    @Test func everyFigureOfThePekalonganPlanIsATypedCell() throws {
        let (scenario, plan) = try ReportFixtures.pekalongan.get()
        let workbook = try Self.reopen(scenario, plan)
        #expect(workbook.sheets.map(\.name) == ["sessions", "courses", "instructors"])
        let sessions = try #require(workbook.sheet(named: "sessions"))
        let courses = try #require(workbook.sheet(named: "courses"))
        let instructors = try #require(workbook.sheet(named: "instructors"))

        // Sessions: one row per planned session, in date order, dates as date cells, participants as numbers.
        let planned = plan.courses.flatMap { course in (course.sessions ?? []).map { (course.id, $0.date) } }
        #expect(sessions.rows.count - 1 == planned.count)
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        #expect(Self.column(sessions, 1) == digest.sessions.map { Self.date($0.date) })
        #expect(Self.column(sessions, 6) == digest.sessions.map { .text(scenario.courses[$0.course].id) })
        #expect(Self.column(sessions, 15) == digest.sessions.map { .number(Double(scenario.courses[$0.course].participants)) })
        #expect(Self.column(sessions, 8) == digest.sessions.map { .number(Double($0.number)) })

        // Courses: money columns sum to the plan's cost breakdown, to the cent; dates are date cells.
        #expect(courses.rows.count - 1 == scenario.courses.count)
        #expect(abs(Self.money(Self.column(courses, 16)) - plan.cost!.instructorFees) < 0.005)
        #expect(abs(Self.money(Self.column(courses, 17)) - plan.cost!.venues) < 0.005)
        #expect(abs(Self.money(Self.column(courses, 18)) - plan.cost!.socialSecurity) < 0.005)
        #expect(abs(Self.money(Self.column(courses, 19)) - (plan.cost!.total - plan.cost!.engagement)) < 0.005)
        #expect(Self.column(courses, 20) == scenario.courses.map { .number($0.value) })
        for (row, line) in zip(courses.rows.dropFirst(), digest.courses) {
            #expect(row.cell(11)?.value == line.firstDate.map(Self.date), "\(scenario.courses[line.course].id)")
            #expect(row.cell(12)?.value == line.lastDate.map(Self.date), "\(scenario.courses[line.course].id)")
        }

        // Instructors: weekly slots as numbers, engagement and pay as money.
        let weeks = scenario.calendar.weeks
        #expect(instructors.rows.count - 1 == scenario.instructors.count)
        for (row, line) in zip(instructors.rows.dropFirst(), digest.instructors) {
            let perWeek = (0..<weeks).map { row.cell(6 + $0)?.value }
            #expect(perWeek == line.slotsPerWeek.map { .number(Double($0)) }, "\(scenario.instructors[line.instructor].id)")
            #expect(row.cell(6 + weeks)?.value == .number(Double(line.slots)))
        }
        #expect(abs(Self.money(Self.column(instructors, 8 + weeks)) - plan.cost!.instructorFees) < 0.005)
        #expect(abs(Self.money(Self.column(instructors, 9 + weeks)) - plan.cost!.engagement) < 0.005)
    }

    @Test func theWorkbookHasTheCSVFilesRowsCellForCell() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let workbook = try Self.reopen(scenario, plan)
        let export = SpreadsheetExport(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: .en))
        for table in export.tables() {
            let sheet = try #require(workbook.sheet(named: table.name))
            #expect(sheet.rows.first?.cells.map(\.value) == table.header.map(CellValue.text))
            for (row, cells) in zip(sheet.rows.dropFirst(), table.rows) {
                for (index, cell) in cells.enumerated() {
                    let read = row.cell(index + 1)?.value
                    switch cell {
                    case let .text(text): #expect(read == (text.isEmpty ? nil : .text(text)), "\(table.name) \(index)")
                    case let .count(n): #expect(read == .number(Double(n)))
                    case let .money(m): #expect(read == .number(m))
                    case let .date(d): #expect(read == Self.date(d))
                    case .empty: #expect(read == nil)
                    }
                }
            }
        }
    }

    @Test(arguments: Language.allCases)
    func theTemplateHasEveryColumnAndExplainsIt(_ language: Language) throws {
        let data = try WorkbookWriter.data(ScenarioTemplate(language: language).sheets())
        let workbook = try WorkbookReader().read(data: data)
        let guideName = language == .id ? "panduan" : "guide"
        #expect(workbook.sheets.map(\.name) == ["scenario", "courses", "instructors", "venues", "demand", guideName])
        let fields: [(String, [String])] = [("courses", ScenarioFields.courses), ("instructors", ScenarioFields.instructors),
                                            ("venues", ScenarioFields.venues), ("demand", ScenarioFields.demand)]
        for (name, expected) in fields {
            #expect(workbook.sheet(named: name)?.rows.map { $0.cells.map(\.value) } == [expected.map(CellValue.text)])
        }
        let settings = try #require(workbook.sheet(named: "scenario"))
        #expect(settings.rows.dropFirst().map { $0.cell(1)?.value } == ScenarioFields.settings.map(CellValue.text))
        let guide = try #require(workbook.sheet(named: guideName))
        var explained: Set<String> = []
        for row in guide.rows {
            if case let .text(sheet)? = row.cell(1)?.value, case let .text(field)? = row.cell(2)?.value,
               case .text? = row.cell(4)?.value {
                explained.insert(sheet + "/" + field)
            }
        }
        let all = fields.flatMap { name, list in list.map { name + "/" + $0 } } + ScenarioFields.settings.map { "scenario/" + $0 }
        #expect(all.filter { !explained.contains($0) } == [], "every column has a line in the guide")
    }
}
