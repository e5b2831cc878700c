/// Money as text for messages and summaries: whole units with thousands grouped.
public enum Money {
    /// `amount` to the nearest cent, as a plan file writes figures: 117,600.7 rather than the
    /// 117600.69999999998 that adding premiums leaves (amounts past 10^13 are whole already).
    public static func cents(_ amount: Double) -> Double {
        guard amount.isFinite, abs(amount) < 1e13 else { return amount }
        return (amount * 100).rounded() / 100
    }

    /// `123456000` → `123,456,000` (cents shown only when present).
    public static func plain(_ amount: Double, grouping: Character = ",", decimal: Character = ".") -> String {
        guard amount.isFinite else { return amount.isNaN ? "?" : (amount < 0 ? "-∞" : "∞") }
        let negative = amount < 0
        // Past Int's range (about 9.2e16 in cents) whole units only, from the Double's own digits: a
        // stated figure of 1e300 in a hand-made plan must print, not trap.
        let centsValue = (abs(amount) * 100).rounded()
        let cents = centsValue < 9e18 ? Int(centsValue) : 0
        let whole = cents / 100, fraction = cents % 100
        var digits = centsValue < 9e18 ? String(whole) : String(format: "%.0f", abs(amount).rounded())
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
