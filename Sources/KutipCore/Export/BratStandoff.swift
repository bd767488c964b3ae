/// The `brat` export: brat's standoff format, a `.txt` (the article's text as read) and an
/// `.ann` per article. Entities are `T` lines of their type; quotations `T` lines of type
/// `Quotation` with a `Kind` attribute (`A` line); a speaker named by a span in the text is a
/// `Speaker` `T` line joined by a `SaidBy` relation (`R` line); every speaker's name is an
/// `AnnotatorNotes` comment (`#` line). Offsets are code points, as brat (Python) counts them;
/// a span across a line break is written as fragments (`start end;start end`), as brat wants,
/// line breaks at a span's ends left out (so a tag that began or ended on one comes back from
/// `BratImport` without it). `BratImport` reads these files back.
public enum BratStandoff {
    /// brat's annotation.conf for these files.
    public static let configuration = """
        [entities]
        PER
        LOC
        ORG
        MISC
        Quotation
        Speaker

        [relations]
        SaidBy\tArg1:Quotation, Arg2:Speaker

        [events]

        [attributes]
        Kind\tArg:Quotation, Value:direct|partial|unmarked|indirect

        """

    public static func annotations(_ exported: ExportedArticle, article: Article) -> String {
        var lines: [String] = []
        var t = 0, a = 0, r = 0, n = 0
        let scalars = article.scalars
        func textBound(_ type: String, _ start: Int, _ end: Int) -> String {
            t += 1
            let text = fragments(start..<end, in: scalars).map { article.text(from: $0.lowerBound, to: $0.upperBound) }.joined(separator: " ")
            let spans = fragments(start..<end, in: scalars).map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
            lines.append("T\(t)\t\(type) \(spans)\t\(text)")
            return "T\(t)"
        }
        for entity in exported.entities { _ = textBound(entity.type, entity.start, entity.end) }
        for quote in exported.quotes {
            let id = textBound("Quotation", quote.start, quote.end)
            a += 1
            lines.append("A\(a)\tKind \(id) \(quote.kind)")
            if let start = quote.speakerStart, let end = quote.speakerEnd {
                let speaker = textBound("Speaker", start, end)
                r += 1
                lines.append("R\(r)\tSaidBy Arg1:\(id) Arg2:\(speaker)")
            }
            if let name = quote.speaker {
                n += 1
                lines.append("#\(n)\tAnnotatorNotes \(id)\tspeaker: \(name)")
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// The pieces of `range` between line breaks, blank pieces left out.
    static func fragments(_ range: Range<Int>, in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where scalars[i] == "\n" || scalars[i] == "\r" {
            if i > start { result.append(start..<i) }
            start = i + 1
        }
        if range.upperBound > start { result.append(start..<range.upperBound) }
        return result.isEmpty ? [range] : result
    }
}
