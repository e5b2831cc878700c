import TrainPlanCore

/// Why no valid plan exists, in words: an ``InfeasibilityReason`` rendered through the
/// ``TextCatalogue``. The solver writes the English rendering into the plan file's
/// `infeasibility`, so the file and the reports say the same from one place.
public struct InfeasibilityText: Sendable {
    public let text: TextCatalogue
    let reasons: ReasonText
    let past: PastProblemText

    public init(text: TextCatalogue, currency: String) {
        self.text = text
        reasons = ReasonText(text: text, currency: currency)
        past = PastProblemText(text: text, currency: currency)
    }

    /// The English sentences of the plan file's `infeasibility`.
    public static func english(_ found: [InfeasibilityReason], currency: String) -> [String] {
        let renderer = InfeasibilityText(text: TextCatalogue(language: .en), currency: currency)
        return found.map(renderer.sentence)
    }

    /// A plan's reasons in this language: from its details where the plan file has them, else its
    /// sentences as written (an older plan file).
    public func sentences(_ plan: Plan) -> [String] {
        if let details = plan.infeasibilityDetails, !details.isEmpty { return details.map(sentence) }
        return plan.infeasibility ?? []
    }

    public func sentence(_ r: InfeasibilityReason) -> String {
        let courses = (r.courses ?? []).joined(separator: ", ")
        switch r.kind {
        case .mandatoryCannotRun:
            let why = reasons.sentences(r.reasons ?? []).joined(separator: "; ")
            if r.replanning == true, !courses.isEmpty { return text(.infeasibleEarlierBatchCannotRun, r.course ?? "", courses, why) }
            return text(.infeasibleMandatoryCannotRun, r.course ?? "", why)
        case .budgetBelowMandatory:
            let which = r.replanning == true
                ? text(r.apprenticesPlaced == true ? .infeasibleMustRunPlaced : .infeasibleMustRun) : text(.infeasibleMandatoryCourses)
            return text(r.exact == false ? .infeasibleBudgetAbout : .infeasibleBudget, reasons.money.format(r.budget ?? 0),
                        reasons.money.format(r.least ?? 0), which, courses)
        case .mandatoryClash:
            let shared = (r.holders ?? []).map { holder in
                switch holder.kind {
                case .onlyInstructor: text(.clashOnlyInstructor, holder.id, reasons.list(holder.courses))
                case .onlyVenue: text(.clashOnlyVenue, holder.id, reasons.list(holder.courses))
                case .cohort: text(.clashCohort, reasons.list(holder.courses), holder.id)
                }
            }
            let fix: [String]
            switch r.optionalEnough {
            case nil: fix = []
            case let enough? where enough.isEmpty: fix = [text(.clashFixNotEnough)]
            case let enough? where Set(enough) == Set(r.courses ?? []): fix = [text(.clashFixOneOptional)]
            case let enough?: fix = [text(.clashFixTheseOptional, reasons.list(enough))]
            }
            return ([text(.infeasibleMandatoryClash, courses)] + shared + fix).joined(separator: "; ")
        case .pastCannotStay:
            return r.past.map(past.sentence) ?? r.text ?? ""
        case .other:
            return r.text ?? ""
        }
    }
}
