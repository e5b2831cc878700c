/// RFC 5545 content lines: escaping of TEXT values and folding at 75 octets.
///
/// Calendar apps are strict about both: an unescaped `,` splits a value, and a
/// fold in the middle of a UTF-8 sequence corrupts a name like "Pembuatan pola – lanjutan".
public enum ICalendarText {
    /// The longest a line may be, in octets, without its CRLF (RFC 5545 §3.1).
    public static let maxLineOctets = 75

    /// Escapes a TEXT value (§3.3.11): `\` `;` `,` and line breaks.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue // CRLF becomes one \n
            default:
                // Other control characters are not allowed in TEXT (§3.1): leave them out.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Splits a content line into physical lines of at most 75 octets each, every
    /// continuation starting with one space (counted in its 75), never inside a
    /// UTF-8 sequence: the unit of splitting is the Unicode scalar.
    public static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if octets + size > maxLineOctets {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines
    }

    /// `NAME:value` folded, each physical line ended with CRLF.
    public static func contentLine(_ name: String, _ value: String) -> String {
        fold(name + ":" + value).map { $0 + "\r\n" }.joined()
    }
}
