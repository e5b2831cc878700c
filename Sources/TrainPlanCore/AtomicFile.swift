import Foundation

/// Files a planner opens while trainplan runs (plans, reports) are never seen half-written.
public enum AtomicFile {
    /// Writes to a temporary file beside `path`, then renames it over `path` (rename(2) is atomic).
    public static func write(_ data: Data, to path: String) throws(PlanFileError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            throw PlanFileError(path: path, message: error.localizedDescription)
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw PlanFileError(path: path, message: reason)
        }
    }
}
