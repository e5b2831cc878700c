import Foundation

/// Why a file could not be written, in words a planner can act on:
/// `cannot write /x/plan.json: Permission denied`.
///
/// The reason is the system's own text (strerror) where there is one, so a full
/// disk says "No space left on device" rather than "error 1".
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
    /// The file the caller asked to write (not the temporary beside it).
    public var path: String
    /// What went wrong, e.g. "Permission denied" or "is a symbolic link; not replaced".
    public var reason: String
    /// The errno behind `reason`, when it came from the system.
    public var code: Int32?

    public init(path: String, reason: String, code: Int32? = nil) {
        self.path = path
        self.reason = reason
        self.code = code
    }

    /// An error from a failed system call: `reason` is strerror(`code`).
    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)), code: code)
    }

    public var description: String { "cannot write \(path): \(reason)" }
    public var errorDescription: String? { description }
}
