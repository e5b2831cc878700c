/// Why a GLPK call did not produce an answer.
public enum GLPKError: Error, CustomStringConvertible, Sendable {
    /// GLPK reported an internal error (it would have aborted the process); `log` is what it printed.
    case internalError(call: String, log: String)
    /// The model is malformed (caught in Swift before GLPK sees it).
    case invalidModel(String)
    /// A non-zero return code that is not one of the documented stop reasons.
    case failed(call: String, code: Int32, log: String)
    case io(path: String, log: String)

    public var description: String {
        switch self {
        case let .internalError(call, log):
            return "GLPK failed inside \(call): \(log.trimmingWhitespace)"
        case let .invalidModel(message):
            return "invalid model: \(message)"
        case let .failed(call, code, log):
            return "GLPK \(call) returned code \(code)\(log.isEmpty ? "" : ": " + log.trimmingWhitespace)"
        case let .io(path, log):
            return "cannot write \(path): \(log.trimmingWhitespace)"
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
