/// The `kutip analyze` JSON written by hand (`JSONBytes`), byte for byte what `JSONEncoder` with
/// `[.sortedKeys, .withoutEscapingSlashes]` writes for `AnalyzeDocument` / `AnalyzedArticle`:
/// keys in UTF-8 order, absent values as `null`, no spaces. The fixed shape lets the keys be
/// written in their sorted order.
public struct AnalyzeJSON {
    private var json = JSONBytes()

    public init() {}

    /// `{"articles":[...]}`, as `JSONEncoder` writes an `AnalyzeDocument`.
    public mutating func document(_ articles: [AnalyzedArticle]) throws -> [UInt8] {
        json.raw("{\"articles\":[")
        for (i, article) in articles.enumerated() {
            if i > 0 { json.byte(",") }
            try write(article)
        }
        json.raw("]}")
        return json.take()
    }

    /// One article's object, as `JSONEncoder` writes an `AnalyzedArticle`.
    public mutating func article(_ article: AnalyzedArticle) throws -> [UInt8] {
        try write(article)
        return json.take()
    }

    private mutating func write(_ article: AnalyzedArticle) throws {
        json.raw("{\"entities\":[")
        for (i, entity) in article.entities.enumerated() {
            if i > 0 { json.byte(",") }
            try json.entity(start: entity.start, end: entity.end, text: entity.text, type: entity.type, source: nil)
        }
        json.raw("],\"id\":"); try json.string(article.id)
        json.raw(",\"path\":"); try json.string(article.path)
        json.raw(",\"quotes\":[")
        for (i, quote) in article.quotes.enumerated() {
            if i > 0 { json.byte(",") }
            try json.quote(quote, source: nil)
        }
        json.raw("],\"title\":"); try json.string(article.title)
        json.byte("}")
    }
}
