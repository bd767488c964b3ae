import CSV
import Foundation

/// The `csv` export: one quotation a row, RFC 4180 quoting (CSV.swift's writer), UTF-8, a
/// header row: article, title, start, end, kind, speaker, text, annotator, source.
public enum QuotationTable {
    public static let header = ["article", "title", "start", "end", "kind", "speaker", "text", "annotator", "source"]

    public static func csv(_ articles: [ExportedArticle]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
        try writer.write(row: header)
        for article in articles {
            for quote in article.quotes {
                try writer.write(row: [article.id, article.title, String(quote.start), String(quote.end), quote.kind,
                                       quote.speaker ?? "", quote.text, article.annotator ?? "", quote.source.rawValue])
            }
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
