import Foundation

/// The edits a what-if variant makes, applied to the raw scenario tree so that
/// the edited scenario is decoded and validated exactly like a scenario file,
/// and every edit's problems point at its own line in the variants file.
extension ScenarioDocument {
    static let listKinds = ["courses", "instructors", "venues", "demand"]

    /// `set`: fields of the settings, merged into mappings (`calendar: {weeks: 10}` keeps the other calendar fields).
    mutating func set(_ node: RawNode, log: DiagnosticLog) {
        guard case let .mapping(entries, _) = node else {
            log.error(node.location.with(field: "set"), "set: expected a mapping of scenario fields, found \(node.kindName)")
            return
        }
        for entry in entries where Self.listKinds.contains(entry.key) {
            log.error(entry.keyLocation.with(field: entry.key),
                      "set: \(entry.key) is a list: change it with add, remove, update or unavailable")
        }
        root = Self.merged(root, entries.filter { !Self.listKinds.contains($0.key) })
    }

    /// `remove: {courses: [ID, ...]}`
    mutating func remove(_ node: RawNode, log: DiagnosticLog) {
        forEachKind(node, edit: "remove", log: log) { kind, value in
            var removed: Set<String> = []
            for id in ids(value, edit: "remove", kind: kind, log: log) {
                // The second time an id comes, its item is gone: said as the repetition it is.
                guard removed.insert(id.text.trimmingCharacters(in: .whitespaces)).inserted else {
                    log.error(id.location.with(field: kind), "remove: \"\(id.text)\" is listed twice")
                    continue
                }
                var items = self.items(kind)
                guard let index = index(of: id, in: items, kind: kind, edit: "remove", log: log) else { continue }
                items.remove(at: index)
                setItems(kind, items)
            }
        }
    }

    /// `add: {instructors: [{id: ..., ...}]}`: new items, checked like any other.
    mutating func add(_ node: RawNode, log: DiagnosticLog) {
        forEachKind(node, edit: "add", log: log) { kind, value in
            guard case let .sequence(added, _) = value else {
                log.error(value.location.with(field: kind), "add: expected a list of \(kind), found \(value.kindName)")
                return
            }
            setItems(kind, items(kind) + added)
        }
    }

    /// `update: {courses: [{id: GM-01, value: 100000000}]}`: the given fields replace the item's.
    mutating func update(_ node: RawNode, log: DiagnosticLog) {
        forEachKind(node, edit: "update", log: log) { kind, value in
            guard case let .sequence(changes, _) = value else {
                log.error(value.location.with(field: kind), "update: expected a list of \(kind) with their ids, found \(value.kindName)")
                return
            }
            for change in changes {
                guard case let .mapping(entries, _) = change,
                      case let .scalar(id)? = entries.first(where: { $0.key == "id" })?.value else {
                    log.error(change.location.with(field: kind), "update: each item needs its id and the fields to change")
                    continue
                }
                var items = self.items(kind)
                guard let index = index(of: id, in: items, kind: kind, edit: "update", log: log) else { continue }
                items[index] = Self.merged(items[index], entries.filter { $0.key != "id" }, deep: false)
                setItems(kind, items)
            }
        }
    }

    /// `unavailable: {instructors: {AGUS: [2023-03-01..2023-03-14]}}`: entries added to the item's own.
    mutating func unavailable(_ node: RawNode, log: DiagnosticLog) {
        forEachKind(node, edit: "unavailable", log: log, kinds: ["instructors", "venues"]) { kind, value in
            guard case let .mapping(byID, _) = value else {
                log.error(value.location.with(field: kind), "unavailable: expected id: [entries, ...] under \(kind), found \(value.kindName)")
                return
            }
            for entry in byID {
                let id = RawScalar(text: entry.key, location: entry.keyLocation, isNull: false, numberStyle: .plain, isCell: false)
                var items = self.items(kind)
                guard let index = index(of: id, in: items, kind: kind, edit: "unavailable", log: log),
                      case let .mapping(fields, location) = items[index] else { continue }
                let added = Self.scalars(entry.value)
                let existing = fields.first { $0.key == "unavailable" }
                let combined = (existing.map { Self.scalars($0.value) } ?? []) + added
                let list = RawEntry(key: "unavailable", value: .sequence(combined.map(RawNode.scalar), entry.value.location),
                                    keyLocation: existing?.keyLocation ?? entry.keyLocation)
                items[index] = .mapping(fields.filter { $0.key != "unavailable" } + [list], location)
                setItems(kind, items)
            }
        }
    }

