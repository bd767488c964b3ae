import KutipCore

/// Curation (`kutip --compare ana,budi --annotator curated`): stepping through the quotations
/// the annotators disagree on and taking one annotator's tag into the curator's own. The
/// compared annotators' files are only read; every change goes to the curator's tags through
/// `commit`, so it is undone, redone and saved like any other.
extension AppState {
    /// The focused column's quotations the annotators disagree on, as indices into its quotations.
    func disagreements(in article: LoadedArticle) -> [Int] {
        guard let compared else { return [] }
        return article.quotations.indices.filter { compared.disagree(on: article.quotations[$0].range, in: article.article.id) }
    }

    /// `]` and `[`: the next (or previous) disagreement the curator has not tagged yet.
    mutating func stepDisagreement(forward: Bool) {
        guard compared != nil else {
            message = "Not comparing annotators: start kutip with --compare NAME,NAME"
            return
        }
        let index = reader.focus
        guard reader.columns.indices.contains(index), let article = loaded[reader.columns[index].articleID] else { return }
        let all = disagreements(in: article)
        let open = all.filter { article.quotations[$0].tag == nil }
        guard !open.isEmpty else {
            message = all.isEmpty ? "The annotators agree on every quotation here"
                : "All \(all.count) disagreement\(all.count == 1 ? "" : "s") here are curated"
            return
        }
        let current = reader.columns[index].selectedQuote
        let top = firstVisibleOffset(inColumn: index)
        let target: Int?
        if let current {
            target = forward ? open.first { $0 > current } : open.last { $0 < current }
        } else {
            target = forward ? open.first { article.quotations[$0].end > top } : open.last { article.quotations[$0].start < top }
        }
        guard let target else {
            message = forward ? "No disagreement left to curate below (\(open.count) above)"
                : "No disagreement left to curate above (\(open.count) below)"
            return
        }
        reader.columns[index].selectedQuote = target
        reveal(offset: article.quotations[target].start, inColumn: index)
        let position = (open.firstIndex(of: target) ?? 0) + 1
        message = "Disagreement \(position) of \(open.count) left to curate (\(all.count) in all): 1-\(compared!.annotators.count) takes a side"
    }

    /// `1`–`9`: the selected quotation as annotator `number` (from 0) tagged it — its span,
    /// kind and speaker (with the speaker's other names) — or, when they did not take it for a
    /// quotation, marked as none.
    mutating func takeVerdict(ofAnnotator number: Int) {
        guard let compared else {
            message = "Not comparing annotators: start kutip with --compare NAME,NAME"
            return
        }
        guard compared.annotators.indices.contains(number) else {
            message = "There \(compared.annotators.count == 1 ? "is one annotator" : "are \(compared.annotators.count) annotators") to take from: 1-\(compared.annotators.count)"
            return
        }
        guard let selection = quotationToTag() else { return }
        let annotator = compared.annotators[number]
        let verdict = compared.verdicts(on: selection.quotation.range, in: selection.id)[number]
        let article = selection.article.article
        var after = tags(of: article)
        if let index = selection.quotation.tagIndex, after.quotes.indices.contains(index) { after.quotes.remove(at: index) }
        var registry = annotations.speakers
        let keep: Range<Int>
        let summary: String
        switch verdict {
        case let .quotation(range, kind, speaker):
            var speakerID: String?
            if let speaker {
                let id = registry.speakerID(forName: speaker)
                for alias in annotator.speakers.speaker(named: speaker)?.aliases ?? [] { registry.add(alias: alias, to: id) }
                speakerID = id
            }
            after.quotes.removeAll { $0.range == range }
            after.quotes.append(QuoteTag(anchor: TextAnchor(range, in: article.scalars), kind: kind, speaker: speakerID))
            keep = range
            summary = "Took \(annotator.name)'s tag: \(kind.rawValue) · \(speaker ?? "no speaker yet")"
        case .notAQuotation, .untagged:
            after.quotes.append(QuoteTag(anchor: TextAnchor(selection.quotation.range, in: article.scalars),
                                         kind: selection.quotation.kind, speaker: nil, notAQuotation: true))
            keep = selection.quotation.range
            summary = "Took \(annotator.name)'s view: \(Self.excerpt(selection)) is not a quotation"
        }
        commit(article, after: after, registry: registry, keep: keep, summary: summary)
    }
}
