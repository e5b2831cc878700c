/// Names as GLPK accepts them.
///
/// `glp_set_prob_name`, `glp_set_row_name` and `glp_set_col_name` abort the
/// process on a name over 255 bytes or with a control character, and those
/// names come from the caller's data (a scenario name, an id). So every name
/// passes through here: control characters become `_`, and the name is cut at
/// a character boundary to fit, never rejected.
enum GLPKName {
    static let maximumBytes = 255

    static func sanitized(_ name: String) -> String {
        var result = ""
        var bytes = 0
        for scalar in name.unicodeScalars {
            // GLPK tests each byte with iscntrl(): 0-31 and 127; C1 controls are left as UTF-8 bytes >= 128.
            let safe: Unicode.Scalar = scalar.value < 32 || scalar.value == 127 ? "_" : scalar
            let width = String(safe).utf8.count
            guard bytes + width <= maximumBytes else { break }
            result.unicodeScalars.append(safe)
            bytes += width
        }
        return result
    }
}
