import KutipCore

/// Tagging quotations with their speakers: accept a suggestion, pick a speaker, say a span is
/// no quotation, undo and redo. Every change goes through `commit`, which records it for undo
/// and queues the saves (`AnnotationState.outbox`) that the terminal makes in the background.
extension AppState {
    /// The focused column's selected quotation.
    struct QuoteSelection {
        let article: LoadedArticle
        let index: Int
        var quote: QuoteSpan { article.analysis.quotes[index] }
        var id: ArticleID { article.article.id }
    }

    var selectedQuotation: QuoteSelection? {
        guard let column = reader.focusedColumn, let selected = column.selectedQuote,
              let article = loaded[column.articleID], article.analysis.quotes.indices.contains(selected) else { return nil }
        return QuoteSelection(article: article, index: selected)
    }

    /// The selected quotation, or why tagging cannot happen now (said in the status line).
    mutating func quotationToTag() -> QuoteSelection? {
        guard let selection = selectedQuotation else {
            message = "Select a quotation first (n / N)"
            return nil
        }
        guard annotations.store != nil else {
            message = "No annotation store is open: tags cannot be kept"
            return nil
        }
        if let problem = annotations.problems[selection.id] ?? annotations.problems[AnnotationState.registryID] {
            message = problem
            return nil
        }
        return selection
    }

    /// The annotator's tags on an article (empty when none yet).
    func tags(of article: Article) -> ArticleAnnotations {
        annotations.articles[article.id]
            ?? ArticleAnnotations(article: article.id.rawValue, fingerprint: article.fingerprint.description, annotator: annotator)
    }

    /// The tag on one of an article's suggested quotations.
    public func tag(on quote: QuoteSpan, in article: Article) -> QuoteTag? {
        guard let tags = annotations.articles[article.id], let index = tags.tagIndex(for: quote) else { return nil }
        return tags.quotes[index]
    }

    /// `a`: tags the selected quotation with its suggested speaker.
    mutating func acceptSuggestion() {
        guard let selection = quotationToTag() else { return }
        guard let suggestion = selection.quote.speaker else {
            message = "No speaker is suggested for this quotation: s picks one"
            return
        }
        let name = people.canonicalName(of: suggestion.name, in: selection.id.rawValue)
        var registry = annotations.speakers
        let speakerID = registry.speakerID(forName: name)
        // A name the text gives (not a pronoun) is remembered as one of the speaker's names.
        if let mention = suggestion.mention,
           selection.article.analysis.entities.contains(where: { $0.type == .person && $0.range == mention }) {
            let written = selection.article.article.text(from: mention.lowerBound, to: mention.upperBound)
            if PersonName(written)?.key != PersonName(name)?.key { registry.add(alias: written, to: speakerID) }
        }
        tag(selection, speaker: speakerID, registry: registry)
    }

    /// Tags the selection with a speaker (already in `registry`).
    mutating func tag(_ selection: QuoteSelection, speaker speakerID: String, registry: SpeakerRegistry) {
        var after = tags(of: selection.article.article)
        let quote = selection.quote
        if let index = after.tagIndex(for: quote) {
            after.quotes[index].speaker = speakerID
            after.quotes[index].notAQuotation = false
        } else {
            after.quotes.append(QuoteTag(anchor: TextAnchor(quote.range, in: selection.article.article.scalars),
                                         kind: quote.kind, speaker: speakerID))
        }
        after.normalise()
        let name = registry.speaker(id: speakerID)?.name ?? speakerID
        commit(selection, after: after, registry: registry, summary: "Tagged \(Self.excerpt(selection)) as \(name)")
    }

    /// `d`: says the selected span is no quotation (scare quotes, a title), or takes that back.
    mutating func toggleNotAQuotation() {
        guard let selection = quotationToTag() else { return }
        var after = tags(of: selection.article.article)
        let quote = selection.quote
        let summary: String
        if let index = after.tagIndex(for: quote), after.quotes[index].notAQuotation {
            after.quotes.remove(at: index)
            summary = "\(Self.excerpt(selection)) is a quotation again"
        } else {
            if let index = after.tagIndex(for: quote) { after.quotes.remove(at: index) }
            after.quotes.append(QuoteTag(anchor: TextAnchor(quote.range, in: selection.article.article.scalars),
                                         kind: quote.kind, speaker: nil, notAQuotation: true))
            summary = "Marked \(Self.excerpt(selection)) as not a quotation"
        }
        after.normalise()
        commit(selection, after: after, registry: annotations.speakers, summary: summary)
    }

    private mutating func commit(_ selection: QuoteSelection, after: ArticleAnnotations, registry: SpeakerRegistry, summary: String) {
        let before = tags(of: selection.article.article)
        let speakersChanged = registry != annotations.speakers
        let edit = TagEdit(articleID: selection.id, before: before, after: after,
                           speakersBefore: speakersChanged ? annotations.speakers : nil,
                           speakersAfter: speakersChanged ? registry : nil, summary: summary)
        guard before != after || speakersChanged else { return }
        annotations.apply(edit, undoing: false)
        annotations.undoStack.append(edit)
        annotations.redoStack.removeAll()
        refreshTaggedCount(of: selection.id)
        message = summary
    }

    /// `u`: undoes the last change, in whichever article it was.
    mutating func undo() {
        guard let edit = annotations.undoStack.popLast() else {
            message = "Nothing to undo"
            return
        }
        annotations.apply(edit, undoing: true)
        annotations.redoStack.append(edit)
        refreshTaggedCount(of: edit.articleID)
        message = "Undone: \(edit.summary)"
    }

    /// Ctrl-R: does again the last change undone.
    mutating func redo() {
        guard let edit = annotations.redoStack.popLast() else {
            message = "Nothing to redo"
            return
        }
        annotations.apply(edit, undoing: false)
        annotations.undoStack.append(edit)
        refreshTaggedCount(of: edit.articleID)
        message = "Redone: \(edit.summary)"
    }

    private mutating func refreshTaggedCount(of id: ArticleID) {
        summaries[id]?.taggedCount = annotations.articles[id]?.taggedCount ?? 0
    }

    /// The first words of the selected quotation, for messages.
    static func excerpt(_ selection: QuoteSelection) -> String {
        let text = selection.article.article.text(from: selection.quote.start, to: selection.quote.end)
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        return "“" + words.prefix(4).joined(separator: " ") + (words.count > 4 ? "…" : "") + "”"
    }

    // MARK: Saving

    /// The saves queued since the last call, oldest first, for the terminal to make in order.
    public mutating func takeWrites() -> [StoreWrite] {
        defer { annotations.outbox.removeAll() }
        return annotations.outbox
    }

    /// The terminal reports a save done (error nil) or failed.
    public mutating func finishedWrite(_ sequence: Int, error: String?) {
        if let error {
            annotations.saveFailure = error
            message = error
        } else {
            annotations.savedThrough = max(annotations.savedThrough, sequence)
            if annotations.savedThrough >= annotations.nextSequence - 1 { annotations.saveFailure = nil }
        }
    }
}
