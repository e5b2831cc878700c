import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// RFC 5545 details that calendar apps are strict about, and session times in the scenario's zone.
@Suite struct ICalendarTests {
    /// Physical lines of a calendar, with their CRLF checked and removed.
    static func physicalLines(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        var lines: [String] = [], start = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0A {
                #expect(i > 0 && bytes[i - 1] == 0x0D, "bare LF at byte \(i)")
                lines.append(String(decoding: bytes[start..<(i - 1)], as: UTF8.self))
                start = i + 1
            }
            i += 1
        }
        #expect(start == bytes.count, "the last line ends with CRLF")
        return lines
    }

    /// Joins folded lines back (RFC 5545 §3.1: CRLF followed by one space is removed).
    static func unfold(_ lines: [String]) -> [String] {
        var out: [String] = []
        for line in lines {
            if line.hasPrefix(" "), !out.isEmpty { out[out.count - 1] += line.dropFirst() } else { out.append(line) }
        }
        return out
    }

    @Test func foldsAt75OctetsWithoutSplittingCharacters() {
        let samples = [
            String(repeating: "a", count: 200),
            "DESCRIPTION:" + String(repeating: "é", count: 100),              // 2-byte
            "SUMMARY:" + String(repeating: "–", count: 60),                   // 3-byte en dash
            "SUMMARY:Pembuatan pola " + String(repeating: "🧵", count: 40),   // 4-byte
            "X:" + String(repeating: "ab–🧵", count: 30),
            "SHORT:ok",
            String(repeating: "x", count: 75),
            String(repeating: "x", count: 76),
        ]
        for sample in samples {
            let folded = ICalendarText.fold(sample)
            for (n, line) in folded.enumerated() {
                #expect(line.utf8.count <= 75, "\(line.utf8.count) octets in line \(n) of \(sample.prefix(20))")
                if n > 0 { #expect(line.hasPrefix(" ")) }
                // Folding splits between scalars: every piece is well-formed UTF-8 on its own.
                #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
            }
            // Lines are filled as far as a whole character allows.
            for line in folded.dropLast() { #expect(line.utf8.count > 75 - 4) }
            #expect(Self.unfold(folded) == [sample])
        }
        #expect(ICalendarText.fold(String(repeating: "x", count: 75)).count == 1)
        #expect(ICalendarText.fold(String(repeating: "x", count: 76)).count == 2)
    }

    @Test func escapesText() {
        #expect(ICalendarText.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(ICalendarText.escape("line 1\r\nline 2") == "line 1\\nline 2")
        #expect(ICalendarText.escape("Bengkel – lantai 2: \"A\"") == "Bengkel – lantai 2: \"A\"")
        #expect(ICalendarText.escape("bell\u{07}") == "bell")
    }

    @Test func calendarIsWellFormedAndEscaped() throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        let writer = try ICalendarWriter(digest: digest, text: TextCatalogue(language: .en), stamp: ReportFixtures.now)
        let files = writer.files()
        #expect(files.map(\.name) == ["I-1.ics", "V-1.ics"])
        let text = try #require(files.first?.text)
        let lines = Self.unfold(Self.physicalLines(text))
        for line in Self.physicalLines(text) { #expect(line.utf8.count <= 75) }
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.filter { $0.hasPrefix("DTSTAMP:") }.allSatisfy { $0 == "DTSTAMP:20231114T221320Z" })
        let summaries = lines.filter { $0.hasPrefix("SUMMARY:") }
        #expect(summaries.first == "SUMMARY:Jahit\\, \"pola\"\\; lanjutan\\nbaris 2 – tingkat \\\\ mahir (session 1/2)")
        #expect(lines.contains("LOCATION:Bengkel\\, garmen\\nlantai 2\\, BLK\\; Kota Pekalongan\\, \"Jl. Merdeka\""))
        // UIDs: unique per session, the same in the instructor's and the venue's calendar.
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == 2)
        let venueLines = Self.unfold(Self.physicalLines(try #require(files.last?.text)))
        #expect(venueLines.filter { $0.hasPrefix("UID:") } == uids)
        #expect(uids.first == "UID:uji-tricky-C-1-20230102-1@trainplan")
        // A what-if variant's sessions are its own: imported beside the real plan's, they replace nothing.
        let variant = try ICalendarWriter(digest: digest, text: TextCatalogue(language: .en), stamp: ReportFixtures.now,
                                          variant: "Sri ill")
        #expect(variant.files().first.map { Self.unfold(Self.physicalLines($0.text)).filter { $0.hasPrefix("UID:") }.first }
                == "UID:uji-tricky-sri-ill-C-1-20230102-1@trainplan")
    }

    @Test func sessionTimesAreUTCFromTheScenariosZone() throws {
        // Two slots 08:00-12:00 and 13:00-16:00 in a 2-slot session: 08:00-16:00 local.
        let cases: [(zone: String, start: String, end: String)] = [
            ("Asia/Jakarta", "DTSTART:20230102T010000Z", "DTEND:20230102T090000Z"),    // WIB, UTC+7
            ("Asia/Makassar", "DTSTART:20230102T000000Z", "DTEND:20230102T080000Z"),   // WITA, UTC+8
            ("Asia/Jayapura", "DTSTART:20230101T230000Z", "DTEND:20230102T070000Z"),   // WIT, UTC+9: the day before in UTC
            ("UTC", "DTSTART:20230102T080000Z", "DTEND:20230102T160000Z"),
        ]
        for c in cases {
            let (scenario, plan) = ReportFixtures.tricky(timeZone: c.zone)
            let writer = try ICalendarWriter(digest: try PlanDigest(plan: plan, scenario: scenario),
                                             text: TextCatalogue(language: .en), stamp: ReportFixtures.now)
            let lines = Self.unfold(Self.physicalLines(writer.calendar(instructor: 0)))
            #expect(lines.contains(c.start), "\(c.zone)")
            #expect(lines.contains(c.end), "\(c.zone)")
            #expect(lines.contains("X-WR-TIMEZONE:\(c.zone)"))
        }
    }

    @Test func daylightSavingIsAppliedPerDate() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Berlin"))
        let eight = try #require(ClockTime(hour: 8, minute: 0))
        let winter = try #require(CivilDate("2023-03-24")), summer = try #require(CivilDate("2023-03-27"))
        #expect(ZonedTime.iCalendarUTC(ZonedTime.utcSeconds(winter, eight, in: zone)) == "20230324T070000Z")
        #expect(ZonedTime.iCalendarUTC(ZonedTime.utcSeconds(summer, eight, in: zone)) == "20230327T060000Z")
    }

    @Test func slotLabels() {
        #expect(SlotTimes.parse("08:00-12:00") == SlotTime(start: ClockTime(minutes: 480), end: ClockTime(minutes: 720)))
        #expect(SlotTimes.parse("8.00 - 12.30")?.end.description == "12:30")
        #expect(SlotTimes.parse("13:00–16:00")?.start.description == "13:00")
        #expect(SlotTimes.parse("0800-1200")?.end.description == "12:00")
        #expect(SlotTimes.parse("18:00-24:00")?.end.description == "24:00")
        for bad in ["morning", "am", "12:00-08:00", "08:00", "25:00-26:00", "08:61-09:00", "8-12", "slot 1"] {
            #expect(SlotTimes.parse(bad) == nil, "\(bad)")
        }
    }

    /// An instructor and a venue with the same id: `ID.instructor.ics` even when the venue hosts
    /// nothing in this plan (it was `ID.ics`, a name that changed with the plan).
    @Test func anIdSharedWithAVenueGivesTheInstructorsFileItsKind() throws {
        let (base, plan) = ReportFixtures.tricky()
        var scenario = base
        scenario.venues.append(Venue(id: "I-1", capacity: 5))
        let names = try ICalendarWriter(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: .en))
            .files().map(\.name)
        #expect(names.sorted() == ["I-1.instructor.ics", "V-1.ics"], "\(names)")
    }

    /// Instructor `X`, venue `X` and an instructor whose id is `X.venue`: two calendars were both
    /// `X.venue.ics`, one written over the other (a black-box tester's case). Every file is its own.
    @Test func noTwoCalendarsShareAFile() throws {
        let (base, plan) = ReportFixtures.tricky()
        var scenario = base
        scenario.instructors += [Instructor(id: "V-1", skills: [:]), Instructor(id: "V-1.venue", skills: [:])]
        let names = try ICalendarWriter(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: .en))
            .files().map(\.name)
        #expect(names.sorted() == ["I-1.ics", "V-1.venue-2.ics"], "\(names)")
    }

    /// Slots listed out of time order (or overlapping) would give events that end before they
    /// start: no calendar times then, said so (a black-box tester's case).
    @Test func slotsOutOfTimeOrderHaveNoCalendarTimes() {
        #expect(throws: ReportError.slotsOutOfOrder("13:00-16:00", "08:00-12:00")) { try SlotTimes.parseAll(["13:00-16:00", "08:00-12:00"]) }
        #expect(throws: ReportError.slotsOutOfOrder("08:00-12:00", "10:00-14:00")) { try SlotTimes.parseAll(["08:00-12:00", "10:00-14:00"]) }
        #expect((try? SlotTimes.parseAll(["08:00-12:00", "12:00-14:00"]))?.count == 2)
    }

    @Test func slotLabelsThatAreNotTimesSkipCalendarsWithAClearWarning() throws {
        let (scenario, plan) = ReportFixtures.tricky(slots: ["pagi", "13:00-16:00"])
        #expect(throws: ReportError.slotLabelsNotTimes(["pagi"])) {
            try ICalendarWriter(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: .en))
        }
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try ReportWriter.write(plan: plan, scenario: scenario, to: folder.path,
                                             options: ReportOptions(language: .en, now: ReportFixtures.now))
        #expect(outcome.files == ["sessions.csv", "courses.csv", "instructors.csv", "report.html"])
        #expect(outcome.warnings.count == 1)
        #expect(outcome.warnings.first?.contains("\"pagi\"") == true)
        #expect(outcome.warnings.first?.contains("08:00-12:00") == true)
    }

    @Test func timeZoneSettingIsReadAndChecked() throws {
        let folder = try ReportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func scenario(_ zoneLine: String) -> String {
            """
            name: zones
            calendar:
              start: 2023-01-02
              weeks: 1
              slots: ["08:00-12:00"]
            \(zoneLine)
            courses: [{id: A, skill: s, sessions: 1, participants: 1, value: 1}]
            instructors: [{id: I, skills: {s: 1}}]
            venues: [{id: V, capacity: 1}]
            """
        }
        let good = folder.appendingPathComponent("good.yaml"), defaulted = folder.appendingPathComponent("default.yaml")
        let bad = folder.appendingPathComponent("bad.yaml")
        try scenario("  timezone: Asia/Makassar").write(to: good, atomically: true, encoding: .utf8)
        try scenario("").write(to: defaulted, atomically: true, encoding: .utf8)
        try scenario("  timezone: Asia/Pekalongan").write(to: bad, atomically: true, encoding: .utf8)
        #expect(try ScenarioLoader.load(path: good.path).scenario.calendar.timeZone == "Asia/Makassar")
        #expect(try ScenarioLoader.load(path: defaulted.path).scenario.calendar.timeZone == "Asia/Jakarta")
        do {
            _ = try ScenarioLoader.load(path: bad.path)
            Issue.record("an unknown time zone must be an error")
        } catch {
            let text = error.diagnostics.map(\.description).joined(separator: "\n")
            #expect(text.contains("Asia/Pekalongan") && text.contains("bad.yaml:6"), "\(text)")
        }
    }
}
