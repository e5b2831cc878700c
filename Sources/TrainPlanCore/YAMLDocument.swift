import Foundation
import Yams

/// Reads a YAML or JSON file into a ``RawNode`` tree with line and column marks.
///
/// JSON is read by the YAML parser too (JSON is YAML's flow style), which
/// gives JSON errors the same line numbers.
enum YAMLDocument {
    static func parse(_ text: String, file: String, log: DiagnosticLog) -> RawNode? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            log.error(location(of: error, file: file), message(of: error))
            return nil
        } catch {
            log.error(SourceLocation(file: file), "cannot read: \(error)")
            return nil
        }
        guard let root else {
            log.error(SourceLocation(file: file, line: 1), "the file is empty: expected the scenario's settings and lists")
            return nil
        }
        return convert(root, file: file, log: log)
    }

    private static func convert(_ node: Node, file: String, log: DiagnosticLog) -> RawNode {
        func here(_ mark: Mark?) -> SourceLocation { SourceLocation(file: file, line: mark?.line, column: mark?.column) }
        switch node {
        case let .scalar(scalar):
            let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]
            let isNull = scalar.style == .plain && nullWords.contains(scalar.string)
            return .scalar(RawScalar(text: scalar.string, location: here(scalar.mark), isNull: isNull,
                                     numberStyle: .plain, isCell: false))
        case let .sequence(sequence):
            return .sequence(sequence.map { convert($0, file: file, log: log) }, here(sequence.mark))
        case let .mapping(mapping):
            var entries: [RawEntry] = []
            var seen: [String: Int] = [:]
            for (key, value) in mapping {
                let keyLocation = here(key.mark)
                guard let keyText = key.scalar?.string else {
                    log.error(keyLocation, "a key must be a plain name, found a list or mapping")
                    continue
                }
                if let firstLine = seen[keyText] {
                    log.error(keyLocation.with(field: keyText), "duplicate key (first given on line \(firstLine))")
                    continue
                }
                seen[keyText] = keyLocation.line ?? 0
                entries.append(RawEntry(key: keyText, value: convert(value, file: file, log: log)))
            }
            return .mapping(entries, here(mapping.mark))
        case let .alias(alias):
            log.error(here(alias.mark), "YAML aliases (*name) are not supported: write the value out")
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
