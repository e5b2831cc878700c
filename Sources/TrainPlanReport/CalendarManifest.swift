import Foundation
import TrainPlanCore

/// Which calendars the last `trainplan report` wrote into a folder, so that the next one
/// removes only those (an instructor dropped from the plan must not keep a stale calendar)
/// and never a calendar the planner put there.
///
/// Kept as `DIR/.trainplan-calendars`: a comment line, then one file name of
/// `DIR/calendars` a line. A stale calendar is removed only if it is listed, is still a
/// regular file, and still reads as one of ours (its PRODID is trainplan's); a name that
/// is not a plain `NAME.ics` (a `/`, a leading dot) is ignored, so an edited manifest
/// cannot point anywhere else.
public struct CalendarManifest: Sendable, Equatable {
    /// Beside `calendars/`, not inside it: that folder holds calendars only.
    public static let fileName = ".trainplan-calendars"
    static let header = "# Calendars written by trainplan report into calendars/; only these are ever removed by it."
    /// What every calendar ``ICalendarWriter`` writes carries; a file without it is not ours.
    static let signature = "PRODID:-//trainplan//"

    /// File names inside `calendars/`.
    public var names: [String]

    public init(names: [String]) { self.names = names }

    /// The manifest in `root`, or none (first report there, or written by an older trainplan).
    public static func read(in root: URL) -> CalendarManifest {
        guard let text = try? String(contentsOf: root.appendingPathComponent(fileName), encoding: .utf8) else {
            return CalendarManifest(names: [])
        }
        let names = text.split(whereSeparator: \.isNewline).map(String.init).filter(isPlainCalendarName)
        return CalendarManifest(names: names)
    }

    public func data() -> Data {
        Data(([Self.header] + names).map { $0 + "\n" }.joined().utf8)
    }

    /// `NAME.ics` with no folder part and no leading dot.
    static func isPlainCalendarName(_ name: String) -> Bool {
        name.hasSuffix(".ics") && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0")
    }

    /// Whether `url` is a regular file (not a link) that starts as a trainplan calendar.
    static func isOurCalendar(_ url: URL) -> Bool {
        var info = stat()
        guard lstat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
              let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 512)) ?? Data()
        return String(decoding: start, as: UTF8.self).contains(signature)
    }
}
