import Foundation
import Testing
@testable import TrainPlanCore

/// Issue 12: money, dates, weekdays and booleans read exactly as PROBLEM.md ("Scenario files") says,
/// the magnitude limits of docs/scenario-format.md, and CSV mistakes reported where they are made.
/// Each case checks its exact message and its file, line (column) and field.
@Suite struct LocaleReadingTests {
    typealias Folder = LoaderTests.TemporaryFolder
    typealias Where = TrainPlanCore.SourceLocation

    static let settings = LoaderTests.folderSettings

    /// A folder scenario with the given CSV files (the others minimal and valid).
    static func folder(settings: String = settings, courses: String = "id,skill,sessions,participants\nC1,sewing,1,5\n",
                       instructors: String = "id,skills\nANI,sewing:1\n", venues: String = "id,capacity\nHALL,20\n") throws -> Folder {
        let folder = try Folder()
        try folder.write("scenario.yaml", settings)
        try folder.write("courses.csv", courses)
        try folder.write("instructors.csv", instructors)
        try folder.write("venues.csv", venues)
        return folder
    }

    static func file(_ folder: Folder, _ name: String) -> String { folder.url.lastPathComponent + "/" + name }

    static func only(_ errors: [Diagnostic], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Diagnostic {
        #expect(errors.count == 1, "\(errors.map(\.description).joined(separator: "\n"))", sourceLocation: sourceLocation)
        return try #require(errors.first, sourceLocation: sourceLocation)
    }

    // MARK: - Money with the rupiah label

    @Test func rupiahLabelIsReadTheIndonesianWayInACommaFile() throws {
        // The worst bug of issue 12: "Rp 250.000" in a ,-delimited file was read as 250 without a word.
        let folder = try Self.folder(venues: """
            id,capacity,costPerSlot
            A,20,Rp 250.000
            B,20,Rp150.000
            C,20,Rp. 4.000.000,-
            D,20,"Rp 150.000,00"
            E,20,"Rp 1.500.000,50"
            F,20,rp 75.000
            G,20,250.000 Rp
            """.replacingOccurrences(of: "Rp. 4.000.000,-", with: "\"Rp. 4.000.000,-\""))
        let venues = try ScenarioLoader.load(path: folder.path).scenario.venues
        #expect(venues.map(\.costPerSlot) == [250_000, 150_000, 4_000_000, 150_000, 1_500_000.5, 75_000, 250_000])
    }

    @Test func rupiahLabelInTabAndSemicolonFilesAndWithDecimalMark() throws {
        let tab = try Self.folder(venues: "id\tcapacity\tcostPerSlot\nA\t20\tRp. 4.000.000,-\nB\t20\tRp 1.500.000,50\n")
        #expect(try ScenarioLoader.load(path: tab.path).scenario.venues.map(\.costPerSlot) == [4_000_000, 1_500_000.5])
        let semicolon = try Self.folder(venues: "id;capacity;costPerSlot\nA;20;Rp. 4.000.000,-\nB;20;150.000\nC;20;1,5\n")
        #expect(try ScenarioLoader.load(path: semicolon.path).scenario.venues.map(\.costPerSlot) == [4_000_000, 150_000, 1.5])
        // decimalMark: "." changes how bare numbers read, never the rupiah label.
        let english = try Self.folder(settings: Self.settings + "\ndecimalMark: \".\"\n",
                                      venues: "id;capacity;costPerSlot\nA;20;Rp 250.000\nB;20;2.5\n")
        #expect(try ScenarioLoader.load(path: english.path).scenario.venues.map(\.costPerSlot) == [250_000, 2.5])
    }

    /// `Rp 150,000` is 150 under the contract (after Rp, "," is the decimal mark), read so, but a
    /// rent of 150 rupiah is almost surely 150 thousand written the English way: a warning says so,
    /// with the way to write it; `Rp 150.000` and `Rp 1.500,50` draw none.
    @Test func rupiahWithACommaBeforeThreeDigitsIsReadAsTheContractSaysAndWarned() throws {
        let yaml = LoaderTests.yaml(instructor: "feePerSlot: Rp 150,000\nengagementCost: Rp 1.500,50", venue: "costPerSlot: Rp 250.000")
        let loaded = try ScenarioLoader.load(text: yaml)
        #expect(loaded.scenario.instructors[0].feePerSlot == 150)
        #expect(loaded.scenario.instructors[0].engagementCost == 1_500.5)
        let warnings = loaded.warnings.filter { $0.message.contains("decimal mark") }
        #expect(warnings.count == 1, "\(loaded.warnings)")
        #expect(warnings.first?.message.contains("write Rp 150.000 for 150000") == true, "\(warnings)")
        #expect(warnings.first?.severity == .warning)
    }

    /// `,-` says "no cents": after cents (`Rp 1.000,5,-`) it is an error, not 1000 with the cents dropped.
    @Test func noCentsAfterCentsIsAnError() throws {
        for cell in ["\"Rp 1.000,5,-\"", "\"Rp 150.000,00,-\""] {
            #expect(throws: (any Error).self, "\(cell)") {
                try ScenarioLoader.load(text: LoaderTests.yaml(instructor: "feePerSlot: \(cell)"))
            }
        }
        let fine = try ScenarioLoader.load(text: LoaderTests.yaml(instructor: "feePerSlot: \"Rp 1.000,-\""))
        #expect(fine.scenario.instructors[0].feePerSlot == 1000)
    }

