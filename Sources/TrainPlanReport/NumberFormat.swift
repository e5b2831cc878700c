import Foundation

/// Digits as a reader of the language expects them: `1.250.000,5` in
/// Indonesian, `1,250,000.5` in English.
public struct NumberFormat: Sendable, Hashable {
    /// Groups thousands.
    public var grouping: Character
    /// Separates the fraction.
    public var decimal: Character

    public init(grouping: Character, decimal: Character) {
        self.grouping = grouping
        self.decimal = decimal
    }

    public init(language: Language) {
        switch language {
        case .id: self.init(grouping: ".", decimal: ",")
        case .en: self.init(grouping: ",", decimal: ".")
        }
    }

    /// `16` → `16`, `1250000` → `1.250.000` (id).
    public func integer(_ value: Int) -> String { decimal(Double(value), digits: 0) }

    /// Whole units grouped; two decimals only when the amount has cents (`75.000,50`).
    public func amount(_ value: Double) -> String {
        let fixed = FixedPoint(value, digits: 2)
        return fixed.sign + group(fixed.whole) + (fixed.fraction.isEmpty || fixed.fraction == "00" ? "" : String(decimal) + fixed.fraction)
    }

    /// `0.0912` → `0,09` (id) with `digits` decimals, grouped; for durations and other measures.
    public func decimal(_ value: Double, digits: Int) -> String {
        let fixed = FixedPoint(value, digits: digits)
        return fixed.sign + group(fixed.whole) + (fixed.fraction.isEmpty ? "" : String(decimal) + fixed.fraction)
    }

    /// `0.125` → `12,50%` (id) or `12.50%` (en), with `digits` decimals (trailing zeros kept so columns line up).
    public func percent(_ fraction: Double, digits: Int = 2) -> String { decimal(fraction * 100, digits: digits) + "%" }

    private func group(_ digits: String) -> String {
        var rest = Substring(digits), groups: [Substring] = []
        while rest.count > 3 {
            groups.insert(rest.suffix(3), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(rest, at: 0)
        return groups.joined(separator: String(grouping))
    }
}

/// A number rounded to a fixed count of decimals, as digit strings: exact for
/// any finite magnitude (no conversion to `Int`, which would trap on huge input).
struct FixedPoint {
    var sign: String
    var whole: String
    var fraction: String

    init(_ value: Double, digits: Int) {
        guard value.isFinite else {
            sign = ""; whole = value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞"); fraction = ""
            return
        }
        let text = String(format: "%.\(max(0, min(digits, 10)))f", abs(value))
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        whole = String(parts[0])
        fraction = parts.count > 1 ? String(parts[1]) : ""
        sign = value < 0 && (whole + fraction).contains(where: { $0 != "0" }) ? "-" : ""
    }

    /// `1250000`, `16800.5` → `16800.50`: no grouping, `.` or the given mark before the decimals.
    func plain(decimalMark: Character = ".", trimZeroFraction: Bool = true) -> String {
        if fraction.isEmpty || (trimZeroFraction && fraction.allSatisfy { $0 == "0" }) { return sign + whole }
        return sign + whole + String(decimalMark) + fraction
    }
}
