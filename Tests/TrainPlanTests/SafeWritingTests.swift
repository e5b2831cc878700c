import Foundation
import Testing
import TrainPlanCore

/// `AtomicFile` (plans, reports, generated scenarios): never through a symbolic link,
/// never replacing a device, never a planted temporary, nothing left behind, and a
/// failure says why in words.
@Suite struct SafeWritingTests {
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-safe-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func kind(_ path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    static let isRoot = geteuid() == 0

    @Test func writesANewFileAndReplacesAnOldOneLeavingNoTemporary() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("plan.json").path
        try AtomicFile.write(Data("one".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "one")
        chmod(path, 0o600)
        try AtomicFile.write(Data("two".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600, "a replaced file keeps its permissions")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["plan.json"])
        #expect(TemporaryFiles.registered.isEmpty)
    }

    @Test func aSymbolicLinkTargetIsRefusedAndWhatItPointsToKept() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let precious = folder.appendingPathComponent("precious.txt").path
        let link = folder.appendingPathComponent("plan.json").path
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: precious))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: precious)
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write(Data("forged".utf8), to: link) }
        #expect(error.description.hasPrefix("cannot write \(link): is a symbolic link"))
        #expect(try String(contentsOfFile: precious, encoding: .utf8) == "keep me")
        #expect(Self.kind(link) == S_IFLNK)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["plan.json", "precious.txt"])
    }

    @Test func aDeviceIsWrittenInPlaceNeverReplaced() throws {
        try #require(access("/dev/null", W_OK) == 0)
        try AtomicFile.write(Data("plan".utf8), to: "/dev/null")
        #expect(Self.kind("/dev/null") == S_IFCHR, "/dev/null is still a character device")
    }

    /// /dev/full fails every write with ENOSPC: what a full disk says.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDeviceSaysNoSpace() throws {
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write(Data("plan".utf8), to: "/dev/full") }
        #expect(error.description == "cannot write /dev/full: No space left on device")
        #expect(error.localizedDescription == error.description)
        #expect(Self.kind("/dev/full") == S_IFCHR)
    }

    @Test func aDirectoryIsRefused() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write(Data(), to: folder.path) }
        #expect(error.description == "cannot write \(folder.path): Is a directory")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aMissingFolderIsNamedWithTheReason() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("missing/plan.json").path
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write(Data("x".utf8), to: path) }
        #expect(error.description == "cannot write \(path): No such file or directory")
        #expect(error.code == ENOENT)
    }

    /// Root may write anywhere, so this needs an ordinary user.
    @Test(.enabled(if: !isRoot)) func anUnwritableFolderIsNamedWithTheReason() throws {
        let folder = try Self.folder()
        defer { chmod(folder.path, 0o700); try? FileManager.default.removeItem(at: folder) }
        chmod(folder.path, 0o500)
        let path = folder.appendingPathComponent("plan.json").path
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.write(Data("x".utf8), to: path) }
        #expect(error.description == "cannot write \(path): Permission denied")
    }

    /// Whatever name the temporary gets, something planted there (a link to a file an attacker
    /// wants overwritten, even one that does not exist yet) is never opened: O_EXCL|O_NOFOLLOW.
    @Test func aPlantedLinkAtATemporaryNameIsNotFollowed() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let victim = folder.appendingPathComponent("victim.txt")
        try Data("keep me".utf8).write(to: victim)
        let planted = AtomicFile.temporaryPath(for: folder.appendingPathComponent("plan.json").path)
        try FileManager.default.createSymbolicLink(atPath: planted, withDestinationPath: victim.path)
        let error = try #require(throws: FileWriteError.self) { try AtomicFile.createExclusively(planted) }
        #expect(error.code == EEXIST)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")

        let dangling = AtomicFile.temporaryPath(for: folder.appendingPathComponent("plan.json").path)
        let notYet = folder.appendingPathComponent("not-yet.txt").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: notYet)
        #expect(throws: FileWriteError.self) { try AtomicFile.createExclusively(dangling) }
        #expect(!FileManager.default.fileExists(atPath: notYet), "a dangling link is not followed to create its target")
    }

    @Test func temporaryNamesAreHiddenBesideTheTargetAndUnpredictable() {
        let names = (0..<100).map { _ in AtomicFile.temporaryPath(for: "/some/folder/plan.json") }
        #expect(Set(names).count == names.count)
        for name in names {
            let url = URL(fileURLWithPath: name)
            #expect(url.deletingLastPathComponent().path == "/some/folder")
            #expect(url.lastPathComponent.hasPrefix(".plan.json.") && url.lastPathComponent.hasSuffix(".tmp"))
            #expect(url.lastPathComponent.count == ".plan.json.".count + 24 + ".tmp".count)
        }
        #expect(URL(fileURLWithPath: AtomicFile.temporaryPath(for: String(repeating: "n", count: 255))).lastPathComponent.utf8.count <= 255)
    }

    /// What a signal handler runs: every registered temporary is removed, nothing else.
    @Test func registeredTemporariesAreRemovedBySignalCleanup() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let temporary = folder.appendingPathComponent(".plan.json.0123.tmp").path
        let other = folder.appendingPathComponent("plan.json").path
        try Data("half".utf8).write(to: URL(fileURLWithPath: temporary))
        try Data("whole".utf8).write(to: URL(fileURLWithPath: other))
        let slot = try #require(TemporaryFiles.register(temporary))
        defer { TemporaryFiles.unregister(slot) }
        #expect(TemporaryFiles.registered.contains(temporary))
        TemporaryFiles.removeAll(under: folder.path + "/")
        #expect(!FileManager.default.fileExists(atPath: temporary))
        #expect(FileManager.default.fileExists(atPath: other))
    }
}
