import KutipCore

/// The Speakers screen (`S`): every speaker tagged in each open article, with their quotations,
/// one column per open article (or one for the whole corpus when no article is open).
public struct SpeakersState: Sendable, Equatable {
    /// The focused column and, per column, the selected quotation row.
    public var focus = 0
    public var cursors: [Int] = []
    public var tops: [Int] = []
}

/// One column of the Speakers screen: speakers, each followed by their quotations.
public struct SpeakerColumn: Sendable, Equatable {
    public enum Row: Sendable, Equatable {
        case speaker(name: String, count: Int)
        /// A tagged quotation: its article and the tag's span, and its first words.
        case quotation(article: ArticleID, range: Range<Int>, excerpt: String)
    }

    public let title: String
    public let rows: [Row]

    /// The indices of the quotation rows, which the cursor moves between.
    public var quotationRows: [Int] {
        rows.indices.filter { if case .quotation = rows[$0] { true } else { false } }
    }

    /// The column for the tags of `articles`: speakers by how often they are quoted, then name;
    /// their quotations in article and text order.
    static func of(_ articles: [ArticleAnnotations], title: String, speakers registry: SpeakerRegistry) -> SpeakerColumn {
        var bySpeaker: [String: [(ArticleID, QuoteTag)]] = [:]
        for annotations in articles {
            for tag in annotations.quotes where !tag.notAQuotation && !tag.unplaced {
                guard let id = tag.speaker else { continue }
                bySpeaker[registry.speaker(id: id)?.name ?? id, default: []].append((ArticleID(annotations.article), tag))
            }
        }
        var rows: [Row] = []
        for (name, quotes) in bySpeaker.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) }) {
            rows.append(.speaker(name: name, count: quotes.count))
            for (article, tag) in quotes.sorted(by: { ($0.0, $0.1.anchor.start) < ($1.0, $1.1.anchor.start) }) {
                rows.append(.quotation(article: article, range: tag.range, excerpt: tag.anchor.text))
            }
        }
        return SpeakerColumn(title: title, rows: rows)
    }
}
