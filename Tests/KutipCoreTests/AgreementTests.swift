import Foundation
import Testing
@testable import KutipCore

/// The parts of `kutip agree`: matching quotations between annotators, the units of α, and the
/// formulas, on hand-worked cases (the end-to-end test compares them with scikit-learn and the
/// krippendorff package on generated stores).
struct AgreementTests {
    // MARK: Matching

    @Test func theOverlapRuleIsTheEvaluations() {
        #expect(SpanOverlap.matches(0..<10, 5..<15), "sharing exactly half of each")
        #expect(!SpanOverlap.matches(0..<10, 6..<16), "sharing less than half")
        #expect(!SpanOverlap.matches(0..<10, 10..<20), "touching is not sharing")
        #expect(SpanOverlap.matches(0..<10, 2..<8), "one inside the other, covering more than half of it")
        #expect(!SpanOverlap.matches(0..<10, 2..<6), "a short span inside covers less than half of the long one")
        #expect(!SpanOverlap.matches(3..<3, 3..<3), "empty spans share nothing")
    }

    @Test func matchingIsGreedyOneToOneInTextOrder() {
        // The first quotation takes the second annotator's only one, although the second is the
        // same span: the evaluation's greedy rule, not a best assignment.
        #expect(QuotationMatching.pairs([0..<10, 4..<14], [4..<14]).map { [$0.0, $0.1] } == [[0, 0]])
        // One to one: two spans of the second annotator inside one of the first's; it takes the first.
        #expect(QuotationMatching.pairs([0..<10], [0..<6, 4..<10]).map { [$0.0, $0.1] } == [[0, 0]])
        #expect(QuotationMatching.pairs([0..<10, 20..<30], [21..<29, 40..<50]).map { [$0.0, $0.1] } == [[1, 0]])
        #expect(QuotationMatching.pairs([], [0..<5]).isEmpty)
    }

    @Test func aUnitHoldsQuotationsThatAllMatchEachOther() {
        // a matches b and b matches c, but a and c share too little: c starts a unit of its own.
        let units = QuotationUnits.units([[0..<10], [4..<14], [8..<18]])
        #expect(units == [[0, 0, nil], [nil, nil, 0]])
        // All three the same quotation; the second annotator also has one nobody else has, which
        // takes its place in text order.
        #expect(QuotationUnits.units([[10..<20], [0..<5, 10..<20], [11..<20]]) == [[nil, 0, nil], [0, 1, 0]])
    }

    @Test func withTwoAnnotatorsTheUnitsAreThePairsMatched() {
        var random = SplitMix64(seed: 8)
        for _ in 0..<300 {
            let a = spans(&random), b = spans(&random)
            let pairs = QuotationMatching.pairs(a, b)
            let units = QuotationUnits.units([a, b])
            let both = units.filter { $0[0] != nil && $0[1] != nil }.map { [$0[0]!, $0[1]!] }
            #expect(both.sorted { $0[0] < $1[0] } == pairs.map { [$0.0, $0.1] }, "\(a) \(b)")
            #expect(units.count == a.count + b.count - pairs.count)
        }
    }

    private func spans(_ random: inout SplitMix64) -> [Range<Int>] {
        (0..<Int.random(in: 0...8, using: &random)).map { _ in
            let start = Int.random(in: 0..<80, using: &random)
            return start..<(start + Int.random(in: 1...20, using: &random))
        }.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }

    // MARK: Formulas

    private func kappa(_ a: String, _ b: String) -> CohensKappa {
        var kappa = CohensKappa()
        for (x, y) in zip(a, b) { kappa.add(String(x), String(y)) }
        return kappa
    }

