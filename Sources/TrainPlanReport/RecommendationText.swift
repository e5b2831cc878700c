import TrainPlanCore

/// Whom to source, in words: the sourcing advice (``SourcingRecord``) as the printed
/// lines of `trainplan sourcing` and `solve`, and as the recommendation section that
/// opens the HTML report. A recommended hire comes with its job specification and
/// its break-even fee; every option, hires and upgrades, is ranked by its gain.
public struct RecommendationText: Sendable {
    public let record: SourcingRecord
    public let text: TextCatalogue
    public let money: MoneyFormat
    let reasons: ReasonText

    public init(record: SourcingRecord, text: TextCatalogue, currency: String) {
        self.record = record
        self.text = text
        self.money = MoneyFormat(language: text.language, currency: currency)
        self.reasons = ReasonText(text: text, currency: currency)
    }

    /// The headline sentences of the recommendation (or that none would help), without the option table.
    public func headline() -> [String] {
        guard let top = record.recommended else {
            var lines = [text(.recNone)]
            for row in record.candidates where (row.gain ?? 0) <= 0 { lines += noGain(row) }
            return lines
        }
        var lines = [intro(top)]
        // Under a time limit a gain may be the two searches' luck, not the hire's: said so.
        // (A hire that makes a plan possible has no gain to doubt: the base has no plan.)
        lines.append(gain(top) + (top.exact || top.makesPlanPossible == true || top.gain == nil ? "" : " " + text(.recGainNotProven)))
        if let job = top.job { lines.append(jobSentence(job)) }
        if !top.isUpgrade {
            lines.append(text(.recPriced, money.format(top.feePerSlot), money.format(top.engagementCost)))
            if let fee = top.breakEvenFeePerSlot {
                lines.append(breakEvenSentence(fee: fee, notBetterAt: top.breakEvenNotBetterAt ?? fee, engagement: top.engagementCost)
                             + (top.breakEvenExact == false ? " " + text(.recApprox) : ""))
            }
        }
        return lines
    }

    /// Everything `trainplan sourcing` prints.
    public func lines(scheduled: Int, total: Int) -> [String] {
        var lines = [text(.recBase, record.scenario, statusWord(record.status), money.format(record.objective),
                          text.numbers.integer(scheduled), text.numbers.integer(total))]
        lines.append("")
        if let notTried = record.notTried, !notTried.isEmpty {
            // Stopped before every option was tried: said first, and no "nothing limits the plan".
            lines.append(text(.sourcingNotTried, notTried.joined(separator: ", ")))
            lines.append("")
        }
        if record.candidates.isEmpty {
            if record.notTried?.isEmpty ?? true { lines.append(text(.recNoneLeftOut)) }
        } else {
            lines.append(text(.recOptions))
            lines += Self.columns([text.list(.recOptionColumns)] + optionRows()).map { "  " + $0 }
            lines.append("")
            lines.append(text(.recHeading) + ":")
            lines += headline().map { "  " + $0 }
            lines += otherOptionsWithoutGain().map { "  " + $0 }
        }
        if !record.reliances.isEmpty {
            lines.append("")
            lines.append(text(.recReliances))
            lines += Self.columns([text.list(.recRelianceColumns)] + relianceRows()).map { "  " + $0 }
        }
        return lines
    }

    /// Beside a recommendation, why each option without a gain gains nothing (the headline says it
    /// when nothing is recommended).
    public func otherOptionsWithoutGain() -> [String] {
        guard record.recommended != nil else { return [] }
        return record.candidates.filter { ($0.gain ?? 0) <= 0 }.flatMap(noGain)
    }

    /// The outside instructors the plan engages, each with what the plan loses without them.
    public func relianceRows() -> [[String]] {
        record.reliances.map { r in
            let worth = r.essential ? text(.recEssential) : money.format(r.worth) + (r.exact ? "" : " " + text(.recApprox))
            return [r.instructor, InstructorSource(rawValue: r.source).map(text.source) ?? r.source, r.courses.joined(separator: " "), worth]
        }
    }

    /// The table of options: rank, option, fee, engagement, gain, courses, trainees, break-even, exact
    /// (the solves behind the gain proven optimal; a break-even fee whose solves are not says so beside it).
    public func optionRows() -> [[String]] {
        record.candidates.enumerated().map { k, row in
            var gained = row.coursesGained.joined(separator: " ")
            if !row.coursesLost.isEmpty { gained += " (" + text(.recDrops, row.coursesLost.joined(separator: " ")) + ")" }
            return [text.numbers.integer(k + 1), option(row), money.format(row.feePerSlot), money.format(row.engagementCost),
                    row.makesPlanPossible == true ? text(.recPlanPossibleCell) : signed(row.gain), gained.isEmpty ? "-" : gained,
                    text.numbers.integer(row.traineesGained),
                    row.breakEvenFeePerSlot.map { feeText($0) + (row.breakEvenExact == false ? " " + text(.recApprox) : "") } ?? "-",
                    text.yesNo(row.exact)]
        }
    }

