import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// Why a re-plan cannot keep the past, in both languages: every problem and every cause, the
/// Indonesian with no English sentence of the catalogue.
@Suite struct PastProblemTextTests {
    static let t = CivilDate(year: 2024, month: 1, day: 2)!, d = CivilDate(year: 2024, month: 1, day: 1)!
    static let causes: [PastCause] = [
        .handoverNotASession(date: d), .instructorCannotTeach(instructor: "ANI", from: d, skill: "sewing", level: 2, listed: true),
        .venueTooSmall(venue: "HALL", from: d, capacity: 5, participants: 8), .venueCannotHost(venue: "HALL", from: d),
        .holderUnavailable(holder: .instructor, id: "ANI", date: d, until: t), .holderUnavailable(holder: .venue, id: "HALL", date: d, until: t),
        .holderGone(holder: .instructor, id: "ANI", handover: true), .holderGone(holder: .venue, id: "HALL", handover: false),
        .lengthChanged(was: 1, now: 2), .slotsOffStart(date: d, slots: [2], startSlot: 1), .calendarStartsLater(start: t, first: d), .calendarEndsEarlier(end: d, last: t),
        .nowHoliday(date: d), .noLongerWorkday(date: d), .outsideWindow(date: d, from: t, to: t), .rhythmChanged,
        .instructorNoLongerAllowed(instructor: "ANI"), .venueNoLongerAllowed(venue: "HALL"),
    ]
    static let problems: [PastProblem] = causes.flatMap { cause in
        [.happened(course: "C", until: t, cause: cause), .ended(course: "C", until: t, cause: cause), .started(course: "C", until: t, cause: cause)]
    } + [
        .handedOverAgain(course: "C", on: d, instructor: "ANI", venue: "HALL", away: .init(holder: .instructor, id: "ANI", date: t), until: t),
        .handedOverAgain(course: "C", on: d, instructor: "ANI", venue: "HALL", away: .init(holder: .venue, id: "HALL", date: t), until: t),
        .remainingCannotRun(course: "C", until: t, reasons: [.init(kind: .rhythmDoesNotFit)]),
        .clash(courses: ["A", "B"], holder: .cohort, id: "K1", date: d, slot: 2, until: t),
        .overLimit(instructor: "ANI", taught: 3, period: .day, limit: 2, until: t),
        .overLimit(instructor: "ANI", taught: 9, period: .horizon, limit: 8, until: t),
        .overCourses(instructor: "ANI", courses: ["A", "B"], limit: 1, until: t),
    ]

    @Test func everyProblemReadsInBothLanguages() {
        let english = PastProblemText(text: TextCatalogue(language: .en), currency: "IDR")
        let indonesian = PastProblemText(text: TextCatalogue(language: .id), currency: "IDR")
        let leaks = LanguageLeakTests.fragments(of: .en)
        for problem in Self.problems {
            // Field names stay as the scenario writes them (and hold English words: "session", "Courses").
            let sentence = indonesian.sentence(problem).replacingOccurrences(of: "sessionLength", with: "")
                .replacingOccurrences(of: "maxCourses", with: "")
            #expect(!leaks.contains { sentence.contains($0) } && !sentence.contains("{"), "\(sentence)")
            #expect(!english.sentence(problem).contains("{"))
        }
        #expect(english.sentence(Self.problems[0]) == "course C has sessions on or before 2024-01-02 that cannot stay as they were: "
                + "its hand-over date 2024-01-01 is not one of its sessions after the first")
        #expect(english.sentence(Self.problems.last { if case .clash = $0 { true } else { false } }!)
                == "the earlier plan has A and B both with cohort K1 on 2024-01-01 slot 2, on or before 2024-01-02: what has happened "
                + "cannot change, so that plan is not one this scenario allows (rule 5)")
        #expect(indonesian.sentence(.happened(course: "C", until: Self.t, cause: .noLongerWorkday(date: Self.d)))
                == "kursus C punya pertemuan pada atau sebelum 2 Januari 2024 yang tidak bisa tetap seperti semula: pertemuannya tidak lagi muat: "
                + "1 Januari 2024 (Senin) bukan lagi hari kerja")
    }
}
