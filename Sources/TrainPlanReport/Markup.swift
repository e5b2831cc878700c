/// Escaping for HTML and SVG text and attribute values: names and titles come
/// from planners' spreadsheets and may hold `<`, `&` or quotes.
public enum Markup {
    /// `&`, `<`, `>`, quotes: safe in text and in double- or single-quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A number for an SVG coordinate or a `data-value`: no exponent, no grouping, at most 2 decimals.
    public static func number(_ value: Double) -> String { FixedPoint(value, digits: 2).plain() }

    /// A figure the report shows, tagged with what it is and its exact value, so that a test
    /// (and a curious reader of the source) can check it against the plan file.
    public static func figure(_ key: String, _ value: Double, _ shown: String) -> String {
        "<span class=\"fig\" data-figure=\"\(escape(key))\" data-value=\"\(number(value))\">\(escape(shown))</span>"
    }
}
