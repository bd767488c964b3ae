/// How far tagging has gone: per article, quotations tagged with a speaker out of all
/// quotations; per speaker, how many quotations they were tagged with (`kutip stats`).
public struct TaggingStatistics: Codable, Equatable, Sendable {
    public struct ArticleRow: Codable, Equatable, Sendable {
        public var id: String
        public var tagged: Int
        /// Quotations analysis suggests, less those the annotator said are none, plus those the
        /// annotator added.
        public var quotations: Int
        /// Tags the store could not place in the article's current text.
        public var unplaced: Int
    }

    public struct SpeakerRow: Codable, Equatable, Sendable {
        public var name: String
        public var quotations: Int
    }

    public var articles: [ArticleRow] = []
    /// Most quoted first, then by name.
    public var speakers: [SpeakerRow] = []

    public init() {}

    public mutating func add(_ article: Article, analysis: ArticleAnalysis, tags: ArticleAnnotations?) {
        let tags = tags?.quotes ?? []
        var matched = Set<Int>()
        var rejected = 0
        for quote in analysis.quotes {
            guard let index = tags.indices.first(where: { !matched.contains($0) && tags[$0].isOn(quote) }) else { continue }
            matched.insert(index)
            if tags[index].notAQuotation { rejected += 1 }
        }
        let added = tags.indices.filter { !matched.contains($0) && !tags[$0].notAQuotation && !tags[$0].unplaced }.count
        articles.append(ArticleRow(id: article.id.rawValue,
                                   tagged: tags.filter { $0.speaker != nil && !$0.notAQuotation && !$0.unplaced }.count,
                                   quotations: analysis.quotes.count - rejected + added,
                                   unplaced: tags.filter(\.unplaced).count))
    }

    /// Counts each speaker's quotations over everything added, names from the registry.
    public mutating func countSpeakers(_ tags: [ArticleAnnotations], registry: SpeakerRegistry) {
        var counts: [String: Int] = [:]
        for article in tags {
            for tag in article.quotes where !tag.notAQuotation && !tag.unplaced {
                guard let id = tag.speaker else { continue }
                counts[registry.speaker(id: id)?.name ?? id, default: 0] += 1
            }
        }
        speakers = counts.map { SpeakerRow(name: $0.key, quotations: $0.value) }
            .sorted { ($0.quotations, $1.name) > ($1.quotations, $0.name) }
    }

    /// Tab-separated, with a header line per table: easy for `cut`, `awk` and spreadsheets.
    public var tsv: String {
        var lines = ["article\ttagged\tquotations\tunplaced"]
        lines += articles.map { "\($0.id)\t\($0.tagged)\t\($0.quotations)\t\($0.unplaced)" }
        lines.append("")
        lines.append("speaker\tquotations")
        lines += speakers.map { "\($0.name)\t\($0.quotations)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