    // MARK: - Lists, wherever they are written

    /// The items of a list, from its CSV table or inline in the settings.
    func items(_ kind: String) -> [RawNode] {
        if case let .sequence(rows, _)? = tables[kind] { return rows }
        if case let .mapping(entries, _) = root, case let .sequence(items, _)? = entries.first(where: { $0.key == kind })?.value {
            return items
        }
        return []
    }

    mutating func setItems(_ kind: String, _ items: [RawNode]) {
        if let table = tables[kind] {
            tables[kind] = .sequence(items, table.location)
            return
        }
        guard case let .mapping(entries, location) = root else { return }
        if let index = entries.firstIndex(where: { $0.key == kind }) {
            var copy = entries
            copy[index].value = .sequence(items, entries[index].value.location)
            root = .mapping(copy, location)
        } else {
            root = .mapping(entries + [RawEntry(key: kind, value: .sequence(items, location), keyLocation: location)], location)
        }
    }

    private func forEachKind(_ node: RawNode, edit: String, log: DiagnosticLog, kinds: [String] = listKinds,
                             _ body: (String, RawNode) -> Void) {
        guard case let .mapping(entries, _) = node else {
            log.error(node.location.with(field: edit), "\(edit): expected a mapping with \(kinds.joined(separator: ", ")), found \(node.kindName)")
            return
        }
        for entry in entries {
            guard kinds.contains(entry.key) else {
                let hint = Suggestion.closest(to: entry.key, in: kinds).map { " (did you mean \"\($0)\"?)" } ?? ""
                log.error(entry.keyLocation.with(field: entry.key),
                          "\(edit): unknown list \"\(entry.key)\"\(hint); expected \(kinds.joined(separator: ", "))")
                continue
            }
            body(entry.key, entry.value)
        }
    }

    private func ids(_ node: RawNode, edit: String, kind: String, log: DiagnosticLog) -> [RawScalar] {
        let ids = Self.scalars(node)
        if ids.isEmpty { log.error(node.location.with(field: kind), "\(edit): expected a list of \(kind) ids") }
        return ids
    }

    private func index(of id: RawScalar, in items: [RawNode], kind: String, edit: String, log: DiagnosticLog) -> Int? {
        let wanted = id.text.trimmingCharacters(in: .whitespaces)
        let known = items.compactMap(Self.id)
        if let index = items.firstIndex(where: { Self.id($0) == wanted }) { return index }
        let hint = Suggestion.closest(to: wanted, in: known).map { "; did you mean \"\($0)\"?" } ?? ""
        log.error(id.location.with(field: kind), "\(edit): \"\(wanted)\" is not the id of any of the base scenario's \(kind)\(hint)")
        return nil
    }

    private static func id(_ node: RawNode) -> String? {
        guard case let .mapping(entries, _) = node, case let .scalar(s)? = entries.first(where: { $0.key == "id" })?.value else { return nil }
        return s.text.trimmingCharacters(in: .whitespaces)
    }

    /// A list of plain values; a spreadsheet cell or a lone value is split like a list cell.
    private static func scalars(_ node: RawNode) -> [RawScalar] {
        switch node {
        case let .sequence(items, _):
            return items.flatMap { item -> [RawScalar] in
                if case .scalar = item { return scalars(item) }
                return []
            }
        case let .scalar(s) where !s.isNull:
            return s.text.split(whereSeparator: { $0 == ";" || $0 == "," }).map {
                var part = s
                part.text = $0.trimmingCharacters(in: .whitespaces)
                return part
            }.filter { !$0.text.isEmpty && !NumberText.isDash($0.text) }  // a dash is "none", as the reader takes it
        default:
            return []
        }
    }

    /// `node` with `entries` replacing its fields of the same name; mappings merge field by field when `deep`.
    private static func merged(_ node: RawNode, _ entries: [RawEntry], deep: Bool = true) -> RawNode {
        guard case .mapping(var fields, let location) = node else { return node }
        for entry in entries {
            if let index = fields.firstIndex(where: { $0.key == entry.key }) {
                if deep, case let .mapping(inner, _) = entry.value, case .mapping = fields[index].value {
                    fields[index].value = merged(fields[index].value, inner)
                } else {
                    fields[index] = entry
                }
            } else {
                fields.append(entry)
            }
        }
        return .mapping(fields, location)
    }
}
