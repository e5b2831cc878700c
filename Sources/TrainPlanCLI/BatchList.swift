import Foundation

/// The scenarios `batch` solves: the lines of a list file, or the scenarios in a folder.
struct BatchList {
    struct Entry: Equatable {
        /// Unique in the batch: the file or folder name, with -2, -3... after a repeat.
        var name: String
        var path: String
    }

    var entries: [Entry]

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    /// A folder gives its .yaml/.yml/.json files and its folders with a scenario.yaml, by name;
    /// a file gives one path a line (blank lines and # comments skipped, relative to the file's folder).
    static func read(_ path: String) throws(ReadError) -> BatchList {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReadError(description: "\(path): no such file or folder")
        }
        var paths: [String] = []
        if isFolder.boolValue {
            let root = URL(fileURLWithPath: path)
            guard let names = try? manager.contentsOfDirectory(atPath: path) else {
                throw ReadError(description: "\(path): cannot be read")
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let item = root.appendingPathComponent(name)
                var sub: ObjCBool = false
                guard manager.fileExists(atPath: item.path, isDirectory: &sub) else { continue }
                if sub.boolValue {
                    if manager.fileExists(atPath: item.appendingPathComponent("scenario.yaml").path) { paths.append(item.path) }
                } else if ["yaml", "yml", "json"].contains(item.pathExtension.lowercased()) {
                    paths.append(item.path)
                }
            }
        } else {
            guard let data = manager.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw ReadError(description: "\(path): cannot be read as UTF-8 text")
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            for line in text.split(whereSeparator: \.isNewline) {
                let item = line.trimmingCharacters(in: .whitespaces)
                guard !item.isEmpty, !item.hasPrefix("#") else { continue }
                paths.append(item.hasPrefix("/") ? item : folder.appendingPathComponent(item).path)
            }
        }
        guard !paths.isEmpty else { throw ReadError(description: "\(path): no scenarios in it") }
        var seen: [String: Int] = [:]
        let entries = paths.map { item -> Entry in
            let url = URL(fileURLWithPath: item)
            let stem = url.hasDirectoryPath || url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
            let repeats = seen[stem, default: 0] + 1
            seen[stem] = repeats
            return Entry(name: repeats == 1 ? stem : "\(stem)-\(repeats)", path: item)
        }
        return BatchList(entries: entries)
    }
}
