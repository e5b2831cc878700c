/// Where in the input a problem was found.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    /// The field (or CSV column) concerned, when known.
    public var field: String?
    /// In a workbook: the sheet, and the cell (`E7`) or row (`7:7`) on it; printed `plan.xlsx:courses!E7`
    /// as spreadsheets write references, instead of a line and column.
    public var sheet: String?
    public var cell: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, field: String? = nil,
                sheet: String? = nil, cell: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.sheet = sheet
        self.cell = cell
    }

    public func with(field: String?) -> SourceLocation {
        var copy = self
        copy.field = field
        return copy
    }

    public var description: String {
        var text = file
        if let sheet {
            let quoted = sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? sheet
                : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
            return text + ":" + quoted + (cell.map { "!" + $0 } ?? "")
        }
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        return text
    }
}

/// One problem in a scenario: an error stops the run, a warning does not.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// The same as facts, where outputs word it in the planner's language; `nil`: `message` is all.
    public var warning: ScenarioWarning?
    /// An error's facts, likewise (the commonest errors only).
    public var problem: ScenarioProblem?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, warning: ScenarioWarning? = nil,
                problem: ScenarioProblem? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.warning = warning
        self.problem = problem
    }

    public var description: String {
        let field = location.field.map { " \($0):" } ?? ""
        return "\(location): \(severity.rawValue):\(field) \(message)"
    }
}

/// Thrown when a scenario cannot be used; lists every problem found, not just the first.
public struct ScenarioError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        let errors = self.errors
        return (errors.map(\.description) + ["\(errors.count) error\(errors.count == 1 ? "" : "s") in the scenario"])
            .joined(separator: "\n")
    }
}

/// Collects diagnostics while a scenario is read.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []
    /// The scenario, once it has been read without errors.
    var result: Scenario?

    func error(_ location: SourceLocation, _ message: String, _ problem: ScenarioProblem? = nil) {
        diagnostics.append(Diagnostic(.error, location, message, problem: problem))
    }

    func warning(_ location: SourceLocation, _ message: String, _ warning: ScenarioWarning? = nil) {
        diagnostics.append(Diagnostic(.warning, location, message, warning: warning))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// "Did you mean" for misspelt names: the closest candidate by edit distance, if close enough.
public enum Suggestion {
    /// Longer words get no suggestion: the edit distance is quadratic in length (a 30,000-character
    /// id took 4 s per candidate), and nobody misspells a 64-character name by two letters.
    static let maximumLength = 64

    public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
        guard word.count <= maximumLength else { return nil }
        let lowered = word.lowercased()
        var best: (String, Int)?
        for candidate in candidates where candidate.count <= maximumLength {
            let distance = editDistance(lowered, candidate.lowercased())
            if distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.1 <= max(2, word.count / 3) else { return nil }
        return best.0
    }

    /// The field a column or key headed in Indonesian means (`kapasitas`, `jumlah peserta`), as far
    /// as `known` has it, else the closest name: planners head their sheets in their own words.
    public static func field(for word: String, in known: [String]) -> String? {
        let letters = word.lowercased().filter(\.isLetter)
        return indonesianFieldWords[letters]?.first { known.contains($0) } ?? closest(to: word, in: known)
    }

    /// Indonesian words for the scenario's fields, each with the fields it may mean (the first one
    /// the list knows is taken: `biaya` is an instructor's fee, a venue's rent).
    static let indonesianFieldWords: [String: [String]] = [
        "kode": ["id"], "nama": ["name", "title"], "judul": ["title"], "namakursus": ["title"], "pelatihan": ["title"],
        "keahlian": ["skills", "skill"], "kompetensi": ["skills", "skill"], "kejuruan": ["skill", "skills"],
        "tingkat": ["level"], "jenjang": ["level"], "sesi": ["sessions"], "pertemuan": ["sessions"], "jumlahpertemuan": ["sessions"],
        "jumlahsesi": ["sessions"], "jp": ["sessionLength"], "peserta": ["participants"], "jumlahpeserta": ["participants"],
        "kapasitas": ["capacity"], "dayatampung": ["capacity"], "biaya": ["feePerSlot", "costPerSlot"], "honor": ["feePerSlot"],
        "honorarium": ["feePerSlot"], "tarif": ["feePerSlot", "costPerSlot"], "sewa": ["costPerSlot"], "biayasewa": ["costPerSlot"],
        "peralatan": ["equipment"], "alat": ["equipment"], "fasilitas": ["equipment"], "angkatan": ["cohort"], "kelompok": ["cohort"],
        "nilai": ["value"], "wajib": ["mandatory"], "hari": ["weekdays"], "haripelatihan": ["weekdays"], "mulai": ["earliestStart"],
        "tanggalmulai": ["earliestStart"], "selesai": ["latestEnd"], "tanggalselesai": ["latestEnd"], "sumber": ["source"],
        "lembaga": ["organization"], "instansi": ["organization"], "asal": ["organization", "source"], "lokasi": ["site"],
        "instruktur": ["instructors"], "pengajar": ["instructors"], "tempat": ["venues"], "ruang": ["venues"],
        "tidaktersedia": ["unavailable"], "cuti": ["unavailable"], "libur": ["unavailable"], "bpjs": ["socialSecurity"],
        "perusahaan": ["company"], "jumlahorang": ["people"], "orang": ["people"], "jenis": ["kind"],
        "gelombang": ["batches"],
    ]

    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
