import Foundation

/// A named what-if: a few edits to a base scenario ("budget −20 %", "Agus ill in March").
public struct ScenarioVariant: Sendable {
    public var name: String

    /// The name as a file name stem: letters, digits, `-`, `_` and `.` kept, anything else `-`.
    public static func fileName(_ name: String) -> String {
        FileNameStem.of(String(name.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." ? $0 : "-" }))
    }
    public var description: String?
    /// Where the variant is written in the variants file.
    public var location: SourceLocation
    /// The edited scenario, or every problem found in the edits and in the scenario they make.
    public var loaded: Result<LoadedScenario, ScenarioError>
}

/// Reads a variants file (YAML or JSON) against its base scenario.
///
/// ```yaml
/// variants:
///   - name: budget-cut-20
///     set: {budget: 80000000}
///   - name: sri-ill
///     unavailable: {instructors: {BLK-SRI: [2023-02-06..2023-02-17]}}
///   - name: second-mechanic
///     add: {instructors: [{id: CND-2, source: candidate, skills: {garment-mechanic: 3}}]}
///   - name: fewer-courses
///     remove: {courses: [BTK-03]}
///     update: {courses: [{id: GM-01, value: 100000000}]}
/// ```
///
/// A problem in one variant stays in that variant: the others still load.
public enum VariantsLoader {
    static let variantFields = ["name", "description", "set", "remove", "add", "update", "unavailable"]

    public static func load(variants path: String, base: String) throws(ScenarioError) -> (base: LoadedScenario, variants: [ScenarioVariant]) {
        let baseLog = DiagnosticLog()
        guard let document = try ScenarioLoader.document(path: base, log: baseLog) else { throw ScenarioError(baseLog.diagnostics) }
        ScenarioLoader.build(document, log: baseLog)
        let loadedBase = try ScenarioLoader.finish(baseLog)

        let log = DiagnosticLog()
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: path) else {
            throw ScenarioError([Diagnostic(.error, SourceLocation(file: path), "no such file")])
        }
        guard let text = ScenarioLoader.readText(url, display: path, log: log),
              let root = YAMLDocument.parse(text, file: path, log: log) else { throw ScenarioError(log.diagnostics) }
        let list: [RawNode]
        switch root {
        case let .sequence(items, _):
            list = items
        case let .mapping(entries, location):
            guard let variants = entries.first(where: { $0.key == "variants" }) else {
                throw ScenarioError([Diagnostic(.error, location, "expected a list of variants, or a mapping with \"variants:\"")])
            }
            for entry in entries where entry.key != "variants" {
                log.error(entry.keyLocation.with(field: entry.key), "unknown field \"\(entry.key)\": a variants file holds only \"variants\"")
            }
            guard case let .sequence(items, _) = variants.value else {
                throw ScenarioError([Diagnostic(.error, variants.value.location, "variants: expected a list, found \(variants.value.kindName)")])
            }
            list = items
        case .scalar:
            throw ScenarioError([Diagnostic(.error, root.location, "expected a list of variants, found \(root.kindName)")])
        }
        if list.isEmpty { log.error(root.location, "the file lists no variants") }

        var variants: [ScenarioVariant] = []
        // By file name: two names written to the same plan file would lose one of the plans.
        var names: [String: (name: String, at: SourceLocation)] = [:]
        for node in list {
            let variantLog = DiagnosticLog()
            guard let fields = FieldReader(node, what: "a variant", log: log),
                  let name = fields.string("name", required: true) else { continue }
            let file = ScenarioVariant.fileName(name)
            if file.lowercased() == "base" {
                log.error(fields.location.with(field: "name"), "variant \"\(name)\": \"base\" names the base scenario's plan and row; choose another name")
                continue
            }
            if let earlier = names[file] {
                log.error(fields.location.with(field: "name"), earlier.name == name
                          ? "variant \"\(name)\" is named twice (first at \(earlier.at))"
                          : "variant \"\(name)\" would write the same files as \"\(earlier.name)\" (at \(earlier.at)): \(file).plan.json; choose names that differ in letters or digits")
                continue
            }
            names[file] = (name, fields.location)
            let edits = FieldReader(node, what: "a variant", log: variantLog)
            var edited = document
            if let set = edits?.node("set") { edited.set(set, log: variantLog) }
            if let remove = edits?.node("remove") { edited.remove(remove, log: variantLog) }
            if let add = edits?.node("add") { edited.add(add, log: variantLog) }
            if let update = edits?.node("update") { edited.update(update, log: variantLog) }
            if let unavailable = edits?.node("unavailable") { edited.unavailable(unavailable, log: variantLog) }
            edits?.finish(known: variantFields, what: "a variant")
            if !variantLog.hasErrors {
                ScenarioLoader.build(edited, log: variantLog)
                // An edit that breaks the base (an instructor removed that a course lists) is found
                // where the base says it: name the variant's edits too, which are what to change.
                if variantLog.diagnostics.contains(where: { $0.severity == .error && $0.location.file != fields.location.file }) {
                    variantLog.error(fields.location, "variant \"\(name)\": its edits leave the scenario with the errors above "
                                     + "(found where the base scenario says it); change the edits, or the base")
                }
            }
            let loaded = Result { () throws(ScenarioError) in try ScenarioLoader.finish(variantLog) }
            variants.append(ScenarioVariant(name: name, description: fields.string("description"),
                                            location: fields.location, loaded: loaded))
        }
        if log.hasErrors { throw ScenarioError(log.diagnostics) }
        return (loadedBase, variants)
    }
}
