import Foundation

/// Reads the fields of one mapping (a scenario, a course, a CSV row), turning
/// each wrong value into a diagnostic with its location instead of stopping.
/// ``finish(known:)`` reports fields nobody asked for, with a suggestion.
final class FieldReader {
    let location: SourceLocation
    private let entries: [String: RawEntry]
    private let order: [String]
    private let log: DiagnosticLog
    /// Where a field holds a lone dash (read as empty).
    private let dashes: [String: SourceLocation]

    /// The field holds a lone dash (read as empty).
    func isDash(_ key: String) -> Bool { dashes[key] != nil }
    /// Stripped from money cells (`Rp 150.000`).
    var currency: String = "IDR"

    init?(_ node: RawNode, what: String, log: DiagnosticLog) {
        guard case let .mapping(list, location) = node else {
            log.error(node.location, "expected \(what) (a mapping of field: value), found \(node.kindName)")
            return nil
        }
        self.location = location
        // A lone dash is how a spreadsheet says "none": an empty cell, the field's default, except that
        // an amount of money it leaves is zero (as `Rp -` is) and a yes/no whose default is yes is
        // asked about (see ``money(_:required:emptyMeans:)`` and ``bool(_:default:)``).
        var dashes: [String: SourceLocation] = [:]
        let entries = list.map { entry in
            guard case var .scalar(s) = entry.value, !s.isNull, NumberText.isDash(s.text.trimmingCharacters(in: .whitespaces)) else {
                return entry
            }
            dashes[entry.key] = s.location
            s.isNull = true
            s.text = ""
            return RawEntry(key: entry.key, value: .scalar(s), keyLocation: entry.keyLocation)
        }
        self.dashes = dashes
        self.entries = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.order = list.map(\.key)
        self.log = log
    }

    func has(_ key: String) -> Bool { !(entries[key]?.value.isNull ?? true) }

    /// The text of `key` as written, without reading or reporting anything (for a warning's names).
    func peek(_ key: String) -> String? {
        guard case let .scalar(s)? = entries[key]?.value, !s.isNull else { return nil }
        return s.text.trimmingCharacters(in: .whitespaces)
    }

    /// A CSV column the header lacks, or a cell holding an error (already reported there).
    func reportedEmpty(_ key: String) -> Bool {
        if case let .scalar(s)? = entries[key]?.value { return s.missingColumn || s.errorReported }
        return false
    }

    /// The value of `key`, or `nil` when absent or null (reporting it if `required`).
    func node(_ key: String, required: Bool = false) -> RawNode? {
        guard let value = entries[key]?.value, !value.isNull else {
            if required, let dash = dashes[key] {
                log.error(dash.with(field: key), "\"-\" in the required field \"\(key)\": it needs a value", .dashInRequiredField(key: key))
            } else if required, !reportedEmpty(key) {
                log.error((entries[key]?.value.location ?? location).with(field: key), "missing required field \"\(key)\"",
                          .missingField(key: key))
            }
            return nil
        }
        return value
    }

    func scalar(_ key: String, required: Bool = false, expected: String) -> RawScalar? {
        guard let value = node(key, required: required) else { return nil }
        guard case let .scalar(s) = value else {
            fail(value.location, key, "expected \(expected), found \(value.kindName)")
            return nil
        }
        return s
    }

    func string(_ key: String, required: Bool = false) -> String? {
        guard let s = scalar(key, required: required, expected: "text") else { return nil }
        let text = s.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty, required { fail(s.location, key, "must not be empty", .emptyText) }
        // A dash is how a spreadsheet says "none" (a cohort of "-" would tie every such course together).
        if !required, NumberText.isDash(text) { return nil }
        return text.isEmpty ? nil : text
    }