    @Test func rupiahLabelInYAMLAndJSON() throws {
        let yaml = LoaderTests.yaml(settings: "budget: Rp. 4.000.000,-", course: "value: Rp 150.000,00",
                                    instructor: "feePerSlot: Rp150.000\nengagementCost: \"Rp 1.500.000,50\"",
                                    venue: "costPerSlot: Rp 250.000")
        let scenario = try ScenarioLoader.load(text: yaml).scenario
        #expect(scenario.budget == 4_000_000)
        #expect(scenario.courses[0].value == 150_000)
        #expect(scenario.instructors[0].feePerSlot == 150_000 && scenario.instructors[0].engagementCost == 1_500_000.5)
        #expect(scenario.venues[0].costPerSlot == 250_000)
        let json = """
            {"budget": "Rp 4.000.000,-", "calendar": {"start": "06/02/2023", "weeks": 2, "slots": ["am"]},
             "courses": [{"id": "C1", "skill": "sewing", "sessions": 1, "participants": 5, "value": "Rp 150.000"}],
             "instructors": [{"id": "ANI", "skills": {"sewing": 1}}], "venues": [{"id": "HALL", "capacity": 20}]}
            """
        let fromJSON = try ScenarioLoader.load(text: json, file: "s.json").scenario
        #expect(fromJSON.budget == 4_000_000 && fromJSON.courses[0].value == 150_000)
        #expect(fromJSON.calendar.start.description == "2023-02-06")
    }

