import KutipCore

/// Tagging quotations with their speakers: accept a suggestion, pick a speaker, say a span is
/// no quotation, change a quotation's kind or span, undo and redo. Every change goes through
/// `commit`, which records it for undo and queues the saves (`AnnotationState.outbox`) that the
/// terminal makes in the background.
extension AppState {
    /// The focused column's selected quotation.
    struct QuoteSelection {
        let article: LoadedArticle
        let index: Int
        var quotation: Quotation { article.quotations[index] }
        var id: ArticleID { article.article.id }
    }

    var selectedQuotation: QuoteSelection? {
        guard let column = reader.focusedColumn, let selected = column.selectedQuote,
              let article = loaded[column.articleID], article.quotations.indices.contains(selected) else { return nil }
        return QuoteSelection(article: article, index: selected)
    }

    /// The selected quotation, or why tagging cannot happen now (said in the status line).
    mutating func quotationToTag() -> QuoteSelection? {
        guard let selection = selectedQuotation else {
            message = "Select a quotation first (n / N)"
            return nil
        }
        return canTag(selection.id) ? selection : nil
    }

    /// Whether the article's tags can be changed; if not, the status line says why.
    mutating func canTag(_ id: ArticleID) -> Bool {
        guard annotations.store != nil else {
            message = "No annotation store is open: tags cannot be kept"
            return false
        }
        if let problem = annotations.problems[id] ?? annotations.problems[AnnotationState.registryID] {
            message = problem
            return false
        }
        return true
    }

    /// The annotator's tags on an article (empty when none yet).
    func tags(of article: Article) -> ArticleAnnotations {
        annotations.articles[article.id]
            ?? ArticleAnnotations(article: article.id.rawValue, fingerprint: article.fingerprint.description, annotator: annotator)
    }

    /// The selection's tag in `tags`, made (with no speaker yet) when it has none.
    private func tagIndex(of selection: QuoteSelection, in tags: inout ArticleAnnotations) -> Int {
        if let index = selection.quotation.tagIndex, tags.quotes.indices.contains(index) { return index }
        let quotation = selection.quotation
        tags.quotes.append(QuoteTag(anchor: TextAnchor(quotation.range, in: selection.article.article.scalars),
                                    kind: quotation.kind, speaker: nil))
        return tags.quotes.count - 1
    }

    /// `a`: tags the selected quotation with its suggested speaker.
    mutating func acceptSuggestion() {
        guard let selection = quotationToTag() else { return }
        guard let suggestion = selection.quotation.suggestion?.speaker else {
            message = "No speaker is suggested for this quotation: s picks one"
            return
        }
        let name = suggestedName(suggestion.name, in: selection.id)
        var registry = annotations.speakers
        let speakerID = registry.speakerID(forName: name)
        // A name the text gives (not a pronoun) is remembered as one of the speaker's names.
        if let mention = suggestion.mention,
           selection.article.entities.contains(where: { $0.type == .person && $0.range == mention }) {
            let written = selection.article.article.text(from: mention.lowerBound, to: mention.upperBound)
            if PersonName(written)?.key != PersonName(name)?.key { registry.add(alias: written, to: speakerID) }
        }
        tag(selection, speaker: speakerID, registry: registry)
    }

    /// Tags the selection with a speaker (already in `registry`).
    mutating func tag(_ selection: QuoteSelection, speaker speakerID: String, registry: SpeakerRegistry) {
        var after = tags(of: selection.article.article)
        let index = tagIndex(of: selection, in: &after)
        after.quotes[index].speaker = speakerID
        after.quotes[index].notAQuotation = false
        let name = registry.speaker(id: speakerID)?.name ?? speakerID
        commit(selection, after: after, registry: registry, keep: after.quotes[index].range,
               summary: "Tagged \(Self.excerpt(selection)) as \(name)")
    }

