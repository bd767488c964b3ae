import KutipCore

/// Suggestions that learn from the tags (`LearnedSuggestions`): what the annotator tagged and
/// corrected in any article changes what the other articles suggest. The learned value is kept
/// up to date one article at a time (as tags are read, and after each change); only the
/// articles on screen are suggested again, never the whole corpus, and analysis is not run again
/// (the quotations of an article whose entities changed are found again over them).
extension AppState {
    /// After an article's tags or the registry changed: both taken into what is learned, and the
    /// articles on screen suggested again (this one in any case: its own corrections changed).
    mutating func learnFromTags(of id: ArticleID) {
        learned.learn(speakers: annotations.speakers)
        if let tags = annotations.articles[id] { learned.learn(tags: tags) }
        loaded[id]?.learnedRevision = nil
        applyLearned()
    }

    /// Suggests again each loaded article whose suggestions predate what is learned now; each
    /// column keeps its selected quotation.
    mutating func applyLearned() {
        let revision = learned.revision
        for id in loaded.keys where loaded[id]?.learnedRevision != revision {
            guard let article = loaded[id] else { continue }
            let selected = reader.columns.indices.filter { reader.columns[$0].articleID == id }.map { column -> (Int, Range<Int>?) in
                (column, reader.columns[column].selectedQuote.flatMap { article.quotations.indices.contains($0) ? article.quotations[$0].range : nil })
            }
            let tags = annotations.articles[id]
            let analyzer = self.analyzer
            let words = article.learnedWords ?? LearnedSuggestions.Words(article.article)
            // The quotations are found again only when the learned entities changed.
            var requoted = article.requoted
            let suggestions = learned.applied(to: article.analysis, of: article.article, words: words, tags: tags) { entities in
                if let requoted, requoted.entities == entities { return requoted.quotes }
                let quotes = analyzer.quotes(in: article.article, entities: entities)
                requoted = (entities, quotes)
                return quotes
            }
            loaded[id]?.learnedWords = words
            loaded[id]?.requoted = requoted
            loaded[id]?.learn(suggestions, revision: revision, tags: tags)
            guard let shown = loaded[id] else { continue }
            for (column, range) in selected {
                guard let range else { continue }
                reader.columns[column].selectedQuote = shown.quotations.firstIndex { $0.range == range }
                    ?? shown.quotations.firstIndex { $0.range.overlaps(range) }
            }
            summaries[id]?.entityCount = shown.entities.count
            summaries[id]?.quoteCount = shown.quotations.filter { $0.tag?.notAQuotation != true }.count
        }
    }

    /// The name to show and accept for a suggested speaker: the registry speaker's when the
    /// suggestion (or the corpus's canonical name for it) is one of theirs, so that `a` tags
    /// that speaker; else the corpus's canonical name.
    func suggestedName(_ name: String, in id: ArticleID) -> String {
        learned.suggestedName(name) { people.canonicalName(of: $0, in: id.rawValue) }
    }
}
