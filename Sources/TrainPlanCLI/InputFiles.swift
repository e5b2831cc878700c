import ArgumentParser
import Foundation
import TrainPlanCore
import TrainPlanReport

/// The files a command reads, so that no output lands on one of them: a plan written over its
/// scenario, or a report's `courses.csv` over the scenario folder's own, would lose the planner's
/// work without a word. Checked in `validate()`, before anything is solved or written.
struct InputFiles {
    /// Resolved path → the path as the planner gave it.
    private var files: [String: String] = [:]
    /// Scenario folders (resolved → as given): a report there would add list files (`courses.csv`)
    /// that the next load reads as the scenario's own.
    private var folders: [String: String] = [:]

    /// `paths`: scenario files or folders (a folder's settings and list files count), plan files,
    /// variants files; `nil`s are skipped.
    init(_ paths: [String?]) {
        let manager = FileManager.default
        for path in paths.compactMap({ $0 }) {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                folders[Self.resolved(path)] = path
                let folder = URL(fileURLWithPath: path), entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
                for name in ScenarioLoader.settingsFileNames + ScenarioLoader.listFileNames {
                    if let inside = ScenarioLoader.file(name, in: folder, entries: entries)?.path { files[Self.resolved(inside)] = inside }
                }
            } else {
                files[Self.resolved(path)] = path
            }
        }
    }

    /// Refuses an output file that is one of the inputs.
    func refuse(output: String?, option: String) throws {
        guard let output else { return }
        if let input = files[Self.resolved(output)] {
            throw ValidationError("\(option) \(output) is the input \(input): it would be overwritten; write to another file")
        }
        // A list the scenario folder does not have yet (`demand.csv`): the next load would read it as one.
        let url = URL(fileURLWithPath: Self.resolved(output)), name = url.lastPathComponent.lowercased()
        if let folder = folders[url.deletingLastPathComponent().path],
           (ScenarioLoader.settingsFileNames + ScenarioLoader.listFileNames).contains(name) {
            throw ValidationError("\(option) \(output) is a file name of the scenario folder \(folder): the next load would read it "
                                  + "as part of the scenario; write to another file")
        }
    }

    /// Refuses an output folder where a file the command writes there (`names`) is one of the inputs:
    /// `whatif --out` beside its variants file wrote whatif.json over it.
    func refuse(folder: String, writing names: [String], option: String) throws {
        for name in names {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            if let input = files[Self.resolved(path)] {
                throw ValidationError("\(option) \(folder): its \(name) would overwrite the input \(input); write to another folder")
            }
        }
    }

    /// Refuses a report folder where the report would replace an input (``ReportWriter/names``).
    func refuse(reportFolder: String?, option: String) throws {
        guard let reportFolder else { return }
        if let scenario = folders[Self.resolved(reportFolder)] {
            throw ValidationError("\(option) \(reportFolder) is the scenario folder \(scenario): the report's CSV files would "
                                  + "become its lists; write the report to another folder")
        }
        for name in ReportWriter.names {
            let path = URL(fileURLWithPath: reportFolder).appendingPathComponent(name).path
            if let input = files[Self.resolved(path)] {
                throw ValidationError("\(option) \(reportFolder): the report's \(name) would overwrite the input \(input); "
                                      + "write the report to another folder")
            }
        }
    }

    /// Refuses an output file that the report written beside it would replace (`-o out/report.html
    /// --report out`: the plan was written, then the report took its place without a word).
    static func refuse(output: String?, option: String, reportFolder: String?, reportOption: String) throws {
        guard let output, let reportFolder else { return }
        let file = resolved(output), folder = URL(fileURLWithPath: resolved(reportFolder))
        for name in ReportWriter.names {
            let path = resolved(folder.appendingPathComponent(name).path)
            if file == path || file.hasPrefix(path + "/") {
                throw ValidationError("\(option) \(output): the report in \(reportOption) \(reportFolder) writes \(name) there and would "
                                      + "replace the plan; write the plan to another name")
            }
        }
    }

    /// Refuses, before any search, an output file that cannot be written: an empty name, a folder,
    /// or a folder that does not exist (solve searched for its whole time limit, then lost the plan).
    static func refuseUnwritable(_ path: String?, option: String) throws {
        guard let path else { return }
        guard !path.isEmpty else { throw ValidationError("\(option) needs a file name") }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw ValidationError("\(option) \(path) is a folder: give a file name")
        }
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard manager.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError("\(option) \(path): the folder \(parent) does not exist; create it first")
        }
    }

    /// Refuses an output folder that is a file (the report wrote its files, then failed on it).
    static func refuseFile(asFolder path: String?, option: String) throws {
        // `-` is standard output for a file; a folder of files cannot go there (it made a folder named `-`).
        if path == AtomicFile.standardOutput {
            throw ValidationError("\(option) - : this option takes a folder, which cannot be standard output; give a folder name")
        }
        var isFolder: ObjCBool = false
        guard let path, FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { return }
        throw ValidationError("\(option) \(path) is a file: give a folder (it is made when missing)")
    }

    /// The absolute path with `.`, `..` and symbolic links resolved; for a path that does not
    /// exist yet, its folder's.
    static func resolved(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if FileManager.default.fileExists(atPath: url.path) { return url.resolvingSymlinksInPath().path }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent).path
    }
}