    func id(_ key: String = "id") -> String? {
        guard let s = scalar(key, required: true, expected: "an id") else { return nil }
        let text = s.text.trimmingCharacters(in: .whitespaces)
        if s.isDateCell {
            fail(s.location, key, "the cell holds the date \(text): a spreadsheet turns an id typed as 1-2 or 3/4 into a date; "
                 + "format the column as Text and type the ids again")
            return nil
        }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-"))
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) else {
            if s.numberStyle == .typed, text.contains("e+") {
                fail(s.location, key, "the number cell holds \(text): a spreadsheet keeps only about 15 digits of a number, so a "
                     + "longer id (an 18-digit NIP) has lost its last ones; format the column as Text and type the ids again")
                return nil
            }
            fail(s.location, key, "\"\(s.text)\" is not an id: use letters, digits, '.', '_' and '-'", .notAnID(text: s.text))
            return nil
        }
        return text
    }

    /// A number, or nil after reporting why it is not one (the file's number style, an ambiguous
    /// `250.000`, a value that is not finite).
    private func reading(_ s: RawScalar, _ key: String, money: Bool, what: String) -> Double? {
        switch NumberText.read(s, money: money, currency: money ? currency : nil) {
        case let .value(value) where value.isFinite:
            return value
        case .value, .notFinite:
            fail(s.location, key, "expected \(what), found \"\(s.text)\", which is not a finite number")
        case let .ambiguous(grouped, decimal, _) where what == Self.wholeNumber && decimal.rounded() != decimal:
            // `1,200` seats: 1.2 cannot be a count, so the mark groups thousands (`5,000` stays asked about).
            return grouped
        case let .ambiguous(grouped, decimal, mark):
            // The amount without a currency code before it ("IDR 150.000" → "Rp 150.000", not "Rp IDR 150.000").
            let amount = s.text.trimmingCharacters(in: .whitespaces)
                .replacingOccurrences(of: #"^[A-Za-z]{3}\.?\s*"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"\s*[A-Za-z]{3}$"#, with: "", options: .regularExpression)
            let indonesian = money && mark == "." ? " (or \"Rp \(amount)\")" : ""
            fail(s.location, key, "\"\(s.text)\" is ambiguous: \(NumberText.format(grouped)) if \"\(mark)\" groups thousands, "
                 + "or \(NumberText.format(decimal)) if \"\(mark)\" is the decimal mark; write \(NumberText.format(grouped))\(indonesian) "
                 + "or \(NumberText.format(decimal)), or set decimalMark: \",\" or \".\" in the scenario settings")
        case .invalid:
            let hint = NumberText.hint(s, currency: money ? currency : nil)
            fail(s.location, key, "expected \(what), found \"\(s.text)\"\(hint.english)", .notANumber(text: s.text, kind: money ? .money : what == Self.wholeNumber ? .whole : .number, hint: hint.fact))
        }
        return nil
    }

    /// An amount of money: finite, >= 0, at most ``ScenarioLimits/maxMoney``, rounded to cents.
    ///
    /// A dash is zero, as an accounting format writes it, where an empty cell means zero too; where
    /// it means something else (`emptyMeans`: no budget, participants × valuePerParticipant) the dash
    /// could mean either, and is asked about.
    func money(_ key: String, required: Bool = false, emptyMeans: String? = nil) -> Double? {
        let what = "an amount of money (a non-negative number)"
        if let dash = dashes[key] {
            if let emptyMeans {
                fail(dash, key, "\"-\" could mean 0 or \(emptyMeans): write 0, or leave the cell empty for \(emptyMeans)")
                return nil
            }
            return 0
        }
        guard let s = scalar(key, required: required, expected: what), let value = reading(s, key, money: true, what: what) else {
            return nil
        }
        // 0.54% of a wage typed as a premium would cost a fraction of a rupiah, without a word.
        guard !s.isPercent else {
            fail(s.location, key, "the cell shows a percentage (\(NumberText.format(value * 100))%), and \(key) is an amount of money: "
                 + "enter the amount in \(currency) (a percentage of a wage as the rupiah it comes to)")
            return nil
        }
        guard value >= 0 else {
            fail(s.location, key, "must be at least 0, found \(NumberText.format(value))", .negativeMoney(found: NumberText.format(value)))
            return nil
        }
        guard value <= ScenarioLimits.maxMoney else {
            fail(s.location, key, "\"\(s.text)\" is too large: an amount of money is at most "
                 + "\(Money.plain(ScenarioLimits.maxMoney)) (10^12 \(currency)), found \(NumberText.format(value))")
            return nil
        }
        if let thousands = NumberText.rupiahCommaThousands(s.text, currency: currency) {
            log.warning(s.location.with(field: s.location.field ?? key),
                        "\"\(s.text)\" reads as \(NumberText.format(value)): after Rp, \",\" is the decimal mark; "
                        + "write Rp \(thousands) for \(NumberText.format(value * 1000))",
                        .rupiahCommaDecimal(text: s.text, reads: NumberText.format(value), thousands: thousands,
                                            meant: NumberText.format(value * 1000)))
        }
        // To cents: a positive amount below half a cent is 0 (1e-320 would upset the solver's scaling).
        let scale = 100.0
        let cents = (value * scale).rounded() / scale
        // 0.075 (an amount in millions, as some sheets keep them) read as 0.08 is a 7 % error: said.
        if abs(cents - value) > 1e-9 * max(1, abs(value)), value >= 0.001 {
            log.warning(s.location.with(field: s.location.field ?? key),
                        "\"\(s.text)\" has more than two decimals and reads as \(NumberText.format(cents)): amounts are kept to the cent; "
                        + "write them in whole \(currency), not in thousands or millions",
                        .moneyRounded(text: s.text, read: NumberText.format(cents), currency: currency))
        }
        return cents
    }

    static let wholeNumber = "a whole number"

    /// A whole number in `range`; above `maximum` (one of ``ScenarioLimits``) it is reported as over that limit.
    func int(_ key: String, required: Bool = false, range: ClosedRange<Int>, maximum: Int? = nil) -> Int? {
        guard let s = scalar(key, required: required, expected: Self.wholeNumber),
              let read = reading(s, key, money: false, what: Self.wholeNumber) else { return nil }
        // A number cell holding a formula's result (=12*(1-1/6): 9.999999999999998) is the whole number it shows.
        let value = s.numberStyle == .typed && abs(read - read.rounded()) <= 1e-9 * max(1, abs(read)) ? read.rounded() : read
        guard value.rounded() == value else {
            fail(s.location, key, "expected a whole number, found \"\(s.text)\"", .notANumber(text: s.text, kind: .whole, hint: nil))
            return nil
        }
        if let maximum, value > Double(maximum), value >= Double(range.lowerBound) {
            fail(s.location, key, "must be at most \(maximum) (the limit for \(key)), found \(NumberText.format(value))")
            return nil
        }
        guard value >= Double(range.lowerBound), value <= Double(range.upperBound), let whole = Int(exactly: value),
              range.contains(whole) else {
            let bound = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            fail(s.location, key, "must be \(bound), found \(NumberText.format(value))",
                 .outOfRange(found: NumberText.format(value), atLeast: range.lowerBound,
                             atMost: range.upperBound == Int.max ? nil : range.upperBound))
            return nil
        }
        return whole
    }

    /// A yes or no, `defaultValue` when empty (or wrong, after reporting it). A dash is "no" where that
    /// is the default; where the default is yes, `-` could mean either (no insurance, or not filled in).
    func bool(_ key: String, default defaultValue: Bool) -> Bool {
        if defaultValue, let dash = dashes[key] {
            fail(dash, key, "\"-\" could mean no, or the default (yes): write tidak (no) or ya (yes), "
                 + "or leave the cell empty for yes")
            return defaultValue
        }
        return flag(key) ?? defaultValue
    }

    private func flag(_ key: String) -> Bool? {
        guard let s = scalar(key, expected: "true or false") else { return nil }
        switch s.text.trimmingCharacters(in: .whitespaces).lowercased() {
        // BENAR/SALAH: TRUE/FALSE as a spreadsheet in an Indonesian locale exports them.
        case "true", "yes", "ya", "benar", "wajib", "1", "✓", "✔": return true
        case "false", "no", "tidak", "salah", "opsional", "tidak wajib", "0": return false
        default:
            fail(s.location, key, "expected true/false (or yes/no, ya/tidak, benar/salah, wajib/opsional, 1/0), found \"\(s.text)\"",
                 .notABoolean(text: s.text))
            return nil
        }
    }

    /// `YYYY-MM-DD`, or day first (`06/02/2023`, `6-2-2023`, `06.02.2023`).
    func date(_ key: String, required: Bool = false) -> CivilDate? {
        guard let s = scalar(key, required: required, expected: "a date") else { return nil }
        switch CivilDate.read(s.text) {
        case let .date(date): return date
        case let .impossible(reason): fail(s.location, key, "\"\(s.text)\" is not a date: \(reason)")
        case .notADate:
            let serial = Self.serialDate(s.text)
            fail(s.location, key, "expected a date YYYY-MM-DD (or day first: DD/MM/YYYY), found \"\(s.text)\"" + Self.serialHint(s.text),
                 .notADate(text: s.text, serial: serial))
        }
        return nil
    }

    /// `45155` in a date field is a spreadsheet's day count shown without a date format: its date.
    static func serialDate(_ text: String) -> CivilDate? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 5, let serial = Int(trimmed), (20_000...80_000).contains(serial),
              let epoch = CivilDate(year: 1899, month: 12, day: 30) else { return nil }
        return epoch.adding(days: serial)
    }

    /// The hint a ``serialDate(_:)`` gives, or "".
    static func serialHint(_ text: String) -> String {
        serialDate(text).map { ", which looks like a spreadsheet's day number for \($0): format the cell as a date" } ?? ""
    }

    /// A list: a YAML sequence of scalars, or one cell/scalar split on `;` or `,`.
    func list(_ key: String, splitOnComma: Bool = true) -> [RawScalar]? {
        guard let value = node(key) else { return nil }
        switch value {
        case let .sequence(items, _):
            var result: [RawScalar] = []
            for item in items {
                guard case let .scalar(s) = item, !s.isNull else {
                    fail(item.location, key, "expected a list of plain values, found \(item.kindName) in it")
                    continue
                }
                result.append(s)
            }
            return result
        case let .scalar(s):
            // A line break in a cell (Alt+Enter) separates items as `;` does.
            let chunks = s.text.split(whereSeparator: { $0 == ";" || $0.isNewline }).map(String.init)
            var items: [String] = []
            for chunk in chunks {
                guard splitOnComma else { items.append(chunk); continue }
                // `Senin, 7 Agustus 2023`: a weekday's name and its date are one item, not "every Monday";
                // so is a range of them, `Senin, 13 Februari 2023 - Rabu, 15 Februari 2023`.
                var parts = chunk.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }[...]
                // A slot suffix (`Senin, 13 Februari 2023@2`) belongs to the date, not to the Mondays.
                let dated = { (text: String) -> Bool in
                    if case .success = DateRange.read(String(text.split(separator: "@", maxSplits: 1).first ?? "")) { return true }
                    return false
                }
                while let part = parts.popFirst() {
                    guard Weekday(name: part) != nil, let next = parts.first else { items.append(part); continue }
                    let range = parts.dropFirst().first.map { part + ", " + next + ", " + $0 }
                    if let range, dated(range) {
                        items.append(range)
                        parts.removeFirst(2)
                    } else if dated(part + ", " + next) {
                        items.append(part + ", " + next)
                        parts.removeFirst()
                    } else {
                        items.append(part)
                    }
                }
            }
            return items.map {
                var part = s
                part.text = $0.trimmingCharacters(in: .whitespaces)
                return part
            }.filter { !$0.text.isEmpty }
        case .mapping:
            fail(value.location, key, "expected a list, found a mapping")
            return nil
        }
    }

    func weekdays(_ key: String) -> [Weekday]? {
        guard let items = list(key) else { return nil }
        var days: [Weekday] = []
        var unread = false
        for item in items {
            if let read = Self.weekdayWords(item.text) {
                for day in read where !days.contains(day) { days.append(day) }
            } else {
                unread = true
                let closest = Suggestion.closest(to: item.text, in: Weekday.names)
                fail(item.location, key, "\"\(item.text)\" is not a weekday: use mon tue wed thu fri sat sun (or senin selasa rabu "
                     + "kamis jumat sabtu minggu), separated by \";\"\(closest.map { " (did you mean \"\($0)\"?)" } ?? "")",
                     .notAWeekday(text: item.text, suggestion: closest))
            }
        }
        // A list with a word that is no day is reported above; read on as if it were absent, so that
        // `daysPerWeek` is not also called impossible against the days that were read.
        return unread ? nil : days
    }

    /// One list item of weekdays as planners also write them: `Senin/Rabu`, `Senin dan Kamis`,
    /// `mon & wed`, `Senin+Rabu`, `Senin Rabu`, or a range `Senin-Jumat`, `Senin s/d Jumat`, `Senin sd Jumat`,
    /// `Senin sampai Jumat`, `Mon to Fri` (in week order, wrapping past Sunday: `Min-Sab` is every
    /// day, `Jum-Sen` Friday to Monday); `nil` unless every word is a day.
    static func weekdayWords(_ text: String) -> [Weekday]? {
        if let day = Weekday(name: text) { return [day] }
        var normal = " " + text.lowercased() + " "
        for range in ["s/d", "s.d.", "s.d", " sd. ", " sd ", " sampai dengan ", " sampai ", " hingga ", " until ", " to ", " through ", "\u{2013}", "\u{2014}"] {
            normal = normal.replacingOccurrences(of: range, with: "-")
        }
        while normal.contains(" -") || normal.contains("- ") {
            normal = normal.replacingOccurrences(of: " -", with: "-").replacingOccurrences(of: "- ", with: "-")
        }
        let words = normal.replacingOccurrences(of: "/", with: " ").replacingOccurrences(of: "&", with: " ")
            .replacingOccurrences(of: "+", with: " ")
            .split(whereSeparator: \.isWhitespace).map(String.init)
            .filter { !["dan", "and"].contains($0) }
        guard !words.isEmpty else { return nil }
        var days: [Weekday] = []
        for word in words {
            if let day = Weekday(name: word) {
                days.append(day)
                continue
            }
            let ends = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            guard ends.count == 2, let from = Weekday(name: ends[0]), let to = Weekday(name: ends[1]) else { return nil }
            days += from <= to ? Weekday.allCases.filter { $0 >= from && $0 <= to }
                : Weekday.allCases.filter { $0 >= from } + Weekday.allCases.filter { $0 <= to }
        }
        return days
    }

    /// `{sewing: 3}` or `sewing:3;batik:2`.
    func levels(_ key: String, required: Bool) -> [String: Int]? {
        guard let value = node(key, required: required) else { return nil }
        var pairs: [(String, RawScalar)] = []
        switch value {
        case let .mapping(entries, _):
            for entry in entries {
                guard case let .scalar(s) = entry.value, !s.isNull else {
                    fail(entry.value.location, key, "level of \"\(entry.key)\" must be a whole number >= 1")
                    continue
                }
                pairs.append((entry.key, s))
            }
        case .scalar, .sequence:
            for item in list(key) ?? [] {
                let parts = item.text.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else {
                    fail(item.location, key, "\"\(item.text)\": expected skill:level, e.g. garment-mechanic:3")
                    continue
                }
                var level = item
                level.text = parts[1].trimmingCharacters(in: .whitespaces)
                pairs.append((String(parts[0]), level))
            }
        }
        var result: [String: Int] = [:]
        var named: [String: String] = [:]
        for (name, level) in pairs {
            let tag = Tag.normalize(name)
            guard !tag.isEmpty else { fail(level.location, key, "empty skill name"); continue }
            guard let n = Int(level.text), n >= 1 else {
                fail(level.location, key, "level of \"\(name)\" must be a whole number >= 1, found \"\(level.text)\"")
                continue
            }
            guard n <= ScenarioLimits.maxLevel else {
                fail(level.location, key, "level of \"\(name)\" must be at most \(ScenarioLimits.maxLevel), found \(n)")
                continue
            }
            // Two levels for one skill ("sewing:2;sewing:3"): which one was meant is not for us to pick.
            if let earlier = result[tag], earlier != n {
                fail(level.location, key, "skill \"\(named[tag] ?? name)\" is given twice, at levels \(earlier) and \(n): give it once")
                continue
            }
            result[tag] = n
            named[tag] = named[tag] ?? name
        }
        if required, result.isEmpty, !log.hasErrors(at: value.location) {
            fail(value.location, key, "must name at least one skill with its level")
        }
        return result
    }

    func unavailability(_ key: String, slotCount: Int) -> [Unavailability] {
        (list(key, splitOnComma: true) ?? []).flatMap { item -> [Unavailability] in
            switch Unavailability.parseEach(item.text) {
            case let .success(entries):
                if let slots = entries.first?.slots, slots.upperBound > slotCount {
                    fail(item.location, key, "\"\(item.text)\": the calendar has \(slotCount) slot\(slotCount == 1 ? "" : "s")")
                    return []
                }
                return entries
            case let .failure(error):
                fail(item.location, key, error.message)
                return []
            }
        }
    }

    func fail(_ at: SourceLocation, _ key: String, _ message: String, _ problem: ScenarioProblem? = nil) {
        log.error(at.with(field: at.field ?? key), message, problem)
    }

    func warn(_ at: SourceLocation, _ key: String, _ message: String, _ warning: ScenarioWarning? = nil) {
        log.warning(at.with(field: at.field ?? key), message, warning)
    }

    /// Reports every field that is not in `known`, with the closest known name.
    /// An error was already reported for the value of `key` (its cell, or an item of its list).
    func failed(_ key: String) -> Bool {
        log.hasErrors(at: entries[key]?.value.location ?? location, field: key)
    }

    func finish(known: [String], what: String) {
        for key in order where !known.contains(key) {
            let at = entries[key]?.keyLocation ?? location
            // `value: Rp 1.500.000,-` inside `{ }`: the comma ends the value, and "-" or "50" becomes a key.
            let cutAmount = key == "-" || (!key.isEmpty && key.allSatisfy(\.isNumber))
            let closest = cutAmount ? nil : Suggestion.field(for: key, in: known)
            let hint = cutAmount
                ? "; inside { } a comma ends a value, so an amount such as Rp 1.500.000,- or 150.000,50 must be quoted"
                : closest.map { "; did you mean \"\($0)\"?" } ?? ""
            // The comma's lesson is said in English only: the facts would lose it.
            log.error(at.with(field: key), "unknown field \"\(key)\" in \(what)\(hint)",
                      cutAmount ? nil : .unknownField(key: key, column: false, suggestion: closest))
        }
    }
}

