import Foundation

/// Turns raw documents into a ``Scenario``: every field checked, every
/// default of the format applied, every problem logged with its location.
struct ScenarioDecoder {
    let log: DiagnosticLog

    static let settingsFields = ["name", "currency", "budget", "calendar", "socialSecurity", "defaults",
                                 "decimalMark", "courses", "instructors", "venues", "demand"]
    static let calendarFields = ["start", "weeks", "workdays", "slots", "holidays", "timezone"]
    static let courseFields = ["id", "title", "skill", "level", "sessions", "sessionLength", "daysPerWeek", "weekdays",
                               "earliestStart", "latestEnd", "participants", "equipment", "cohort", "value",
                               "mandatory", "socialSecurity", "instructors", "venues", "batches"]
    static let instructorFields = ["id", "name", "source", "organization", "skills", "feePerSlot", "engagementCost",
                                   "maxSlotsPerDay", "maxSlotsPerWeek", "maxSlots", "maxCourses",
                                   "availableFrom", "availableUntil", "unavailable"]
    static let venueFields = ["id", "name", "site", "capacity", "equipment", "costPerSlot", "unavailable"]

    struct Settings {
        var name: String?
        var currency: String
        var budget: Double?
        var calendar: PlanningCalendar?
        /// When the calendar has errors: its valid parts, with lenient stand-ins for the rest (every weekday,
        /// 24 slots), so the lists are still checked in the same pass. Never used to build a scenario.
        var provisionalCalendar = ScenarioDecoder.provisionalCalendar()
        var premium: Double
        var valuePerParticipant: Double?
        /// `defaults.valuePerParticipant` is given (even if wrongly, which is reported once, not per course).
        var hasValueDefault = false
        /// The scenario lists demand: a course's `value` then defaults to 0 (its worth is the demand it serves).
        var listsDemand = false
    }

    func settings(_ root: FieldReader) -> Settings {
        let currency = root.string("currency") ?? "IDR"
        root.currency = currency
        var settings = Settings(name: root.string("name"), currency: currency, budget: root.money("budget", emptyMeans: "no budget"),
                                calendar: nil, premium: 0, valuePerParticipant: nil)
        if let node = root.node("calendar", required: true), let fields = FieldReader(node, what: "the calendar", log: log) {
            (settings.calendar, settings.provisionalCalendar) = calendar(fields)
        }
        if let node = root.node("socialSecurity"), let fields = FieldReader(node, what: "socialSecurity settings", log: log) {
            fields.currency = currency
            settings.premium = fields.money("premiumPerParticipantMonth") ?? 0
            fields.finish(known: ["premiumPerParticipantMonth"], what: "socialSecurity")
        }
        if let node = root.node("defaults"), let fields = FieldReader(node, what: "defaults", log: log) {
            fields.currency = currency
            settings.valuePerParticipant = fields.money("valuePerParticipant")
            settings.hasValueDefault = fields.has("valuePerParticipant")
            fields.finish(known: ["valuePerParticipant"], what: "defaults")
        }
        if let mark = root.scalar("decimalMark", expected: "\",\" or \".\""),
           ![",", "."].contains(mark.text) {
            root.fail(mark.location, "decimalMark", "expected \",\" or \".\", found \"\(mark.text)\"")
        }
        return settings
    }

    static func provisionalCalendar(start: CivilDate? = nil, weeks: Int? = nil, workdays: [Weekday] = [],
                                    slots: [String] = [], holidays: Set<CivilDate> = []) -> PlanningCalendar {
        PlanningCalendar(start: start ?? CivilDate(dayNumber: 0), weeks: weeks ?? 104,
                         workdays: workdays.isEmpty ? Set(Weekday.allCases) : Set(workdays),
                         slots: (1...24).contains(slots.count) ? slots : (1...24).map { "slot \($0)" }, holidays: holidays)
    }

    /// The calendar, or nil with a provisional one when it has errors.
    /// The last date a scenario's horizon may reach (four-digit years).
    static let lastDate = CivilDate(dayNumber: CivilDate(year: 9999, month: 12, day: 31)?.dayNumber ?? 0)

