import TrainPlanCore

/// `report.html`: the one page the head of the office reads to approve a plan.
///
/// Self-contained (inline CSS and SVG; no script, no web font, no image file,
/// nothing fetched), so it opens from a USB stick or an e-mail attachment and
/// prints on A4. Every figure it shows is wrapped in
/// `<span class="fig" data-figure="KEY" data-value="EXACT">` (or the same
/// attributes on SVG text), which the tests use to check each one against the plan.
public struct HTMLReport: Sendable {
    public let digest: PlanDigest
    public let text: TextCatalogue
    public let money: MoneyFormat
    /// Shown in the footer, e.g. `2023-01-01 09:00 UTC`; empty to leave out.
    public let generated: String
    /// The sourcing advice: the recommendation on the first page.
    public let sourcing: SourcingRecord?
    /// The what-if variant the plan is of, named in the title and heading.
    public let variant: ReportVariant?

    public init(digest: PlanDigest, text: TextCatalogue, generated: String = "", sourcing: SourcingRecord? = nil,
                variant: ReportVariant? = nil) {
        self.sourcing = sourcing
        self.variant = variant
        self.digest = digest
        self.text = text
        self.money = MoneyFormat(language: text.language, currency: digest.scenario.currency)
        self.generated = generated
    }

    /// The whole page as one string; the caller decides where it goes (file, test, mail).
    public func render() -> String {
        let s = digest.scenario, plan = digest.plan
        var html = "<!DOCTYPE html>\n<html lang=\"\(text.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        let title = text(.reportTitle, s.name) + (variant.map { " — " + text(.reportVariant, $0.name) } ?? "")
        html += "<title>\(Markup.escape(title))</title>\n<style>\(Self.style)\(pageStyle)</style>\n</head>\n<body>\n"
        html += "<header><h1>\(Markup.escape(title))</h1>\n"
        if let description = variant?.description, !description.isEmpty {
            html += "<p class=\"sub\">\(Markup.escape(description))</p>\n"
        }
        html += "<p class=\"sub\">\(Markup.escape(text(.horizon, text.longDate(s.calendar.start), text.longDate(s.calendar.end))))"
        html += " (\(Markup.figure("calendar.weeks", Double(s.calendar.weeks), text.numbers.integer(s.calendar.weeks))) \(Markup.escape(text(s.calendar.weeks == 1 ? .weekWord : .weeksWord))))"
        html += " · \(Markup.escape(text(.statusLabel))): <strong class=\"status-\(plan.status.rawValue)\">\(Markup.escape(text.status(plan.status)))</strong></p></header>\n"
        html += headline()
        if let sourcing { html += recommendation(sourcing) }
        let reasons = InfeasibilityText(text: text, currency: digest.scenario.currency).sentences(plan)
        if !reasons.isEmpty {
            html += "<section class=\"box\"><h2>\(Markup.escape(text(.noPlanExists)))</h2><ul>"
            html += reasons.map { "<li>\(Markup.escape($0))</li>" }.joined() + "</ul></section>\n"
        }
        html += replanning()
        if plan.cost != nil { html += costs() }
        if !digest.sessions.isEmpty { html += timetables() }
        html += engagements()
        html += contracts()
        html += demandSection()
        if !digest.scheduled.isEmpty { html += scheduledTable() }
        if plan.cost != nil { html += insurance() }
        html += unscheduledTable()
        if !digest.sessions.isEmpty { html += weeklyGrids() }
        html += signatures()
        html += footer()
        return html + "</body>\n</html>\n"
    }

    // MARK: - Sections

