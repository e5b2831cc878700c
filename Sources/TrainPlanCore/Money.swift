/// Money as text for messages and summaries: whole units with thousands grouped.
public enum Money {
    /// `123456000` → `123,456,000` (cents shown only when present).
    public static func plain(_ amount: Double, grouping: Character = ",", decimal: Character = ".") -> String {
        let negative = amount < 0
        // Beyond Int's range (or not finite) there is nothing to group: never trap on a derived figure.
        guard let cents = Int(exactly: (abs(amount) * 100).rounded()) else { return String(amount) }
        let whole = cents / 100, fraction = cents % 100
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = String(grouping) + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let tail = fraction == 0 ? "" : String(decimal) + (fraction < 10 ? "0" : "") + String(fraction)
        return (negative ? "-" : "") + grouped + tail
    }
}
