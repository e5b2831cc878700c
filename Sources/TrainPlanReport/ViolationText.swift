import TrainPlanCore

extension TextCatalogue {
    /// A broken rule as `verify` prints it, in this language: `[rule 3] GM-01: ...` or
    /// `[aturan 3] GM-01: ...`; a violation without a key (the re-planning record's figures, a
    /// malformed plan) keeps its English sentence.
    public func violation(_ v: Violation) -> String {
        guard language == .id else { return v.description }
        let rule = v.rule.map { "aturan \($0)" } ?? "rencana"
        var arguments = v.arguments
        switch v.key {
        case .overBudget, .figureMisstated:
            // Amounts of money as Indonesian writes them: 1.234.000,50 (a figure's name has no mark to swap
            // but its dots: `cost.total`, kept).
            arguments = arguments.enumerated().map { k, argument in
                v.key == .figureMisstated && k == 0 ? argument : String(argument.map { $0 == "," ? "." : $0 == "." ? "," : $0 })
            }
        case .weekdayTwice, .notItsWeekday, .rhythmBroken:
            // Weekdays in Indonesian (sen sel rab ...).
            arguments = arguments.map { argument in
                argument.split(separator: " ").map { word in Weekday(rawValue: String(word)).map(weekdayShort) ?? String(word) }
                    .joined(separator: " ")
            }
        default: break
        }
        let message = v.key.map { ViolationKey.filled(Self.indonesian($0), arguments) } ?? v.message
        return "[\(rule)] " + (v.course.map { "\($0): " } ?? "") + message
    }

    static func indonesian(_ key: ViolationKey) -> String {
        switch key {
        case .mandatoryNotScheduled: "kursus wajib tidak dijadwalkan"
        case .notQualified: "{1} tidak punya kompetensi {2} level {3} atau lebih"
        case .notInInstructorsList: "{1} tidak ada dalam daftar instruktur kursus ini"
        case .venueTooSmall: "{1} memuat {2} orang, kursus ini punya {3} peserta"
        case .lacksEquipment: "{1} tidak punya peralatan \"{2}\""
        case .notInVenuesList: "{1} tidak ada dalam daftar tempat kursus ini"
        case .weekdayTwice: "hari-harinya [{1}] menyebut satu hari dua kali: polanya {2} hari yang berbeda"
        case .weekdayCount: "bertemu {1} hari seminggu, daysPerWeek meminta {2}"
        case .notItsWeekday: "bertemu pada {1}, yang bukan salah satu harinya"
        case .slotDoesNotFit: "JP awal {1} dengan pertemuan {2} JP tidak muat dalam {3} JP sehari"
        case .sessionCount: "punya {1} pertemuan, seharusnya {2}"
        case .sessionSlots: "pertemuan pada {1} memakai JP {2}, seharusnya {3}"
        case .firstDateWeekday: "tanggal pertama {1} tidak jatuh pada salah satu harinya"
        case .rhythmBroken: "tanggal pertemuan tidak mengikuti ritme mulai {1} pada {2} (hari libur dilewati)"
        case .offRhythm: "pertemuan pada {1} tidak jatuh pada salah satu tanggal ritmenya"
        case .onHoliday: "pertemuan pada {1}, hari libur"
        case .outsideHorizon: "pertemuan pada {1} di luar periode perencanaan"
        case .outsideWindow: "pertemuan pada {1} di luar {2}..{3}"
        case .unavailable: "{1} tidak tersedia pada {2} JP {3}"
        case .alsoTeaches: "{1} juga mengajar {2} pada {3} JP {4}"
        case .alsoHosts: "{1} juga dipakai {2} pada {3} JP {4}"
        case .cohortAlsoAttends: "rombongan belajar \"{1}\" juga mengikuti {2} pada {3} JP {4}"
        case .dayLimit: "{1} mengajar {2} JP pada {3}, batasnya {4} JP sehari"
        case .weekLimit: "{1} mengajar {2} JP pada minggu {3} ({4} sampai {5}), batasnya {6} JP seminggu"
        case .totalLimit: "{1} mengajar {2} JP, batasnya {3} JP"
        case .courseLimit: "{1} mengajar {2} kursus, batasnya {3} kursus"
        case .overBudget: "total biaya {1} melebihi anggaran {2}"
        case .figureMisstated: "{1} tertulis {2}, dihitung ulang {3}"
        case .figureMissing: "{1} tidak ada"
        case .demandUnexpected: "rencana mencantumkan permintaan, skenario tidak punya"
        case .demandOrder: "daftar permintaan harus memuat setiap permintaan sekali, sesuai urutan skenario (seharusnya {1}, tertulis {2})"
        case .servesNegative: "melayani {1} orang dari {2}: jumlahnya paling sedikit 0"
        case .servesTwice: "tercantum dua kali di antara yang melayani {1}"
        case .servesNotACourse: "melayani {1} tetapi bukan kursus di skenario"
        case .servesNotScheduled: "melayani {1} orang dari {2} tetapi tidak dijadwalkan"
        case .servesWrongSkill: "tidak bisa melayani {1}: kursus ini mengajarkan {2} level {3}, permintaannya {4} level {5} atau lebih"
        case .endsAfterBy: "selesai pada {1}, setelah tanggal {2} ({3})"
        case .placementTooLate: "selesai pada {1}: penempatan magang {2} akan mulai {3}, setelah tanggal mulai terakhirnya {4}"
        case .placementStartWrong: "menempatkan peserta magang {1} mulai {2}, menurut aturan {3}"
        case .placementStartMissing: "menempatkan peserta magang {1} tanpa tanggal mulai, menurut aturan {2}"
        case .hireWithStart: "memberi {1}, permintaan rekrut, tanggal mulai {2}"
        case .servedOverAsked: "{1} meminta {2} orang, rencana melayani {3}"
        case .unservedMisstated: "{1} tertulis {2} tidak terlayani, dihitung ulang {3}"
        case .traineesCountedTwice: "{1} pesertanya dihitung {2} kali di seluruh permintaan yang dilayaninya"
        case .batchOrder: "angkatan {1} berjalan tetapi angkatan {2} tidak"
        case .pastDropped: "punya pertemuan pada atau sebelum {1} dan tidak lagi dijadwalkan: yang sudah terjadi tidak bisa dibatalkan"
        case .startedDatesChanged: "sudah dimulai: pertemuannya harus tetap pada tanggal dan JP rencana sebelumnya"
        case .endedSessionsChanged: "selesai pada atau sebelum {1}: pertemuannya harus tetap seperti di rencana sebelumnya"
        case .pastHolderChanged: "pertemuan pada {1} dipegang {2} di {3}; rencana ini menulis {4} di {5}"
        case .handoverInThePast: "dialihkan mulai {1}, pada atau sebelum {2}: hanya pertemuan setelah tanggal itu yang bisa dialihkan"
        case .endedHandedOver: "selesai pada atau sebelum {1} dan tidak bisa dialihkan"
        case .newInThePast: "belum dimulai pada {1} tetapi punya pertemuan pada {2}: tidak ada yang baru dijadwalkan pada atau sebelum {1}"
        case .notStartedHandedOver: "belum dimulai pada {1}: hanya kursus yang sudah dimulai yang bisa dialihkan"
        }
    }
}
