import TrainPlanCore

/// Every planner-facing text of the outputs, in Bahasa Indonesia and English, in one place.
///
/// Each key's two texts sit side by side in one `switch`, so the compiler
/// refuses a key without both. Placeholders are `{1}`, `{2}`, ... (a test checks
/// both languages use the same ones). Lists (weekdays, months, table headers)
/// are `|`-separated.
public enum TextKey: String, CaseIterable, Sendable {
    // Words and lists
    case yesWord, noWord, weekdayNames, weekdayShortNames, monthNames, monthShortNames
    case statusOptimal, statusFeasible, statusInfeasible, statusUnknown
    case sourceInternal, sourcePartner, sourceIndustry, sourceFreelance, sourceCandidate
    // Spreadsheet columns (also table headings in the HTML report)
    case colDate, colWeekday, colSlots, colStart, colEnd, colCourse, colTitle, colSession, colSessionOf, colInstructor
    case colInstructorName, colVenue, colVenueName, colSite, colParticipants, colSkill, colMandatory, colScheduled
    case colFirstDate, colLastDate, colDates, colWeekdays, colSessions, colFees, colRent, colSocialSecurity
    case colCourseCost, colValue, colReasons, colHandover, colWeek, colSource, colOrganization, colCourses, colTotalSlots
    case colMaxSlotsPerWeek, colEngagement, colTotalPay
    // Calendars
    case calendarInstructor, calendarVenue, eventSummary, eventCourse, eventInstructor, eventVenue
    case eventParticipants, eventSlots
    // HTML report
    case reportTitle, reportVariant, horizon, weekWord, weeksWord, weekShort, statusLabel, noPlanExists, cardCoursesRun, cardTrainees
    case cardTraineesNote, cardUnmet, cardUnmetNote, cardUnmetDemandNote, traineesWord, peopleWord, ofBudget, noBudget, cardTotalCost, cardStatus
    case objectiveLabel, boundLabel, gapLabel, costBreakdown, costInstructorFees, costEngagement, costVenues
    case costSocialSecurity, costTotal, budgetLabel, unmetValueLabel, timetableByVenue, timetableByInstructor
    case legendDayOff, legendHoliday, engageHeading, scheduledHeading, courseCostNote, unscheduledHeading
    case allScheduled, mandatoryWord, footerMadeBy, seconds, nodes, oneNode
    // Summary printed by `solve`, progress line, command messages
    case summaryObjective, summaryBound, summaryGap, summarySolver, summaryCost, summaryScheduled
    case summaryFees, summaryEngagement, summaryVenues, summarySocialSecurity, summaryTotal, interrupted, interruptedSweep, sourcingNotTried
    case summaryScheduledColumns, summaryEngageColumns, summaryNotScheduled, summaryValueOf, planWritten
    case handedOver
    case progressLine, progressNoneYet, reportWritten, calendarsSkipped
    // Why a course is left out (``ReasonText``), and what would fix it
    case reasonWithFix, reasonWithPartFix, fixOr, listSeparator, reasonAmong, reasonWithEquipment, reasonSeating
    case reasonNoQualifiedInstructor, reasonNoSuitableVenue, reasonRhythmDoesNotFit, reasonHolidaysInside, reasonOneHolidayInside, reasonLoadLimitTooSmall
    case reasonInstructorsUnavailable, reasonVenuesUnavailable, reasonNeverFreeTogether, reasonCostNotBelowValue, reasonCostNotBelowValueWithDemand
    case reasonBudget, reasonVenuesBooked, reasonInstructorsBusy, reasonCohortBusy, reasonNoLoadLeft, reasonLeftOutBySearch
    case reasonNotConsidered, reasonNoSubstituteInstructor, reasonNoSubstituteLoad, reasonNoSubstituteVenue, reasonNoValidPlan, reasonNoValidPlanRan, reasonNoPlanInTime
    case infeasibleMandatoryCannotRun, infeasibleBudget, infeasibleBudgetAbout, infeasibleMandatoryCourses, infeasibleMustRun
    case infeasibleMustRunPlaced, infeasibleMandatoryClash, infeasibleEarlierBatchCannotRun
    case clashOnlyInstructor, clashOnlyVenue, clashCohort, clashFixOneOptional, clashFixTheseOptional, clashFixNotEnough
    case slotCount, loadTotal, loadPerDay, loadPerWeek, loadCourses, loadLimitEntry
    case fixSourceInstructor, fixWithinList, fixAnotherInstructor, fixVenue, fixSecondVenue, fixListVenue, fixListOneVenue, fixVenueOnList, fixRaiseLimit, fixRhythm, fixRhythmWiden, fixValue, fixBudget, fixCohort
    case reasonWindowEmpty, reasonAfterCalendar, reasonBeforeCalendar, fixWindowEmpty, fixAfterCalendar, fixBeforeCalendar
    // The recommendation (``RecommendationText``): whom to source
    case recHeading, recHire, recUpgrade, recGainWords, recDrops, recPriced, recBreakEven, recBreakEvenApprox, recJob
    case recJobTable, recNone, recOptions, recOptionHire, recOptionUpgrade, recOptionColumns, recNoGainBecause
    case recMakesPlanPossible, recGainSameCourses, recStillNoPlan, recPlanPossibleCell, recMoreTrainees, recFewerTrainees, recReliances, recRelianceColumns, recEssential, recApprox, recGainNotProven, recBase, recNoneLeftOut, recHowComputed
    // Report sections for the office: contracts, insurance, weekly timetables, pages, signatures
    case contractHeading, contractColumns, contractNote, insuranceHeading, insuranceTotal, insuranceCourse
    case insuranceNotInsured, insuranceNoPremium, insuranceMonthRule, weeklyHeading, weeklyNote, pageWord, pageOfWord
    case signPrepared, signApproved, signPlaceDate, signName
    // trainplan whatif, check, verify and re-planning
    case whatifBaseName, whatifColumns, batchColumns, batchMissing, whatifInvalid, whatifFailed, whatifStopped, whatifWritten, whatifReportsWritten, cmpAdded, cmpDropped, cmpRemoved, cmpNoChange, cmpInstructor, cmpVenue, cmpDates, cmpSlotShort, cmpDemand, cmpDemandRemoved
    case checkValid, checkRunnable, checkCannotRun, checkWarnings, checkOneWarning, verifyRecomputed, verifyValid, verifyProblems, verifyOneProblem
    case verifyNeedsFrozenUntil, verifyNeedsFrom, verifyEarlierPlanMissing, verifyRule11Checked, verifyRule11Sources, verifyRule11Unchecked
    case benchColumns, benchMedianColumns, replanFrom, replanFrozen, replanChanged, replanObjective, replanStatusNote, noneWord, glpkFailed, unresolvableSpan
    // Why a re-plan cannot keep the past (``PastProblemText``)
    case pastHappened, pastEnded, pastStarted, pastHandedOverAgain, pastAway, pastClosed, pastRemainingCannotRun, pastClash, pastHolders
    case pastOverLimit, pastLoadPeriods, pastOverCourses, pastHandoverNotASession, pastInstructorCannotTeach, pastNotListed
    case pastVenueTooSmall, pastVenueCannotHost, pastHolderUnavailable, pastInstructorGone, pastVenueGone, pastHandoverGone
    case pastLengthChanged, pastSlotsOffStart, pastNoLongerFit, pastCalendarStartsLater, pastCalendarEndsEarlier, pastNowHoliday, pastNoLongerWorkday
    case pastOutsideWindow, pastRhythmChanged, pastInstructorNoLongerAllowed, pastVenueNoLongerAllowed
    // Scenario errors (``ProblemText``)
    case readMissingField, readDashInRequired, readEmptyText, readNotAnID, readNotANumber, readNotAnAmount, readNotAWholeNumber
    case readAtLeast, readBetween, readNegativeMoney, readNotABoolean, readNotADate, readSerialDate, readNotAWeekday
    case readUnknownField, readNotesColumn, readMissingColumn, readValueMissing, readDuplicateID, readDidYouMean
    case hintRupiahMarks, hintDate, hintTimeOfDay, hintNegativeInParentheses, hintFileMarks, hintFileMarksUnsettled
    // Plan file errors (``PlanFileProblemText``)
    case planTooLarge, planUnreadable, planEmpty, planNotAnObject, planCutShort, planNotJSON, planNestedTooDeep, planKeyTwice, planWrongFormat
    case planMissingField, planNotAWholeNumber, planWrongType, planFound, planNotADate, planNotOneOf, planInvalidValue
    case planScheduledWithout, planListedTwice, planScheduledWithoutAPlan, planTopLevel, planValueKinds, planValueKindsFound, planOtherKind
    case thenHead, thenClosest, thenLoadShare, thenTrainees, thenNoInternal, thenFirstHad, thenProven, thenNotFound, thenKept, thenSeconds
    case replanStarted, replanPinned, replanUnpinned
    case pinPartNames, pinGone, pinUnqualified, pinCannotHost, pinInstructorNotFree, pinVenueNotFree, pinTimeNotFree, pinAfter, pinKeeping, andWord
    // Errors
    case severityError, severityWarning, errorNothingPlanned, errorOneNothingPlanned, errorVariantsNothingPlanned, errorNoVariant, didYouMean,
         warningOtherScenarioPlan, warningPlanOfOtherScenario, warningEarlierPlanEmpty, warningFrozenAfterHorizon, warningPlacementEntryGone, warningCourseGone,
         warningPlacementFewerAsked
    case errorReportNotVerified, andMore, errorNoCourseNeedsSkill, errorSolverFailure, errorPlanRefused
    case errorSlotLabelsNotTimes, errorUnknownTimeZone, errorPlanDoesNotMatch, errorCannotWrite, errorReportStopped, reportsStopped, errorSlotsOutOfOrder
    // Scenario warnings (``ScenarioWarning``)
    case warnCourseSkill, warnCourseLevel, warnAmong, warnCourseEquipment, warnCourseSeats, warnCourseDoesNotFit, warnInstructorUnused, warnCourseAfterHorizon, warnCourseBeforeHorizon, warnMonthFirst
    case warnDemandSkill, warnDemandLevel, warnDemandTooEarly, warnDemandEmptyWindow, warnTitleLines, warnTitleRows, warnTitleAboveSettings, warnWindows1252, warnShortRows, warnHiddenRows, warnHiddenColumns, warnHiddenSheet, warnMergedNumbers, warnTotalsRow, warnCoursesWorthTheirDemand
    case warnSettingContinues, warnWorkbookBesideCSV, warnRupiahComma, warnSlotLabelHoldsSeveral, warnSlotsLookLikeACount, warnSheetReadAsList
    case warnSheetNotRead, warnSheetNotReadTwo, warnNoteColumns, warnFileLooksLikeList, warnFileListExists, warnFileNotAList, warnMoneyRounded

