/// The `doccano` export: doccano's JSONL import format for sequence labelling, one article a
/// line: `{"text": …, "label": [[start, end, "PER"], …]}`, offsets in code points (doccano is
/// Python) into the article's text. Quotations are labels `QUOTE:direct` (and the other kinds);
/// their speakers, which a label cannot carry, go in a `speakers` field
/// (`[[start, end, "Alexander Lukashenko"]]`), which doccano keeps as the example's metadata, as
/// it does `id` and `path`.
public enum DoccanoLines {
    /// Every article's line, written on every core.
    public static func lines(_ articles: [(exported: ExportedArticle, article: Article)]) throws -> [UInt8] {
        try articles.map { ArticleToExport(exported: $0.exported, article: $0.article) }
            .parallelMap { try line($0.exported, article: $0.article) }
            .flatMap { $0 }
    }

    /// The article's line, newline included.
    public static func line(_ exported: ExportedArticle, article: Article) throws -> [UInt8] {
        var labels: [(start: Int, end: Int, label: String)] = exported.entities.map { ($0.start, $0.end, $0.type) }
        labels += exported.quotes.map { ($0.start, $0.end, "QUOTE:" + $0.kind) }
        // Stable, as the sort before it was for equal spans: entities before quotations.
        labels = labels.enumerated().sorted { ($0.element.start, $0.element.end, $0.offset) < ($1.element.start, $1.element.end, $1.offset) }
            .map(\.element)
        let speakers: [JSONValue] = exported.quotes.compactMap { quote in quote.speaker.map { [.int(quote.start), .int(quote.end), .string($0)] } }
        let object: JSONValue = ["text": .string(article.text), "label": .array(labels.map { [.int($0.start), .int($0.end), .string($0.label)] }),
                                 "speakers": .array(speakers), "id": .string(exported.id), "path": .string(exported.path)]
        var json = JSONBytes()
        try json.value(object)
        json.byte("\n")
        return json.take()
    }
}
