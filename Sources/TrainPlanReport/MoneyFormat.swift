/// Money as the planners of each language write it: `Rp 1.250.000` in
/// Indonesian, `IDR 1,250,000` in English.
///
/// The scenario's `currency` is only a label; `IDR` becomes the familiar `Rp`
/// in Indonesian text, any other label is written as given.
public struct MoneyFormat: Sendable, Hashable {
    public var language: Language
    public var currency: String
    public var numbers: NumberFormat

    /// `currency` is the scenario's label (`IDR` by default).
    public init(language: Language, currency: String) {
        self.language = language
        self.currency = currency
        self.numbers = NumberFormat(language: language)
    }

    /// The label written before the amount.
    public var symbol: String {
        language == .id && currency.uppercased() == "IDR" ? "Rp" : currency
    }

    /// `1250000` → `Rp 1.250.000` (id) or `IDR 1,250,000` (en).
    public func format(_ amount: Double) -> String { symbol + " " + numbers.amount(amount) }

    /// As ``format(_:)-(Double)``, and `-` when there is no figure (a plan without a solution).
    public func format(_ amount: Double?) -> String { amount.map { format($0) } ?? "-" }

    /// Reads back what ``format(_:)-(Double)`` wrote: the report tests use it to check every figure.
    public func parse(_ text: String) -> Double? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        guard body.hasPrefix(symbol) else { return nil }
        body = body.dropFirst(symbol.count).drop { $0 == " " || $0 == "\u{00A0}" }
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        guard !body.isEmpty else { return nil }
        let parts = body.split(separator: numbers.decimal, omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(separator: numbers.grouping, omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let whole = Double(groups.joined()) else { return nil }
        var value = whole
        if parts.count == 2 {
            guard parts[1].count == 2, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), let cents = Double(parts[1]) else { return nil }
            value += cents / 100
        }
        return negative ? -value : value
    }
}
