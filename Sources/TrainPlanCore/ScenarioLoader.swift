import Foundation

/// A scenario read from disk, with the warnings found while reading it.
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    /// Valid but almost certainly a mistake (a tag nobody has, a course nobody can serve, ...).
    public var warnings: [Diagnostic]
}

/// Reads every scenario form: one `.json`/`.yaml`/`.yml` file, or a folder with
/// `scenario.yaml` (or `.json`) and optional `courses.csv`, `instructors.csv`, `venues.csv`.
///
/// Every problem is collected before anything is thrown, so a planner fixes a
/// file in one pass.
public enum ScenarioLoader {
    public static func load(path: String) throws(ScenarioError) -> LoadedScenario {
        let log = DiagnosticLog()
        if let document = try document(path: path, log: log) { build(document, log: log) }
        return try finish(log)
    }

    /// The scenario's raw tree before decoding (what variants edit); `nil` after a logged error.
    static func document(path: String, log: DiagnosticLog) throws(ScenarioError) -> ScenarioDocument? {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ScenarioError([Diagnostic(.error, SourceLocation(file: path), "no such file or folder")])
        }
        if isFolder.boolValue { return folderDocument(url, log: log) }
        let ext = url.pathExtension.lowercased()
        // A macro-enabled workbook is the same package (its macros are never run).
        if ext == "xlsx" || ext == "xlsm" { return WorkbookDocument.document(url, display: path, log: log) }
        if ["xls", "ods", "numbers"].contains(ext) {
            throw ScenarioError([Diagnostic(.error, SourceLocation(file: path),
                                            "a .\(ext) workbook is not read: open it and save it as Excel Workbook (.xlsx)")])
        }
        if ext == "csv" {
            throw ScenarioError([Diagnostic(.error, SourceLocation(file: path),
                                            "a CSV file holds one list: give the folder that holds scenario.yaml with courses.csv, "
                                            + "instructors.csv and venues.csv, or a .xlsx workbook")])
        }
        guard ["json", "yaml", "yml"].contains(ext) else {
            throw ScenarioError([Diagnostic(.error, SourceLocation(file: path),
                                            "expected a .json, .yaml or .yml file, a .xlsx (or .xlsm) workbook, or a folder with scenario.yaml")])
        }
        guard let text = readText(url, display: path, log: log),
              let root = YAMLDocument.parse(text, file: path, log: log) else { return nil }
        return ScenarioDocument(root: root, tables: [:], defaultName: url.deletingPathExtension().lastPathComponent)
    }

    /// Whether JSON text is plainly not a scenario: valid JSON that is not an object, an object that
    /// names the scenario it is about (`"scenario"`: plan files, sourcing advice), or one with none
    /// of a scenario's top-level fields (bench and batch results).
    /// A folder of scenarios often holds their plans too (`solve s.yaml -o s.plan.json`); `batch`
    /// lists it without them. JSON that does not parse is not judged here: reading it names the error.
    public static func isNotAScenario(json data: Data) -> Bool {
        guard let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return false }
        guard let object = root as? [String: Any] else { return true }
        return object["scenario"] != nil || object.keys.allSatisfy { !ScenarioDecoder.settingsFields.contains($0) }
    }

    /// Reads a scenario held in memory (tests, tools); `file` names it in messages.
    public static func load(text: String, file: String = "scenario.yaml") throws(ScenarioError) -> LoadedScenario {
        let log = DiagnosticLog()
        if let root = YAMLDocument.parse(text, file: file, log: log) {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            build(ScenarioDocument(root: root, tables: [:], defaultName: name), log: log)
        }
        return try finish(log)
    }

    static func finish(_ log: DiagnosticLog) throws(ScenarioError) -> LoadedScenario {
        if log.hasErrors { throw ScenarioError(log.diagnostics) }
        guard let scenario = log.result else {
            throw ScenarioError([Diagnostic(.error, SourceLocation(file: "scenario"), "the scenario could not be read")])
        }
        return LoadedScenario(scenario: scenario, warnings: log.diagnostics.filter { $0.severity == .warning })
    }

    /// The files a scenario folder is read from: its settings, then the lists.
    public static let settingsFileNames = ["scenario.yaml", "scenario.yml", "scenario.json"]
    /// The lists a folder may give as CSV files, each as `KIND.csv`.
    static let listKinds = ["courses", "instructors", "venues", "demand"]
    public static let listFileNames = listKinds.map { $0 + ".csv" }

    /// The file of `folder` called `name`, whatever its case (`Courses.csv`), or with the extension
    /// doubled as a hidden extension makes it (`courses.csv.csv`).
    public static func file(_ name: String, in folder: URL, entries: [String]) -> URL? {
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) { return folder.appendingPathComponent(name) }
        return files(name, entries: entries).first.map { folder.appendingPathComponent($0) }
    }

    /// Every entry that ``file(_:in:entries:)`` could take for `name`, in name order.
    static func files(_ name: String, entries: [String]) -> [String] {
        let key = name.lowercased(), ext = "." + (name.split(separator: ".").last.map(String.init) ?? "")
        return entries.sorted().filter { $0.lowercased() == key || $0.lowercased() == key + ext.lowercased() }
    }

    /// Two files that could each be one list (`courses.csv` and `Courses.csv`, or `courses.csv.csv`, a
    /// copy saved again with extensions hidden), or a workbook beside the CSV file: which one is meant
    /// is not for the tool to guess.
    private static func checkCopies(in folder: URL, entries: [String], log: DiagnosticLog) {
        let display = { (name: String) in folder.lastPathComponent + "/" + name }
        for name in settingsFileNames + listFileNames {
            let copies = files(name, entries: entries)
            if copies.count > 1 {
                log.error(SourceLocation(file: display(copies[1])), "both \(copies.joined(separator: " and ")) could be \(name): "
                          + "keep one (the other may be an older copy)")
            }
        }
        for kind in listKinds where !files(kind + ".csv", entries: entries).isEmpty {
            for workbook in entries.sorted() where ["xlsx", "xlsm", "xls", "ods"].contains(where: { workbook.lowercased() == "\(kind).\($0)" }) {
                log.warning(SourceLocation(file: display(workbook)), "not read: the folder's \(kind) come from \(kind).csv; "
                            + "if this workbook is newer, save it as \(kind).csv", .workbookBesideCSV(kind: kind))
            }
        }
    }

    /// A CSV or text file that is not one of the lists (`kursus.csv`, `courses.txt`, `permintaan.csv`):
    /// named in a warning, with the list its header names the fields of, so that a list is never
    /// left out without a word.
    private static func checkUnreadTables(in folder: URL, entries: [String], log: DiagnosticLog) {
        let read = Set(listKinds.compactMap { file($0 + ".csv", in: folder, entries: entries)?.lastPathComponent })
        for name in entries.sorted() where !read.contains(name) && !name.hasPrefix(".")
            && ["csv", "txt", "tsv"].contains((name.split(separator: ".").last.map(String.init) ?? "").lowercased()) {
            let url = folder.appendingPathComponent(name)
            let head = (try? FileHandle(forReadingFrom: url)).flatMap { handle in
                defer { try? handle.close() }
                return (try? handle.read(upToCount: 4096)).flatMap { String(decoding: $0, as: UTF8.self) }
            } ?? ""
            let list = likelyList(head)
            let at = SourceLocation(file: folder.lastPathComponent + "/" + name)
            if let list {
                let comes = read.contains { $0.lowercased() == list + ".csv" } ? " (that list comes from \(list).csv)" : "; name the file \(list).csv to read it"
                log.warning(at, "not read: its header names the fields of the \(list) list\(comes)", .fileNotRead(list: list, listFileExists: comes.hasPrefix(" (")))
            } else {
                log.warning(at, "not read: a folder's lists are courses.csv, instructors.csv, venues.csv and demand.csv", .fileNotRead(list: nil, listFileExists: false))
            }
        }
    }

    /// The list whose fields the header of a CSV text (after any title lines) names most of, with `id`
    /// and at least two more; `nil` otherwise.
    static func likelyList(_ text: String) -> String? {
        likelyList(rows: text.split(whereSeparator: \.isNewline).prefix(6).map { line in
            line.split(separator: CSVTable.likelyDelimiter(line))
                .map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"\u{FEFF}"))) }
        })
    }

    /// The list whose fields one of `rows` (the first rows of a file or sheet, as text) names most
    /// of, with `id` and at least two more; `nil` when none does.
    static func likelyList(rows: [[String]]) -> String? {
        var best: (list: String, count: Int)?
        for cells in rows.prefix(6) {
            for list in listKinds {
                guard let columns = csvColumns[list] else { continue }
                let fields = Set(cells.map(columns.canonical).filter(columns.known.contains))
                if fields.contains("id"), fields.count >= 3, fields.count > best?.count ?? 0 { best = (list, fields.count) }
            }
        }
        return best?.list
    }

    private static func folderDocument(_ folder: URL, log: DiagnosticLog) -> ScenarioDocument? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        checkCopies(in: folder, entries: entries, log: log)
        // A list saved as a workbook beside the settings: say which file was found and what to do.
        for kind in listKinds where file(kind + ".csv", in: folder, entries: entries) == nil {
            if let workbook = entries.sorted().first(where: { name in
                ["xlsx", "xlsm", "xls", "ods"].contains { name.lowercased() == "\(kind).\($0)" }
            }) {
                log.error(SourceLocation(file: folder.lastPathComponent + "/" + workbook),
                          "the folder's lists are read from CSV files: save this sheet as \(kind).csv (CSV UTF-8), "
                          + "or give a workbook with all the sheets as the scenario")
            }
        }
        guard let settingsURL = settingsFileNames.lazy.compactMap({ file($0, in: folder, entries: entries) }).first else {
            let files = entries.filter { !$0.hasPrefix(".") }.sorted()
            let found = files.isEmpty ? "it is empty" : "it has " + files.prefix(8).joined(separator: ", ") + (files.count > 8 ? ", ..." : "")
            let hint = files.contains { $0.lowercased().hasPrefix("scenario.") }
                ? "; the settings are read from YAML or JSON only: write them as scenario.yaml (trainplan template writes one)" : ""
            log.error(SourceLocation(file: folder.path), "the folder has no scenario.yaml (or scenario.json) with the settings (\(found))\(hint)")
            return nil
        }
        checkUnreadTables(in: folder, entries: entries, log: log)
        let display = { (url: URL) in folder.lastPathComponent + "/" + url.lastPathComponent }
        guard let text = readText(settingsURL, display: display(settingsURL), log: log),
              let root = YAMLDocument.parse(text, file: display(settingsURL), log: log) else { return nil }
        var decimalMark: Character?
        if case let .mapping(entries, _) = root, let entry = entries.first(where: { $0.key == "decimalMark" }),
           case let .scalar(s) = entry.value, s.text.count == 1 {
            decimalMark = s.text.first
        }
        var tables: [String: RawNode] = [:]
        for kind in listKinds {
            guard let csv = file(kind + ".csv", in: folder, entries: entries) else { continue }
            if let text = readText(csv, display: display(csv), log: log, windows1252: true),
               let rows = CSVTable.parse(text, file: display(csv), decimalMark: decimalMark, columns: csvColumns[kind], log: log) {
                tables[kind] = .sequence(rows, SourceLocation(file: display(csv), line: 1))
            } else {
                tables[kind] = .sequence([], SourceLocation(file: display(csv)))
            }
        }
        return ScenarioDocument(root: root, tables: tables, defaultName: folder.lastPathComponent)
    }

    /// Larger files are refused before reading: the largest generated national scenario is under 2 MB.
    public static let maximumFileBytes = 64_000_000

    /// The columns of each list's CSV file: a missing required, unknown or doubled column is reported once, at the header.
    static let csvColumns: [String: CSVColumns] = [
        "courses": CSVColumns(known: ScenarioDecoder.courseFields, required: ["id", "skill", "sessions", "participants"], item: "a course"),
        "instructors": CSVColumns(known: ScenarioDecoder.instructorFields, required: ["id", "skills"], item: "an instructor"),
        "venues": CSVColumns(known: ScenarioDecoder.venueFields, required: ["id", "capacity"], item: "a venue"),
        "demand": CSVColumns(known: ScenarioDecoder.demandFields, required: ["id", "company", "skill", "people"], item: "a demand entry"),
    ]

    /// The file's text, or a diagnostic when it is empty, binary or not UTF-8 (a CSV file saved by
    /// Excel in Windows-1252 is read so, with a warning, when `windows1252`).
    static func readText(_ url: URL, display: String, log: DiagnosticLog, windows1252: Bool = false) -> String? {
        if let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int, size > maximumFileBytes {
            log.error(SourceLocation(file: display), "the file is \(size / 1_000_000) MB; scenario files are read up to \(maximumFileBytes / 1_000_000) MB")
            return nil
        }
        guard var data = FileManager.default.contents(atPath: url.path) else {
            log.error(SourceLocation(file: display), "cannot read the file")
            return nil
        }
        // UTF-16 with its byte-order mark, as Excel's "Unicode Text" saves a sheet: read as UTF-8.
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            guard let text = String(data: data, encoding: .utf16), let utf8 = text.data(using: .utf8) else {
                log.error(SourceLocation(file: display, line: 1), "not valid UTF-16 text: save the file as UTF-8")
                return nil
            }
            data = utf8
        }
        if let zero = data.firstIndex(of: 0) {
            let line = data[..<zero].filter { $0 == 10 }.count + 1
            log.error(SourceLocation(file: display, line: line), "not a text file (binary data at byte \(zero - data.startIndex + 1))")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            // Where: the line of the first byte that is not UTF-8 (an é saved as Windows-1252, say).
            let bad = Self.firstNonUTF8Byte(data)
            let line = bad.map { data[data.startIndex..<$0].filter { $0 == 10 }.count + 1 } ?? 1
            // Excel on Windows saves "CSV (Comma delimited)" in the system's code page: read it so,
            // unless some of the file is UTF-8 (then a byte is damaged, not the whole file in another code).
            if windows1252, let bad, !Self.holdsUTF8Sequence(data), let text = String(data: data, encoding: .windowsCP1252) {
                let character = String(data: data[bad...bad], encoding: .windowsCP1252) ?? "?"
                log.warning(SourceLocation(file: display, line: line),
                            "not UTF-8 text: read as Windows-1252 (ANSI, as Excel saves \"CSV (Comma delimited)\"), its first such letter "
                            + "\"\(character)\" on line \(line); save as \"CSV UTF-8\" to be sure",
                            .readAsWindows1252(line: line, character: character))
                return text
            }
            let byte = bad.map { String(format: " (byte 0x%02X)", data[$0]) } ?? ""
            log.error(SourceLocation(file: display, line: line), "not UTF-8 text\(byte): save the file as UTF-8")
            return nil
        }
        if text.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}"))).isEmpty {
            log.error(SourceLocation(file: display, line: 1), "the file is empty")
            return nil
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// Whether any bytes above ASCII form a whole UTF-8 sequence (a file part UTF-8, part not).
    static func holdsUTF8Sequence(_ data: Data) -> Bool {
        var i = data.startIndex
        while i < data.endIndex {
            let lead = data[i]
            let length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 1
            if length > 1, i + length <= data.endIndex, (1..<length).allSatisfy({ data[i + $0] & 0xC0 == 0x80 }) { return true }
            i += 1
        }
        return false
    }

    /// The index of the first byte that does not start or continue a UTF-8 sequence as it should.
    static func firstNonUTF8Byte(_ data: Data) -> Data.Index? {
        var i = data.startIndex
        while i < data.endIndex {
            let lead = data[i]
            let length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0
            guard length > 0 else { return i }
            for k in 1..<length {
                guard i + k < data.endIndex, data[i + k] & 0xC0 == 0x80 else { return i }
            }
            i += length
        }
        return nil
    }

    static func build(_ document: ScenarioDocument, log: DiagnosticLog) {
        let tables = document.tables, defaultName = document.defaultName
        // `decimalMark` also settles an ambiguous 250.000 written in the YAML/JSON settings and lists.
        var root = document.root
        if case let .mapping(entries, _) = root, case let .scalar(mark)? = entries.first(where: { $0.key == "decimalMark" })?.value,
           let decimal = mark.text.first, mark.text == "," || mark.text == "." {
            root = root.settlingNumbers(decimal: decimal)
        }
        guard let fields = FieldReader(root, what: "the scenario settings", log: log) else { return }
        let decoder = ScenarioDecoder(log: log)
        var settings = decoder.settings(fields)
        fields.finish(known: ScenarioDecoder.settingsFields, what: "the scenario settings")

        func items(_ kind: String, optional: Bool = false) -> [RawNode] {
            let inline = fields.node(kind)
            if let table = tables[kind] {
                if let inline {
                    log.error(inline.location.with(field: kind), "\(kind) are given both here and in \(kind).csv: keep one")
                }
                if case let .sequence(rows, _) = table { return rows }
                return []
            }
            guard let inline else {
                if optional { return [] }
                log.error(fields.location.with(field: kind), "missing the \(kind) list (inline, or as \(kind).csv in a folder)")
                return []
            }
            guard case let .sequence(list, _) = inline else {
                log.error(inline.location.with(field: kind), "expected a list of \(kind), found \(inline.kindName)")
                return []
            }
            return list
        }
        // Demand (optional) is read first: a scenario that lists some lets a course's value default to 0
        // (an empty list, such as the template's demand sheet with its header alone, lists none).
        let demandNodes = items("demand", optional: true)
        settings.listsDemand = !demandNodes.isEmpty
        let courseNodes = items("courses"), instructorNodes = items("instructors"), venueNodes = items("venues")
        if settings.calendar == nil, !log.hasErrors {
            log.error(fields.location.with(field: "calendar"), "the calendar could not be read")
        }
        // With a broken calendar the lists are still checked (against what is known of it); no scenario is built.
        let calendar = settings.calendar ?? settings.provisionalCalendar

        // Every item is checked, including those with errors of their own, so that duplicate
        // ids and dangling references are reported in the same pass.
        var courses: [Course] = [], courseLocations: [SourceLocation] = [], courseReaders: [FieldReader] = []
        var coursesRead: [RawNode] = []
        for node in courseNodes {
            guard let reader = FieldReader(node, what: "a course", log: log) else { continue }
            courseReaders.append(reader)
            let decoded = decoder.courses(reader, calendar: calendar, settings: settings)
            courses += decoded
            courseLocations += decoded.map { _ in reader.location }
            coursesRead += decoded.map { _ in node }
        }
        // With demand listed, courses without a value are worth the demand they serve, though
        // defaults.valuePerParticipant is set: said, since without demand that default prices them.
        if settings.listsDemand, let perParticipant = settings.valuePerParticipant {
            let unvaluedReaders = courseReaders.filter { !$0.has("value") && !$0.isDash("value") }
            let unvalued = unvaluedReaders.compactMap { $0.peek("id") }
            if !unvalued.isEmpty, let at = unvaluedReaders.first?.location {
                let shown = unvalued.prefix(5).joined(separator: ", ") + (unvalued.count > 5 ? ", ..." : "")
                log.warning(at,
                            "\(unvalued.count) course(s) without a value (\(shown)) are worth only the demand they serve, as in "
                            + "any scenario that lists demand; defaults.valuePerParticipant (\(Money.plain(perParticipant))) prices "
                            + "the demand entries without a valuePerPerson. Give a course a value to make running it worth more",
                            .coursesWorthTheirDemand(count: unvalued.count, shown: shown, valuePerParticipant: perParticipant))
            }
        }
        let instructors = instructorNodes.compactMap { node in
            FieldReader(node, what: "an instructor", log: log).flatMap { decoder.instructor($0, calendar: calendar, settings: settings) }
        }
        let venues = venueNodes.compactMap { node in
            FieldReader(node, what: "a venue", log: log).flatMap { decoder.venue($0, calendar: calendar, settings: settings) }
        }
        var demand: [DemandEntry] = [], demandLocations: [SourceLocation] = []
        for node in demandNodes {
            guard let reader = FieldReader(node, what: "a demand entry", log: log),
                  let entry = decoder.demand(reader, calendar: calendar, settings: settings) else { continue }
            demand.append(entry)
            demandLocations.append(reader.location)
        }
        func ids(_ nodes: [RawNode]) -> [(String, SourceLocation)] {
            nodes.compactMap(idText)
        }
        checkUnique(ids(courseNodes), kind: "course", log: log)
        checkUnique(ids(instructorNodes), kind: "instructor", log: log)
        checkUnique(ids(venueNodes), kind: "venue", log: log)
        checkUnique(ids(demandNodes), kind: "demand", log: log)
        // A batch's id `ID.k` must not be another course's id.
        let plainIDs = Set(courses.filter { $0.batch == nil }.map(\.id))
        for (course, location) in zip(courses, courseLocations) where course.batch != nil && plainIDs.contains(course.id) {
            log.error(location.with(field: "batches"), "batch \(course.id) has the id of another course: rename one of them")
        }
        let instructorIDs = ids(instructorNodes).map(\.0), venueIDs = ids(venueNodes).map(\.0)
        // Without an id column (reported at its header) no reference to that list can be checked.
        func idColumnMissing(_ nodes: [RawNode]) -> Bool {
            nodes.contains { node in
                guard case let .mapping(entries, _) = node, case let .scalar(s)? = entries.first(where: { $0.key == "id" })?.value else { return false }
                return s.missingColumn
            }
        }
        var checked: [(String, [String])] = []
        if !idColumnMissing(instructorNodes) { checked.append(("instructors", instructorIDs)) }
        if !idColumnMissing(venueNodes) { checked.append(("venues", venueIDs)) }
        for reader in courseReaders {
            for (key, known) in checked {
                for ref in reader.list(key) ?? [] where !known.contains(ref.text) {
                    let hint = Suggestion.closest(to: ref.text, in: known).map { "; did you mean \"\($0)\"?" } ?? ""
                    reader.fail(ref.location, key, "\"\(ref.text)\" is not the id of any \(key.dropLast())\(hint)")
                }
            }
        }
        guard !log.hasErrors, let calendar = settings.calendar else { return }
        let scenario = Scenario(name: settings.name ?? defaultName, currency: settings.currency, budget: settings.budget,
                                calendar: calendar, premiumPerParticipantMonth: settings.premium,
                                valuePerParticipant: settings.valuePerParticipant,
                                courses: courses, instructors: instructors, venues: venues, demand: demand)
        for warning in ScenarioWarnings.find(in: scenario, courseNodes: coursesRead, instructorNodes: instructorNodes)
            + DemandWarnings.find(in: scenario, locations: demandLocations) {
            log.append(warning)
        }
        log.result = scenario
    }

    /// An item's id and where it is written (a workbook's id cell, not its whole row).
    private static func idText(_ node: RawNode) -> (String, SourceLocation)? {
        guard case let .mapping(entries, _) = node, case let .scalar(s)? = entries.first(where: { $0.key == "id" })?.value,
              !s.isNull else { return nil }
        let id = s.text.trimmingCharacters(in: .whitespaces)
        return id.isEmpty ? nil : (id, s.location)
    }

    private static func checkUnique(_ ids: [(String, SourceLocation)], kind: String, log: DiagnosticLog) {
        var first: [String: SourceLocation] = [:]
        for (id, location) in ids {
            if let earlier = first[id] {
                log.error(location.with(field: "id"), "duplicate \(kind) id \"\(id)\" (first used at \(earlier))",
                          .duplicateID(id: id, earlier: "\(earlier)"))
            } else {
                first[id] = location
            }
        }
    }
}

/// A scenario as read, before decoding: the settings tree and any CSV tables
/// (each row a mapping), every value still carrying its file and line.
struct ScenarioDocument {
    var root: RawNode
    /// "courses", "instructors", "venues" → a sequence of rows, for lists given as CSV files.
    var tables: [String: RawNode]
    var defaultName: String
}
