import Foundation
import TrainPlanCore

/// Writes a ``Scenario`` as a single YAML file in the format ``ScenarioLoader``
/// reads (docs/scenario-format.md): defaults are left out, free text is quoted,
/// consecutive holidays become ranges.
public enum ScenarioWriter {
    /// - Parameters:
    ///   - header: comment lines at the top of the file.
    ///   - holidayNames: a name to write beside each holiday (a range takes its first date's).
    public static func yaml(_ scenario: Scenario, header: [String] = [], holidayNames: [CivilDate: String] = [:]) -> String {
        var out: [String] = header.map { $0.isEmpty ? "#" : "# \($0)" }
        func w(_ line: String) { out.append(line) }
        let calendar = scenario.calendar
        w("name: \(quote(scenario.name))")
        w("currency: \(quote(scenario.currency))")
        if let budget = scenario.budget { w("budget: \(money(budget))") }
        w("calendar:")
        w("  start: \(calendar.start)")
        w("  weeks: \(calendar.weeks)")
        w("  workdays: \(flow(calendar.workdays.sorted().map(\.rawValue)))")
        w("  slots: \(flow(calendar.slots.map(quote)))")
        let holidays = ranges(calendar.holidays.sorted(), names: holidayNames)
        if holidays.isEmpty {
            w("  holidays: []")
        } else {
            w("  holidays:")
            for (from, to) in holidays {
                let text = from == to ? "\(from)" : "\(from)..\(to)"
                w("    - \(text)" + (holidayNames[from].map { "    # \($0)" } ?? ""))
            }
        }
        if scenario.premiumPerParticipantMonth != 0 {
            w("socialSecurity:")
            w("  premiumPerParticipantMonth: \(money(scenario.premiumPerParticipantMonth))")
        }
        if let perParticipant = scenario.valuePerParticipant {
            w("defaults:")
            w("  valuePerParticipant: \(money(perParticipant))")
        }
        w("")
        w("courses:")
        let allWorkdays = calendar.workdays.sorted()
        for c in scenario.courses {
            w("  - id: \(c.id)")
            if c.title != c.id { w("    title: \(quote(c.title))") }
            w("    skill: \(quote(c.skill))")
            if c.level != 1 { w("    level: \(c.level)") }
            w("    sessions: \(c.sessions)")
            if c.sessionLength != 1 { w("    sessionLength: \(c.sessionLength)") }
            if c.weekdays != allWorkdays { w("    weekdays: \(flow(c.weekdays.map(\.rawValue)))") }
            if c.daysPerWeek != c.weekdays.count { w("    daysPerWeek: \(c.daysPerWeek)") }
            if c.earliestStart != calendar.start { w("    earliestStart: \(c.earliestStart)") }
            if c.latestEnd != calendar.end { w("    latestEnd: \(c.latestEnd)") }
            w("    participants: \(c.participants)")
            if !c.equipment.isEmpty { w("    equipment: \(flow(c.equipment.map(quote)))") }
            if let cohort = c.cohort { w("    cohort: \(quote(cohort))") }
            // The value a reader gives a course without one (with demand listed: 0, the demand being its worth).
            let implied = scenario.demand.isEmpty
                ? scenario.valuePerParticipant.map { $0 * Double(c.participants) } ?? (c.mandatory ? 0 : nil) : 0
            if implied != c.value { w("    value: \(money(c.value))") }
            if c.mandatory { w("    mandatory: true") }
            if !c.socialSecurity { w("    socialSecurity: false") }
            if !c.instructors.isEmpty { w("    instructors: \(flow(c.instructors))") }
            if !c.venues.isEmpty { w("    venues: \(flow(c.venues))") }
        }
        w("")
        w("instructors:")
        for i in scenario.instructors {
            w("  - id: \(i.id)")
            if i.name != i.id { w("    name: \(quote(i.name))") }
            w("    source: \(i.source.rawValue)")
            if let organization = i.organization { w("    organization: \(quote(organization))") }
            w("    skills: {" + i.skills.sorted { $0.key < $1.key }.map { "\(quote($0.key)): \($0.value)" }.joined(separator: ", ") + "}")
            if i.feePerSlot != 0 { w("    feePerSlot: \(money(i.feePerSlot))") }
            if i.engagementCost != 0 { w("    engagementCost: \(money(i.engagementCost))") }
            if let limit = i.maxSlotsPerDay { w("    maxSlotsPerDay: \(limit)") }
            if let limit = i.maxSlotsPerWeek { w("    maxSlotsPerWeek: \(limit)") }
            if let limit = i.maxSlots { w("    maxSlots: \(limit)") }
            if let limit = i.maxCourses { w("    maxCourses: \(limit)") }
            if let date = i.availableFrom { w("    availableFrom: \(date)") }
            if let date = i.availableUntil { w("    availableUntil: \(date)") }
            if !i.unavailable.isEmpty { w("    unavailable: \(flow(i.unavailable.map { quote($0.description) }))") }
        }
        w("")
        w("venues:")
        for v in scenario.venues {
            w("  - id: \(v.id)")
            if v.name != v.id { w("    name: \(quote(v.name))") }
            if let site = v.site { w("    site: \(quote(site))") }
            w("    capacity: \(v.capacity)")
            if !v.equipment.isEmpty { w("    equipment: \(flow(v.equipment.map(quote)))") }
            if v.costPerSlot != 0 { w("    costPerSlot: \(money(v.costPerSlot))") }
            if !v.unavailable.isEmpty { w("    unavailable: \(flow(v.unavailable.map { quote($0.description) }))") }
        }
        if !scenario.demand.isEmpty {
            w("")
            w("demand:")
            for d in scenario.demand {
                w("  - id: \(d.id)")
                w("    company: \(quote(d.company))")
                w("    kind: \(d.kind.rawValue)")
                w("    skill: \(quote(d.skill))")
                if d.level != 1 { w("    level: \(d.level)") }
                w("    people: \(d.people)")
                switch d.kind {
                case .hire:
                    if d.by != calendar.end { w("    by: \(d.by)") }
                case .apprenticeship:
                    if d.startFrom != calendar.start { w("    startFrom: \(d.startFrom)") }
                    if d.startUntil != calendar.end { w("    startUntil: \(d.startUntil)") }
                    if d.months != 3 { w("    months: \(d.months)") }
                    if d.allowancePerMonth != 0 { w("    allowancePerMonth: \(money(d.allowancePerMonth))") }
                    if !d.insured { w("    insured: false") }
                }
                w("    valuePerPerson: \(money(d.valuePerPerson))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Consecutive dates with the same name, as inclusive ranges.
    static func ranges(_ dates: [CivilDate], names: [CivilDate: String]) -> [(CivilDate, CivilDate)] {
        var result: [(CivilDate, CivilDate)] = []
        for date in dates {
            if let last = result.last, last.1.dayNumber + 1 == date.dayNumber, names[last.0] == names[date] {
                result[result.count - 1].1 = date
            } else {
                result.append((date, date))
            }
        }
        return result
    }

    /// A YAML double-quoted scalar (the JSON escapes are valid YAML).
    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    result += String(format: "\\u%04X", scalar.value)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    static func flow(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    /// Whole amounts without a decimal point; others with as many digits as they need.
    static func money(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
