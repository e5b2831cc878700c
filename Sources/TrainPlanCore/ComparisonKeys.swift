import Foundation

// How the contract compares labels (PROBLEM.md, "Courses" and "Instructors"): every
// place that matches tags or cohorts goes through these two functions, so that the
// greedy plan, the model, the verifier and the explanations never disagree.

/// Skill and equipment tags compare case-insensitively after trimming spaces.
public enum Tag {
    /// The form tags are stored and compared in: trimmed, lower-cased.
    public static func normalize(_ tag: String) -> String {
        tag.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

/// Cohort labels compare exactly (case-sensitive) after trimming spaces.
public enum Cohort {
    /// The label two courses must share to be the same cohort; nil for no cohort
    /// (absent, or only spaces).
    public static func key(_ label: String?) -> String? {
        guard let trimmed = label?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}

extension Course {
    /// The course's cohort as compared by rule 5 (see ``Cohort/key(_:)``).
    public var cohortKey: String? { Cohort.key(cohort) }
}