    /// `d`: says the selected span is no quotation (scare quotes, a title), or takes that back;
    /// on a quotation the annotator added, removes it.
    mutating func toggleNotAQuotation() {
        guard let selection = quotationToTag() else { return }
        var after = tags(of: selection.article.article)
        let quotation = selection.quotation
        let summary: String
        if let index = quotation.tagIndex, quotation.suggestion == nil || after.quotes[index].notAQuotation {
            after.quotes.remove(at: index)
            summary = quotation.suggestion == nil ? "Removed the quotation \(Self.excerpt(selection))"
                : "\(Self.excerpt(selection)) is a quotation again"
        } else {
            let index = tagIndex(of: selection, in: &after)
            after.quotes[index].notAQuotation = true
            after.quotes[index].speaker = nil
            summary = "Marked \(Self.excerpt(selection)) as not a quotation"
        }
        commit(selection, after: after, registry: annotations.speakers, keep: quotation.range, summary: summary)
    }

    /// `K`: the selected quotation's kind, next in the order direct, partial, unmarked, indirect.
    mutating func cycleKind() {
        guard let selection = quotationToTag() else { return }
        var after = tags(of: selection.article.article)
        let index = tagIndex(of: selection, in: &after)
        let kinds = QuoteKind.allCases
        let next = kinds[(kinds.firstIndex(of: after.quotes[index].kind)! + 1) % kinds.count]
        after.quotes[index].kind = next
        commit(selection, after: after, registry: annotations.speakers, keep: after.quotes[index].range,
               summary: "\(Self.excerpt(selection)) is \(next.rawValue)")
    }

    /// Which end of a quotation a span edit moves, and which way.
    enum SpanEdit { case growEnd, shrinkEnd, growStart, shrinkStart }

    /// `>` `<` `{` `}`: the selected quotation's end or start, a word further or back.
    mutating func editSpan(_ edit: SpanEdit) {
        guard let selection = quotationToTag() else { return }
        let scalars = selection.article.article.scalars
        var range = selection.quotation.range
        switch edit {
        case .growEnd: range = range.lowerBound..<WordSteps.nextWordEnd(after: range.upperBound, in: scalars)
        case .shrinkEnd: range = range.lowerBound..<WordSteps.previousWordEnd(before: range.upperBound, in: scalars, above: range.lowerBound)
        case .growStart: range = WordSteps.previousWordStart(before: range.lowerBound, in: scalars)..<range.upperBound
        case .shrinkStart: range = WordSteps.nextWordStart(after: range.lowerBound, in: scalars, below: range.upperBound)..<range.upperBound
        }
        guard range != selection.quotation.range, !range.isEmpty else {
            message = "The quotation cannot be made shorter or longer that way"
            return
        }
        var after = tags(of: selection.article.article)
        let index = tagIndex(of: selection, in: &after)
        after.quotes[index].anchor = TextAnchor(range, in: scalars)
        commit(selection, after: after, registry: annotations.speakers, keep: range,
               summary: "The quotation is now \(Self.excerpt(text: selection.article.article.text(from: range.lowerBound, to: range.upperBound)))")
    }

    private mutating func commit(_ selection: QuoteSelection, after: ArticleAnnotations, registry: SpeakerRegistry,
                                 keep: Range<Int>, summary: String) {
        commit(selection.article.article, after: after, registry: registry, keep: keep, summary: summary)
    }

    /// Records and applies a change; the selection stays on the quotation at `keep`.
    mutating func commit(_ article: Article, after: ArticleAnnotations, registry: SpeakerRegistry,
                                 keep: Range<Int>?, summary: String) {
        var after = after
        after.normalise()
        let before = tags(of: article)
        let speakersChanged = registry != annotations.speakers
        guard before != after || speakersChanged else { return }
        let edit = TagEdit(articleID: article.id, before: before, after: after,
                           speakersBefore: speakersChanged ? annotations.speakers : nil,
                           speakersAfter: speakersChanged ? registry : nil, summary: summary)
        annotations.apply(edit, undoing: false)
        annotations.undoStack.append(edit)
        annotations.redoStack.removeAll()
        refreshArticle(article.id)
        if let keep, let column = reader.columns.firstIndex(where: { $0.articleID == article.id }), let shown = loaded[article.id] {
            reader.columns[column].selectedQuote = shown.quotations.firstIndex { $0.range == keep } ?? reader.columns[column].selectedQuote
        }
        message = summary
    }

