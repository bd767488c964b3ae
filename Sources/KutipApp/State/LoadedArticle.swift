import KutipCore

/// An article that has been read, with its analysis and its text wrapped for the widths it is
/// shown at (computed when a key or a resize changes the width, never while drawing), each
/// quotation followed by a line for its label.
public struct LoadedArticle: Sendable {
    public let article: Article
    public let analysis: ArticleAnalysis
    /// What is suggested: analysis with what was learned from the annotator's tags
    /// (`LearnedSuggestions`); analysis itself until `learn` is called.
    public private(set) var suggestions: ArticleAnalysis
    /// The `LearnedSuggestions.revision` that `suggestions` were made with; nil when not yet.
    var learnedRevision: Int?
    /// Kept for learning again after each change: the article's words, and the quotations last
    /// found over learned entities.
    var learnedWords: LearnedSuggestions.Words?
    var requoted: (entities: [EntitySpan], quotes: [QuoteSpan]?)?
    /// The quotations shown: the suggested ones, corrected and added to by the annotator's tags.
    public private(set) var quotations: [Quotation]
    /// The entities shown: the suggested ones, as the annotator corrected them.
    public private(set) var entities: [EntitySpan]
    /// Quotations other annotators tagged that analysis missed (`--compare`): shown as
    /// suggestions, so that the curator sees and can take them.
    public let proposals: [QuoteSpan]
    private(set) var layouts: [Int: [VisualLine]] = [:]

    public init(article: Article, analysis: ArticleAnalysis, tags: ArticleAnnotations? = nil, proposals: [QuoteSpan] = []) {
        self.article = article
        self.analysis = analysis
        self.proposals = proposals
        suggestions = analysis
        quotations = Quotation.merge(suggested: Self.withProposals(analysis.quotes, proposals), tags: tags)
        entities = CorrectedEntities.apply(tags?.entities ?? [], to: analysis.entities)
    }

    /// The suggested quotations and, with `--compare`, those only other annotators found.
    private static func withProposals(_ quotes: [QuoteSpan], _ proposals: [QuoteSpan]) -> [QuoteSpan] {
        guard !proposals.isEmpty else { return quotes }
        let extra = proposals.filter { proposal in !quotes.contains { QuotationOverlap.matches($0.range, proposal.range) } }
        return (quotes + extra).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    /// Takes suggestions with what was learned (made at `revision`) and the tags as they are now.
    mutating func learn(_ suggestions: ArticleAnalysis, revision: Int?, tags: ArticleAnnotations?) {
        self.suggestions = suggestions
        learnedRevision = revision
        update(tags: tags)
    }

    /// Takes the annotator's tags as they are now; the label lines move with the quotations.
    mutating func update(tags: ArticleAnnotations?) {
        entities = CorrectedEntities.apply(tags?.entities ?? [], to: suggestions.entities)
        let merged = Quotation.merge(suggested: Self.withProposals(suggestions.quotes, proposals), tags: tags)
        guard merged != quotations else { return }
        quotations = merged
        layouts.removeAll()
    }

    /// The wrapped lines at `width`, from the cache or wrapped now.
    public func lines(width: Int) -> [VisualLine] {
        layouts[width] ?? layout(width: width)
    }

    /// Wraps the text for `width` unless done already. Keeps only a few widths: one per column
    /// count the user switches between.
    mutating func prepare(width: Int) {
        guard layouts[width] == nil else { return }
        if layouts.count >= 4 { layouts.removeAll() }
        layouts[width] = layout(width: width)
    }

    private func layout(width: Int) -> [VisualLine] {
        QuoteLabelLines.inserting(labelsOf: quotations.map(\.range), into: TextWrapper.wrap(article.scalars, width: width))
    }

    /// The index of the visual line that holds offset `offset`.
    public func lineIndex(of offset: Int, width: Int) -> Int {
        let lines = lines(width: width)
        var low = 0, high = lines.count - 1, found = 0
        while low <= high {
            let mid = (low + high) / 2
            if lines[mid].start <= offset {
                found = mid
                low = mid + 1
            } else {
                high = mid - 1
            }
        }
        return found
    }
}
