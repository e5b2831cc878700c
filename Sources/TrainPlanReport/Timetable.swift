import TrainPlanCore

/// A Gantt-style timetable as inline SVG: one row per venue or instructor, one
/// column per day of the horizon, one lane per slot of the day, a coloured
/// block for every slot a course holds. Weekends and holidays are shaded, so a
/// planner sees at a glance who is busy when and where the gaps are.
public enum Timetable {
    /// One venue or instructor: its name, a detail line and its sessions.
    public struct Row: Sendable {
        public var label: String
        public var detail: String
        public var sessions: [PlanDigest.Session]

        public init(label: String, detail: String, sessions: [PlanDigest.Session]) {
            self.label = label
            self.detail = detail
            self.sessions = sessions
        }
    }

    /// Course colours, distinguishable in print and for most colour-blind readers.
    public static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                                 "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#843c39"]

    /// The colour of a course (index into `scenario.courses`), the same in every timetable and legend.
    public static func color(course: Int) -> String { palette[course % palette.count] }

    /// The timetable of `rows` over the whole horizon, as an `<svg>` element.
    public static func svg(rows: [Row], digest: PlanDigest, text: TextCatalogue, title: String) -> String {
        let calendar = digest.scenario.calendar
        let days = calendar.dayCount, lanes = max(1, calendar.slotCount)
        let dayWidth = min(14, max(4, (900.0 / Double(days)).rounded(.down)))
        let labelWidth = 210.0, header = 34.0, laneHeight = 11.0, labelLine = 12.0
        let rowHeight = labelLine + Double(lanes) * laneHeight + 6
        let plotWidth = Double(days) * dayWidth
        let width = labelWidth + plotWidth + 10, height = header + Double(rows.count) * rowHeight + 4
        let bottom = header + Double(rows.count) * rowHeight
        func x(_ date: CivilDate) -> Double { labelWidth + Double(calendar.offset(of: date)) * dayWidth }
        let n = Markup.number

        var svg = "<svg class=\"timetable\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\">"
        svg += "<title>\(Markup.escape(title))</title>"
        // Days off: weekends and holidays, shaded across every row.
        for offset in 0..<days {
            let date = calendar.date(atOffset: offset)
            guard !calendar.isWorkingDay(date) else { continue }
            let fill = calendar.holidays.contains(date) && calendar.workdays.contains(date.weekday) ? "#fde2c4" : "#eeeeee"
            svg += "<rect x=\"\(n(x(date)))\" y=\"\(n(header))\" width=\"\(n(dayWidth))\" height=\"\(n(bottom - header))\" fill=\"\(fill)\"/>"
        }
        // Weeks: a line and a label at each week's first day.
        for week in 0..<calendar.weeks {
            let date = calendar.start.adding(days: 7 * week)
            let wx = x(date)
            svg += "<line x1=\"\(n(wx))\" y1=\"\(n(header - 6))\" x2=\"\(n(wx))\" y2=\"\(n(bottom))\" stroke=\"#9ca3af\" stroke-width=\"0.6\"/>"
            svg += "<text x=\"\(n(wx + 2))\" y=\"12\" class=\"week\">\(Markup.escape(text(.weekShort, String(week + 1))))</text>"
            svg += "<text x=\"\(n(wx + 2))\" y=\"24\" class=\"week\">\(Markup.escape(text.shortDate(date)))</text>"
        }
        for (r, row) in rows.enumerated() {
            let top = header + Double(r) * rowHeight
            svg += "<line x1=\"0\" y1=\"\(n(top))\" x2=\"\(n(labelWidth + plotWidth))\" y2=\"\(n(top))\" stroke=\"#d1d5db\" stroke-width=\"0.8\"/>"
            svg += "<text x=\"4\" y=\"\(n(top + 14))\" class=\"row\">\(Markup.escape(clip(row.label, 30)))</text>"
            svg += "<text x=\"4\" y=\"\(n(top + 26))\" class=\"detail\">\(Markup.escape(clip(row.detail, 36)))</text>"
            var labelled: Set<Int> = []
            for session in row.sessions {
                let course = digest.scenario.courses[session.course]
                let color = color(course: session.course)
                let tip = "\(course.id) · \(text.weekday(session.date.weekday)) \(session.date) · "
                    + digest.slotLabels(session.slots).joined(separator: ", ") + " · \(session.number)/\(session.count)"
                for slot in session.slots {
                    let y = top + labelLine + Double(slot - 1) * laneHeight + 2
                    svg += "<rect x=\"\(n(x(session.date) + 0.5))\" y=\"\(n(y))\" width=\"\(n(max(1, dayWidth - 1)))\" height=\"\(n(laneHeight - 1))\" fill=\"\(color)\"><title>\(Markup.escape(tip))</title></rect>"
                }
                if labelled.insert(session.course).inserted {
                    svg += "<text x=\"\(n(x(session.date)))\" y=\"\(n(top + labelLine - 1))\" class=\"course\" fill=\"\(color)\">\(Markup.escape(course.id))</text>"
                }
            }
        }
        svg += "<line x1=\"0\" y1=\"\(n(bottom))\" x2=\"\(n(labelWidth + plotWidth))\" y2=\"\(n(bottom))\" stroke=\"#d1d5db\" stroke-width=\"0.8\"/>"
        return svg + "</svg>"
    }

    static func clip(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
