import Foundation

/// Files a planner opens while trainplan runs (plans, reports) are never seen half-written,
/// and writing one never replaces or follows anything but the regular file asked for.
///
/// How `write(_:to:)` treats what is already at the path:
/// - nothing, or a regular file: the data goes to a new temporary file beside it
///   (unpredictable name, created with O_CREAT|O_EXCL|O_NOFOLLOW, so a planted file or
///   symbolic link at that name is never opened), is fsync'ed, then renamed over the
///   path (rename(2) is atomic). A replaced file keeps its permission bits.
/// - a character device or a FIFO (`/dev/null`, a terminal, a pipe, and `/dev/stdout`
///   when it leads to one): written to directly, never replaced. Root running
///   `-o /dev/null` must not turn the device into a regular file.
/// - anything else (a symbolic link to a file, a directory, a block device, a socket):
///   refused with a ``FileWriteError`` saying what it is; nothing is written.
/// - `-` (``standardOutput``): the process's standard output, as command-line tools read it
///   (`solve -o - | jq`); a file named `-` is written as `./-`.
///
/// The temporary is removed on every failure, and registered with ``TemporaryFiles``
/// so that a signal handler removes it when the run is stopped mid-write.
public enum AtomicFile {
    /// Permission bits of a new file (less the umask): plans and reports are shared documents.
    public static let newFileMode: mode_t = 0o644

    /// The path that names standard output.
    public static let standardOutput = "-"

    /// Whether `path` is standard output (`-`, `/dev/stdout`): a command writing its file there
    /// prints its summary on standard error, so that the file piped on is the file alone.
    public static func isStandardOutput(_ path: String) -> Bool {
        [standardOutput, "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].contains(path)
    }

    public static func write(_ data: Data, to path: String) throws(FileWriteError) {
        switch try Target(path) {
        case .standardOutput:
            fflush(nil) // whatever print() holds goes first
            try writeAll(data, to: STDOUT_FILENO, path: "standard output")
        case .stream:
            try writeToStream(data, path: path)
        case let .regular(mode):
            try replace(path, with: data, mode: mode)
        case .missing:
            try replace(path, with: data, mode: nil)
        }
    }

    /// Throws what ``write(_:to:)`` would refuse at `path` (a symbolic link, a folder, a block
    /// device), writing nothing: a command that writes several files checks them all first.
    public static func checkTarget(_ path: String) throws(FileWriteError) {
        _ = try Target(path)
    }

    /// What is at the target path now.
    enum Target {
        case missing
        /// An existing regular file, with its permission bits.
        case regular(mode_t)
        /// A character device or FIFO (directly, or through a symbolic link): written in place.
        case stream
        /// `-`: the process's standard output, whatever it leads to (a pipe, a terminal, a file).
        case standardOutput

        init(_ path: String) throws(FileWriteError) {
            if path == AtomicFile.standardOutput {
                self = .standardOutput
                return
            }
            var info = stat()
            guard lstat(path, &info) == 0 else {
                let code = errno
                guard code == ENOENT else { throw FileWriteError(path: path, errno: code) }
                self = .missing
                return
            }
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                self = .regular(info.st_mode & 0o7777)
            case S_IFCHR, S_IFIFO:
                self = .stream
            case S_IFLNK:
                // Followed only to a stream (/dev/stdout → /proc/self/fd/1 → a pipe or terminal).
                var final = stat()
                if stat(path, &final) == 0, [S_IFCHR, S_IFIFO].contains(final.st_mode & S_IFMT) {
                    self = .stream
                } else {
                    throw FileWriteError(path: path, reason: "is a symbolic link; not replaced "
                                         + "(give the path of the file it points to, to write that file)")
                }
            case S_IFDIR:
                throw FileWriteError(path: path, errno: EISDIR)
            case S_IFBLK:
                throw FileWriteError(path: path, reason: "is a block device; not written")
            default:
                throw FileWriteError(path: path, reason: "is not a regular file (a socket or other special file); not replaced")
            }
        }
    }

