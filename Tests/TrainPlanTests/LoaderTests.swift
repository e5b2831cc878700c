import Foundation
import Testing
import GLPK
import TrainPlanCore
import TrainPlanSolver

/// Loading and validating scenarios in every form: each bad input is reported
/// with its file, line (and field or column where known) and what was expected;
/// every default of the format is applied; warnings never fail a load.
@Suite struct LoaderTests {
    // MARK: - Helpers

    /// A valid scenario with extra lines spliced in: `settings` at the top level,
    /// `course` inside the first course, `courses` as further course items (indented as items
    /// of the list, "  - id: ..."), and so on.
    static func yaml(settings: String = "", calendar: String = "", course: String = "", courses: String = "",
                     instructor: String = "", instructors: String = "", venue: String = "", venues: String = "",
                     defaults: Bool = true) -> String {
        func indent(_ text: String, _ spaces: Int) -> String {
            text.isEmpty ? "" : text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { String(repeating: " ", count: spaces) + $0 }.joined(separator: "\n") + "\n"
        }
        func block(_ text: String) -> String { text.isEmpty ? "" : text + "\n" }
        return block(settings) + """
            calendar:
              start: 2023-01-02
              weeks: 4
              slots: [am, pm]

            """ + indent(calendar, 2) + (defaults ? "defaults:\n  valuePerParticipant: 1000\n" : "") + """
            courses:
              - id: SEW-1
                skill: sewing
                sessions: 4
                participants: 10

            """ + indent(course, 4) + block(courses) + """
            instructors:
              - id: ANI
                skills: {sewing: 2}

            """ + indent(instructor, 4) + block(instructors) + """
            venues:
              - id: HALL
                capacity: 20

            """ + indent(venue, 4) + block(venues)
    }

