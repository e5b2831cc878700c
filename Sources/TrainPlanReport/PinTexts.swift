import TrainPlanCore

extension TextCatalogue {
    /// A `--pin` part (`instructor`, `venue`, `time`) in this language.
    public func pinPart(_ pin: String) -> String {
        let index = ["instructor", "venue", "time"].firstIndex(of: pin)
        return index.flatMap { list(.pinPartNames)[safe: $0] } ?? pin
    }

    /// Why a pin could not hold, in this language (re-planning's `--pin`).
    public func pinReason(_ detail: PinException.Detail, pin: String) -> String {
        let id = detail.id ?? "-"
        let date = { (day: CivilDate) in self.language == .id ? self.longDate(day) : "\(day)" }
        let after = detail.after.map { self(.pinAfter, date($0)) } ?? ""
        let keeping = (detail.keeping ?? []).isEmpty ? ""
            : self(.pinKeeping, (detail.keeping ?? []).map(pinPart).joined(separator: " " + self(.andWord) + " "))
        switch detail.kind {
        case .gone: return self(.pinGone, pinPart(pin), id)
        case .unqualified: return self(.pinUnqualified, id, detail.skill ?? "-", numbers.integer(detail.level ?? 0))
        case .cannotHost: return self(.pinCannotHost, id)
        case .notFree: return self(pin == "venue" ? .pinVenueNotFree : .pinInstructorNotFree, id, after, keeping)
        case .timeNotFree: return self(.pinTimeNotFree, detail.first.map(date) ?? "-", numbers.integer(detail.slot ?? 0), keeping)
        }
    }
}