    /// The Indonesian and English texts.
    public var texts: (id: String, en: String) {
        switch self {
        case .yesWord: ("ya", "yes")
        case .noWord: ("tidak", "no")
        case .weekdayNames: ("Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu",
                             "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
        case .weekdayShortNames: ("Sen|Sel|Rab|Kam|Jum|Sab|Min", "Mon|Tue|Wed|Thu|Fri|Sat|Sun")
        case .monthNames: ("Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember",
                           "January|February|March|April|May|June|July|August|September|October|November|December")
        case .monthShortNames: ("Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des",
                                "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
        case .statusOptimal: ("optimal", "optimal")
        case .statusFeasible: ("sah, belum terbukti terbaik", "feasible")
        case .statusInfeasible: ("tidak ada rencana yang sah", "infeasible")
        case .statusUnknown: ("tidak diketahui", "unknown")
        case .sourceInternal: ("internal", "internal")
        case .sourcePartner: ("mitra", "partner")
        case .sourceIndustry: ("industri", "industry")
        case .sourceFreelance: ("lepas", "freelance")
        case .sourceCandidate: ("calon", "candidate")

        case .colDate: ("Tanggal", "Date")
        case .colWeekday: ("Hari", "Weekday")
        case .colSlots: ("JP", "Slots")
        case .colStart: ("Mulai", "Start")
        case .colEnd: ("Selesai", "End")
        case .colCourse: ("Kursus", "Course")
        case .colTitle: ("Judul", "Title")
        case .colSession: ("Pertemuan ke", "Session")
        case .colSessionOf: ("Dari", "Of")
        case .colInstructor: ("Instruktur", "Instructor")
        case .colInstructorName: ("Nama instruktur", "Instructor name")
        case .colVenue: ("Tempat", "Venue")
        case .colVenueName: ("Nama tempat", "Venue name")
        case .colSite: ("Lokasi", "Site")
        case .colParticipants: ("Peserta", "Participants")
        case .colSkill: ("Kompetensi", "Skill")
        case .colMandatory: ("Wajib", "Mandatory")
        case .colScheduled: ("Dijadwalkan", "Scheduled")
        case .colFirstDate: ("Tanggal pertama", "First date")
        case .colLastDate: ("Tanggal terakhir", "Last date")
        case .colDates: ("Tanggal", "Dates")
        case .colWeekdays: ("Hari", "Weekdays")
        case .colSessions: ("Jumlah pertemuan", "Sessions")
        case .colFees: ("Honor instruktur", "Instructor fees")
        case .colRent: ("Sewa tempat", "Venue rent")
        case .colSocialSecurity: ("BPJS Ketenagakerjaan", "Social security")
        case .colCourseCost: ("Biaya kursus", "Course cost")
        case .colValue: ("Nilai", "Value")
        case .colReasons: ("Alasan", "Reasons")
        case .colHandover: ("Dialihkan", "Handed over")
        case .colWeek: ("Minggu {1} ({2})", "Week {1} ({2})")
        case .colSource: ("Sumber", "Source")
        case .colOrganization: ("Lembaga", "Organization")
        case .colCourses: ("Kursus", "Courses")
        case .colTotalSlots: ("Total JP", "Total slots")
        case .colMaxSlotsPerWeek: ("Batas JP per minggu", "Max slots per week")
        case .colEngagement: ("Biaya kontrak", "Engagement cost")
        case .colTotalPay: ("Total dibayar", "Total paid")

        case .calendarInstructor: ("Jadwal mengajar: {1}", "Teaching schedule: {1}")
        case .calendarVenue: ("Jadwal tempat: {1}", "Venue schedule: {1}")
        case .eventSummary: ("{1} (pertemuan {2}/{3})", "{1} (session {2}/{3})")
        case .eventCourse: ("Kursus: {1} – {2}", "Course: {1} – {2}")
        case .eventInstructor: ("Instruktur: {1} ({2})", "Instructor: {1} ({2})")
        case .eventVenue: ("Tempat: {1}", "Venue: {1}")
        case .eventParticipants: ("Peserta: {1}", "Participants: {1}")
        case .eventSlots: ("JP: {1}", "Slots: {1}")

        case .reportTitle: ("Rencana pelatihan: {1}", "Training plan: {1}")
        case .reportVariant: ("varian {1}", "variant {1}")
        case .horizon: ("{1} s.d. {2}", "{1} to {2}")
        case .weekWord: ("minggu", "week")
        case .weeksWord: ("minggu", "weeks")
        case .weekShort: ("Mg{1}", "W{1}")
        case .statusLabel: ("Status", "Status")
        case .noPlanExists: ("Tidak ada rencana yang sah", "No valid plan exists")
        case .cardCoursesRun: ("Kursus berjalan", "Courses run")
        case .cardTrainees: ("Peserta dilatih", "Trainees trained")
        case .cardTraineesNote: ("dalam kursus yang berjalan", "in the courses that run")
        case .cardUnmet: ("Kebutuhan tidak terpenuhi", "Unmet demand")
        case .cardUnmetNote: ("{1} kursus tidak berjalan, senilai {2}", "{1} courses not run, worth {2}")
        case .cardUnmetDemandNote: ("kebutuhan industri yang tidak terlayani, senilai {1}; {2} kursus tidak berjalan ({3} peserta), senilai {4}",
                                    "of industry demand unserved, worth {1}; {2} courses not run ({3} trainees), worth {4}")
        case .traineesWord: ("peserta", "trainees")
        case .peopleWord: ("orang", "people")
        case .ofBudget: ("dari anggaran", "of budget")
        case .noBudget: ("tanpa batas anggaran", "no budget set")
        case .cardTotalCost: ("Total biaya", "Total cost")
        case .cardStatus: ("Status rencana", "Plan status")
        case .objectiveLabel: ("Total biaya + nilai tak terpenuhi", "Objective (cost + unmet value)")
        case .boundLabel: ("Tidak mungkin lebih rendah dari", "Proven lower bound")
        case .gapLabel: ("selisih", "gap")
        case .costBreakdown: ("Rincian biaya", "Cost breakdown")
        case .costInstructorFees: ("Honor instruktur", "Instructor fees")
        case .costEngagement: ("Biaya kontrak", "Engagement")
        case .costVenues: ("Sewa tempat", "Venues")
        case .costSocialSecurity: ("BPJS Ketenagakerjaan", "Social security")
        case .costTotal: ("Total", "Total")
        case .budgetLabel: ("Anggaran", "Budget")
        case .unmetValueLabel: ("Nilai tak terpenuhi", "Unmet value")
        case .timetableByVenue: ("Jadwal per tempat", "Timetable by venue")
        case .timetableByInstructor: ("Jadwal per instruktur", "Timetable by instructor")
        case .legendDayOff: ("hari libur akhir pekan", "weekend")
        case .legendHoliday: ("hari libur nasional / cuti bersama", "public holiday")
        case .engageHeading: ("Instruktur yang perlu dikontrak", "Instructors to engage")
        case .scheduledHeading: ("Kursus yang dijadwalkan", "Scheduled courses")
        case .courseCostNote: ("Biaya kursus = honor + sewa + BPJS; biaya kontrak dibayar sekali per instruktur.",
                               "Course cost = fees + rent + social security; engagement is paid once per instructor.")
        case .unscheduledHeading: ("Kursus yang tidak dijadwalkan", "Courses not scheduled")
        case .allScheduled: ("Semua kursus dijadwalkan.", "Every course is scheduled.")
        case .mandatoryWord: ("wajib", "mandatory")
        case .footerMadeBy: ("Dibuat oleh trainplan", "Made by trainplan")
        case .seconds: ("{1} detik", "{1} s")
        case .nodes: ("{1} cabang pencarian", "{1} nodes")
        case .oneNode: ("{1} cabang pencarian", "{1} node")

        case .summaryObjective: (", biaya + nilai tak terpenuhi {1}", ", objective {1}")
        case .summaryBound: (", terendah yang mungkin {1}", ", bound {1}")
        case .summaryGap: (", selisih {1}", ", gap {1}")
        case .summarySolver: (" ({1}, {2} detik)", " ({1}, {2} s)")
        case .summaryCost: ("Biaya", "Cost")
        case .summaryFees: ("honor instruktur", "instructor fees")
        case .summaryEngagement: ("biaya kontrak", "engagement")
        case .summaryVenues: ("sewa tempat", "venues")
        case .summarySocialSecurity: ("BPJS", "social security")
        case .summaryTotal: ("total", "total")
        case .interruptedSweep: ("Dihentikan (Ctrl-C, SIGTERM atau SIGHUP): yang sudah selesai disimpan, yang sedang berjalan ditulis dengan rencana terbaiknya, sisanya tidak diselesaikan.",
                                 "Stopped (Ctrl-C, SIGTERM or SIGHUP): the solves done are kept, the ones running end with their best plans, the rest are not solved.")
        case .sourcingNotTried: ("Tidak dicoba (dihentikan lebih dulu): {1}.", "Not tried (stopped first): {1}.")
        case .interrupted: ("Dihentikan (Ctrl-C, SIGTERM atau SIGHUP): rencana terbaik yang ditemukan ditulis, belum terbukti optimal.",
                            "Stopped (Ctrl-C, SIGTERM or SIGHUP): the best plan found is written, not proven optimal.")
        case .summaryScheduled: ("Kursus yang dijadwalkan ({1} dari {2})", "Scheduled courses ({1} of {2})")
        case .summaryScheduledColumns: ("kursus|instruktur|tempat|mulai|selesai|hari|JP ke",
                                        "course|instructor|venue|first|last|weekdays|slots")
        case .summaryEngageColumns: ("instruktur|nama|sumber|lembaga|biaya kontrak|kursus",
                                     "instructor|name|source|organization|engagement|courses")
        case .summaryNotScheduled: ("Tidak dijadwalkan ({1})", "Not scheduled ({1})")
        case .summaryValueOf: ("{1} (nilai {2}): {3}", "{1} (value {2}): {3}")
        case .handedOver: ("dialihkan mulai {1} kepada {2}", "handed over from {1} to {2}")
        case .planWritten: ("Rencana ditulis ke {1}.", "Plan written to {1}.")
        case .progressLine: ("{1} dtk  terbaik {2}  terendah mungkin {3}  selisih {4}  cabang {5}",
                             "{1}s  best {2}  bound {3}  gap {4}  nodes {5}")
        case .progressNoneYet: ("belum ada", "none yet")
        case .reportWritten: ("Laporan ditulis ke {1}: {2}.", "Report written to {1}: {2}.")
        case .calendarsSkipped: ("kalender tidak ditulis: {1}", "calendars not written: {1}")

        case .reasonWithFix: ("{1}; supaya kursus ini bisa berjalan: {2}", "{1}; to let it run: {2}")
        case .reasonWithPartFix: ("{1}; untuk mengatasi hambatan ini: {2}", "{1}; to lift this one: {2}")
        case .fixOr: (", atau ", ", or ")
        case .listSeparator: (", ", ", ")
        case .reasonAmong: (" di antara {1}", " among {1}")
        case .reasonWithEquipment: (" dengan {1}", " with {1}")
        case .reasonSeating: (" untuk {1} peserta", " seating {1}")
        case .reasonNoQualifiedInstructor: ("tidak ada instruktur yang menguasai {1} level {2} atau lebih{3}",
                                            "no instructor has {1} at level {2} or more{3}")
        case .reasonNoSuitableVenue: ("tidak ada tempat{1} untuk {2} peserta{3}", "no venue{1} seats {2}{3}")
        case .reasonHolidaysInside: (" ({1} hari di antaranya hari libur)", " ({1} of those days are holidays)")
        case .reasonOneHolidayInside: (" ({1} hari di antaranya hari libur)", " ({1} of those days is a holiday)")
        case .reasonRhythmDoesNotFit: ("{1} pertemuan, {2} hari seminggu pada hari {3}, tidak muat antara {4} dan {5}",
                                       "{1} sessions, {2} a week on {3}, do not fit between {4} and {5}")
        case .reasonLoadLimitTooSmall: ("{1} boleh mengajar paling banyak {2} ({3}), sedangkan kursus ini perlu {4}",
                                        "{1} may teach at most {2} ({3}), and the course needs {4}")
        case .reasonInstructorsUnavailable: ("instruktur yang memenuhi syarat ({1}) tidak tersedia untuk {2} pertemuan berturut-turut",
                                             "no qualified instructor ({1}) is available for a whole run of {2} sessions")
        case .reasonVenuesUnavailable: ("tempat yang sesuai ({1}) tidak tersedia untuk {2} pertemuan berturut-turut",
                                        "no suitable venue ({1}) is free for a whole run of {2} sessions")
        case .reasonNeverFreeTogether: ("instruktur yang memenuhi syarat dan tempat yang sesuai tidak pernah kosong pada waktu yang sama",
                                        "a qualified instructor and a suitable venue are never free for the same run of sessions")
        case .reasonCostNotBelowValue: ("biayanya paling sedikit {1}, tidak lebih kecil dari nilainya {2}",
                                        "running it would cost at least {1}, not less than its value {2}")
        case .reasonCostNotBelowValueWithDemand: ("biayanya paling sedikit {1}, tidak lebih kecil dari nilainya {2} ditambah kebutuhan industri yang bisa dilayaninya, paling banyak {3}",
                                                  "running it would cost at least {1}, not less than its value {2} plus the industry demand it could serve, worth at most {3}")
        case .reasonBudget: ("anggaran tidak cukup: kursus ini menambah paling sedikit {1} pada {2} yang sudah terpakai (anggaran {3})",
                             "the budget: it would add at least {1} to the {2} spent (budget {3})")
        case .reasonVenuesBooked: ("tempatnya ({1}) dipakai {2} setiap kali kursus ini bisa berjalan",
                                   "its venues ({1}) are booked by {2} whenever it could run")
        case .reasonInstructorsBusy: ("instrukturnya ({1}) mengajar {2} setiap kali kursus ini bisa berjalan",
                                      "its instructors ({1}) are teaching {2} whenever it could run")
        case .reasonCohortBusy: ("rombongan belajarnya \"{1}\" mengikuti {2} pada waktu itu", "its cohort \"{1}\" is in {2} at those times")
        case .reasonNoLoadLeft: ("beban mengajar instrukturnya sudah penuh pada waktu tempat kosong ({1})",
                                 "its instructors have no load left for it at a time when a venue is free ({1})")
        case .reasonLeftOutBySearch: ("instruktur dan tempat kosong untuknya dalam rencana ini: pencarian berhenti sebelum menambahkannya, atau biayanya di sana lebih besar dari nilainya",
                                      "an instructor and a venue are free for it in this plan: the search stopped before adding it, or it costs more there than it is worth")
        case .infeasibleMandatoryCannotRun: ("kursus wajib {1} tidak bisa berjalan: {2}", "mandatory course {1} cannot run: {2}")
        case .infeasibleEarlierBatchCannotRun: ("kursus {1} harus berjalan karena angkatan berikutnya ({2}) sudah berjalan, tetapi tidak bisa: {3}",
                                                "course {1} must run, as its later batch ({2}) has started, and cannot: {3}")
        case .infeasibleBudget: ("anggaran {1} lebih kecil dari {2}, biaya paling sedikit {3} ({4})",
                                 "the budget {1} is below {2}, the least {3} ({4}) can cost")
        case .infeasibleBudgetAbout: ("anggaran {1} lebih kecil dari sekitar {2}, biaya paling sedikit {3} ({4})",
                                      "the budget {1} is below about {2}, the least {3} ({4}) can cost")
        case .infeasibleMandatoryCourses: ("kursus wajib", "the mandatory courses")
        case .infeasibleMustRun: ("kursus yang harus berjalan (wajib, atau pada atau sebelum tanggal perencanaan ulang)",
                                  "the courses that must run (mandatory, or on or before the re-planning date)")
        case .infeasibleMustRunPlaced: ("kursus yang harus berjalan (wajib, atau pada atau sebelum tanggal perencanaan ulang), dengan peserta magang yang sudah ditempatkan,",
                                        "the courses that must run (mandatory, or on or before the re-planning date), with the apprentices already placed,")
        case .infeasibleMandatoryClash: ("kursus wajib ({1}) tidak bisa dijadwalkan bersama: instruktur, tempat, rombongan belajar atau batas bebannya bentrok",
                                         "the mandatory courses ({1}) cannot all be scheduled together: their instructors, venues, cohorts or load limits clash")
        case .clashOnlyInstructor: ("hanya {1} yang bisa mengajar {2}", "only {1} can teach {2}")
        case .clashOnlyVenue: ("hanya {1} yang bisa menampung {2}", "only {1} can host {2}")
        case .clashCohort: ("{1} diikuti peserta yang sama (rombongan {2}), jadi tidak bisa bersamaan",
                            "{1} are taken by the same trainees (cohort {2}), so never at the same time")
        case .clashFixTheseOptional: ("agar kursus wajib lainnya bisa berjalan: jadikan salah satu dari {1} tidak wajib",
                                      "to let the other mandatory courses run: make one of {1} not mandatory")
        case .clashFixNotEnough: ("menjadikan salah satunya tidak wajib belum cukup: kursus wajib lain juga bentrok",
                                  "making one of them optional is not enough: other mandatory courses clash too")
        case .clashFixOneOptional: ("agar kursus wajib lainnya bisa berjalan: jadikan salah satunya tidak wajib (yang mana saja)",
                                    "to let the other mandatory courses run: make any one of them not mandatory")
        case .reasonNoValidPlanRan: ("sudah berjalan (atau dimulai) pada atau sebelum {1} dan tetap seperti berjalannya; tidak ada rencana yang sah untuk sisanya",
                                     "it ran (or started) on or before {1} and stays as it ran; no valid plan exists for the rest")
        case .reasonNoValidPlan: ("tidak ada rencana yang sah", "no valid plan exists")
        case .reasonNoPlanInTime: ("tidak ada rencana yang ditemukan dalam batas waktu", "no plan was found within the time limit")
        case .reasonNotConsidered: ("tidak dipertimbangkan: batas waktu habis sebelum pilihan jadwalnya dihitung",
                                    "not considered: the time limit ran out before its options were worked out")
        case .reasonNoSubstituteInstructor: ("tidak ada instruktur yang memenuhi syarat dan bebas untuk semua pertemuannya mulai {1}",
                                             "no qualified instructor is available for all of its sessions from {1} on")
        case .reasonNoSubstituteLoad: ("instruktur yang memenuhi syarat dan bebas untuk pertemuannya mulai {1} tidak punya sisa beban mengajar ({2})",
                                       "the instructors qualified and free for its sessions from {1} on have no load left for them ({2})")
        case .reasonNoSubstituteVenue: ("tidak ada tempat yang sesuai dan kosong untuk semua pertemuannya mulai {1}",
                                        "no suitable venue is free for all of its sessions from {1} on")
        case .slotCount: ("{1} JP", "{1} slots")
        case .loadTotal: ("{1} JP selama periode", "{1} slots in the horizon")
        case .loadPerDay: ("{1} JP per hari", "{1} slots a day")
        case .loadPerWeek: ("{1} JP per minggu", "{1} slots a week")
        case .loadCourses: ("{1} kursus", "{1} courses")
        case .loadLimitEntry: ("{1}: {2} {3}, perlu {4}", "{1}: {2} {3}, needs {4}")
        case .fixSourceInstructor: ("cari instruktur {1} level {2}", "source {1} instructor at level {2}")
        case .fixWithinList: ("sertifikasi {1} untuk {2} level {3}, atau tambahkan instruktur yang memenuhi syarat ke daftar instruktur kursus ini",
                              "certify {1} in {2} at level {3}, or add a qualified instructor to the course's instructors list")
        case .fixAnotherInstructor: ("cari satu instruktur {1} level {2} lagi", "source another {1} instructor at level {2}")
        case .fixVenue: ("sediakan tempat{1}{2}", "a venue{1}{2}")
        case .fixSecondVenue: ("sediakan satu tempat lagi{1}{2}", "a second venue{1}{2}")
        case .fixListVenue: ("tambahkan {1} ke daftar tempat kursus ini", "add {1} to the course's venues list")
        case .fixListOneVenue: ("tambahkan salah satu dari {1} ke daftar tempat kursus ini", "add one of {1} to the course's venues list")
        case .fixVenueOnList: ("sediakan tempat{1}{2} dan masukkan ke daftar tempat kursus ini", "a venue{1}{2}, added to the course's venues list")
        case .fixRaiseLimit: ("naikkan {2} {1} dari {3} menjadi {4}", "raise {1}'s {2} from {3} to {4}")
        case .fixRhythm: ("perpanjang rentang tanggalnya atau tambah hari per minggu", "widen its dates or allow more days a week")
        case .fixCohort: ("peserta lain yang mengikutinya (bukan rombongan \"{1}\"), atau tanggal di luar jadwal {2}",
                          "other trainees than cohort \"{1}\" to take it, or dates clear of {2}'s")
        case .fixRhythmWiden: ("perpanjang rentang tanggalnya (kursus ini sudah bertemu setiap hari yang bisa)",
                               "widen its dates (it already meets on every day it may)")
        case .reasonAfterCalendar: ("paling cepat mulai {1}, sesudah kalender berakhir ({2})",
                                    "it may start on {1} at the earliest, after the calendar ends ({2})")
        case .reasonBeforeCalendar: ("harus selesai paling lambat {1}, sebelum kalender mulai ({2})",
                                     "it must end by {1}, before the calendar starts ({2})")
        case .reasonWindowEmpty: ("kursus ini harus selesai paling lambat {2}, sebelum {1}, hari pertama yang masih bisa",
                                  "it must end by {2}, before {1}, the first day it could still start")
        case .fixAfterCalendar: ("kalender yang berlanjut sampai sesudah {1}, atau earliestStart yang lebih awal",
                                 "a calendar that goes on past {1}, or an earlier earliestStart")
        case .fixBeforeCalendar: ("latestEnd yang lebih lambat (sesudah {1}, di dalam kalender), atau kalender yang mulai lebih awal",
                                  "a later latestEnd (after {1}, inside the calendar), or a calendar that starts earlier")
        case .fixWindowEmpty: ("geser tanggal selesai paling lambatnya ke {1} atau sesudahnya", "move its latest end to {1} or later")
        case .fixValue: ("nilai kursus di atas {1}, atau biaya yang lebih rendah", "a value above {1}, or lower costs")
        case .fixBudget: ("anggaran paling sedikit {1}", "a budget of at least {1}")

        case .recHeading: ("Rekomendasi", "Recommendation")
        case .recHire: ("Cari satu instruktur {1} level {2}.", "Source {1} instructor at level {2}.")
        case .recUpgrade: ("Sertifikasi {1} untuk {2} level {3} (sekarang level {4}, biaya sertifikasi {5}).",
                           "Certify {1} in {2} at level {3} (now level {4}, certificate {5}).")
        case .recGainWords: ("Manfaat: total biaya ditambah nilai tak terpenuhi turun {1}; kursus {2} ikut berjalan, {3}.",
                             "Gain: total cost plus the value of courses not run drops by {1}; {2} run as well, {3}.")
        case .recMakesPlanPossible: ("Dengan instruktur ini ada rencana yang sah (tanpa dia tidak ada): total biaya ditambah nilai tak terpenuhi {1}; kursus {2} berjalan.",
                                     "With it a valid plan exists (without it none does): total cost plus the value of courses not run {1}; {2} run.")
        case .recGainSameCourses: ("Manfaat: total biaya ditambah nilai tak terpenuhi turun {1}; kursus yang sama berjalan, {2} lebih murah dengan pilihan ini.",
                                   "Gain: total cost plus the value of courses not run drops by {1}; the same courses run, {2} for less with this option.")
        case .recStillNoPlan: ("{1} tidak membawa manfaat: dengannya pun tidak ada rencana yang sah", "{1} gains nothing: even with it no valid plan exists")
        case .recPlanPossibleCell: ("rencana jadi ada", "makes a plan")
        case .recMoreTrainees: ("{1} peserta lebih banyak", "{1} more trainees")
        case .recFewerTrainees: ("{1} peserta lebih sedikit", "{1} fewer trainees")
        case .recDrops: ("sebagai gantinya {1} tidak berjalan", "in place of {1}")
        case .recPriced: ("Dihitung dengan honor {1} per JP dan biaya kontrak {2}.",
                          "Priced at a fee of {1} per slot and an engagement cost of {2}.")
        case .recBreakEven: ("Honor impas: {1} per JP (dengan biaya kontrak {2}): sampai honor itu, merekrut instruktur ini memperbaiki rencana; mulai {3} per JP, tidak lagi.",
                             "Break-even fee: {1} per slot (with the engagement cost of {2}): up to it, hiring improves the plan; from {3} per slot on, it does not.")
        case .recBreakEvenApprox: ("(perkiraan: tidak semua hitungan terbukti optimal)", "(approximate: not every solve was proven optimal)")
        case .recJob: ("Tugasnya: {1} pertemuan ({2} JP), hari {3}, {4} s.d. {5}.",
                       "The job: {1} sessions ({2} slots), on {3}, {4} to {5}.")
        case .recJobTable: ("kursus|tempat|pertemuan|JP|hari|mulai|selesai|peserta",
                            "course|venue|sessions|slots|weekdays|first|last|trainees")
        case .recNone: ("Tidak ada satu instruktur tambahan yang memperbaiki rencana.",
                        "No single extra instructor improves the plan.")
        case .recOptions: ("Pilihan, yang terbaik lebih dulu", "Options, best first")
        case .recOptionHire: ("instruktur baru {1} level {2}", "new {1} instructor at level {2}")
        case .recOptionUpgrade: ("sertifikasi {1}: {2} level {3} ke {4}", "certify {1}: {2} level {3} to {4}")
        case .recOptionColumns: ("no|pilihan|honor/JP|biaya kontrak|manfaat|kursus bertambah|peserta|honor impas/JP|terbukti",
                                 "rank|option|fee/slot|engagement|gain|courses gained|trainees|break-even fee/slot|exact")
        case .recNoGainBecause: ("{1} tidak membawa manfaat: {2}", "{1} gains nothing: {2}")
        case .recReliances: ("Instruktur luar yang dikontrak, dan kerugian rencana tanpa mereka",
                             "Outside instructors the plan engages, and what the plan loses without them")
        case .recRelianceColumns: ("instruktur|sumber|kursus|nilai bagi rencana", "instructor|source|courses|worth")
        case .recEssential: ("mutlak perlu (tanpa mereka tidak ada rencana yang sah)", "essential (no valid plan without them)")
        case .recApprox: ("(perkiraan)", "(approx.)")
        case .recGainNotProven: ("(rencananya belum terbukti optimal dalam batas waktu: selisih ini perkiraan)",
                                 "(the plans are not proven optimal within the time limit: the gain is approximate)")
        case .recBase: ("{1}: rencana terbaik {2}, total biaya ditambah nilai tak terpenuhi {3}, {4} dari {5} kursus dijadwalkan.",
                        "{1}: best plan {2}, total cost plus unmet value {3}, {4} of {5} courses scheduled.")
        case .recNoneLeftOut: ("Semua kursus dijadwalkan: tidak ada keterampilan yang membatasi rencana.",
                               "Every course is scheduled: no skill limits the plan.")
        case .recHowComputed: ("Setiap angka berasal dari menghitung ulang rencana dengan perubahan itu. Honor impas juga dihitung ulang: biaya rencana naik lurus dengan honor, dan satu hitungan ulang dengan honor satu rupiah lebih tinggi memastikan bahwa merekrut tidak lagi menguntungkan.",
                               "Every figure comes from solving the plan again with the change. The break-even fee is solved for too: a plan's cost rises in a straight line with the fee, and one more solve a unit above the fee found confirms that hiring no longer pays there.")

        case .contractHeading: ("Kontrak per instruktur", "Contract per instructor")
        case .contractColumns: ("instruktur|nama|sumber|pertemuan|JP|honor per JP|honor|biaya kontrak|total kontrak",
                                "instructor|name|source|sessions|slots|fee per slot|fees|engagement|total to contract")
        case .contractNote: ("Total kontrak = honor per JP × JP + biaya kontrak.",
                             "Total to contract = fee per slot × slots + engagement cost.")
        case .insuranceHeading: ("Perhitungan BPJS Ketenagakerjaan", "How the insurance is computed")
        case .insuranceTotal: ("{1} peserta-bulan × {2} per peserta per bulan = {3}",
                               "{1} participant-months × {2} per participant per month = {3}")
        case .insuranceCourse: ("{1}: {2} peserta × {3} bulan ({4}) = {5} peserta-bulan → {6}",
                                "{1}: {2} participants × {3} months ({4}) = {5} participant-months → {6}")
        case .insuranceNotInsured: ("{1}: {2}, karena peserta kursus ini tidak diasuransikan (socialSecurity: tidak)",
                                    "{1}: {2}, because the course's participants are not insured (socialSecurity: no)")
        case .insuranceNoPremium: ("Premi per peserta per bulan 0: tidak ada BPJS yang dibayar.",
                                   "The premium per participant-month is 0: no insurance is paid.")
        case .insuranceMonthRule: ("Satu bulan dihitung untuk setiap bulan kalender yang memuat paling sedikit satu pertemuan kursus.",
                                   "A month counts for every calendar month with at least one of the course's sessions.")
        case .weeklyHeading: ("Jadwal mingguan per instruktur", "Weekly timetable per instructor")
        case .weeklyNote: ("Kursus yang diajar pada tiap hari dan JP, dengan tanggal pertama dan terakhir.",
                           "The courses taught on each weekday and slot, with their first and last dates.")
        case .pageWord: ("Halaman", "Page")
        case .pageOfWord: ("dari", "of")
        case .signPrepared: ("Disiapkan oleh", "Prepared by")
        case .signApproved: ("Disetujui oleh", "Approved by")
        case .signPlaceDate: ("Tempat, tanggal", "Place, date")
        case .signName: ("Nama dan jabatan", "Name and position")

        case .whatifColumns: ("varian|status|selisih|biaya + nilai tak terpenuhi|total biaya|honor|biaya kontrak|sewa tempat|BPJS|magang|kursus berjalan|peserta|nilai tak terpenuhi|instruktur luar|perubahan terhadap dasar|kesalahan",
                              "variant|status|gap|objective|total cost|fees|engagement|venues|insurance|apprenticeships|courses run|trainees|unmet value|outside instructors|changes against base|errors")
        case .batchColumns: ("skenario|status|selisih|mata uang|biaya + nilai tak terpenuhi|total biaya|honor|biaya kontrak|sewa tempat|BPJS|magang|kursus berjalan|dari kursus|nilai tak terpenuhi|kesalahan",
                             "scenario|status|gap|currency|objective|total cost|fees|engagement|venues|insurance|apprenticeships|courses run|of courses|unmet value|errors")
        case .batchMissing: ("hilang", "missing")
        case .whatifInvalid: ("tidak sah", "invalid")
        case .whatifFailed: ("gagal", "failed")
        case .whatifStopped: ("dihentikan", "stopped")
        case .whatifWritten: ("Tabel dan rencana ditulis ke {1}/.", "Table and plans written to {1}/.")
        case .whatifReportsWritten: ("Laporan setiap varian ditulis ke {1}/.", "Each variant's report written to {1}/.")
        case .cmpAdded: ("ditambah {1}", "added {1}")
        case .cmpInstructor: ("instruktur {1} → {2}", "instructor {1} → {2}")
        case .cmpVenue: ("tempat {1} → {2}", "venue {1} → {2}")
        case .cmpDates: ("tanggal (dan JP mulai) {1} → {2}", "dates {1} → {2}")
        case .cmpSlotShort: ("JP", "s")
        case .cmpDemand: ("permintaan {1}: {2} → {3}", "demand {1}: {2} → {3}")
        case .cmpDemandRemoved: ("permintaan {1}: tidak ada lagi di skenario (dilayani {2})", "demand {1}: no longer in the scenario (served {2})")
        case .cmpDropped: ("batal {1}", "dropped {1}")
        case .cmpRemoved: ("tidak ada lagi di skenario {1}", "no longer in the scenario {1}")
        case .whatifBaseName: ("dasar", "base")
        case .cmpNoChange: ("tidak berubah", "no change")
        case .checkValid: ("{1}: sah. {2} kursus, {3} instruktur, {4} tempat, {5} hari kerja × {6} JP per hari.",
                           "{1}: valid. {2} courses, {3} instructors, {4} venues, {5} working days x {6} slots.")
        case .checkRunnable: ("{1} dari {2} kursus bisa berjalan; {3} pilihan (instruktur, tempat, pola).",
                              "{1} of {2} courses can run; {3} (instructor, venue, pattern) options.")
        case .checkCannotRun: ("{1} tidak bisa berjalan: {2}", "{1} cannot run: {2}")
        case .checkWarnings: ("{1} peringatan (lihat di atas).", "{1} warnings (on standard error).")
        case .checkOneWarning: ("1 peringatan (lihat di atas).", "1 warning (on standard error).")
        case .verifyRecomputed: ("Dihitung ulang: total biaya {1}, nilai tak terpenuhi {2}, biaya + nilai tak terpenuhi {3}.",
                                 "Recomputed: total cost {1}, unmet value {2}, objective {3}.")
        case .verifyValid: ("{1}: lolos pemeriksaan ({2}; {3} dari {4} kursus dijadwalkan).", "{1}: valid ({2}, {3} of {4} courses scheduled).")
        case .verifyProblems: ("{1}: {2} masalah:", "{1}: {2} problems:")
        case .verifyOneProblem: ("{1}: 1 masalah:", "{1}: 1 problem:")
        case .verifyNeedsFrozenUntil: ("--from perlu --frozen-until: {1} tidak mencatat tanggal rencana ulang (replanning.frozenUntil).",
                                       "--from needs --frozen-until: {1} records no re-planning date (replanning.frozenUntil).")
        case .verifyNeedsFrom: ("--frozen-until perlu --from: {1} bukan rencana ulang (tanpa bagian replanning).",
                                "--frozen-until needs --from: {1} is no re-plan (it has no replanning section).")
        case .verifyEarlierPlanMissing: ("rencana sebelumnya {1} tidak ditemukan; berikan dengan --from.",
                                         "the earlier plan {1} is not found; give it with --from.")
        case .verifyRule11Checked: ("Aturan 11 diperiksa terhadap rencana sebelumnya {1}, dibekukan sampai {2} ({3} dari bagian replanning rencana).",
                                    "Rule 11 checked against the earlier plan {1}, frozen until {2} ({3} from the plan's replanning section).")
        case .verifyRule11Sources: ("keduanya|rencana sebelumnya|tanggalnya", "both|the earlier plan|the date")
        case .verifyRule11Unchecked: ("Aturan 11 tidak diperiksa: rencana sebelumnya {1} tidak ditemukan; berikan dengan --from.",
                                      "Rule 11 not checked: the earlier plan {1} is not found; give it with --from.")
        case .benchColumns: ("skenario|konfigurasi|status|biaya + nilai tak terpenuhi|terendah mungkin|selisih|thd terbaik|rencana pertama|terbaik|total|bangun model|memori MB|periksa",
                             "scenario|config|status|objective|bound|gap|vs best|first|best|total|build|peak MB|check")
        case .benchMedianColumns: ("kelompok|konfigurasi|jalan|selisih|thd terbaik|rencana pertama|terbaik|total|bangun model|memori MB",
                                   "family|config|runs|gap|vs best|first|best|total|build|peak MB")
        case .replanFrom: ("Direncanakan ulang dari {1}", "Re-planned from {1}")
        case .replanFrozen: ("selesai sampai {1}, tetap seperti berjalan: {2}", "finished by {1}, kept as they ran: {2}")
        case .replanChanged: ("berubah: {1} kursus ({2}), penalti {3} per kursus, {4} seluruhnya",
                              "changed: {1} course(s) ({2}), penalty {3} each, {4} in all")
        case .replanObjective: ("biaya + nilai tak terpenuhi + penalti {1}: {2} untuk soal perencanaan ulang",
                                "objective plus penalties {1}: {2} for the re-planning problem")
        case .replanStatusNote: ("karena itu status rencananya sendiri \"{1}\": rencana yang lebih murah mungkin ada, tetapi mengubah lebih banyak kursus daripada nilai penaltinya",
                                 "so the plan's own status is {1}, not optimal: a cheaper plan may exist, but it changes more courses than their penalties are worth")
        case .replanStarted: ("sudah dimulai (tanggal tetap, pertemuan berikutnya boleh dialihkan): {1}",
                              "started (dates kept, later sessions may be handed over): {1}")
        case .replanPinned: ("dipertahankan untuk kursus yang belum dimulai: {1}", "pinned for courses not started: {1}")
        case .replanUnpinned: ("{1} tidak dapat mempertahankan {2}: {3}", "{1} cannot keep its {2}: {3}")
        case .pinPartNames: ("instruktur|tempat|waktu", "instructor|venue|time")
        case .pinGone: ("{1} {2} tidak ada lagi dalam skenario", "{1} {2} is no longer in the scenario")
        case .pinUnqualified: ("instruktur {1} tidak lagi memenuhi syarat untuknya ({2} level {3})",
                               "instructor {1} is no longer qualified for it ({2} at level {3})")
        case .pinCannotHost: ("tempat {1} tidak dapat lagi menampungnya (kursi atau peralatan)", "venue {1} can no longer host it (seats or equipment)")
        case .pinInstructorNotFree: ("instruktur {1} tidak tersedia (atau tidak punya sisa beban) untuk rangkaian pertemuannya mana pun{2}{3}",
                                     "instructor {1} is not available (or has no load left) for any run of its sessions{2}{3}")
        case .pinVenueNotFree: ("tempat {1} tidak kosong untuk rangkaian pertemuannya mana pun{2}{3}", "venue {1} is not free for any run of its sessions{2}{3}")
        case .pinTimeNotFree: ("tidak ada instruktur yang memenuhi syarat dan tempat yang sesuai yang kosong untuk pertemuan-pertemuan sebelumnya (mulai {1}, JP {2}){3}",
                               "no qualified instructor and suitable venue are free for its earlier sessions (from {1}, slot {2}){3}")
        case .pinAfter: (" setelah {1}", " after {1}")
        case .pinKeeping: (" sambil mempertahankan {1}", " while keeping its {1}")
        case .noneWord: ("tidak ada", "none")
        case .glpkFailed: ("peringatan: GLPK gagal selama pencarian{1}; rencana sah tetapi mungkin belum sebaik mungkin:",
                           "warning: GLPK failed during the search{1}; the plan is valid but may be worse than it could be:")
        case .thenHead: ("Lalu {1}: {2}", "Then {1}: {2}")
        case .thenClosest: ("Lalu {1}: {2} kursus berbeda dari rencana dasar", "Then {1}: {2} courses differ from the base plan")
        case .thenLoadShare: ("paling banyak {1} % dari batas seorang instruktur internal", "{1} % of an internal instructor's limit at most")
        case .thenTrainees: ("{1} peserta", "{1} trainees")
        case .thenNoInternal: ("Lalu {1}: tidak ada instruktur internal yang mengajar dalam rencana ini, jadi tidak ada beban yang diratakan",
                               "Then {1}: no internal instructor teaches in this plan, so there is no load to balance")
        case .thenFirstHad: ("rencana pertama untuk tujuan ini: {1}", "the first plan of this objective had {1}")
        case .thenProven: ("tidak ada rencana sama baik yang lebih baik (terbukti)", "no plan as good does better (proven)")
        case .thenNotFound: ("tidak ditemukan rencana sama baik yang lebih baik", "no plan as good that does better was found")
        case .thenKept: ("rencana pertama dipertahankan: {1}", "first plan kept: {1}")
        case .thenSeconds: ("{1} detik seluruhnya", "{1} s in all")
        case .unresolvableSpan: ("peringatan: nilai dan biaya per satuan di skenario ini berbeda sampai {1} kali lipat, lebih dari yang dapat dibedakan GLPK; rencana sah tetapi tidak dinyatakan optimal dan mungkin belum sebaik mungkin",
                                 "warning: the scenario's amounts per unit differ by a factor of {1}, more than GLPK can tell apart; the plan is valid but not claimed optimal, and may be worse than it could be")

        case .severityError: ("kesalahan", "error")
        case .severityWarning: ("peringatan", "warning")
        case .errorNothingPlanned: ("{1}: {2} kesalahan; tidak ada yang direncanakan", "{1}: {2} errors; nothing was planned")
        case .errorOneNothingPlanned: ("{1}: 1 kesalahan; tidak ada yang direncanakan", "{1}: 1 error; nothing was planned")
        case .warningPlanOfOtherScenario:
            ("{1}: peringatan: rencana ini untuk skenario \"{2}\", diperiksa terhadap \"{3}\"; periksa apakah keduanya memang berpasangan",
             "{1}: warning: this plan is of scenario \"{2}\", checked against \"{3}\"; check that the two belong together")
        case .warningOtherScenarioPlan:
            ("{1}: peringatan: rencana lama ini untuk skenario \"{2}\", bukan \"{3}\"; periksa apakah --from menunjuk rencana yang benar",
             "{1}: warning: this earlier plan is of scenario \"{2}\", not \"{3}\"; check that --from names the right plan")
        case .warningEarlierPlanEmpty:
            ("{1}: peringatan: rencana lama ini tidak punya jadwal (status {2}): tidak ada yang dibekukan, dan tidak ada yang bisa dijadwalkan pada atau sebelum {3}",
             "{1}: warning: this earlier plan schedules nothing (status {2}): nothing is frozen, and nothing can be scheduled on or before {3}")
        case .warningCourseGone:
            ("peringatan: kursus {1} sudah berjalan (pertemuan pada atau sebelum {2}), tetapi tidak ada lagi di skenario: rencana baru tidak memuat pertemuannya maupun biayanya",
             "warning: course {1} has run (sessions on or before {2}) and is no longer in the scenario: the new plan holds neither its sessions nor their cost")
        case .warningPlacementEntryGone:
            ("peringatan: {1} peserta magang {2} dari {3} sudah ditempatkan pada atau sebelum {4}, tetapi {2} tidak ada lagi di skenario: rencana baru tidak memuat mereka maupun biayanya",
             "warning: {1} apprentice(s) of {2} were placed from {3} on or before {4}, and {2} is no longer in the scenario: the new plan holds neither them nor their cost")
        case .warningPlacementFewerAsked:
            ("peringatan: {1} peserta magang {2} dari {3} sudah ditempatkan pada atau sebelum {4}, tetapi {2} sekarang hanya meminta {5}: rencana baru menempatkan paling banyak {5}; naikkan jumlah orangnya untuk mempertahankan mereka",
             "warning: {1} apprentice(s) of {2} were placed from {3} on or before {4}, and {2} now asks for {5}: the new plan places at most {5}; raise its people to keep them")
        case .warningFrozenAfterHorizon:
            ("peringatan: --frozen-until {1} jatuh setelah akhir kalender ({2}): semua pertemuan sudah terjadi dan tidak ada yang bisa diubah",
             "warning: --frozen-until {1} is after the calendar's end ({2}): every session has happened and nothing can change")
        case .errorVariantsNothingPlanned: ("{1} kesalahan di {2} atau {3}; tidak ada yang direncanakan",
                                            "{1} error(s) in {2} or {3}; nothing was planned")
        case .errorNoVariant: ("{1}: tidak ada varian bernama \"{2}\"{3}", "{1}: no variant named \"{2}\"{3}")
        case .pastHappened: ("kursus {1} punya pertemuan pada atau sebelum {2} yang tidak bisa tetap seperti semula: {3}",
                             "course {1} has sessions on or before {2} that cannot stay as they were: {3}")
        case .pastEnded: ("kursus {1} sudah selesai pada {2} tetapi pertemuannya tidak lagi sah: {3}",
                          "course {1} ended by {2} but its sessions no longer hold: {3}")
        case .pastStarted: ("kursus {1} sudah dimulai (ada pertemuan pada atau sebelum {2}) tetapi tidak bisa mempertahankan rencananya: {3}",
                            "course {1} has started (session on or before {2}) but cannot keep its plan: {3}")
        case .pastHandedOverAgain: ("kursus {1} sudah dialihkan pada {2}, dan {3} di {4} tidak bisa lagi memegang pertemuannya sejak itu{5}; satu kursus hanya boleh dialihkan sekali, jadi tidak bisa dialihkan lagi: biarkan {3} dan {4} bebas untuk pertemuannya setelah {6}",
                                    "course {1} was handed over on {2}, and {3} at {4} can no longer hold its sessions from then on{5}; a plan holds one hand-over per course, so it cannot be handed over again: keep its holders free for its sessions after {6}")
        case .pastAway: (" ({1} berhalangan pada {2})", " ({1} is away on {2})")
        case .pastClosed: (" ({1} tutup pada {2})", " ({1} is closed on {2})")
        case .pastRemainingCannotRun: ("kursus {1} sudah dimulai (ada pertemuan pada atau sebelum {2}) tetapi pertemuan sisanya tidak bisa diadakan: {3}",
                                       "course {1} has started (session on or before {2}) but its remaining sessions cannot be held: {3}")
        case .pastClash: ("rencana sebelumnya menempatkan {1} bersamaan pada {2} {3} pada {4} JP ke {5}, pada atau sebelum {6}: yang sudah terjadi tidak bisa diubah, jadi rencana itu tidak diizinkan skenario ini (aturan 5)",
                          "the earlier plan has {1} both with {2} {3} on {4} slot {5}, on or before {6}: what has happened cannot change, so that plan is not one this scenario allows (rule 5)")
        case .pastHolders: ("instruktur|tempat|rombongan belajar", "instructor|venue|cohort")
        case .pastOverLimit: ("instruktur {1} sudah mengajar {2} JP {3} pada atau sebelum {4}, melebihi batasnya {5} (aturan 6): yang sudah terjadi tidak bisa diubah; kembalikan batasnya",
                              "instructor {1} already taught {2} slots {3} on or before {4}, over its limit of {5} (rule 6): what has happened cannot change; raise the limit back")
        case .pastLoadPeriods: ("dalam satu hari|dalam satu minggu|seluruhnya", "in one day|in one week|in all")
        case .pastOverCourses: ("instruktur {1} sudah mengajar {2} kursus ({3}) pada atau sebelum {4}, melebihi maxCourses {5} (aturan 6): kembalikan batasnya",
                                "instructor {1} already taught {2} courses ({3}) on or before {4}, over its maxCourses of {5} (rule 6): raise the limit back")
        case .pastHandoverNotASession: ("tanggal pengalihannya {1} bukan salah satu pertemuannya setelah yang pertama",
                                        "its hand-over date {1} is not one of its sessions after the first")
        case .pastInstructorCannotTeach: ("instruktur {1} memegang pertemuannya sejak {2} dan tidak bisa lagi mengajarkannya (perlu {3} level {4}{5}); pertemuan yang sudah terjadi tidak bisa diubah: biarkan keahlian instruktur seperti semula",
                                          "instructor {1} held its sessions from {2} and can no longer teach it ({3} at level {4} needed{5}); sessions that have happened cannot change: keep the instructor's skills as they were")
        case .pastNotListed: (", atau tidak termasuk daftar instrukturnya", ", or not among its instructors")
        case .pastVenueTooSmall: ("tempat {1} dipakai pertemuannya sejak {2} dan tidak bisa lagi menampungnya ({3} kursi untuk {4} pesertanya); pertemuan yang sudah terjadi tidak bisa diubah: naikkan jumlah peserta hanya untuk kursus yang belum dimulai",
                                  "venue {1} held its sessions from {2} and can no longer host it ({3} seats for its {4} participants); sessions that have happened cannot change: raise participants only for courses not started")
        case .pastVenueCannotHost: ("tempat {1} dipakai pertemuannya sejak {2} dan tidak bisa lagi menampungnya (peralatan atau daftar tempatnya); pertemuan yang sudah terjadi tidak bisa diubah: naikkan jumlah peserta hanya untuk kursus yang belum dimulai",
                                    "venue {1} held its sessions from {2} and can no longer host it (equipment or its list of venues); sessions that have happened cannot change: raise participants only for courses not started")
        case .pastHolderUnavailable: ("{1} {2} memegang pertemuannya pada {3} dan sekarang berhalangan saat itu; ketidaktersediaan pada atau sebelum {4} tidak bisa mengubah yang sudah terjadi: beri tanggal setelah {4}",
                                      "{1} {2} held its session on {3} and is now unavailable then; an unavailability on or before {4} cannot change what happened: date it after {4}")
        case .pastInstructorGone: ("{1}instruktur {2} tidak ada lagi di skenario; yang sudah terjadi dihitung dengan pemegangnya: pertahankan {2} di daftar instruktur (dengan availableUntil tanggal perencanaan ulang bila ia sudah pergi)",
                                   "{1}instructor {2} is no longer in the scenario; what happened is counted with who held it: keep {2} in the instructors list (with availableUntil the re-planning date if they have gone)")
        case .pastVenueGone: ("{1}tempat {2} tidak ada lagi di skenario; yang sudah terjadi dihitung dengan pemegangnya: pertahankan {2} di daftar tempat (dengan unavailable mulai sehari setelah tanggal perencanaan ulang bila sudah tidak dipakai)",
                              "{1}venue {2} is no longer in the scenario; what happened is counted with who held it: keep {2} in the venues list (with unavailable from the day after the re-planning date if they have gone)")
        case .pastHandoverGone: ("pengalihannya: ", "its hand-over ")
        case .pastLengthChanged: ("pertemuannya {1} JP di rencana sebelumnya dan sessionLength kursus sekarang {2}: pertemuan yang sudah terjadi tetap dengan JP-nya",
                                  "its sessions were {1} slot(s) long in the earlier plan and the course now has sessionLength {2}: sessions that have happened keep their slots")
        case .pastSlotsOffStart: ("rencana sebelumnya mencatat pertemuan {1} di JP {2}, bukan di JP mulai kursus ({3}) seperti aturan 3: rencana itu tampaknya diubah tangan; perbaiki JP-nya",
                                  "the earlier plan has its session on {1} in slot(s) {2}, not at the course's start slot {3} as rule 3 needs: that plan looks edited by hand; correct its slots")
        case .pastNoLongerFit: ("pertemuannya tidak lagi muat: {1}", "its sessions no longer fit: {1}")
        case .pastCalendarStartsLater: ("kalender sekarang mulai {1}, dan pertemuannya mulai {2} (apakah calendar.start berubah, atau bulan ditulis lebih dulu?)",
                                        "the calendar now starts {1}, and they start {2} (was calendar.start changed, or typed month first?)")
        case .pastCalendarEndsEarlier: ("kalender sekarang berakhir {1}, dan pertemuannya sampai {2}", "the calendar now ends {1}, and they run to {2}")
        case .pastNowHoliday: ("{1} sekarang hari libur", "{1} is now a holiday")
        case .pastNoLongerWorkday: ("{1} ({2}) bukan lagi hari kerja", "{1} ({2}) is no longer a workday")
        case .pastOutsideWindow: ("{1} di luar rentang tanggal kursus {2}..{3}", "{1} is outside the course's window {2}..{3}")
        case .pastRhythmChanged: ("jumlah pertemuan, hari atau hari per minggu kursus berubah", "the course's sessions, weekdays or days a week changed")
        case .pastInstructorNoLongerAllowed: ("instruktur {1} tidak bisa lagi mengajarkannya pada pertemuan itu (batas bebannya, atau daftar instruktur kursus, tidak lagi mengizinkannya)",
                                              "instructor {1} can no longer teach it on those sessions (its load limits, or the course's list of instructors, no longer allow them)")
        case .pastVenueNoLongerAllowed: ("tempat {1} tidak bisa lagi menampungnya pada pertemuan itu (kursi, peralatan atau daftar tempat kursus tidak lagi mengizinkannya)",
                                         "venue {1} can no longer host it on those sessions (its seats, equipment or the course's list of venues no longer allow them)")
        case .andWord: ("dan", "and")
        case .planTooLarge: ("berkasnya {1} MB; berkas rencana dibaca sampai {2} MB", "the file is {1} MB; plan files are read up to {2} MB")
        case .planUnreadable: ("berkas tidak bisa dibaca", "cannot read the file")
        case .planEmpty: ("berkas kosong: berkas rencana adalah satu objek JSON { ... }", "the file is empty: a plan file is one JSON object { ... }")
        case .planNotAnObject: ("bukan berkas rencana: berkas rencana adalah satu objek JSON yang diawali {",
                                "not a plan file: a plan file is one JSON object, starting with {")
        case .planCutShort: ("JSON berakhir sebelum { atau [ terakhirnya ditutup: berkasnya tampak terpotong",
                             "the JSON ends before its last { or [ is closed: the file looks cut short")
        case .planNestedTooDeep: ("daftar atau objek bersarang lebih dari {1} tingkat: tidak ada berkas rencana sedalam itu",
                                  "lists or objects nested more than {1} deep: no plan file nests so deep")
        case .planNotJSON: ("bukan JSON yang sah (koma atau tanda kutip hilang, atau koma berlebih?): buka dengan penampil JSON untuk menemukan letaknya",
                            "not valid JSON (a missing comma or quote, or a trailing comma?): open it in a JSON viewer to find where")
        case .planKeyTwice: ("{1} ditulis dua kali dalam satu objek: tidak jelas mana yang berlaku (program membaca salah satunya), jadi tulis sekali saja",
                             "{1} is given twice in one object: which one holds is not clear (programs read either), so give it once")
        case .planWrongFormat: ("format \"{1}\", seharusnya \"{2}\"", "format is \"{1}\", expected \"{2}\"")
        case .planMissingField: ("kolom \"{1}\" tidak ada di {2}", "missing field \"{1}\" at {2}")
        case .planNotAWholeNumber: ("nilai tidak cocok dengan kolomnya ({1} bernilai {2}): seharusnya bilangan bulat dalam batas",
                                    "a value does not fit its field ({1} is {2}): a whole number in range is expected")
        case .planWrongType: ("{1}: seharusnya {2}{3}", "{1}: expected {2}{3}")
        case .planFound: (", tertulis {1}", ", found {1}")
        case .planNotADate: ("{1}: seharusnya tanggal TTTT-BB-HH, tertulis \"{2}\"", "{1}: expected a date YYYY-MM-DD, found \"{2}\"")
        case .planNotOneOf: ("{1}: \"{2}\" bukan salah satu dari {3}", "{1}: \"{2}\" is not one of {3}")
        case .planInvalidValue: ("{1}: \"{2}\" bukan nilai yang sah", "{1}: \"{2}\" is not a valid value")
        case .planScheduledWithout: ("kursus {1} dijadwalkan tanpa \"{2}\": yang sudah terjadi tidak bisa diketahui",
                                     "course {1} is scheduled without its \"{2}\": what happened cannot be known")
        case .planListedTwice: ("kursus {1} tercantum lebih dari sekali: mana yang terjadi tidak bisa diketahui",
                                "course {1} is listed more than once: which one happened cannot be known")
        case .planScheduledWithoutAPlan: ("status {1} tidak punya rencana, tetapi kursus {2} dijadwalkan",
                                          "status {1} has no plan, yet course {2} is scheduled")
        case .planTopLevel: ("tingkat teratas", "the top level")
        case .planValueKinds: ("objek { ... }|daftar [ ... ]|teks dalam tanda kutip|tanggal \"TTTT-BB-HH\"|bilangan bulat|angka|true atau false|null",
                               "an object { ... }|a list [ ... ]|text in quotes|a date \"YYYY-MM-DD\"|a whole number|a number|true or false|null")
        case .planValueKindsFound: ("objek|daftar|teks|tanggal \"TTTT-BB-HH\"|bilangan bulat|angka|true atau false|null",
                                    "an object|a list|text|a date \"YYYY-MM-DD\"|a whole number|a number|true or false|null")
        case .planOtherKind: ("nilai jenis {1}", "a value of kind {1}")
        case .readMissingField: ("kolom wajib \"{1}\" tidak ada", "missing required field \"{1}\"")
        case .readDashInRequired: ("\"-\" di kolom wajib \"{1}\": kolom ini perlu diisi", "\"-\" in the required field \"{1}\": it needs a value")
        case .readEmptyText: ("tidak boleh kosong", "must not be empty")
        case .readNotAnID: ("\"{1}\" bukan kode: pakai huruf, angka, '.', '_' dan '-'", "\"{1}\" is not an id: use letters, digits, '.', '_' and '-'")
        case .readNotANumber: ("seharusnya bilangan, tertulis \"{1}\"{2}", "expected a number, found \"{1}\"{2}")
        case .readNotAnAmount: ("seharusnya jumlah uang (bilangan tidak negatif), tertulis \"{1}\"{2}",
                                "expected an amount of money (a non-negative number), found \"{1}\"{2}")
        case .readNotAWholeNumber: ("seharusnya bilangan bulat, tertulis \"{1}\"{2}", "expected a whole number, found \"{1}\"{2}")
        case .readAtLeast: ("harus paling sedikit {1}, tertulis {2}", "must be at least {1}, found {2}")
        case .readBetween: ("harus antara {1} dan {2}, tertulis {3}", "must be between {1} and {2}, found {3}")
        case .readNegativeMoney: ("harus paling sedikit 0, tertulis {1}", "must be at least 0, found {1}")
        case .readNotABoolean: ("seharusnya ya/tidak (atau benar/salah, wajib/opsional, 1/0), tertulis \"{1}\"",
                                "expected true/false (or yes/no, ya/tidak, benar/salah, wajib/opsional, 1/0), found \"{1}\"")
        case .readNotADate: ("seharusnya tanggal TTTT-BB-HH (atau hari dulu: HH/BB/TTTT), tertulis \"{1}\"{2}",
                             "expected a date YYYY-MM-DD (or day first: DD/MM/YYYY), found \"{1}\"{2}")
        case .readSerialDate: (", yang tampaknya nomor hari spreadsheet untuk {1}: format selnya sebagai tanggal",
                               ", which looks like a spreadsheet's day number for {1}: format the cell as a date")
        case .readNotAWeekday: ("\"{1}\" bukan nama hari: pakai senin selasa rabu kamis jumat sabtu minggu (atau mon tue wed thu fri sat sun), dipisah \";\"{2}",
                                "\"{1}\" is not a weekday: use mon tue wed thu fri sat sun (or senin selasa rabu kamis jumat sabtu minggu), separated by \";\"{2}")
        case .readUnknownField: ("kolom \"{1}\" tidak dikenal{2}", "unknown field \"{1}\"{2}")
        case .readNotesColumn: (" (kolom catatan: awali judulnya dengan #)", " (a column of notes: start its header with #)")
        case .readMissingColumn: ("kolom wajib \"{1}\" tidak ada: setiap baris memerlukannya", "missing required column \"{1}\": every row needs it")
        case .readValueMissing: ("tidak ada: beri kursus ini nilai, atau isi defaults.valuePerParticipant, atau jadikan wajib",
                                 "missing: give the course a value, or set defaults.valuePerParticipant, or make it mandatory")
        case .readDuplicateID: ("kode \"{1}\" dipakai dua kali (pertama di {2})", "duplicate id \"{1}\" (first used at {2})")
        case .readDidYouMean: ("; maksudnya \"{1}\"?", "; did you mean \"{1}\"?")
        case .hintRupiahMarks: (" (setelah Rp, \".\" memisahkan ribuan dan \",\" tanda desimal: Rp 1.500.000,50)",
                                " (after Rp, \".\" groups thousands and \",\" is the decimal mark: Rp 1.500.000,50)")
        case .hintDate: (" (sebuah tanggal: kolom ini berisi bilangan)", " (a date: this field takes a number)")
        case .hintTimeOfDay: (" (sebuah jam: kolom ini berisi bilangan)", " (a time of day: this field takes a number)")
        case .hintNegativeInParentheses: (" (jumlah negatif dalam kurung: kolom ini berisi bilangan 0 atau lebih)",
                                          " (a negative amount in parentheses: this field takes a number of 0 or more)")
        case .hintFileMarks: (" (di berkas ini \"{1}\" memisahkan ribuan dan \"{2}\" tanda desimal)",
                              " (in this file \"{1}\" groups thousands and \"{2}\" is the decimal mark)")
        case .hintFileMarksUnsettled: (" (di berkas ini \"{1}\" memisahkan ribuan dan \"{2}\" tanda desimal, atau \".\" memisahkan ribuan dan \",\" tanda desimal bila keduanya ditulis: 1,500,000.50 atau 1.500.000,50)",
                                       " (in this file \"{1}\" groups thousands and \"{2}\" is the decimal mark, or \".\" groups and \",\" is the decimal mark when both are written: 1,500,000.50 or 1.500.000,50)")
        case .didYouMean: (" (maksudnya \"{1}\"?)", " (did you mean \"{1}\"?)")
        case .warnCourseSkill: ("kursus {1}: tidak ada instruktur yang memiliki keahlian \"{2}\"{3}",
                                "course {1}: no instructor has the skill \"{2}\"{3}")
        case .warnCourseLevel: ("kursus {1}: tidak ada instruktur yang memiliki {2} level {3} atau lebih{4}",
                                "course {1}: no instructor has {2} at level {3} or more{4}")
        case .warnAmong: (" di antara {1}", " among {1}")
        case .warnCourseEquipment: ("kursus {1}: tidak ada tempat yang memiliki peralatan \"{2}\"{3}",
                                    "course {1}: no venue has the equipment \"{2}\"{3}")
        case .warnCourseSeats: ("kursus {1}: tidak ada tempat{3} yang menampung {2} peserta dengan semua peralatannya",
                                "course {1}: no venue{3} seats {2} with all its equipment")
        case .warnCourseAfterHorizon: ("kursus {1}: {2} {3} sesudah akhir kalender {4}: kursus ini tidak bisa berjalan dalam rencana ini",
                                       "course {1}: {2} {3} is after the calendar's end {4}: the course cannot run in this plan")
        case .warnCourseBeforeHorizon: ("kursus {1}: {2} {3} sebelum awal kalender {4}: kursus ini tidak bisa berjalan dalam rencana ini",
                                        "course {1}: {2} {3} is before the calendar's start {4}: the course cannot run in this plan")
        case .warnMonthFirst: (" (apakah ditulis bulan dulu? Tanggal ditulis hari dulu: DD/MM/YYYY)",
                               " (was it typed month first? Dates are day first: DD/MM/YYYY)")
        case .warnCourseDoesNotFit: ("kursus {1}: {2} pertemuan pada {3} hari seminggu tidak muat antara {4} dan {5}",
                                     "course {1}: {2} sessions on {3} day(s) a week do not fit between {4} and {5}")
        case .warnInstructorUnused: ("instruktur {1}: tidak ada kursus yang bisa memakainya (tidak ada kursus yang memerlukan keahliannya pada levelnya)",
                                     "instructor {1}: no course can use them (no course needs their skills at their level)")
        case .warnDemandSkill: ("permintaan {1}: tidak ada kursus yang mengajarkan keahlian \"{2}\"{3}",
                                "demand {1}: no course teaches the skill \"{2}\"{3}")
        case .warnDemandLevel: ("permintaan {1}: tidak ada kursus yang mengajarkan {2} level {3} atau lebih",
                                "demand {1}: no course teaches {2} at level {3} or more")
        case .warnTitleLines: ("baris {1} di atas baris judul kolom (baris {2}) dibaca sebagai judul dan dilewati",
                               "line(s) {1} above the header (line {2}) are read as a title and skipped")
        case .warnTitleRows: ("baris {1} di atas baris judul kolom (baris {2}) dibaca sebagai judul dan dilewati",
                              "row(s) {1} above the header (row {2}) are read as a title and skipped")
        case .warnWindows1252: ("bukan teks UTF-8: dibaca sebagai Windows-1252 (ANSI, seperti Excel menyimpan \"CSV (Comma delimited)\"), huruf pertamanya \"{1}\" di baris {2}; simpan sebagai \"CSV UTF-8\" agar pasti",
                                "not UTF-8 text: read as Windows-1252 (ANSI, as Excel saves \"CSV (Comma delimited)\"), its first such letter \"{1}\" on line {2}; save as \"CSV UTF-8\" to be sure")
        case .warnShortRows: ("{1} baris punya sel lebih sedikit daripada baris judul kolom, yang pertama di sini: sel yang kurang di ujungnya dibaca kosong",
                              "{1} row(s) have fewer cells than the header, the first here: the missing cells at their end are read as empty")
        case .warnHiddenRows: ("baris {1} disembunyikan di workbook dan tetap dibaca seperti baris lain; hapus barisnya untuk tidak memakainya",
                               "row(s) {1} are hidden in the workbook and read like any other; delete a row to leave it out")
        case .warnHiddenColumns: ("kolom {1} disembunyikan di workbook dan tetap dibaca seperti kolom lain; hapus kolomnya untuk tidak memakainya",
                                  "column(s) {1} are hidden in the workbook and read like any other; delete a column to leave it out")
        case .warnHiddenSheet: ("sheet \"{1}\" disembunyikan di workbook dan tetap dibaca, {2} barisnya; hapus sheetnya atau barisnya untuk tidak memakainya",
                                "sheet \"{1}\" is hidden in the workbook and read like any other, its {2} row(s) too; delete the sheet or its rows to leave them out")
        case .warnMergedNumbers: ("sel gabungan {1} berisi angka yang dibaca untuk setiap barisnya; pisahkan selnya dan isi tiap baris sendiri kalau angka itu jumlah semuanya",
                                  "merged cell(s) {1} hold a number read for every row they span; unmerge them and give each row its own if it was meant as their total")
        case .warnCoursesWorthTheirDemand:
            ("{1} kursus tanpa nilai ({2}) hanya bernilai sebesar permintaan yang dilayaninya, seperti pada setiap skenario yang memuat "
                + "permintaan; defaults.valuePerParticipant ({3}) menjadi nilai permintaan yang tidak punya valuePerPerson. Beri kursus "
                + "sebuah nilai agar menjalankannya bernilai lebih",
             "{1} course(s) without a value ({2}) are worth only the demand they serve, as in any scenario that lists demand; "
                + "defaults.valuePerParticipant ({3}) prices the demand entries without a valuePerPerson. Give a course a value "
                + "to make running it worth more")
        case .warnTotalsRow: ("baris {1} adalah baris jumlah ({2}): dilewati, tidak dibaca sebagai butir daftar",
                              "row {1} is a totals row ({2}): skipped, not read as an item of the list")
        case .warnSettingContinues: ("{1} berlanjut di kolom {2}, yang tidak dibaca: daftar ditulis di kolom B, butirnya dipisah \";\"",
                                     "{1} continues in column {2}, which is not read: a list goes in column B, its items separated by \";\"")
        case .warnWorkbookBesideCSV: ("tidak dibaca: {1} di folder ini diambil dari {1}.csv; kalau workbook ini lebih baru, simpan sebagai {1}.csv",
                                      "not read: the folder's {1} come from {1}.csv; if this workbook is newer, save it as {1}.csv")
        case .warnRupiahComma: ("\"{1}\" dibaca {2}: setelah Rp, \",\" adalah tanda desimal; tulis Rp {3} untuk {4}",
                                "\"{1}\" reads as {2}: after Rp, \",\" is the decimal mark; write Rp {3} for {4}")
        case .warnSlotLabelHoldsSeveral: ("label jam pelajaran \"{1}\" dianggap satu JP: JP dipisah \";\" (tulis \"{2}\" untuk {3} JP sehari)",
                                          "slot label \"{1}\" is one slot: slots are separated by \";\" (write \"{2}\" for {3} slots a day)")
        case .warnSlotsLookLikeACount: ("jam pelajaran \"{1}\" dibaca sebagai satu JP berlabel \"{1}\": tulis label tiap JP, dipisah \";\" (misalnya \"08:00-12:00; 13:00-16:00\")",
                                        "slots \"{1}\" is one slot labelled \"{1}\": list each slot's label, separated by \";\" (such as \"08:00-12:00; 13:00-16:00\")")
        case .warnSheetReadAsList: ("dibaca sebagai daftar {1}: tidak ada lembar \"{1}\", dan judul kolom lembar ini menyebut kolom-kolomnya; ganti nama lembar menjadi \"{1}\" supaya jelas",
                                    "read as the {1} list: there is no sheet \"{1}\", and this sheet's header names its fields; rename the sheet \"{1}\" to say so")
        case .warnSheetNotRead: ("tidak dibaca: judul kolomnya menyebut kolom daftar {1}, yang diambil dari lembar \"{1}\"",
                                 "not read: its header names the fields of the {1} list, which comes from sheet \"{1}\"")
        case .warnSheetNotReadTwo: ("tidak dibaca: judul kolomnya menyebut kolom daftar {1}, dan lebih dari satu lembar mirip daftar itu",
                                    "not read: its header names the fields of the {1} list, which more than one sheet looks like")
        case .warnNoteColumns: ("kolom {1} dibaca sebagai catatan dan tidak dipakai", "column(s) {1} read as notes and not used")
        case .warnFileLooksLikeList: ("tidak dibaca: judul kolomnya menyebut kolom daftar {1}; beri nama berkas {1}.csv supaya dibaca",
                                      "not read: its header names the fields of the {1} list; name the file {1}.csv to read it")
        case .warnFileListExists: ("tidak dibaca: judul kolomnya menyebut kolom daftar {1} (daftar itu diambil dari {1}.csv)",
                                   "not read: its header names the fields of the {1} list (that list comes from {1}.csv)")
        case .warnFileNotAList: ("tidak dibaca: daftar dalam folder adalah courses.csv, instructors.csv, venues.csv dan demand.csv",
                                 "not read: a folder's lists are courses.csv, instructors.csv, venues.csv and demand.csv")
        case .warnTitleAboveSettings: ("baris {1} di atas pengaturan dibaca sebagai judul dan dilewati",
                                       "row(s) {1} above the settings are read as a title and skipped")
        case .warnMoneyRounded: ("\"{1}\" punya lebih dari dua angka desimal dan dibaca {2}: jumlah uang disimpan sampai sen; tulis dalam {3} utuh, bukan dalam ribuan atau jutaan",
                                 "\"{1}\" has more than two decimals and reads as {2}: amounts are kept to the cent; write them in whole {3}, not in thousands or millions")
        case .warnDemandEmptyWindow: ("permintaan {1}: startFrom {2} jatuh setelah startUntil {3} (bawaannya akhir periode): tidak ada peserta magang yang bisa mulai",
                                      "demand {1}: startFrom {2} is after startUntil {3} (the horizon's end unless given): no apprentice can start")
        case .warnDemandTooEarly: ("permintaan {1}: {2} jatuh sebelum kursus {3} mana pun bisa selesai (paling cepat: {4})",
                                   "demand {1}: {2} is before any course of {3} could end (the earliest: {4})")
        case .errorReportNotVerified: ("{1}: rencana tidak lolos pemeriksaan terhadap {2}, jadi laporan tidak ditulis (rinciannya: trainplan verify {2} {1}):",
                                       "{1}: the plan fails verification against {2}, so no report is written (details: trainplan verify {2} {1}):")
        case .andMore: ("... dan {1} lagi", "... and {1} more")
        case .errorNoCourseNeedsSkill: ("--skills: tidak ada kursus yang memerlukan \"{1}\"{2}", "--skills: no course needs \"{1}\"{2}")
        case .errorSolverFailure: ("kegagalan solver: {1}", "solver failure: {1}")
        case .errorPlanRefused: ("kesalahan internal: rencana dari solver tidak lolos pemeriksaan:",
                                 "internal error: the solver's plan fails verification:")
        case .errorSlotLabelsNotTimes:
            ("label jam pelajaran {1} bukan rentang jam seperti \"08:00-12:00\", jadi waktu kalender tidak diketahui; tulis calendar.slots sebagai jam",
             "slot label(s) {1} are not time ranges like \"08:00-12:00\", so calendar times are unknown; write calendar.slots as clock times")
        case .errorSlotsOutOfOrder:
            ("jam pelajaran \"{2}\" mulai sebelum \"{1}\" (yang tercantum sebelumnya) selesai, jadi waktu kalender tidak diketahui; urutkan calendar.slots menurut jam, tanpa tumpang tindih",
             "slot \"{2}\" starts before \"{1}\", listed before it, ends, so calendar times are unknown; list calendar.slots in time order, without overlaps")
        case .errorUnknownTimeZone:
            ("zona waktu \"{1}\" tidak dikenal: gunakan nama IANA seperti Asia/Jakarta, Asia/Makassar atau Asia/Jayapura",
             "unknown time zone \"{1}\": use an IANA name such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura")
        case .errorPlanDoesNotMatch: ("rencana tidak cocok dengan skenario: {1}", "the plan does not match the scenario: {1}")
        case .errorCannotWrite: ("tidak dapat menulis {1}: {2}", "cannot write {1}: {2}")
        case .errorReportStopped: ("Dihentikan (Ctrl-C, SIGTERM atau SIGHUP) sebelum laporan ditulis: folder {1} tetap berisi laporan sebelumnya, kalau ada; trainplan report menulisnya dari berkas rencana.",
                                   "Stopped (Ctrl-C, SIGTERM or SIGHUP) before the report was written: folder {1} keeps its earlier report, if any; trainplan report writes it from the plan file.")
        case .reportsStopped: ("Dihentikan (Ctrl-C, SIGTERM atau SIGHUP): laporan {1} tidak ditulis; tabel dan rencananya sudah; trainplan report menulisnya dari berkas rencana.",
                               "Stopped (Ctrl-C, SIGTERM or SIGHUP): the reports of {1} are not written; the table and plans are; trainplan report writes them from the plan files.")
        }
    }
}

/// The texts of one language, with the formatting of dates, weekdays and numbers that goes with it.
public struct TextCatalogue: Sendable {
    public let language: Language
    public let numbers: NumberFormat

    public init(language: Language) {
        self.language = language
        self.numbers = NumberFormat(language: language)
    }

    /// The text of `key` with `{1}`, `{2}`, ... replaced by `arguments`.
    public func callAsFunction(_ key: TextKey, _ arguments: String...) -> String {
        fill(template(key), arguments)
    }

    /// The text of `key` as HTML: the template escaped, the arguments (already HTML) inserted as they are.
    public func html(_ key: TextKey, _ arguments: String...) -> String {
        fill(Markup.escape(template(key)), arguments)
    }

    /// The raw text of `key` in this language, placeholders unfilled.
    public func template(_ key: TextKey) -> String {
        switch language {
        case .id: key.texts.id
        case .en: key.texts.en
        }
    }

    /// The items of a `|`-separated list text.
    public func list(_ key: TextKey) -> [String] {
        template(key).split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    }

    /// `a welding` / `an automotive` in English (a skill before "instructor"); the word alone in Indonesian.
    public func indefinite(_ word: String) -> String {
        guard language == .en else { return word }
        return ("aeiou".contains(word.lowercased().first ?? "x") ? "an " : "a ") + word
    }

    /// `ya`/`tidak` or `yes`/`no`, for spreadsheet cells.
    public func yesNo(_ value: Bool) -> String { self(value ? .yesWord : .noWord) }

    /// `Senin` / `Monday`.
    public func weekday(_ day: Weekday) -> String { list(.weekdayNames)[safe: day.index] ?? day.rawValue }

    /// `Sen` / `Mon`.
    public func weekdayShort(_ day: Weekday) -> String { list(.weekdayShortNames)[safe: day.index] ?? day.rawValue }

    /// `9 Jan` (both languages); `9 Jan 2024` with the year, where a horizon spans two years.
    public func shortDate(_ date: CivilDate, year: Bool = false) -> String {
        let c = date.components
        return "\(c.day) " + shortMonth(c.month) + (year ? " \(c.year)" : "")
    }

    /// `Jan` (both languages).
    public func shortMonth(_ month: Int) -> String { list(.monthShortNames)[safe: month - 1] ?? String(month) }

    /// `9 Januari 2023` / `9 January 2023`.
    public func longDate(_ date: CivilDate) -> String {
        let c = date.components
        return "\(c.day) " + (list(.monthNames)[safe: c.month - 1] ?? String(c.month)) + " \(c.year)"
    }

    /// A plan status in words (`sah, belum terbukti terbaik` for `feasible`).
    public func status(_ status: Plan.Status) -> String {
        switch status {
        case .optimal: self(.statusOptimal)
        case .feasible: self(.statusFeasible)
        case .infeasible: self(.statusInfeasible)
        case .unknown: self(.statusUnknown)
        }
    }

    /// Where an instructor comes from, in words (`mitra` for `partner`).
    public func source(_ source: InstructorSource) -> String {
        switch source {
        case .internal: self(.sourceInternal)
        case .partner: self(.sourcePartner)
        case .industry: self(.sourceIndustry)
        case .freelance: self(.sourceFreelance)
        case .candidate: self(.sourceCandidate)
        }
    }

    /// Placeholders `{n}` in a template, for the catalogue's consistency test.
    public static func placeholders(_ template: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            if let n = Int(after[..<close]) { found.insert(n) }
            rest = after[after.index(after: close)...]
        }
        return found
    }

    /// The counted nouns of the English texts, plural and singular.
    static let englishPlurals: [(plural: String, singular: String)] = [
        "courses", "sessions", "slots", "months", "weeks", "days", "instructors", "venues", "participants",
        "trainees", "apprentices", "errors", "warnings", "options", "changes", "runs", "scenarios", "variants",
    ].map { ($0, String($0.dropLast())) } + [("people", "person"), ("participant-months", "participant-month")]

    /// Whether `text` goes on with a letter or a hyphen after " " + `word` (so "months" is not
    /// taken out of "months-long" or "participant-months" out of a longer word).
    static func continuesWord(_ text: Substring, after word: String) -> Bool {
        let end = text.index(text.startIndex, offsetBy: word.count + 1)
        guard end < text.endIndex else { return false }
        return text[end].isLetter || text[end] == "-"
    }

    func fill(_ template: String, _ arguments: [String]) -> String {
        guard !arguments.isEmpty else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), arguments.indices.contains(n - 1) {
                out += arguments[n - 1]
                rest = after[after.index(after: close)...]
                // "1 months" → "1 month": English nouns counted by a placeholder that came out as 1
                // (in HTML, a figure showing 1).
                if language == .en, arguments[n - 1] == "1" || arguments[n - 1].hasSuffix("\">1</span>"),
                   let plural = Self.englishPlurals.first(where: { rest.hasPrefix(" " + $0.plural) && !Self.continuesWord(rest, after: $0.plural) }) {
                    out += " " + plural.singular
                    rest = rest.dropFirst(plural.plural.count + 1)
                }
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}
