import TrainPlanCore

/// The parts of `report.html` an office needs to act on a plan, beyond the plan itself:
/// what to put in each instructor's contract, how the insurance was computed (so that
/// the finance officer can check it by hand), each instructor's week at a glance, page
/// numbers and a place to sign.
extension HTMLReport {
    /// One row per instructor the plan engages: sessions, slots, fee, engagement and the total to contract.
    func contracts() -> String {
        let s = digest.scenario
        guard let engage = digest.plan.engage, !engage.isEmpty else { return "" }
        var rows: [String] = []
        for e in engage {
            guard let i = s.instructors.firstIndex(where: { $0.id == e.instructor }) else { continue }
            let instructor = s.instructors[i], line = digest.instructors[i]
            let sessions = digest.sessions(instructor: i).count
            let total = line.fees + line.engagement
            let key = "contract.\(e.instructor)"
            rows.append("<tr><td>\(Markup.escape(e.instructor))</td><td>\(Markup.escape(instructor.name))</td>"
                        + "<td>\(Markup.escape(text.source(instructor.source)))</td>"
                        + "<td class=\"num\">\(Markup.figure(key + ".sessions", Double(sessions), text.numbers.integer(sessions)))</td>"
                        + "<td class=\"num\">\(Markup.figure(key + ".slots", Double(line.slots), text.numbers.integer(line.slots)))</td>"
                        + "<td class=\"num\">\(Markup.figure(key + ".feePerSlot", instructor.feePerSlot, money.format(instructor.feePerSlot)))</td>"
                        + "<td class=\"num\">\(Markup.figure(key + ".fees", line.fees, money.format(line.fees)))</td>"
                        + "<td class=\"num\">\(Markup.figure(key + ".engagement", line.engagement, money.format(line.engagement)))</td>"
                        + "<td class=\"num\"><strong>\(Markup.figure(key + ".total", total, money.format(total)))</strong></td></tr>")
        }
        return "<section class=\"box\"><h2>\(Markup.escape(text(.contractHeading)))</h2>\n<table><thead><tr>"
            + text.list(.contractColumns).map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            + rows.joined() + "</tbody></table><p class=\"note\">\(Markup.escape(text(.contractNote)))</p></section>\n"
    }

    /// The insurance in words: participant-months times the premium, in all and per course, and why a course's is 0.
    func insurance() -> String {
        let s = digest.scenario
        let premium = s.premiumPerParticipantMonth
        var html = "<section class=\"box\"><h2>\(Markup.escape(text(.insuranceHeading)))</h2>\n"
        guard premium > 0 else { return html + "<p>\(Markup.escape(text(.insuranceNoPremium)))</p></section>\n" }
        var items: [String] = []
        var participantMonths = 0
        for line in digest.scheduled {
            let course = s.courses[line.course]
            guard course.socialSecurity else {
                items.append("<li>" + text.html(.insuranceNotInsured, Markup.escape(course.id),
                                                Markup.figure("insurance.\(course.id).amount", 0, money.format(0))) + "</li>")
                continue
            }
            let months = Self.months(of: (line.planned.sessions ?? []).map(\.date))
            let count = course.participants * months.count
            participantMonths += count
            let names = months.map { text.shortMonth($0.month) + (digest.spansYears ? " \($0.year)" : "") }.joined(separator: ", ")
            items.append("<li>" + text.html(.insuranceCourse, Markup.escape(course.id), text.numbers.integer(course.participants),
                                            text.numbers.integer(months.count), Markup.escape(names),
                                            Markup.figure("insurance.\(course.id).participantMonths", Double(count), text.numbers.integer(count)),
                                            Markup.figure("insurance.\(course.id).amount", line.socialSecurity,
                                                          money.format(line.socialSecurity))) + "</li>")
        }
        let total = Double(participantMonths) * premium
        html += "<p><strong>" + text.html(.insuranceTotal,
                                          Markup.figure("insurance.participantMonths", Double(participantMonths), text.numbers.integer(participantMonths)),
                                          Markup.figure("insurance.premium", premium, money.format(premium)),
                                          Markup.figure("cost.socialSecurity", total, money.format(total))) + "</strong></p>"
        // Insured apprentices (rule 10) pay the same premium for each month placed, within the apprenticeships' cost.
        let apprentices = DemandRow.apprenticeInsurance(digest.plan, scenario: s)
        if apprentices > 0 {
            let months = Int((apprentices / premium).rounded())
            let figure = Markup.figure("insurance.apprentices.total", apprentices, money.format(apprentices))
            html += "<p>" + Markup.escape(text.demand(.insuranceApprenticeLine, text.numbers.integer(months), money.format(premium), "\u{1}"))
                .replacingOccurrences(of: "\u{1}", with: figure) + "</p>"
        }
        return html + "<ul class=\"columns\">" + items.joined() + "</ul><p class=\"note\">\(Markup.escape(text(.insuranceMonthRule)))</p></section>\n"
    }