    func headline() -> String {
        let plan = digest.plan, s = digest.scenario
        var cards: [String] = []
        let run = digest.scheduled.count, total = digest.courses.count
        cards.append(card(text(.cardCoursesRun),
                          Markup.figure("courses.scheduled", Double(run), text.numbers.integer(run)) + " / "
                            + Markup.figure("courses.total", Double(total), text.numbers.integer(total)),
                          note: ""))
        cards.append(card(text(.cardTrainees),
                          Markup.figure("trainees.trained", Double(digest.traineesTrained), text.numbers.integer(digest.traineesTrained)),
                          note: text(.cardTraineesNote)))
        // The unmet value is the courses' left out plus the industry demand's unserved (rules 9-10):
        // each beside what it counts, so the courses are not shown as worth the demand's part.
        let notRunValue = digest.unscheduled.reduce(0) { $0 + s.courses[$1.course].value }
        // (Known without a plan too: an infeasible plan's card said "worth -" above a table of values.)
        let unmetValue = Markup.figure("unmetValue.courses", notRunValue, money.format(notRunValue))
        let notRun = Markup.figure("courses.unscheduled", Double(digest.unscheduled.count), text.numbers.integer(digest.unscheduled.count))
        let traineesUnmet = Markup.figure("trainees.unmet", Double(digest.traineesUnmet), text.numbers.integer(digest.traineesUnmet))
        // With industry demand listed the unmet demand is its unserved people (the courses left out
        // beside them); without, the trainees of the courses left out are the demand.
        if let demand = plan.demand, !demand.isEmpty, let total = plan.unmetValue {
            let people = demand.reduce(0) { $0 + $1.unserved }, worth = max(0, total - notRunValue)
            cards.append(card(text(.cardUnmet),
                              Markup.figure("demand.unserved", Double(people), text.numbers.integer(people)) + " "
                                + Markup.escape(text(.peopleWord)),
                              note: text.html(.cardUnmetDemandNote, Markup.figure("unmetValue.demand", worth, money.format(worth)),
                                              notRun, traineesUnmet, unmetValue),
                              noteIsHTML: true))
        } else {
            cards.append(card(text(.cardUnmet), traineesUnmet + " " + Markup.escape(text(.traineesWord)),
                              note: text.html(.cardUnmetNote, notRun, unmetValue), noteIsHTML: true))
        }
        if let cost = plan.cost {
            var note = ""
            if let budget = s.budget {
                note = Markup.escape(text(.ofBudget)) + " " + Markup.figure("budget", budget, money.format(budget))
                if budget > 0 {
                    let share = cost.total / budget * 100
                    note += " (" + Markup.figure("budget.usedPercent", share, text.numbers.percent(share / 100)) + ")"
                }
            } else {
                note = Markup.escape(text(.noBudget))
            }
            cards.append(card(text(.cardTotalCost), Markup.figure("cost.total", cost.total, money.format(cost.total)),
                              note: note, noteIsHTML: true))
        }
        var statusNote = ""
        if let objective = plan.objective {
            statusNote = Markup.escape(text(.objectiveLabel)) + " " + Markup.figure("objective", objective, money.format(objective))
            if let bound = plan.bound {
                statusNote += "<br>" + Markup.escape(text(.boundLabel)) + " " + Markup.figure("bound", bound, money.format(bound))
            }
        }
        let gapText = plan.gap.map { Markup.escape(text(.gapLabel)) + " " + Markup.figure("gapPercent", $0 * 100, text.numbers.percent($0)) } ?? ""
        cards.append(card(text(.cardStatus), Markup.escape(text.status(plan.status)) + (gapText.isEmpty ? "" : "<br><small>\(gapText)</small>"),
                          note: statusNote, noteIsHTML: true))
        return "<section class=\"cards\">\n" + cards.joined(separator: "\n") + "\n</section>\n"
    }

