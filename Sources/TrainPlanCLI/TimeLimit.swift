import ArgumentParser

/// `--time-limit` as every command reads it: positive seconds up to a year.
///
/// The cap keeps the conversion to milliseconds far from `Int64`'s range (a
/// limit of 1e16 s used to trap) and is longer than any planning run.
enum TimeLimit {
    static let maximumSeconds = 31_536_000.0

    static func validate(_ seconds: Double, option: String = "--time-limit") throws {
        guard seconds > 0, seconds <= maximumSeconds else {
            throw ValidationError("\(option) must be a positive number of seconds, at most \(Int(maximumSeconds)) (a year)")
        }
    }

    /// Only called on validated values.
    static func duration(_ seconds: Double) -> Duration {
        .milliseconds(Int64(min(max(seconds, 0.001), maximumSeconds) * 1000))
    }
}
