import Foundation

/// Reads the fields of one mapping (a scenario, a course, a CSV row), turning
/// each wrong value into a diagnostic with its location instead of stopping.
/// ``finish(known:)`` reports fields nobody asked for, with a suggestion.
final class FieldReader {
    let location: SourceLocation
    private let entries: [String: RawEntry]
    private let order: [String]
    private let log: DiagnosticLog
    /// Stripped from money cells (`Rp 150.000`).
    var currency: String = "IDR"

    init?(_ node: RawNode, what: String, log: DiagnosticLog) {
        guard case let .mapping(list, location) = node else {
            log.error(node.location, "expected \(what) (a mapping of field: value), found \(node.kindName)")
            return nil
        }
        self.location = location
        self.entries = Dictionary(list.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.order = list.map(\.key)
        self.log = log
    }

    func has(_ key: String) -> Bool { !(entries[key]?.value.isNull ?? true) }

    /// The value of `key`, or `nil` when absent or null (reporting it if `required`).
    func node(_ key: String, required: Bool = false) -> RawNode? {
        guard let value = entries[key]?.value, !value.isNull else {
            if required { log.error((entries[key]?.value.location ?? location).with(field: key), "missing required field \"\(key)\"") }
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
        if text.isEmpty, required { fail(s.location, key, "must not be empty") }
        return text.isEmpty ? nil : text
    }

    func id(_ key: String = "id") -> String? {
        guard let s = scalar(key, required: true, expected: "an id") else { return nil }
        let text = s.text.trimmingCharacters(in: .whitespaces)
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "._-"))
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) else {
            fail(s.location, key, "\"\(s.text)\" is not an id: use letters, digits, '.', '_' and '-'")
            return nil
        }
        return text
    }

    func number(_ key: String, required: Bool = false, minimum: Double = 0, what: String = "a number") -> Double? {
        guard let s = scalar(key, required: required, expected: what) else { return nil }
        guard let value = NumberText.parse(s, currency: currency) else {
            fail(s.location, key, "expected \(what), found \"\(s.text)\"\(NumberText.hint(s))")
            return nil
        }
        guard value >= minimum else {
            fail(s.location, key, "must be at least \(NumberText.format(minimum)), found \(NumberText.format(value))")
            return nil
        }
        return value
    }

    func money(_ key: String, required: Bool = false) -> Double? {
        // "Rp 150.000" in YAML or JSON is Indonesian grouping, not 150; a bare "150.000" is ambiguous.
        if case let .scalar(s)? = node(key), s.numberStyle == .plain, let grouped = NumberText.dotGrouped(s.text, currency: currency) {
            guard grouped.labelled else {
                fail(s.location, key, "\"\(s.text)\" is ambiguous: write \(NumberText.format(grouped.value)) for "
                     + "\(Money.plain(grouped.value)), or \"Rp \(s.text)\" in Indonesian style")
                return nil
            }
            return grouped.value
        }
        return number(key, required: required, what: "an amount of money (a non-negative number)")
    }

    func int(_ key: String, required: Bool = false, range: ClosedRange<Int>) -> Int? {
        guard let s = scalar(key, required: required, expected: "a whole number") else { return nil }
        guard let value = NumberText.parse(s, currency: nil), value.rounded() == value, abs(value) < 1e15 else {
            fail(s.location, key, "expected a whole number, found \"\(s.text)\"")
            return nil
        }
        guard range.contains(Int(value)) else {
            let bound = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
            fail(s.location, key, "must be \(bound), found \(Int(value))")
            return nil
        }
        return Int(value)
    }

    func bool(_ key: String) -> Bool? {
        guard let s = scalar(key, expected: "true or false") else { return nil }
        switch s.text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "yes", "ya", "1", "y": return true
        case "false", "no", "tidak", "0", "n": return false
        default:
            fail(s.location, key, "expected true/false (or yes/no, ya/tidak, 1/0), found \"\(s.text)\"")
            return nil
        }
    }

    func date(_ key: String, required: Bool = false) -> CivilDate? {
        guard let s = scalar(key, required: required, expected: "a date") else { return nil }
        guard let date = CivilDate(s.text.trimmingCharacters(in: .whitespaces)) else {
            fail(s.location, key, "expected a date YYYY-MM-DD, found \"\(s.text)\"")
            return nil
        }
        return date
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
            let separators: Set<Character> = splitOnComma ? [";", ","] : [";"]
            return s.text.split(whereSeparator: { separators.contains($0) }).map {
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
        for item in items {
            if let day = Weekday(name: item.text) {
                if !days.contains(day) { days.append(day) }
            } else {
                let hint = Suggestion.closest(to: item.text, in: Weekday.allCases.map(\.rawValue)).map { " (did you mean \"\($0)\"?)" } ?? ""
                fail(item.location, key, "\"\(item.text)\" is not a weekday: use mon tue wed thu fri sat sun\(hint)")
            }
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
        for (name, level) in pairs {
            let tag = Tag.normalize(name)
            guard !tag.isEmpty else { fail(level.location, key, "empty skill name"); continue }
            guard let n = Int(level.text), n >= 1 else {
                fail(level.location, key, "level of \"\(name)\" must be a whole number >= 1, found \"\(level.text)\"")
                continue
            }
            result[tag] = max(result[tag] ?? 0, n)
        }
        if required, result.isEmpty, !log.hasErrors(at: value.location) {
            fail(value.location, key, "must name at least one skill with its level")
        }
        return result
    }

    func unavailability(_ key: String, slotCount: Int) -> [Unavailability] {
        (list(key, splitOnComma: true) ?? []).compactMap { item in
            switch Unavailability.parse(item.text) {
            case let .success(entry):
                if let slots = entry.slots, slots.upperBound > slotCount {
                    fail(item.location, key, "\"\(item.text)\": the calendar has \(slotCount) slot\(slotCount == 1 ? "" : "s")")
                    return nil
                }
                return entry
            case let .failure(error):
                fail(item.location, key, error.message)
                return nil
            }
        }
    }

    func fail(_ at: SourceLocation, _ key: String, _ message: String) {
        log.error(at.with(field: at.field ?? key), message)
    }

    /// Reports every field that is not in `known`, with the closest known name.
    func finish(known: [String], what: String) {
        for key in order where !known.contains(key) {
            let at = entries[key]?.keyLocation ?? location
            let hint = Suggestion.closest(to: key, in: known).map { "; did you mean \"\($0)\"?" } ?? ""
            log.error(at.with(field: key), "unknown field \"\(key)\" in \(what)\(hint)")
        }
    }
}

extension DiagnosticLog {
    func hasErrors(at location: SourceLocation) -> Bool {
        diagnostics.contains { $0.severity == .error && $0.location.file == location.file && $0.location.line == location.line }
    }
}

/// Numbers as planners type them.
enum NumberText {
    static func parse(_ s: RawScalar, currency: String?) -> Double? {
        var text = s.text.trimmingCharacters(in: .whitespaces)
        for label in [currency, "Rp.", "Rp", "IDR"].compactMap({ $0 }) where !label.isEmpty {
            if text.lowercased().hasPrefix(label.lowercased()) { text = String(text.dropFirst(label.count)) }
            if text.lowercased().hasSuffix(label.lowercased()) { text = String(text.dropLast(label.count)) }
            text = text.trimmingCharacters(in: .whitespaces)
        }
        guard !text.isEmpty else { return nil }
        switch s.numberStyle {
        case .plain:
            text = text.replacingOccurrences(of: "_", with: "")
        case .typed:
            break
        case let .spreadsheet(grouping, decimal):
            let halves = text.split(separator: decimal, omittingEmptySubsequences: false)
            guard halves.count <= 2 else { return nil }
            let groups = halves[0].split(separator: grouping, omittingEmptySubsequences: false)
            if groups.count > 1 {
                guard let first = groups.first, (1...3).contains(first.count),
                      groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            }
            text = groups.joined() + (halves.count == 2 ? "." + halves[1] : "")
        }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// `150.000` or `Rp 1.500.000,50`: dots grouping thousands (at least one group), as Indonesian
    /// spreadsheets write money; `labelled` when a currency label was written with it.
    static func dotGrouped(_ raw: String, currency: String?) -> (value: Double, labelled: Bool)? {
        var text = raw.trimmingCharacters(in: .whitespaces)
        var labelled = false
        for label in [currency, "Rp.", "Rp", "IDR"].compactMap({ $0 }) where !label.isEmpty && text.lowercased().hasPrefix(label.lowercased()) {
            text = String(text.dropFirst(label.count)).trimmingCharacters(in: .whitespaces)
            labelled = true
        }
        let halves = text.split(separator: ",", omittingEmptySubsequences: false)
        let groups = halves[0].split(separator: ".", omittingEmptySubsequences: false)
        guard halves.count <= 2, groups.count > 1, let first = groups.first, (1...3).contains(first.count),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              halves.count == 1 || (labelled && halves[1].allSatisfy { $0.isASCII && $0.isNumber }),
              let value = Double(groups.joined() + (halves.count == 2 ? "." + halves[1] : "")) else { return nil }
        return (value, labelled)
    }

    static func hint(_ s: RawScalar) -> String {
        if case let .spreadsheet(grouping, decimal) = s.numberStyle {
            return " (in this file \(grouping) groups thousands and \(decimal) is the decimal mark)"
        }
        return ""
    }

    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
