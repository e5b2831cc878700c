import Foundation

/// An amount of money typed on the command line (`--fee 150000`, `--fee "Rp 150.000"`), read as a
/// scenario reads one: `150.000` is ambiguous (150 or 150 thousand) and refused naming both
/// readings, never a silent guess; the rupiah label reads the Indonesian way.
public enum MoneyArgument {
    /// The amount, or the message saying why `text` is none; a reading a scenario would only warn
    /// about (`Rp150,000` as 150, `0.001` to the cent) is refused, as a command line has no warnings.
    public static func read(_ text: String, option: String) -> Result<Double, EntryError> {
        let location = SourceLocation(file: "command line", field: option)
        let scalar = RawScalar(text: text, location: location, isNull: text.isEmpty, numberStyle: .plain, isCell: false)
        let log = DiagnosticLog()
        guard let fields = FieldReader(.mapping([RawEntry(key: option, value: .scalar(scalar), keyLocation: location)], location),
                                       what: "the command line", log: log) else {
            return .failure(EntryError("expected an amount of money"))
        }
        let amount = fields.money(option, required: true)
        if let amount, log.diagnostics.isEmpty { return .success(amount) }
        // The scenario's `decimalMark` setting, which the reader suggests, has no say on a command line.
        let message = (log.diagnostics.first?.message ?? "expected an amount of money")
            .replacingOccurrences(of: #", or set decimalMark: .*$"#, with: "", options: .regularExpression)
        return .failure(EntryError(message))
    }
}
