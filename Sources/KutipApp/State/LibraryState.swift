import KutipCore

/// What the library shows of one article: read when its row is first drawn or searched.
public struct ArticleSummary: Sendable, Equatable {
    public var title: String
    public var outlet: String?
    public var wordCount: Int
    /// Quotations the annotator has given a speaker.
    public var taggedCount: Int
    public var entityCount: Int
    public var quoteCount: Int
    /// Why the article cannot be shown, if it cannot.
    public var problem: ArticleProblem?
    /// Lower-cased words to filter on: title, outlet, file name and entity names.
    var searchText: String
    /// The people the article names, for the corpus's alias groups.
    var people: [PersonAliases.Mention] = []
    /// False while only the article's text has been read: its counts are not known yet.
    public var isAnalysed = true
    /// With `--compare`: the quotations the annotators disagree on, and how many of them the
    /// curator has not tagged yet.
    public var disagreements = 0
    public var disagreementsLeft = 0
}

/// The article list: cursor, scroll position and the `/` filter.
public struct LibraryState: Sendable {
    /// Indices into the corpus's entries that the filter lets through, in list order.
    public private(set) var visible: [Int]
    public var cursor = 0
    public var top = 0
    public private(set) var filter = ""

    init(entryCount: Int) {
        visible = Array(0..<entryCount)
    }

    /// The entry index under the cursor, if the list is not empty.
    public var selectedEntry: Int? { visible.indices.contains(cursor) ? visible[cursor] : nil }

    mutating func apply(filter newFilter: String, matching: (Int) -> Bool, entryCount: Int) {
        let current = selectedEntry
        filter = newFilter
        visible = newFilter.isEmpty ? Array(0..<entryCount) : (0..<entryCount).filter(matching)
        cursor = current.flatMap { visible.firstIndex(of: $0) } ?? 0
        top = 0
    }

    mutating func move(by delta: Int, pageHeight: Int) {
        guard !visible.isEmpty else { return }
        cursor = min(max(0, cursor + delta), visible.count - 1)
        keepCursorVisible(pageHeight: pageHeight)
    }

    mutating func keepCursorVisible(pageHeight: Int) {
        let page = max(1, pageHeight)
        if cursor < top { top = cursor }
        if cursor >= top + page { top = cursor - page + 1 }
        top = max(0, min(top, max(0, visible.count - page)))
    }
}
