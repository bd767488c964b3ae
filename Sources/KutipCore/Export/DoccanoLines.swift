import Foundation

/// The `doccano` export: doccano's JSONL import format for sequence labelling, one article a
/// line: `{"text": …, "label": [[start, end, "PER"], …]}`, offsets in code points (doccano is
/// Python) into the article's text. Quotations are labels `QUOTE:direct` (and the other kinds);
/// their speakers, which a label cannot carry, go in a `speakers` field
/// (`[[start, end, "Alexander Lukashenko"]]`), which doccano keeps as the example's metadata, as
/// it does `id` and `path`.
public enum DoccanoLines {
    public static func line(_ exported: ExportedArticle, article: Article) throws -> Data {
        var labels: [[Any]] = exported.entities.map { [$0.start, $0.end, $0.type] }
        labels += exported.quotes.map { [$0.start, $0.end, "QUOTE:" + $0.kind] }
        labels.sort { ($0[0] as! Int, $0[1] as! Int) < ($1[0] as! Int, $1[1] as! Int) }
        let speakers: [[Any]] = exported.quotes.compactMap { quote in quote.speaker.map { [quote.start, quote.end, $0] } }
        let object: [String: Any] = ["text": article.text, "label": labels, "speakers": speakers, "id": exported.id,
                                     "path": exported.path]
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) + Data("\n".utf8)
    }
}
