import Foundation
import KutipCore
import KutipGrid
import Testing
@testable import KutipApp

/// The first pass, with each quotation said by the first person named after it, found again
/// over learned entities: like `NextPersonSpeaks`, with `quotes(in:entities:)`.
private struct FirstPersonAfter: ArticleAnalyzer {
    func analyze(_ article: Article) -> ArticleAnalysis {
        var analysis = FirstPassAnalyzer().analyze(article)
        analysis.quotes = quotes(in: article, entities: analysis.entities) ?? []
        return analysis
    }

    func quotes(in article: Article, entities: [EntitySpan]) -> [QuoteSpan]? {
        FirstPassAnalyzer.quotes(in: article.scalars).map { quote in
            var quote = quote
            if let person = entities.first(where: { $0.type == .person && $0.start >= quote.end }) {
                quote.speaker = SpeakerSuggestion(name: article.text(from: person.start, to: person.end), mention: person.range,
                                                  confidence: 0.9)
            }
            return quote
        }
    }
}

/// Tagging one article changes what another suggests: the reader with two columns, keys pressed
/// in the first, the second read off the grid.
struct LearningTests {
    private final class Fixture {
        let corpus: TestCorpus
        let storeFolder: URL
        init() throws {
            // The first pass takes both spellings of the spokesman for a thing (MISC): no person,
            // so no speaker is suggested in either article.
            corpus = try TestCorpus([
                ("a.txt", "Judul Satu\n“Kami siap bertempur bersama pasukan kami,” ujar juru bicara Dmitry Peskov.\nWarga desa Ostrovets menolak."),
                ("b.txt", "Judul Dua\n“Pintu perundingan tetap terbuka lebar,” ujar juru bicara Dmitri Peskov kepada 明斯克 wartawan.\nPasar di Ostrovets sepi."),
            ])
            storeFolder = corpus.folder.appendingPathComponent("store")
        }

        /// The reader with a in the left column and b in the right, the left focused.
        func state() throws -> AppState {
            let store = try AnnotationStore(folder: storeFolder.path, annotator: "tester")
            var state = AppState(corpus: corpus.corpus, corpusLabel: "test", annotator: "tester", colorMode: .extended,
                                 width: 120, height: 30, analyzer: FirstPersonAfter(), store: store)
            while state.indexSome() {}
            state.type("v")
            state.type("q")
            state.type("j")
            state.type("v")
            state.press(.backTab)
            return state
        }
    }

    /// The right column's rows as text.
    private func rightColumn(_ state: AppState) -> [String] {
        let grid = Renderer.render(state)
        let frame = state.readerGeometry.frame(of: 1)
        return (0..<grid.height).map { y in
            (frame.x..<frame.x + frame.width).filter { !grid[$0, y].isContinuation }.map { grid[$0, y].text }.joined()
        }
    }

    /// The style of the first cell of `words` in the right column.
    private func styleInRightColumn(_ words: String, _ state: AppState) throws -> Style {
        let grid = Renderer.render(state)
        let frame = state.readerGeometry.frame(of: 1)
        let needle = Array(words.unicodeScalars)
        for y in 0..<grid.height {
            var cells: [Int] = []
            var scalars: [Unicode.Scalar] = []
            for x in frame.x..<frame.x + frame.width where !grid[x, y].isContinuation {
                for scalar in grid[x, y].text.unicodeScalars {
                    cells.append(x)
                    scalars.append(scalar)
                }
            }
            guard needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
                return grid[cells[start], y].style
            }
        }
        Issue.record("\(words) is not in the right column")
        return Style.plain
    }

    @Test func aSpeakerTypedInTheFirstArticleIsSuggestedInTheSecond() throws {
        let fixture = try Fixture()
        var state = try fixture.state()
        #expect(state.reader.focusedColumn?.articleID == ArticleID("a"))
        #expect(rightColumn(state).contains { $0.contains("└ direct · speaker unknown") }, "\(rightColumn(state))")
        #expect(try styleInRightColumn("Dmitri Peskov", state).foreground == state.theme.entity(.miscellaneous).foreground)

        // The first article's quotation is given a speaker nobody suggested, typed in the picker.
        state.type("ns")
        state.type("Dmitry Peskov")
        state.press(.enter)
        #expect(state.message == "Tagged “Kami siap bertempur bersama…” as Dmitry Peskov")

        // The second article, untouched, now suggests him under the registry's name (its own
        // spelling differs by a letter), and shows the name as a person.
        let right = rightColumn(state)
        #expect(right.contains { $0.contains("└ direct · Dmitry Peskov") }, "\(right)")
        #expect(try styleInRightColumn("Dmitri Peskov", state).foreground == state.theme.entity(.person).foreground)
        #expect(state.annotations.articles[ArticleID("b")]?.isEmpty ?? true, "a suggestion, not a tag")

        // The picker on it offers him first, as the speaker tagged before.
        state.press(.tab)
        state.type("ns")
        guard case let .speaker(picker)? = state.prompt else {
            Issue.record("no picker")
            return
        }
        #expect(picker.matches.first?.name == "Dmitry Peskov")
        #expect(picker.matches.first?.speakerID == state.annotations.speakers.speakers.first?.id)
        state.press(.escape)

        // Accepting it tags the same speaker; the second spelling becomes his alias.
        state.type("a")
        #expect(state.message == "Tagged “Pintu perundingan tetap terbuka…” as Dmitry Peskov")
        #expect(state.annotations.speakers.speakers.count == 1)
        #expect(state.annotations.speakers.speakers.first?.aliases == ["Dmitri Peskov"])
        #expect(state.annotations.articles[ArticleID("b")]?.quotes.first?.speaker == state.annotations.speakers.speakers.first?.id)

        // Undoing both tags takes the learning back.
        state.type("uu")
        #expect(rightColumn(state).contains { $0.contains("└ direct · speaker unknown") }, "\(rightColumn(state))")
    }

    @Test func anEntityCorrectedInTheFirstArticleIsCorrectedInTheSecond() throws {
        let fixture = try Fixture()
        var state = try fixture.state()
        // The first pass takes Ostrovets for a place after `di` in b.
        #expect(try styleInRightColumn("Ostrovets", state).foreground == state.theme.entity(.location).foreground)

        state.type("/")
        state.type("Ostrovets")
        state.press(.enter)
        state.type("m3")
        #expect(state.message == "Ostrovets is ORG")
        state.press(.escape)

        #expect(try styleInRightColumn("Ostrovets", state).foreground == state.theme.entity(.organisation).foreground)
        #expect(state.annotations.articles[ArticleID("b")]?.isEmpty ?? true, "a suggestion, not a tag")
        let writes = state.takeWrites()
        #expect(writes.count == 1)
        if case let .article(tags)? = writes.first?.content { #expect(tags.article == "a") }

        // The second article's own correction stands against what was learned.
        state.press(.tab)
        state.type("/")
        state.type("Ostrovets")
        state.press(.enter)
        state.type("m4")
        #expect(state.message == "Ostrovets is MISC")
        state.press(.escape)
        #expect(try styleInRightColumn("Ostrovets", state).foreground == state.theme.entity(.miscellaneous).foreground)
        #expect(state.annotations.articles[ArticleID("b")]?.entities.map(\.type) == [.miscellaneous])
    }
}
