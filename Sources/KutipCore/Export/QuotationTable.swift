/// The `csv` export: one quotation a row, RFC 4180 (a field holding `"`, `,`, CR or LF is put
/// in double quotes, a `"` in it doubled), UTF-8, a header row (article, title, start, end, kind,
/// speaker, text, annotator, source), rows joined by CRLF with none after the last: the bytes
/// CSV.swift's `CSVWriter` wrote, written here by hand because its one-scalar-at-a-time stream
/// cost seconds for 100,000 rows.
public enum QuotationTable {
    public static let header = ["article", "title", "start", "end", "kind", "speaker", "text", "annotator", "source"]

    /// The table; each article's rows are written on every core.
    public static func csv(_ articles: [ExportedArticle]) -> [UInt8] {
        var out: [UInt8] = []
        row(header, to: &out)
        let rows = articles.parallelMap { article in
            var out: [UInt8] = []
            for quote in article.quotes {
                out.append(contentsOf: [0x0D, 0x0A])
                row([article.id, article.title, String(quote.start), String(quote.end), quote.kind,
                     quote.speaker ?? "", quote.text, article.annotator ?? "", quote.source.rawValue], to: &out)
            }
            return out
        }
        for part in rows { out.append(contentsOf: part) }
        return out
    }

    private static func row(_ fields: [String], to out: inout [UInt8]) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            var copy = field
            copy.withUTF8 { bytes in
                guard bytes.contains(where: { $0 == 0x22 || $0 == 0x2C || $0 == 0x0D || $0 == 0x0A }) else {
                    out.append(contentsOf: bytes)
                    return
                }
                out.append(0x22)
                for byte in bytes {
                    out.append(byte)
                    if byte == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            }
        }
    }
}
