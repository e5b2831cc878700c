/// A key given twice in one JSON object (`"status": "optimal", "status": "feasible"`): Foundation
/// keeps the first, Python and JavaScript the last, so such a file means two plans at once.
enum JSONDuplicateKeys {
    /// The first key found twice in an object of `data`, with the keys leading to that object
    /// (`.courses[].status`), or nil. Reads only the structure: strings, brackets and commas.
    static func first(in data: [UInt8]) -> String? {
        struct Frame { var keys: Set<String> = []; var isObject: Bool; var expectKey: Bool; var name: String }
        var stack: [Frame] = []
        var pendingKey: String?
        var i = 0
        while i < data.count {
            let byte = data[i]
            switch byte {
            case UInt8(ascii: "\""):
                var j = i + 1
                while j < data.count, data[j] != UInt8(ascii: "\"") { j += data[j] == UInt8(ascii: "\\") ? 2 : 1 }
                let text = String(decoding: data[(i + 1)..<min(j, data.count)], as: UTF8.self)
                if var top = stack.last, top.isObject, top.expectKey {
                    guard top.keys.insert(text).inserted else {
                        return (stack.map(\.name).joined() + ".\(text)")
                    }
                    top.expectKey = false
                    stack[stack.count - 1] = top
                    pendingKey = text
                }
                i = j + 1
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let name = stack.last.map { $0.isObject ? "." + (pendingKey ?? "") : "[]" } ?? ""
                stack.append(Frame(isObject: byte == UInt8(ascii: "{"), expectKey: true, name: name))
                pendingKey = nil
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = stack.popLast()
            case UInt8(ascii: ","):
                if var top = stack.last, top.isObject {
                    top.expectKey = true
                    stack[stack.count - 1] = top
                }
            default: break
            }
            i += 1
        }
        return nil
    }
}
