import Foundation
import TrainPlanCore

/// The shard files found in a folder, and the shards that are not there.
struct ShardSet {
    /// The first readable shard's description of the sweep (every shard carries it).
    var template: ShardFile
    var files: [Int: ShardFile]
    /// Shards with no readable file: failed, still running, or never started.
    var missing: [Int]
    /// Why files that are there could not be used, by name.
    var unreadable: [String]

    var count: Int { template.shards }

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static func read(_ folder: String) throws(ReadError) -> ShardSet {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw ReadError(description: "\(folder): no such folder: give the --out folder the shards were written to")
        }
        guard isFolder.boolValue else {
            throw ReadError(description: "\(folder) is a file: give the --out folder the shards were written to")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { $0.hasPrefix("shard-") && $0.hasSuffix(".json") }.sorted()
        } catch {
            throw ReadError(description: "cannot read \(folder): \(error.localizedDescription)")
        }
        var files: [Int: ShardFile] = [:]
        var unreadable: [String] = []
        var template: ShardFile?
        for name in names {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                unreadable.append("\(name): cannot be read")
                continue
            }
            let file: ShardFile
            do {
                file = try JSONDecoder().decode(ShardFile.self, from: data)
            } catch {
                unreadable.append("\(name): not a trainplan shard file (\(error.localizedDescription))")
                continue
            }
            guard file.format == ShardFile.format else {
                unreadable.append("\(name): format \(file.format), expected \(ShardFile.format)")
                continue
            }
            if let template {
                guard file.shards == template.shards, file.command == template.command, file.arguments == template.arguments,
                      file.labels == template.labels, file.assignment == template.assignment else {
                    unreadable.append("\(name): from another sweep than \(template.spec.fileName) "
                                      + "(\(file.command) \(file.spec), not \(template.command) \(template.spec))")
                    continue
                }
            } else {
                template = file
            }
            files[file.shard] = file
        }
        guard let template else {
            let reasons = unreadable.isEmpty ? "" : ": " + unreadable.joined(separator: "; ")
            throw ReadError(description: "no shard files (shard-I-of-N.json) in \(folder)\(reasons)")
        }
        let missing = (0..<template.shards).filter { files[$0] == nil }
        return ShardSet(template: template, files: files, missing: missing, unreadable: unreadable)
    }

    /// Every solve's result, by index; nil where its shard is missing.
    var solves: [ShardSolve?] {
        var all = [ShardSolve?](repeating: nil, count: template.labels.count)
        for file in files.values {
            for solve in file.solves where all.indices.contains(solve.index) { all[solve.index] = solve }
        }
        return all
    }

    /// "shard 1/3 (shard-1-of-3.json) is missing": what a placeholder row says.
    func missingReason(solve index: Int) -> String {
        let shard = template.assignment.indices.contains(index) ? template.assignment[index] : 0
        let spec = ShardSpec(index: shard, count: count)
        return "shard \(spec) (\(spec.fileName)) is missing"
    }

    /// One line per missing or unusable shard, for standard error.
    var problems: [String] {
        missing.map { index in
            let spec = ShardSpec(index: index, count: count)
            let solves = template.assignment.indices.filter { template.assignment[$0] == index }.map { template.labels[$0] }
            return "shard \(spec) (\(spec.fileName)) is missing: it failed or did not run; its solves: "
                + (solves.isEmpty ? "none" : solves.joined(separator: ", "))
        } + unreadable
    }
}