    @Test func kappaEqualsScikitLearnsOnWorkedCases() throws {
        // cohen_kappa_score(list("aabbc"), list("abbbc")) == 0.6875
        #expect(abs(try #require(kappa("aabbc", "abbbc").value.number) - 0.6875) < 1e-12)
        #expect(kappa("abab", "abab").value == .value(1), "total agreement")
        #expect(kappa("abab", "aabb").value == .value(0), "chance level")
        #expect(kappa("ab", "ba").value == .value(-1), "total disagreement on balanced labels")
        #expect(kappa("aa", "bb").value == .value(0), "each always the same label, but not the same one: 0, as scikit-learn")
        #expect(kappa("aaa", "aaa").value == .undefined(.oneValueOnly), "expected agreement 1: scikit-learn's nan")
        #expect(kappa("", "").value == .undefined(.nothingToCompare))
    }

    @Test func kappaOverTwoArticlesIsKappaOverTheirPooledLabels() {
        var pooled = kappa("aabc", "abbc")
        pooled.merge(kappa("ccab", "cbab"))
        #expect(pooled == kappa("aabcccab", "abbccbab"))
    }

    private func alpha(_ units: [[String?]]) -> KrippendorffsAlpha {
        var alpha = KrippendorffsAlpha()
        for unit in units { alpha.add(unit: unit.compactMap { $0 }) }
        return alpha
    }

    @Test func alphaEqualsTheKrippendorffPackagesOnItsOwnExample() throws {
        // The krippendorff package's documented example (coders as rows there, units here).
        let coders: [[Int?]] = [
            [nil, nil, nil, nil, nil, 3, 4, 1, 2, 1, 1, 3, 3, nil, 3],
            [1, nil, 2, 1, 3, 3, 4, 3, nil, nil, nil, nil, nil, nil, nil],
            [nil, nil, 2, 1, 3, 4, 4, nil, 2, 1, 1, 3, 3, nil, 4],
        ]
        let units = (0..<15).map { unit in coders.map { $0[unit].map(String.init) } }
        #expect(abs(try #require(alpha(units).value.number) - 0.691358024691358) < 1e-12)
        #expect(alpha(units).units == 12, "the three units with fewer than two values add nothing")
    }

    @Test func alphaAtTheEdges() {
        #expect(alpha([["a", "a"], ["b", "b"], ["c", "c", "c"]]).value == .value(1), "total agreement")
        #expect(alpha([["a", "b"], ["b", "a"]]).value == .value(-0.5), "the package gives -0.5 for [[1, 2], [2, 1]]")
        #expect(alpha([["a", "a"], ["a", "a", "a"]]).value == .undefined(.oneValueOnly), "one value only: the package raises")
        #expect(alpha([["a"], ["b"]]).value == .undefined(.nothingToCompare), "no unit with two values: the package raises")
        #expect(alpha([["a", "a"], ["b"]]).value == .undefined(.oneValueOnly), "the lone b is not pairable: the package's nan")
        #expect(alpha([]).value == .undefined(.nothingToCompare))
    }

    // MARK: Entities

    @Test func entityAgreementCountsExactSpansByLabel() throws {
        let a: [AnnotatorTags.Entity] = [.init(range: 0..<5, type: .person), .init(range: 10..<15, type: .location),
                                         .init(range: 20..<25, type: nil), .init(range: 30..<35, type: .person)]
        let b: [AnnotatorTags.Entity] = [.init(range: 0..<5, type: .person), .init(range: 10..<15, type: .organisation),
                                         .init(range: 20..<25, type: nil), .init(range: 31..<35, type: .person)]
        let agreement = EntityAgreement(a, b)
        #expect(agreement.counts(of: "PER") == EntityAgreement.Label(first: 2, second: 2, both: 1), "31..<35 is not 30..<35")
        #expect(agreement.counts(of: "PER").f1 == 0.5)
        #expect(agreement.counts(of: "LOC") == EntityAgreement.Label(first: 1, second: 0, both: 0))
        #expect(agreement.counts(of: "ORG").f1 == 0)
        #expect(agreement.counts(of: "none").f1 == 1)
        #expect(agreement.counts(of: "MISC").f1 == nil, "neither used it")
        #expect(agreement.types.compared == 3 && agreement.types.agreed == 2)
        #expect(EntityType.allCases.map { AnnotatorTags.Entity(range: 0..<1, type: $0).label } == ["PER", "LOC", "ORG", "MISC"])
        // Labels of the three shared spans: PER/PER, LOC/ORG, none/none.
        var expected = CohensKappa()
        for (x, y) in [("PER", "PER"), ("LOC", "ORG"), ("none", "none")] { expected.add(x, y) }
        #expect(agreement.types == expected)
    }