    /// The 1-based number of the line holding `needle` (its `occurrence`-th appearance).
    static func line(of needle: String, in text: String, occurrence: Int = 1) -> Int? {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where line.contains(needle) {
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        return nil
    }

    static func errors(_ text: String, file: String = "test.yaml") -> [Diagnostic] {
        do {
            _ = try ScenarioLoader.load(text: text, file: file)
            return []
        } catch {
            return error.errors
        }
    }

    static func errors(path: String) -> [Diagnostic] {
        diagnostics(path: path).filter { $0.severity == .error }
    }

    /// Every error and warning of a scenario that does not load.
    static func diagnostics(path: String) -> [Diagnostic] {
        do {
            _ = try ScenarioLoader.load(path: path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The one error whose message contains `phrase`.
    static func error(_ phrase: String, in diagnostics: [Diagnostic]) throws -> Diagnostic {
        try #require(diagnostics.first { $0.message.contains(phrase) },
                     "no diagnostic says \"\(phrase)\"; got:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    /// A fresh folder under the temporary directory, removed when the value goes away.
    final class TemporaryFolder {
        let url: URL
        var path: String { url.path }

        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-loader-" + UUID().uuidString)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            try write(name, data: Data(text.utf8))
        }

        @discardableResult
        func write(_ name: String, data: Data) throws -> String {
            let file = url.appendingPathComponent(name)
            try data.write(to: file)
            return file.path
        }
    }

    static let folderSettings = """
        name: CSV pilot
        calendar:
          start: 2023-01-02
          weeks: 4
          slots: [am, pm]
        defaults:
          valuePerParticipant: 1000
        """

    // MARK: - The valid base and defaults

    @Test func baseScenarioIsValid() throws {
        let loaded = try ScenarioLoader.load(text: Self.yaml(), file: "base.yaml")
        #expect(loaded.scenario.courses.count == 1)
        #expect(loaded.scenario.instructors.count == 1)
        #expect(loaded.scenario.venues.count == 1)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
    }

    @Test func defaultsAreApplied() throws {
        let text = Self.yaml(course: "weekdays: [wed, mon]", courses: """
              - id: SEW-2
                skill: sewing
                sessions: 2
                participants: 7
            """)
        let scenario = try ScenarioLoader.load(text: text, file: "pilot.yaml").scenario
        #expect(scenario.name == "pilot")
        #expect(scenario.currency == "IDR")
        #expect(scenario.budget == nil)
        #expect(scenario.premiumPerParticipantMonth == 0)
        #expect(scenario.calendar.workdays == [.mon, .tue, .wed, .thu, .fri])
        #expect(scenario.calendar.holidays.isEmpty)

        let first = scenario.courses[0], second = scenario.courses[1]
        #expect(first.title == "SEW-1")
        #expect(first.level == 1)
        #expect(first.sessionLength == 1)
        #expect(first.weekdays == [.mon, .wed])
        #expect(first.daysPerWeek == 2)
        #expect(first.value == 10 * 1000)
        #expect(first.mandatory == false)
        #expect(first.socialSecurity == true)
        #expect(first.equipment.isEmpty)
        #expect(first.cohort == nil)
        #expect(first.instructors.isEmpty && first.venues.isEmpty)
        #expect(first.earliestStart == CivilDate("2023-01-02"))
        #expect(first.latestEnd == CivilDate("2023-01-29"))
        #expect(second.weekdays == [.mon, .tue, .wed, .thu, .fri])
        #expect(second.daysPerWeek == 5)
        #expect(second.value == 7 * 1000)

        let instructor = scenario.instructors[0]
        #expect(instructor.name == "ANI")
        #expect(instructor.source == .internal)
        #expect(instructor.skills == ["sewing": 2])
        #expect(instructor.feePerSlot == 0 && instructor.engagementCost == 0)
        #expect(instructor.maxSlotsPerDay == nil && instructor.maxSlotsPerWeek == nil)
        #expect(instructor.maxSlots == nil && instructor.maxCourses == nil)
        #expect(instructor.unavailable.isEmpty)

        let venue = scenario.venues[0]
        #expect(venue.name == "HALL")
        #expect(venue.site == nil)
        #expect(venue.equipment.isEmpty)
        #expect(venue.costPerSlot == 0)
    }

    @Test func nameIsTheFileNameWithoutFolderOrExtension() throws {
        #expect(try ScenarioLoader.load(text: Self.yaml(), file: "plans/2023/pilot.yml").scenario.name == "pilot")
        #expect(try ScenarioLoader.load(text: Self.yaml(settings: "name: Given"), file: "x.yaml").scenario.name == "Given")
        let folder = try TemporaryFolder()
        let path = try folder.write("q1-plan.yaml", Self.yaml())
        #expect(try ScenarioLoader.load(path: path).scenario.name == "q1-plan")
    }

    @Test func givenValuesAreRead() throws {
        let text = Self.yaml(settings: "currency: USD\nbudget: 5000\nsocialSecurity:\n  premiumPerParticipantMonth: 16800",
                             calendar: "workdays: [mon, tue, wed, thu, fri, sat]\nholidays: [2023-01-05, 2023-01-10..2023-01-11]",
                             course: """
                                 title: Sewing basics
                                 level: 2
                                 sessionLength: 2
                                 daysPerWeek: 2
                                 weekdays: [mon, wed, sat]
                                 earliestStart: 2023-01-09
                                 latestEnd: 2023-01-28
                                 equipment: [Sewing-Machines ]
                                 cohort: batch-1
                                 value: 2500
                                 mandatory: yes
                                 socialSecurity: false
                                 instructors: [ANI]
                                 venues: [HALL]
                                 """,
                             instructor: """
                                 name: Ani Lestari
                                 source: Partner
                                 organization: LPKS Maju
                                 feePerSlot: 100_000
                                 engagementCost: 50000
                                 maxSlotsPerDay: 0
                                 maxSlotsPerWeek: 6
                                 maxSlots: 20
                                 maxCourses: 1
                                 availableFrom: 2023-01-03
                                 availableUntil: 2023-01-27
                                 unavailable: [fri, 2023-01-10@1, 2023-01-16..2023-01-17@1-2]
                                 """,
                             venue: "site: BLK\nequipment: [sewing-machines]\ncostPerSlot: 150000\nunavailable: [mon@2]")
        let scenario = try ScenarioLoader.load(text: text).scenario
        #expect(scenario.currency == "USD")
        #expect(scenario.budget == 5000)
        #expect(scenario.premiumPerParticipantMonth == 16800)
        #expect(scenario.calendar.workdays.count == 6)
        #expect(scenario.calendar.holidays.count == 3)
        let course = scenario.courses[0]
        #expect(course.title == "Sewing basics")
        #expect(course.level == 2 && course.sessionLength == 2 && course.daysPerWeek == 2)
        #expect(course.weekdays == [.mon, .wed, .sat])
        #expect(course.earliestStart == CivilDate("2023-01-09") && course.latestEnd == CivilDate("2023-01-28"))
        #expect(course.equipment == ["sewing-machines"])
        #expect(course.cohort == "batch-1")
        #expect(course.value == 2500 && course.mandatory && !course.socialSecurity)
        #expect(course.instructors == ["ANI"] && course.venues == ["HALL"])
        let instructor = scenario.instructors[0]
        #expect(instructor.name == "Ani Lestari" && instructor.source == .partner && instructor.organization == "LPKS Maju")
        #expect(instructor.feePerSlot == 100_000 && instructor.engagementCost == 50_000)
        #expect(instructor.maxSlotsPerDay == 0 && instructor.maxSlotsPerWeek == 6)
        #expect(instructor.maxSlots == 20 && instructor.maxCourses == 1)
        #expect(instructor.availableFrom == CivilDate("2023-01-03") && instructor.availableUntil == CivilDate("2023-01-27"))
        #expect(instructor.unavailable.map(\.description) == ["fri", "2023-01-10@1", "2023-01-16..2023-01-17@1-2"])
        let venue = scenario.venues[0]
        #expect(venue.site == "BLK" && venue.costPerSlot == 150_000 && venue.equipment == ["sewing-machines"])
        #expect(venue.unavailable.map(\.description) == ["mon@2"])
    }

    @Test func jsonTextIsRead() throws {
        let json = """
            {"name": "J", "calendar": {"start": "2023-01-02", "weeks": 1, "slots": ["am"]},
             "courses": [{"id": "C", "skill": "k3", "sessions": 1, "participants": 5, "mandatory": true}],
             "instructors": [{"id": "I", "skills": {"k3": 1}}],
             "venues": [{"id": "V", "capacity": 5}]}
            """
        let scenario = try ScenarioLoader.load(text: json, file: "j.json").scenario
        #expect(scenario.name == "J")
        #expect(scenario.courses[0].value == 0)
        #expect(scenario.courses[0].mandatory)
    }

    // MARK: - Wrong types

    @Test func textWhereANumberIsExpected() throws {
        let text = Self.yaml(course: "level: high", venue: "costPerSlot: cheap")
        let errors = Self.errors(text)
        let level = try Self.error("expected a whole number, found \"high\"", in: errors)
        #expect(level.location.file == "test.yaml")
        #expect(level.location.line == Self.line(of: "level: high", in: text))
        #expect(level.location.column == 12)
        #expect(level.location.field == "level")
        let cost = try Self.error("expected an amount of money", in: errors)
        #expect(cost.location.line == Self.line(of: "costPerSlot: cheap", in: text))
        #expect(cost.location.field == "costPerSlot")
        #expect(cost.message.contains("\"cheap\""))
    }

    @Test func mappingWhereAListIsExpected() throws {
        let text = Self.yaml(course: "equipment: {projector: 1}")
        let equipment = try Self.error("expected a list, found a mapping", in: Self.errors(text))
        #expect(equipment.location.line == Self.line(of: "equipment:", in: text))
        #expect(equipment.location.field == "equipment")

        let courses = """
            calendar: {start: 2023-01-02, weeks: 1, slots: [am]}
            courses:
              id: C1
              skill: sewing
            instructors: []
            venues: []
            """
        let list = try Self.error("expected a list of courses, found a mapping", in: Self.errors(courses))
        #expect(list.location.line == 3)
        #expect(list.location.field == "courses")
    }

    @Test func listItemThatIsNotAMapping() throws {
        let text = Self.yaml(courses: "  - just text")
        let item = try Self.error("expected a course (a mapping of field: value), found \"just text\"", in: Self.errors(text))
        #expect(item.location.line == Self.line(of: "- just text", in: text))
    }

    // MARK: - Unknown fields

    @Test func unknownFieldSuggestsTheClosestName() throws {
        let text = Self.yaml(settings: "budjet: 100", course: "sesions: 4", venue: "capacty: 3")
        let errors = Self.errors(text)
        let sessions = try Self.error("unknown field \"sesions\" in a course; did you mean \"sessions\"?", in: errors)
        #expect(sessions.location.line == Self.line(of: "sesions:", in: text))
        #expect(sessions.location.field == "sesions")
        let budget = try Self.error("unknown field \"budjet\" in the scenario settings; did you mean \"budget\"?", in: errors)
        #expect(budget.location.line == 1)
        let capacity = try Self.error("unknown field \"capacty\" in a venue; did you mean \"capacity\"?", in: errors)
        #expect(capacity.location.line == Self.line(of: "capacty:", in: text))
        // A field far from every known name gets no suggestion.
        let far = try Self.error("unknown field \"zzzzzzzz\"", in: Self.errors(Self.yaml(course: "zzzzzzzz: 1")))
        #expect(!far.message.contains("did you mean"))
    }

    @Test func unknownFieldInTheCalendar() throws {
        let text = Self.yaml(calendar: "holiday: [2023-01-05]")
        let error = try Self.error("unknown field \"holiday\" in the calendar; did you mean \"holidays\"?", in: Self.errors(text))
        #expect(error.location.line == 5)
        #expect(error.location.field == "holiday")
    }

    @Test func duplicateKeyInAMapping() throws {
        let text = Self.yaml(course: "sessions: 5")
        let error = try Self.error("duplicate key", in: Self.errors(text))
        #expect(error.location.line == Self.line(of: "sessions: 5", in: text))
        #expect(error.message.contains("line \(Self.line(of: "sessions: 4", in: text) ?? 0)"))
    }

    @Test func everyDuplicateKeyIsReportedAndTheRestStillChecked() throws {
        let text = Self.yaml(course: "sessions: 5\nlevel: two\nsessions: 6", venue: "'capacity': 0")
        let errors = Self.errors(text)
        let first = Self.line(of: "sessions: 4", in: text) ?? 0
        let duplicates = errors.filter { $0.message.hasPrefix("duplicate key \"sessions\"") }
        #expect(duplicates.map(\.location.line) == [Self.line(of: "sessions: 5", in: text), Self.line(of: "sessions: 6", in: text)])
        #expect(duplicates.allSatisfy { $0.message.contains("first given on line \(first)") && $0.location.field == "sessions" })
        let capacity = try Self.error("duplicate key \"capacity\"", in: errors)
        #expect(capacity.location.line == Self.line(of: "'capacity': 0", in: text))
        #expect(capacity.location.column == 5)
        // Decoding went on: an error in the same course is found in the same pass.
        #expect(try Self.error("expected a whole number, found \"two\"", in: errors).location.line == Self.line(of: "level: two", in: text))
        #expect(errors.count == 4, "\(errors)")
    }

    @Test func duplicateKeysInJSON() throws {
        let json = """
            {"calendar": {"start": "2023-01-02", "weeks": 1, "slots": ["am"], "weeks": 2},
             "courses": [{"id": "C", "skill": "k3", "sessions": 1, "participants": 5, "mandatory": true}],
             "instructors": [{"id": "I", "skills": {"k3": 1, "k3": 2}}],
             "venues": [
               {"id": "V",
                "capacity": 5,
                "capacity": 6}
             ]}
            """
        let errors = Self.errors(json, file: "dup.json")
        let weeks = try Self.error("duplicate key \"weeks\" (first given on line 1)", in: errors)
        #expect(weeks.location.line == 1 && weeks.location.column == 67)
        #expect(try Self.error("duplicate key \"k3\"", in: errors).location.line == 3)
        #expect(try Self.error("duplicate key \"capacity\" (first given on line 6)", in: errors).location.line == 7)
        #expect(errors.count == 3, "\(errors)")
    }

    @Test func manyDuplicateKeysAreReportedUpToALimit() throws {
        // Each duplicate costs a parse, so after 50 the rest of the file is given up, but the 50 are listed.
        let items = (1...60).map { "  - {id: \"C\($0)\", skill: x, sessions: 1, participants: 1, \"value\": 1, \"value\": 2}" }
        let text = "calendar: {start: 2023-01-02, weeks: 1, slots: [am]}\ncourses:\n" + items.joined(separator: "\n")
            + "\ninstructors: []\nvenues: []\n"
        let errors = Self.errors(text)
        #expect(errors.count == 51)
        #expect(errors.prefix(50).map(\.location.line) == Array(3...52))
        let columns = items.prefix(50).compactMap { item in
            item.range(of: "\"value\"", options: .backwards).map { item.unicodeScalars.distance(from: item.startIndex, to: $0.lowerBound) + 1 }
        }
        #expect(errors.prefix(50).map(\.location.column) == columns)
        #expect(errors.prefix(50).allSatisfy { $0.location.field == "value" })
        let last = try #require(errors.last)
        #expect(last.location.line == 53 && last.message.hasSuffix("(and maybe more: fix these and check again)"))
    }

    @Test func unknownFieldIsReportedAtItsKey() throws {
        // A misspelt block: the error names the key's line, not the line where its value starts.
        let text = Self.yaml().replacingOccurrences(of: "calendar:", with: "calender:")
        let error = try Self.error("unknown field \"calender\" in the scenario settings; did you mean \"calendar\"?", in: Self.errors(text))
        #expect(error.location.line == 1 && error.location.column == 1)
    }

    // MARK: - Ids and references

    @Test func duplicateCourseIds() throws {
        let text = Self.yaml(courses: """
              - id: SEW-1
                skill: sewing
                sessions: 1
                participants: 5
            """)
        let error = try Self.error("duplicate course id \"SEW-1\"", in: Self.errors(text))
        #expect(error.location.line == Self.line(of: "- id: SEW-1", in: text, occurrence: 2))
        #expect(error.location.field == "id")
        #expect(error.message.contains("test.yaml:\(Self.line(of: "- id: SEW-1", in: text) ?? 0)"))
    }

    @Test func duplicateInstructorAndVenueIds() throws {
        let text = Self.yaml(instructors: "  - id: ANI\n    skills: {sewing: 1}", venue: "name: Hall",
                             venues: "  - id: HALL\n    capacity: 5")
        let errors = Self.errors(text)
        let instructor = try Self.error("duplicate instructor id \"ANI\"", in: errors)
        #expect(instructor.location.line == Self.line(of: "- id: ANI", in: text, occurrence: 2))
        let venue = try Self.error("duplicate venue id \"HALL\"", in: errors)
        #expect(venue.location.line == Self.line(of: "- id: HALL", in: text, occurrence: 2))
    }

    @Test func badId() throws {
        let text = Self.yaml(instructors: "  - id: Pak Budi\n    skills: {sewing: 1}")
        let error = try Self.error("\"Pak Budi\" is not an id", in: Self.errors(text))
        #expect(error.location.line == Self.line(of: "Pak Budi", in: text))
        #expect(error.location.field == "id")
    }

    @Test func danglingReferencesSuggestTheClosestId() throws {
        let text = Self.yaml(course: "instructors: [ANI, AMI2]\nvenues:\n  - HALL\n  - HAL")
        let errors = Self.errors(text)
        let instructor = try Self.error("\"AMI2\" is not the id of any instructor; did you mean \"ANI\"?", in: errors)
        #expect(instructor.location.line == Self.line(of: "instructors: [ANI, AMI2]", in: text))
        #expect(instructor.location.column == 24)
        #expect(instructor.location.field == "instructors")
        let venue = try Self.error("\"HAL\" is not the id of any venue; did you mean \"HALL\"?", in: errors)
        #expect(venue.location.line == Self.line(of: "- HAL", in: text, occurrence: 2))
        #expect(errors.count == 2)
    }

    // MARK: - Dates and ranges

    @Test func badDates() throws {
        let text = Self.yaml(course: "earliestStart: 2023-02-30\nlatestEnd: yesterday",
                             instructor: "availableFrom: 2023-13-01")
        let errors = Self.errors(text)
        let feb30 = try Self.error("\"2023-02-30\" is not a date: February 2023 has 28 days, not 30", in: errors)
        #expect(feb30.location.line == Self.line(of: "2023-02-30", in: text))
        #expect(feb30.location.field == "earliestStart")
        let yesterday = try Self.error("expected a date YYYY-MM-DD (or day first: DD/MM/YYYY), found \"yesterday\"", in: errors)
        #expect(yesterday.location.line == Self.line(of: "yesterday", in: text))
        #expect(yesterday.location.field == "latestEnd")
        let month13 = try Self.error("\"2023-13-01\" is not a date: month 13 does not exist", in: errors)
        #expect(month13.location.field == "availableFrom")
    }

    @Test func badCalendarStartAndHolidays() throws {
        let text = Self.yaml(calendar: "holidays: [2023-01-05, 2023-01-12..2023-01-10, soon]")
            .replacingOccurrences(of: "start: 2023-01-02", with: "start: 2023/01/02")
        let errors = Self.errors(text)
        let start = try Self.error("found \"2023/01/02\"", in: errors)
        #expect(start.location.line == 2 && start.location.field == "start")
        let backwards = try Self.error("the range ends before it starts", in: errors)
        #expect(backwards.location.line == 5 && backwards.location.field == "holidays")
        let soon = try Self.error("\"soon\": expected a date YYYY-MM-DD or a range", in: errors)
        #expect(soon.location.line == 5)
    }

    @Test func earliestStartAfterLatestEnd() throws {
        let text = Self.yaml(course: "earliestStart: 2023-01-20\nlatestEnd: 2023-01-10")
        let error = try Self.error("latestEnd 2023-01-10 is before earliestStart 2023-01-20", in: Self.errors(text))
        #expect(error.location.line == Self.line(of: "latestEnd: 2023-01-10", in: text))
        #expect(error.location.field == "latestEnd")
    }

    /// A course whose dates lie wholly outside the calendar (listed for next quarter) is valid, as
    /// an instructor available only later is: a warning, and the plan leaves it out with its reason.
    @Test func aCourseOutsideTheHorizonIsWarnedAndLeftOut() throws {
        // Only a start, after the horizon (02/06/2023 meant as 6 February, read as 2 June): said at the start.
        let alone = Self.yaml(course: "earliestStart: 02/06/2023")
        let loaded = try ScenarioLoader.load(text: alone, file: "test.yaml")
        let start = try #require(loaded.warnings.first { $0.message.hasPrefix("course ") && $0.message.contains("earliestStart") },
                                 "\(loaded.warnings)")
        #expect(start.message.hasSuffix(": earliestStart 2023-06-02 is after the calendar's end 2023-01-29: the course cannot run in "
                                        + "this plan (was it typed month first? Dates are day first: DD/MM/YYYY)"), "\(start.message)")
        #expect(start.location.field == "earliestStart" && start.location.line == Self.line(of: "earliestStart: 02/06/2023", in: alone))
        let (plan, _) = try TrainingPlanner.solve(loaded.scenario, options: MIPOptions(timeLimit: .seconds(10)))
        let course = try #require(plan.courses.first)
        #expect(!course.scheduled && (course.reasons ?? []).contains { $0.contains("2023-06-02") }, "\(course.reasons ?? [])")
        // A YYYY-MM-DD date cannot have been typed month first: no such hint. A latestEnd before the start: said so.
        let iso = try ScenarioLoader.load(text: Self.yaml(course: "earliestStart: 2023-06-02"), file: "test.yaml").warnings
        #expect(iso.contains { $0.message.hasSuffix("earliestStart 2023-06-02 is after the calendar's end 2023-01-29: the course cannot run in this plan") },
                "\(iso.map(\.message))")
        let before = try ScenarioLoader.load(text: Self.yaml(course: "latestEnd: 2022-12-30"), file: "test.yaml").warnings
        #expect(before.contains { $0.message.hasSuffix("latestEnd 2022-12-30 is before the calendar's start 2023-01-02: the course cannot run in this plan") },
                "\(before.map(\.message))")
    }

    @Test func availableUntilBeforeAvailableFrom() throws {
        let text = Self.yaml(instructor: "availableFrom: 2023-01-20\navailableUntil: 2023-01-10")
        let error = try Self.error("availableUntil 2023-01-10 is before availableFrom 2023-01-20", in: Self.errors(text))
        #expect(error.location.line == Self.line(of: "availableUntil:", in: text))
    }

    // MARK: - Ranges of numbers

    @Test func weeksOutOfRange() throws {
        for (weeks, found) in [("0", "0"), ("105", "105"), ("-3", "-3")] {
            let text = Self.yaml().replacingOccurrences(of: "weeks: 4", with: "weeks: \(weeks)")
            let error = try Self.error("must be between 1 and 104, found \(found)", in: Self.errors(text))
            #expect(error.location.line == 3)
            #expect(error.location.field == "weeks")
        }
        let fractional = Self.yaml().replacingOccurrences(of: "weeks: 4", with: "weeks: 2.5")
        #expect(try Self.error("expected a whole number, found \"2.5\"", in: Self.errors(fractional)).location.line == 3)
    }

    @Test func participantsAndSessionsOutOfRange() throws {
        let text = Self.yaml().replacingOccurrences(of: "participants: 10", with: "participants: 0")
            .replacingOccurrences(of: "sessions: 4", with: "sessions: 0")
        let errors = Self.errors(text)
        let participants = try Self.error("must be at least 1, found 0", in: errors.filter { $0.location.field == "participants" })
        #expect(participants.location.line == Self.line(of: "participants: 0", in: text))
        let sessions = try Self.error("must be between 1 and 10000, found 0", in: errors)
        #expect(sessions.location.line == Self.line(of: "sessions: 0", in: text))
        #expect(sessions.location.field == "sessions")
    }

    @Test func sessionLengthLongerThanTheDay() throws {
        let text = Self.yaml(course: "sessionLength: 3")
        let error = try Self.error("must be between 1 and 2, found 3", in: Self.errors(text))
        #expect(error.location.line == Self.line(of: "sessionLength: 3", in: text))
        #expect(error.location.field == "sessionLength")
    }

    @Test func negativeMoneyAndLevels() throws {
        let text = Self.yaml(settings: "budget: -5", course: "value: -1")
            .replacingOccurrences(of: "skills: {sewing: 2}", with: "skills: {sewing: 0}")
        let errors = Self.errors(text)
        #expect(try Self.error("must be at least 0, found -5", in: errors).location.line == 1)
        #expect(try Self.error("must be at least 0, found -1", in: errors).location.field == "value")
        let level = try Self.error("level of \"sewing\" must be a whole number >= 1, found \"0\"", in: errors)
        #expect(level.location.line == Self.line(of: "skills:", in: text))
        #expect(level.location.field == "skills")
    }

    @Test func tooManyOrNoSlots() throws {
        let many = Self.yaml().replacingOccurrences(of: "slots: [am, pm]",
                                                    with: "slots: [\((1...25).map { "s\($0)" }.joined(separator: ", "))]")
        #expect(try Self.error("expected 1 to 24 slot labels, found 25", in: Self.errors(many)).location.line == 4)
        let none = Self.yaml().replacingOccurrences(of: "slots: [am, pm]", with: "slots: []")
        #expect(try Self.error("expected 1 to 24 slot labels, found 0", in: Self.errors(none)).location.line == 4)
        let twice = Self.yaml().replacingOccurrences(of: "slots: [am, pm]", with: "slots: [am, am]")
        #expect(try Self.error("slot label \"am\" is given twice", in: Self.errors(twice)).location.column == 15)
    }

    // MARK: - Weekdays and rhythm

    @Test func impossibleRhythm() throws {
        let text = Self.yaml(course: "weekdays: [mon, wed]\ndaysPerWeek: 3")
        let error = try Self.error("impossible rhythm: 3 days a week but the course may meet on only 2 weekdays (mon wed)",
                                   in: Self.errors(text))
        #expect(error.location.line == Self.line(of: "daysPerWeek: 3", in: text))
        #expect(error.location.field == "daysPerWeek")
        // Against the default weekdays (the five workdays).
        let six = Self.yaml(course: "daysPerWeek: 6")
        #expect(try Self.error("6 days a week but the course may meet on only 5 weekdays", in: Self.errors(six))
            .location.line == Self.line(of: "daysPerWeek: 6", in: six))
        let eight = Self.yaml(course: "daysPerWeek: 8")
        #expect(try Self.error("must be between 1 and 7, found 8", in: Self.errors(eight)).location.field == "daysPerWeek")
    }

    @Test func weekdayThatIsNotAWorkday() throws {
        let text = Self.yaml(course: "weekdays: [mon, sat, sun]")
        let errors = Self.errors(text)
        let error = try Self.error("sat, sun are not a calendar workday", in: errors)
        #expect(error.location.line == Self.line(of: "weekdays:", in: text))
        #expect(error.location.field == "weekdays")
        #expect(errors.count == 1)
    }

    @Test func misspeltWeekday() throws {
        let text = Self.yaml(calendar: "workdays: [mon, tue, wedd]")
        let error = try Self.error("\"wedd\" is not a weekday: use mon tue wed thu fri sat sun (or senin selasa rabu kamis jumat sabtu minggu), separated by \";\" (did you mean \"wed\"?)",
                                   in: Self.errors(text))
        #expect(error.location.line == 5)
        #expect(error.location.column == 24)
        #expect(error.location.field == "workdays")
        let empty = Self.yaml(calendar: "workdays: []")
        #expect(try Self.error("must name at least one weekday", in: Self.errors(empty)).location.line == 5)
    }

    // MARK: - Unavailability

    @Test func badUnavailabilityEntries() throws {
        let text = Self.yaml(instructor: "unavailable: [fri@9, someday, tue@2-1]", venue: "unavailable:\n  - mon@3")
        let errors = Self.errors(text)
        let slot = try Self.error("\"fri@9\": the calendar has 2 slots", in: errors)
        #expect(slot.location.line == Self.line(of: "fri@9", in: text))
        #expect(slot.location.column == 19)
        #expect(slot.location.field == "unavailable")
        let someday = try Self.error("\"someday\": expected a date (2023-02-14 or 14/02/2023), a range (2023-02-13..2023-02-17) or a weekday (fri, jumat)", in: errors)
        #expect(someday.location.line == Self.line(of: "someday", in: text))
        #expect(someday.location.column == 26)
        let reversed = try Self.error("\"tue@2-1\": expected a slot suffix like @2 or @1-2", in: errors)
        #expect(reversed.location.line == Self.line(of: "someday", in: text))
        let venue = try Self.error("\"mon@3\": the calendar has 2 slots", in: errors)
        #expect(venue.location.line == Self.line(of: "- mon@3", in: text))
        #expect(errors.count == 4)
    }

    // MARK: - Required fields and values

    @Test func missingRequiredFields() throws {
        let text = """
            calendar:
              weeks: 4
              slots: [am]
            courses:
              - id: C1
                participants: 3
                value: 10
            instructors:
              - id: I1
            venues:
              - name: Hall
                capacity: 3
            """
        let errors = Self.errors(text)
        let start = try Self.error("missing required field \"start\"", in: errors)
        #expect(start.location.line == 2)
        #expect(start.location.field == "start")
        // The calendar is broken, yet the lists are checked in the same pass: the same errors as with
        // the calendar fixed, plus the calendar's own.
        let fixed = text.replacingOccurrences(of: "  weeks: 4", with: "  start: 2023-01-02\n  weeks: 4")
        let more = Self.errors(fixed)
        #expect(Set(errors.map(\.message)) == Set(more.map(\.message)).union([start.message]))
        #expect(errors.count == more.count + 1)
        for field in ["skill", "sessions"] {
            let error = try Self.error("missing required field \"\(field)\"", in: more)
            #expect(error.location.line == 6, "\(field)")
            #expect(error.location.field == field)
        }
        let skills = try Self.error("missing required field \"skills\"", in: more)
        #expect(skills.location.line == 10)
        let id = try Self.error("missing required field \"id\"", in: more)
        #expect(id.location.line == 12)
        #expect(id.location.field == "id")
        #expect(more.count == 4)
    }

    @Test func brokenCalendarStillChecksTheListsWithoutGuessing() throws {
        // Only the calendar's start is wrong: the lists are checked against its valid parts
        // (2 slots, weekdays mon-fri), and nothing is reported that depends on the unknown start.
        let text = Self.yaml(course: "sessionLength: 3\nweekdays: [sat]\nearliestStart: 2030-01-01\nsesions: 4",
                             instructor: "unavailable: [fri@3]")
            .replacingOccurrences(of: "start: 2023-01-02", with: "start: someday")
        let errors = Self.errors(text)
        #expect(try Self.error("expected a date YYYY-MM-DD (or day first: DD/MM/YYYY), found \"someday\"", in: errors).location.line == 2)
        #expect(try Self.error("must be between 1 and 2, found 3", in: errors).location.field == "sessionLength")
        #expect(try Self.error("sat is not a calendar workday", in: errors).location.field == "weekdays")
        #expect(try Self.error("unknown field \"sesions\"", in: errors).location.line == Self.line(of: "sesions:", in: text))
        #expect(try Self.error("\"fri@3\": the calendar has 2 slots", in: errors).location.field == "unavailable")
        #expect(errors.count == 5, "\(errors)")
        // With an empty calendar only what is known is used: the default workdays (mon-fri) reject sat,
        // but the slot count and the horizon are unknown, so sessionLength, fri@3 and the dates pass.
        let none = Self.yaml(course: "sessionLength: 3\nweekdays: [sat]\nearliestStart: 2030-01-01", instructor: "unavailable: [fri@3]")
            .replacingOccurrences(of: "calendar:\n  start: 2023-01-02\n  weeks: 4\n  slots: [am, pm]\n", with: "calendar: {}\n")
        let lenient = Self.errors(none)
        #expect(lenient.map(\.location.field).sorted { ($0 ?? "") < ($1 ?? "") } == ["slots", "start", "weekdays", "weeks"], "\(lenient)")
    }

    @Test func missingListsAndCalendar() throws {
        let errors = Self.errors("name: nothing else\n")
        #expect(try Self.error("missing required field \"calendar\"", in: errors).location.line == 1)
        for kind in ["courses", "instructors", "venues"] {
            let error = try Self.error("missing the \(kind) list", in: errors)
            #expect(error.location.field == kind)
        }
        #expect(errors.count == 4)
    }

    @Test func nullRequiredFieldIsMissing() throws {
        let text = Self.yaml().replacingOccurrences(of: "skill: sewing", with: "skill: ~")
        let error = try Self.error("missing required field \"skill\"", in: Self.errors(text))
        #expect(error.location.line == Self.line(of: "skill: ~", in: text))
        #expect(error.location.field == "skill")
    }

    @Test func valueMissingWithoutDefaultsIsAnError() throws {
        let text = Self.yaml(defaults: false)
        let errors = Self.errors(text)
        let error = try Self.error("missing: give the course a value, or set defaults.valuePerParticipant, or make it mandatory",
                                   in: errors)
        #expect(error.location.line == Self.line(of: "- id: SEW-1", in: text))
        #expect(error.location.field == "value")
        #expect(errors.count == 1)
    }

    @Test func valueMissingWithoutDefaultsIsZeroForAMandatoryCourse() throws {
        let scenario = try ScenarioLoader.load(text: Self.yaml(course: "mandatory: true", defaults: false)).scenario
        #expect(scenario.courses[0].value == 0)
        #expect(scenario.courses[0].mandatory)
        // With defaults a mandatory course still gets participants * valuePerParticipant.
        let withDefaults = try ScenarioLoader.load(text: Self.yaml(course: "mandatory: true")).scenario
        #expect(withDefaults.courses[0].value == 10_000)
    }

    @Test func emptySkillsAndUnknownSource() throws {
        let text = Self.yaml(instructors: "  - id: BUDI\n    skills: {}\n    source: industy")
        let errors = Self.errors(text)
        let skills = try Self.error("must name at least one skill with its level", in: errors)
        #expect(skills.location.line == Self.line(of: "skills: {}", in: text))
        let source = try Self.error("\"industy\" is not a source: use internal, partner, industry, freelance, candidate (or internal, mitra, industri, lepas, calon); did you mean \"industry\"?", in: errors)
        #expect(source.location.line == Self.line(of: "source: industy", in: text))
        // The report's Indonesian words read as the sources and kinds they name.
        let words = try ScenarioLoader.load(text: Self.yaml(instructors: "  - id: BUDI\n    skills: {sewing: 1}\n    source: Mitra")).scenario
        #expect(words.instructors.first { $0.id == "BUDI" }?.source == .partner)
    }

    @Test func badBooleanAndDecimalMark() throws {
        let text = Self.yaml(settings: "decimalMark: ';'", course: "mandatory: maybe")
        let errors = Self.errors(text)
        let mandatory = try Self.error("expected true/false (or yes/no, ya/tidak, benar/salah, wajib/opsional, 1/0), found \"maybe\"", in: errors)
        #expect(mandatory.location.line == Self.line(of: "mandatory: maybe", in: text))
        let mark = try Self.error("expected \",\" or \".\", found \";\"", in: errors)
        #expect(mark.location.line == 1 && mark.location.field == "decimalMark")
    }

    // MARK: - Several errors at once

    @Test func everyErrorIsReportedAtOnce() throws {
        let text = Self.yaml(course: "sesions: 4\nlevel: two\nweekdays: [sat]", courses: """
              - id: SEW-2
                skill: sewing
                sessions: 2
                participants: none
            """, instructor: "unavailable: [someday]", venue: "capacity: 0")
        let errors = Self.errors(text)
        #expect(errors.count >= 5, "\(errors)")
        let lines = Set(errors.compactMap(\.location.line))
        #expect(lines.count >= 5)
        #expect(lines.contains(Self.line(of: "sesions:", in: text) ?? 0))
        #expect(lines.contains(Self.line(of: "participants: none", in: text) ?? 0))
        #expect(lines.contains(Self.line(of: "someday", in: text) ?? 0))
        #expect(lines.contains(Self.line(of: "level: two", in: text) ?? 0))
        #expect(lines.contains(Self.line(of: "weekdays: [sat]", in: text) ?? 0))
        #expect(errors.allSatisfy { $0.location.file == "test.yaml" })
        // The error's description lists them all with a total.
        do {
            _ = try ScenarioLoader.load(text: text, file: "test.yaml")
            Issue.record("loaded a broken scenario")
        } catch {
            #expect(error.description.hasSuffix("\(errors.count) errors in the scenario"))
            #expect(error.description.contains("test.yaml:\(Self.line(of: "sesions:", in: text) ?? 0):"))
        }
    }

    // MARK: - Broken files

    @Test func brokenYAMLNamesTheLine() throws {
        let text = """
            name: broken
            calendar:
              start: 2023-01-02
              slots: [am, pm
            courses: []
            """
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        let error = try Self.error("not valid YAML/JSON", in: errors)
        #expect(error.location.file == "test.yaml")
        #expect(error.location.line == 5)
        let badIndent = "calendar:\n  start: 2023-01-02\n weeks: 4\n"
        let indent = try Self.error("not valid YAML/JSON", in: Self.errors(badIndent))
        #expect(indent.location.line == 3)
    }

    @Test func tabIndentationIsReported() throws {
        let text = "calendar:\n\tstart: 2023-01-02\n"
        let error = try Self.error("not valid YAML/JSON", in: Self.errors(text))
        #expect(error.location.line == 2)
    }

    @Test func brokenJSONFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("plan-in.json", """
            {
              "name": "broken",
              "calendar": {"start": "2023-01-02", "weeks": 1, "slots": ["am"]}
              "courses": [],
              "instructors": [],
              "venues": []
            }
            """)
        let errors = Self.errors(path: path)
        #expect(errors.count == 1)
        let error = try Self.error("not valid YAML/JSON", in: errors)
        #expect(error.location.file == path)
        #expect(error.location.line == 4)
    }

    @Test func validJSONFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("tiny.json", """
            {"calendar": {"start": "2023-01-02", "weeks": 1, "slots": ["am"]},
             "courses": [{"id": "C", "skill": "k3", "sessions": 1, "participants": 5, "value": 1e6}],
             "instructors": [{"id": "I", "skills": {"k3": 1}}],
             "venues": [{"id": "V", "capacity": 5}]}
            """)
        let scenario = try ScenarioLoader.load(path: path).scenario
        #expect(scenario.name == "tiny")
        #expect(scenario.courses[0].value == 1_000_000)
    }

    @Test func emptyFiles() throws {
        let folder = try TemporaryFolder()
        for (name, text) in [("empty.yaml", ""), ("blank.yaml", "  \n\n"), ("bom.yaml", "\u{FEFF}\n")] {
            let path = try folder.write(name, text)
            let errors = Self.errors(path: path)
            #expect(errors.count == 1, "\(name)")
            let error = try Self.error("the file is empty", in: errors)
            #expect(error.location.file == path)
            #expect(error.location.line == 1)
        }
        let comments = try folder.write("comments.yml", "# nothing here yet\n")
        #expect(try Self.error("the file is empty", in: Self.errors(path: comments)).location.line == 1)
        #expect(try Self.error("the file is empty", in: Self.errors("")).location.line == 1)
    }

    @Test func binaryFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("image.yaml", data: Data("name: x\ncalendar:\n".utf8) + Data([0x89, 0x50, 0x00, 0x01, 0x0A]))
        let errors = Self.errors(path: path)
        #expect(errors.count == 1)
        let error = try Self.error("not a text file (binary data at byte 21)", in: errors)
        #expect(error.location.file == path)
        #expect(error.location.line == 3)
    }

    @Test func nonUTF8File() throws {
        let folder = try TemporaryFolder()
        // "name: Café" saved as Latin-1.
        let path = try folder.write("latin1.yaml", data: Data("name: Caf".utf8) + Data([0xE9, 0x0A]))
        let errors = Self.errors(path: path)
        #expect(errors.count == 1)
        let error = try Self.error("not UTF-8 text (byte 0xE9): save the file as UTF-8", in: errors)
        #expect(error.location.file == path)
        #expect(error.location.line == 1)
    }

    /// The line of the first byte that is not UTF-8, not line 1 (a black-box tester's case).
    @Test func nonUTF8ByteIsFoundOnItsLine() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("latin1.yaml", data: Data("name: x\r\ncurrency: IDR\r\n# Caf".utf8) + Data([0xE9, 0x0A]))
        let error = try Self.error("not UTF-8 text (byte 0xE9)", in: Self.errors(path: path))
        #expect(error.location.line == 3)
    }

    @Test func missingFileAndWrongExtension() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("nowhere.yaml").path
        #expect(try Self.error("no such file or folder", in: Self.errors(path: missing)).location.file == missing)
        let text = try folder.write("scenario.txt", Self.yaml())
        #expect(try Self.error("expected a .json, .yaml or .yml file", in: Self.errors(path: text)).location.file == text)
        let empty = try TemporaryFolder()
        #expect(try Self.error("the folder has no scenario.yaml", in: Self.errors(path: empty.path)).location.file == empty.path)
    }

    @Test func yamlFileWithUTF8BOMAndCRLF() throws {
        let folder = try TemporaryFolder()
        let unix = Self.yaml(course: "sesions: 4")
        let path = try folder.write("windows.yaml", "\u{FEFF}" + unix.replacingOccurrences(of: "\n", with: "\r\n"))
        let error = try Self.error("unknown field \"sesions\"", in: Self.errors(path: path))
        #expect(error.location.line == Self.line(of: "sesions:", in: unix))
        #expect(error.location.line == 12)
        #expect(error.location.column == 5)
        #expect(try ScenarioLoader.load(path: folder.write("ok.yaml", "\u{FEFF}" + Self.yaml())).scenario.courses.count == 1)
    }

    // MARK: - Folder with CSV files

    @Test func csvFolderWithCommas() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings)
        try folder.write("courses.csv", """
            id,title,skill,level,sessions,participants,value,weekdays,equipment,mandatory,socialSecurity,instructors
            SEW-1,"Sewing, basic",sewing,2,4,10,"1,500,000",mon;wed,sewing-machines;Table,ya,tidak,ANI
            SEW-2,,sewing,,2,8,,,,yes,1,
            SEW-3,Extra,sewing,,2,8,2500.5,"mon, tue",,No,0,

            """)
        try folder.write("instructors.csv", """
            id,name,skills,feePerSlot,unavailable,maxSlotsPerWeek
            ANI,Ani,sewing:3;batik:2,"100,000.00",fri@2;2023-01-10,
            BUDI,,"batik:1, sewing:1",,,4
            """)
        try folder.write("venues.csv", """
            id,capacity,equipment,costPerSlot
            HALL,20,sewing-machines;table,Rp 50000
            """)
        let loaded = try ScenarioLoader.load(path: folder.path)
        let scenario = loaded.scenario
        #expect(scenario.name == "CSV pilot")
        #expect(scenario.courses.map(\.id) == ["SEW-1", "SEW-2", "SEW-3"])
        let first = scenario.courses[0]
        #expect(first.title == "Sewing, basic")
        #expect(first.level == 2)
        #expect(first.value == 1_500_000)
        #expect(first.weekdays == [.mon, .wed])
        #expect(first.equipment == ["sewing-machines", "table"])
        #expect(first.mandatory && !first.socialSecurity)
        #expect(first.instructors == ["ANI"])
        let second = scenario.courses[1]
        #expect(second.title == "SEW-2" && second.level == 1 && second.value == 8000)
        #expect(second.weekdays == [.mon, .tue, .wed, .thu, .fri])
        #expect(second.mandatory && second.socialSecurity)
        #expect(second.instructors.isEmpty)
        let third = scenario.courses[2]
        #expect(third.value == 2500.5 && !third.mandatory && !third.socialSecurity)
        #expect(third.weekdays == [.mon, .tue])
        let ani = try #require(scenario.instructor("ANI"))
        #expect(ani.skills == ["sewing": 3, "batik": 2])
        #expect(ani.feePerSlot == 100_000)
        #expect(ani.unavailable.map(\.description) == ["fri@2", "2023-01-10"])
        #expect(ani.maxSlotsPerWeek == nil)
        let budi = try #require(scenario.instructor("BUDI"))
        #expect(budi.name == "BUDI" && budi.skills == ["batik": 1, "sewing": 1] && budi.maxSlotsPerWeek == 4)
        #expect(scenario.venues[0].costPerSlot == 50_000)
        #expect(scenario.venues[0].equipment == ["sewing-machines", "table"])
    }

    /// A scenario folder: the settings and the three lists as CSV text.
    static func csvFolder(courses: String, instructors: String, venues: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings)
        try folder.write("courses.csv", courses)
        try folder.write("instructors.csv", instructors)
        try folder.write("venues.csv", venues)
        return folder
    }

    @Test func csvFolderNameDefaultsToTheFolderName() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings.replacingOccurrences(of: "name: CSV pilot\n", with: ""))
        try folder.write("courses.csv", "id,skill,sessions,participants\nC1,sewing,1,5\n")
        try folder.write("instructors.csv", "id,skills\nI1,sewing:1\n")
        try folder.write("venues.csv", "id,capacity\nV1,5\n")
        #expect(try ScenarioLoader.load(path: folder.path).scenario.name == folder.url.lastPathComponent)
    }

    @Test func csvWithSemicolonsAndIndonesianNumbers() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings)
        try folder.write("courses.csv", """
            id;skill;sessions;participants;value;weekdays;mandatory
            SEW-1;sewing;4;10;Rp 150.000;mon,wed;TIDAK
            SEW-2;sewing;2;1.000;1.234.567,5;"mon;tue";Ya

            """)
        try folder.write("instructors.csv", """
            id;skills;feePerSlot;engagementCost
            ANI;"sewing:3;batik:2";1,5;Rp. 2.500.000
            """)
        try folder.write("venues.csv", "id;capacity;costPerSlot\nHALL;2.000;IDR 75.000,25\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses[0].value == 150_000)
        #expect(scenario.courses[0].weekdays == [.mon, .wed])
        #expect(!scenario.courses[0].mandatory)
        #expect(scenario.courses[1].participants == 1000)
        #expect(scenario.courses[1].value == 1_234_567.5)
        #expect(scenario.courses[1].weekdays == [.mon, .tue])
        #expect(scenario.courses[1].mandatory)
        #expect(scenario.instructors[0].skills == ["sewing": 3, "batik": 2])
        #expect(scenario.instructors[0].feePerSlot == 1.5)
        #expect(scenario.instructors[0].engagementCost == 2_500_000)
        #expect(scenario.venues[0].capacity == 2000)
        #expect(scenario.venues[0].costPerSlot == 75_000.25)
    }

    @Test func csvNumberInTheWrongStyleIsExplained() throws {
        let folder = try Self.csvFolder(courses: "id;skill;sessions;participants;value\nSEW-1;sewing;4;10;1,500,000\n",
                                        instructors: "id;skills\nANI;sewing:1\n", venues: "id;capacity\nHALL;20\n")
        let errors = Self.errors(path: folder.path)
        let error = try Self.error("found \"1,500,000\" (in this file \".\" groups thousands and \",\" is the decimal mark)", in: errors)
        #expect(error.location.file == folder.url.lastPathComponent + "/courses.csv")
        #expect(error.location.line == 2)
        #expect(error.location.column == 5)
        #expect(error.location.field == "value")
    }

    /// A `,` CSV with no `decimalMark` reads an amount grouped the Indonesian way as YAML does
    /// (`1.500.000`, `"1.500.000,50"`); only one mark before three digits stays ambiguous.
    @Test func commaCSVReadsIndonesianGroupingAsYAMLDoes() throws {
        let folder = try Self.csvFolder(courses: "id,skill,sessions,participants,value\nC1,sewing,1,5,1.500.000\nC2,sewing,1,5,\"1.500.000,50\"\n",
                                        instructors: "id,skills,feePerSlot\nANI,sewing:1,75000.5\n", venues: "id,capacity\nHALL,20\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.map(\.value) == [1_500_000, 1_500_000.5])
        #expect(scenario.instructors[0].feePerSlot == 75_000.5)
        try folder.write("courses.csv", "id,skill,sessions,participants,value\nC1,sewing,1,5,250.000\n")
        #expect(try Self.error("ambiguous", in: Self.errors(path: folder.path)).location.line == 2)
        // A lone "," stays this file's thousands mark: "1,5" is no number here, as before.
        try folder.write("courses.csv", "id,skill,sessions,participants,value\nC1,sewing,1,5,\"1,5\"\n")
        #expect(try Self.error("found \"1,5\"", in: Self.errors(path: folder.path)).location.line == 2)
    }

    /// A note typed beside the table, under a column with no name, is an error (as in a workbook),
    /// not dropped unseen; an empty unnamed column (a trailing delimiter) is fine.
    @Test func csvValueUnderAColumnWithNoNameIsAnError() throws {
        let folder = try Self.csvFolder(courses: "id;skill;sessions;participants;\nSEW-1;sewing;4;10;\nSEW-2;sewing;2;8;batal\n",
                                        instructors: "id;skills\nANI;sewing:1\n", venues: "id;capacity\nHALL;20\n")
        let errors = Self.errors(path: folder.path)
        let error = try Self.error("a value in column 5, which has no field name in the header row", in: errors)
        #expect(error.location.line == 3)
        #expect(error.location.column == 5)
        #expect(errors.count == 1, "\(errors.map(\.message))")
    }

    /// A row one cell wider than the others, its last cell empty: an unquoted `1,200` (capacity 1 and
    /// equipment "200" when the empty cell was dropped), an error; a trailing delimiter on every row is fine.
    @Test func csvRowWiderThanTheOthersIsAnError() throws {
        let venues = "id,name,capacity,equipment\nHALL,Hall,40,\nAULA,Aula BLK,1,200,\n"
        let folder = try Self.csvFolder(courses: "id,skill,sessions,participants\nSEW-1,sewing,4,30\n",
                                        instructors: "id,skills\nANI,sewing:1\n", venues: venues)
        let errors = Self.errors(path: folder.path)
        let error = try Self.error("expected 4 cells as in the header, found 5", in: errors)
        #expect(error.location.line == 3 && errors.count == 1, "\(errors.map(\.message))")
        let padded = try Self.csvFolder(courses: "id,skill,sessions,participants\nSEW-1,sewing,4,30,\n",
                                        instructors: "id,skills\nANI,sewing:1,\n", venues: "id,capacity,equipment\nHALL,40,,\nAULA,1200,,\n")
        let scenario = try ScenarioLoader.load(path: padded.path).scenario
        #expect(scenario.venues.map(\.capacity) == [40, 1200])
    }

    /// `sewing:2;Sewing:3` was read as level 3 without a word: which level was meant is the planner's call.
    @Test func aSkillAtTwoLevelsIsAnError() throws {
        let folder = try Self.csvFolder(courses: "id,skill,sessions,participants\nSEW-1,sewing,4,30\n",
                                        instructors: "id,skills\nANI,sewing:2;Sewing:3;k3:1\nBUDI,sewing:2;sewing:2\n",
                                        venues: "id,capacity\nHALL,40\n")
        let errors = Self.errors(path: folder.path)
        let error = try Self.error("skill \"sewing\" is given twice, at levels 2 and 3", in: errors)
        #expect(error.location.line == 2 && errors.count == 1, "\(errors.map(\.message))")
    }

    @Test func csvWithTabsBOMAndCRLF() throws {
        let folder = try Self.csvFolder(courses: "\u{FEFF}id\tskill\tsessions\tparticipants\tvalue\r\nSEW-1\tsewing\t4\t10\t1,500.5\r\n\r\nSEW-2\tsewing\t2\t5\t\r\n",
                                        instructors: "\u{FEFF}id\tskills\r\nANI\tsewing:2\r\n", venues: "id\tcapacity\tequipment\r\nHALL\t20\ta;b\r\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.map(\.id) == ["SEW-1", "SEW-2"])
        #expect(scenario.courses[0].value == 1500.5)
        #expect(scenario.courses[1].value == 5000)
        #expect(scenario.instructors[0].id == "ANI")
        #expect(scenario.venues[0].equipment == ["a", "b"])
    }

    /// Excel's "Unicode Text" is UTF-16 (little-endian, with a byte-order mark) and tab-separated.
    @Test func csvInUTF16IsRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings)
        func utf16(_ text: String, bigEndian: Bool) -> Data {
            let units = text.utf16.map { bigEndian ? $0.bigEndian : $0.littleEndian }
            return Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) + units.withUnsafeBufferPointer { Data(buffer: $0) }
        }
        try folder.write("courses.csv", data: utf16("id\ttitle\tskill\tsessions\tparticipants\tvalue\r\nJAHIT-1\tJahit – dasar\tsewing\t4\t10\tRp 1.500.000\r\n", bigEndian: false))
        try folder.write("instructors.csv", data: utf16("id\tskills\r\nANI\tsewing:2\r\n", bigEndian: true))
        try folder.write("venues.csv", "id\tcapacity\r\nHALL\t20\r\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.map(\.id) == ["JAHIT-1"])
        #expect(scenario.courses[0].title == "Jahit – dasar")
        #expect(scenario.courses[0].value == 1_500_000)
        #expect(scenario.instructors.map(\.id) == ["ANI"])
    }

    @Test func csvLinesAfterTheBOMAndBlankRowsAreCounted() throws {
        let folder = try Self.csvFolder(courses: "\u{FEFF}id,skill,sessions,participants\r\nSEW-1,sewing,4,10\r\n\r\nSEW-2,sewing,many,5\r\n",
                                        instructors: "id,skills\nANI,sewing:1\n", venues: "id,capacity\nHALL,20\n")
        let error = try Self.error("expected a whole number, found \"many\"", in: Self.errors(path: folder.path))
        #expect(error.location.line == 4)
        #expect(error.location.column == 3)
        #expect(error.location.field == "sessions")
    }

    @Test func crlfFileFindsItsDelimiterFromTheHeaderRowOnly() throws {
        // The header has one comma; the rows hold more semicolons (in list cells) than commas.
        let folder = try Self.csvFolder(courses: "id,skill,sessions,participants\r\nSEW-1,sewing,4,10\r\n",
                                        instructors: "id,skills\r\nANI,sewing:3;batik:2;k3:1\r\nBUDI,sewing:1;batik:1;k3:1\r\n", venues: "id,capacity\r\nHALL,20\r\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.instructors.map(\.id) == ["ANI", "BUDI"])
        #expect(scenario.instructors[0].skills == ["sewing": 3, "batik": 2, "k3": 1])
    }

    @Test func csvQuotedCellsWithDelimiterAndNewline() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings)
        try folder.write("courses.csv", """
            id,title,skill,sessions,participants
            SEW-1,"Sewing, part 1
            (two lines, with ""quotes"")",sewing,4,10
            SEW-2,"Sewing, part 2",sewing,2,x
            SEW-3,"A
            B
            C",sewing,2,5
            SEW-4,plain,sewing,y,5

            """)
        try folder.write("instructors.csv", "id,skills\nANI,sewing:1\n")
        try folder.write("venues.csv", "id,capacity\nHALL,20\n")
        let errors = Self.errors(path: folder.path)
        #expect(errors.count == 2)
        let participants = try Self.error("found \"x\"", in: errors)
        #expect(participants.location.line == 4)
        #expect(participants.location.column == 5)
        let sessions = try Self.error("found \"y\"", in: errors)
        #expect(sessions.location.line == 8)
        #expect(sessions.location.field == "sessions")

        try folder.write("courses.csv", "id,title,skill,sessions,participants\r\nSEW-1,\"Two\r\nlines\",sewing,4,10\r\nSEW-2,ok,sewing,2,x\r\n")
        let crlf = try Self.error("found \"x\"", in: Self.errors(path: folder.path))
        #expect(crlf.location.line == 4)

        try folder.write("courses.csv", "id,title,skill,sessions,participants\nSEW-1,\"Sewing, part 1\nline two\",sewing,4,10\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses[0].title == "Sewing, part 1\nline two")
    }

    @Test func csvRowWithTheWrongNumberOfCells() throws {
        let folder = try Self.csvFolder(courses: "id,skill,sessions,participants\nSEW-1,sewing,4,10\nSEW-2,sewing,4\nSEW-3,sewing,4,10,extra\n",
                                        instructors: "id,skills\nANI,sewing:1\n", venues: "id,capacity\nHALL,20\n")
        let errors = Self.errors(path: folder.path)
        #expect(errors.count == 2)
        let short = try Self.error("expected 4 cells as in the header, found 3", in: errors)
        #expect(short.location.file == folder.url.lastPathComponent + "/courses.csv")
        #expect(short.location.line == 3)
        let long = try Self.error("expected 4 cells as in the header, found 5", in: errors)
        #expect(long.location.line == 4)
    }

    @Test func csvErrorsNameFileLineColumnAndField() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings)
        try folder.write("courses.csv", """
            id,skill,sesions,participants,instructors
            SEW-1,sewing,4,10,ANI;BDUI
            SEW-1,sewing,4,10,
            """)
        try folder.write("instructors.csv", "id,skills,capacity\nANI,sewing:1,\nBUDI,sewing;batik:2,\nANI,sewing:1,\n")
        try folder.write("venues.csv", "id,capacity\nHALL,20\n")
        let errors = Self.errors(path: folder.path)
        let courses = folder.url.lastPathComponent + "/courses.csv"
        let instructors = folder.url.lastPathComponent + "/instructors.csv"
        let unknown = try Self.error("unknown column \"sesions\": not a field of a course; did you mean \"sessions\"?", in: errors)
        #expect(unknown.location.file == courses)
        #expect(unknown.location.line == 1)
        #expect(unknown.location.column == 3)
        #expect(unknown.location.field == "sesions")
        #expect(!errors.contains { $0.message.contains("missing required") })
        let dangling = try Self.error("\"BDUI\" is not the id of any instructor; did you mean \"BUDI\"?", in: errors)
        #expect(dangling.location.file == courses && dangling.location.line == 2 && dangling.location.column == 5)
        let capacity = try Self.error("unknown column \"capacity\": not a field of an instructor", in: errors)
        #expect(capacity.location.file == instructors && capacity.location.line == 1 && capacity.location.column == 3)
        let skill = try Self.error("\"sewing\": expected skill:level, e.g. garment-mechanic:3", in: errors)
        #expect(skill.location.file == instructors && skill.location.line == 3 && skill.location.field == "skills")
        let duplicate = try Self.error("duplicate instructor id \"ANI\"", in: errors)
        // The id cells: line and column, in a workbook the cell (courses!A3, not the row 3:3).
        #expect(duplicate.location.file == instructors && duplicate.location.line == 4 && duplicate.location.column == 1)
        #expect(duplicate.message.contains("(first used at \(instructors):2:1)"))
    }

    @Test func csvDuplicateCourseIdsAndHeaderColumns() throws {
        let folder = try Self.csvFolder(courses: "id,skill,sessions,participants\nSEW-1,sewing,4,10\nSEW-1,sewing,2,10\n",
                                        instructors: "id,skills,skills\nANI,sewing:1,sewing:2\n", venues: "id,capacity\nHALL,20\n")
        let errors = Self.errors(path: folder.path)
        let course = try Self.error("duplicate course id \"SEW-1\"", in: errors)
        #expect(course.location.file == folder.url.lastPathComponent + "/courses.csv" && course.location.line == 3)
        let column = try Self.error("column given twice in the header", in: errors)
        #expect(column.location.line == 1 && column.location.column == 3 && column.location.field == "skills")
    }

    @Test func csvBrokenOrEmpty() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings)
        try folder.write("courses.csv", "")
        try folder.write("instructors.csv", data: Data("id,skills\nANI,".utf8) + Data([0, 0]))
        try folder.write("venues.csv", data: Data("id,capacity\nHALL,20\nSAL\u{F3}N,5\n".utf8.map { $0 }.prefix(22)) + Data([0xF3, 0x4E, 0x2C, 0x35, 0x0A]))
        let errors = Self.errors(path: folder.path)
        let name = folder.url.lastPathComponent
        #expect(try Self.error("the file is empty", in: errors).location.file == name + "/courses.csv")
        let binary = try Self.error("not a text file", in: errors)
        #expect(binary.location.file == name + "/instructors.csv" && binary.location.line == 2)
        // Excel's "CSV (Comma delimited)" in Windows-1252: read so, with a warning on the line of the first ó.
        let latin = try #require(Self.diagnostics(path: folder.path).first { $0.message.contains("read as Windows-1252") })
        #expect(latin.severity == .warning && latin.location.file == name + "/venues.csv" && latin.location.line == 3)
        #expect(try Self.error("\"SA\u{F3}N\" is not an id", in: errors).location.line == 3)
        #expect(errors.count == 3)
    }

    @Test func csvBooleans() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings)
        let cells = ["ya", "YA", "yes", "Yes", "true", "TRUE", "1", "tidak", "Tidak", "no", "NO", "false", "False", "0", ""]
        try folder.write("courses.csv", "id,skill,sessions,participants,mandatory\n"
                         + cells.enumerated().map { "C\($0.offset),sewing,1,5,\($0.element)" }.joined(separator: "\n"))
        try folder.write("instructors.csv", "id,skills\nANI,sewing:1\n")
        try folder.write("venues.csv", "id,capacity\nHALL,20\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.map(\.mandatory) == [true, true, true, true, true, true, true,
                                                       false, false, false, false, false, false, false, false])

        // BENAR/SALAH, as an Indonesian spreadsheet exports TRUE/FALSE cells.
        try folder.write("courses.csv", "id,skill,sessions,participants,mandatory\nC1,sewing,1,5,BENAR\nC2,sewing,1,5,Salah\n")
        #expect(try ScenarioLoader.load(path: folder.path).scenario.courses.map(\.mandatory) == [true, false])
        try folder.write("courses.csv", "id,skill,sessions,participants,mandatory\nC1,sewing,1,5,betul\n")
        let error = try Self.error("found \"betul\"", in: Self.errors(path: folder.path))
        #expect(error.location.line == 2 && error.location.field == "mandatory")
    }

    @Test func listGivenBothInlineAndAsCSV() throws {
        let folder = try TemporaryFolder()
        let settings = Self.folderSettings + "\nvenues:\n  - id: HALL\n    capacity: 20\n"
        try folder.write("scenario.yaml", settings)
        try folder.write("courses.csv", "id,skill,sessions,participants\nC1,sewing,1,5\n")
        try folder.write("instructors.csv", "id,skills\nANI,sewing:1\n")
        try folder.write("venues.csv", "id,capacity\nHALL,20\n")
        let errors = Self.errors(path: folder.path)
        #expect(errors.count == 1)
        let error = try Self.error("venues are given both here and in venues.csv: keep one", in: errors)
        #expect(error.location.file == folder.url.lastPathComponent + "/scenario.yaml")
        #expect(error.location.line == Self.line(of: "- id: HALL", in: settings))
        #expect(error.location.field == "venues")
    }

    @Test func folderMixesInlineListsAndCSV() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings + "\ninstructors:\n  - id: ANI\n    skills: {sewing: 1}\nvenues: [{id: HALL, capacity: 20}]\n")
        try folder.write("courses.csv", "id,skill,sessions,participants\nC1,sewing,1,5\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.count == 1 && scenario.instructors.count == 1 && scenario.venues.count == 1)
        // Without CSV nor inline list, the missing list is named.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("courses.csv"))
        let error = try Self.error("missing the courses list (inline, or as courses.csv in a folder)", in: Self.errors(path: folder.path))
        #expect(error.location.file == folder.url.lastPathComponent + "/scenario.yaml")
    }

    @Test func decimalMarkOverrideAppliesToEveryCSV() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.yaml", Self.folderSettings + "\ndecimalMark: \",\"\n")
        // Comma-delimited files whose numbers are written the Indonesian way (quoted where they hold a comma).
        try folder.write("courses.csv", "id,skill,sessions,participants,value\nC1,sewing,1,5,\"1.500.000,5\"\nC2,sewing,1,5,150.000\n")
        try folder.write("instructors.csv", "id,skills,feePerSlot\nANI,sewing:1,\"2,25\"\n")
        try folder.write("venues.csv", "id;capacity;costPerSlot\nHALL;1.000;Rp 10.000\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.courses.map(\.value) == [1_500_000.5, 150_000])
        #expect(scenario.instructors[0].feePerSlot == 2.25)
        #expect(scenario.venues[0].capacity == 1000)
        #expect(scenario.venues[0].costPerSlot == 10_000)

        // And "." makes a ;-delimited file read numbers the English way.
        try folder.write("scenario.yaml", Self.folderSettings + "\ndecimalMark: \".\"\n")
        try folder.write("courses.csv", "id,skill,sessions,participants,value\nC1,sewing,1,5,\nC2,sewing,1,5,150.000\n")
        try folder.write("instructors.csv", "id,skills,feePerSlot\nANI,sewing:1,\"2,250.5\"\n")
        let english = try ScenarioLoader.load(path: folder.path).scenario
        #expect(english.courses.map(\.value) == [5000, 150])
        #expect(english.instructors[0].feePerSlot == 2250.5)
        #expect(english.venues[0].capacity == 1)
        #expect(english.venues[0].costPerSlot == 10_000)   // "Rp 10.000": the rupiah label is always Indonesian
        try folder.write("courses.csv", "id,skill,sessions,participants,value\nC1,sewing,1,5,\"1.500.000,5\"\n")
        #expect(try Self.error("expected an amount of money", in: Self.errors(path: folder.path)).location.line == 2)
    }

    @Test func folderWithJSONSettings() throws {
        let folder = try TemporaryFolder()
        try folder.write("scenario.json", #"{"calendar": {"start": "2023-01-02", "weeks": 2, "slots": ["am"]}, "defaults": {"valuePerParticipant": 10}}"#)
        try folder.write("courses.csv", "id,skill,sessions,participants\nC1,sewing,1,5\n")
        try folder.write("instructors.csv", "id,skills\nANI,sewing:1\n")
        try folder.write("venues.csv", "id,capacity\nHALL,20\n")
        let scenario = try ScenarioLoader.load(path: folder.path).scenario
        #expect(scenario.calendar.weeks == 2)
        #expect(scenario.courses[0].value == 50)
    }

    // MARK: - Warnings

    @Test func skillNobodyHasIsAWarningWithSuggestion() throws {
        let text = Self.yaml().replacingOccurrences(of: "skill: sewing", with: "skill: Sewng")
        let loaded = try ScenarioLoader.load(text: text)
        let warning = try #require(loaded.warnings.first { $0.message.contains("no instructor has the skill \"sewng\"") },
                                   "\(loaded.warnings)")
        #expect(warning.severity == .warning)
        #expect(warning.message == "course SEW-1: no instructor has the skill \"sewng\" (did you mean \"sewing\"?)")
        #expect(warning.location.line == Self.line(of: "skill: Sewng", in: text))   // the field's own line
        #expect(warning.location.field == "skill")
        // The only instructor now teaches nothing.
        let unused = try #require(loaded.warnings.first { $0.message.contains("instructor ANI: no course can use them") })
        #expect(unused.location.line == Self.line(of: "skills: {sewing: 2}", in: text))
        #expect(unused.location.field == "skills")
    }

    @Test func equipmentNobodyHasIsAWarning() throws {
        let text = Self.yaml(course: "equipment: [Projektor]", venue: "equipment: [projector, whiteboard]")
        let loaded = try ScenarioLoader.load(text: text)
        let warning = try #require(loaded.warnings.first { $0.location.field == "equipment" }, "\(loaded.warnings)")
        #expect(warning.message == "course SEW-1: no venue has the equipment \"projektor\" (did you mean \"projector\"?)")
        #expect(warning.location.line == Self.line(of: "equipment: [Projektor]", in: text))
        #expect(loaded.warnings.count == 1)
    }

    @Test func instructorNoCourseCanUseIsAWarning() throws {
        let text = Self.yaml(course: "level: 2",
                             instructors: "  - id: JOKO\n    skills: {welding: 2, sewing: 1}")
        let loaded = try ScenarioLoader.load(text: text)
        #expect(loaded.warnings.count == 1, "\(loaded.warnings.map(\.message))")
        let warning = try #require(loaded.warnings.first)
        #expect(warning.message.contains("instructor JOKO: no course can use them"))
        #expect(warning.location.line == Self.line(of: "skills: {welding: 2, sewing: 1}", in: text))
        #expect(warning.severity == .warning)
    }

    @Test func courseNobodyCanServeIsAWarning() throws {
        let text = Self.yaml(course: "level: 3\nsessions: 40", venue: "name: Small room")
            .replacingOccurrences(of: "    sessions: 4\n", with: "")
            .replacingOccurrences(of: "capacity: 20", with: "capacity: 8")
        let loaded = try ScenarioLoader.load(text: text)
        let messages = loaded.warnings.map(\.message)
        #expect(messages.contains("course SEW-1: no instructor has sewing at level 3 or more"), "\(messages)")
        #expect(messages.contains("course SEW-1: no venue seats 10 with all its equipment"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("course SEW-1: 40 sessions on 5 day(s) a week do not fit between 2023-01-02 and 2023-01-29") })
    }

    @Test func warningsInCSVNameTheirFileAndRow() throws {
        let folder = try Self.csvFolder(courses: "id,skill,sessions,participants\nC1,sewing,1,5\nC2,batk,1,5\n",
                                        instructors: "id,skills\nANI,sewing:1;batik:1\nJOKO,welding:1\n", venues: "id,capacity\nHALL,20\n")
        let loaded = try ScenarioLoader.load(path: folder.path)
        let skill = try #require(loaded.warnings.first { $0.message.contains("\"batk\"") })
        #expect(skill.message.contains("did you mean \"batik\"?"))
        #expect(skill.location.file == folder.url.lastPathComponent + "/courses.csv")
        #expect(skill.location.line == 3)
        let joko = try #require(loaded.warnings.first { $0.message.contains("instructor JOKO") })
        #expect(joko.location.file == folder.url.lastPathComponent + "/instructors.csv")
        #expect(joko.location.line == 3)
    }

    @Test func indonesianMoneyInYAMLIsReadOrCalledAmbiguous() throws {
        let good = Self.yaml(settings: "budget: Rp 150.000", instructor: "feePerSlot: \"Rp 1.250.000,50\"")
        let scenario = try ScenarioLoader.load(text: good).scenario
        #expect(scenario.budget == 150_000)
        #expect(scenario.instructors[0].feePerSlot == 1_250_000.5)
        let bare = Self.yaml(course: "value: 150.000")
        let error = try Self.error("\"150.000\" is ambiguous", in: Self.errors(bare))
        #expect(error.location.line == Self.line(of: "value: 150.000", in: bare))
        #expect(error.message.contains("write 150000"))
        // A plain decimal stays a decimal.
        #expect(try ScenarioLoader.load(text: Self.yaml(course: "value: 150.5")).scenario.courses[0].value == 150.5)
    }

    /// `{ ..., value: Rp 1.500.000,- }`: YAML ends the value at the comma and reads "-" as a key;
    /// the error says to quote the amount rather than suggest a field name.
    @Test func anAmountCutAtItsCommaInsideBracesSaysToQuoteIt() throws {
        let text = Self.yaml(courses: "  - {id: SEW-2, skill: sewing, sessions: 2, participants: 5, value: Rp 1.500.000,-}")
        let error = try Self.error("unknown field \"-\"", in: Self.errors(text))
        #expect(error.message.contains("must be quoted"), "\(error)")
        #expect(!error.message.contains("did you mean"), "\(error)")
    }

    @Test func tagsCompareCaseInsensitivelyAfterTrimming() throws {
        let text = Self.yaml(course: "equipment: [' Mesin Jahit ']", venue: "equipment: [mesin jahit]")
            .replacingOccurrences(of: "skill: sewing", with: "skill: ' SEWING'")
        let loaded = try ScenarioLoader.load(text: text)
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.scenario.courses[0].skill == "sewing")
        #expect(loaded.scenario.courses[0].equipment == ["mesin jahit"])
    }
}
