import Foundation
import Yams

/// Reads a YAML or JSON file into a ``RawNode`` tree with line and column marks.
///
/// JSON is read by the YAML parser too (JSON is YAML's flow style), which
/// gives JSON errors the same line numbers.
enum YAMLDocument {
    /// How many duplicate keys are set aside (each costs a parse) before the rest of the file is given up.
    static let maximumDuplicateKeys = 50

    static func parse(_ text: String, file: String, log: DiagnosticLog) -> RawNode? {
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if let bad = firstControlCharacter(in: text) {
            // libyaml would stop with "control characters are not allowed" and no line.
            log.error(SourceLocation(file: file, line: bad.line, column: bad.column),
                      "not readable text: control character U+\(String(format: "%04X", bad.value)) here: delete it (copied from another program?)")
            return nil
        }
        // Yams stops at the first duplicate key; a planner wants every problem at once. So each
        // duplicate is renamed to a unique placeholder of the same length (columns stay right),
        // the text parsed again, and the placeholder reported as a duplicate while converting.
        var duplicates = DuplicateKeys(original: text)
        let root: Node?
        // The parser is kept alive while converting: nodes hold their anchors weakly, through it.
        var parser: Parser?
        while true {
            do {
                parser = try Parser(yaml: text)
                root = try parser?.singleRoot()
                break
            } catch let YamlError.duplicatedKeysInMapping(keys, context) {
                if duplicates.count < maximumDuplicateKeys, let key = keys.first,
                   let renamed = duplicates.rename(key, firstAt: context.mark, in: text) {
                    text = renamed
                    continue
                }
                for found in duplicates.found {
                    log.error(SourceLocation(file: file, line: found.line, column: found.column, field: found.key),
                              "duplicate key \"\(found.key)\" (first given on line \(found.firstLine)): give each field once")
                }
                let more = duplicates.count < maximumDuplicateKeys ? "" : " (and maybe more: fix these and check again)"
                log.error(SourceLocation(file: file, line: context.mark.line, column: context.mark.column, field: keys.first),
                          "duplicate key\(keys.count == 1 ? "" : "s") \(keys.map { "\"\($0)\"" }.joined(separator: ", ")) in this mapping: give each field once\(more)")
                return nil
            } catch let error as YamlError {
                log.error(location(of: error, file: file), message(of: error))
                return nil
            } catch {
                log.error(SourceLocation(file: file), "cannot read: \(error)")
                return nil
            }
        }
        guard let root else {
            log.error(SourceLocation(file: file, line: 1), "the file is empty: expected the scenario's settings and lists")
            return nil
        }
        return withExtendedLifetime(parser) {
            var anchors = AliasExpansion(limit: 2 * text.utf8.count + AliasExpansion.slack)
            let converted = convert(root, file: file, duplicates: duplicates, anchors: &anchors, log: log)
            // Past the budget the rest was not read: its "missing" fields would be false alarms.
            return anchors.refused ? nil : converted
        }
    }

    /// The first character libyaml refuses (C0 controls other than tab and line breaks, DEL, C1 controls
    /// other than NEL), with its 1-based line and column.
    static func firstControlCharacter(in text: String) -> (line: Int, column: Int, value: UInt32)? {
        var line = 1, column = 1
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v == 10 { line += 1; column = 1; continue }
            if (v < 32 && v != 9 && v != 13) || v == 127 || (v >= 0x80 && v <= 0x9F && v != 0x85) || v == 0xFFFE || v == 0xFFFF {
                return (line, column, v)
            }
            column += 1
        }
        return nil
    }

    /// Anchors, aliases and merge keys (`<<: *defaults`) are read as the values written out, within
    /// a budget of values linear in the file's size: a file without aliases holds fewer values than
    /// characters, while a few kilobytes of nested aliases (a "billion laughs" file) would copy
    /// without bound; past the budget the file is refused, at once.
    struct AliasExpansion {
        /// Values beyond twice the file's characters for a small file.
        static let slack = 10_000
        let limit: Int
        var converted = 0
        var refused = false
    }

    private static func convert(_ node: Node, file: String, duplicates: DuplicateKeys, anchors: inout AliasExpansion,
                                log: DiagnosticLog) -> RawNode {
        func here(_ mark: Mark?) -> SourceLocation { SourceLocation(file: file, line: mark?.line, column: mark?.column) }
        anchors.converted += 1
        guard anchors.converted <= anchors.limit else {
            if !anchors.refused {
                anchors.refused = true
                log.error(here(node.mark), "the YAML aliases here (*name) copy their anchors past \(anchors.limit) values, more than the "
                          + "file could hold written out: write the values out")
            }
            return .scalar(RawScalar(text: "", location: here(node.mark), isNull: true, numberStyle: .plain, isCell: false))
        }
        switch node {
        case let .scalar(scalar):
            let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
            let isNull = scalar.style == .plain && nullWords.contains(scalar.string)
            // Written as an escape ("\e", "\u0007") it passed the check of the raw text, and went on
            // into the terminal (ESC sequences), the HTML and the CSV files as it was.
            if let bad = firstControlCharacter(in: scalar.string.replacingOccurrences(of: "\n", with: " ")) {
                log.error(here(scalar.mark), "control character U+\(String(format: "%04X", bad.value)) (written as an escape) in this "
                          + "value: no output can show it; delete it")
            }
            return .scalar(RawScalar(text: scalar.string, location: here(scalar.mark), isNull: isNull,
                                     numberStyle: .plain, isCell: false))
        case let .sequence(sequence):
            return .sequence(sequence.map { convert($0, file: file, duplicates: duplicates, anchors: &anchors, log: log) },
                             here(sequence.mark))
        case let .mapping(mapping):
            var entries: [RawEntry] = []
            var seen: [String: Int] = [:]
            // `<<: *defaults` (or a list of them): their entries, after the ones written here, which win.
            var merged: [RawEntry] = []
            for (key, value) in mapping {
                let keyLocation = here(key.mark)
                guard let keyText = key.scalar?.string else {
                    log.error(keyLocation, "a key must be a plain name, found a list or mapping")
                    continue
                }
                if keyText == "<<", key.scalar?.style == .plain {
                    let converted = convert(value, file: file, duplicates: duplicates, anchors: &anchors, log: log)
                    switch converted {
                    case let .mapping(more, _): merged += more
                    case let .sequence(items, _) where items.allSatisfy({ if case .mapping = $0 { true } else { false } }):
                        for case let .mapping(more, _) in items { merged += more.filter { entry in !merged.contains { $0.key == entry.key } } }
                    default:
                        log.error(keyLocation, "a merge key (<<) takes a mapping or a list of mappings (<<: *defaults)")
                    }
                    continue
                }
                if let original = duplicates.original(of: keyText) {
                    log.error(keyLocation.with(field: original.key),
                              "duplicate key \"\(original.key)\" (first given on line \(original.firstLine)): give each field once")
                    continue
                }
                if let firstLine = seen[keyText] {
                    log.error(keyLocation.with(field: keyText), "duplicate key \"\(keyText)\" (first given on line \(firstLine)): give each field once")
                    continue
                }
                seen[keyText] = keyLocation.line ?? 0
                entries.append(RawEntry(key: keyText, value: convert(value, file: file, duplicates: duplicates, anchors: &anchors, log: log),
                                        keyLocation: keyLocation))
            }
            for entry in merged where seen[entry.key] == nil {
                seen[entry.key] = entry.keyLocation.line ?? 0
                entries.append(entry)
            }
            return .mapping(entries, here(mapping.mark))
        case let .alias(alias):
            log.error(here(alias.mark), "a YAML alias (*name) whose anchor (&name) is not given before it: write the value out")
            return .scalar(RawScalar(text: "", location: here(alias.mark), isNull: true, numberStyle: .plain, isCell: false))
        }
    }

    private static func location(of error: YamlError, file: String) -> SourceLocation {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case let .duplicatedKeysInMapping(_, context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        default:
            return SourceLocation(file: file)
        }
    }

    private static func message(of error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, _, _), let .parser(context, problem, _, _), let .composer(context, problem, _, _):
            let while_ = context.map { " (\($0.text))" } ?? ""
            return "not valid YAML/JSON: \(problem)\(while_)"
        case let .duplicatedKeysInMapping(duplicates, _):
            return "duplicate keys: \(duplicates.joined(separator: ", "))"
        case let .reader(problem, _, _, _):
            return "not readable text: \(problem)"
        default:
            return "not valid YAML/JSON: \(error)"
        }
    }
}

