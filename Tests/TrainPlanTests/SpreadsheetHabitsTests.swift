import Foundation
import Testing
@testable import TrainPlanCore

/// Spreadsheets as planners keep them (Excel, LibreOffice, Indonesian locale): what they write
/// is read as they mean it, and what would otherwise be dropped unseen is named.
@Suite struct SpreadsheetHabitsTests {
    typealias Folder = LoaderTests.TemporaryFolder

    static func folder(courses: String = "id,skill,sessions,participants\nC1,sewing,1,5\n",
                       instructors: String = "id,skills\nANI,sewing:1\n", venues: String = "id,capacity\nHALL,20\n",
                       settings: String = LoaderTests.folderSettings,
                       names: (courses: String, instructors: String, venues: String) = ("courses.csv", "instructors.csv", "venues.csv"))
        throws -> Folder {
        let folder = try Folder()
        try folder.write("scenario.yaml", settings)
        try folder.write(names.courses, courses)
        try folder.write(names.instructors, instructors)
        try folder.write(names.venues, venues)
        return folder
    }

    static func errors(_ folder: Folder) -> [String] {
        do {
            _ = try ScenarioLoader.load(path: folder.path)
            return []
        } catch {
            return error.errors.map(\.message)
        }
    }

    // MARK: - CSV files

    /// An accounting format shows zero as a dash; LibreOffice exports ` Rp- `, Excel `Rp -`.
    @Test func anAccountingDashIsZero() throws {
        let folder = try Self.folder(venues: "id;capacity;costPerSlot\nA;20; Rp- \nB;20;Rp -\nC;20;-\nD;20;Rp 150.000\n")
        #expect(try ScenarioLoader.load(path: folder.path).scenario.venues.map(\.costPerSlot) == [0, 0, 0, 150_000])
    }

    @Test func headersAreReadWhateverTheirCase() throws {
        let folder = try Self.folder(courses: "ID;Skill;Sessions;Participants;Value\nC1;sewing;1;5;1.000\n",
                                     instructors: "Id;Skills;FeePerSlot\nANI;sewing:1;75.000\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.first?.value == 1_000 && scenario.instructors.first?.feePerSlot == 75_000)
    }

    /// Excel leaves out the delimiters of empty cells at the end of some rows.
    @Test func aRowWithItsLastCellsLeftOutReadsThemAsEmpty() throws {
        let folder = try Self.folder(courses: "id;skill;sessions;participants;value;cohort\nC1;sewing;1;5;1.000;A\nC2;sewing;1;5\nC3;sewing;1;5;2.000;\n")
        let loaded = try ScenarioLoader.load(path: folder.path)
        #expect(loaded.scenario.courses.map(\.value) == [1_000, 5_000, 2_000], "C2 takes the default value: 5 participants at 1,000")
        #expect(loaded.scenario.courses.map(\.cohort) == ["A", nil, nil])
        #expect(loaded.warnings.contains { $0.message.contains("1 row(s) have fewer cells than the header") && $0.location.line == 3 },
                "\(loaded.warnings)")
    }

