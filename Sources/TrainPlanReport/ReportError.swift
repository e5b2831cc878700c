/// Why a report (or part of it) cannot be written. Each case carries what the
/// planner needs to fix it; ``message(_:)`` says it in the report's language.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Calendar times come from slot labels; these labels are not `HH:MM-HH:MM`.
    case slotLabelsNotTimes([String])
    /// A slot starts before the one listed before it ends (slots are listed in time order).
    case slotsOutOfOrder(String, String)
    /// `calendar.timezone` names no zone this system knows.
    case unknownTimeZone(String)
    /// The plan refers to something the scenario lacks (a plan made for another scenario).
    case planDoesNotMatchScenario(String)
    /// A file or folder could not be written.
    case cannotWrite(path: String, reason: String)
    /// A stop signal came while the report was being made; nothing was written to `folder`.
    case stopped(folder: String)

    /// English, for logs and `description`.
    public var description: String { message(TextCatalogue(language: .en)) }

    /// The message in the catalogue's language, for the planner who must act on it.
    public func message(_ text: TextCatalogue) -> String {
        switch self {
        case let .slotLabelsNotTimes(labels):
            return text(.errorSlotLabelsNotTimes, labels.map { "\"\($0)\"" }.joined(separator: ", "))
        case let .slotsOutOfOrder(earlier, later):
            return text(.errorSlotsOutOfOrder, earlier, later)
        case let .unknownTimeZone(zone):
            return text(.errorUnknownTimeZone, zone)
        case let .planDoesNotMatchScenario(detail):
            return text(.errorPlanDoesNotMatch, detail)
        case let .cannotWrite(path, reason):
            return text(.errorCannotWrite, path, reason)
        case let .stopped(folder):
            return text(.errorReportStopped, folder)
        }
    }
}
