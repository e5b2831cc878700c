import Foundation
import Testing
import TrainPlanCore
import TrainPlanReport

/// Done-when 3: every kind of reason a course is left out reads in both languages with its
/// figures, and ends with its fix where one change would let the course run.
@Suite struct ReasonTextTests {
    /// One reason of each kind with its figures, and what each language's sentence must contain.
    static let samples: [(UnscheduledReason, id: [String], en: [String])] = [
        (.init(kind: .noQualifiedInstructor, skill: "welding", level: 2, instructors: []),
         ["tidak ada instruktur yang menguasai welding level 2", "cari instruktur welding level 2"],
         ["no instructor has welding at level 2 or more", "to let it run: source a welding instructor at level 2"]),
        (.init(kind: .noSuitableVenue, equipment: ["kitchen"], participants: 24),
         ["tidak ada tempat untuk 24 peserta dengan kitchen", "sediakan tempat untuk 24 peserta dengan kitchen"],
         ["no venue seats 24 with kitchen", "a venue seating 24 with kitchen"]),
        (.init(kind: .rhythmDoesNotFit, sessions: 30, daysPerWeek: 2, weekdays: [.tue, .thu],
               from: CivilDate("2023-03-01"), to: CivilDate("2023-03-31")),
         ["30 pertemuan, 2 hari seminggu pada hari Sel Kam", "1 Maret 2023", "31 Maret 2023", "perpanjang rentang"],
         ["30 sessions, 2 days a week on tue thu, do not fit", "2023-03-01", "2023-03-31", "widen its dates"]),
        // A re-plan's first free day after the course's latest end: no window at all.
        (.init(kind: .rhythmDoesNotFit, sessions: 1, daysPerWeek: 1, weekdays: [.mon],
               from: CivilDate("2024-01-06"), to: CivilDate("2024-01-04")),
         ["harus selesai paling lambat 4 Januari 2024, sebelum 6 Januari 2024", "geser tanggal selesai"],
         ["it must end by 2024-01-04, before 2024-01-06", "move its latest end to 2024-01-06 or later"]),
        (.init(kind: .loadLimitTooSmall, skill: "garment-mechanic", level: 3,
               limit: .init(instructor: "IND-SLAMET", field: "maxSlots", limit: 16, needed: 24)),
         ["IND-SLAMET boleh mengajar paling banyak 16 JP selama periode (maxSlots), sedangkan kursus ini perlu 24 JP",
          "naikkan maxSlots IND-SLAMET dari 16 menjadi 24, atau cari instruktur garment-mechanic level 3"],
         ["IND-SLAMET may teach at most 16 slots in the horizon (maxSlots), and the course needs 24 slots",
          "raise IND-SLAMET's maxSlots from 16 to 24, or source a garment-mechanic instructor at level 3"]),
        (.init(kind: .instructorsUnavailable, skill: "batik", level: 3, instructors: ["IND-MAHMUD"], sessions: 10),
         ["(IND-MAHMUD) tidak tersedia untuk 10 pertemuan", "cari satu instruktur batik level 3 lagi"],
         ["no qualified instructor (IND-MAHMUD) is available for a whole run of 10 sessions",
          "source another batik instructor at level 3"]),
        (.init(kind: .venuesUnavailable, venues: ["LPKS-BOGA"], equipment: ["kitchen"], participants: 16, sessions: 18),
         ["(LPKS-BOGA) tidak tersedia untuk 18 pertemuan", "sediakan satu tempat lagi untuk 16 peserta dengan kitchen"],
         ["no suitable venue (LPKS-BOGA) is free for a whole run of 18 sessions", "a second venue seating 16 with kitchen"]),
        (.init(kind: .neverFreeTogether), ["tidak pernah kosong pada waktu yang sama"], ["never free for the same run"]),
        (.init(kind: .costNotBelowValue, cost: 12_500_000, value: 10_000_000),
         ["paling sedikit Rp 12.500.000, tidak lebih kecil dari nilainya Rp 10.000.000", "nilai kursus di atas Rp 12.500.000"],
         ["at least IDR 12,500,000, not less than its value IDR 10,000,000", "a value above IDR 12,500,000"]),
        (.init(kind: .budget, cost: 3_000_000, spent: 98_000_000, budget: 100_000_000),
         ["menambah paling sedikit Rp 3.000.000 pada Rp 98.000.000", "(anggaran Rp 100.000.000)", "anggaran paling sedikit Rp 101.000.000"],
         ["add at least IDR 3,000,000 to the IDR 98,000,000 spent (budget IDR 100,000,000)", "a budget of at least IDR 101,000,000"]),
        (.init(kind: .venuesBooked, venues: ["KAUMAN-BATIK"], holders: ["BTK-01", "BTK-02"], equipment: ["batik-tools"],
               participants: 12),
         ["tempatnya (KAUMAN-BATIK) dipakai BTK-01, BTK-02", "sediakan satu tempat lagi untuk 12 peserta dengan batik-tools"],
         ["its venues (KAUMAN-BATIK) are booked by BTK-01, BTK-02", "a second venue seating 12 with batik-tools"]),
        (.init(kind: .instructorsBusy, skill: "sewing", level: 2, instructors: ["BLK-SRI"], holders: ["JHT-01"]),
         ["instrukturnya (BLK-SRI) mengajar JHT-01", "cari satu instruktur sewing level 2 lagi"],
         ["its instructors (BLK-SRI) are teaching JHT-01", "source another sewing instructor at level 2"]),
        (.init(kind: .cohortBusy, holders: ["GM-01"], cohort: "garmen-1"),
         ["rombongan belajarnya \"garmen-1\" mengikuti GM-01", "peserta lain yang mengikutinya (bukan rombongan \"garmen-1\")"],
         ["its cohort \"garmen-1\" is in GM-01", "to let it run: other trainees than cohort \"garmen-1\" to take it, or dates clear of GM-01's"]),
        (.init(kind: .noLoadLeft, limits: [.init(instructor: "BLK-NANI", field: "maxSlotsPerWeek", limit: 16, needed: 18)]),
         ["(BLK-NANI: maxSlotsPerWeek 16, perlu 18)", "naikkan maxSlotsPerWeek BLK-NANI dari 16 menjadi 18"],
         ["(BLK-NANI: maxSlotsPerWeek 16, needs 18)", "raise BLK-NANI's maxSlotsPerWeek from 16 to 18"]),
        (.init(kind: .leftOutBySearch), ["pencarian berhenti sebelum menambahkannya"], ["the search stopped before adding it"]),
        (.init(kind: .notConsidered), ["batas waktu habis sebelum pilihan jadwalnya dihitung"],
         ["the time limit ran out before its options were worked out"]),
        (.init(kind: .noSubstitute, instructors: [], from: CivilDate("2023-02-20")),
         ["tidak ada instruktur yang memenuhi syarat", "mulai 20 Februari 2023"], ["no qualified instructor", "from 2023-02-20 on"]),
        (.init(kind: .noSubstitute, instructors: [], from: CivilDate("2023-02-20"),
               limits: [.init(instructor: "I2", field: "maxSlots", limit: 1, needed: 2)]),
         ["tidak punya sisa beban mengajar", "(I2: maxSlots 1, perlu 2)"],
         ["the instructors qualified and free for its sessions from 2023-02-20 on have no load left for them (I2: maxSlots 1, needs 2)"]),
        (.init(kind: .noSubstitute, venues: [], from: CivilDate("2023-02-20")),
         ["tidak ada tempat yang sesuai"], ["no suitable venue is free for all of its sessions from 2023-02-20 on"]),
        (.init(kind: .noValidPlan), ["tidak ada rencana yang sah"], ["no valid plan exists"]),
        // Dates wholly outside the calendar: a later latest end changes nothing (it was the fix offered).
        (.init(kind: .rhythmDoesNotFit, sessions: 4, from: CivilDate("2023-04-03"), to: CivilDate("2023-01-29"), outsideCalendar: .afterEnd),
         ["paling cepat mulai 3 April 2023", "kalender yang berlanjut sampai sesudah 3 April 2023"],
         ["it may start on 2023-04-03 at the earliest, after the calendar ends (2023-01-29)",
          "to let it run: a calendar that goes on past 2023-04-03, or an earlier earliestStart"]),
        (.init(kind: .rhythmDoesNotFit, sessions: 4, from: CivilDate("2023-01-02"), to: CivilDate("2022-12-30"), outsideCalendar: .beforeStart),
         ["harus selesai paling lambat 30 Desember 2022"],
         ["it must end by 2022-12-30, before the calendar starts (2023-01-02)", "a later latestEnd (after 2022-12-30, inside the calendar)"]),
        (.init(kind: .noValidPlan, to: CivilDate("2023-02-24")), ["sudah berjalan (atau dimulai) pada atau sebelum 24 Februari 2023"],
         ["it ran (or started) on or before 2023-02-24 and stays as it ran; no valid plan exists for the rest"]),
        (.init(kind: .noPlanInTime), ["tidak ada rencana yang ditemukan dalam batas waktu"], ["no plan was found within the time limit"]),
    ]

