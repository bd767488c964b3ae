import KutipGrid

/// One line of the key table: the keys, where they work, what they do. The same table binds the
/// keys and writes the help screen, so the two cannot drift apart (as in tig and newsboat).
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the keys are written in the help: `j ↓`.
    public let label: String
    public let contexts: [KeyContext]
    public let action: Action
    public let summary: String
}

/// The key table. DESIGN.md fixes the less/vim keys that users and tests rely on.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.character("j"), .down, .control("n")], label: "j ↓", contexts: [.library],
                   action: .moveDown, summary: "next article"),
        KeyBinding(keys: [.character("k"), .up, .control("p")], label: "k ↑", contexts: [.library],
                   action: .moveUp, summary: "previous article"),
        KeyBinding(keys: [.character("j"), .down, .control("n")], label: "j ↓", contexts: [.speakers],
                   action: .moveDown, summary: "next quotation"),
        KeyBinding(keys: [.character("k"), .up, .control("p")], label: "k ↑", contexts: [.speakers],
                   action: .moveUp, summary: "previous quotation"),
        KeyBinding(keys: [.character("j"), .down, .control("n")], label: "j ↓", contexts: [.reader, .help],
                   action: .moveDown, summary: "scroll down a line"),
        KeyBinding(keys: [.character("k"), .up, .control("p")], label: "k ↑", contexts: [.reader, .help],
                   action: .moveUp, summary: "scroll up a line"),
        KeyBinding(keys: [.pageDown, .character(" "), .control("f")], label: "PgDn Space", contexts: [.library, .reader, .speakers, .help],
                   action: .pageDown, summary: "page down"),
        KeyBinding(keys: [.pageUp, .character("b"), .control("b")], label: "PgUp b", contexts: [.library, .reader, .speakers, .help],
                   action: .pageUp, summary: "page up"),
        KeyBinding(keys: [.control("d")], label: "Ctrl-D", contexts: [.library, .reader, .help],
                   action: .halfPageDown, summary: "half a page down"),
        KeyBinding(keys: [.control("u")], label: "Ctrl-U", contexts: [.library, .reader, .help],
                   action: .halfPageUp, summary: "half a page up"),
        KeyBinding(keys: [.character("g"), .home], label: "g Home", contexts: [.library, .reader, .speakers, .help],
                   action: .top, summary: "go to the top"),
        KeyBinding(keys: [.character("G"), .end], label: "G End", contexts: [.library, .reader, .speakers, .help],
                   action: .bottom, summary: "go to the end"),
        KeyBinding(keys: [.enter], label: "Enter", contexts: [.library],
                   action: .openAlone, summary: "open the article alone in the reader"),
        KeyBinding(keys: [.character("v")], label: "v", contexts: [.library],
                   action: .openBeside, summary: "open the article beside the open ones (up to 4)"),
        KeyBinding(keys: [.enter], label: "Enter", contexts: [.speakers],
                   action: .openAlone, summary: "show the quotation in its article"),
        KeyBinding(keys: [.character("S")], label: "S", contexts: [.library, .reader],
                   action: .speakersScreen, summary: "the Speakers screen: every speaker and their quotations"),
        KeyBinding(keys: [.tab, .character("l"), .right], label: "Tab l →", contexts: [.reader, .speakers],
                   action: .nextColumn, summary: "focus the next column"),
        KeyBinding(keys: [.backTab, .character("h"), .left], label: "S-Tab h ←", contexts: [.reader, .speakers],
                   action: .previousColumn, summary: "focus the previous column"),
        KeyBinding(keys: [.character("n")], label: "n", contexts: [.reader],
                   action: .nextQuote, summary: "next quotation (next match after a search)"),
        KeyBinding(keys: [.character("N")], label: "N", contexts: [.reader],
                   action: .previousQuote, summary: "previous quotation (previous match after a search)"),
        KeyBinding(keys: [.character("e")], label: "e", contexts: [.reader],
                   action: .nextEntity, summary: "select the next entity: lit in every column"),
        KeyBinding(keys: [.character("E")], label: "E", contexts: [.reader],
                   action: .previousEntity, summary: "select the previous entity"),
        KeyBinding(keys: [.character("x")], label: "x", contexts: [.reader],
                   action: .closeColumn, summary: "close the focused column"),
        KeyBinding(keys: [.character("a")], label: "a", contexts: [.reader],
                   action: .acceptSpeaker, summary: "tag the selected quotation with the suggested speaker"),
        KeyBinding(keys: [.character("s")], label: "s", contexts: [.reader],
                   action: .pickSpeaker, summary: "pick the selected quotation's speaker (type to filter)"),
        KeyBinding(keys: [.character("d")], label: "d", contexts: [.reader],
                   action: .notAQuotation, summary: "mark the selected span as not a quotation (again: undo that)"),
        KeyBinding(keys: [.character("K")], label: "K", contexts: [.reader],
                   action: .cycleKind, summary: "change the selected quotation's kind (direct, partial, unmarked, indirect)"),
        KeyBinding(keys: [.character(">")], label: ">", contexts: [.reader],
                   action: .growQuoteEnd, summary: "the selected quotation ends a word later"),
        KeyBinding(keys: [.character("<")], label: "<", contexts: [.reader],
                   action: .shrinkQuoteEnd, summary: "the selected quotation ends a word earlier"),
        KeyBinding(keys: [.character("{")], label: "{", contexts: [.reader],
                   action: .growQuoteStart, summary: "the selected quotation starts a word earlier"),
        KeyBinding(keys: [.character("}")], label: "}", contexts: [.reader],
                   action: .shrinkQuoteStart, summary: "the selected quotation starts a word later"),
        KeyBinding(keys: [.character("m")], label: "m", contexts: [.reader],
                   action: .markWords, summary: "select words (w b move; Enter: a quotation; 1-4: PER LOC ORG MISC entity)"),
        KeyBinding(keys: [.character("t")], label: "t", contexts: [.reader],
                   action: .cycleEntityType, summary: "change the selected entity's type"),
        KeyBinding(keys: [.character("D")], label: "D", contexts: [.reader],
                   action: .removeEntity, summary: "the selected entity is not an entity"),
        KeyBinding(keys: [.character("u")], label: "u", contexts: [.library, .reader, .speakers],
                   action: .undo, summary: "undo the last change to the tags, in any article"),
        KeyBinding(keys: [.control("r")], label: "Ctrl-R", contexts: [.library, .reader, .speakers],
                   action: .redo, summary: "redo what was undone"),
        KeyBinding(keys: [.character(":")], label: ":", contexts: [.library, .reader],
                   action: .command, summary: "a command: :export FORMAT [PATH] writes the tags (json, csv, brat… as kutip export)"),
        KeyBinding(keys: [.character("/")], label: "/", contexts: [.library],
                   action: .filter, summary: "filter the list by any word, outlet or entity"),
        KeyBinding(keys: [.character("/")], label: "/", contexts: [.reader],
                   action: .search, summary: "search the text of the focused column"),
        KeyBinding(keys: [.escape], label: "Esc", contexts: [.library, .reader],
                   action: .clear, summary: "clear the filter, search or selection"),
        KeyBinding(keys: [.character("?"), .function(1)], label: "? F1", contexts: [.library, .reader, .speakers],
                   action: .help, summary: "this help"),
        KeyBinding(keys: [.control("l")], label: "Ctrl-L", contexts: [.library, .reader, .speakers, .help],
                   action: .redraw, summary: "redraw the screen"),
        KeyBinding(keys: [.character("q"), .escape, .character("?")], label: "q Esc ?", contexts: [.help],
                   action: .back, summary: "close the help"),
        KeyBinding(keys: [.character("q"), .escape], label: "q Esc", contexts: [.speakers],
                   action: .back, summary: "back to where S was pressed"),
        KeyBinding(keys: [.character("q")], label: "q", contexts: [.reader],
                   action: .back, summary: "back to the library (the columns stay open)"),
        KeyBinding(keys: [.character("q")], label: "q", contexts: [.library],
                   action: .quit, summary: "quit kutip"),
    ]

    /// The action bound to `key` where the user is, if any.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        bindings.first { $0.contexts.contains(context) && $0.keys.contains(key) }?.action
    }
}