    /// Enter on selected words: a quotation analysis missed, direct when quotation marks are
    /// right around it, else indirect (K changes it); then selected, to be given a speaker.
    mutating func addQuotation(_ range: Range<Int>, in article: LoadedArticle) {
        guard canTag(article.article.id) else { return }
        let scalars = article.article.scalars
        let opening: Set<Unicode.Scalar> = ["“", "\"", "«", "‘", "”"]
        let marked = range.lowerBound > 0 && opening.contains(scalars[range.lowerBound - 1])
        var after = tags(of: article.article)
        after.quotes.append(QuoteTag(anchor: TextAnchor(range, in: scalars), kind: marked ? .direct : .indirect, speaker: nil))
        commit(article.article, after: after, registry: annotations.speakers, keep: range,
               summary: "Added the quotation \(Self.excerpt(text: article.article.text(from: range.lowerBound, to: range.upperBound))): a or s gives it a speaker")
    }

    /// 1–4 on selected words, `t` and `D` on a selected entity: the entity at `range` is of
    /// `type`, or (nil) no entity at all.
    mutating func correctEntity(at range: Range<Int>, to type: EntityType?, in article: LoadedArticle) {
        guard canTag(article.article.id) else { return }
        var after = tags(of: article.article)
        after.entities.removeAll { $0.range == range }
        after.entities.append(EntityCorrection(anchor: TextAnchor(range, in: article.article.scalars), type: type))
        let words = article.article.text(from: range.lowerBound, to: range.upperBound)
        commit(article.article, after: after, registry: annotations.speakers, keep: nil,
               summary: type.map { "\(words) is \($0.rawValue)" } ?? "\(words) is not an entity")
        if let selected = reader.selectedEntity, selected.start == range.lowerBound, selected.end == range.upperBound {
            if let type { reader.selectedEntity?.type = type } else { reader.selectedEntity = nil }
        }
    }

    /// `t`: the selected entity's type, next in PER, LOC, ORG, MISC.
    mutating func cycleEntityType() {
        guard let selected = reader.selectedEntity, let article = loaded[selected.articleID] else {
            message = "Select an entity first (e / E)"
            return
        }
        let types = EntityType.allCases
        let next = types[(types.firstIndex(of: selected.type)! + 1) % types.count]
        correctEntity(at: selected.start..<selected.end, to: next, in: article)
    }

    /// `D`: the selected entity is no entity.
    mutating func removeEntity() {
        guard let selected = reader.selectedEntity, let article = loaded[selected.articleID] else {
            message = "Select an entity first (e / E)"
            return
        }
        correctEntity(at: selected.start..<selected.end, to: nil, in: article)
    }

    /// `u`: undoes the last change, in whichever article it was.
    mutating func undo() {
        guard let edit = annotations.undoStack.popLast() else {
            message = "Nothing to undo"
            return
        }
        annotations.apply(edit, undoing: true)
        annotations.redoStack.append(edit)
        refreshArticle(edit.articleID)
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
        refreshArticle(edit.articleID)
        message = "Redone: \(edit.summary)"
    }

    /// After a change to an article's tags: its shown quotations, and the library's counts.
    private mutating func refreshArticle(_ id: ArticleID) {
        learnFromTags(of: id)
        let tags = annotations.articles[id]
        loaded[id]?.update(tags: tags)
        summaries[id]?.taggedCount = tags?.taggedCount ?? 0
        if let article = loaded[id] {
            summaries[id]?.quoteCount = article.quotations.filter { $0.tag?.notAQuotation != true }.count
            countDisagreements(in: article)
            for column in reader.columns.indices where reader.columns[column].articleID == id {
                if let selected = reader.columns[column].selectedQuote, selected >= article.quotations.count {
                    reader.columns[column].selectedQuote = article.quotations.isEmpty ? nil : article.quotations.count - 1
                }
            }
        }
    }

    /// The first words of the selected quotation, for messages.
    static func excerpt(_ selection: QuoteSelection) -> String {
        excerpt(text: selection.article.article.text(from: selection.quotation.start, to: selection.quotation.end))
    }

    static func excerpt(text: String) -> String {
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
