import Foundation
import TrainPlanCore

/// The scenarios `batch` solves: the lines of a list file, or the scenarios in a folder.
struct BatchList {
    struct Entry: Equatable {
        /// Unique in the batch: the file or folder name, with -2, -3... after a repeat (or a name already given).
        var name: String
        var path: String
    }

    var entries: [Entry]
    /// Files of a folder left out, each with why (a plan or result file beside the scenarios).
    var skipped: [String] = []

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// A folder gives its .yaml/.yml/.json files, its workbooks and its folders with a scenario.yaml,
    /// by name (JSON that is plainly not a scenario, such as a plan file, and Excel's `~$` lock
    /// files left out);
    /// a file gives one path a line (blank lines and # comments skipped, relative to the file's folder).
    static func read(_ path: String) throws(ReadError) -> BatchList {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReadError(description: "\(path): no such file or folder")
        }
        var paths: [String] = [], skipped: [String] = []
        if isFolder.boolValue {
            let root = URL(fileURLWithPath: path)
            guard let names = try? manager.contentsOfDirectory(atPath: path) else {
                throw ReadError(description: "\(path): cannot be read")
            }
            for name in names.sorted() where !name.hasPrefix(".") && !name.hasPrefix("~$") {
                let item = root.appendingPathComponent(name)
                var sub: ObjCBool = false
                guard manager.fileExists(atPath: item.path, isDirectory: &sub) else { continue }
                if sub.boolValue {
                    if manager.fileExists(atPath: item.appendingPathComponent("scenario.yaml").path) { paths.append(item.path) }
                } else if item.pathExtension.lowercased() == "json",
                          let data = manager.contents(atPath: item.path), ScenarioLoader.isNotAScenario(json: data) {
                    skipped.append("\((path as NSString).appendingPathComponent(name)): left out: not a scenario (a plan or a result file)")
                } else if scenarioExtensions.contains(item.pathExtension.lowercased()) {
                    paths.append(item.path)
                }
            }
        } else {
            guard let data = manager.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw ReadError(description: "\(path): cannot be read as UTF-8 text")
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            for line in text.split(whereSeparator: \.isNewline) {
                // `# ...` is a comment, also after a path (`city.yaml  # the pilot`).
                let item = (line.range(of: " #").map { line[..<$0.lowerBound] } ?? line).trimmingCharacters(in: .whitespaces)
                guard !item.isEmpty, !item.hasPrefix("#") else { continue }
                paths.append(item.hasPrefix("/") ? item : folder.appendingPathComponent(item).path)
            }
        }
        guard !paths.isEmpty else { throw ReadError(description: "\(path): no scenarios in it") }
        // A name is checked against every name given so far: `s`, `s` and `s-2` are s, s-2 and s-2-2
        // (two files named s-2 wrote one plan over the other).
        var taken: Set<String> = []
        let entries = paths.map { item -> Entry in
            let url = URL(fileURLWithPath: item)
            let stem = url.hasDirectoryPath || url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
            var name = stem, repeats = 1
            while taken.contains(name) {
                repeats += 1
                name = "\(stem)-\(repeats)"
            }
            taken.insert(name)
            return Entry(name: name, path: item)
        }
        return BatchList(entries: entries, skipped: skipped)
    }

    /// What a folder is listed for: the scenario forms `ScenarioLoader` reads, and the workbooks it
    /// names a fix for (`.xls`, `.ods`: "save it as .xlsx") so a planner sees them in the table.
    static let scenarioExtensions = ["yaml", "yml", "json", "xlsx", "xlsm", "xls", "ods"]
}
