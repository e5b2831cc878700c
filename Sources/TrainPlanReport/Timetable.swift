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

    /// Course colours, distinguishable in print and for most colour-blind readers; the
    /// scheduled courses take them in order, so up to this many courses never share one.
    public static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                                 "#e377c2", "#17becf", "#bcbd22", "#393b79", "#637939", "#843c39",
                                 "#7b4173", "#e6550d", "#31a354", "#756bb1", "#636363", "#ad494a",
                                 "#8ca252", "#bd9e39", "#6b6ecf", "#d6616b", "#3182bd", "#a55194"]

    /// The colour of each scheduled course (index into `scenario.courses`), the same in every timetable and legend:
    /// the palette's, then hues a golden angle apart at three shades (they repeated past 24 courses).
    public static func colors(_ digest: PlanDigest) -> [Int: String] {
        Dictionary(uniqueKeysWithValues: digest.scheduled.enumerated().map { ($1.course, color($0)) })
    }

    /// The `k`th course's colour: dark and saturated enough for white space around it and for its label.
    public static func color(_ k: Int) -> String {
        guard k >= palette.count else { return palette[k] }
        let n = k - palette.count
        let hue = (Double(n) * 137.508).truncatingRemainder(dividingBy: 360)
        let (saturation, lightness) = [(0.62, 0.42), (0.50, 0.32), (0.70, 0.52)][(n / 7) % 3]
        // HSL to RGB.
        let chroma = (1 - abs(2 * lightness - 1)) * saturation
        let h = hue / 60, x = chroma * (1 - abs(h.truncatingRemainder(dividingBy: 2) - 1))
        let (r, g, b): (Double, Double, Double) = switch Int(h) {
        case 0: (chroma, x, 0)
        case 1: (x, chroma, 0)
        case 2: (0, chroma, x)
        case 3: (0, x, chroma)
        case 4: (x, 0, chroma)
        default: (chroma, 0, x)
        }
        let m = lightness - chroma / 2
        func hex(_ v: Double) -> String {
            let byte = String(Int(((v + m) * 255).rounded()), radix: 16)
            return byte.count == 1 ? "0" + byte : byte
        }
        return "#" + hex(r) + hex(g) + hex(b)
    }

    /// Width of a course label in the timetable's 9 px bold type, generously estimated per character,
    /// so that labels placed apart by this measure never touch on the page.
    public static func labelWidth(_ text: String) -> Double { Double(text.count) * 6.5 + 2 }

    /// Width of the whole timetable in SVG units; the page scales it to its full width.
    static let totalWidth = 1100.0

    /// The timetable of `rows` over the whole horizon, as an `<svg>` element that fills the page's width.
    public static func svg(rows: [Row], digest: PlanDigest, text: TextCatalogue, title: String) -> String {
        let calendar = digest.scenario.calendar
        let colors = colors(digest)
        let days = calendar.dayCount, lanes = max(1, calendar.slotCount)
        let labelWidth = 290.0, header = 34.0, laneHeight = 11.0, labelLine = 11.0
        let plotWidth = totalWidth - labelWidth - 10
        let dayWidth = plotWidth / Double(max(1, days))
        func x(_ date: CivilDate) -> Double { labelWidth + Double(calendar.offset(of: date)) * dayWidth }
        let n = Markup.number

        // Course labels: each course once per row, above its first block, moved down a line
        // wherever it would run into a label already placed (so none overlap).
        struct Label { var course: Int; var x: Double; var line: Int }
        var labels: [[Label]] = []
        for row in rows {
            var placed: [Label] = []
            var seen: Set<Int> = []
            for session in row.sessions where seen.insert(session.course).inserted {
                let id = digest.scenario.courses[session.course].id
                let start = x(session.date), end = start + Self.labelWidth(id)
                var line = 0
                while placed.contains(where: { other in
                    other.line == line && start < other.x + Self.labelWidth(digest.scenario.courses[other.course].id) && other.x < end
                }) { line += 1 }
                placed.append(Label(course: session.course, x: start, line: line))
            }
            labels.append(placed)
        }
        let labelLines = labels.map { max(1, ($0.map(\.line).max() ?? 0) + 1) }
        // Row names wrap (never cut) onto as many lines as they need, the detail below them.
        let names = rows.map { wrap($0.label, 40) }
        let rowHeights = rows.indices.map { r in
            max(Double(labelLines[r]) * labelLine + 2 + Double(lanes) * laneHeight + 6, Double(names[r].count + 1) * 12 + 8)
        }
        let rowTops = rowHeights.indices.map { header + rowHeights[..<$0].reduce(0, +) }
        let bottom = header + rowHeights.reduce(0, +)
        let height = bottom + 4

        var svg = "<svg class=\"timetable\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(n(totalWidth)) \(n(height))\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">"
        svg += "<title>\(Markup.escape(title))</title>"
        // Days off: weekends and holidays, shaded across every row.
        for offset in 0..<days {
            let date = calendar.date(atOffset: offset)
            guard !calendar.isWorkingDay(date) else { continue }
            let fill = calendar.holidays.contains(date) && calendar.workdays.contains(date.weekday) ? "#fde2c4" : "#eeeeee"
            svg += "<rect x=\"\(n(x(date)))\" y=\"\(n(header))\" width=\"\(n(dayWidth))\" height=\"\(n(bottom - header))\" fill=\"\(fill)\"/>"
        }
        // Weeks: a line at each week's first day, and a label at every week's, or every second,
        // third... where weeks are narrower than a label (a 9 px date like `30 Des` needs 34 units).
        let labelEvery = max(1, Int((34 / (7 * dayWidth)).rounded(.up)))
        for week in 0..<calendar.weeks {
            let date = calendar.start.adding(days: 7 * week)
            let wx = x(date)
            svg += "<line x1=\"\(n(wx))\" y1=\"\(n(header - 6))\" x2=\"\(n(wx))\" y2=\"\(n(bottom))\" stroke=\"#9ca3af\" stroke-width=\"0.6\"/>"
            guard week % labelEvery == 0 else { continue }
            svg += "<text x=\"\(n(wx + 2))\" y=\"12\" class=\"week\">\(Markup.escape(text(.weekShort, String(week + 1))))</text>"
            svg += "<text x=\"\(n(wx + 2))\" y=\"24\" class=\"week\">\(Markup.escape(text.shortDate(date)))</text>"
        }
        for (r, row) in rows.enumerated() {
            let top = rowTops[r], lanesTop = top + Double(labelLines[r]) * labelLine + 2
            svg += "<line x1=\"0\" y1=\"\(n(top))\" x2=\"\(n(labelWidth + plotWidth))\" y2=\"\(n(top))\" stroke=\"#d1d5db\" stroke-width=\"0.8\"/>"
            for (k, name) in names[r].enumerated() {
                svg += "<text x=\"4\" y=\"\(n(top + 14 + Double(k) * 12))\" class=\"row\">\(Markup.escape(name))</text>"
            }
            svg += "<text x=\"4\" y=\"\(n(top + 14 + Double(names[r].count) * 12))\" class=\"detail\">\(Markup.escape(clip(row.detail, 56)))</text>"
            for session in row.sessions {
                let course = digest.scenario.courses[session.course]
                let color = colors[session.course] ?? palette[0]
                let tip = "\(course.id) · \(text.weekday(session.date.weekday)) \(text.longDate(session.date)) · "
                    + digest.slotLabels(session.slots).joined(separator: ", ") + " · \(session.number)/\(session.count)"
                for slot in session.slots {
                    let y = lanesTop + Double(slot - 1) * laneHeight
                    svg += "<rect x=\"\(n(x(session.date) + 0.5))\" y=\"\(n(y))\" width=\"\(n(max(1, dayWidth - 1)))\" height=\"\(n(laneHeight - 1))\" fill=\"\(color)\"><title>\(Markup.escape(tip))</title></rect>"
                }
            }
            for label in labels[r] {
                let id = digest.scenario.courses[label.course].id
                let y = top + Double(label.line + 1) * labelLine - 1
                svg += "<text x=\"\(n(label.x))\" y=\"\(n(y))\" class=\"course\" data-width=\"\(n(Self.labelWidth(id)))\" fill=\"\(colors[label.course] ?? palette[0])\">\(Markup.escape(id))</text>"
            }
        }
        svg += "<line x1=\"0\" y1=\"\(n(bottom))\" x2=\"\(n(labelWidth + plotWidth))\" y2=\"\(n(bottom))\" stroke=\"#d1d5db\" stroke-width=\"0.8\"/>"
        return svg + "</svg>"
    }

    /// `text` in lines of at most `width` characters, broken at spaces (a longer word keeps its own line).
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return line.isEmpty ? (lines.isEmpty ? [""] : lines) : lines + [line]
    }

    static func clip(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}