    /// The distinct calendar months (year, month) of `dates`, in order.
    static func months(of dates: [CivilDate]) -> [(year: Int, month: Int)] {
        var seen: Set<Int> = []
        return dates.sorted().compactMap { date in
            let c = date.components
            return seen.insert(c.year * 12 + c.month).inserted ? (c.year, c.month) : nil
        }
    }

    /// Per teaching instructor, a weekday × slot grid of the courses they teach there, with the dates.
    func weeklyGrids() -> String {
        let s = digest.scenario, calendar = s.calendar
        let days = Weekday.allCases.filter { calendar.workdays.contains($0) }
        // The heading, its note and the first grid are kept on one printed page (the heading was
        // left alone at the foot of a page, the grids on the next).
        var html = "<section class=\"box wide\"><div class=\"keep\"><h2>\(Markup.escape(text(.weeklyHeading)))</h2>"
            + "<p class=\"note\">\(Markup.escape(text(.weeklyNote)))</p>\n<div class=\"grids\">"
        let colors = Timetable.colors(digest)
        var first = true
        for (i, instructor) in s.instructors.enumerated() {
            let sessions = digest.sessions(instructor: i)
            guard !sessions.isEmpty else { continue }
            html += "<table class=\"week-grid\"><caption>\(Markup.escape(instructor.name)) (\(Markup.escape(instructor.id)))</caption><thead><tr><th></th>"
            html += days.map { "<th>\(Markup.escape(text.weekdayShort($0)))</th>" }.joined() + "</tr></thead><tbody>"
            for slot in 1...max(1, calendar.slotCount) {
                html += "<tr><th class=\"nowrap\">\(Markup.escape(digest.slotLabels([slot]).first ?? ""))</th>"
                for day in days {
                    let here = sessions.filter { $0.date.weekday == day && $0.slots.contains(slot) }
                    let courses = Dictionary(grouping: here, by: \.course).sorted { $0.key < $1.key }
                    let cells = courses.map { course, list -> String in
                        let dates = list.map(\.date)
                        let first = dates.min().map { text.shortDate($0, year: digest.spansYears) } ?? ""
                        let last = dates.max().map { text.shortDate($0, year: digest.spansYears) } ?? ""
                        return "<div><span class=\"swatch\" style=\"background:\(colors[course] ?? Timetable.palette[0])\"></span>"
                            + "<b>\(Markup.escape(s.courses[course].id))</b> <small>\(Markup.escape(first))–\(Markup.escape(last))</small></div>"
                    }
                    html += "<td>" + cells.joined() + "</td>"
                }
                html += "</tr>"
            }
            html += "</tbody></table>"
            if first { html += "</div></div>\n<div class=\"grids\">" }
            first = false
        }
        return html + (first ? "</div></div>" : "</div>") + "</section>\n"
    }

    /// Prepared by / approved by, each with a place and date and a line to sign on.
    func signatures() -> String {
        func block(_ role: TextKey) -> String {
            "<div class=\"sign\"><div>\(Markup.escape(text(role)))</div><div class=\"sign-line\">\(Markup.escape(text(.signPlaceDate))): </div>"
                + "<div class=\"sign-space\"></div><div class=\"sign-line\">\(Markup.escape(text(.signName))): </div></div>"
        }
        return "<section class=\"signatures\">" + block(.signPrepared) + block(.signApproved) + "</section>\n"
    }

    /// Page numbers at the foot of every printed page, in the report's language.
    var pageStyle: String {
        "@page{@bottom-right{content:\"\(text(.pageWord)) \" counter(page) \" \(text(.pageOfWord)) \" counter(pages);font-size:9px;color:#6b7280}}"
            + ".signatures{display:flex;gap:48px;margin-top:24px;break-inside:avoid}.sign{flex:1}"
            + ".sign-line{border-bottom:1px solid #9ca3af;margin-top:14px;font-size:12px;color:#6b7280}.sign-space{height:56px}"
            + ".grids{display:flex;flex-wrap:wrap;gap:12px}.keep{break-inside:avoid}.keep .grids{margin-bottom:12px}.week-grid{width:auto;break-inside:avoid}"
            + ".week-grid caption{text-align:left;font-weight:600;padding:2px 0}.week-grid td{min-width:90px}"
            + "ul.columns{columns:2;font-size:12.5px}.recommendation{border-color:#2563eb;border-width:2px}"
            + ".rec-lead{font-size:16px}.recommendation td{white-space:nowrap}"
    }
}
