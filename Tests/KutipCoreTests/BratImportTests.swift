import Foundation
import Testing
@testable import KutipCore

/// Reading brat `.ann` files back into tags: kutip's own brat export, and the files brat itself
/// writes after a user's edits.
struct BratImportTests {
    /// Curly quotes, wide characters, combining marks, an emoji with a skin tone, and line breaks
    /// inside the body so that quotations run across lines.
    static let words = ["Kami", "siap", "“bertempur”", "kata", "Lukashenko", "明斯克", "Cafe\u{0301}", "👍🏽", "di", "Minsk,\n",
                        "dan", "Rusia.\n\n", "‘ujar’", "ｗｉｄｅ"]

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }

    /// `range` less the line breaks at its ends (brat fragments leave them out), nil when nothing is left.
    static func trimmed(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Range<Int>? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isBreak(scalars[lower]) { lower += 1 }
        while upper > lower, isBreak(scalars[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    private func meaning(_ tags: ArticleAnnotations, _ registry: SpeakerRegistry) -> [String] {
        tags.quotes.map { "Q \($0.range) \($0.kind) \($0.speaker.flatMap { registry.speaker(id: $0)?.name } ?? "-")" }
            + tags.entities.map { "E \($0.range) \($0.type?.rawValue ?? "none")" }
    }

    @Test func anyTagSetSurvivesBratExportAndImport() throws {
        var rng = SplitMix64(seed: 424242)
        var multiLine = 0
        for round in 0..<300 {
            let text = "Judul “satu”\n" + (0..<50).map { _ in Self.words.randomElement(using: &rng)! }.joined(separator: " ")
            let article = Article(id: ArticleID("a"), source: "a.txt", text: text)
            let scalars = article.scalars
            var registry = SpeakerRegistry()
            let names = ["Alexander Lukashenko", "Владимир Путин", "Juru Bicara 発言者"].map { registry.speakerID(forName: $0) }
            var tags = ArticleAnnotations(article: "a", fingerprint: article.fingerprint.description, annotator: "t")
            var used = Set<Range<Int>>()
            for _ in 0..<Int.random(in: 0...10, using: &rng) {
                let start = Int.random(in: 0..<(scalars.count - 1), using: &rng)
                // Only spans with something but line breaks in them: a tag's words.
                guard let range = Self.trimmed(start..<Int.random(in: (start + 1)...min(scalars.count, start + 60), using: &rng), scalars),
                      used.insert(range).inserted else { continue }
                if scalars[range].contains(where: Self.isBreak) { multiLine += 1 }
                if Bool.random(using: &rng) {
                    tags.quotes.append(QuoteTag(anchor: TextAnchor(range, in: scalars), kind: QuoteKind.allCases.randomElement(using: &rng)!,
                                                speaker: Bool.random(using: &rng) ? nil : names.randomElement(using: &rng)!))
                } else {
                    tags.entities.append(EntityCorrection(anchor: TextAnchor(range, in: scalars), type: EntityType.allCases.randomElement(using: &rng)!))
                }
            }
            tags.normalise()
            let exported = ExportedArticle(path: "a.txt", article: article, analysis: nil, tags: tags, speakers: registry, include: .user)
            let ann = BratStandoff.annotations(exported, article: article)
            let items = try BratImport.items(ann, file: "a.ann", article: article)
            #expect(items.warnings.isEmpty, "round \(round): \(items.warnings)")
            var speakers = SpeakerRegistry()
            let empty = ArticleAnnotations(article: "a", fingerprint: tags.fingerprint, annotator: "t")
            let imported = try TagImport.merge(quotes: items.quotes, entities: items.entities, into: empty, of: article, speakers: &speakers)
            #expect(meaning(imported, speakers) == meaning(tags, registry), "round \(round)\n\(ann)")
            // Into the tags it came from: nothing changes, no tag twice.
            var same = registry
            let again = try TagImport.merge(quotes: items.quotes, entities: items.entities, into: tags, of: article, speakers: &same)
            #expect(again == tags && same == registry, "round \(round)")
        }
        #expect(multiLine > 100, "the cases hold quotations across line breaks")
    }

    let article = Article(id: ArticleID("001_x"), source: "001_x.txt",
                          text: "Judul\n“Kami siap,”\nkata 明斯克 Lukashenko.\nCafe\u{0301} 👍🏽 ujar Putin.\n")

    func span(_ text: String) -> Range<Int> {
        let scalars = article.scalars, needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { scalars[$0..<($0 + needle.count)].elementsEqual(needle) }!
        return start..<(start + needle.count)
    }

    @Test func readsKutipsOwnLinesWithFragmentsKindsNotesAndRelations() throws {
        let quote = span("“Kami siap,”\nkata"), person = span("Lukashenko"), place = span("明斯克"), cafe = span("Cafe\u{0301}")
        let ann = """
            T1\tLOC \(place.lowerBound) \(place.upperBound)\t明斯克
            T2\tPER \(person.lowerBound) \(person.upperBound)\tLukashenko
            T3\tQuotation \(quote.lowerBound) \(quote.lowerBound + 12);\(quote.lowerBound + 13) \(quote.upperBound)\t“Kami siap,” kata
            A1\tKind T3 partial
            T4\tSpeaker \(person.lowerBound) \(person.upperBound)\tLukashenko
            R1\tSaidBy Arg1:T3 Arg2:T4
            #1\tAnnotatorNotes T3\tspeaker: Alexander Lukashenko
            T5\tMISC \(cafe.lowerBound) \(cafe.upperBound)\tCafe\u{0301}

            """
        let items = try BratImport.items(ann, file: "001_x.ann", article: article)
        #expect(items.quotes == [TagImport.QuoteItem(range: quote, kind: .partial, speaker: "Alexander Lukashenko")])
        #expect(items.entities == [.init(range: place, type: .location), .init(range: person, type: .person),
                                   .init(range: cafe, type: .miscellaneous)])
        #expect(items.warnings.isEmpty)
    }

    @Test func aFileEditedInBratGetsItsSpeakerFromTheRelationAndDirectWithoutKind() throws {
        // brat numbers ids as it likes, writes relations before the spans they join, and a new
        // quotation has no Kind until the user picks one; CRLF line ends from another editor.
        let quote = span("“Kami siap,”"), speaker = span("Putin")
        let ann = "R7\tSaidBy Arg1:T9 Arg2:T12\r\nT12\tSpeaker \(speaker.lowerBound) \(speaker.upperBound)\tPutin\r\n"
            + "T9\tQuotation \(quote.lowerBound) \(quote.upperBound)\t“Kami siap,”\r\n#3\tAnnotatorNotes T9\tcheck this one\r\n"
        let items = try BratImport.items(ann, file: "001_x.ann", article: article)
        #expect(items.quotes == [TagImport.QuoteItem(range: quote, kind: .direct, speaker: "Putin")])
        #expect(items.entities.isEmpty && items.warnings.isEmpty)
    }

    @Test func whatKutipHasNoPlaceForIsLeftOutWithAWarningNamingTheLine() throws {
        let date = span("Judul"), person = span("Putin"), quote = span("“Kami siap,”")
        let ann = """
            T1\tDATE \(date.lowerBound) \(date.upperBound)\tJudul
            T2\tPER \(person.lowerBound) \(person.upperBound)\tPutin
            T3\tQuotation \(quote.lowerBound) \(quote.upperBound)\t“Kami siap,”
            R1\tKnows Arg1:T2 Arg2:T1
            A1\tNegated T2
            E1\tSay:T3 Agent:T2
            """
        let items = try BratImport.items(ann, file: "x/001_x.ann", article: article)
        #expect(items.entities == [.init(range: person, type: .person)])
        #expect(items.quotes == [TagImport.QuoteItem(range: quote, kind: .direct, speaker: nil)])
        #expect(items.warnings.count == 4)
        #expect(items.warnings.contains { $0.hasPrefix("x/001_x.ann:1: entity type DATE left out") }, "\(items.warnings)")
        #expect(items.warnings.contains { $0.hasPrefix("x/001_x.ann:4: relation Knows") }, "\(items.warnings)")
        #expect(items.warnings.contains { $0.hasPrefix("x/001_x.ann:5: attribute Negated") }, "\(items.warnings)")
        #expect(items.warnings.contains { $0.hasPrefix("x/001_x.ann:6: brat event left out") }, "\(items.warnings)")
    }

    @Test func badLinesAreErrorsNamingTheFileAndLine() {
        let person = span("Putin")
        let cases: [(String, String)] = [
            ("T1\tPER \(person.lowerBound) \(person.upperBound)\tPutin\nT2\tPER 3\tx", "001_x.ann:2: \"3\" is not a span"),
            ("T1\tPER \(person.lowerBound) \(person.upperBound)\tPutin\n\nT2 PER 1 2 x", "001_x.ann:3: not a brat text-bound line"),
            ("T1\tPER 0 5\tPutin", "001_x.ann:1: the text at 0-5 in article 001_x is \"Judul\", the line says \"Putin\""),
            ("T1\tPER 0 500\tPutin", "001_x.ann:1: span 0-500 is outside the article 001_x"),
            ("T1\tQuotation 0 5\tJudul\nA1\tKind T1 shouted", "001_x.ann:2: Kind must be one of direct, partial, unmarked, indirect"),
            ("T1\tQuotation 0 5\tJudul\nR1\tSaidBy Arg1:T1 Arg2:T8", "001_x.ann:2: the relation names T8"),
            ("T1\tQuotation 0 5\tJudul\nhello", "001_x.ann:2: not a brat annotation line"),
            ("T1\tPER 0 5\tJudul\nT1\tLOC 0 5\tJudul", "001_x.ann:2: the id T1 is used twice"),
        ]
        for (ann, message) in cases {
            #expect(throws: BratImport.Problem.self) { try BratImport.items(ann, file: "001_x.ann", article: article) }
            do {
                _ = try BratImport.items(ann, file: "001_x.ann", article: article)
            } catch {
                #expect(error.description.hasPrefix(message), "\(error.description)")
            }
        }
    }

    @Test func filesAreMatchedToArticlesAndAnnotators() {
        let ids: Set<String> = ["001_a", "002.b", "003_c"]
        let names = ["001_a.ann", "001_a.txt", "002.b.ann", "003_c.rina.ann", "003_c.budi.ann", "003_c.rina.txt", "zzz.ann",
                     "annotation.conf", ".001_a.ann.tmp"]
        let files = BratImport.files(names, articleIDs: ids, annotator: "rina")
        #expect(files.mine == ["001_a": ["001_a.ann"], "002.b": ["002.b.ann"], "003_c": ["003_c.rina.ann"]])
        #expect(files.others == ["003_c.budi.ann"])
        #expect(files.unmatched == ["zzz.ann"])
    }
}
