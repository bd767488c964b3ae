/// One line of the help screen: a heading or a key with what it does.
public enum HelpLine: Equatable, Sendable {
    case heading(String)
    case binding(keys: String, summary: String)
    case blank

    static func lines(from bindings: [KeyBinding]) -> [HelpLine] {
        var lines: [HelpLine] = []
        for context in KeyContext.allCases {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(context.rawValue))
            for binding in bindings where binding.contexts.contains(context) {
                lines.append(.binding(keys: binding.label, summary: binding.summary))
            }
        }
        lines.append(.blank)
        lines.append(.heading("Mouse"))
        lines.append(.binding(keys: "wheel", summary: "scroll the list or the column under the pointer"))
        lines.append(.binding(keys: "click", summary: "select a list entry or focus a column"))
        return lines
    }
}
