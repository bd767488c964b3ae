import Foundation
import Testing
@testable import KutipCore

/// Suggestions that learn from the annotator's tags: registry speakers found in other articles,
/// entity corrections carried to other mentions, and never a user's own tag overridden.
struct LearnedSuggestionsTests {
    private func article(_ id: String, _ text: String) -> Article {
        Article(id: ArticleID(id), source: id + ".txt", text: text, title: "Judul")
    }

    private func range(of words: String, in article: Article, occurrence: Int = 0) -> Range<Int> {
        let scalars = article.scalars, needle = Array(words.unicodeScalars)
        var found = 0
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            if found == occurrence { return start..<start + needle.count }
            found += 1
        }
        Issue.record("\(words) is not in the text")
        return 0..<0
    }

    private func tags(_ article: Article, _ corrections: [(String, EntityType?)], occurrence: Int = 0) -> ArticleAnnotations {
        ArticleAnnotations(article: article.id.rawValue, fingerprint: article.fingerprint.description, annotator: "t",
                           entities: corrections.map { text, type in
                               EntityCorrection(anchor: TextAnchor(range(of: text, in: article, occurrence: occurrence), in: article.scalars),
                                                type: type)
                           })
    }

    private func registry(_ names: [(String, [String])]) -> SpeakerRegistry {
        var registry = SpeakerRegistry()
        for (name, aliases) in names {
            let id = registry.speakerID(forName: name)
            for alias in aliases { registry.add(alias: alias, to: id) }
        }
        return registry
    }

    private func text(_ span: EntitySpan, _ article: Article) -> String { article.text(from: span.start, to: span.end) }

    static let analyzer: StandardAnalyzer = try! StandardAnalyzer.load(from: DataFiles(folder: repositoryRoot.appendingPathComponent("data").path))

    // MARK: Speakers

    @Test func aTypedSpeakerTheTaggerMissedBecomesThePersonAndTheSpeakerElsewhere() throws {
        let other = article("b", "Judul\n“Itu keputusan bersama,” kata seorang warga bernama Intan Permata di rumahnya.")
        let analyzer = Self.analyzer
        let analysis = analyzer.analyze(other)
        // What analysis alone suggests: the words of the attribution, not the person.
        #expect(analysis.quotes.first?.speaker?.name == "seorang warga bernama Intan Permata")
        #expect(!analysis.entities.contains { $0.type == .person })
        let learned = LearnedSuggestions(speakers: registry([("Intan Permata", [])]), tags: [])
        let result = learned.applied(to: analysis, of: other, tags: nil) { analyzer.quotes(in: other, entities: $0) }
        let person = try #require(result.entities.first { $0.type == .person })
        #expect(text(person, other) == "Intan Permata")
        let speaker = try #require(result.quotes.first?.speaker)
        #expect(speaker.name == "Intan Permata")
        #expect(speaker.mention == person.range)
        #expect(speaker.confidence >= 0.9, "named in the attribution")
        // Without the registry nothing changes.
        let nothing = LearnedSuggestions().applied(to: analysis, of: other, tags: nil) { analyzer.quotes(in: other, entities: $0) }
        #expect(nothing.quotes == analysis.quotes && nothing.entities == analysis.entities)
    }

    @Test func nearSpellingsSurnamesAndAliasesTakeTheRegistryName() throws {
        let learned = LearnedSuggestions(speakers: registry([("Dmitry Peskov", []), ("Alexander Lukashenko", ["Lukahsneko"])]), tags: [])
        #expect(learned.speakerName(for: "Dmitri Peskov") == "Dmitry Peskov")
        #expect(learned.speakerName(for: "Peskov") == "Dmitry Peskov")
        #expect(learned.speakerName(for: "LUKASHENKO") == "Alexander Lukashenko")
        #expect(learned.speakerName(for: "Lukahsneko") == "Alexander Lukashenko")
        #expect(learned.speakerName(for: "AlexanderLukashenko") == "Alexander Lukashenko")
        #expect(learned.speakerName(for: "Vadim Lukashevich") == nil, "another name, not a misspelling")
        #expect(learned.speakerName(for: "Viktor Lukashenko") == nil, "another person with the same surname")
        #expect(learned.speakerName(for: "para demonstran") == nil)

        // Found in the text where analysis saw no person; a suggestion naming him is renamed.
        let other = article("b", "Judul\nMenurut Peskov, “pintu tetap terbuka.” Warga Minsk menunggu Lukahsneko.")
        let quote = QuoteSpan(start: range(of: "pintu tetap terbuka.", in: other).lowerBound,
                              end: range(of: "pintu tetap terbuka.", in: other).upperBound, kind: .direct,
                              speaker: SpeakerSuggestion(name: "Peskov", mention: range(of: "Peskov", in: other), confidence: 0.9))
        let minsk = range(of: "Minsk", in: other)
        let analysis = ArticleAnalysis(entities: [EntitySpan(start: minsk.lowerBound, end: minsk.upperBound, type: .location)], quotes: [quote])
        let result = learned.applied(to: analysis, of: other, tags: nil) { _ in nil }
        #expect(result.entities.map { "\(text($0, other)) \($0.type.rawValue)" } == ["Peskov PER", "Minsk LOC", "Lukahsneko PER"])
        #expect(result.quotes.map(\.speaker?.name) == ["Dmitry Peskov"], "analysis's quotations kept when it cannot requote")
    }

    @Test func aSurnameTwoSpeakersShareGoesToTheOneTheArticleNames() {
        let learned = LearnedSuggestions(speakers: registry([("Alexander Lukashenko", []), ("Viktor Lukashenko", [])]), tags: [])
        let other = article("b", "Judul\nViktor Lukashenko datang. “Kami siap,” kata Lukashenko.")
        let words = range(of: "Kami siap,", in: other)
        let analysis = ArticleAnalysis(quotes: [QuoteSpan(start: words.lowerBound, end: words.upperBound, kind: .direct,
                                                          speaker: SpeakerSuggestion(name: "Lukashenko", mention: nil, confidence: 0.9))])
        let result = learned.applied(to: analysis, of: other, tags: nil) { _ in nil }
        #expect(result.quotes.first?.speaker?.name == "Viktor Lukashenko")
        #expect(learned.speakerName(for: "Lukashenko") == nil, "without the article, either")
    }

    @Test func descriptionsGroupsAndBodiesAreNotLookedForAsPeople() {
        let learned = LearnedSuggestions(speakers: registry([("Juru bicara Kremlin", []), ("para demonstran", []), ("Interfax", [])]),
                                         tags: [])
        let other = article("b", "Judul\nJuru bicara Kremlin dan Interfax bertemu para demonstran.")
        let result = learned.applied(to: ArticleAnalysis(), of: other, tags: nil) { _ in nil }
        #expect(result.entities.isEmpty, "\(result.entities)")
        // They still name registry speakers exactly.
        #expect(learned.speakerName(for: "juru bicara kremlin") == "Juru bicara Kremlin")
        #expect(learned.speakerName(for: "Para Demonstran") == "para demonstran")
    }

    @Test func namesWithCombiningMarksAndCurlyQuotesAreFoundAtTheirCodePoints() throws {
        // Typed with a precomposed é; written in the text with e + U+0301, inside curly quotes.
        let learned = LearnedSuggestions(speakers: registry([("Volodymyr Zelénskyy", []), ("Conor O'Brien", [])]), tags: [])
        let other = article("b", "Judul\n“Kami bertahan,” kata “Volodymyr Zele\u{301}nskyy” dan Conor O’Brien 明斯克.")
        let result = learned.applied(to: ArticleAnalysis(), of: other, tags: nil) { _ in nil }
        #expect(result.entities.map { text($0, other) } == ["Volodymyr Zele\u{301}nskyy", "Conor O’Brien"])
        #expect(result.entities.first?.range == range(of: "Volodymyr Zele\u{301}nskyy", in: other))
        #expect(learned.speakerName(for: "Zele\u{301}nskyy") == "Volodymyr Zelénskyy")
        #expect(learned.speakerName(for: "Conor O’Brien") == "Conor O'Brien")
    }

    // MARK: Entities

    @Test func correctionsCarryToTheOtherMentionsInEveryArticle() {
        let first = article("a", "Judul\nWarga desa Ostrovets menolak. Barat diam. Pasukan Barat menunggu.")
        // Retyped, removed and added in the first article.
        let learned = LearnedSuggestions(speakers: SpeakerRegistry(),
                                         tags: [tags(first, [("Ostrovets", .location), ("Barat", nil), ("Pasukan Barat", .organisation)])])
        #expect(learned.entityType(of: "ostrovets") == .some(.location))
        #expect(learned.entityType(of: "BARAT") == .some(nil))
        #expect(learned.entityType(of: "Minsk") == nil)
        let second = article("b", "Judul\nDi OSTROVETS dan ostrovets, Barat dan barat; Pasukan  Barat datang ke Ostrovets.")
        let barat = range(of: "Barat", in: second)
        let ostrovets = range(of: "Ostrovets", in: second)
        let analysis = ArticleAnalysis(entities: [
            EntitySpan(start: barat.lowerBound, end: barat.upperBound, type: .location),
            EntitySpan(start: ostrovets.lowerBound, end: ostrovets.upperBound, type: .person),
        ])
        let result = learned.applied(to: analysis, of: second, tags: nil) { _ in nil }
        // OSTROVETS added (capitalised as corrected), ostrovets not (the correction was capitalised),
        // Barat removed, the ORG phrase found across a double space, the PER Ostrovets retyped.
        #expect(result.entities.map { "\(text($0, second)) \($0.type.rawValue)" }
                == ["OSTROVETS LOC", "Pasukan  Barat ORG", "Ostrovets LOC"], "\(result.entities)")
        // The first article's other mentions too (its corrected spans are its own).
        let again = learned.applied(to: ArticleAnalysis(), of: first, tags: tags(first, [("Ostrovets", .location), ("Barat", nil)]))
            { _ in nil }
        #expect(again.entities.map { "\(text($0, first)) \($0.type.rawValue)" } == ["Pasukan Barat ORG"])
    }

    @Test func aUsersOwnTagIsNeverOverridden() {
        let first = article("a", "Judul\nDesa Ostrovets sepi.")
        let learned = LearnedSuggestions(speakers: registry([("Ostrovets Kowalski", [])]), tags: [tags(first, [("Ostrovets", .location)])])
        let second = article("b", "Judul\nDi Ostrovets, Ostrovets Kowalski bicara. Lalu Ostrovets lagi.")
        // The annotator said the first mention here is an organisation, and the name is no entity.
        let own = tags(second, [("Ostrovets", .organisation), ("Ostrovets Kowalski", nil)])
        let result = learned.applied(to: ArticleAnalysis(), of: second, tags: own) { _ in nil }
        #expect(result.entities.map { "\(text($0, second))@\($0.start) \($0.type.rawValue)" }
                == ["Ostrovets@\(range(of: "Ostrovets", in: second, occurrence: 2).lowerBound) LOC"], "\(result.entities)")
        // Shown with the user's corrections on top: theirs stand.
        let shown = CorrectedEntities.apply(own.entities, to: result.entities)
        #expect(shown.map { "\(text($0, second)) \($0.type.rawValue)" } == ["Ostrovets ORG", "Ostrovets LOC"])
    }

    @Test func disagreeingCorrectionsFollowTheMajorityAndATieTeachesNothing() {
        let a = article("a", "Judul\nKremlin diam.")
        let b = article("b", "Judul\nKremlin bicara.")
        let c = article("c", "Judul\nKremlin lagi. Kremlin.")
        var learned = LearnedSuggestions(speakers: SpeakerRegistry(), tags: [tags(a, [("Kremlin", .location)])])
        #expect(learned.entityType(of: "Kremlin") == .some(.location))
        let before = learned.revision
        learned.learn(tags: tags(b, [("Kremlin", .organisation)]))
        #expect(learned.entityType(of: "Kremlin") == nil, "one each: a tie")
        #expect(learned.revision > before)
        // Two in c make ORG the majority, counted per correction.
        var twice = tags(c, [("Kremlin", .organisation)])
        twice.entities += tags(c, [("Kremlin", .organisation)], occurrence: 1).entities
        learned.learn(tags: twice)
        #expect(learned.entityType(of: "Kremlin") == .some(.organisation))
        // An article's tags replace what it said before: b now says no entity; 1 LOC, 1 nil, 2 ORG.
        learned.learn(tags: tags(b, [("Kremlin", nil)]))
        #expect(learned.entityType(of: "Kremlin") == .some(.organisation))
        learned.learn(tags: tags(c, []))
        #expect(learned.entityType(of: "Kremlin") == nil, "LOC and no entity, one each")
        let unchanged = learned.revision
        let changed = learned.learn(tags: tags(c, []))
        #expect(!changed)
        #expect(learned.revision == unchanged)
    }
}