/// Finds the repeat of a key that Yams reported (it gives only the first
/// occurrence) and renames it to a placeholder, so that parsing can go on and
/// every duplicate is reported with its own line.
///
/// The placeholder has as many Unicode scalars as the key (libyaml counts
/// columns in scalars), made of one private-use character not found in the file.
struct DuplicateKeys {
    private var placeholders: [String: (key: String, firstLine: Int)] = [:]
    private var nextScalar: UInt32 = 0xE000
    private let originalScalars: Set<Unicode.Scalar>

    init(original text: String) {
        originalScalars = Set(text.unicodeScalars.filter { (0xE000...0xF8FF).contains($0.value) })
    }

    /// The repeats renamed so far, where they are.
    private(set) var found: [(key: String, line: Int, column: Int, firstLine: Int)] = []

    var count: Int { placeholders.count }

    func original(of key: String) -> (key: String, firstLine: Int)? { placeholders[key] }

    /// `text` with the next repeat of `key` (after its first occurrence at `first`) renamed, or nil if not found.
    mutating func rename(_ key: String, firstAt first: Mark, in text: String) -> String? {
        let keyScalars = Array(key.unicodeScalars)
        guard !keyScalars.isEmpty, let placeholderScalar = nextPlaceholder() else { return nil }
        var scenario = ScalarText(text)
        guard let start = scenario.offset(line: first.line, column: first.column),
              let repeated = scenario.repeatOf(keyScalars, firstAt: start) else { return nil }
        scenario.scalars.replaceSubrange(repeated, with: Array(repeating: placeholderScalar, count: keyScalars.count))
        var placeholder = String.UnicodeScalarView()
        placeholder.append(contentsOf: Array(repeating: placeholderScalar, count: keyScalars.count))
        placeholders[String(placeholder)] = (key, first.line)
        let quoted = repeated.lowerBound > 0 && ["\"", "'"].contains(scenario.scalars[repeated.lowerBound - 1])
        let (line, column) = scenario.lineAndColumn(of: repeated.lowerBound - (quoted ? 1 : 0))
        found.append((key, line, column, first.line))
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scenario.scalars)
        return String(result)
    }

    private mutating func nextPlaceholder() -> Unicode.Scalar? {
        while nextScalar <= 0xF8FF {
            defer { nextScalar += 1 }
            if let scalar = Unicode.Scalar(nextScalar), !originalScalars.contains(scalar) { return scalar }
        }
        return nil
    }
}

