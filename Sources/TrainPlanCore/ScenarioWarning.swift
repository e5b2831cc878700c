/// What a scenario warning says, as facts, so that each output words it in its own language
/// (``Diagnostic/message`` keeps the English sentence), as ``DemandReason`` does for demand.
public enum ScenarioWarning: Sendable, Hashable {
    /// No instructor has `skill` (`suggestion`: the closest skill one has).
    case courseSkillNobodyHas(course: String, skill: String, suggestion: String?)
    /// No instructor (of `among`, when the course names them) has `skill` at `level` or more.
    case courseLevelNobodyHas(course: String, skill: String, level: Int, among: [String])
    /// No venue has the equipment `tag`.
    case courseEquipmentNoVenueHas(course: String, tag: String, suggestion: String?)
    /// No venue seats `participants` with all the course's equipment.
    case courseNoVenueSeats(course: String, participants: Int, among: [String])
    /// The course's dates lie wholly before or after the calendar (`earliestStart` after its end, or
    /// `latestEnd` before its start): valid, but it cannot run in this plan. `monthFirst`: the
    /// date looks typed month first (dates are day first).
    case courseOutsideHorizon(course: String, field: String, date: CivilDate, calendarStart: CivilDate, calendarEnd: CivilDate,
                              monthFirst: Bool)
    /// `sessions` on `daysPerWeek` days a week do not fit between `from` and `to`.
    case courseSessionsDoNotFit(course: String, sessions: Int, daysPerWeek: Int, from: CivilDate, to: CivilDate)
    /// No course needs the instructor's skills at their level.
    case instructorNoCourseUses(instructor: String)
    /// No course teaches the demand's `skill`.
    case demandSkillNoCourseTeaches(demand: String, skill: String, suggestion: String?)
    /// No course teaches `skill` at `level` or more.
    case demandLevelNoCourseTeaches(demand: String, skill: String, level: Int)
    /// `date` (the demand's `by` or `startUntil`) is before any course of `skill` could end (`earliest`).
    case demandBeforeAnyCourseEnds(demand: String, date: CivilDate, skill: String, earliest: CivilDate)
    /// An apprenticeship's `startFrom` is after its `startUntil` (the horizon's end unless given): no one can start.
    case demandEmptyWindow(demand: String, startFrom: CivilDate, startUntil: CivilDate)

    /// Lines (CSV) or rows (a sheet) above the header (`nil`: above a settings sheet's fields), read as a title and skipped.
    case titleSkipped(lines: [Int], header: Int?, sheet: Bool)
    /// A file that is not UTF-8 read as Windows-1252 (Excel's "CSV (Comma delimited)" on Windows);
    /// `character` on `line` is the first letter it decoded that way.
    case readAsWindows1252(line: Int, character: String)
    /// `count` CSV rows have fewer cells than the header; the missing ones read as empty.
    case shortRows(count: Int)
    /// With demand listed, `count` courses without a value (`shown`) are worth only the demand they serve.
    case coursesWorthTheirDemand(count: Int, shown: String, valuePerParticipant: Double)
    /// Rows hidden in a workbook, read like any other.
    case hiddenRows([Int])
    /// Columns hidden in a workbook (`J (maxSlots)`), read like any other.
    case hiddenColumns([String])
    /// A list's sheet hidden in a workbook (`sheet`), read like any other.
    case hiddenSheet(sheet: String, rows: Int)
    /// Merged cells (`J2:J3`) whose number is read for every row they span.
    case mergedNumbers([String])
    /// A row adding up the list (`Total`, `=SUM(C2:C3)`), skipped; `sign` is its label or formula.
    case totalsRowSkipped(row: Int, sign: String)
    /// A list setting continues in `column`, which is not read.
    case settingContinues(setting: String, column: String)
    /// A workbook of `kind` beside its CSV file, not read.
    case workbookBesideCSV(kind: String)
    /// "Rp 1,500" reads as 1.5 (`reads`); Rp `thousands` writes 1,500 (`meant`).
    case rupiahCommaDecimal(text: String, reads: String, thousands: String, meant: String)
    /// A slot label holding several times (`08:00-12:00 / 13:00-16:00`), read as one slot; `parts` are the labels meant.
    case slotLabelHoldsSeveral(label: String, parts: [String])
    /// The only slot's label is a number (`slots: 2`), read as a label rather than a count.
    case slotsLookLikeACount(Int)
    /// A workbook sheet with another name read as the `list` list (its own sheet is missing).
    case sheetReadAsList(sheet: String, list: String)
    /// A workbook sheet that looks like the `list` list, not read.
    case sheetNotRead(sheet: String, list: String, listSheetExists: Bool)
    /// Columns of a list read as notes (`No`, `Keterangan`), not as fields.
    case noteColumns([String])
    /// A CSV or text file of a folder that is not one of its lists (`list`: the one its header looks like).
    case fileNotRead(list: String?, listFileExists: Bool)
    /// An amount with more than two decimals (`0.075`), read to the cent (`read`).
    case moneyRounded(text: String, read: String, currency: String)
}
