import Foundation

/// The `w3c` export: W3C Web Annotation Data Model, JSON-LD. One AnnotationPage per run; each
/// quotation an Annotation whose target is the article file, chosen by a TextQuoteSelector
/// (the words and a little context) and a TextPositionSelector (code points, as the model
/// counts them); its bodies give the kind and the speaker, purposes `classifying` and
/// `identifying`. Entities are Annotations too, their type as a `classifying` body.
public enum WebAnnotations {
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    public static func page(_ articles: [(exported: ExportedArticle, article: Article)]) throws -> Data {
        var items: [[String: Any]] = []
        for (exported, article) in articles {
            let source = URL(fileURLWithPath: exported.path).absoluteString
            let creator: [String: Any]? = exported.annotator.map { ["type": "Person", "name": $0] }
            func target(_ start: Int, _ end: Int) -> [String: Any] {
                let anchor = TextAnchor(start..<end, in: article.scalars)
                return ["source": source, "selector": [
                    ["type": "TextQuoteSelector", "exact": anchor.text, "prefix": anchor.before, "suffix": anchor.after],
                    ["type": "TextPositionSelector", "start": start, "end": end],
                ]]
            }
            func annotation(_ id: String, bodies: [[String: Any]], start: Int, end: Int, source kind: ExportSource) -> [String: Any] {
                var item: [String: Any] = ["id": "urn:kutip:\(exported.id):\(id)", "type": "Annotation", "motivation": "tagging",
                                           "body": bodies, "target": target(start, end), "generator": "kutip (\(kind.rawValue))"]
                if let creator, kind == .user { item["creator"] = creator }
                return item
            }
            for quote in exported.quotes {
                var bodies: [[String: Any]] = [["type": "TextualBody", "purpose": "classifying", "value": "quotation: \(quote.kind)"]]
                if let speaker = quote.speaker { bodies.append(["type": "TextualBody", "purpose": "identifying", "value": speaker]) }
                items.append(annotation("quote-\(quote.start)-\(quote.end)", bodies: bodies, start: quote.start, end: quote.end,
                                        source: quote.source))
            }
            for entity in exported.entities {
                items.append(annotation("entity-\(entity.start)-\(entity.end)",
                                        bodies: [["type": "TextualBody", "purpose": "classifying", "value": entity.type]],
                                        start: entity.start, end: entity.end, source: entity.source))
            }
        }
        let page: [String: Any] = ["@context": context, "type": "AnnotationPage", "items": items]
        return try JSONSerialization.data(withJSONObject: page, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) + Data("\n".utf8)
    }
}