/// A text as Unicode scalars with its line starts, as libyaml counts lines and columns.
private struct ScalarText {
    var scalars: [Unicode.Scalar]
    /// Offsets where each line begins (line 1 at index 0).
    let lineStarts: [Int]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" {
                i += 2
                starts.append(i)
                continue
            }
            i += 1
            if Self.isBreak(c) { starts.append(i) }
        }
        lineStarts = starts
    }

    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }

    func offset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let offset = lineStarts[line - 1] + column - 1
        return offset < end(ofLine: line) ? offset : nil
    }

    /// 1-based line and column of an offset.
    func lineAndColumn(of offset: Int) -> (Int, Int) {
        let index = lineStarts.lastIndex { $0 <= offset } ?? 0
        return (index + 1, offset - lineStarts[index] + 1)
    }

    /// The offset just before the line break that ends `line`.
    func end(ofLine line: Int) -> Int {
        var end = line < lineStarts.count ? lineStarts[line] : scalars.count
        while end > lineStarts[line - 1], Self.isBreak(scalars[end - 1]) { end -= 1 }
        return end
    }

    /// The range of the repeated key's text (inside its quotes, if quoted), or nil.
    func repeatOf(_ key: [Unicode.Scalar], firstAt start: Int) -> Range<Int>? {
        guard let firstLine = lineStarts.lastIndex(where: { $0 <= start }).map({ $0 + 1 }) else { return nil }
        // Block style: only indentation or sequence dashes before the key on its line.
        let before = scalars[lineStarts[firstLine - 1]..<start]
        if before.allSatisfy({ $0 == " " || $0 == "-" || $0 == "?" }) {
            return blockRepeat(key, column: start - lineStarts[firstLine - 1] + 1, after: firstLine)
        }
        return flowRepeat(key, after: start)
    }

    /// Sibling keys of a block mapping start at the same column on later lines, until a line is indented less.
    private func blockRepeat(_ key: [Unicode.Scalar], column: Int, after firstLine: Int) -> Range<Int>? {
        var line = firstLine + 1
        while line <= lineStarts.count {
            defer { line += 1 }
            let start = lineStarts[line - 1], end = end(ofLine: line)
            var indent = 0
            while start + indent < end, scalars[start + indent] == " " { indent += 1 }
            guard start + indent < end, scalars[start + indent] != "#" else { continue }   // blank or comment
            if indent < column - 1 { return nil }
            guard indent == column - 1 else { continue }
            let at = start + indent
            if scalars[at] == "-", at + 1 == end || scalars[at + 1] == " " { continue }  // a list value at the key's indentation
            if let range = keyMatch(key, at: at, lineEnd: end) { return range }
        }
        return nil
    }

    /// Keys of a flow mapping (JSON style) follow a comma at the same nesting depth, until its closing brace.
    private func flowRepeat(_ key: [Unicode.Scalar], after start: Int) -> Range<Int>? {
        var i = start
        // Skip the first key itself.
        if scalars[i] == "\"" || scalars[i] == "'" { i = skipQuoted(from: i) } else { i += key.count }
        var depth = 0
        while i < scalars.count {
            let c = scalars[i]
            switch c {
            case "\"", "'":
                let previous = scalars[..<i].last { $0 != " " && $0 != "\t" && !Self.isBreak($0) }
                if previous == nil || [":", ",", "[", "{"].contains(previous) { i = skipQuoted(from: i); continue }
            case "#" where i == 0 || [" ", "\t"].contains(scalars[i - 1]) || Self.isBreak(scalars[i - 1]):
                while i < scalars.count, !Self.isBreak(scalars[i]) { i += 1 }
                continue
            case "{", "[":
                depth += 1
            case "}", "]":
                if depth == 0 { return nil }
                depth -= 1
            case "," where depth == 0:
                var next = i + 1
                while next < scalars.count {
                    let s = scalars[next]
                    if s == " " || s == "\t" || Self.isBreak(s) {
                        next += 1
                    } else if s == "#" {
                        while next < scalars.count, !Self.isBreak(scalars[next]) { next += 1 }
                    } else {
                        break
                    }
                }
                let lineEnd = scalars[next...].firstIndex(where: Self.isBreak) ?? scalars.count
                if next < scalars.count, let range = keyMatch(key, at: next, lineEnd: lineEnd) { return range }
                i = next
                continue
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// The offset after a quoted scalar starting at `start`.
    private func skipQuoted(from start: Int) -> Int {
        let quote = scalars[start]
        var i = start + 1
        while i < scalars.count {
            if quote == "\"", scalars[i] == "\\" { i += 2; continue }
            if scalars[i] == quote {
                if quote == "'", i + 1 < scalars.count, scalars[i + 1] == "'" { i += 2; continue }
                return i + 1
            }
            i += 1
        }
        return i
    }

    /// The key's range if `key` (plain or quoted) followed by `:` starts at `at`.
    private func keyMatch(_ key: [Unicode.Scalar], at: Int, lineEnd: Int) -> Range<Int>? {
        var i = at
        let quote: Unicode.Scalar? = scalars[i] == "\"" || scalars[i] == "'" ? scalars[i] : nil
        if quote != nil { i += 1 }
        guard i + key.count <= lineEnd, Array(scalars[i..<(i + key.count)]) == key else { return nil }
        let range = i..<(i + key.count)
        i += key.count
        if let quote {
            guard i < lineEnd, scalars[i] == quote else { return nil }
            i += 1
        }
        while i < lineEnd, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        guard i < lineEnd, scalars[i] == ":" else { return nil }
        if quote == nil, i + 1 < lineEnd, scalars[i + 1] != " ", scalars[i + 1] != "\t" { return nil }
        return range
    }
}
