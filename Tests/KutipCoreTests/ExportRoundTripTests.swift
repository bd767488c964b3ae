import Foundation
import Testing
@testable import KutipCore

struct ExportRoundTripTests {
    static let words = ["Kami", "siap", "“bertempur”", "kata", "Lukashenko", "明斯克", "Cafe\u{0301}", "👍🏽", "di", "Minsk,", "dan", "Rusia."]

    /// A random article, and a random set of tags on it: quotations with and without speakers,
    /// spans said to be none, entity types and removals; spans never repeat.
    private func randomCase(_ rng: inout SplitMix64) -> (Article, ArticleAnnotations, SpeakerRegistry) {
        let text = "Judul\n" + (0..<60).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
        let article = Article(id: ArticleID("a"), source: "a.txt", text: text)
        let count = article.scalars.count
        var registry = SpeakerRegistry()
        let names = ["Alexander Lukashenko", "Vladimir Putin", "Juru Bicara"].map { registry.speakerID(forName: $0) }
        var tags = ArticleAnnotations(article: "a", fingerprint: article.fingerprint.description, annotator: "t")
        var used = Set<Range<Int>>()
        for _ in 0..<Int.random(in: 0...12, using: &rng) {
            let start = Int.random(in: 0..<(count - 1), using: &rng)
            let range = start..<Int.random(in: (start + 1)...min(count, start + 40), using: &rng)
            guard used.insert(range).inserted else { continue }
            if Bool.random(using: &rng) {
                let rejected = Int.random(in: 0..<5, using: &rng) == 0
                tags.quotes.append(QuoteTag(anchor: TextAnchor(range, in: article.scalars), kind: QuoteKind.allCases.randomElement(using: &rng)!,
                                            speaker: rejected || Bool.random(using: &rng) ? nil : names.randomElement(using: &rng)!,
                                            notAQuotation: rejected))
            } else {
                let type: EntityType? = Int.random(in: 0..<5, using: &rng) == 0 ? nil : EntityType.allCases.randomElement(using: &rng)!
                tags.entities.append(EntityCorrection(anchor: TextAnchor(range, in: article.scalars), type: type))
            }
        }
        tags.normalise()
        return (article, tags, registry)
    }

    /// Tags compared by what they say: spans, kinds, speakers by name, verdicts, types.
    private func meaning(_ tags: ArticleAnnotations, _ registry: SpeakerRegistry) -> [String] {
        tags.quotes.map { "Q \($0.range) \($0.kind) \($0.speaker.flatMap { registry.speaker(id: $0)?.name } ?? "-") \($0.notAQuotation)" }
            + tags.entities.map { "E \($0.range) \($0.type?.rawValue ?? "none")" }
    }

    @Test func anyTagSetSurvivesJsonExportAndImport() throws {
        var rng = SplitMix64(seed: 20261123)  // seeded, so that a failing round can be run again
        for round in 0..<200 {
            let (article, tags, registry) = randomCase(&rng)
            let export = StoreExport(annotators: [.init(annotator: "t", speakers: registry, articles: [
                .init(path: "a.txt", id: "a", tags: tags, analysis: nil),
            ])])
            let decoded = try JSONDecoder().decode(StoreExport.self, from: Data(try export.prettyJSON()))
            let entry = try #require(decoded.annotators.first?.articles.first)
            let items = TagImport.items(of: entry.tags, speakers: decoded.annotators[0].speakers)
            var speakers = SpeakerRegistry()
            let empty = ArticleAnnotations(article: "a", fingerprint: tags.fingerprint, annotator: "t")
            let imported = try TagImport.merge(quotes: items.quotes, entities: items.entities, into: empty, of: article, speakers: &speakers)
            #expect(meaning(imported, speakers) == meaning(tags, registry), "round \(round)")
            // And again: importing the same into what it made changes nothing.
            let twice = try TagImport.merge(quotes: items.quotes, entities: items.entities, into: imported, of: article, speakers: &speakers)
            #expect(twice == imported, "round \(round)")
        }
    }

    @Test func anyTagSetSurvivesJsonlExportAndImportLessWhatJsonlCannotSay() throws {
        var rng = SplitMix64(seed: 7)
        for round in 0..<200 {
            let (article, tags, registry) = randomCase(&rng)
            let exported = ExportedArticle(path: "a.txt", article: article, analysis: nil, tags: tags, speakers: registry, include: .user)
            let line = try JSONDecoder().decode(ExportedArticle.self, from: JSONEncoder().encode(exported))
            let items = try TagImport.items(of: line).get()
            var speakers = SpeakerRegistry()
            let empty = ArticleAnnotations(article: "a", fingerprint: tags.fingerprint, annotator: "t")
            let imported = try TagImport.merge(quotes: items.quotes, entities: items.entities, into: empty, of: article, speakers: &speakers)
            // jsonl carries the quotations and entity types a user gave, not rejections.
            var expected = tags
            expected.quotes.removeAll { $0.notAQuotation }
            expected.entities.removeAll { $0.type == nil }
            #expect(meaning(imported, speakers) == meaning(expected, registry), "round \(round)")
        }
    }
}