    /// Whom to source: the headline sentences, the job and the ranked options.
    func recommendation(_ record: SourcingRecord) -> String {
        let words = RecommendationText(record: record, text: text, currency: digest.scenario.currency)
        var html = "<section class=\"box recommendation\" id=\"recommendation\"><h2>\(Markup.escape(text(.recHeading)))</h2>\n"
        let lines = words.headline()
        if let first = lines.first { html += "<p class=\"rec-lead\"><strong>\(Markup.escape(first))</strong></p>" }
        html += lines.dropFirst().map { "<p>\(Markup.escape($0))</p>" }.joined()
        if let top = record.recommended {
            if let fee = top.breakEvenFeePerSlot {
                html += "<span class=\"fig\" hidden data-figure=\"recommendation.breakEvenFeePerSlot\" data-value=\"\(Markup.number(fee))\"></span>"
            }
            if let gain = top.gain {
                html += "<span class=\"fig\" hidden data-figure=\"recommendation.gain\" data-value=\"\(Markup.number(gain))\"></span>"
            }
            if let job = top.job {
                html += table(text.list(.recJobTable), words.jobRows(job))
            }
        }
        html += words.otherOptionsWithoutGain().map { "<p>\(Markup.escape($0))</p>" }.joined()
        if record.candidates.count > 1 {
            html += "<h3>\(Markup.escape(text(.recOptions)))</h3>" + table(text.list(.recOptionColumns), words.optionRows())
        }
        if !record.reliances.isEmpty {
            html += "<h3>\(Markup.escape(text(.recReliances)))</h3>" + table(text.list(.recRelianceColumns), words.relianceRows())
        }
        return html + "<p class=\"note\">\(Markup.escape(text(.recHowComputed)))</p></section>\n"
    }

    /// A plain table of text cells.
    func table(_ header: [String], _ rows: [[String]]) -> String {
        "<table><thead><tr>" + header.map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            + rows.map { "<tr>" + $0.map { "<td>\(Markup.escape($0))</td>" }.joined() + "</tr>" }.joined() + "</tbody></table>"
    }

    func card(_ title: String, _ valueHTML: String, note: String, noteIsHTML: Bool = false) -> String {
        "<div class=\"card\"><div class=\"card-title\">\(Markup.escape(title))</div><div class=\"card-value\">\(valueHTML)</div>"
            + (note.isEmpty ? "" : "<div class=\"card-note\">\(noteIsHTML ? note : Markup.escape(note))</div>") + "</div>"
    }