    @Test func everyKindHasASample() {
        #expect(Set(Self.samples.map(\.0.kind)) == Set(UnscheduledReason.Kind.allCases))
    }

    @Test(arguments: Self.samples.indices)
    func reasonReadsWithItsFiguresInBothLanguages(_ k: Int) {
        let (reason, id, en) = Self.samples[k]
        for (language, expected) in [(Language.id, id), (.en, en)] {
            let sentence = ReasonText(text: TextCatalogue(language: language), currency: "IDR").sentence(reason)
            for part in expected { #expect(sentence.contains(part), "\(language) \(reason.kind): \(sentence)") }
            #expect(!sentence.contains("{"), "\(sentence)")
        }
    }

    /// The plan file keeps the data; reading it back gives the same reasons.
    @Test func detailsRoundTripThroughJSON() throws {
        let reasons = Self.samples.map(\.0)
        let data = try JSONEncoder().encode(reasons)
        #expect(try JSONDecoder().decode([UnscheduledReason].self, from: data) == reasons)
    }

    /// GM-02 and BTK-03 in the Pekalongan plan name their fixes, in both languages.
    @Test func pekalonganReasonsNameTheirFix() throws {
        let (_, plan) = try ReportFixtures.pekalongan.get()
        let gm02 = try #require(plan.courses.first { $0.id == "GM-02" })
        let btk03 = try #require(plan.courses.first { $0.id == "BTK-03" })
        #expect(gm02.reasonDetails?.first?.limit == .init(instructor: "IND-SLAMET", field: "maxSlots", limit: 16, needed: 24))
        #expect(gm02.reasons?.first?.contains("raise IND-SLAMET's maxSlots from 16 to 24, or source a garment-mechanic instructor at level 3") == true)
        #expect(btk03.reasons?.first?.contains("to let it run: a second venue seating 12 with batik-tools") == true)
        let id = ReasonText(text: TextCatalogue(language: .id), currency: "IDR")
        #expect(id.sentences(gm02).first?.contains("naikkan maxSlots IND-SLAMET dari 16 menjadi 24") == true)
        #expect(id.sentences(btk03).first?.contains("sediakan satu tempat lagi untuk 12 peserta dengan batik-tools") == true)
    }
}
