import TrainPlanCore
import TrainPlanWorkbook

/// The empty scenario workbook `trainplan template` writes: sheets `scenario`,
/// `courses`, `instructors`, `venues` with their header rows, and a guide sheet
/// (`panduan` or `guide`) saying what each column holds, so a planner can fill in
/// a quarter without the format page open.
public struct ScenarioTemplate: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    /// One explained column: its sheet, field, whether it must be filled (or its default), and what it is.
    struct Column {
        var sheet: String
        var field: String
        var need: (id: String, en: String)
        var meaning: (id: String, en: String)
    }

    public func sheets() -> [WorkbookWriter.SheetContent] {
        let settingsRows: [[WorkbookWriter.WrittenCell]] = [[.heading("field"), .heading("value"), .heading(pick(("catatan", "note")))]]
            + ScenarioFields.settings.map { field in
                [.text(field), .empty, .text(Self.columns.first { $0.sheet == "scenario" && $0.field == field }.map { pick($0.need) } ?? "")]
            }
        var sheets = [WorkbookWriter.SheetContent(name: "scenario", columnWidths: [44, 30, 40], rows: settingsRows)]
        for (name, fields) in [("courses", ScenarioFields.courses), ("instructors", ScenarioFields.instructors),
                               ("venues", ScenarioFields.venues), ("demand", ScenarioFields.demand)] {
            sheets.append(.init(name: name, columnWidths: fields.map { Double(max(12, $0.count + 3)) },
                                rows: [fields.map { .heading($0) }]))
        }
        let guideHeader: [WorkbookWriter.WrittenCell] = [.heading(pick(("lembar", "sheet"))), .heading(pick(("kolom", "field"))),
                                                         .heading(pick(("wajib / bawaan", "required / default"))),
                                                         .heading(pick(("penjelasan", "what it holds")))]
        let intro: [WorkbookWriter.WrittenCell] = [.paragraph(pick((
            "Isi satu kuartal: pengaturan di lembar scenario (kolom A nama, kolom B nilai), lalu satu baris per kursus, "
                + "instruktur dan tempat, dan di lembar demand permintaan industri dari forum (boleh dikosongkan). "
                + "Angka dan uang sebagai angka, tanggal sebagai tanggal; daftar dipisah dengan ';'. "
                + "Periksa dengan: trainplan check FILE.xlsx",
            "Fill in one quarter: the settings on sheet scenario (column A the field, column B its value), then one row per "
                + "course, instructor and venue, and on sheet demand the forum's requests (optional: leave it empty). "
                + "Numbers and money as numbers, dates as dates; lists separated by ';'. "
                + "Check it with: trainplan check FILE.xlsx")))]
        let guideRows = [intro, [], guideHeader] + Self.columns.map { column -> [WorkbookWriter.WrittenCell] in
            [.text(column.sheet), .text(column.field), .paragraph(pick(column.need)), .paragraph(pick(column.meaning))]
        }
        sheets.append(.init(name: pick(("panduan", "guide")), columnWidths: [12, 44, 24, 90], rows: guideRows, frozenRows: 3))
        return sheets
    }

    private func pick(_ text: (id: String, en: String)) -> String { language == .id ? text.id : text.en }

    private static let required = (id: "wajib", en: "required")
    private static func byDefault(_ id: String, _ en: String) -> (id: String, en: String) { ("bawaan: " + id, "default: " + en) }

    static let columns: [Column] = [
        Column(sheet: "scenario", field: "name", need: byDefault("nama file", "the file name"), meaning: ("Nama rencana.", "The plan's name.")),
        Column(sheet: "scenario", field: "currency", need: byDefault("IDR", "IDR"), meaning: ("Mata uang semua nilai uang.", "Currency of every amount.")),
        Column(sheet: "scenario", field: "budget", need: byDefault("tanpa batas", "no limit"),
               meaning: ("Anggaran kuartal (angka, mis. 100000000).", "The quarter's budget (a number, e.g. 100000000).")),
        Column(sheet: "scenario", field: "calendar.start", need: required,
               meaning: ("Hari pertama perencanaan (sel tanggal).", "First day of the planning horizon (a date cell).")),
        Column(sheet: "scenario", field: "calendar.weeks", need: required, meaning: ("Jumlah minggu, 1 sampai 104.", "Number of weeks, 1 to 104.")),
        Column(sheet: "scenario", field: "calendar.workdays", need: byDefault("mon;tue;wed;thu;fri", "mon;tue;wed;thu;fri"),
               meaning: ("Hari kerja, dipisah ';'.", "Working weekdays, separated by ';'.")),
        Column(sheet: "scenario", field: "calendar.slots", need: required,
               meaning: ("Sesi per hari, mis. 08:00-12:00;13:00-16:00 (jam dipakai untuk kalender).",
                         "Slots of a day, e.g. 08:00-12:00;13:00-16:00 (the times feed the calendars).")),
        Column(sheet: "scenario", field: "calendar.holidays", need: byDefault("tidak ada", "none"),
               meaning: ("Hari libur dan cuti bersama: tanggal atau rentang 2023-03-22..2023-03-23, dipisah ';'.",
                         "Holidays: dates or ranges 2023-03-22..2023-03-23, separated by ';'.")),
        Column(sheet: "scenario", field: "calendar.timezone", need: byDefault("Asia/Jakarta", "Asia/Jakarta"),
               meaning: ("Zona waktu kalender (Asia/Makassar, Asia/Jayapura).", "Time zone of the calendars (Asia/Makassar, Asia/Jayapura).")),
        Column(sheet: "scenario", field: "socialSecurity.premiumPerParticipantMonth", need: byDefault("0", "0"),
               meaning: ("Iuran BPJS Ketenagakerjaan per peserta per bulan.", "Social-security premium per participant per month.")),
        Column(sheet: "scenario", field: "defaults.valuePerParticipant", need: byDefault("tidak ada", "none"),
               meaning: ("Nilai per peserta untuk kursus yang kolom value-nya kosong; bila ada sheet demand, nilai per orang untuk "
                         + "permintaan tanpa valuePerPerson.",
                         "Worth per trainee of a course whose value is empty; with a demand sheet, worth per person of a request "
                         + "without a valuePerPerson.")),
        Column(sheet: "scenario", field: "decimalMark", need: byDefault("\".\" untuk sel teks", "\".\" for text cells"),
               meaning: ("Tanda desimal angka yang ditulis sebagai teks: \",\" atau \".\". Sel angka tidak terpengaruh.",
                         "Decimal mark of numbers typed as text: \",\" or \".\". Number cells are not affected.")),

        Column(sheet: "courses", field: "id", need: required, meaning: ("Kode unik kursus (huruf, angka, . _ -).", "Unique course code (letters, digits, . _ -).")),
        Column(sheet: "courses", field: "title", need: byDefault("id", "the id"), meaning: ("Judul kursus.", "Course title.")),
        Column(sheet: "courses", field: "skill", need: required, meaning: ("Keahlian yang diajarkan, mis. sewing.", "Skill taught, e.g. sewing.")),
        Column(sheet: "courses", field: "level", need: byDefault("1", "1"),
               meaning: ("Tingkat keahlian minimum instruktur.", "Lowest skill level an instructor needs.")),
        Column(sheet: "courses", field: "sessions", need: required, meaning: ("Jumlah pertemuan.", "Number of sessions.")),
        Column(sheet: "courses", field: "sessionLength", need: byDefault("1", "1"), meaning: ("Sesi berturut-turut per pertemuan.", "Consecutive slots per session.")),
        Column(sheet: "courses", field: "daysPerWeek", need: byDefault("jumlah weekdays", "number of weekdays"),
               meaning: ("Pertemuan per minggu.", "Sessions per week.")),
        Column(sheet: "courses", field: "weekdays", need: byDefault("hari kerja", "the workdays"),
               meaning: ("Hari yang boleh dipakai, dipisah ';'.", "Weekdays it may meet on, separated by ';'.")),
        Column(sheet: "courses", field: "earliestStart", need: byDefault("awal kalender", "horizon start"),
               meaning: ("Tanggal mulai paling awal.", "Earliest first day.")),
        Column(sheet: "courses", field: "latestEnd", need: byDefault("akhir kalender", "horizon end"),
               meaning: ("Tanggal selesai paling lambat.", "Latest last day.")),
        Column(sheet: "courses", field: "participants", need: required, meaning: ("Jumlah peserta.", "Number of trainees.")),
        Column(sheet: "courses", field: "equipment", need: byDefault("tidak ada", "none"),
               meaning: ("Peralatan yang harus ada di tempat, dipisah ';'.", "Equipment the venue must have, separated by ';'.")),
        Column(sheet: "courses", field: "cohort", need: byDefault("tidak ada", "none"),
               meaning: ("Kursus dengan kohort sama tidak boleh bentrok.", "Courses of one cohort never overlap.")),
        Column(sheet: "courses", field: "value", need: byDefault("peserta × defaults.valuePerParticipant; dengan sheet demand: 0",
                                                                 "participants × defaults.valuePerParticipant; with a demand sheet: 0"),
               meaning: ("Nilai kursus bila dijalankan (uang); dengan sheet demand, kursus tanpa nilai bernilai sebesar permintaan yang dilayaninya.",
                         "What running the course is worth (money); with a demand sheet, a course without one is worth the demand it serves.")),
        Column(sheet: "courses", field: "mandatory", need: byDefault("tidak", "no"),
               meaning: ("ya/tidak: kursus wajib dijalankan.", "yes/no: the course must run.")),
        Column(sheet: "courses", field: "socialSecurity", need: byDefault("ya", "yes"),
               meaning: ("ya/tidak: peserta diasuransikan.", "yes/no: trainees are insured.")),
        Column(sheet: "courses", field: "instructors", need: byDefault("siapa saja yang cocok", "anyone qualified"),
               meaning: ("Hanya instruktur ini (id, dipisah ';').", "Only these instructors (ids, separated by ';').")),
        Column(sheet: "courses", field: "venues", need: byDefault("tempat mana saja yang cocok", "any suitable venue"),
               meaning: ("Hanya tempat ini (id, dipisah ';').", "Only these venues (ids, separated by ';').")),
        Column(sheet: "courses", field: "batches", need: byDefault("satu kursus", "one course"),
               meaning: ("N angkatan serupa ID.1 .. ID.N; angkatan k+1 hanya bila angkatan k berjalan.",
                         "N identical batches ID.1 .. ID.N; batch k+1 runs only if batch k runs.")),

        Column(sheet: "instructors", field: "id", need: required, meaning: ("Kode unik instruktur.", "Unique instructor code.")),
        Column(sheet: "instructors", field: "name", need: byDefault("id", "the id"), meaning: ("Nama.", "Name.")),
        Column(sheet: "instructors", field: "source", need: byDefault("internal", "internal"),
               meaning: ("internal, partner, industry, freelance atau candidate.", "internal, partner, industry, freelance or candidate.")),
        Column(sheet: "instructors", field: "organization", need: byDefault("tidak ada", "none"), meaning: ("Lembaga asal.", "Organisation.")),
        Column(sheet: "instructors", field: "skills", need: required,
               meaning: ("Kompetensi:level, dipisah ';', mis. sewing:3;k3:1.", "skill:level, separated by ';', e.g. sewing:3;k3:1.")),
        Column(sheet: "instructors", field: "feePerSlot", need: byDefault("0", "0"), meaning: ("Honor per JP (uang).", "Fee per slot taught (money).")),
        Column(sheet: "instructors", field: "engagementCost", need: byDefault("0", "0"),
               meaning: ("Biaya sekali bila dilibatkan (uang).", "One-off cost if engaged at all (money).")),
        Column(sheet: "instructors", field: "maxSlotsPerDay", need: byDefault("tanpa batas", "no limit"), meaning: ("Sesi maksimum per hari.", "Most slots a day.")),
        Column(sheet: "instructors", field: "maxSlotsPerWeek", need: byDefault("tanpa batas", "no limit"), meaning: ("Sesi maksimum per minggu.", "Most slots a week.")),
        Column(sheet: "instructors", field: "maxSlots", need: byDefault("tanpa batas", "no limit"), meaning: ("Sesi maksimum sekuartal.", "Most slots in the quarter.")),
        Column(sheet: "instructors", field: "maxCourses", need: byDefault("tanpa batas", "no limit"), meaning: ("Kursus maksimum.", "Most courses.")),
        Column(sheet: "instructors", field: "availableFrom", need: byDefault("awal kalender", "horizon start"), meaning: ("Tersedia mulai tanggal.", "Available from this date.")),
        Column(sheet: "instructors", field: "availableUntil", need: byDefault("akhir kalender", "horizon end"), meaning: ("Tersedia sampai tanggal.", "Available until this date.")),
        Column(sheet: "instructors", field: "unavailable", need: byDefault("tidak ada", "none"),
               meaning: ("Tanggal, rentang atau hari tidak tersedia (fri, 2023-02-13..2023-02-15, fri@2), dipisah ';'.",
                         "Dates, ranges or weekdays not available (fri, 2023-02-13..2023-02-15, fri@2), separated by ';'.")),

        Column(sheet: "venues", field: "id", need: required, meaning: ("Kode unik tempat.", "Unique venue code.")),
        Column(sheet: "venues", field: "name", need: byDefault("id", "the id"), meaning: ("Nama tempat.", "Venue name.")),
        Column(sheet: "venues", field: "site", need: byDefault("tidak ada", "none"), meaning: ("Lokasi.", "Site.")),
        Column(sheet: "venues", field: "capacity", need: required, meaning: ("Kapasitas peserta.", "Trainees it holds.")),
        Column(sheet: "venues", field: "equipment", need: byDefault("tidak ada", "none"), meaning: ("Peralatan yang ada, dipisah ';'.", "Equipment it has, separated by ';'.")),
        Column(sheet: "venues", field: "costPerSlot", need: byDefault("0", "0"), meaning: ("Sewa per JP (uang).", "Rent per slot (money).")),
        Column(sheet: "venues", field: "unavailable", need: byDefault("tidak ada", "none"),
               meaning: ("Tanggal, rentang atau hari tidak tersedia, dipisah ';'.", "Dates, ranges or weekdays not available, separated by ';'.")),

        Column(sheet: "demand", field: "id", need: required, meaning: ("Kode unik permintaan.", "Unique request code.")),
        Column(sheet: "demand", field: "company", need: required, meaning: ("Perusahaan yang meminta.", "The company asking.")),
        Column(sheet: "demand", field: "kind", need: byDefault("hire", "hire"),
               meaning: ("hire (akan merekrut lulusan) atau apprenticeship (menerima lulusan magang).",
                         "hire (will recruit graduates) or apprenticeship (takes graduates as apprentices).")),
        Column(sheet: "demand", field: "skill", need: required, meaning: ("Keahlian yang diminta.", "Skill asked for.")),
        Column(sheet: "demand", field: "level", need: byDefault("1", "1"),
               meaning: ("Kursus melayaninya bila levelnya setidaknya ini.", "A course serves it if its level is at least this.")),
        Column(sheet: "demand", field: "people", need: required,
               meaning: ("hire: jumlah orang; apprenticeship: jumlah tempat magang.", "hire: headcount; apprenticeship: places offered.")),
        Column(sheet: "demand", field: "by", need: byDefault("akhir kalender", "horizon end"),
               meaning: ("hire: pertemuan terakhir kursus paling lambat tanggal ini.", "hire: the course's last session on or before this date.")),
        Column(sheet: "demand", field: "startFrom", need: byDefault("awal kalender", "horizon start"),
               meaning: ("apprenticeship: magang mulai paling awal tanggal ini.", "apprenticeship: placements start no earlier than this date.")),
        Column(sheet: "demand", field: "startUntil", need: byDefault("akhir kalender", "horizon end"),
               meaning: ("apprenticeship: magang mulai paling lambat tanggal ini.", "apprenticeship: placements start on or before this date.")),
        Column(sheet: "demand", field: "months", need: byDefault("3", "3"), meaning: ("apprenticeship: lama magang (bulan).", "apprenticeship: length in months.")),
        Column(sheet: "demand", field: "valuePerPerson", need: byDefault("defaults.valuePerParticipant", "defaults.valuePerParticipant"),
               meaning: ("Nilai tiap orang yang terlayani; kerugian per orang yang tidak.", "Worth of each person served; the loss per person not served.")),
        Column(sheet: "demand", field: "allowancePerMonth", need: byDefault("0", "0"),
               meaning: ("apprenticeship: uang saku per peserta magang per bulan.", "apprenticeship: allowance per apprentice per month.")),
        Column(sheet: "demand", field: "insured", need: byDefault("true", "true"),
               meaning: ("apprenticeship: kantor membayar iuran BPJS tiap peserta magang tiap bulan.",
                         "apprenticeship: the office pays each apprentice's premium for each month.")),
    ]
}
