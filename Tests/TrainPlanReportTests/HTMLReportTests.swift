import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// Every number the HTML report shows equals the plan's (or the scenario's, for
/// inputs such as the budget), in both languages; the page is self-contained.
@Suite struct HTMLReportTests {
    struct Figure {
        var key: String
        var value: Double
        var shown: String
    }

    /// Every element carrying `data-figure` and `data-value`, with the text it shows.
    static func figures(_ html: String) throws -> [Figure] {
        let pattern = try NSRegularExpression(pattern: #"data-figure="([^"]+)" data-value="([^"]+)">([^<]*)<"#)
        let ns = html as NSString
        return pattern.matches(in: html, range: NSRange(location: 0, length: ns.length)).compactMap { match in
            guard let value = Double(ns.substring(with: match.range(at: 2))) else {
                Issue.record("data-value is not a number: \(ns.substring(with: match.range))")
                return nil
            }
            return Figure(key: ns.substring(with: match.range(at: 1)), value: value,
                          shown: unescape(ns.substring(with: match.range(at: 3))))
        }
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// What each figure must be, from the plan file (and scenario inputs), computed here independently of the report code.
    static func expected(_ key: String, plan: Plan, scenario: Scenario) -> Double? {
        let cost = plan.cost
        let scheduled = plan.courses.filter(\.scheduled)
        let course = { (id: String) in scenario.courses.first { $0.id == id } }
        let planned = { (id: String) in plan.courses.first { $0.id == id } }
        func people(_ courses: [Course]) -> Double {
            var largest: [String: Int] = [:]
            var alone = 0
            for course in courses {
                if let cohort = course.cohort { largest[cohort] = max(largest[cohort] ?? 0, course.participants) } else { alone += course.participants }
            }
            return Double(alone + largest.values.reduce(0, +))
        }
        let parts = key.split(separator: ".").map(String.init)
        switch key {
        case "courses.scheduled": return Double(scheduled.count)
        case "courses.total": return Double(plan.courses.count)
        case "courses.unscheduled": return Double(plan.courses.count - scheduled.count)
        // People, not seats: a cohort's courses are taken by one group, counted as its largest course.
        case "trainees.trained":
            return people(scheduled.compactMap { course($0.id) })
        case "trainees.unmet":
            return people(plan.courses.compactMap { course($0.id) }) - people(scheduled.compactMap { course($0.id) })
        case "unmetValue": return plan.unmetValue
        // The headline's split of it: courses left out, and industry demand unserved (rules 9-10).
        case "unmetValue.courses": return plan.courses.filter { !$0.scheduled }.compactMap { course($0.id)?.value }.reduce(0, +)
        case "unmetValue.demand":
            return (plan.demand ?? []).map { d in Double(d.unserved) * (scenario.demand.first { $0.id == d.id }?.valuePerPerson ?? .nan) }.reduce(0, +)
        case "demand.unserved": return Double((plan.demand ?? []).reduce(0) { $0 + $1.unserved })
        case "objective": return plan.objective
        case "bound": return plan.bound
        case "gapPercent": return plan.gap.map { $0 * 100 }
        case "budget", "chart.budget": return scenario.budget
        case "budget.usedPercent":
            guard let total = cost?.total, let budget = scenario.budget else { return nil }
            return total / budget * 100
        case "calendar.weeks": return Double(scenario.calendar.weeks)
        case "cost.instructorFees", "chart.cost.instructorFees": return cost?.instructorFees
        case "cost.engagement", "chart.cost.engagement": return cost?.engagement
        case "cost.venues", "chart.cost.venues": return cost?.venues
        case "cost.socialSecurity", "chart.cost.socialSecurity": return cost?.socialSecurity
        case "cost.total", "chart.cost.total": return cost?.total
        case "solver.seconds": return plan.solver?.seconds
        case "solver.nodes": return plan.solver.map { Double($0.nodes) }
        default: break
        }
        // The insurance in words: participant-months over the insured courses, and the premium.
        func participantMonths(_ p: PlannedCourse) -> Double {
            guard let c = course(p.id), c.socialSecurity else { return 0 }
            return Double(c.participants * Set((p.sessions ?? []).map { $0.date.monthKey }).count)
        }
        if key == "insurance.participantMonths" { return scheduled.map(participantMonths).reduce(0, +) }
        if key == "insurance.premium" { return scenario.premiumPerParticipantMonth }
        if parts.count >= 3, parts[0] == "insurance", parts.last == "amount" {
            return planned(parts.dropFirst().dropLast().joined(separator: ".")).map { participantMonths($0) * scenario.premiumPerParticipantMonth }
        }
        if parts.count >= 3, parts[0] == "insurance", parts.last == "participantMonths" {
            return planned(parts.dropFirst().dropLast().joined(separator: ".")).map(participantMonths)
        }
        // contract.INSTRUCTOR.field: what the instructor teaches in the plan, and the pay.
        if parts.count >= 3, parts[0] == "contract", let field = parts.last {
            let id = parts.dropFirst().dropLast().joined(separator: ".")
            guard let instructor = scenario.instructor(id) else { return nil }
            let taught = scheduled.filter { $0.instructor == id }
            let slots = Double(taught.flatMap { $0.sessions ?? [] }.reduce(0) { $0 + $1.slots.count })
            let engagement = taught.isEmpty ? 0 : instructor.engagementCost
            switch field {
            case "sessions": return Double(taught.reduce(0) { $0 + ($1.sessions?.count ?? 0) })
            case "slots": return slots
            case "feePerSlot": return instructor.feePerSlot
            case "fees": return slots * instructor.feePerSlot
            case "engagement": return engagement
            case "total": return slots * instructor.feePerSlot + engagement
            default: return nil
            }
        }
        if parts.count == 3, parts[0] == "engage", let n = Int(parts[1]), parts[2] == "engagementCost" {
            return plan.engage?[n].engagementCost
        }
        // course.ID.field (ids may contain dots: the field is the last part).
        guard parts.count >= 3, parts[0] == "course", let field = parts.last else { return nil }
        let id = parts.dropFirst().dropLast().joined(separator: ".")
        guard let c = course(id), let p = planned(id) else { return nil }
        let instructor = p.instructor.flatMap(scenario.instructor), venue = p.venue.flatMap(scenario.venue)
        let slots = Double((p.sessions ?? []).reduce(0) { $0 + $1.slots.count })
        let months = Set((p.sessions ?? []).map { $0.date.monthKey }).count
        let insurance = c.socialSecurity ? Double(c.participants) * scenario.premiumPerParticipantMonth * Double(months) : 0
        switch field {
        case "sessions": return Double(p.sessions?.count ?? 0)
        case "participants": return Double(c.participants)
        case "value": return c.value
        case "fees": return instructor.map { slots * $0.feePerSlot }
        case "rent": return venue.map { slots * $0.costPerSlot }
        case "socialSecurity": return insurance
        case "cost":
            guard let instructor, let venue else { return nil }
            return slots * instructor.feePerSlot + slots * venue.costPerSlot + insurance
        default: return nil
        }
    }

    static func check(_ html: String, plan: Plan, scenario: Scenario, language: Language) throws {
        let money = MoneyFormat(language: language, currency: scenario.currency)
        let numbers = NumberFormat(language: language)
        let figures = try figures(html)
        if plan.cost != nil { #expect(figures.count > 20) }
        for figure in figures {
            guard let expected = expected(figure.key, plan: plan, scenario: scenario) else {
                Issue.record("\(language): figure \(figure.key) has no counterpart in the plan")
                continue
            }
            // data-value carries two decimals at most.
            #expect(abs(figure.value - expected) <= 0.005 + 1e-9 * abs(expected),
                    "\(language): \(figure.key) is \(figure.value), the plan says \(expected)")
            // What the reader sees is that value, formatted for the language.
            if let amount = money.parse(figure.shown) {
                #expect(abs(amount - expected) < 0.005, "\(language): \(figure.key) shows \(figure.shown)")
            } else if figure.key.hasSuffix("Percent") {
                #expect(figure.shown == numbers.percent(expected / 100), "\(language): \(figure.key) shows \(figure.shown)")
            } else if figure.key == "solver.seconds" {
                #expect(figure.shown.hasPrefix(numbers.decimal(expected, digits: 2)))
            } else if figure.key == "solver.nodes" {
                #expect(figure.shown.hasPrefix(numbers.integer(Int(expected))))
            } else {
                #expect(figure.shown == numbers.integer(Int(expected)), "\(language): \(figure.key) shows \(figure.shown)")
            }
        }
        // The per-course parts add up to the plan's totals.
        let sum = { (field: String) in figures.filter { $0.key.hasPrefix("course.") && $0.key.hasSuffix("." + field) }.map(\.value).reduce(0, +) }
        #expect(abs(sum("fees") - (plan.cost?.instructorFees ?? 0)) < 0.01)
        #expect(abs(sum("rent") - (plan.cost?.venues ?? 0)) < 0.01)
        #expect(abs(sum("socialSecurity") - (plan.cost?.socialSecurity ?? 0)) < 0.01)
        // Every figure of the plan is shown, and no amount of money appears outside a checked figure.
        let keys = Set(figures.map(\.key))
        for key in plan.cost == nil ? [] :  ["cost.total", "cost.instructorFees", "cost.engagement", "cost.venues", "cost.socialSecurity",
                    "unmetValue", "objective", "courses.scheduled", "trainees.trained", "trainees.unmet", "chart.cost.total"] {
            #expect(keys.contains(key), "\(language): \(key) missing")
        }
        for course in plan.courses where course.scheduled { #expect(keys.contains("course.\(course.id).cost")) }
        for course in plan.courses where !course.scheduled { #expect(keys.contains("course.\(course.id).value")) }
        let stripped = try NSRegularExpression(pattern: #"<[^>]*data-figure="[^"]*"[^>]*>[^<]*<"#)
            .stringByReplacingMatches(in: html, range: NSRange(location: 0, length: (html as NSString).length), withTemplate: "<")
        let stray = try NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: money.symbol) + #"\s*-?\d"#)
        let strays = stray.matches(in: stripped, range: NSRange(location: 0, length: (stripped as NSString).length))
        #expect(strays.isEmpty, "\(language): money outside tagged figures: \(strays.map { (stripped as NSString).substring(with: NSRange(location: $0.range.location, length: min(40, (stripped as NSString).length - $0.range.location))) })")
    }

    @Test(arguments: Language.allCases)
    func everyNumberEqualsThePlans(_ language: Language) throws {
        let (scenario, plan) = try ReportFixtures.pekalongan.get()
        let html = HTMLReport(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: language)).render()
        try Self.check(html, plan: plan, scenario: scenario, language: language)
        #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    }

    /// With industry demand the headline splits the unmet value: the courses left out, and the
    /// demand unserved with its people (it showed the whole value as the courses').
    @Test(arguments: Language.allCases)
    func demandFiguresEqualThePlans(_ language: Language) throws {
        let (scenario, plan) = try ReportFixtures.forum.get()
        let html = HTMLReport(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: language)).render()
        let split = try Self.figures(html).filter { ["unmetValue.courses", "unmetValue.demand", "demand.unserved"].contains($0.key) }
        #expect(split.count == 3, "\(split.map(\.key))")
        for figure in split {
            let expected = try #require(Self.expected(figure.key, plan: plan, scenario: scenario))
            #expect(abs(figure.value - expected) <= 0.005, "\(language): \(figure.key) is \(figure.value), the plan says \(expected)")
        }
        let courses = try #require(Self.expected("unmetValue.courses", plan: plan, scenario: scenario))
        let demand = try #require(Self.expected("unmetValue.demand", plan: plan, scenario: scenario))
        #expect(abs(courses + demand - (plan.unmetValue ?? .nan)) < 0.01, "\(courses) + \(demand) against \(plan.unmetValue ?? .nan)")
        #expect(demand > 0, "the forum fixture leaves some demand unserved")
    }

    @Test(arguments: Language.allCases)
    func trickyNamesAreEscapedAndFiguresStillMatch(_ language: Language) throws {
        let (scenario, plan) = ReportFixtures.tricky()
        let html = HTMLReport(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: language)).render()
        try Self.check(html, plan: plan, scenario: scenario, language: language)
        #expect(html.contains("Sri &quot;Bu Sri&quot; Wahyuni; S.Pd., M.T."))
        #expect(!html.contains("\"Bu Sri\""))
    }

    @Test func moneyIsWrittenForTheLanguage() throws {
        let (scenario, plan) = try ReportFixtures.pekalongan.get()
        let digest = try PlanDigest(plan: plan, scenario: scenario)
        let total = try #require(plan.cost?.total)
        let id = HTMLReport(digest: digest, text: TextCatalogue(language: .id)).render()
        let en = HTMLReport(digest: digest, text: TextCatalogue(language: .en)).render()
        #expect(id.contains(">" + MoneyFormat(language: .id, currency: "IDR").format(total) + "<"))
        #expect(id.contains("Rp 72.535.600") || total != 72_535_600)
        #expect(en.contains(">IDR " + NumberFormat(language: .en).amount(total) + "<"))
        #expect(id.contains("Rincian biaya") && en.contains("Cost breakdown"))
        #expect(id.contains("Jadwal per tempat") && en.contains("Timetable by instructor"))
    }

    @Test func selfContained() throws {
        let (scenario, plan) = try ReportFixtures.pekalongan.get()
        let html = HTMLReport(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: .id)).render()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        #expect(!html.contains("<img"))
        // The only URL is the SVG namespace, which is a name, never fetched.
        let urls = html.components(separatedBy: "http").dropFirst().map { String($0.prefix(30)) }
        #expect(urls.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg") }, "\(urls)")
        #expect(html.contains("<svg class=\"chart\""))
        #expect(html.components(separatedBy: "<svg class=\"timetable\"").count == 3)
        #expect(html.contains("@media print"))
    }

    @Test func infeasiblePlanStillReports() throws {
        let (scenario, _) = ReportFixtures.tricky()
        var plan = Plan(scenario: scenario.name, status: .infeasible,
                        courses: scenario.courses.map { .unscheduled($0.id, reasons: ["budget"]) })
        plan.infeasibility = ["mandatory course C-1 cannot run: budget"]
        let html = HTMLReport(digest: try PlanDigest(plan: plan, scenario: scenario), text: TextCatalogue(language: .en)).render()
        #expect(html.contains("No valid plan exists"))
        #expect(html.contains("mandatory course C-1 cannot run: budget"))
        #expect(!html.contains("class=\"timetable\""))
        try Self.check(html, plan: plan, scenario: scenario, language: .en)
    }
}