    func costs() -> String {
        guard let cost = digest.plan.cost else { return "" }
        let parts: [(TextKey, Double, String, String)] = [
            (.costInstructorFees, cost.instructorFees, "cost.instructorFees", "#2563eb"),
            (.costEngagement, cost.engagement, "cost.engagement", "#7c3aed"),
            (.costVenues, cost.venues, "cost.venues", "#059669"),
            (.costSocialSecurity, cost.socialSecurity, "cost.socialSecurity", "#d97706"),
        ]
        var bars = parts.map { SVGChart.Bar(label: text($0.0), value: $0.1, key: "chart." + $0.2, color: $0.3) }
        if let apprenticeships = cost.apprenticeships {
            bars.append(SVGChart.Bar(label: text.demand(.costApprenticeshipsRow), value: apprenticeships,
                                     key: "chart.cost.apprenticeships", color: "#db2777"))
        }
        bars.append(SVGChart.Bar(label: text(.costTotal), value: cost.total, key: "chart.cost.total", color: "#374151"))
        let limit = digest.scenario.budget.map { (label: text(.budgetLabel), value: $0, key: "chart.budget") }
        var html = "<section class=\"box\"><h2>\(Markup.escape(text(.costBreakdown)))</h2>\n"
        html += SVGChart.bars(bars, limit: limit, money: money, title: text(.costBreakdown)) + "\n"
        html += "<table class=\"narrow\"><tbody>"
        for (key, value, figure, _) in parts {
            html += "<tr><td>\(Markup.escape(text(key)))</td><td class=\"num\">\(Markup.figure(figure, value, money.format(value)))</td></tr>"
        }
        html += apprenticeshipRows(cost)
        html += "<tr class=\"total\"><td>\(Markup.escape(text(.costTotal)))</td><td class=\"num\">\(Markup.figure("cost.total", cost.total, money.format(cost.total)))</td></tr>"
        if let unmet = digest.plan.unmetValue {
            html += "<tr><td>\(Markup.escape(text(.unmetValueLabel)))</td><td class=\"num\">\(Markup.figure("unmetValue", unmet, money.format(unmet)))</td></tr>"
        }
        if let objective = digest.plan.objective {
            html += "<tr class=\"total\"><td>\(Markup.escape(text(.objectiveLabel)))</td><td class=\"num\">\(Markup.figure("objective", objective, money.format(objective)))</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    func timetables() -> String {
        let s = digest.scenario
        let venueRows = s.venues.indices.compactMap { v -> Timetable.Row? in
            let sessions = digest.sessions(venue: v)
            guard !sessions.isEmpty else { return nil }
            let venue = s.venues[v]
            return Timetable.Row(label: venue.name, detail: [venue.id, venue.site].compactMap { $0 }.joined(separator: " · "),
                                 sessions: sessions)
        }
        let instructorRows = s.instructors.indices.compactMap { i -> Timetable.Row? in
            let sessions = digest.sessions(instructor: i)
            guard !sessions.isEmpty else { return nil }
            let instructor = s.instructors[i]
            return Timetable.Row(label: instructor.name, detail: "\(instructor.id) · \(text.source(instructor.source))",
                                 sessions: sessions)
        }
        // Printed, a chart taller than a page was cut through a row, with no dates above its second
        // half, and left its heading alone on a page: so it comes in parts that each fit a page, each
        // with its own axis, the heading kept with the first.
        let perPart = max(4, Int(520 / (Double(max(1, s.calendar.slotCount)) * 11 + 22)))
        var html = ""
        for (heading, rows) in [(text(.timetableByVenue), venueRows), (text(.timetableByInstructor), instructorRows)] {
            html += "<section class=\"box wide\"><h2>\(Markup.escape(heading))</h2>\n"
            for start in stride(from: 0, to: max(1, rows.count), by: perPart) {
                let part = Array(rows[start..<min(rows.count, start + perPart)])
                html += "<div class=\"scroll part\">" + Timetable.svg(rows: part, digest: digest, text: text, title: heading) + "</div>\n"
            }
            html += legend() + "</section>\n"
        }
        return html
    }

    /// A re-plan says so: from which plan, what was frozen, what changed and at what penalty.
    func replanning() -> String {
        guard let record = digest.plan.replanning else { return "" }
        let words = ReplanningText(text: text, currency: digest.scenario.currency)
        var html = "<section class=\"box\"><h2>\(Markup.escape(words.heading(record)))</h2><ul>"
        for (depth, line) in words.lines(record) {
            html += depth == 0 ? "<li>\(Markup.escape(line))</li>" : "<li class=\"sub\">\(Markup.escape(line))</li>"
        }
        return html + "</ul></section>\n"
    }

    func legend() -> String {
        var html = "<ul class=\"legend\">"
        let colors = Timetable.colors(digest)
        for line in digest.scheduled {
            let course = digest.scenario.courses[line.course]
            html += "<li><span class=\"swatch\" style=\"background:\(colors[line.course] ?? Timetable.palette[0])\"></span><b>\(Markup.escape(course.id))</b> \(Markup.escape(course.title))</li>"
        }
        html += "<li><span class=\"swatch off\"></span>\(Markup.escape(text(.legendDayOff)))</li>"
        html += "<li><span class=\"swatch holiday\"></span>\(Markup.escape(text(.legendHoliday)))</li>"
        return html + "</ul>\n"
    }

    func engagements() -> String {
        let s = digest.scenario
        guard let engage = digest.plan.engage, !engage.isEmpty else { return "" }
        var html = "<section class=\"box\"><h2>\(Markup.escape(text(.engageHeading)))</h2>\n<table><thead><tr>"
        html += [text(.colInstructor), text(.colInstructorName), text(.colSource), text(.colOrganization), text(.colEngagement), text(.colCourses)]
            .map { "<th>\(Markup.escape($0))</th>" }.joined()
        html += "</tr></thead><tbody>"
        for (n, e) in engage.enumerated() {
            let instructor = s.instructor(e.instructor)
            html += "<tr><td>\(Markup.escape(e.instructor))</td><td>\(Markup.escape(instructor?.name ?? ""))</td>"
            html += "<td>\(Markup.escape(text.source(e.source)))</td><td>\(Markup.escape(instructor?.organization ?? ""))</td>"
            html += "<td class=\"num\">\(Markup.figure("engage.\(n).engagementCost", e.engagementCost, money.format(e.engagementCost)))</td>"
            html += "<td>\(Markup.escape(e.courses.joined(separator: ", ")))</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    func scheduledTable() -> String {
        let s = digest.scenario
        var html = "<section class=\"box wide\"><h2>\(Markup.escape(text(.scheduledHeading)))</h2>\n<table><thead><tr>"
        html += [text(.colCourse), text(.colTitle), text(.colInstructor), text(.colVenue), text(.colDates), text(.colWeekdays),
                 text(.colSlots), text(.colSessions), text(.colParticipants), text(.colFees), text(.colRent),
                 text(.colSocialSecurity), text(.colCourseCost)].map { "<th>\(Markup.escape($0))</th>" }.joined()
        html += "</tr></thead><tbody>"
        for line in digest.scheduled {
            let course = s.courses[line.course]
            let instructor = line.instructor.map { s.instructors[$0] }, venue = line.venue.map { s.venues[$0] }
            let id = course.id
            let sessions = line.planned.sessions?.count ?? 0
            let slots = line.planned.sessions?.first.map { digest.slotLabels($0.slots.sorted()).joined(separator: ", ") } ?? ""
            html += "<tr><td>\(Markup.escape(id))</td><td>\(Markup.escape(course.title))</td>"
            // A hand-over, in words ("handed over from DATE to NAME").
            let handover = line.planned.handover.map { h in
                " (" + text(.handedOver, text.longDate(h.from),
                            [h.instructor.flatMap { s.instructor($0)?.name }, h.venue.flatMap { s.venue($0)?.name }]
                                .compactMap { $0 }.joined(separator: ", ")) + ")"
            } ?? ""
            html += "<td>\(Markup.escape((instructor?.name ?? "") + handover))</td><td>\(Markup.escape(venue?.name ?? ""))</td>"
            let year = digest.spansYears
            html += "<td class=\"nowrap\">\(Markup.escape(line.firstDate.map { text.shortDate($0, year: year) } ?? ""))–\(Markup.escape(line.lastDate.map { text.shortDate($0, year: year) } ?? ""))</td>"
            html += "<td>\(Markup.escape((line.planned.weekdays ?? []).map { text.weekdayShort($0) }.joined(separator: " ")))</td>"
            html += "<td class=\"nowrap\">\(Markup.escape(slots))</td>"
            html += "<td class=\"num\">\(Markup.figure("course.\(id).sessions", Double(sessions), text.numbers.integer(sessions)))</td>"
            html += "<td class=\"num\">\(Markup.figure("course.\(id).participants", Double(course.participants), text.numbers.integer(course.participants)))</td>"
            html += "<td class=\"num\">\(Markup.figure("course.\(id).fees", line.fees, money.format(line.fees)))</td>"
            html += "<td class=\"num\">\(Markup.figure("course.\(id).rent", line.rent, money.format(line.rent)))</td>"
            html += "<td class=\"num\">\(Markup.figure("course.\(id).socialSecurity", line.socialSecurity, money.format(line.socialSecurity)))</td>"
            html += "<td class=\"num\">\(Markup.figure("course.\(id).cost", line.cost, money.format(line.cost)))</td></tr>"
        }
        return html + "</tbody></table><p class=\"note\">\(Markup.escape(text(.courseCostNote)))</p></section>\n"
    }

    func unscheduledTable() -> String {
        let s = digest.scenario
        let lines = digest.unscheduled
        var html = "<section class=\"box wide\"><h2>\(Markup.escape(text(.unscheduledHeading)))</h2>\n"
        guard !lines.isEmpty else { return html + "<p>\(Markup.escape(text(.allScheduled)))</p></section>\n" }
        html += "<table><thead><tr>"
        html += [text(.colCourse), text(.colTitle), text(.colParticipants), text(.colValue), text(.colReasons)]
            .map { "<th>\(Markup.escape($0))</th>" }.joined()
        html += "</tr></thead><tbody>"
        for line in lines {
            let course = s.courses[line.course]
            let reasons = ReasonText(text: text, currency: s.currency).sentences(line.planned)
            html += "<tr><td>\(Markup.escape(course.id))\(course.mandatory ? " <em>(\(Markup.escape(text(.mandatoryWord))))</em>" : "")</td>"
            html += "<td>\(Markup.escape(course.title))</td>"
            html += "<td class=\"num\">\(Markup.figure("course.\(course.id).participants", Double(course.participants), text.numbers.integer(course.participants)))</td>"
            html += "<td class=\"num\">\(Markup.figure("course.\(course.id).value", course.value, money.format(course.value)))</td>"
            html += "<td>" + (reasons.isEmpty ? "" : "<ul>" + reasons.map { "<li>\(Markup.escape($0))</li>" }.joined() + "</ul>") + "</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    func footer() -> String {
        var parts: [String] = [Markup.escape(text(.footerMadeBy))]
        if let run = digest.plan.solver {
            parts.append(Markup.escape("\(run.name) \(run.version)") + ", "
                         + Markup.figure("solver.seconds", run.seconds, text(.seconds, text.numbers.decimal(run.seconds, digits: 2))) + ", "
                         + Markup.figure("solver.nodes", Double(run.nodes), text(run.nodes == 1 ? .oneNode : .nodes, text.numbers.integer(run.nodes))))
        }
        if !generated.isEmpty { parts.append(Markup.escape(generated)) }
        return "<footer>" + parts.joined(separator: " · ") + "</footer>\n"
    }

    static let style = """
    :root{--ink:#111827;--muted:#6b7280;--line:#e5e7eb}
    *{box-sizing:border-box}
    body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;color:var(--ink);margin:24px;line-height:1.35;font-size:14px}
    h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:0 0 10px}
    .sub{color:var(--muted);margin:0 0 16px}
    .cards{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:16px}
    .card{flex:1 1 170px;border:1px solid var(--line);border-radius:8px;padding:10px 12px;break-inside:avoid}
    .card-title{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
    .card-value{font-size:22px;font-weight:600;margin:4px 0}
    .card-note{font-size:12px;color:var(--muted)}
    .box{border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin-bottom:16px;break-inside:avoid}
    .box.wide{break-inside:auto}.part{break-inside:avoid}.legend{break-before:avoid}
    .scroll{overflow-x:auto}
    svg{max-width:100%;height:auto;display:block}svg.timetable{width:100%}
    svg text{font-family:inherit;font-size:11px;fill:#374151}
    svg text.amount,svg text.limit{font-size:12px}svg text.limit{fill:#b91c1c}
    svg text.week{font-size:9px;fill:#6b7280}svg text.row{font-size:11px;font-weight:600;fill:#111827}
    svg text.detail{font-size:9px;fill:#6b7280}svg text.course{font-size:9px;font-weight:600}
    table{border-collapse:collapse;width:100%;font-size:12.5px}table.narrow{width:auto;min-width:320px;margin-top:8px}
    th,td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
    td:first-child{overflow-wrap:anywhere}
    th{background:#f9fafb;font-weight:600}
    td.num{text-align:right;white-space:nowrap}.nowrap,.fig{white-space:nowrap}
    tr.total td{font-weight:600;border-top:2px solid #9ca3af}
    td ul{margin:0;padding-left:16px}
    .legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:12px}
    .swatch{display:inline-block;width:11px;height:11px;margin-right:5px;vertical-align:-1px;border-radius:2px}
    .swatch.off{background:#eeeeee;border:1px solid #d1d5db}.swatch.holiday{background:#fde2c4}
    .status-optimal{color:#047857}.status-feasible{color:#b45309}.status-infeasible,.status-unknown{color:#b91c1c}
    .note{font-size:12px;color:var(--muted)}
    footer{color:var(--muted);font-size:12px;margin-top:20px;break-before:avoid}
    @page{size:A4 landscape;margin:12mm}
    @media print{body{margin:0;font-size:11px}.box{border:none;padding:0}.scroll{overflow:visible}
    *{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2,h2+p.note{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}}
    """
}
