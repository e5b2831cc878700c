import Foundation
import Testing
import TrainPlanCore

/// A scenario given as a workbook: the Pekalongan quarter read the same from its
/// openpyxl workbook as from its folder, and errors named by sheet and cell.
@Suite struct WorkbookScenarioTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures")

    @Test func pekalonganWorkbookIsTheSameQuarterAsTheFolder() throws {
        let folder = try ScenarioLoader.load(path: Self.fixtures.appendingPathComponent("pekalongan-2023").path)
        let workbook = try ScenarioLoader.load(path: Self.fixtures.appendingPathComponent("pekalongan-2023.xlsx").path)
        let a = folder.scenario, b = workbook.scenario
        #expect(b.name == a.name && b.currency == a.currency && b.budget == a.budget)
        #expect(b.premiumPerParticipantMonth == a.premiumPerParticipantMonth && b.valuePerParticipant == a.valuePerParticipant)
        #expect(b.calendar.start == a.calendar.start && b.calendar.weeks == a.calendar.weeks)
        #expect(b.calendar.workdays == a.calendar.workdays && b.calendar.slots == a.calendar.slots)
        #expect(b.calendar.holidays == a.calendar.holidays && b.calendar.timeZone == a.calendar.timeZone)

        #expect(b.courses.map(\.id) == a.courses.map(\.id))
        for (x, y) in zip(a.courses, b.courses) {
            #expect(y.title == x.title && y.skill == x.skill && y.level == x.level, "\(x.id)")
            #expect(y.sessions == x.sessions && y.sessionLength == x.sessionLength && y.daysPerWeek == x.daysPerWeek, "\(x.id)")
            #expect(y.weekdays == x.weekdays && y.earliestStart == x.earliestStart && y.latestEnd == x.latestEnd, "\(x.id)")
            #expect(y.participants == x.participants && y.equipment == x.equipment && y.cohort == x.cohort, "\(x.id)")
            #expect(y.value == x.value && y.mandatory == x.mandatory && y.socialSecurity == x.socialSecurity, "\(x.id)")
            #expect(y.instructors == x.instructors && y.venues == x.venues, "\(x.id)")
        }
        #expect(b.instructors.map(\.id) == a.instructors.map(\.id))
        for (x, y) in zip(a.instructors, b.instructors) {
            #expect(y.name == x.name && y.source == x.source && y.organization == x.organization && y.skills == x.skills, "\(x.id)")
            #expect(y.feePerSlot == x.feePerSlot && y.engagementCost == x.engagementCost, "\(x.id)")
            #expect(y.maxSlotsPerDay == x.maxSlotsPerDay && y.maxSlotsPerWeek == x.maxSlotsPerWeek, "\(x.id)")
            #expect(y.maxSlots == x.maxSlots && y.maxCourses == x.maxCourses, "\(x.id)")
            #expect(y.availableFrom == x.availableFrom && y.availableUntil == x.availableUntil, "\(x.id)")
            #expect(y.unavailable.map(\.description) == x.unavailable.map(\.description), "\(x.id)")
        }
        #expect(b.venues.map(\.id) == a.venues.map(\.id))
        for (x, y) in zip(a.venues, b.venues) {
            #expect(y.name == x.name && y.site == x.site && y.capacity == x.capacity && y.equipment == x.equipment, "\(x.id)")
            #expect(y.costPerSlot == x.costPerSlot && y.unavailable.map(\.description) == x.unavailable.map(\.description), "\(x.id)")
        }
        #expect(workbook.warnings.map(\.message) == folder.warnings.map(\.message))
        // Money from number cells, not text: the fixture's budget cell holds 100000000 with a rupiah format.
        #expect(b.budget == 100_000_000 && b.instructors.first?.feePerSlot == 75_000)
    }

    // MARK: - A small workbook, broken on purpose

    /// Settings, one course, one instructor, one venue; `courses` rows replaceable.
    static func small(courses: [String]? = nil, settings extra: [String] = [], leaveOut: String? = nil) -> HandMadeWorkbook {
        let settings = HandMadeWorkbook.sheet([
            HandMadeWorkbook.textRow(1, ["field", "value", "note"]),
            HandMadeWorkbook.textRow(2, ["name", "Kecil"]),
            HandMadeWorkbook.textRow(3, ["calendar.start"]) + "<c r=\"B3\" s=\"1\"><v>44928</v></c>",
            HandMadeWorkbook.textRow(4, ["calendar.weeks"]) + "<c r=\"B4\"><v>2</v></c>",
            HandMadeWorkbook.textRow(5, ["calendar.slots", "08:00-12:00;13:00-16:00", "two slots"]),
            HandMadeWorkbook.textRow(6, ["# a note", "ignored"]),
            HandMadeWorkbook.textRow(7, ["budget", "150000000"]),
        ] + extra.enumerated().map { HandMadeWorkbook.textRow(8 + $0.offset, $0.element.components(separatedBy: "|")) })
        let courseRows = courses ?? [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing"]) + "<c r=\"C2\"><v>2</v></c><c r=\"D2\"><v>10</v></c><c r=\"E2\"><v>1000000.5</v></c>",
        ]
        let sheets: [(String, String)] = [
            ("scenario", settings),
            ("courses", HandMadeWorkbook.sheet(courseRows)),
            ("instructors", HandMadeWorkbook.sheet([HandMadeWorkbook.textRow(1, ["id", "name", "skills", "feePerSlot"]),
                                                    HandMadeWorkbook.textRow(2, ["I-1", "Sri", "sewing:2", "75000"])])),
            ("venues", HandMadeWorkbook.sheet([HandMadeWorkbook.textRow(1, ["id", "name", "capacity"]),
                                               HandMadeWorkbook.textRow(2, ["V-1", "Bengkel", "20"])])),
        ]
        return HandMadeWorkbook(sheets: sheets.filter { $0.0 != leaveOut }, formats: [.builtIn(0), .builtIn(14)])
    }

    static func load(_ book: HandMadeWorkbook) throws -> Result<LoadedScenario, ScenarioError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-xlsx-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.xlsx")
        try book.write(to: path)
        do {
            return .success(try ScenarioLoader.load(path: path.path))
        } catch {
            return .failure(error)
        }
    }

    static func errors(_ book: HandMadeWorkbook) throws -> [String] {
        guard case let .failure(error) = try load(book) else { return [] }
        return error.errors.map { $0.description.replacingOccurrences(of: FileManager.default.temporaryDirectory.path, with: "TMP") }
    }

    @Test func aSmallWorkbookReadsWithTypedCells() throws {
        let scenario = try Self.load(Self.small()).get().scenario
        #expect(scenario.name == "Kecil" && scenario.calendar.start == CivilDate(year: 2023, month: 1, day: 2))
        #expect(scenario.calendar.weeks == 2 && scenario.calendar.slots == ["08:00-12:00", "13:00-16:00"])
        #expect(scenario.budget == 150_000_000, "a number typed as text reads as in a CSV file")
        #expect(scenario.courses.first?.value == 1_000_000.5, "a number cell is a number: no ambiguity, no locale")
        #expect(scenario.instructors.first?.skills == ["sewing": 2] && scenario.venues.first?.capacity == 20)
    }

    /// Warnings too name the cell of the field they are about (they named the row, `courses!2:2`).
    @Test func warningsNameTheCell() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "welding", "2", "10", "1000000"]),
        ]
        let loaded = try Self.load(Self.small(courses: courses)).get()
        let warnings = loaded.warnings.map { $0.description.replacingOccurrences(of: FileManager.default.temporaryDirectory.path, with: "TMP") }
        #expect(warnings.contains { $0.contains("plan.xlsx:courses!B2: warning: skill: course C-1: no instructor has the skill \"welding\"") },
                "\(warnings)")
        #expect(warnings.contains { $0.contains("plan.xlsx:instructors!C2: warning: skills: instructor I-1: no course can use them") },
                "\(warnings)")
    }

    @Test func errorsNameTheWorkbookTheSheetAndTheCell() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing", "dua", "10", "1000000"]),
            HandMadeWorkbook.textRow(3, ["C-2", "sewing", "2", "10"]) + "<c r=\"E3\" t=\"e\"><f>#REF!*2</f><v>#REF!</v></c>",
            HandMadeWorkbook.textRow(5, ["C-3", "sewing", "2", "10", "5", "stray"]),
            // A date cell where a number belongs (participants typed as 2 January 2023).
            HandMadeWorkbook.textRow(6, ["C-4", "sewing", "2"]) + "<c r=\"D6\" s=\"1\"><v>44928</v></c><c r=\"E6\"><v>5</v></c>",
        ]
        let errors = try Self.errors(Self.small(courses: courses))
        #expect(errors.contains { $0.hasSuffix("plan.xlsx:courses!D6: error: participants: expected a whole number, found \"2023-01-02\" (a date: this field takes a number)") },
                "\(errors)")
        #expect(errors.contains { $0.hasSuffix("plan.xlsx:courses!C2: error: sessions: expected a whole number, found \"dua\"") }, "\(errors)")
        #expect(errors.contains { $0.hasSuffix("plan.xlsx:courses!E3: error: value: the formula gives #REF!") }, "\(errors)")
        #expect(errors.contains { $0.hasSuffix("plan.xlsx:courses!F5: error: a value in column F, which has no field name in the header row") },
                "\(errors)")
        // The error cell reads as empty, and the course is not also said to lack its value (4 errors, no plan).
        #expect(errors.count == 4, "\(errors)")
    }

    /// A totals row under a list (an Excel table's total row, a typed `JUMLAH` with `=SUM(...)`) was read
    /// as one more venue seating the others together, and the plan used it: it is skipped and said.
    @Test func aTotalsRowIsNotAnItem() throws {
        var book = Self.small()
        book.sheets[3] = ("venues", HandMadeWorkbook.sheet([
            HandMadeWorkbook.textRow(1, ["id", "name", "capacity", "costPerSlot"]),
            HandMadeWorkbook.textRow(2, ["V-1", "Bengkel"]) + "<c r=\"C2\"><v>5</v></c><c r=\"D2\"><v>100</v></c>",
            HandMadeWorkbook.textRow(3, ["V-2", "Aula"]) + "<c r=\"C3\"><v>8</v></c><c r=\"D3\"><v>140</v></c>",
            HandMadeWorkbook.textRow(4, ["Total"]) + "<c r=\"C4\"><f>SUBTOTAL(109,[capacity])</f><v>13</v></c>"
                + "<c r=\"D4\"><f>_xlfn.AGGREGATE(1,5,D2:D3)</f><v>120</v></c>",
        ]))
        let loaded = try Self.load(book).get()
        #expect(loaded.scenario.venues.map(\.id) == ["V-1", "V-2"])
        #expect(loaded.warnings.contains { $0.warning == .totalsRowSkipped(row: 4, sign: "=SUBTOTAL(109,[capacity])") }, "\(loaded.warnings)")
        // Typed by hand, with its label in the name column, and (in a CSV file) with the label alone at the end.
        book.sheets[3] = ("venues", HandMadeWorkbook.sheet([
            HandMadeWorkbook.textRow(1, ["id", "name", "capacity"]),
            HandMadeWorkbook.textRow(2, ["V-1", "Bengkel"]) + "<c r=\"C2\"><v>20</v></c>",
            // (Written by openpyxl, without a computed result: its cells are not read, so not an error either.)
            HandMadeWorkbook.textRow(3, ["SUM-ROW", "JUMLAH"]) + "<c r=\"C3\"><f>SUM(C2:C2)</f></c>",
        ]))
        #expect(try Self.load(book).get().scenario.venues.map(\.id) == ["V-1"])
        // A sum along its own row (seats of two rooms), of another sheet, or of a table's this-row cells is
        // the row's value, not a total of the list (such rows were skipped: 0 instructors, "valid").
        book.sheets[3] = ("venues", HandMadeWorkbook.sheet([
            HandMadeWorkbook.textRow(1, ["id", "name", "capacity", "#a", "#b"]),
            HandMadeWorkbook.textRow(2, ["V-1", "Bengkel"]) + "<c r=\"C2\"><f>SUM(D2:E2)</f><v>20</v></c><c r=\"D2\"><v>12</v></c><c r=\"E2\"><v>8</v></c>",
            HandMadeWorkbook.textRow(3, ["V-2", "Aula"]) + "<c r=\"C3\"><f>SUM(rincian!B2:B4)</f><v>30</v></c>",
            HandMadeWorkbook.textRow(4, ["V-3", "Lab"]) + "<c r=\"C4\"><f>SUM(Table1[[#This Row],[#a]:[#b]])</f><v>9</v></c>",
        ]))
        let rowSums = try Self.load(book).get()
        #expect(rowSums.scenario.venues.map(\.capacity) == [20, 30, 9], "\(rowSums.warnings)")
        #expect(!rowSums.warnings.contains { if case .totalsRowSkipped = $0.warning { true } else { false } })
        let folder = try SpreadsheetHabitsTests.folder(venues: "id;name;capacity\nHALL;Aula;20\nTotal;;20\n")
        let csv = try ScenarioLoader.load(path: folder.path)
        #expect(csv.scenario.venues.map(\.id) == ["HALL"])
        #expect(csv.warnings.contains { $0.warning == .totalsRowSkipped(row: 3, sign: "Total") }, "\(csv.warnings)")
    }

    /// xlsxwriter stores 0 as every formula's result and asks the spreadsheet to recalculate on opening:
    /// a fee `=200000*2` read as 0 made a plan without fees. Such results are an error, as a missing one is.
    @Test func formulaResultsLeftForTheSpreadsheetAreNotRead() throws {
        var book = Self.small(courses: [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing"]) + "<c r=\"C2\"><v>2</v></c><c r=\"D2\"><v>10</v></c>"
                + "<c r=\"E2\"><f>200000*2</f><v>0</v></c>",
        ])
        #expect(try Self.load(book).get().scenario.courses.map(\.value) == [0], "without the flag a stored 0 is a 0")
        book.recalculatesOnLoad = true
        var errors = try Self.errors(book)
        #expect(errors.count == 1 && errors[0].hasSuffix("plan.xlsx:courses!E2: error: value: the formula's result was not worked out by the "
                + "program that wrote the workbook (it asks to be recalculated when opened): open the workbook in a spreadsheet and save it again"),
                "\(errors)")
        // In a required field the cell's error is the one error (it was followed by "missing required field").
        book.sheets[1].xml = book.sheets[1].xml.replacingOccurrences(of: "<c r=\"C2\"><v>2</v></c>", with: "<c r=\"C2\"><f>1+1</f><v>0</v></c>")
        errors = try Self.errors(book)
        #expect(errors.count == 2 && errors.allSatisfy { $0.contains("the formula's result was not worked out") }, "\(errors)")
    }

    /// A list on a sheet named otherwise (Indonesian, a copy's "(2)") is read where its own sheet is
    /// missing, with a warning, and named where it is not: a demand sheet was dropped without a word.
    @Test func aListOnASheetNamedOtherwiseIsReadOrNamed() throws {
        let demand = HandMadeWorkbook.sheet([
            HandMadeWorkbook.textRow(1, ["id", "company", "kind", "skill", "people", "by", "valuePerPerson"]),
            HandMadeWorkbook.textRow(2, ["R1", "PT A", "hire", "sewing", "2", "2023-01-31", "500000"]),
        ])
        var book = Self.small()
        book.sheets = book.sheets.map { $0.name == "courses" ? ("Kursus", $0.xml) : $0 } + [("Permintaan", demand), ("Catatan", HandMadeWorkbook.sheet([HandMadeWorkbook.textRow(1, ["just a note"])]))]
        let loaded = try Self.load(book).get()
        #expect(loaded.scenario.courses.map(\.id) == ["C-1"] && loaded.scenario.demand.map(\.id) == ["R1"])
        #expect(loaded.warnings.map(\.description).filter { $0.contains("read as the") }.count == 2, "\(loaded.warnings)")
        var both = Self.small()
        both.sheets += [("demand", demand), ("demand (2)", demand)]
        let named = try Self.load(both).get()
        #expect(named.scenario.demand.map(\.id) == ["R1"])
        #expect(named.warnings.contains { $0.location.sheet == "demand (2)" && $0.message.contains("comes from sheet \"demand\"") },
                "\(named.warnings)")
    }

    /// A 16-digit NIK typed as a number reads as its digits (it gained ".0"); an 18-digit NIP, which
    /// the number cell cannot hold, says to type the ids as text.
    @Test func longNumbersAsIdsKeepTheirDigits() throws {
        func book(_ id: String) -> HandMadeWorkbook {
            var book = Self.small()
            book.sheets = book.sheets.map { sheet in
                sheet.name != "instructors" ? sheet : ("instructors", HandMadeWorkbook.sheet([
                    HandMadeWorkbook.textRow(1, ["id", "name", "skills", "feePerSlot"]),
                    "<c r=\"A2\"><v>\(id)</v></c>" + HandMadeWorkbook.textRow(2, ["", "Sri", "sewing:2", "75000"]),
                ]))
            }
            return book
        }
        #expect(try Self.load(book("3326150101900001")).get().scenario.instructors.map(\.id) == ["3326150101900001"])
        let errors = try Self.errors(book("198503152010011002"))
        #expect(errors.contains { $0.contains("instructors!A2") && $0.contains("format the column as Text") }, "\(errors)")
    }

    /// A formula's result (`=12*(1-1/6)`: 9.999999999999998) where a count belongs is the whole number
    /// the sheet shows; typed as text, "4.5" is still not a count.
    @Test func aCountFromAFormulaIsTheWholeNumberItShows() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing"]) + "<c r=\"C2\"><v>4.000000000000001</v></c><c r=\"D2\"><v>9.999999999999998</v></c><c r=\"E2\"><v>1000</v></c>",
        ]
        let course = try #require(try Self.load(Self.small(courses: courses)).get().scenario.courses.first)
        #expect(course.sessions == 4 && course.participants == 10)
        let half = [courses[0], HandMadeWorkbook.textRow(2, ["C-1", "sewing", "4.5", "10", "1000"])]
        #expect(try Self.errors(Self.small(courses: half)).contains { $0.contains("expected a whole number, found \"4.5\"") })
    }

    /// Money in a cell shown as a percentage (0.54% of a wage typed as a premium) is an error, not a
    /// fraction of a rupiah; a percentage where a number that is not money belongs reads as before.
    @Test func moneyShownAsAPercentageIsAnError() throws {
        var book = Self.small()
        book.formats = [.builtIn(0), .builtIn(14), .builtIn(10), .custom("0.0\\%")]
        book.sheets = book.sheets.map { sheet in
            sheet.name != "venues" ? sheet : ("venues", HandMadeWorkbook.sheet([
                HandMadeWorkbook.textRow(1, ["id", "name", "capacity", "costPerSlot"]),
                HandMadeWorkbook.textRow(2, ["V-1", "Bengkel"]) + "<c r=\"C2\"><v>20</v></c><c r=\"D2\" s=\"2\"><v>0.0054</v></c>",
                // A literal "%" (escaped) scales nothing: the number is the amount.
                HandMadeWorkbook.textRow(3, ["V-2", "Aula"]) + "<c r=\"C3\"><v>20</v></c><c r=\"D3\" s=\"3\"><v>1500</v></c>",
            ]))
        }
        let errors = try Self.errors(book)
        #expect(errors.count == 1 && errors[0].contains("venues!D2: error: costPerSlot: the cell shows a percentage (0.54%)"), "\(errors)")
    }

    /// A title above the settings ("PENGATURAN SKENARIO") and an Indonesian header row (`Pengaturan |
    /// Nilai`) are skipped, the title with a warning; a misspelt first field is still named.
    @Test func aTitleAndAHeaderAboveTheSettingsAreSkipped() throws {
        func book(_ top: [[String]]) -> HandMadeWorkbook {
            var book = Self.small()
            book.sheets = book.sheets.map { sheet in
                guard sheet.name == "scenario" else { return sheet }
                let rows = top.enumerated().map { HandMadeWorkbook.textRow($0.offset + 1, $0.element) }
                // The small workbook's rows start at 1: put the extra rows first by numbering them anew.
                let body = sheet.xml.components(separatedBy: "<sheetData>")[1].components(separatedBy: "</sheetData>")[0]
                var number = top.count
                let renumbered = body.components(separatedBy: "<row r=\"").dropFirst().map { row -> String in
                    number += 1
                    let old = row.prefix { $0.isNumber }
                    return "<row r=\"\(number)\"" + row.dropFirst(old.count + 1)
                        .replacingOccurrences(of: #"r="([A-Z])\#(old)""#, with: "r=\"$1\(number)\"", options: .regularExpression)
                }.joined()
                let head = rows.enumerated().map { "<row r=\"\($0.offset + 1)\">\($0.element)</row>" }.joined()
                return ("scenario", sheet.xml.replacingOccurrences(of: body, with: head + renumbered))
            }
            return book
        }
        let loaded = try Self.load(book([["PENGATURAN SKENARIO 2023"], ["Pengaturan", "Nilai"]])).get()
        #expect(loaded.scenario.name == "Kecil")
        #expect(loaded.warnings.contains { $0.message == "row(s) 1 above the settings are read as a title and skipped" }, "\(loaded.warnings)")
        let typo = try Self.errors(book([["nmae", "Kota"]]))
        #expect(typo.contains { $0.contains("scenario!A1") && $0.contains("nmae") }, "\(typo)")
    }

    /// A column named twice (`id` and `ID`) is one error at the header, not one more per row.
    @Test func aDoubledColumnIsNamedOnce() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "ID", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "C-1", "sewing", "2", "10", "1000"]),
            HandMadeWorkbook.textRow(3, ["C-2", "C-2", "sewing", "2", "10", "1000"]),
        ]
        let errors = try Self.errors(Self.small(courses: courses))
        #expect(errors.count == 1 && errors[0].hasSuffix("plan.xlsx:courses!B1: error: id: column given twice in the header (also column A)"),
                "\(errors)")
    }

    /// Two sheets named venues (case and spaces aside): an error naming both, where the second
    /// was left out without a word (a black-box tester's case).
    @Test func twoSheetsOfTheSameListAreAnError() throws {
        var book = Self.small()
        book.sheets.append((" Venues", HandMadeWorkbook.sheet([HandMadeWorkbook.textRow(1, ["id", "capacity"]),
                                                               HandMadeWorkbook.textRow(2, ["V-X", "12"])])))
        let errors = try Self.errors(book)
        #expect(errors.contains { $0.contains("the workbook has more than one venues sheet (\"venues\", \" Venues\")") }, "\(errors)")
    }

    /// A duplicate id names its cell and the first one's (it named rows, `courses!3:3`).
    @Test func aDuplicateIdNamesBothIdCells() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing", "2", "10", "1000000"]),
            HandMadeWorkbook.textRow(3, ["C-1", "sewing", "2", "10", "1000000"]),
        ]
        let errors = try Self.errors(Self.small(courses: courses))
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("plan.xlsx:courses!A3: error: id: duplicate course id \"C-1\"") == true, "\(errors)")
        #expect(errors.first?.hasSuffix("plan.xlsx:courses!A2)") == true, "\(errors)")
    }

    /// An unknown or missing column is one error at the header, as in a CSV file (it was one per
    /// data row, at the data cells); a row number or remarks column (`No`, `Keterangan`) is notes.
    @Test func aHeaderMistakeIsReportedOnceAtTheHeader() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "Skil", "sessions", "participants", "value", "Pemandu", "Keterangan", "No."]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing", "2", "10", "1000000", "x", "baru", "1"]),
            HandMadeWorkbook.textRow(3, ["C-2", "sewing", "2", "10", "1000000", "y", "", "2"]),
        ]
        let errors = try Self.errors(Self.small(courses: courses))
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.contains { $0.contains("plan.xlsx:courses!B1: error: Skil: unknown column \"Skil\": not a field of a course; did you mean \"skill\"?") },
                "\(errors)")
        #expect(errors.contains { $0.contains("plan.xlsx:courses!F1: error: Pemandu: unknown column \"Pemandu\": not a field of a course "
                                              + "(a column of notes: start its header with #)") }, "\(errors)")
        let notes = [courses[0].replacingOccurrences(of: "Skil", with: "skill").replacingOccurrences(of: "Pemandu", with: "# pemandu"),
                     courses[1], courses[2]]
        let loaded = try Self.load(Self.small(courses: notes)).get()
        #expect(loaded.scenario.courses.count == 2)
        #expect(loaded.warnings.map(\.message).contains("column(s) \"Keterangan\", \"No.\" read as notes and not used"), "\(loaded.warnings)")
    }

    @Test func aMissingSheetIsOneErrorNamingTheSheetsFound() throws {
        let errors = try Self.errors(Self.small(leaveOut: "venues"))
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.contains("plan.xlsx: error: the workbook has no sheet \"venues\" "
                                       + "(its sheets: \"scenario\", \"courses\", \"instructors\")") == true, "\(errors)")
    }

    @Test func dottedNamesNestAndConflictsAreReported() throws {
        let errors = try Self.errors(Self.small(settings: ["calendar|x", "calendar.weeks|3", "calendar..start|x", "calender.start|x"]))
        #expect(errors.contains { $0.contains("scenario!A3: error: calendar.start: \"calendar.start\" sets part of \"calendar\", "
                                              + "which is also given whole at") }, "\(errors)")
        #expect(errors.contains { $0.contains("scenario!A9: error: calendar.weeks: \"calendar.weeks\" is given twice (first at") },
                "\(errors)")
        #expect(errors.contains { $0.contains("scenario!A10: error: calendar..start: \"calendar..start\" is not a field name") }, "\(errors)")
        #expect(errors.contains { $0.contains("scenario!A11: error: calender: unknown field \"calender\" in the scenario settings; "
                                              + "did you mean \"calendar\"?") }, "\(errors)")
    }

    @Test func decimalMarkOnTheSettingsSheetSetsHowTextCellsAreRead() throws {
        let scenario = try Self.load(Self.small(settings: ["decimalMark|,", "defaults.valuePerParticipant|1.500.000,5"])).get().scenario
        #expect(scenario.valuePerParticipant == 1_500_000.5)
    }
}
