import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of a small XML part (`workbook.xml`, a sheet), parsed whole.
///
/// Names are local (`r:id` is `id`, `x:c` is `c`): workbooks written by different
/// programs use different prefixes for the same namespaces.
struct XMLTree {
    var name: String
    var attributes: [String: String]
    var children: [XMLTree]
    /// The text directly inside this element.
    var text: String

    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }

    /// Every descendant element named `name`, in document order.
    func descendants(_ name: String) -> [XMLTree] {
        children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(name) }
    }

    /// Parses `data` with Foundation's SAX parser; `part` names the file in errors.
    static func parse(_ data: Data, part: String) throws(WorkbookError) -> XMLTree {
        let builder = XMLTreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else {
            let reason = parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element"
            throw WorkbookError("\(part) is not valid XML (line \(parser.lineNumber)): \(reason)")
        }
        return root
    }

    static func localName(_ qualified: String) -> String {
        qualified.split(separator: ":").last.map(String.init) ?? qualified
    }
}

/// Builds an ``XMLTree`` from the parser's events.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
    private var stack: [XMLTree] = []
    var root: XMLTree?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (key, value) in attributeDict { attributes[XMLTree.localName(key)] = value }
        stack.append(XMLTree(name: XMLTree.localName(elementName), attributes: attributes, children: [], text: ""))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += string
    }

    /// Text written as `<![CDATA[tue;thu]]>` (valid XML, shown by Excel and LibreOffice): it was read as nothing.
    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let element = stack.popLast() else { return }
        if stack.isEmpty { root = element } else { stack[stack.count - 1].children.append(element) }
    }
}
