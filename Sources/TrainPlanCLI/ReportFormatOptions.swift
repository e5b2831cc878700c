import ArgumentParser
import TrainPlanReport

/// `--lang`, `--csv-delimiter` and `--xlsx`, shared by `report` and `solve`.
struct ReportFormatOptions: ParsableArguments {
    enum LanguageChoice: String, ExpressibleByArgument, CaseIterable {
        case id, en
    }

    enum DelimiterChoice: String, ExpressibleByArgument {
        case comma = ",", semicolon = ";"

        init?(argument: String) {
            switch argument.lowercased() {
            case ",", "comma": self = .comma
            case ";", "semicolon": self = .semicolon
            default: return nil
            }
        }
    }

    @Option(help: ArgumentHelp("Language of the printed summary and the report: id (Bahasa Indonesia) or en. "
                               + "Default: TRAINPLAN_LANG, else id when LANG/LC_ALL is id_*, else en.",
                               valueName: "id|en"))
    var lang: LanguageChoice?

    @Option(name: .customLong("csv-delimiter"),
            help: ArgumentHelp("Delimiter of the report's CSV files: , or ; (for spreadsheets in an Indonesian locale, "
                               + "which also get , as the decimal mark).", valueName: "char"))
    var csvDelimiter: DelimiterChoice = .comma

    @Flag(help: "Also write plan.xlsx: sessions, courses and instructors as one workbook with number, money and date cells.")
    var xlsx = false

    var language: Language {
        switch lang {
        case .id: .id
        case .en: .en
        case nil: Language.fromEnvironment()
        }
    }

    var reportOptions: ReportOptions {
        ReportOptions(language: language, delimiter: csvDelimiter == .semicolon ? .semicolon : .comma, workbook: xlsx)
    }
}