    /// `new garment-mechanic instructor at level 3` or `certify X: skill level 1 to 3`.
    public func option(_ row: SourcingRecord.Row) -> String {
        let level = text.numbers.integer(row.level ?? 1)
        if row.isUpgrade {
            return text(.recOptionUpgrade, row.instructor, row.skill, text.numbers.integer(row.fromLevel ?? 0), level)
        }
        return text(.recOptionHire, row.skill, level)
    }

    public func breakEvenSentence(fee: Double, notBetterAt: Double, engagement: Double) -> String {
        text(.recBreakEven, feeText(fee), money.format(engagement), feeText(notBetterAt))
    }

    func intro(_ row: SourcingRecord.Row) -> String {
        let level = text.numbers.integer(row.level ?? 1)
        if row.isUpgrade {
            return text(.recUpgrade, row.instructor, row.skill, level, text.numbers.integer(row.fromLevel ?? 0),
                        money.format(row.upgradeCost ?? 0))
        }
        // English says "a welding" but "an automotive" instructor; Indonesian says "satu" either way.
        return text(.recHire, text.indefinite(row.skill), level)
    }

    func gain(_ row: SourcingRecord.Row) -> String {
        var courses = row.coursesGained.joined(separator: ", ")
        if row.makesPlanPossible == true { return text(.recMakesPlanPossible, money.format(row.objective ?? 0), courses) }
        // A hire that takes courses over from a dearer instructor gains courses nowhere: said as it is.
        if row.coursesGained.isEmpty, row.coursesLost.isEmpty {
            return text(.recGainSameCourses, money.format(row.gain ?? 0), (row.job?.courses.map(\.course) ?? []).joined(separator: ", "))
        }
        if !row.coursesLost.isEmpty { courses += " (" + text(.recDrops, row.coursesLost.joined(separator: ", ")) + ")" }
        let trainees = row.traineesGained >= 0 ? text(.recMoreTrainees, text.numbers.integer(row.traineesGained))
            : text(.recFewerTrainees, text.numbers.integer(-row.traineesGained))
        return text(.recGainWords, money.format(row.gain ?? 0), courses, trainees)
    }

    public func jobSentence(_ job: JobSpecification) -> String {
        text(.recJob, text.numbers.integer(job.sessions), text.numbers.integer(job.slots),
             job.weekdays.map(text.weekday).joined(separator: ", "),
             job.firstDate.map(text.longDate) ?? "", job.lastDate.map(text.longDate) ?? "")
    }

    /// One row per course of the job.
    public func jobRows(_ job: JobSpecification) -> [[String]] {
        job.courses.map { a in
            [a.course, a.venue, text.numbers.integer(a.sessions), text.numbers.integer(a.slots),
             a.weekdays.map(text.weekdayShort).joined(separator: " "), text.longDate(a.firstDate), text.longDate(a.lastDate),
             text.numbers.integer(a.participants)]
        }
    }

    /// Why an option gains nothing: the base plan's reasons for its courses (a venue, for instance).
    func noGain(_ row: SourcingRecord.Row) -> [String] {
        // Without a plan to begin with, the base's reasons are "no valid plan exists", for every course.
        if record.objective == nil, row.objective == nil { return [text(.recStillNoPlan, option(row))] }
        guard let limits = row.limitedBy, !limits.isEmpty else { return [] }
        return limits.enumerated().map { k, limit in
            let course = row.limitedCourses.flatMap { k < $0.count ? "\($0[k]): " : nil } ?? ""
            return text(.recNoGainBecause, option(row), course + reasons.sentence(limit))
        }
    }

    /// A fee with its cents when it has any (a break-even fee is a quotient).
    public func feeText(_ fee: Double) -> String {
        let rounded = (fee * 100).rounded(.down) / 100
        return money.symbol + " " + (rounded == rounded.rounded() ? text.numbers.amount(rounded)
                                     : text.numbers.decimal(rounded, digits: 2))
    }

    func signed(_ value: Double?) -> String {
        guard let value else { return "-" }
        return (value > 0 ? "+" : value < 0 ? "-" : "") + money.format(abs(value))
    }

    func statusWord(_ raw: String) -> String { Plan.Status(rawValue: raw).map(text.status) ?? raw }

    /// Left-aligned columns, widths from the widest cell.
    public static func columns(_ rows: [[String]]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { col in rows.map { $0.indices.contains(col) ? $0[col].count : 0 }.max() ?? 0 }
        return rows.map { cells in
            zip(cells, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
    }
}