    /// Writes into an existing character device or FIFO without replacing it.
    static func writeToStream(_ data: Data, path: String) throws(FileWriteError) {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw FileWriteError(path: path, errno: errno) }
        defer { close(fd) }
        // Between lstat and open the path may have been swapped for a regular file: write nothing then.
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileWriteError(path: path, errno: errno) }
        guard [S_IFCHR, S_IFIFO].contains(info.st_mode & S_IFMT) else {
            throw FileWriteError(path: path, reason: "changed while being opened; not written")
        }
        try writeAll(data, to: fd, path: path)
    }

    /// Temporary beside `path`, fsync, rename over `path`; the temporary never outlives a failure.
    static func replace(_ path: String, with data: Data, mode: mode_t?) throws(FileWriteError) {
        let (fd, temporary) = try createTemporary(beside: path, mode: newFileMode)
        let slot = TemporaryFiles.register(temporary)
        var renamed = false
        defer {
            if !renamed { unlink(temporary) }
            TemporaryFiles.unregister(slot)
        }
        try fill(fd, with: data, mode: mode, path: path)
        // The target may have changed since it was looked at: check again just before renaming.
        switch try Target(path) {
        case .missing, .regular: break
        case .stream, .standardOutput: throw FileWriteError(path: path, reason: "changed to a device or FIFO while being written; not replaced")
        }
        guard rename(temporary, path) == 0 else { throw FileWriteError(path: path, errno: errno) }
        renamed = true
        syncFolder(of: path)
    }

    /// Writes, sets the mode of a replaced file, fsyncs and closes `fd`; a failed close is a failed write.
    static func fill(_ fd: Int32, with data: Data, mode: mode_t?, path: String) throws(FileWriteError) {
        var closed = false
        defer { if !closed { close(fd) } }
        if let mode, fchmod(fd, mode) != 0 { throw FileWriteError(path: path, errno: errno) }
        try writeAll(data, to: fd, path: path)
        guard fsync(fd) == 0 else { throw FileWriteError(path: path, errno: errno) }
        closed = true
        guard close(fd) == 0 else { throw FileWriteError(path: path, errno: errno) }
    }

    /// Creates a new temporary file beside `path` with an unpredictable name, exclusively.
    /// Returns the open descriptor and the temporary's path.
    public static func createTemporary(beside path: String, mode: mode_t = newFileMode) throws(FileWriteError)
        -> (fd: Int32, path: String) {
        var lastError = EEXIST
        for _ in 0..<16 {
            let candidate = temporaryPath(for: path)
            do throws(FileWriteError) {
                return (try createExclusively(candidate, mode: mode, reportingAs: path), candidate)
            } catch {
                guard error.code == EEXIST else { throw error }
                lastError = EEXIST
            }
        }
        throw FileWriteError(path: path, errno: lastError)
    }

    /// Opens `path` for writing only if nothing (not even a symbolic link) is there:
    /// O_CREAT|O_EXCL|O_NOFOLLOW. Errors name `reportingAs` (the file the user asked for).
    public static func createExclusively(_ path: String, mode: mode_t = newFileMode,
                                         reportingAs target: String? = nil) throws(FileWriteError) -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard fd >= 0 else { throw FileWriteError(path: target ?? path, errno: errno) }
        return fd
    }

    /// `DIR/.NAME.<24 random hex digits>.tmp`: in the target's folder (rename(2) works only
    /// within one file system), hidden, and not guessable by someone planting a link.
    public static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        var generator = SystemRandomNumberGenerator()
        let random = (0..<3).map { _ in
            let hex = String(generator.next() as UInt32, radix: 16)
            return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined()
        // Short enough for NAME_MAX (255) whatever the target's name.
        let name = String(url.lastPathComponent.prefix(200))
        return url.deletingLastPathComponent().appendingPathComponent(".\(name).\(random).tmp").path
    }

    static func writeAll(_ data: Data, to fd: Int32, path: String) throws(FileWriteError) {
        let failure: Int32? = data.withUnsafeBytes { buffer -> Int32? in
            guard var next = buffer.baseAddress else { return nil }
            var left = buffer.count
            while left > 0 {
                let written = Foundation.write(fd, next, left)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                if written == 0 { return EIO }
                left -= written
                next += written
            }
            return nil
        }
        if let failure { throw FileWriteError(path: path, errno: failure) }
    }

    /// Makes the rename itself durable; a folder that cannot be synced is not an error.
    static func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }
}
