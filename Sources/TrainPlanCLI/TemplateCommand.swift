import ArgumentParser
import Foundation
import TrainPlanCore
import TrainPlanReport
import TrainPlanWorkbook

/// `trainplan template`: the empty workbook a planner fills in for a quarter.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an empty scenario workbook (.xlsx) to fill in, with a guide to every column.",
        discussion: """
            Sheets scenario (field, value), courses, instructors, venues and demand (optional) with their header rows, and a \
            guide sheet (panduan in Indonesian, guide in English). Fill it in a spreadsheet, then \
            `trainplan check FILE.xlsx` and `trainplan solve FILE.xlsx`. An existing file is not \
            replaced unless --force is given.
            """)

    @Option(name: .customLong("out"), help: ArgumentHelp("The workbook to write.", valueName: "FILE.xlsx"))
    var out: String

    @Option(help: ArgumentHelp("Language of the guide: id (Bahasa Indonesia) or en. Default: as for report.",
                               valueName: "id|en"))
    var lang: ReportFormatOptions.LanguageChoice?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    func validate() throws {
        guard out.lowercased().hasSuffix(".xlsx") else {
            throw ValidationError("--out must name a .xlsx file, got \(out)")
        }
    }

    func run() throws {
        if !force, FileManager.default.fileExists(atPath: out) {
            Console.error("\(out) exists and may hold a filled-in plan: choose another name, or give --force to replace it")
            throw ExitCode.validationFailure
        }
        let language: Language = switch lang {
        case .id: .id
        case .en: .en
        case nil: Language.fromEnvironment()
        }
        do {
            try AtomicFile.write(try WorkbookWriter.data(ScenarioTemplate(language: language).sheets()), to: out)
        } catch {
            Console.error(Console.writeFailure(error, path: out))
            throw ExitStatus.failure
        }
        print(language == .id ? "Templat ditulis ke \(out)." : "Template written to \(out).")
    }
}
