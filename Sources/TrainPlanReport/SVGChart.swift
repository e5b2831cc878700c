/// The cost breakdown as an inline SVG bar chart: no script, no font files,
/// prints as sharply as the text around it.
public enum SVGChart {
    /// One bar: a labelled amount in its colour.
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// `data-figure` key of the value's label, e.g. `cost.venues`.
        public var key: String
        public var color: String

        public init(label: String, value: Double, key: String, color: String) {
            self.label = label
            self.value = value
            self.key = key
            self.color = color
        }
    }

    /// Horizontal bars on one scale, each labelled with its amount; `limit` (the budget)
    /// is drawn as a dashed line across them when given.
    public static func bars(_ bars: [Bar], limit: (label: String, value: Double, key: String)?, money: MoneyFormat,
                            title: String) -> String {
        let labelWidth = 190.0, barArea = 430.0, amountWidth = 170.0, rowHeight = 30.0, top = 10.0
        let width = labelWidth + barArea + amountWidth
        let height = top + Double(bars.count) * rowHeight + (limit == nil ? 10 : 34)
        let scaleMax = max(bars.map(\.value).max() ?? 0, limit?.value ?? 0, 1)
        func x(_ value: Double) -> Double { labelWidth + barArea * max(0, value) / scaleMax }
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 \(Markup.number(width)) \(Markup.number(height))\" width=\"\(Markup.number(width))\" height=\"\(Markup.number(height))\">"
        svg += "<title>\(Markup.escape(title))</title>"
        // The budget's line first, under the amounts: a total close to the budget stays readable
        // (each amount on a white ground, about as wide as its text, where the dashed line would cross it).
        if let limit {
            let lx = x(limit.value), bottom = top + Double(bars.count) * rowHeight
            svg += "<line x1=\"\(Markup.number(lx))\" y1=\"\(Markup.number(top))\" x2=\"\(Markup.number(lx))\" y2=\"\(Markup.number(bottom + 4))\" stroke=\"#b91c1c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"
        }
        for (n, bar) in bars.enumerated() {
            let y = top + Double(n) * rowHeight
            svg += "<text x=\"\(Markup.number(labelWidth - 8))\" y=\"\(Markup.number(y + 19))\" text-anchor=\"end\" class=\"axis\">\(Markup.escape(bar.label))</text>"
            svg += "<rect x=\"\(Markup.number(labelWidth))\" y=\"\(Markup.number(y + 5))\" width=\"\(Markup.number(max(1, x(bar.value) - labelWidth)))\" height=\"20\" fill=\"\(bar.color)\"><title>\(Markup.escape(bar.label))</title></rect>"
            let amount = money.format(bar.value)
            svg += "<rect x=\"\(Markup.number(x(bar.value) + 3))\" y=\"\(Markup.number(y + 5))\" width=\"\(Markup.number(Double(amount.count) * 7.5 + 6))\" height=\"20\" fill=\"#fff\"/>"
            svg += "<text x=\"\(Markup.number(x(bar.value) + 6))\" y=\"\(Markup.number(y + 19))\" class=\"amount\" data-figure=\"\(Markup.escape(bar.key))\" data-value=\"\(Markup.number(bar.value))\">\(Markup.escape(money.format(bar.value)))</text>"
        }
        if let limit {
            let lx = x(limit.value), bottom = top + Double(bars.count) * rowHeight
            let anchor = lx > labelWidth + barArea * 0.6 ? "end" : "start"
            svg += "<text x=\"\(Markup.number(lx))\" y=\"\(Markup.number(bottom + 22))\" text-anchor=\"\(anchor)\" class=\"limit\">\(Markup.escape(limit.label)) <tspan data-figure=\"\(Markup.escape(limit.key))\" data-value=\"\(Markup.number(limit.value))\">\(Markup.escape(money.format(limit.value)))</tspan></text>"
        }
        return svg + "</svg>"
    }
}
