import Foundation
import GLPK
import TrainPlanReport
import TrainPlanCore

/// Shows the search's progress on standard error while `solve` runs.
///
/// On a terminal: one line rewritten in place (about once a second). Elsewhere
/// (a log file, CI, a pipe) only with `--progress`: a plain line at most every
/// `plainInterval` seconds, so logs stay short. Nothing with `--quiet`.
final class ProgressReporter {
    enum Mode { case none, terminal, plain }

    /// Seconds between plain lines.
    static let plainInterval = 5.0

    let mode: Mode
    let text: TextCatalogue
    let money: MoneyFormat
    // Touched only from the solving thread (GLPK calls back on it), then by `finish` after it returns.
    private var lastPlain = -Double.infinity
    private var shown = false

    init(mode: Mode, language: Language, currency: String) {
        self.mode = mode
        self.text = TextCatalogue(language: language)
        self.money = MoneyFormat(language: language, currency: currency)
    }

    static func mode(quiet: Bool, verbose: Bool, requested: Bool, stderrIsTerminal: Bool) -> Mode {
        if quiet || verbose { return .none }
        if stderrIsTerminal { return .terminal }
        return requested ? .plain : .none
    }

    var callback: ((SearchProgress) -> Void)? {
        mode == .none ? nil : { [self] progress in report(progress) }
    }

    func line(_ p: SearchProgress) -> String {
        text(.progressLine, text.numbers.decimal(p.elapsed, digits: 0),
             p.incumbent.map { money.format($0) } ?? text(.progressNoneYet),
             p.bound.map { money.format($0) } ?? "-",
             p.gap.map { text.numbers.percent($0) } ?? "-",
             text.numbers.integer(p.nodes))
    }

    func report(_ p: SearchProgress) {
        switch mode {
        case .none:
            return
        case .terminal:
            shown = true
            try? FileHandle.standardError.write(contentsOf: Data(("\r\u{1B}[K" + line(p)).utf8))
        case .plain:
            guard p.elapsed - lastPlain >= Self.plainInterval else { return }
            lastPlain = p.elapsed
            try? FileHandle.standardError.write(contentsOf: Data(("progress: " + line(p) + "\n").utf8))
        }
    }

    /// Clears the terminal line before the summary is printed.
    func finish() {
        if mode == .terminal, shown { try? FileHandle.standardError.write(contentsOf: Data("\r\u{1B}[K".utf8)) }
    }
}
