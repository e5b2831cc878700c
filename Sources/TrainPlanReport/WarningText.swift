import TrainPlanCore

/// A scenario warning in the planner's language (``ScenarioWarning`` holds the facts).
public struct WarningText: Sendable {
    public var text: TextCatalogue

    public init(text: TextCatalogue) { self.text = text }

    public func sentence(_ warning: ScenarioWarning) -> String {
        let hint = { (closest: String?) in closest.map { text(.didYouMean, $0) } ?? "" }
        switch warning {
        case let .courseSkillNobodyHas(course, skill, suggestion):
            return text(.warnCourseSkill, course, skill, hint(suggestion))
        case let .courseLevelNobodyHas(course, skill, level, among):
            return text(.warnCourseLevel, course, skill, "\(level)",
                        among.isEmpty ? "" : text(.warnAmong, among.joined(separator: ", ")))
        case let .courseEquipmentNoVenueHas(course, tag, suggestion):
            return text(.warnCourseEquipment, course, tag, hint(suggestion))
        case let .courseNoVenueSeats(course, participants, among):
            return text(.warnCourseSeats, course, "\(participants)", among.isEmpty ? "" : text(.warnAmong, among.joined(separator: ", ")))
        case let .courseOutsideHorizon(course, field, date, start, end, monthFirst):
            let day = { (d: CivilDate) in text.language == .en ? "\(d)" : text.longDate(d) }
            return text(field == "earliestStart" ? .warnCourseAfterHorizon : .warnCourseBeforeHorizon, course, field,
                        day(date), day(field == "earliestStart" ? end : start))
                + (monthFirst ? text(.warnMonthFirst) : "")
        case let .courseSessionsDoNotFit(course, sessions, daysPerWeek, from, to):
            return text(.warnCourseDoesNotFit, course, "\(sessions)", "\(daysPerWeek)", "\(from)", "\(to)")
        case let .instructorNoCourseUses(instructor):
            return text(.warnInstructorUnused, instructor)
        case let .demandSkillNoCourseTeaches(demand, skill, suggestion):
            return text(.warnDemandSkill, demand, skill, hint(suggestion))
        case let .demandLevelNoCourseTeaches(demand, skill, level):
            return text(.warnDemandLevel, demand, skill, "\(level)")
        case let .demandBeforeAnyCourseEnds(demand, date, skill, earliest):
            return text(.warnDemandTooEarly, demand, "\(date)", skill, "\(earliest)")
        case let .demandEmptyWindow(demand, startFrom, startUntil):
            return text(.warnDemandEmptyWindow, demand, "\(startFrom)", "\(startUntil)")
        case let .titleSkipped(lines, header, sheet):
            let numbers = lines.map(String.init).joined(separator: ", ")
            guard let header else { return text(.warnTitleAboveSettings, numbers) }
            return text(sheet ? .warnTitleRows : .warnTitleLines, numbers, "\(header)")
        case let .readAsWindows1252(line, character):
            return text(.warnWindows1252, character, "\(line)")
        case let .shortRows(count):
            return text(.warnShortRows, "\(count)")
        case let .hiddenRows(rows):
            return text(.warnHiddenRows, rows.map(String.init).joined(separator: ", "))
        case let .coursesWorthTheirDemand(count, shown, perParticipant):
            return text(.warnCoursesWorthTheirDemand, String(count), shown, text.numbers.amount(perParticipant))
        case let .totalsRowSkipped(row, sign):
            return text(.warnTotalsRow, String(row), sign)
        case let .settingContinues(setting, column):
            return text(.warnSettingContinues, setting, column)
        case let .workbookBesideCSV(kind):
            return text(.warnWorkbookBesideCSV, kind)
        case let .rupiahCommaDecimal(written, reads, thousands, meant):
            return text(.warnRupiahComma, written, reads, thousands, meant)
        case let .fileNotRead(list, exists):
            guard let list else { return text(.warnFileNotAList) }
            return text(exists ? .warnFileListExists : .warnFileLooksLikeList, list)
        case let .moneyRounded(written, read, currency):
            return text(.warnMoneyRounded, written, read, currency)
        case let .noteColumns(names):
            return text(.warnNoteColumns, names.map { "\"\($0)\"" }.joined(separator: ", "))
        case let .sheetReadAsList(_, list):
            return text(.warnSheetReadAsList, list)
        case let .sheetNotRead(_, list, listSheetExists):
            return text(listSheetExists ? .warnSheetNotRead : .warnSheetNotReadTwo, list)
        case let .slotLabelHoldsSeveral(label, parts):
            return text(.warnSlotLabelHoldsSeveral, label, parts.joined(separator: "; "), "\(parts.count)")
        case let .hiddenSheet(sheet, rows):
            return text(.warnHiddenSheet, sheet, String(rows))
        case let .hiddenColumns(columns):
            return text(.warnHiddenColumns, columns.joined(separator: ", "))
        case let .mergedNumbers(ranges):
            return text(.warnMergedNumbers, ranges.joined(separator: ", "))
        case let .slotsLookLikeACount(count):
            return text(.warnSlotsLookLikeACount, "\(count)")
        }
    }
}