    @Test func badRupiahAmountSaysHowTheLabelReads() throws {
        let folder = try Self.folder(venues: "id,capacity,costPerSlot\nA,20,Rp 1.50\n")
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message == "expected an amount of money (a non-negative number), found \"Rp 1.50\" (after Rp, \".\" groups thousands and \",\" is the decimal mark: Rp 1.500.000,50)")
        #expect(error.location == Where(file: Self.file(folder, "venues.csv"), line: 2, column: 3, field: "costPerSlot"))
    }

    // MARK: - Ambiguous money without the label

    @Test func bareThousandsInACommaFileAreAmbiguous() throws {
        let folder = try Self.folder(courses: "id,skill,sessions,participants,value\nC1,sewing,1,5,250.000\nC2,sewing,1,5,\"250,000\"\n")
        let errors = LoaderTests.errors(path: folder.path)
        #expect(errors.count == 2, "\(errors)")
        let dot = try LoaderTests.error("\"250.000\" is ambiguous", in: errors)
        #expect(dot.message == "\"250.000\" is ambiguous: 250000 if \".\" groups thousands, or 250 if \".\" is the decimal mark; "
                + "write 250000 (or \"Rp 250.000\") or 250, or set decimalMark: \",\" or \".\" in the scenario settings")
        #expect(dot.location == Where(file: Self.file(folder, "courses.csv"), line: 2, column: 5, field: "value"))
        let comma = try LoaderTests.error("\"250,000\" is ambiguous", in: errors)
        #expect(comma.message == "\"250,000\" is ambiguous: 250000 if \",\" groups thousands, or 250 if \",\" is the decimal mark; "
                + "write 250000 or 250, or set decimalMark: \",\" or \".\" in the scenario settings")
        #expect(comma.location == Where(file: Self.file(folder, "courses.csv"), line: 3, column: 5, field: "value"))
        // The currency written after the amount is not carried into the suggestion ("Rp 400.000 IDR").
        let after = try Self.folder(courses: "id,skill,sessions,participants,value\nC1,sewing,1,5,400.000 IDR\n")
        #expect(try Self.only(LoaderTests.errors(path: after.path)).message.contains("write 400000 (or \"Rp 400.000\") or 400"))
    }

    /// A count cannot be 1.2: `"1,200"` seats are 1,200 (a black-box tester's Excel export); `5,000`
    /// could be 5 or 5,000 and is still asked about.
    @Test func aCountWithOneReadingIsRead() throws {
        let folder = try Self.folder(venues: "id,capacity\nHALL,\"1,200\"\nAULA,1.500\n")
        #expect(try ScenarioLoader.load(path: folder.path).scenario.venues.map(\.capacity) == [1200, 1500])
        let five = try Self.folder(venues: "id,capacity\nHALL,\"5,000\"\n")
        #expect(try Self.only(LoaderTests.errors(path: five.path)).message.hasPrefix("\"5,000\" is ambiguous"))
    }

    @Test func bareThousandsInATabFileAreAmbiguous() throws {
        let folder = try Self.folder(instructors: "id\tskills\tfeePerSlot\nANI\tsewing:1\t250,000\n")
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message.hasPrefix("\"250,000\" is ambiguous: 250000 if \",\" groups thousands, or 250 if \",\" is the decimal mark"))
        #expect(error.location == Where(file: Self.file(folder, "instructors.csv"), line: 2, column: 3, field: "feePerSlot"))
    }

    @Test func bareThousandsInYAMLAndJSONAreAmbiguous() throws {
        let text = LoaderTests.yaml(settings: "budget: 250,000", course: "value: 250.000")
        let errors = LoaderTests.errors(text)
        #expect(errors.count == 2, "\(errors)")
        let budget = try LoaderTests.error("\"250,000\" is ambiguous", in: errors)
        #expect(budget.location.line == 1 && budget.location.field == "budget" && budget.location.file == "test.yaml")
        let value = try LoaderTests.error("\"250.000\" is ambiguous", in: errors)
        #expect(value.location.line == LoaderTests.line(of: "value: 250.000", in: text) && value.location.field == "value")
        let json = #"{"budget": 250.000, "calendar": {"start": "2023-01-02", "weeks": 1, "slots": ["am"]}, "courses": [], "instructors": [], "venues": []}"#
        let fromJSON = try Self.only(LoaderTests.errors(json, file: "s.json"))
        #expect(fromJSON.message.hasPrefix("\"250.000\" is ambiguous: 250000 if \".\" groups thousands, or 250 if \".\" is the decimal mark"))
        #expect(fromJSON.location.file == "s.json" && fromJSON.location.line == 1 && fromJSON.location.field == "budget")
    }

    @Test func decimalMarkSettlesTheAmbiguity() throws {
        let comma = LoaderTests.yaml(settings: "decimalMark: \",\"\nbudget: 250.000", course: "value: 1.500.000,5")
        let indonesian = try ScenarioLoader.load(text: comma).scenario
        #expect(indonesian.budget == 250_000 && indonesian.courses[0].value == 1_500_000.5)
        let dot = LoaderTests.yaml(settings: "decimalMark: \".\"\nbudget: 250.000", course: "value: 250,000")
        let english = try ScenarioLoader.load(text: dot).scenario
        #expect(english.budget == 250 && english.courses[0].value == 250_000)
        // In a folder it settles the CSV files and the settings file alike.
        let folder = try Self.folder(settings: Self.settings + "\ndecimalMark: \",\"\nbudget: 250.000\n",
                                     courses: "id,skill,sessions,participants,value\nC1,sewing,1,5,250.000\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.budget == 250_000 && scenario.courses[0].value == 250_000)
    }

    @Test func numbersThatCanOnlyMeanOneThingAreRead() throws {
        let folder = try Self.folder(courses: """
            id,skill,sessions,participants,value
            C1,sewing,1,5,1.5
            C2,sewing,1,5,"1,500,000"
            C3,sewing,1,5,"1,500,000.50"
            C4,sewing,1,5,2500.5
            C5,sewing,1,5,1.25
            """)
        #expect(try ScenarioLoader.load(path: folder.path).scenario.courses.map(\.value) == [1.5, 1_500_000, 1_500_000.5, 2500.5, 1.25])
        let text = LoaderTests.yaml(settings: "budget: 1.500.000", course: "value: 250.5",
                                    instructor: "feePerSlot: 1,500,000.50\nengagementCost: 2_500_000")
        let scenario = try ScenarioLoader.load(text: text).scenario
        #expect(scenario.budget == 1_500_000 && scenario.courses[0].value == 250.5)
        #expect(scenario.instructors[0].feePerSlot == 1_500_000.5 && scenario.instructors[0].engagementCost == 2_500_000)
        let semicolon = try Self.folder(courses: "id;skill;sessions;participants;value\nC1;sewing;1;1.000;150.000\n")
        let course = try ScenarioLoader.load(path: semicolon.path).scenario.courses[0]
        #expect(course.value == 150_000 && course.participants == 1000)
    }

    @Test func countsWithAThousandsMarkAreAmbiguousToo() throws {
        let folder = try Self.folder(venues: "id,capacity\nHALL,1.000\n")
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message.hasPrefix("\"1.000\" is ambiguous: 1000 if \".\" groups thousands, or 1 if \".\" is the decimal mark; write 1000 or 1,"))
        #expect(error.location == Where(file: Self.file(folder, "venues.csv"), line: 2, column: 2, field: "capacity"))
    }

    // MARK: - Dates

    @Test func dayFirstDatesEverywhere() throws {
        let text = LoaderTests.yaml(calendar: "holidays: [06/02/2023..08/02/2023, 1-3-2023]",
                                    course: "earliestStart: 06/02/2023\nlatestEnd: 24.03.2023",
                                    instructor: "availableFrom: 6-2-2023\nunavailable: [13/02/2023..14/02/2023@1, 15.02.2023]",
                                    venue: "unavailable: ['16/02/2023@2']")
            .replacingOccurrences(of: "start: 2023-01-02", with: "start: 02/01/2023")
            .replacingOccurrences(of: "weeks: 4", with: "weeks: 13")
        let scenario = try ScenarioLoader.load(text: text).scenario
        #expect(scenario.calendar.start.description == "2023-01-02")
        #expect(scenario.calendar.holidays.map(\.description).sorted() == ["2023-02-06", "2023-02-07", "2023-02-08", "2023-03-01"])
        #expect(scenario.courses[0].earliestStart.description == "2023-02-06")
        #expect(scenario.courses[0].latestEnd.description == "2023-03-24")
        let ani = scenario.instructors[0]
        #expect(ani.availableFrom?.description == "2023-02-06")
        #expect(ani.unavailable.map(\.description) == ["2023-02-13..2023-02-14@1", "2023-02-15"])
        #expect(scenario.venues[0].unavailable.map(\.description) == ["2023-02-16@2"])

        let folder = try Self.folder(courses: "id;skill;sessions;participants;earliestStart\nC1;sewing;1;5;06/01/2023\n",
                                     instructors: "id,skills,unavailable\nANI,sewing:1,06/01/2023..10/01/2023\n")
        let csv = try ScenarioLoader.load(path: folder.path).scenario
        #expect(csv.courses[0].earliestStart.description == "2023-01-06")
        #expect(csv.instructors[0].unavailable.map(\.description) == ["2023-01-06..2023-01-10"])
    }

    @Test func impossibleDayFirstDateSaysWhy() throws {
        let text = LoaderTests.yaml(course: "earliestStart: 02/13/2023", instructor: "availableUntil: 31/04/2023")
        let errors = LoaderTests.errors(text)
        #expect(errors.count == 2, "\(errors)")
        let month = try LoaderTests.error("02/13/2023", in: errors)
        #expect(month.message == "\"02/13/2023\" is not a date: month 13 does not exist; dates are day first: DD/MM/YYYY")
        #expect(month.location.line == LoaderTests.line(of: "02/13/2023", in: text) && month.location.field == "earliestStart")
        let day = try LoaderTests.error("31/04/2023", in: errors)
        #expect(day.message == "\"31/04/2023\" is not a date: April 2023 has 30 days, not 31; dates are day first: DD/MM/YYYY")
        #expect(day.location.field == "availableUntil")

        let folder = try Self.folder(instructors: "id,skills,unavailable\nANI,sewing:1,02/13/2023@1\n")
        let entry = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(entry.message == "\"02/13/2023@1\": \"02/13/2023\" is not a date: month 13 does not exist; dates are day first: DD/MM/YYYY")
        #expect(entry.location == Where(file: Self.file(folder, "instructors.csv"), line: 2, column: 3, field: "unavailable"))

        let holiday = LoaderTests.yaml(calendar: "holidays: [01/02/2023..30/02/2023]")
        let range = try Self.only(LoaderTests.errors(holiday))
        #expect(range.message == "\"01/02/2023..30/02/2023\": \"30/02/2023\" is not a date: February 2023 has 28 days, not 30; dates are day first: DD/MM/YYYY")
        #expect(range.location.field == "holidays")
        // A single date in a list is named once.
        for (calendar, venue, field) in [("holidays: [29/02/2023]", "", "holidays"), ("", "unavailable: [29/02/2023]", "unavailable")] {
            let single = try Self.only(LoaderTests.errors(LoaderTests.yaml(calendar: calendar, venue: venue)))
            #expect(single.message == "\"29/02/2023\" is not a date: February 2023 has 28 days, not 29; dates are day first: DD/MM/YYYY")
            #expect(single.location.field == field)
        }
        let short = try Self.only(LoaderTests.errors(LoaderTests.yaml(course: "latestEnd: 06/02/23")))
        #expect(short.message == "\"06/02/23\" is not a date: write the year with four digits: DD/MM/YYYY")
    }

    @Test func dateReadings() {
        #expect(CivilDate.read("06/02/2023") == .date(CivilDate(year: 2023, month: 2, day: 6)!))
        #expect(CivilDate.read("6-2-2023") == .date(CivilDate(year: 2023, month: 2, day: 6)!))
        #expect(CivilDate.read("06.02.2023") == .date(CivilDate(year: 2023, month: 2, day: 6)!))
        #expect(CivilDate.read("2023-02-06") == .date(CivilDate(year: 2023, month: 2, day: 6)!))
        #expect(CivilDate.read("29/02/2024") == .date(CivilDate(year: 2024, month: 2, day: 29)!))
        #expect(CivilDate.read("13.13.2023") == .impossible("month 13 does not exist; dates are day first: DD.MM.YYYY"))
        #expect(CivilDate.read("06/02-2023") == .notADate)
        #expect(CivilDate.read("2023/02/06") == .notADate)
        #expect(CivilDate.read("soon") == .notADate)
    }

    // MARK: - Weekdays and booleans

    @Test func indonesianAndEnglishWeekdaysInAnyCase() throws {
        let text = LoaderTests.yaml(calendar: "workdays: [Senin, SELASA, rabu, Kam, jum'at, sab, Ahad]",
                                    course: "weekdays: [selasa, Sel, JUMAT]",
                                    instructor: "unavailable: [selasa@2, MINGGU, thursday]")
        let scenario = try ScenarioLoader.load(text: text).scenario
        #expect(scenario.calendar.workdays == Set(Weekday.allCases))
        #expect(scenario.courses[0].weekdays == [.tue, .fri])
        #expect(scenario.instructors[0].unavailable.map(\.description) == ["tue@2", "sun", "thu"])
        let names: [(String, Weekday)] = [("mon", .mon), ("senin", .mon), ("sen", .mon), ("tue", .tue), ("selasa", .tue), ("sel", .tue),
                                          ("wed", .wed), ("rabu", .wed), ("rab", .wed), ("thu", .thu), ("kamis", .thu), ("kam", .thu),
                                          ("fri", .fri), ("jumat", .fri), ("jum'at", .fri), ("Jum\u{2019}at", .fri), ("jum", .fri),
                                          ("sat", .sat), ("sabtu", .sat), ("sab", .sat), ("sun", .sun), ("minggu", .sun),
                                          ("min", .sun), ("ahad", .sun), ("Wednesday", .wed)]
        for (name, day) in names { #expect(Weekday(name: name) == day, "\(name)") }

        let folder = try Self.folder(courses: "id;skill;sessions;participants;weekdays\nC1;sewing;1;5;\"senin;Rabu\"\n",
                                     venues: "id,capacity,unavailable\nHALL,20,jumat@1\n")
        let csv = try ScenarioLoader.load(path: folder.path).scenario
        #expect(csv.courses[0].weekdays == [.mon, .wed])
        #expect(csv.venues[0].unavailable.map(\.description) == ["fri@1"])

        let typo = LoaderTests.yaml(course: "weekdays: [mon, selsa]")
        let error = try Self.only(LoaderTests.errors(typo))
        #expect(error.message == "\"selsa\" is not a weekday: use mon tue wed thu fri sat sun (or senin selasa rabu kamis jumat sabtu minggu), separated by \";\" (did you mean \"selasa\"?)")
    }

    @Test func booleansAsTheContractLists() throws {
        let cells = ["true", "TRUE", "yes", "Yes", "ya", "YA", "1", "false", "False", "no", "NO", "tidak", "TIDAK", "0"]
        let folder = try Self.folder(courses: "id,skill,sessions,participants,mandatory\n"
                                     + cells.enumerated().map { "C\($0.offset),sewing,1,5,\($0.element)" }.joined(separator: "\n"))
        #expect(try ScenarioLoader.load(path: folder.path).scenario.courses.map(\.mandatory)
                == Array(repeating: true, count: 7) + Array(repeating: false, count: 7))
        try folder.write("courses.csv", "id,skill,sessions,participants,mandatory\nC1,sewing,1,5,y\n")
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message == "expected true/false (or yes/no, ya/tidak, benar/salah, wajib/opsional, 1/0), found \"y\"")
        #expect(error.location == Where(file: Self.file(folder, "courses.csv"), line: 2, column: 5, field: "mandatory"))
    }

    // MARK: - CSV mistakes, reported where they are made

    static func rows(_ count: Int, _ row: (Int) -> String) -> String { (1...count).map(row).joined(separator: "\n") + "\n" }

    @Test func missingColumnIsReportedOnceAtTheHeader() throws {
        let folder = try Self.folder(courses: "id,skill,participants\n" + Self.rows(20) { "C\($0),sewing,5" })
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message == "missing required column \"sessions\": every row is a course and needs it")
        #expect(error.location == Where(file: Self.file(folder, "courses.csv"), line: 1, field: "sessions"))
    }

    @Test func misspeltColumnIsReportedOnceWithASuggestion() throws {
        let folder = try Self.folder(courses: "id,skill,sesions,participants\n" + Self.rows(20) { "C\($0),sewing,2,5" })
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message == "unknown column \"sesions\": not a field of a course; did you mean \"sessions\"?")
        #expect(error.location == Where(file: Self.file(folder, "courses.csv"), line: 1, column: 3, field: "sesions"))
        // An optional column misspelt: one error, and the rows are still read for everything else.
        try folder.write("courses.csv", "id,skill,sessions,participants,mandatroy\n" + Self.rows(20) { "C\($0),sewing,2,5,ya" })
        let optional = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(optional.message == "unknown column \"mandatroy\": not a field of a course; did you mean \"mandatory\"?")
        #expect(optional.location.line == 1 && optional.location.column == 5)
    }

    @Test func duplicatedColumnIsReportedOnce() throws {
        let folder = try Self.folder(venues: "id,capacity,capacity\n" + Self.rows(16) { "V\($0),20,30" })
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message == "column given twice in the header: neither is read until one is left")
        #expect(error.location == Where(file: Self.file(folder, "venues.csv"), line: 1, column: 3, field: "capacity"))
        // The first of the two headed wrongly (it holds the site): still one error, not one a row.
        try folder.write("venues.csv", "id,Capacity,capacity\n" + Self.rows(16) { "V\($0),BLK Kota Pekalongan,30" })
        #expect(try Self.only(LoaderTests.errors(path: folder.path)).location.column == 3)
    }

    @Test func missingIdColumnDoesNotMakeEveryReferenceDangle() throws {
        let folder = try Self.folder(courses: "id,skill,sessions,participants,instructors\n" + Self.rows(10) { "C\($0),sewing,1,5,ANI" },
                                     instructors: "name,skills\nAni,sewing:1\n")
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message == "missing required column \"id\": every row is an instructor and needs it")
        #expect(error.location == Where(file: Self.file(folder, "instructors.csv"), line: 1, field: "id"))
    }

    @Test func unclosedQuoteIsReportedOnceAtItsLine() throws {
        // A ;-file whose weekdays cell opens a quote on line 3 and never closes it: once read as the rest of
        // the file (34 "is not a weekday" errors that never named the quote).
        let rows = Self.rows(30) { $0 == 2 ? "C\($0);sewing;2;5;\"mon,wed" : "C\($0);sewing;2;5;mon,wed" }
        let folder = try Self.folder(courses: "id;skill;sessions;participants;weekdays\n" + rows)
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message == "unclosed quote: the cell in column 5 (\"weekdays\") opens with \" and is never closed, "
                + "so the rest of the file would be one cell; end the cell with \", and write a quote inside a cell as \"\"")
        #expect(error.location == Where(file: Self.file(folder, "courses.csv"), line: 3, column: 5, field: "weekdays"))

        // The same with quoted cells below: the quote of line 3 would close at line 4's first quote.
        let quoted = Self.rows(30) { $0 == 2 ? "C\($0);sewing;2;5;\"mon;wed" : "C\($0);sewing;2;5;\"mon;wed\"" }
        try folder.write("courses.csv", "id;skill;sessions;participants;weekdays\n" + quoted)
        let late = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(late.message == "unclosed quote: the cell in column 5 (\"weekdays\") opens with \" and is not closed on its line "
                + "(the next quote, on line 4, is followed by more text); end the cell with \", and write a quote inside a cell as \"\"")
        #expect(late.location == Where(file: Self.file(folder, "courses.csv"), line: 3, column: 5, field: "weekdays"))
    }

    @Test func quoteClosedLinesLaterIsReportedAtItsOpeningLine() throws {
        // The quote on line 3 is closed by the first quote of line 6: reported at line 3, and lines 4-6 read as rows.
        let folder = try Self.folder(courses: """
            id,title,skill,sessions,participants
            C1,"Sewing, basic",sewing,1,5
            C2,"Sewing, advanced,sewing,1,5
            C3,Batik,sewing,1,5
            C4,Batik 2,sewing,1,5
            C5,"Batik, tulis",sewing,1,x
            """)
        let errors = LoaderTests.errors(path: folder.path)
        #expect(errors.count == 2, "\(errors.map(\.description))")
        let quote = try LoaderTests.error("unclosed quote", in: errors)
        #expect(quote.message.hasPrefix("unclosed quote: the cell in column 2 (\"title\") opens with \" and is not closed on its line (the next quote, on line 6,"))
        #expect(quote.location == Where(file: Self.file(folder, "courses.csv"), line: 3, column: 2, field: "title"))
        // The real mistake on line 6 is still found, at its own line.
        let x = try LoaderTests.error("found \"x\"", in: errors)
        #expect(x.location.line == 6 && x.location.field == "participants")
    }

    @Test func emptyRowsAreIgnored() throws {
        let folder = try Self.folder(courses: "id,skill,sessions,participants\nC1,sewing,1,5\n\n,,,\n  ,  ,,\nC2,sewing,1,x\n")
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.location.line == 6 && error.location.field == "participants")
        try folder.write("courses.csv", "id,skill,sessions,participants\nC1,sewing,1,5\n\n;;;\n,,,\nC2,sewing,1,5\n")
        let errors = LoaderTests.errors(path: folder.path)
        // ";;;" is not empty in a ,-file: one cell, reported as such (the ,,, row is skipped).
        #expect(errors.count == 1 && errors.first?.message.hasPrefix("expected 4 cells as in the header, found 1") == true && errors.first?.location.line == 4)
        try folder.write("courses.csv", "id,skill,sessions,participants\r\n\r\nC1,sewing,1,5\r\n,,,\r\n")
        #expect(try ScenarioLoader.load(path: folder.path).scenario.courses.map(\.id) == ["C1"])
    }

    // MARK: - Magnitude limits (issue 11)

    @Test func moneyAboveTheLimitIsAnError() throws {
        let text = LoaderTests.yaml(settings: "budget: 100.000.000.000.000.000\nsocialSecurity:\n  premiumPerParticipantMonth: 1e17",
                                    instructor: "feePerSlot: 1000000000001", venue: "costPerSlot: 1e17")
        let errors = LoaderTests.errors(text)
        #expect(errors.count == 4, "\(errors.map(\.description))")
        let budget = try LoaderTests.error("\"100.000.000.000.000.000\"", in: errors)
        #expect(budget.message == "\"100.000.000.000.000.000\" is too large: an amount of money is at most 1,000,000,000,000 (10^12 IDR), found 1e+17")
        #expect(budget.location.line == 1 && budget.location.field == "budget")
        let premium = try LoaderTests.error("\"1e17\" is too large", in: errors.filter { $0.location.field == "premiumPerParticipantMonth" })
        #expect(premium.location.line == 3)
        let fee = try LoaderTests.error("\"1000000000001\" is too large", in: errors)
        #expect(fee.location.field == "feePerSlot" && fee.location.line == LoaderTests.line(of: "feePerSlot", in: text))
        let rent = try LoaderTests.error("\"1e17\" is too large", in: errors.filter { $0.location.field == "costPerSlot" })
        #expect(rent.message.hasSuffix("found 1e+17"))
        // The limit itself is fine.
        #expect(try ScenarioLoader.load(text: LoaderTests.yaml(settings: "budget: 1e12")).scenario.budget == 1e12)
    }

    @Test func moneyInACSVAboveTheLimit() throws {
        let folder = try Self.folder(venues: "id;capacity;costPerSlot\nHALL;20;Rp 100.000.000.000.000.000\n")
        let error = try Self.only(LoaderTests.errors(path: folder.path))
        #expect(error.message == "\"Rp 100.000.000.000.000.000\" is too large: an amount of money is at most 1,000,000,000,000 (10^12 IDR), found 1e+17")
        #expect(error.location == Where(file: Self.file(folder, "venues.csv"), line: 2, column: 3, field: "costPerSlot"))
    }

    @Test func moneyIsReadToCents() throws {
        let text = LoaderTests.yaml(course: "value: 0.004", instructor: "feePerSlot: 1e-320\nengagementCost: 12.3456", venue: "costPerSlot: 0.005")
        let scenario = try ScenarioLoader.load(text: text).scenario
        #expect(scenario.instructors[0].feePerSlot == 0)
        #expect(scenario.courses[0].value == 0)
        #expect(scenario.venues[0].costPerSlot == 0.01)
        #expect(scenario.instructors[0].engagementCost == 12.35)
    }

    @Test func valuesThatAreNotFinite() throws {
        for written in [".inf", "-.inf", ".nan", "inf", "1e400"] {
            let text = LoaderTests.yaml(venue: "costPerSlot: \(written)")
            let error = try Self.only(LoaderTests.errors(text))
            #expect(error.message == "expected an amount of money (a non-negative number), found \"\(written)\", which is not a finite number")
            #expect(error.location.field == "costPerSlot" && error.location.line == LoaderTests.line(of: "costPerSlot", in: text))
        }
        let count = try Self.only(LoaderTests.errors(LoaderTests.yaml().replacingOccurrences(of: "participants: 10", with: "participants: .inf")))
        #expect(count.message == "expected a whole number, found \".inf\", which is not a finite number")
    }

    @Test func countsAboveTheirLimits() throws {
        let text = LoaderTests.yaml(course: "level: 5000", instructor: "maxSlots: 1e17\nmaxSlotsPerWeek: 2000000")
            .replacingOccurrences(of: "participants: 10", with: "participants: 20000")
            .replacingOccurrences(of: "capacity: 20", with: "capacity: 10000000")
            .replacingOccurrences(of: "sessions: 4", with: "sessions: 1e17")
            .replacingOccurrences(of: "skills: {sewing: 2}", with: "skills: {sewing: 99999999999999999999}")
        let errors = LoaderTests.errors(text)
        func message(_ field: String) -> String? { errors.first { $0.location.field == field }?.message }
        #expect(message("participants") == "must be at most 10000 (the limit for participants), found 20000")
        #expect(message("level") == "must be at most 1000 (the limit for level), found 5000")
        #expect(message("sessions") == "must be between 1 and 10000, found 1e+17")
        #expect(message("maxSlots") == "must be at most 1000000 (the limit for maxSlots), found 1e+17")
        #expect(message("maxSlotsPerWeek") == "must be at most 1000000 (the limit for maxSlotsPerWeek), found 2000000")
        #expect(message("capacity") == "must be at most 1000000 (the limit for capacity), found 10000000")
        #expect(message("skills") == "level of \"sewing\" must be a whole number >= 1, found \"99999999999999999999\"")
        #expect(errors.count == 7, "\(errors.map(\.description))")
        let participants = try #require(errors.first { $0.location.field == "participants" })
        #expect(participants.location.line == LoaderTests.line(of: "participants: 20000", in: text))
    }

    @Test func derivedFiguresNeverTrap() {
        #expect(Money.plain(1e20) == "100,000,000,000,000,000,000")
        #expect(Money.plain(.infinity) == "∞")
        #expect(Money.plain(1e12) == "1,000,000,000,000")
        #expect(NumberText.format(1e17) == "1e+17")
    }
}
