/// A first, rough analysis that the reader can show until the trained tagger and the quotation
/// extractor exist: quotations by paired marks (direct if a whole sentence, partial if a few
/// words) and capitalised name runs typed by the word before them. It is deliberately simple;
/// the entity and quotation layers replace it.
public struct FirstPassAnalyzer: ArticleAnalyzer {
    public init() {}

    public func analyze(_ article: Article) -> ArticleAnalysis {
        ArticleAnalysis(entities: entities(in: article.scalars), quotes: Self.quotes(in: article.scalars),
                        leftovers: Self.leftovers(in: article))
    }

    /// Quotations by paired marks: direct when five words or more, else partial.
    public static func quotes(in scalars: [Unicode.Scalar]) -> [QuoteSpan] {
        QuotationMarks.quotedSpans(in: scalars).map { range -> QuoteSpan in
            let words = scalars[range].split(whereSeparator: { $0.isSpaceLike }).count
            return QuoteSpan(start: range.lowerBound, end: range.upperBound, kind: words >= 5 ? .direct : .partial)
        }
    }

    /// The lines of the article that are page leftovers: `leftovers(in: article.scalars)`, read
    /// on the article's own UTF-8 (`PageLeftover.lines(in:utf8:)`).
    public static func leftovers(in article: Article) -> [Range<Int>] {
        var text = article.text
        return text.withUTF8 { PageLeftover.lines(in: article.scalars, utf8: $0) }
    }

    /// The lines that are page leftovers.
    public static func leftovers(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let lines = TextLines(scalars: scalars)
        return lines.ranges.indices.compactMap { index -> Range<Int>? in
            PageLeftover.kind(ofLine: scalars[lines.ranges[index]]) == nil ? nil : lines.ranges[index]
        }
    }

    static let titles: Set<String> = [
        "Presiden", "Wakil", "Menteri", "Ketua", "Gubernur", "Bupati", "Wali", "Direktur", "Kepala",
        "Jenderal", "Komandan", "Perdana", "Raja", "Ratu", "Pangeran", "Dr", "Prof", "Pak", "Bu",
        "Bapak", "Ibu", "Sekretaris", "Juru", "Anggota", "Pemimpin", "Kanselir",
    ]
    static let personCues: Set<String> = ["kata", "ujar", "ucap", "tutur", "menurut", "oleh", "dengan"]
    static let placeCues: Set<String> = ["di", "ke", "dari", "kota", "negara", "provinsi", "wilayah", "ibu", "kabupaten"]
    static let organisationHeads: Set<String> = [
        "Kementerian", "Partai", "Bank", "Universitas", "Komisi", "Badan", "Dewan", "PT", "Kantor",
        "Majelis", "Mahkamah", "Polri", "TNI", "Uni", "Organisasi", "Perserikatan", "Kremlin",
    ]
    static let sentenceWords: Set<String> = [
        "Dia", "Ia", "Mereka", "Kami", "Kita", "Saya", "Ini", "Itu", "Pada", "Dalam", "Namun", "Tetapi",
        "Jika", "Dan", "Yang", "Di", "Ke", "Dari", "Untuk", "Sejak", "Setelah", "Sebelum", "Menurut",
    ]

    private func entities(in scalars: [Unicode.Scalar]) -> [EntitySpan] {
        var words: [(range: Range<Int>, text: String)] = []
        var i = 0
        let n = scalars.count
        while i < n {
            guard scalars[i].isLetterLike else { i += 1; continue }
            var j = i
            while j < n, scalars[j].isLetterLike || scalars[j] == "-" || (scalars[j].value >= 0x30 && scalars[j].value <= 0x39) { j += 1 }
            words.append((i..<j, String(scalars: scalars[i..<j])))
            i = j
        }
        func isSentenceStart(_ index: Int) -> Bool {
            var k = words[index].range.lowerBound - 1
            while k >= 0, scalars[k] == " " || scalars[k] == "\"" || scalars[k] == "“" { k -= 1 }
            return k < 0 || ".!?\n\r:".unicodeScalars.contains(scalars[k])
        }
        func isCapitalised(_ text: String) -> Bool { text.unicodeScalars.first?.properties.isUppercase == true }

        var result: [EntitySpan] = []
        var index = 0
        while index < words.count {
            guard isCapitalised(words[index].text) else { index += 1; continue }
            var first = index
            var last = index
            while last + 1 < words.count, isCapitalised(words[last + 1].text),
                  words[last + 1].range.lowerBound - words[last].range.upperBound == 1,
                  scalars[words[last].range.upperBound] == " " {
                last += 1
            }
            defer { index = last + 1 }
            let hadTitle = Self.titles.contains(words[first].text)
            if isSentenceStart(index), Self.sentenceWords.contains(words[first].text) { first += 1 }
            while first <= last, Self.titles.contains(words[first].text) { first += 1 }
            guard first <= last else { continue }
            let texts = words[first...last].map(\.text)
            let before = index > 0 ? words[index - 1].text.lowercased() : ""
            let type: EntityType
            if texts.contains(where: Self.organisationHeads.contains) {
                type = .organisation
            } else if hadTitle || Self.personCues.contains(before) {
                type = .person
            } else if Self.placeCues.contains(before) {
                type = .location
            } else {
                type = .miscellaneous
            }
            result.append(EntitySpan(start: words[first].range.lowerBound, end: words[last].range.upperBound, type: type))
        }
        return result
    }
}
