import Foundation
import TrainPlanCore

// The report's demand parts (rules 9-10): `demand.csv` (and the workbook's `demand` sheet),
// one row per course serving a demand entry (or one row for an entry nobody serves), and the
// HTML section with the demand table per company and the insurance split into trainees and
// apprentices. Present only when the scenario lists demand.

extension SpreadsheetExport {
    /// One row per (demand entry, serving course), or per entry left wholly unserved. An entry's
    /// own figures (asked, unserved, why) are on its first row only, so that a column sums to the
    /// plan's; each row's apprenticeship cost (its people's allowance and insurance for the months)
    /// sums to the plan's `cost.apprenticeships`.
    public func demandTable() -> ReportTable? {
        let rows = DemandRow.rows(digest.plan, scenario: digest.scenario)
        guard !digest.scenario.demand.isEmpty, digest.plan.demand != nil else { return nil }
        let premium = digest.scenario.premiumPerParticipantMonth
        var cells: [[ReportCell]] = []
        for row in rows {
            let entry = row.entry
            let named: [ReportCell] = [.text(entry.company), .text(entry.id), .text(text.demandKind(entry.kind)),
                                       .text(entry.skill), .count(entry.level)]
            let tail: [ReportCell] = [.count(row.planned.unserved), .text(text.demandWhy(row.planned, currency: digest.scenario.currency))]
            let served = row.planned.served.filter { $0.people > 0 }
            if served.isEmpty { cells.append(named + [.count(entry.people), .empty, .count(0), .empty, .empty] + tail) }
            for (k, item) in served.enumerated() {
                let cost: ReportCell = entry.kind == .apprenticeship
                    ? .money(Double(item.people) * DemandRules.costPerPerson(entry, premium: premium)) : .empty
                cells.append(named + [k == 0 ? .count(entry.people) : .empty, .text(item.course), .count(item.people),
                                      item.start.map(ReportCell.date) ?? .empty, cost]
                             + (k == 0 ? tail : [.empty, .empty]))
            }
        }
        return ReportTable(name: "demand", header: text.demandList(.csvColumns), rows: cells)
    }
}

extension HTMLReport {
    /// Apprenticeships' cost, and the insurance split: trainees (courses) and apprentices (placements).
    func apprenticeshipRows(_ cost: CostBreakdown) -> String {
        guard let apprenticeships = cost.apprenticeships else { return "" }
        let insurance = DemandRow.apprenticeInsurance(digest.plan, scenario: digest.scenario)
        // Its two parts beneath it (the trainees' insurance is the row above, not a part of it).
        let allowances = apprenticeships - insurance
        var html = "<tr><td>\(Markup.escape(text.demand(.costApprenticeshipsRow)))</td><td class=\"num\">"
            + "\(Markup.figure("cost.apprenticeships", apprenticeships, money.format(apprenticeships)))</td></tr>"
        html += "<tr class=\"sub\"><td>· \(Markup.escape(text.demand(.allowancesApprentices)))</td><td class=\"num\">"
            + "\(Markup.figure("apprenticeships.allowances", allowances, money.format(allowances)))</td></tr>"
        html += "<tr class=\"sub\"><td>· \(Markup.escape(text.demand(.insuranceApprentices)))</td><td class=\"num\">"
            + "\(Markup.figure("insurance.apprentices", insurance, money.format(insurance)))</td></tr>"
        return html
    }

    /// The demand table per company: asked, trained, apprentices placed with start dates, unserved and why.
    func demandSection() -> String {
        let rows = DemandRow.rows(digest.plan, scenario: digest.scenario)
        guard !rows.isEmpty else { return "" }
        var html = "<section class=\"box wide\"><h2>\(Markup.escape(text.demand(.heading)))</h2>\n<table><thead><tr>"
        html += text.demandList(.columns).map { "<th>\(Markup.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
        for (n, row) in rows.enumerated() {
            let entry = row.entry
            let starts = row.starts.map { text.longDate($0) }.joined(separator: ", ")
            html += "<tr><td>\(Markup.escape(entry.company))</td><td>\(Markup.escape(entry.id))</td>"
            html += "<td>\(Markup.escape(text.demandKind(entry.kind)))</td><td>\(Markup.escape(entry.skill))</td>"
            html += "<td class=\"num\">\(Markup.figure("demand.\(n).asked", Double(entry.people), text.numbers.integer(entry.people)))</td>"
            html += "<td class=\"num\">" + (entry.kind == .hire
                ? Markup.figure("demand.\(n).trained", Double(row.trained), text.numbers.integer(row.trained)) : "") + "</td>"
            html += "<td>" + (entry.kind == .apprenticeship
                ? Markup.figure("demand.\(n).placed", Double(row.placed), text.numbers.integer(row.placed))
                    + (starts.isEmpty ? "" : " (\(Markup.escape(starts)))") : "") + "</td>"
            html += "<td class=\"num\">\(Markup.figure("demand.\(n).unserved", Double(row.planned.unserved), text.numbers.integer(row.planned.unserved)))</td>"
            html += "<td>\(Markup.escape(text.demandWhy(row.planned, currency: digest.scenario.currency)))</td></tr>"
        }
        html += "</tbody></table>"
        // Each placement's cost worked out: people × months × (allowance + premium when insured).
        let premium = digest.scenario.premiumPerParticipantMonth
        for row in rows where row.entry.kind == .apprenticeship && row.placed > 0 {
            let entry = row.entry, perPerson = DemandRules.costPerPerson(entry, premium: premium)
            let monthly = entry.insured && premium > 0
                ? text.demand(.allowancePlusPremium, money.format(entry.allowancePerMonth), money.format(premium))
                : money.format(entry.allowancePerMonth)
            html += "<p class=\"note\">" + Markup.escape(text.demand(.placementCost, entry.id, text.numbers.integer(row.placed),
                                                                       text.numbers.integer(entry.months), monthly))
                + Markup.figure("demand.\(entry.id).cost", Double(row.placed) * perPerson, money.format(Double(row.placed) * perPerson)) + "</p>"
        }
        for note in rows.compactMap({ $0.sourcedNote(text) }) {
            html += "<p class=\"note\">\(Markup.escape(note))</p>"
        }
        return html + "</section>\n"
    }
}