extension DiagnosticLog {
    func hasErrors(at location: SourceLocation) -> Bool {
        diagnostics.contains { $0.severity == .error && $0.location.file == location.file && $0.location.line == location.line }
    }

    /// An error was reported for `field` at `location`'s place (a bad weekday, a formula error), so
    /// what follows from its value is not reported again.
    func hasErrors(at location: SourceLocation, field: String) -> Bool {
        diagnostics.contains { $0.severity == .error && $0.location.file == location.file && $0.location.line == location.line
            && $0.location.field == field }
    }
}

/// The largest and finest values a scenario may hold, so that every figure the tool derives from them
/// (fees and rent of a course, a course's insurance, the plan's totals) stays an exact whole number of
/// cents far below the range of `Int64` and of GLPK's scaling. Documented in docs/scenario-format.md.
public enum ScenarioLimits {
    /// Any single amount of money (`budget`, `value`, `feePerSlot`, ...): 10^12 in the scenario's currency,
    /// one trillion rupiah. Ten thousand such amounts still sum to an exact whole number (< 2^53).
    public static let maxMoney: Double = 1e12
    /// Money is read to cents: amounts are rounded to 2 decimals (a positive amount below half a cent is 0).
    public static let moneyDecimals = 2
    /// Trainees in one course. With `maxMoney` premiums, 25 months: at most 2.5 * 10^17, far below Int64.
    public static let maxParticipants = 10_000
    /// Seats of one venue.
    public static let maxCapacity = 1_000_000
    /// Sessions of one course (a 104-week horizon has 728 days). With `sessionLength` <= 24 and
    /// `maxMoney` fees: at most 2.4 * 10^17.
    public static let maxSessions = 10_000
    /// A competency level (course `level`, instructor `skills`).
    public static let maxLevel = 1_000
    /// An apprenticeship's `months` (ten years; with `maxMoney` allowances still far below Int64).
    public static let maxApprenticeshipMonths = 120
    /// A course's `batches`: identical batches of one course.
    public static let maxBatches = 100
    /// An instructor's `maxSlotsPerDay`, `maxSlotsPerWeek`, `maxSlots` and `maxCourses`.
    public static let maxLoad = 1_000_000
}