    /// The slots a single label seems to hold: its time ranges when it has two or more (`08:00-12:00 /
    /// 13:00-16:00`, `08.00-12.00 dan 13.00-16.00`); one label when it has one (`Sesi 1, 08:00-10:00`,
    /// `Pagi (08:00-12:00, 4 JP)`); else its comma-separated parts when each holds a number (`1, 2`).
    static func slotsWithin(_ label: String) -> [String] {
        let ranges = label.matches(of: #/\d{1,2}[:.]\d{2}\s*[-–—]\s*\d{1,2}[:.]\d{2}/#).map { String(label[$0.range]) }
        if ranges.count > 1 { return ranges }
        if ranges.count == 1 { return [label] }
        let parts = label.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return parts.count > 1 && parts.allSatisfy({ $0.contains(where: \.isNumber) }) ? parts : [label]
    }

    private func calendar(_ fields: FieldReader) -> (PlanningCalendar?, PlanningCalendar) {
        let start = fields.date("start", required: true)
        var weeks = fields.int("weeks", required: true, range: 1...104)
        // Dates are written with four-digit years: a horizon past 9999-12-31 could not be written in a plan.
        if let start, let w = weeks, start.adding(days: 7 * w - 1) > Self.lastDate {
            fields.fail(fields.node("start")?.location ?? fields.location, "start",
                        "the horizon from \(start) for \(w) weeks ends after \(Self.lastDate), the last date a plan can hold")
            weeks = nil
        }
        let workdays = fields.weekdays("workdays") ?? [.mon, .tue, .wed, .thu, .fri]
        if fields.has("workdays"), workdays.isEmpty {
            fields.fail(fields.node("workdays")?.location ?? fields.location, "workdays", "must name at least one weekday")
        }
        var slots: [String] = []
        // One text with no ";" separates its slots with "," as any list does (`pagi,siang,sore`); with ";"
        // (or as a YAML list) a comma stays inside its label.
        var commaSeparated = false
        if case let .scalar(s)? = fields.node("slots") { commaSeparated = !s.text.contains(where: { $0 == ";" || $0.isNewline }) }
        if let items = fields.list("slots", splitOnComma: commaSeparated) {
            slots = items.map { $0.text.trimmingCharacters(in: .whitespaces) }
            var seen: Set<String> = []
            for item in items where !seen.insert(item.text).inserted {
                fields.fail(item.location, "slots", "slot label \"\(item.text)\" is given twice")
            }
            // `08:00-12:00, 13:00-16:00` or `08:00-12:00 / 13:00-16:00` is one label (slot labels may hold
            // a comma), but almost surely two slots.
            for item in items {
                let parts = Self.slotsWithin(item.text)
                guard parts.count > 1 else { continue }
                fields.warn(item.location, "slots", "slot label \"\(item.text)\" is one slot: slots are separated by \";\" "
                            + "(write \"\(parts.joined(separator: "; "))\" for \(parts.count) slots a day)",
                            .slotLabelHoldsSeveral(label: item.text, parts: parts))
            }
            // `slots: 2` (a count where labels belong) is one slot labelled "2".
            if slots.count == 1, let count = Int(slots[0]), count > 1 {
                fields.warn(fields.node("slots")?.location ?? fields.location, "slots",
                            "slots \"\(count)\" is one slot labelled \"\(count)\": list each slot's label, separated by \";\" "
                            + "(such as \"08:00-12:00; 13:00-16:00\")", .slotsLookLikeACount(count))
            }
            if !(1...24).contains(slots.count) {
                fields.fail(fields.node("slots")?.location ?? fields.location, "slots", "expected 1 to 24 slot labels, found \(slots.count)")
            }
        } else {
            _ = fields.node("slots", required: true)
        }
        var holidays: Set<CivilDate> = []
        for item in fields.list("holidays") ?? [] {
            switch DateRange.parse(item.text) {
            case let .success(range):
                // Only the days inside the horizon matter: `0001-01-01..9999-12-31` is not expanded day by day.
                let first = max(range.from.dayNumber, start?.dayNumber ?? range.from.dayNumber)
                let last = min(range.to.dayNumber, (start?.dayNumber ?? range.from.dayNumber) + 7 * (weeks ?? 104) - 1)
                if first <= last { holidays.formUnion((first...last).map(CivilDate.init(dayNumber:))) }
            case let .failure(error): fields.fail(item.location, "holidays", error.message)
            }
        }
        let timeZone = fields.string("timezone") ?? PlanningCalendar.defaultTimeZone
        if TimeZone(identifier: timeZone) == nil {
            fields.fail(fields.node("timezone")?.location ?? fields.location, "timezone",
                        "\"\(timeZone)\" is not a time zone: use an IANA name such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura")
        }
        fields.finish(known: Self.calendarFields, what: "the calendar")
        guard let start, let weeks, (1...24).contains(slots.count), !workdays.isEmpty else {
            return (nil, Self.provisionalCalendar(start: start, weeks: weeks, workdays: workdays, slots: slots, holidays: holidays))
        }
        let calendar = PlanningCalendar(start: start, weeks: weeks, workdays: Set(workdays), slots: slots, holidays: holidays,
                                        timeZone: timeZone)
        return (calendar, calendar)
    }

    /// The course, or its `batches: N` copies `ID.1` .. `ID.N` (see ``Batches``); empty after an error.
    func courses(_ fields: FieldReader, calendar: PlanningCalendar, settings: Settings) -> [Course] {
        let batches = fields.int("batches", range: 1...Int.max, maximum: ScenarioLimits.maxBatches)
        guard let course = course(fields, calendar: calendar, settings: settings) else { return [] }
        guard let batches else { return [course] }
        return Batches.expand(course, count: batches)
    }

    func course(_ fields: FieldReader, calendar: PlanningCalendar, settings: Settings) -> Course? {
        fields.currency = settings.currency
        let id = fields.id()
        let title = fields.string("title")
        let skill = fields.string("skill", required: true)
        let level = fields.int("level", range: 1...Int.max, maximum: ScenarioLimits.maxLevel) ?? 1
        let sessions = fields.int("sessions", required: true, range: 1...ScenarioLimits.maxSessions)
        let sessionLength = fields.int("sessionLength", range: 1...calendar.slotCount) ?? 1
        var weekdays = fields.weekdays("weekdays") ?? calendar.workdays.sorted()
        if fields.has("weekdays") {
            let outside = weekdays.filter { !calendar.workdays.contains($0) }
            if !outside.isEmpty {
                fields.fail(fields.node("weekdays")?.location ?? fields.location, "weekdays",
                            "\(outside.map(\.rawValue).joined(separator: ", ")) \(outside.count == 1 ? "is" : "are") not a calendar workday")
                weekdays.removeAll { outside.contains($0) }
            }
            if weekdays.isEmpty, outside.isEmpty {
                fields.fail(fields.node("weekdays")?.location ?? fields.location, "weekdays", "must name at least one weekday")
            }
        }
        var daysPerWeek = weekdays.count
        if fields.has("daysPerWeek") {
            if let value = fields.int("daysPerWeek", range: 1...7) {
                if value > weekdays.count {
                    fields.fail(fields.node("daysPerWeek")?.location ?? fields.location, "daysPerWeek",
                                "impossible rhythm: \(value) days a week but the course may meet on only \(weekdays.count) weekday\(weekdays.count == 1 ? "" : "s") (\(weekdays.map(\.rawValue).joined(separator: " ")))")
                } else {
                    daysPerWeek = value
                }
            }
        }
        let givenEarliest = fields.date("earliestStart"), givenLatest = fields.date("latestEnd")
        let earliest = givenEarliest ?? calendar.start
        let latest = givenLatest ?? calendar.end
        if let givenEarliest, let givenLatest, givenLatest < givenEarliest {
            fields.fail(fields.node("latestEnd")?.location ?? fields.location, "latestEnd",
                        "latestEnd \(givenLatest) is before earliestStart \(givenEarliest)")
        } else if settings.calendar != nil, earliest > latest {
            // One given date puts the course wholly before or after the calendar (a course listed for
            // next quarter): valid, as an instructor available only later is, but it cannot run here.
            let field = givenEarliest != nil && earliest > calendar.end ? "earliestStart" : "latestEnd"
            let date = field == "earliestStart" ? earliest : latest
            let node = fields.node(field)
            var typed = ""
            if case let .scalar(s)? = node { typed = s.text.trimmingCharacters(in: .whitespaces) }
            // A day-first date that could have been meant month first (a YYYY-MM-DD date cannot have swapped its parts).
            let monthFirst = typed.range(of: #"^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}$"#, options: .regularExpression) != nil
            let side = field == "earliestStart" ? "after the calendar's end \(calendar.end)" : "before the calendar's start \(calendar.start)"
            fields.warn(node?.location ?? fields.location, field,
                        "course \(id ?? ""): \(field) \(date) is \(side): the course cannot run in this plan"
                            + (monthFirst ? " (was it typed month first? Dates are day first: DD/MM/YYYY)" : ""),
                        .courseOutsideHorizon(course: id ?? "", field: field, date: date, calendarStart: calendar.start,
                                              calendarEnd: calendar.end, monthFirst: monthFirst))
        }
        let participants = fields.int("participants", required: true, range: 1...Int.max, maximum: ScenarioLimits.maxParticipants)
        let equipment = (fields.list("equipment") ?? []).map(\.text)
        let cohort = fields.string("cohort")
        let mandatory = fields.bool("mandatory", default: false)
        let implied = settings.listsDemand ? nil : settings.valuePerParticipant.flatMap { perParticipant in
            participants.map { "the default (\($0) participants × valuePerParticipant \(Money.plain(perParticipant)))" }
        }
        var value = fields.money("value", emptyMeans: implied)
        if value == nil {
            // With demand listed a course is worth the demand it serves (the contract's "defaults to 0
            // (its worth is the demand it serves)"): `defaults.valuePerParticipant` then prices the demand.
            if settings.listsDemand {
                value = 0
            } else if let perParticipant = settings.valuePerParticipant, let participants {
                value = perParticipant * Double(participants)
            } else if mandatory {
                value = 0
            } else if !fields.has("value"), !settings.hasValueDefault, !fields.failed("value") {
                // (With a default, a missing value comes from a bad `participants`, already reported.)
                fields.fail(fields.location.with(field: "value"), "value",
                            "missing: give the course a value, or set defaults.valuePerParticipant, or make it mandatory",
                            .courseValueMissing)
            }
        }
        let socialSecurity = fields.bool("socialSecurity", default: true)
        let instructors = (fields.list("instructors") ?? []).map(\.text)
        let venues = (fields.list("venues") ?? []).map(\.text)
        fields.finish(known: Self.courseFields, what: "a course")
        guard let id, let skill, let sessions, let participants, let value, daysPerWeek >= 1, !weekdays.isEmpty else { return nil }
        return Course(id: id, title: title, skill: skill, level: level, sessions: sessions, sessionLength: sessionLength,
                      daysPerWeek: daysPerWeek, weekdays: weekdays, earliestStart: earliest, latestEnd: latest,
                      participants: participants, equipment: equipment, cohort: cohort, value: value,
                      mandatory: mandatory, socialSecurity: socialSecurity, instructors: instructors, venues: venues)
    }

    /// The sources in the words of the Indonesian report (docs/glossary-id.md).
    static let indonesianSources: [String: InstructorSource] = [
        "mitra": .partner, "industri": .industry, "lepas": .freelance, "calon": .candidate,
    ]

    func instructor(_ fields: FieldReader, calendar: PlanningCalendar, settings: Settings) -> Instructor? {
        fields.currency = settings.currency
        let id = fields.id()
        let name = fields.string("name")
        var source = InstructorSource.internal
        if let text = fields.string("source") {
            if let value = InstructorSource(rawValue: text.lowercased()) ?? Self.indonesianSources[text.lowercased()] {
                source = value
            } else {
                let names = InstructorSource.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: text, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
                fields.fail(fields.node("source")?.location ?? fields.location, "source",
                            "\"\(text)\" is not a source: use \(names.joined(separator: ", ")) (or internal, mitra, industri, lepas, calon)\(hint)")
            }
        }
        let organization = fields.string("organization")
        let skills = fields.levels("skills", required: true)
        let fee = fields.money("feePerSlot") ?? 0
        let engagement = fields.money("engagementCost") ?? 0
        let perDay = fields.int("maxSlotsPerDay", range: 0...Int.max, maximum: ScenarioLimits.maxLoad)
        let perWeek = fields.int("maxSlotsPerWeek", range: 0...Int.max, maximum: ScenarioLimits.maxLoad)
        let total = fields.int("maxSlots", range: 0...Int.max, maximum: ScenarioLimits.maxLoad)
        let courses = fields.int("maxCourses", range: 0...Int.max, maximum: ScenarioLimits.maxLoad)
        let from = fields.date("availableFrom")
        let until = fields.date("availableUntil")
        if let from, let until, from > until {
            fields.fail(fields.node("availableUntil")?.location ?? fields.location, "availableUntil",
                        "availableUntil \(until) is before availableFrom \(from)")
        }
        let unavailable = fields.unavailability("unavailable", slotCount: calendar.slotCount)
        fields.finish(known: Self.instructorFields, what: "an instructor")
        guard let id, let skills, !skills.isEmpty else { return nil }
        return Instructor(id: id, name: name, source: source, organization: organization, skills: skills,
                          feePerSlot: fee, engagementCost: engagement, maxSlotsPerDay: perDay, maxSlotsPerWeek: perWeek,
                          maxSlots: total, maxCourses: courses, availableFrom: from, availableUntil: until,
                          unavailable: unavailable)
    }

    func venue(_ fields: FieldReader, calendar: PlanningCalendar, settings: Settings) -> Venue? {
        fields.currency = settings.currency
        let id = fields.id()
        let name = fields.string("name")
        let site = fields.string("site")
        let capacity = fields.int("capacity", required: true, range: 1...Int.max, maximum: ScenarioLimits.maxCapacity)
        let equipment = (fields.list("equipment") ?? []).map(\.text)
        let cost = fields.money("costPerSlot") ?? 0
        let unavailable = fields.unavailability("unavailable", slotCount: calendar.slotCount)
        fields.finish(known: Self.venueFields, what: "a venue")
        guard let id, let capacity else { return nil }
        return Venue(id: id, name: name, site: site, capacity: capacity, equipment: equipment,
                     costPerSlot: cost, unavailable: unavailable)
    }
}
