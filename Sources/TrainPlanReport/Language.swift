import Foundation

/// The language every planner-facing text is written in.
///
/// The office works in Bahasa Indonesia; partners, funders and auditors often
/// read English. Both come from one ``TextCatalogue``.
public enum Language: String, CaseIterable, Sendable {
    /// Bahasa Indonesia.
    case id
    /// English.
    case en

    /// The language a command uses when none is given: `TRAINPLAN_LANG`, else the
    /// first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set; `id…` means Indonesian,
    /// anything else English (so an Indonesian desktop gets Indonesian by default).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        if let explicit = environment["TRAINPLAN_LANG"], let language = Language(code: explicit) { return language }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return Language(code: value) ?? .en
        }
        return .en
    }

    /// Accepts `id`, `en`, `id_ID.UTF-8`, `en-GB`, `Indonesian`, `english`.
    public init?(code: String) {
        let lower = code.trimmingCharacters(in: .whitespaces).lowercased()
        if lower == "indonesian" || lower == "bahasa" || lower == "in" || lower.hasPrefix("id_") || lower.hasPrefix("id-")
            || lower.hasPrefix("id.") || lower == "id" {
            self = .id
        } else if lower == "english" || lower == "en" || lower.hasPrefix("en_") || lower.hasPrefix("en-")
                    || lower.hasPrefix("en.") || lower == "c" || lower == "posix" || lower.hasPrefix("c.") {
            self = .en
        } else {
            return nil
        }
    }
}