    // MARK: From the store

    static let text = "Judul 明斯克\nCafe\u{0301} “Kami siap bertempur,” kata Lukashenko. “Tidak ada perang,” ujarnya. 🇧🇾 “Aman,” kata Tsikhanouskaya."

    private static func range(of words: String, in scalars: [Unicode.Scalar]) -> Range<Int> {
        let target = Array(words.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { scalars[$0..<($0 + target.count)].elementsEqual(target) }!
        return start..<(start + target.count)
    }

    private static func tag(_ words: String, _ article: Article, speaker: String?, notAQuotation: Bool = false,
                            unplaced: Bool = false) -> QuoteTag {
        QuoteTag(anchor: TextAnchor(range(of: words, in: article.scalars), in: article.scalars), kind: .direct, speaker: speaker,
                 notAQuotation: notAQuotation, unplaced: unplaced)
    }

    @Test func speakersAreComparedByTheirFoldedNamesNotTheirIds() throws {
        let article = Article(id: ArticleID("a"), source: "a.txt", text: Self.text)
        let first = SpeakerRegistry(speakers: [.init(id: "s-1", name: "Alexander Lukashenko", aliases: []),
                                               .init(id: "s-2", name: "Sviatlana Tsikhanouskaya", aliases: [])])
        let second = SpeakerRegistry(speakers: [.init(id: "s-1", name: "SviatlanaTsikhanouskaya", aliases: []),
                                                .init(id: "s-2", name: "ALEXANDER LUKASHÉNKO", aliases: ["Lukashenko"])])
        var annotations = ArticleAnnotations(article: "a", fingerprint: article.fingerprint.description, annotator: "x")
        annotations.quotes = [Self.tag("“Kami siap bertempur,”", article, speaker: "s-1"),
                              Self.tag("“Aman,”", article, speaker: "s-2")]
        var unknown = Set<String>()
        let a = AnnotatorTags(annotations, speakers: SpeakerIdentity(first), unknownSpeakers: &unknown)
        annotations.quotes = [Self.tag("Kami siap bertempur,", article, speaker: "s-2"),
                              Self.tag("“Tidak ada perang,”", article, speaker: nil, notAQuotation: true),
                              Self.tag("Aman,", article, speaker: "s-1")]
        let b = AnnotatorTags(annotations, speakers: SpeakerIdentity(second), unknownSpeakers: &unknown)
        #expect(unknown.isEmpty)
        #expect(b.quotations.count == 2, "a span marked as no quotation is no quotation")
        let figures = AgreementFigures([a, b])
        #expect(figures.pairs[0].matched == 2)
        #expect(figures.pairs[0].speakers.agreed == 2)
        #expect(figures.speakers.value == .value(1))
    }

    @Test func unplacedTagsAndUnknownSpeakersAreNamedNotCounted() {
        let article = Article(id: ArticleID("a"), source: "a.txt", text: Self.text)
        var annotations = ArticleAnnotations(article: "a", fingerprint: article.fingerprint.description, annotator: "x")
        annotations.quotes = [Self.tag("“Kami siap bertempur,”", article, speaker: "s-9"),
                              Self.tag("“Aman,”", article, speaker: "s-1", unplaced: true)]
        var unknown = Set<String>()
        let tags = AnnotatorTags(annotations, speakers: SpeakerIdentity(SpeakerRegistry(speakers: [.init(id: "s-1", name: "Aman", aliases: [])])),
                                 unknownSpeakers: &unknown)
        #expect(unknown == ["s-9"])
        #expect(tags.quotations == [.init(range: Self.range(of: "“Kami siap bertempur,”", in: article.scalars), speaker: nil)])
    }

    @Test func aMatchedQuotationWithoutASpeakerIsAMissingValue() {
        let x = AnnotatorTags(quotations: [.init(range: 0..<10, speaker: "a"), .init(range: 20..<30, speaker: nil)])
        let y = AnnotatorTags(quotations: [.init(range: 0..<10, speaker: "a"), .init(range: 20..<30, speaker: "b")])
        let z = AnnotatorTags(quotations: [.init(range: 0..<10, speaker: "b"), .init(range: 20..<30, speaker: "b")])
        let figures = AgreementFigures([x, y, z])
        #expect(figures.units == 2)
        #expect(figures.speakers == alpha([["a", "a", "b"], ["b", "b"]]))
        #expect(figures.pairs.map(\.speakers.compared) == [1, 1, 2], "x–y and x–z compare only the first quotation")
        #expect(figures.pairs.map(\.matched) == [2, 2, 2])
    }

    @Test func anAnnotatorWhoTaggedNothingMatchesNothing() {
        let x = AnnotatorTags(quotations: [.init(range: 0..<10, speaker: "a"), .init(range: 20..<30, speaker: "b")])
        let figures = AgreementFigures([x, AnnotatorTags()])
        #expect(figures.quotations == [2, 0])
        #expect(figures.pairs[0].matched == 0 && figures.pairs[0].onlyFirst == 2 && figures.pairs[0].onlySecond == 0)
        #expect(figures.pairs[0].speakers.value == .undefined(.nothingToCompare))
        #expect(figures.speakers.value == .undefined(.nothingToCompare))
        #expect(AgreementText.render(report(figures)).contains("κ undefined (nothing to compare)"))
        #expect(!AgreementText.render(report(figures)).lowercased().contains("nan"))
    }

    @Test func theTextReportReadsInATerminal() {
        let entities: [AnnotatorTags.Entity] = [.init(range: 0..<3, type: .person), .init(range: 5..<8, type: .location),
                                                .init(range: 10..<12, type: .organisation), .init(range: 20..<22, type: .miscellaneous),
                                                .init(range: 30..<32, type: nil)]
        let x = AnnotatorTags(quotations: [.init(range: 0..<10, speaker: "a"), .init(range: 20..<30, speaker: "b")], entities: entities)
        let y = AnnotatorTags(quotations: [.init(range: 1..<10, speaker: "a"), .init(range: 20..<30, speaker: "a"), .init(range: 40..<50, speaker: nil)],
                              entities: entities)
        let text = AgreementText.render(report(AgreementFigures([x, y])))
        #expect(text.hasPrefix("Overall (1 article tagged; x, y)\n  quotations   x 2, y 3\n"))
        #expect(text.contains("  x–y          matched 2, only x 0, only y 1; speakers κ 0.000 (2 compared, 1 same)\n"))
        #expect(text.contains("entities: PER F1 1.000 (x 1, y 1, both 1);"))
        #expect(text.contains("types κ 1.000 (5 same span)"))
        #expect(text.contains("\nArticles\n  a\n    quotations   x 2, y 3\n"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(text)")
    }

    private func report(_ figures: AgreementFigures) -> AgreementReport {
        var report = AgreementReport(annotators: ["x", "y"])
        report.add(AgreementReport.ArticleFigures(article: "a", figures: figures))
        return report
    }

    @Test func theJSONReadsBackWithAnyAnnotatorName() throws {
        let names = ["a\"b", "c\\d\n\u{01}", "明斯克", "e\u{0301}"]
        var report = AgreementReport(annotators: names)
        let tags = [AnnotatorTags(quotations: [.init(range: 0..<10, speaker: "x")]), AnnotatorTags(quotations: [.init(range: 0..<10, speaker: "x")]),
                    AnnotatorTags(), AnnotatorTags(quotations: [.init(range: 2..<10, speaker: "y")])]
        report.add(article: "art\"icle/1", tags)
        let json = try #require(try JSONSerialization.jsonObject(with: AgreementJSON.encode(report)) as? [String: Any])
        #expect(json["annotators"] as? [String] == names)
        let article = try #require((json["articles"] as? [[String: Any]])?.first)
        #expect(article["article"] as? String == "art\"icle/1")
        #expect(article["quotations"] as? [String: Int] == Dictionary(uniqueKeysWithValues: zip(names, [1, 1, 0, 1])))
        let pairs = try #require(article["pairs"] as? [[String: Any]])
        #expect(pairs.count == 6)
        #expect(pairs[0]["annotators"] as? [String] == [names[0], names[1]])
        #expect((pairs[0]["speakers"] as? [String: Any])?["undefined"] as? String == "one value only")
        #expect(((json["overall"] as? [String: Any])?["speakers"] as? [String: Any])?["pairable"] as? Int == 3)
    }

    @Test func tagsMadeOnAnEarlierTextAreFoundAgainBeforeTheyAreCompared() throws {
        let folder = try TemporaryFolder()
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        let old = Article(id: ArticleID("a"), source: "a.txt", text: Self.text)
        let edited = Self.text.replacingOccurrences(of: "Cafe\u{0301} ", with: "Cafe\u{0301} Dari Minsk, 🇧🇾 dilaporkan: ")
        try Data(edited.utf8).write(to: corpus.appendingPathComponent("a.txt"))
        let now = Article(id: ArticleID("a"), source: "a.txt", text: edited)
        for (name, article) in [("ana", old), ("budi", now)] {
            let store = try AnnotationStore(folder: folder.url.appendingPathComponent("annotations/\(name)").path, annotator: name)
            var registry = SpeakerRegistry()
            let id = registry.speakerID(forName: "Alexander Lukashenko")
            try store.save(registry)
            var annotations = ArticleAnnotations(article: "a", fingerprint: article.fingerprint.description, annotator: name)
            annotations.quotes = [Self.tag("“Kami siap bertempur,”", article, speaker: id)]
            try store.save(annotations)
        }
        let annotators = ["ana", "budi"].map { AgreementReading.Annotator(name: $0, folder: folder.url.appendingPathComponent("annotations/\($0)").path) }
        let outcome = try AgreementReading.read(annotators, corpus: try Corpus.open(corpus.path))
        #expect(outcome.problems.isEmpty)
        #expect(outcome.report.articles.map(\.article) == ["a"])
        // As saved, ana's span would share nothing with budi's (it moved by 22 code points).
        #expect(outcome.report.overall.pairs[0].matched == 1)
        #expect(outcome.report.overall.pairs[0].speakers.agreed == 1)
    }

    @Test func aFileThatDoesNotParseIsNamedAndItsArticleLeftOut() throws {
        let folder = try TemporaryFolder()
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for id in ["a", "b"] { try Data(Self.text.utf8).write(to: corpus.appendingPathComponent("\(id).txt")) }
        let article = Article(id: ArticleID("a"), source: "a.txt", text: Self.text)
        for name in ["ana", "budi"] {
            let store = try AnnotationStore(folder: folder.url.appendingPathComponent("annotations/\(name)").path, annotator: name)
            for id in ["a", "b"] {
                var annotations = ArticleAnnotations(article: id, fingerprint: article.fingerprint.description, annotator: name)
                annotations.quotes = [Self.tag("“Aman,”", article, speaker: nil)]
                try store.save(annotations)
            }
        }
        let broken = folder.url.appendingPathComponent("annotations/budi/b.json")
        try Data("{\"schema\": 1, \"quotes\": [".utf8).write(to: broken)
        let annotators = ["ana", "budi"].map { AgreementReading.Annotator(name: $0, folder: folder.url.appendingPathComponent("annotations/\($0)").path) }
        let outcome = try AgreementReading.read(annotators, corpus: try Corpus.open(corpus.path))
        #expect(outcome.report.articles.map(\.article) == ["a"])
        #expect(outcome.problems.contains { $0.contains(broken.path) && $0.contains("not valid JSON") })
        #expect(outcome.problems.contains { $0.hasPrefix("b: left out") })
    }
}
