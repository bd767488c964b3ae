import KutipCore

/// One article column in the reader.
public struct ReaderColumn: Sendable, Equatable {
    public let articleID: ArticleID
    /// The first visual line shown.
    public var scroll = 0
    /// The selected quotation, as an index into the article's quotes.
    public var selectedQuote: Int?

    public init(articleID: ArticleID) { self.articleID = articleID }
}

/// The reader: up to four columns side by side, one of them focused.
public struct ReaderState: Sendable {
    public static let maximumColumns = 4
    public var columns: [ReaderColumn] = []
    public var focus = 0
    /// The entity whose mentions are lit in every column: its text, compared case-insensitively.
    public var selectedEntity: SelectedEntity?
    /// The last text search, whose matches are marked and which `n`/`N` step through until Esc.
    public var search: String?
    /// The search match last shown, where a word selection (`m`) starts.
    public var lastMatch: Range<Int>?
    /// Words being selected in the focused column (`m`), to add a quotation or an entity.
    public var mark: WordMark?

    public var focusedColumn: ReaderColumn? { columns.indices.contains(focus) ? columns[focus] : nil }
}

/// An entity picked in one column, lit wherever the same name occurs, and for a person
/// wherever any of their names does (`PersonAliases`).
public struct SelectedEntity: Sendable, Equatable {
    public var articleID: ArticleID
    public var start: Int
    public var end: Int
    public var type: EntityType
    /// The entity's text, lower-cased.
    public var key: String
    /// For a person: the folded keys of all their spellings across the corpus.
    public var personKeys: Set<String>

    /// Whether an entity with this text and type is a mention of the selected one.
    public func matches(text: String, type: EntityType) -> Bool {
        if type == .person, self.type == .person, let name = PersonName(text) { return personKeys.contains(name.key) }
        return text.lowercased() == key
    }
}

/// A selection of whole words in one article: from the word it started on to the word the
/// head is on now (either side of it).
public struct WordMark: Sendable, Equatable {
    public let articleID: ArticleID
    public var anchor: Range<Int>
    public var head: Range<Int>

    public var range: Range<Int> { min(anchor.lowerBound, head.lowerBound)..<max(anchor.upperBound, head.upperBound) }
}