    /// A sheet with a title above its header keeps the title when saved as CSV: skipped with a warning,
    /// the delimiter read off the header (not the title), lines still counted in the file.
    @Test func aTitleAboveTheCSVHeaderIsSkipped() throws {
        let folder = try Self.folder(courses: "DAFTAR KURSUS 2027;;;\n;;;\nID;Skill;Sessions;Participants\nC1;sewing;1;5\nC2;sewing;x;5\n",
                                     instructors: "Instruktur\nid,skills\nANI,sewing:1\n")
        #expect(throws: ScenarioError.self) { try ScenarioLoader.load(path: folder.path) }
        do { _ = try ScenarioLoader.load(path: folder.path) } catch {
            #expect(error.errors.map { "\($0.location)".hasSuffix("/courses.csv:5:3") } == [true], "\(error)")
        }
        let fixed = try Self.folder(courses: "DAFTAR KURSUS 2027;;;\n;;;\nID;Skill;Sessions;Participants\nC1;sewing;1;5\n",
                                    instructors: "Instruktur\nid,skills\nANI,sewing:1\n")
        let loaded = try ScenarioLoader.load(path: fixed.path)
        #expect(loaded.scenario.courses.map(\.id) == ["C1"] && loaded.scenario.instructors.map(\.id) == ["ANI"])
        #expect(loaded.warnings.contains { $0.message.contains("line(s) 1 above the header (line 3) are read as a title")
            && $0.location.file.hasSuffix("courses.csv") }, "\(loaded.warnings)")
        // A first line that is not a title is still the header, and its mistakes are named.
        let unknown = try Self.folder(courses: "id;skil;sessions;participants\nC1;sewing;1;5\n")
        #expect(Self.errors(unknown).contains { $0.contains("unknown column \"skil\"") }, "\(Self.errors(unknown))")
    }

    @Test func aRowWithMoreCellsSaysToQuote() throws {
        let folder = try Self.folder(venues: "id,capacity,costPerSlot\nA,20,Rp 1.500.000,50\n")
        #expect(Self.errors(folder).contains { $0.contains("found 4") && $0.contains("needs quotes") }, "\(Self.errors(folder))")
    }

    /// `Courses.csv`, and `courses.csv.csv` as Windows names a file saved with its extension hidden.
    @Test func listFilesAreFoundWhateverTheirCase() throws {
        let folder = try Self.folder(names: ("Courses.csv", "INSTRUCTORS.CSV", "venues.csv.csv"))
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.count == 1 && scenario.instructors.count == 1 && scenario.venues.count == 1)
    }

    @Test func aListSavedAsAWorkbookIsNamed() throws {
        let folder = try Self.folder(names: ("courses.xlsx", "instructors.csv", "venues.csv"))
        #expect(Self.errors(folder).contains { $0.contains("save this sheet as courses.csv") }, "\(Self.errors(folder))")
    }

    @Test func weekdaysAsPlannersListThem() throws {
        let courses = """
            id;skill;sessions;participants;weekdays;daysPerWeek
            A;sewing;2;5;Senin/Rabu;2
            B;sewing;2;5;Senin dan Kamis;2
            C;sewing;5;5;Senin-Jumat;5
            D;sewing;2;5;"sel & jum";2
            E;sewing;3;5;Senin - Rabu;3
            """
        let folder = try Self.folder(courses: courses)
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.map(\.weekdays) == [[.mon, .wed], [.mon, .thu], [.mon, .tue, .wed, .thu, .fri], [.tue, .fri],
                                                     [.mon, .tue, .wed]])
        let wrong = try Self.folder(courses: "id;skill;sessions;participants;weekdays\nA;sewing;2;5;Senin/Rabo\n")
        #expect(Self.errors(wrong).contains { $0.contains("\"Senin/Rabo\" is not a weekday") && $0.contains("separated by \";\"") },
                "\(Self.errors(wrong))")
    }

    /// A line break in a cell (Alt+Enter) separates a list's items; slots in one text separate with
    /// "," as any list's items do (`pagi,siang,sore`); a comma in a label of a ";" list is most likely two slots.
    @Test func lineBreaksSeparateListItemsAndACommaInASlotLabelIsNamed() throws {
        for (text, count) in [("pagi,siang,sore", 3), ("08:00-12:00, 13:00-16:00", 2), ("Sesi 1, pagi", 2)] {
            let commas = try Self.folder(settings: LoaderTests.folderSettings.replacingOccurrences(of: "slots: [am, pm]", with: "slots: \"\(text)\""))
            let loaded = try ScenarioLoader.load(path: commas.path)
            #expect(loaded.scenario.calendar.slots.count == count && loaded.warnings.isEmpty, "\(text): \(loaded.warnings)")
        }
        let settings = LoaderTests.folderSettings.replacingOccurrences(of: "slots: [am, pm]", with: "slots: \"08:00-12:00, 13:00-16:00; 18:00-20:00\"")
        let courses = "id;skill;sessions;participants;equipment\nA;sewing;2;5;\"press\nsteam\"\n"
        let folder = try Self.folder(courses: courses, venues: "id;capacity;equipment\nHALL;20;\"press;steam\"\n", settings: settings)
        let loaded = try ScenarioLoader.load(path: folder.path)
        #expect(loaded.scenario.courses.first?.equipment.sorted() == ["press", "steam"])
        #expect(loaded.scenario.calendar.slots.count == 2)
        #expect(loaded.warnings.contains { $0.message.contains("write \"08:00-12:00; 13:00-16:00\" for 2 slots a day") }, "\(loaded.warnings)")
    }

    /// Two time ranges in one slot label however they are joined (`/`, `dan`, a space) are named as
    /// two slots, and a lone number where labels belong (`2`) as one slot labelled so.
    @Test func aSlotLabelHoldingTwoTimesOrACountIsNamed() throws {
        for text in ["08:00-12:00 / 13:00-16:00", "08.00-12.00 dan 13.00-16.00", "08:00-12:00 13:00-16:00"] {
            let folder = try Self.folder(settings: LoaderTests.folderSettings.replacingOccurrences(of: "slots: [am, pm]", with: "slots: [\"\(text)\"]"))
            let loaded = try ScenarioLoader.load(path: folder.path)
            #expect(loaded.scenario.calendar.slots.count == 1)
            #expect(loaded.warnings.compactMap(\.warning).contains { if case .slotLabelHoldsSeveral(_, let parts) = $0 { parts.count == 2 } else { false } },
                    "\(text): \(loaded.warnings)")
        }
        let counted = try Self.folder(settings: LoaderTests.folderSettings.replacingOccurrences(of: "slots: [am, pm]", with: "slots: 2"))
        let count = try ScenarioLoader.load(path: counted.path)
        #expect(count.warnings.compactMap(\.warning).contains(.slotsLookLikeACount(2)), "\(count.warnings)")
        // One time range with words beside it, however punctuated, is one slot (a regression sweep's labels).
        let single = try Self.folder(settings: LoaderTests.folderSettings.replacingOccurrences(
            of: "slots: [am, pm]", with: "slots: [\"08:00-12:00\", \"Sesi 2, 13:00-15:00\", \"Sore (15.30-17.00, 2 JP)\"]"))
        let one = try ScenarioLoader.load(path: single.path)
        #expect(one.scenario.calendar.slots.count == 3 && one.warnings.isEmpty, "\(one.warnings)")
    }

    /// `Senin sd Jumat` is a range as `s/d` is, and weekdays in `unavailable` are read as in
    /// `weekdays` (`Senin-Rabu`, `Senin dan Rabu@2`): one entry a day.
    @Test func weekdayRangesAsPlannersWriteThemInWorkdaysAndUnavailability() throws {
        let settings = LoaderTests.folderSettings.replacingOccurrences(of: "  slots: [am, pm]", with: "  slots: [am, pm]\n  workdays: \"Senin sd Jumat\"")
        let folder = try Self.folder(instructors: "id;skills;unavailable\nANI;sewing:1;Senin-Rabu\nBUDI;sewing:1;Senin dan Kamis @ 2\n"
                                     + "CITRA;sewing:1;Senin sd. Rabu\n", settings: settings)
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.calendar.workdays == [.mon, .tue, .wed, .thu, .fri])
        #expect(scenario.instructors.map { $0.unavailable.map(\.description) } == [["mon", "tue", "wed"], ["mon@2", "thu@2"], ["mon", "tue", "wed"]])
    }

    /// Columns headed in Indonesian are errors that name the field meant (`kapasitas` is `capacity`,
    /// `biaya` an instructor's fee and a venue's rent), not a hint to make them notes.
    @Test func indonesianHeadersNameTheFieldMeant() throws {
        let folder = try Self.folder(courses: "id;skill;Jumlah Peserta;sesi\nC1;sewing;5;1\n", instructors: "id;skills;biaya\nANI;sewing:1;75.000\n",
                                     venues: "id;kapasitas;biaya\nHALL;20;0\n")
        let errors = Self.errors(folder)
        for (column, field) in [("Jumlah Peserta", "participants"), ("sesi", "sessions"), ("biaya", "feePerSlot"), ("kapasitas", "capacity"),
                                ("biaya", "costPerSlot")] {
            #expect(errors.contains { $0.contains("unknown column \"\(column)\"") && $0.contains("did you mean \"\(field)\"?") }, "\(errors)")
        }
        #expect(!errors.contains { $0.contains("a column of notes") }, "\(errors)")
    }

    /// Dates written with their weekday, alone or as the ends of a range, are one entry each (the
    /// comma after the weekday split a range into "every Monday" and two halves that are no dates).
    @Test func datesWithTheirWeekdayStayWhole() throws {
        let rows = ["Senin, 13 Februari 2023 - Rabu, 15 Februari 2023", "Sen, 13/02/2023 s/d Rab, 15/02/2023",
                    "Senin, 13/02/2023 - 15/02/2023", "Senin, 13 Februari 2023", "Senin, Rabu@2", "Selasa, 2023-02-13..2023-02-15",
                    "Senin, 13 Februari 2023@2"]
        let instructors = "id;skills;unavailable\n" + rows.enumerated().map { "I\($0.offset);sewing:1;\"\($0.element)\"\n" }.joined()
        let folder = try Self.folder(instructors: instructors)
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.instructors.map { $0.unavailable.map(\.description) } == [
            ["2023-02-13..2023-02-15"], ["2023-02-13..2023-02-15"], ["2023-02-13..2023-02-15"], ["2023-02-13"], ["mon", "wed@2"],
            ["tue", "2023-02-13..2023-02-15"], ["2023-02-13@2"],
        ])
    }

    /// Excel in an Indonesian locale writes large numbers as `9,00E+07`: read as `9E+07` is.
    @Test func scientificWithADecimalComma() throws {
        let folder = try Self.folder(courses: "id;skill;sessions;participants;value\nC1;sewing;1;5;9,00E+07\nC2;sewing;1;5;1,5e3\n")
        #expect(try ScenarioLoader.load(path: folder.path).scenario.courses.map(\.value) == [90_000_000, 1_500])
        let grouped = try Self.folder(courses: "id;skill;sessions;participants;value\nC1;sewing;1;5;1.000,5E+03\nC2;sewing;1;5;9,0E\n")
        #expect(Self.errors(grouped).count == 2)
    }

    /// Notes columns may repeat (`#note`, `Keterangan` twice): they are not read, so not "given twice";
    /// a `sep=<tab>` line names the tab.
    @Test func repeatedNotesColumnsAndATabSepLine() throws {
        let folder = try Self.folder(courses: "id,skill,sessions,participants,#note,#note\nC1,sewing,1,5,a,b\n",
                                     venues: "sep=\t\nid\tcapacity\tKeterangan\tKeterangan\nHALL\t20\tx\ty\n")
        let loaded = try ScenarioLoader.load(path: folder.path)
        #expect(loaded.scenario.venues.map(\.capacity) == [20])
        #expect(!loaded.warnings.contains { $0.message.contains("title") }, "\(loaded.warnings)")
    }

    /// Excel's first line `sep=;` names the delimiter: no title warning, and a `1.500` under it is Indonesian.
    @Test func excelsSepLineIsNoTitle() throws {
        let folder = try Self.folder(courses: "sep=;\nid;skill;sessions;participants;value\nC1;sewing;1;5;1.500\n",
                                     venues: "\"sep=,\"\nid,capacity\nHALL,20\n")
        let loaded = try ScenarioLoader.load(path: folder.path)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.scenario.courses.map(\.value) == [1500] && loaded.scenario.venues.map(\.capacity) == [20])
    }

    /// A time of day or an accounting negative where a number belongs says what it is, not how decimal marks work.
    @Test func aTimeOrANegativeWhereANumberBelongsSaysSo() throws {
        let folder = try Self.folder(courses: "id;skill;sessions;participants\nC1;sewing;06:00;5\n",
                                     venues: "id;capacity;costPerSlot\nHALL;20;(250.000)\n")
        let errors = Self.errors(folder)
        #expect(errors.contains { $0.hasSuffix("found \"06:00\" (a time of day: this field takes a number)") }, "\(errors)")
        #expect(errors.contains { $0.contains("(a negative amount in parentheses: this field takes a number of 0 or more)") }, "\(errors)")
    }

    /// Holiday ranges as planners write them (`s/d`, a spaced dash), a date-time cell's midnight,
    /// and `Mgg` for Sunday.
    @Test func rangesMidnightsAndSundayAsPlannersWriteThem() throws {
        let settings = LoaderTests.folderSettings.replacingOccurrences(
            of: "  slots: [am, pm]", with: "  slots: [am, pm]\n  workdays: \"Sen-Mgg\"\n  holidays: \"03/01/2023 s/d 04/01/2023; 10/01/2023 - 11/01/2023; 16/01/2023 0:00\"")
        let folder = try Self.folder(settings: settings)
        let calendar = try ScenarioLoader.load(path: folder.path).scenario.calendar
        #expect(calendar.holidays.map(\.description).sorted() == ["2023-01-03", "2023-01-04", "2023-01-10", "2023-01-11", "2023-01-16"])
        #expect(calendar.workdays.count == 7)
        // A time that is not midnight says something the date cannot hold: still an error.
        let noon = settings.replacingOccurrences(of: "16/01/2023 0:00", with: "16/01/2023 12:30")
        #expect(Self.errors(try Self.folder(settings: noon)).count == 1)
    }

    @Test func aDayNumberInADateFieldSaysToFormatTheCell() throws {
        let courses = "id;skill;sessions;participants;earliestStart\nA;sewing;2;5;44935\n"
        #expect(Self.errors(try Self.folder(courses: courses)).contains {
            $0.contains("looks like a spreadsheet's day number for 2023-01-09: format the cell as a date")
        })
    }

    /// A demand list with its header alone (the template's demand sheet left empty) lists no demand:
    /// a course's value is still required, not silently 0.
    @Test func anEmptyDemandListListsNoDemand() throws {
        let settings = LoaderTests.folderSettings.replacingOccurrences(of: "defaults:\n  valuePerParticipant: 1000", with: "")
        let folder = try Self.folder(settings: settings)
        try folder.write("demand.csv", "id,company,skill,people\n")
        #expect(Self.errors(folder).contains { $0.contains("value: missing") || $0.contains("missing: give the course a value") },
                "\(Self.errors(folder))")
    }

    /// LibreOffice in an Indonesian locale exports `d mmmm yyyy` and `dd-mmm-yyyy` date cells with month names.
    @Test func datesWithMonthNames() {
        let read = ["17 Agustus 2023", "17 Agu 2023", "17-Agu-2023", "5 Mei 2023", "1 Desember 2023", "17 August 2023", "17-Aug-2023"]
            .map(CivilDate.read)
        #expect(read == ["2023-08-17", "2023-08-17", "2023-08-17", "2023-05-05", "2023-12-01", "2023-08-17", "2023-08-17"]
            .map { .date(CivilDate($0)!) })
        #expect(CivilDate.read("30 Februari 2023") == .impossible("February 2023 has 28 days, not 30"))
        #expect(CivilDate.read("17-Agu-23") == .impossible("write the year with four digits: 17 Agu YYYY"))
        #expect(CivilDate.read("17 Agustusan 2023") == .notADate)
    }

    /// A date cell formatted `dddd, d mmmm yyyy` exports `Senin, 7 Agustus 2023`: one date, not "every Monday" and a date.
    @Test func aDateAfterItsWeekdayIsOneDate() throws {
        #expect(CivilDate.read("Senin, 7 Agustus 2023") == .date(CivilDate("2023-08-07")!))
        #expect(CivilDate.read("Senin, 07/08/2023") == .date(CivilDate("2023-08-07")!))
        #expect(CivilDate.read("Selasa, 7 Agustus 2023") == .impossible("7 Agustus 2023 is a Monday, not a Tuesday"))
        let settings = LoaderTests.folderSettings.replacingOccurrences(of: "weeks: 4", with: "weeks: 4\n  holidays: \"Senin, 2 Januari 2023\"")
        let folder = try Self.folder(instructors: "id;skills;unavailable\nANI;sewing:1;Senin, 9 Januari 2023\n", settings: settings)
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.calendar.holidays == [CivilDate("2023-01-02")!])
        #expect(scenario.instructors.first?.unavailable.map(\.description) == ["2023-01-09"])
    }

    @Test func weekdayRangesAsPlannersWriteThem() {
        let all: [Weekday] = [.mon, .tue, .wed, .thu, .fri, .sat, .sun]
        #expect(FieldReader.weekdayWords("Senin s/d Jumat") == [.mon, .tue, .wed, .thu, .fri])
        #expect(FieldReader.weekdayWords("Senin sampai Jumat") == [.mon, .tue, .wed, .thu, .fri])
        #expect(FieldReader.weekdayWords("Mon to Fri") == [.mon, .tue, .wed, .thu, .fri])
        #expect(FieldReader.weekdayWords("Senin+Rabu") == [.mon, .wed])
        #expect(FieldReader.weekdayWords("Jum-Sen") == [.fri, .sat, .sun, .mon])
        #expect(Set(FieldReader.weekdayWords("Min-Sab") ?? []) == Set(all))
        #expect(FieldReader.weekdayWords("Senin sampai Jumadi") == nil)
    }

    /// `courses.csv` beside `Courses.csv` or `courses.csv.csv`: which one is meant is not guessed.
    @Test func twoCopiesOfAListAreNamed() throws {
        let folder = try Self.folder()
        try folder.write("courses.csv.csv", "id,skill,sessions,participants\nNEW,sewing,1,5\n")
        #expect(Self.errors(folder).contains { $0.contains("both courses.csv and courses.csv.csv could be courses.csv") }, "\(Self.errors(folder))")
        let beside = try Self.folder()
        try beside.write("courses.xlsx", "not read")
        let loaded = try ScenarioLoader.load(path: beside.path)
        #expect(loaded.warnings.contains { $0.message.contains("not read: the folder's courses come from courses.csv") }, "\(loaded.warnings)")
    }

    @Test func aDashIsNoCohortAndAShortRowNamesWhatItLacks() throws {
        let folder = try Self.folder(courses: "id;skill;sessions;participants;value;cohort\nA;sewing;1;5;1.000;-\nB;sewing;1;5;1.000;-\n")
        #expect(try ScenarioLoader.load(path: folder.path).scenario.courses.map(\.cohort) == [nil, nil])
        let short = try Self.folder(courses: "id;skill;value;sessions;participants\nA;sewing;1.000\n")
        #expect(Self.errors(short).contains { $0.contains("found 3: the row ends before \"sessions\", \"participants\", which every row needs") },
                "\(Self.errors(short))")
    }

    /// A lone dash is "none": an amount of money whose empty cell is 0 too is 0 (as `Rp -` is), any
    /// other field its default (an equipment "-" was a tag nobody had, a mandatory "-" an error). Where
    /// "-" could mean two things it is an error saying both: a value where the default is participants ×
    /// valuePerParticipant (0, or that?), a budget (0, or none?), insurance (no, or the default yes?);
    /// a required field says it needs a value.
    @Test func aDashIsZeroMoneyOrTheDefaultOrAsked() throws {
        let folder = try Self.folder(courses: "id;skill;sessions;participants;value;equipment;mandatory;earliestStart;level\n"
                                     + "A;sewing;1;5;Rp -;-;-;-;\u{2013}\nB;sewing;1;5;1.000;;;;\n",
                                     instructors: "id,skills,feePerSlot,engagementCost\nANI,sewing:1,-,\u{2014}\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.map(\.value) == [0, 1_000], "Rp - is zero")
        #expect(scenario.courses[0].equipment.isEmpty && !scenario.courses[0].mandatory && scenario.courses[0].level == 1)
        #expect(scenario.instructors[0].feePerSlot == 0 && scenario.instructors[0].engagementCost == 0)
        let asked = try Self.folder(courses: "id;skill;sessions;participants;value;socialSecurity\nA;sewing;1;-;1.000;-\nB;sewing;1;5;-;\n",
                                    settings: LoaderTests.folderSettings + "\nbudget: \"-\"\n")
        let errors = Self.errors(asked)
        #expect(errors.contains { $0.contains("\"-\" could mean no, or the default (yes)") }, "\(errors)")
        #expect(errors.contains { $0.contains("\"-\" could mean 0 or no budget") }, "\(errors)")
        #expect(errors.contains { $0.contains("\"-\" could mean 0 or the default (5 participants × valuePerParticipant 1,000)") }, "\(errors)")
        #expect(errors.contains { $0.contains("\"-\" in the required field \"participants\": it needs a value") }, "\(errors)")
        #expect(errors.count == 4, "\(errors)")
    }

    /// A list saved under another name (`kursus.csv`, Excel's "Text" export `demand.txt`) is named with
    /// the list it looks like; settings saved as `scenario.csv` are named in the error.
    @Test func filesThatAreNotListsAreNamed() throws {
        let folder = try Self.folder()
        try folder.write("permintaan.csv", "id;company;kind;skill;people;by\nR1;PT A;hire;sewing;2;31/01/2023\n")
        try folder.write("kursus lama.txt", "id\tskill\tsessions\tparticipants\nOLD\tsewing\t1\t5\n")
        try folder.write("notes.txt", "remember the holidays\n")
        let warnings = try ScenarioLoader.load(path: folder.path).warnings.map { "\($0.location.file): \($0.message)" }
        #expect(warnings.contains { $0.hasSuffix("/permintaan.csv: not read: its header names the fields of the demand list; name the file demand.csv to read it") }, "\(warnings)")
        #expect(warnings.contains { $0.hasSuffix("/kursus lama.txt: not read: its header names the fields of the courses list (that list comes from courses.csv)") }, "\(warnings)")
        #expect(warnings.contains { $0.hasSuffix("/notes.txt: not read: a folder's lists are courses.csv, instructors.csv, venues.csv and demand.csv") }, "\(warnings)")
        let settings = try Self.folder()
        try FileManager.default.removeItem(atPath: settings.path + "/scenario.yaml")
        try settings.write("scenario.csv", "field,value\nname,x\n")
        #expect(Self.errors(settings).contains { $0.contains("(it has courses.csv, instructors.csv, scenario.csv, venues.csv); the settings are read from YAML or JSON only") },
                "\(Self.errors(settings))")
    }

    /// A mistake is reported once, not again as what follows from it: a misspelt weekday is not also an
    /// "impossible rhythm" for daysPerWeek.
    @Test func aMistakeIsNotReportedAgainAsWhatFollowsFromIt() throws {
        let folder = try Self.folder(courses: "id;skill;sessions;participants;weekdays;daysPerWeek\nA;sewing;2;5;Senin, Rabuu;2\n")
        let errors = Self.errors(folder)
        #expect(errors.count == 1 && errors[0].contains("\"Rabuu\" is not a weekday"), "\(errors)")
    }

    /// An amount with more than two decimals (a sheet kept in millions: 0.075) is read to the cent, and said.
    @Test func anAmountPastTheCentIsSaid() throws {
        let folder = try Self.folder(instructors: "id,skills,feePerSlot\nANI,sewing:1,0.075\nBUDI,sewing:1,0.05\n")
        let loaded = try ScenarioLoader.load(path: folder.path)
        #expect(loaded.scenario.instructors.map(\.feePerSlot) == [0.08, 0.05])
        #expect(loaded.warnings.map(\.message).filter { $0.contains("more than two decimals") }
                == ["\"0.075\" has more than two decimals and reads as 0.08: amounts are kept to the cent; write them in whole IDR, not in thousands or millions"],
                "\(loaded.warnings)")
    }

    @Test func aDayNumberInHolidaysSaysToFormatTheCell() throws {
        let settings = LoaderTests.folderSettings.replacingOccurrences(of: "weeks: 4", with: "weeks: 4\n  holidays: \"44935\"")
        #expect(Self.errors(try Self.folder(settings: settings)).contains { $0.contains("day number for 2023-01-09") })
    }

    // MARK: - Workbooks

    /// The small workbook with these course rows and these ranges of its courses sheet merged.
    static func courses(_ rows: [String], merged: [String]) throws -> HandMadeWorkbook {
        var book = WorkbookScenarioTests.small(courses: rows)
        let index = try #require(book.sheets.firstIndex { $0.name == "courses" })
        let merges = merged.map { "<mergeCell ref=\"\($0)\"/>" }.joined()
        book.sheets[index].xml = book.sheets[index].xml.replacingOccurrences(
            of: "</worksheet>", with: "<mergeCells count=\"\(merged.count)\">\(merges)</mergeCells></worksheet>")
        return book
    }

    /// A macro-enabled workbook is read like the .xlsx it is; an .xls or a lone CSV file is named for what to do.
    @Test func workbookKindsAreReadOrNamed() throws {
        let folder = try Folder()
        let fixture = FixtureTests.root.appendingPathComponent("pekalongan-2023.xlsx")
        let macro = folder.url.appendingPathComponent("kuartal.xlsm")
        try FileManager.default.copyItem(at: fixture, to: macro)
        #expect(try ScenarioLoader.load(path: macro.path).scenario.courses.count
                == ScenarioLoader.load(path: fixture.path).scenario.courses.count)
        let old = try folder.write("kuartal.xls", "binary")
        #expect(LoaderTests.errors(path: old).contains { $0.message.contains("save it as Excel Workbook (.xlsx)") })
        let list = try folder.write("courses.csv", "id,skill,sessions,participants\n")
        #expect(LoaderTests.errors(path: list).contains { $0.message.contains("a CSV file holds one list") })
    }

    /// A hidden row is read like any other, and said: a planner may have hidden a course to leave it out.
    @Test func aHiddenRowIsReadAndSaid() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing", "2", "10", "1000"]),
            HandMadeWorkbook.textRow(3, ["C-2", "sewing", "2", "10", "1000"]),
        ]
        var book = WorkbookScenarioTests.small(courses: courses)
        let index = try #require(book.sheets.firstIndex { $0.name == "courses" })
        book.sheets[index].xml = book.sheets[index].xml.replacingOccurrences(of: "<row r=\"3\">", with: "<row r=\"3\" hidden=\"1\">")
        let loaded = try WorkbookScenarioTests.load(book).get()
        #expect(loaded.scenario.courses.map(\.id) == ["C-1", "C-2"])
        #expect(loaded.warnings.contains { $0.message.contains("row(s) 3 are hidden in the workbook") }, "\(loaded.warnings)")
    }

    /// A hidden list sheet is read like any other, and said: nothing on screen shows its rows are read.
    @Test func aHiddenListSheetIsReadAndSaid() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing", "2", "10", "1000"]),
        ]
        var book = WorkbookScenarioTests.small(courses: courses)
        let shown = try WorkbookScenarioTests.load(book).get()
        #expect(!shown.warnings.contains { $0.message.contains("is hidden in the workbook") }, "\(shown.warnings)")
        book.hiddenSheets = ["courses"]
        let loaded = try WorkbookScenarioTests.load(book).get()
        #expect(loaded.scenario.courses.map(\.id) == ["C-1"])
        #expect(loaded.warnings.contains { $0.message.contains("sheet \"courses\" is hidden in the workbook and read like any other, its 1 row(s)") },
                "\(loaded.warnings)")
    }

    /// A header merged down over the data names a column: it is no value of the rows below.
    @Test func aHeaderMergedDownIsNotSpread() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value", "cohort"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing", "2", "10", "1000"]),
            HandMadeWorkbook.textRow(3, ["C-2", "sewing", "2", "10", "1000"]),
        ]
        let book = try Self.courses(courses, merged: ["F1:F3"])
        #expect(try WorkbookScenarioTests.load(book).get().scenario.courses.map(\.cohort) == [nil, nil])
    }

    /// A column Excel's Format as Table named for want of a header (`Kolom1`, `Column2`) is a note column.
    @Test func anUnnamedTableColumnIsANote() throws {
        let folder = try Self.folder(courses: "id;skill;sessions;participants;Kolom1;Column 2\nC1;sewing;1;5;;x\n")
        let loaded = try ScenarioLoader.load(path: folder.path)
        #expect(loaded.scenario.courses.map(\.id) == ["C1"])
        #expect(loaded.warnings.contains { $0.message.contains("\"Kolom1\", \"Column 2\" read as notes") }, "\(loaded.warnings)")
    }

    /// A row of column groups above the field names (`Identitas`, `Biaya (Rp)`, merged over their
    /// columns, as government sheets have) is skipped as a title is; it gave an error per column.
    @Test func aRowOfColumnGroupsAboveTheHeaderIsSkipped() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["Identitas", "", "Jadwal", "", "Biaya (Rp)"]),
            HandMadeWorkbook.textRow(2, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(3, ["C-1", "sewing", "2", "10", "1000"]),
        ]
        let loaded = try WorkbookScenarioTests.load(WorkbookScenarioTests.small(courses: courses)).get()
        #expect(loaded.scenario.courses.map(\.id) == ["C-1"] && loaded.scenario.courses.first?.value == 1000)
        #expect(loaded.warnings.contains { $0.message.contains("row(s) 1 above the header (row 2) are read as a title") }, "\(loaded.warnings)")
    }

    /// A title above the header row ("DAFTAR KURSUS"), as many sheets have, is skipped with a warning.
    @Test func aTitleAboveTheHeaderIsSkipped() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["DAFTAR KURSUS 2023"]),
            HandMadeWorkbook.textRow(2, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(3, ["C-1", "sewing", "2", "10", "1000"]),
        ]
        let loaded = try WorkbookScenarioTests.load(WorkbookScenarioTests.small(courses: courses)).get()
        #expect(loaded.scenario.courses.map(\.id) == ["C-1"])
        #expect(loaded.warnings.contains { $0.message.contains("row(s) 1 above the header (row 2) are read as a title") }, "\(loaded.warnings)")
    }

    /// Two courses whose cohort cell is merged over both rows share the cohort (rule 5), as the planner sees it.
    @Test func aValueMergedDownAColumnHoldsForEveryRow() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value", "cohort"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing", "2", "10", "1000", "ANGKATAN-A"]),
            HandMadeWorkbook.textRow(3, ["C-2", "sewing", "2", "10", "1000"]),
            HandMadeWorkbook.textRow(4, ["C-3", "sewing", "2", "10", "1000"]),
        ]
        let book = try Self.courses(courses, merged: ["F2:F3", "A9:A40000"])
        let scenario = try WorkbookScenarioTests.load(book).get().scenario
        #expect(scenario.courses.map(\.cohort) == ["ANGKATAN-A", "ANGKATAN-A", nil])
    }

    /// A number merged down rows (one headcount over two batches) is read for each row, and said:
    /// the planner may have meant it as their total (a black-box tester's sheet). A merged text
    /// (a cohort) is said nothing about.
    @Test func aMergedNumberIsReadForEveryRowAndSaid() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value", "cohort"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing"]) + "<c r=\"C2\"><v>2</v></c><c r=\"D2\"><v>20</v></c>"
                + HandMadeWorkbook.textRow(2, ["", "", "", "", "1000", "A"]),
            HandMadeWorkbook.textRow(3, ["C-2", "sewing", "", "", "1000"]),
        ]
        let loaded = try WorkbookScenarioTests.load(try Self.courses(courses, merged: ["D2:D3", "F2:F3", "C2:C3"])).get()
        #expect(loaded.scenario.courses.map(\.participants) == [20, 20])
        // `sessions` merged (C2:C3) is shared, no total: read for both rows, not said.
        #expect(loaded.scenario.courses.map(\.sessions) == [2, 2])
        #expect(loaded.warnings.filter { $0.message.contains("merged cell(s)") }.map(\.message)
                == ["merged cell(s) D2:D3 hold a number read for every row they span; unmerge them and give each row its own "
                    + "if it was meant as their total"], "\(loaded.warnings)")
    }

    /// A hidden column of the list is read like any other, and said, as a hidden row is.
    @Test func aHiddenColumnIsReadAndSaid() throws {
        let courses = [
            HandMadeWorkbook.textRow(1, ["id", "skill", "sessions", "participants", "value"]),
            HandMadeWorkbook.textRow(2, ["C-1", "sewing", "2", "10", "1000"]),
        ]
        var book = WorkbookScenarioTests.small(courses: courses)
        let index = try #require(book.sheets.firstIndex { $0.name == "instructors" })
        // Hidden too, and not said: a notes column (F) and an unused one (G), as planners hide them.
        book.sheets[index].xml = HandMadeWorkbook.sheet([
            HandMadeWorkbook.textRow(1, ["id", "name", "skills", "feePerSlot", "maxSlots", "# catatan", "maxCourses"]),
            HandMadeWorkbook.textRow(2, ["I-1", "Sri", "sewing:2", "75000", "1", "bantu"]),
        ]).replacingOccurrences(of: "<sheetData>", with: "<cols><col min=\"5\" max=\"7\" hidden=\"1\"/></cols><sheetData>")
        let loaded = try WorkbookScenarioTests.load(book).get()
        #expect(loaded.scenario.instructors.first?.maxSlots == 1)
        #expect(loaded.warnings.map(\.message).filter { $0.contains("hidden") }
                == ["column(s) E (maxSlots) are hidden in the workbook and read like any other; delete a column to leave it out"],
                "\(loaded.warnings)")
    }

    /// A room typed `1-2` becomes a date cell in a spreadsheet: as an id it is refused, saying so.
    @Test func anIdThatASpreadsheetMadeADateIsRefused() throws {
        var book = WorkbookScenarioTests.small()
        let index = try #require(book.sheets.firstIndex { $0.name == "venues" })
        book.sheets[index].xml = HandMadeWorkbook.sheet([
            HandMadeWorkbook.textRow(1, ["id", "name", "capacity"]),
            "<c r=\"A2\" s=\"1\"><v>45689</v></c>" + HandMadeWorkbook.textRow(2, ["", "Bengkel", "20"]),
        ])
        let errors = try WorkbookScenarioTests.errors(book)
        #expect(errors.contains { $0.contains("venues!A2") && $0.contains("the cell holds the date 2025-02-01") }, "\(errors)")
    }

    /// Slots written on past column B (`08:00-12:00` in B, `13:00-16:00` in C) are named, as other
    /// lists are: half of each day would otherwise go unseen (a black-box tester's sheet).
    @Test func slotsContinuedPastColumnBAreNamed() throws {
        var book = WorkbookScenarioTests.small()
        book.sheets[0].xml = book.sheets[0].xml.replacingOccurrences(of: "<t>08:00-12:00;13:00-16:00</t>", with: "<t>08:00-12:00</t>")
            .replacingOccurrences(of: "<t>two slots</t>", with: "<t>13:00-16:00</t>")
        let loaded = try WorkbookScenarioTests.load(book).get()
        #expect(loaded.scenario.calendar.slots == ["08:00-12:00"])
        #expect(loaded.warnings.contains { $0.message.contains("calendar.slots continues in column C") }, "\(loaded.warnings)")
    }

    /// A settings value in column C with B empty (the label merged over A:B), or a list continued
    /// in later columns, is named rather than dropped; text there stays a note, as in the template.
    @Test func aSettingBesideColumnBIsNamed() throws {
        let budget = WorkbookScenarioTests.small(settings: ["defaults.valuePerParticipant"])
        var book = budget
        book.sheets[0].xml = book.sheets[0].xml.replacingOccurrences(of: "</row></sheetData>",
                                                                     with: "<c r=\"C8\"><v>300000</v></c></row></sheetData>")
        let errors = try WorkbookScenarioTests.errors(book)
        #expect(errors.contains { $0.contains("scenario!C8") && $0.contains("put it in column B") }, "\(errors)")
        var holidays = WorkbookScenarioTests.small(settings: ["calendar.holidays|03/01/2023|a note"])
        holidays.sheets[0].xml = holidays.sheets[0].xml.replacingOccurrences(of: "</row></sheetData>",
                                                                             with: "<c r=\"D8\" s=\"1\"><v>44930</v></c></row></sheetData>")
        let loaded = try WorkbookScenarioTests.load(holidays).get()
        #expect(loaded.warnings.contains { $0.message.contains("calendar.holidays continues in column D") }, "\(loaded.warnings)")
        // Text that is a value (an amount, a date) is one too.
        var text = WorkbookScenarioTests.small(settings: ["defaults.valuePerParticipant"])
        text.sheets[0].xml = text.sheets[0].xml.replacingOccurrences(of: "</row></sheetData>",
            with: "<c r=\"C8\" t=\"inlineStr\"><is><t>Rp 300.000</t></is></c></row></sheetData>")
        #expect(try WorkbookScenarioTests.errors(text).contains { $0.contains("scenario!C8") && $0.contains("put it in column B") })
        let workdays = try WorkbookScenarioTests.load(WorkbookScenarioTests.small(settings: ["calendar.workdays|Senin;Selasa;Rabu|Kamis;Jumat"])).get()
        #expect(workdays.warnings.contains { $0.message.contains("calendar.workdays continues in column C") }, "\(workdays.warnings)")
        // A note in column C (the template's) beside an empty B is no value.
        let noted = try WorkbookScenarioTests.load(WorkbookScenarioTests.small(settings: ["currency||bawaan: IDR"])).get()
        #expect(noted.scenario.currency == "IDR" && noted.warnings.isEmpty, "\(noted.warnings)")
    }
}
