/// Everything a key can ask kutip to do.
public enum Action: Hashable, Sendable {
    case moveDown, moveUp, halfPageDown, halfPageUp, pageDown, pageUp, top, bottom
    case openAlone, openBeside, closeColumn
    case nextColumn, previousColumn
    case nextQuote, previousQuote, nextEntity, previousEntity
    case filter, search, clear
    case help, quit, back, redraw
    case acceptSpeaker, pickSpeaker, notAQuotation, undo, redo, speakersScreen
    case cycleKind, growQuoteEnd, shrinkQuoteEnd, growQuoteStart, shrinkQuoteStart
    case markWords, cycleEntityType, removeEntity, command
    /// Curation (`--compare`): the next or previous disagreement; take annotator N's tag (1–9).
    case nextDisagreement, previousDisagreement, takeAnnotator
}

/// Where a key binding applies.
public enum KeyContext: String, Hashable, Sendable, CaseIterable {
    case library = "Library"
    case reader = "Reader"
    case speakers = "Speakers"
    case help = "Help"
}