/// What a number written by a planner means.
enum NumberReading: Equatable {
    case value(Double)
    /// One `.` or `,` followed by exactly three digits, where nothing settles which mark it is.
    case ambiguous(grouped: Double, decimal: Double, mark: Character)
    /// `.inf`, `nan` and the like.
    case notFinite
    case invalid
}

/// Numbers as planners type them.
enum NumberText {
    /// Reads `s`. `money` allows a currency label: `Rp`/`Rp.` (always read the Indonesian way: `.` groups,
    /// `,` is the decimal mark, a trailing `,-` means no cents), `IDR` or the scenario's `currency`
    /// (stripped; the number is then read as the file writes numbers).
    static func read(_ s: RawScalar, money: Bool, currency: String?) -> NumberReading {
        var text = s.text.trimmingCharacters(in: .whitespaces)
        var rupiah = false
        if money {
            (text, rupiah) = stripLabels(text, currency: currency)
            // An accounting format writes zero as a dash: `Rp -`, ` Rp- `, `-`.
            if isDash(text) { return .value(0) }
        }
        guard !text.isEmpty else { return .invalid }
        var negative = false
        if let first = text.first, first == "-" || first == "+" || first == "\u{2212}" {
            negative = first != "+"
            text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        if ["inf", ".inf", "infinity", "nan", ".nan"].contains(text.lowercased()) { return .notFinite }
        if case .spreadsheet = s.numberStyle {} else {
            // YAML's digit separator: 2_500_000.
            if text.contains("_") {
                guard !text.hasPrefix("_"), !text.hasSuffix("_"), !text.contains("__") else { return .invalid }
                text = text.replacingOccurrences(of: "_", with: "")
            }
        }
        let reading: NumberReading
        if rupiah {
            reading = strict(text, grouping: ".", decimal: ",")
        } else {
            switch s.numberStyle {
            case let .spreadsheet(grouping, decimal, settled):
                // Unsettled (a `,` or tab CSV, a workbook text cell): as in YAML, `1.500.000` and
                // `1.500.000,50` are read as written; only `250.000` / `250,000` are ambiguous. A lone
                // `,` (`1,5`) stays the file's thousands mark, so not a number: the contract's reading.
                let loneComma = !text.contains(".") && text.filter({ $0 == "," }).count == 1
                reading = settled ? strict(text, grouping: grouping, decimal: decimal)
                    : ambiguity(text) ?? (loneComma ? strict(text, grouping: grouping, decimal: decimal) : free(text))
            case let .plainSettled(decimal):
                reading = ambiguity(text) == nil ? free(text) : strict(text, grouping: decimal == "," ? "." : ",", decimal: decimal)
            case .plain:
                reading = ambiguity(text) ?? free(text)
            case .typed:
                reading = free(text)
            }
        }
        switch reading {
        case let .value(v): return .value(negative ? -v : v)
        case let .ambiguous(g, d, mark): return negative ? .ambiguous(grouped: -g, decimal: -d, mark: mark) : .ambiguous(grouped: g, decimal: d, mark: mark)
        default: return reading
        }
    }

    /// A lone dash (hyphen, en or em dash): how a spreadsheet writes "nothing" (zero, none).
    static func isDash(_ text: String) -> Bool { ["-", "\u{2013}", "\u{2014}"].contains(text) }

    /// Removes `Rp`, `Rp.`, `IDR` or the currency label before or after the number; `rupiah` when `Rp` was one.
    static func stripLabels(_ raw: String, currency: String?) -> (text: String, rupiah: Bool) {
        var text = raw
        var rupiah = false
        var labels = ["Rp.", "Rp", "IDR"]
        if let currency, !currency.isEmpty, !labels.contains(where: { $0.lowercased() == currency.lowercased() }) {
            labels.append(currency)
        }
        for label in labels {
            let lower = text.lowercased(), key = label.lowercased()
            if lower.hasPrefix(key), !(key == "rp" && lower.hasPrefix("rp.")) {
                text = String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
                if key.hasPrefix("rp") { rupiah = true }
                break
            }
            if lower.hasSuffix(key), lower.count > key.count {
                text = String(text.dropLast(label.count)).trimmingCharacters(in: .whitespaces)
                if key.hasPrefix("rp") { rupiah = true }
                break
            }
        }
        return (text, rupiah)
    }

    /// `250.000` or `250,000`: one separator followed by exactly three digits (after digits that could be
    /// a thousands group: not `0.500`, which only a decimal mark can make).
    private static func ambiguity(_ text: String) -> NumberReading? {
        let marks = text.filter { $0 == "." || $0 == "," }
        guard marks.count == 1, let mark = marks.first else { return nil }
        let halves = text.split(separator: mark, omittingEmptySubsequences: false)
        guard halves.count == 2, !halves[0].isEmpty, halves[0].first != "0", halves[1].count == 3,
              halves.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let grouped = Double(halves[0] + halves[1]), let decimal = Double(halves[0] + "." + halves[1]) else { return nil }
        return .ambiguous(grouped: grouped, decimal: decimal, mark: mark)
    }

    /// YAML/JSON, where no file style decides: both marks (the last one is the decimal mark), one mark
    /// repeated (grouping), or one mark once (the decimal mark; `250.000` was caught as ambiguous before).
    private static func free(_ text: String) -> NumberReading {
        let dots = text.filter { $0 == "." }.count, commas = text.filter { $0 == "," }.count
        switch (dots, commas) {
        case (0, 0), (1, 0): return plainDecimal(text)
        case (0, 1): return strict(text, grouping: ".", decimal: ",")
        case (_, 0): return strict(text, grouping: ".", decimal: ",")
        case (0, _): return strict(text, grouping: ",", decimal: ".")
        default:
            guard let last = text.last(where: { $0 == "." || $0 == "," }) else { return .invalid }
            return strict(text, grouping: last == "." ? "," : ".", decimal: last)
        }
    }

    /// Digits with an optional `.` fraction and exponent (`1.5`, `1e17`).
    private static func plainDecimal(_ text: String) -> NumberReading {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }),
              text.first.map({ $0.isNumber || $0 == "." }) == true,
              let value = Double(text) else { return .invalid }
        return .value(value)
    }

    /// Well-formed groups (1 to 3 digits, then groups of exactly 3) and at most one decimal mark; a
    /// trailing `,-` (Indonesian: no cents) where `,` is the decimal mark. Without groups an exponent may follow.
    private static func strict(_ raw: String, grouping: Character, decimal: Character) -> NumberReading {
        var text = raw
        if decimal == ",", text.hasSuffix(",-") || text.hasSuffix(",--") {
            // No cents: a decimal mark before it (`1.000,5,-`) contradicts it.
            text = String(text.dropLast(text.hasSuffix(",--") ? 3 : 2))
            guard !text.contains(",") else { return .invalid }
        }
        if !text.contains(grouping), decimal == "." || !text.contains(decimal) { return plainDecimal(text) }
        let halves = text.split(separator: decimal, omittingEmptySubsequences: false)
        guard halves.count <= 2 else { return .invalid }
        let whole = halves[0]
        let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
        if whole.contains(grouping) {
            let groups = whole.split(separator: grouping, omittingEmptySubsequences: false)
            guard let first = groups.first, (1...3).contains(first.count), groups.dropFirst().allSatisfy({ $0.count == 3 }),
                  groups.allSatisfy(isDigits) else { return .invalid }
        } else if !isDigits(whole) {
            // `1,5e3` and other mixtures.
            return .invalid
        }
        let digits = whole.filter { $0 != grouping }
        var number = digits.isEmpty ? "0" : String(digits)
        if halves.count == 2 {
            // Excel in an Indonesian locale writes `9,00E+07`: an exponent after a fraction, without groups.
            var fraction = halves[1], exponent = ""
            if !whole.contains(grouping), let e = fraction.firstIndex(where: { $0 == "e" || $0 == "E" }) {
                let power = fraction[fraction.index(after: e)...]
                let powerDigits = power.first.map { "+-".contains($0) } == true ? power.dropFirst() : power
                guard !powerDigits.isEmpty, isDigits(powerDigits) else { return .invalid }
                exponent = "e" + power
                fraction = fraction[..<e]
            }
            guard !fraction.isEmpty, isDigits(fraction) else { return .invalid }
            number += "." + fraction + exponent
        } else if digits.isEmpty {
            return .invalid
        }
        guard let value = Double(number) else { return .invalid }
        return .value(value)
    }

    /// `Rp 150,000` (one `,` then exactly three digits, no `.`): read the Indonesian way as 150, and
    /// most likely meant as 150 thousand written the English way; the amount as the Indonesian
    /// way writes thousands (`150.000`), to say so.
    static func rupiahCommaThousands(_ raw: String, currency: String?) -> String? {
        let (text, rupiah) = stripLabels(raw.trimmingCharacters(in: .whitespaces), currency: currency)
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard rupiah, !text.contains("."), parts.count == 2, parts[1].count == 3, !parts[0].isEmpty,
              (parts[0] + parts[1]).allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "\(parts[0]).\(parts[1])"
    }

    static func hint(_ s: RawScalar, currency: String?) -> (english: String, fact: ScenarioProblem.NumberHint?) {
        if stripLabels(s.text.trimmingCharacters(in: .whitespaces), currency: currency).rupiah {
            return (" (after Rp, \".\" groups thousands and \",\" is the decimal mark: Rp 1.500.000,50)", .rupiahMarks)
        }
        // A date where a number belongs (a date cell in a workbook, a date typed in the wrong column).
        let trimmed = s.text.trimmingCharacters(in: .whitespaces)
        if CivilDate(trimmed) != nil { return (" (a date: this field takes a number)", .date) }
        // A time cell (`06:00`) or an accounting negative (`(250.000)`) is no matter of decimal marks.
        if trimmed.wholeMatch(of: #/\d{1,2}:\d{2}(:\d{2})?/#) != nil { return (" (a time of day: this field takes a number)", .timeOfDay) }
        if trimmed.hasPrefix("("), trimmed.hasSuffix(")") || trimmed.hasSuffix(")-") {
            return (" (a negative amount in parentheses: this field takes a number of 0 or more)", .negativeInParentheses)
        }
        // Only for what looks like a number: "dua" needs no lesson in decimal marks.
        if case let .spreadsheet(grouping, decimal, settled) = s.numberStyle, s.text.contains(where: \.isNumber) {
            let english = settled ? " (in this file \"\(grouping)\" groups thousands and \"\(decimal)\" is the decimal mark)"
                : " (in this file \"\(grouping)\" groups thousands and \"\(decimal)\" is the decimal mark, or \".\" groups and \",\" is "
                    + "the decimal mark when both are written: 1,500,000.50 or 1.500.000,50)"
            return (english, .fileMarks(grouping: String(grouping), decimal: String(decimal), settled: settled))
        }
        return ("", nil)
    }

    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15, let whole = Int(exactly: value) { return String(whole) }
        return String(value)
    }
}
