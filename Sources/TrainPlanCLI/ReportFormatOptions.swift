import ArgumentParser
import TrainPlanReport

/// `--lang` alone, for the commands that print but write no report (check, verify).
struct LanguageOption: ParsableArguments {
    @Option(help: ArgumentHelp("Language of the output: id (Bahasa Indonesia) or en. "
                               + "Default: TRAINPLAN_LANG, else id when LANG/LC_ALL is id_*, else en.", valueName: "id|en"))
    var lang: ReportFormatOptions.LanguageChoice?

    var language: Language { lang.map { $0 == .id ? .id : .en } ?? Language.fromEnvironment() }
    var text: TextCatalogue { TextCatalogue(language: language) }
}

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
            help: ArgumentHelp("Delimiter of the report's CSV files: , or ; (;, with , as the decimal mark, is the default "
                               + "in Indonesian, as spreadsheets in an Indonesian locale expect).", valueName: "char"))
    var csvDelimiter: DelimiterChoice?

    @Flag(help: "Also write plan.xlsx: sessions, courses and instructors as one workbook with number, money and date cells.")
    var xlsx = false

    @Flag(help: "Run the sourcing analysis (as `trainplan sourcing`) and open the report with its recommendation.")
    var sourcing = false

    @Option(name: .customLong("sourcing-json"), help: ArgumentHelp(
        "Open the report with the recommendation of this file, written by `trainplan sourcing --json`.", valueName: "file"))
    var sourcingJSON: String?

    @Option(name: .customLong("upgrade-cost"), parsing: .unconditional, help: ArgumentHelp(
        "With --sourcing: also rank certifying an existing instructor at the level a course asks, at this cost.",
        valueName: "amount"), transform: MoneyOption.reader("upgrade-cost"))
    var upgradeCost: Double?

    var language: Language {
        switch lang {
        case .id: .id
        case .en: .en
        case nil: Language.fromEnvironment()
        }
    }

    var reportOptions: ReportOptions {
        ReportOptions(language: language, delimiter: delimiter, workbook: xlsx)
    }

    /// `;` when the report is Indonesian (a spreadsheet in an Indonesian locale splits on it), `,` otherwise;
    /// `--csv-delimiter` overrides.
    var delimiter: SpreadsheetExport.Delimiter {
        switch csvDelimiter {
        case .semicolon: .semicolon
        case .comma: .comma
        case nil: language == .id ? .semicolon : .comma
        }
    }
}
