import Foundation
import KutipCore
import KutipGrid
import Testing
@testable import KutipApp

/// Two annotators' stores and a curator's, beside a one-article corpus.
private final class CurationFixture {
    static let text = "Judul Satu\nKami siap bertempur bersama pasukan Rusia, kata Presiden Alexander Lukashenko.\n“Tidak ada yang akan menyerang kami di sini,” kata Presiden Vladimir Putin.\nPutin mengatakan bahwa pasukan Rusia tidak akan menyerang Ukraina."
    let corpus: TestCorpus
    let root: URL
    let article: Article

    /// `budiTakesMarks`: budi's span of the second quotation takes its quotation marks too.
    init(budiTakesMarks: Bool = false) throws {
        corpus = try TestCorpus([("a.txt", Self.text)])
        root = corpus.folder.appendingPathComponent("annotations")
        article = try corpus.corpus.load(corpus.corpus.entries[0]).get()
        let first = range(of: "Kami siap bertempur bersama pasukan Rusia,")
        let second = range(of: "Tidak ada yang akan menyerang kami di sini,")
        let secondWithMarks = range(of: "“Tidak ada yang akan menyerang kami di sini,”")
        let reported = range(of: "pasukan Rusia tidak akan menyerang Ukraina")
        try tag("ana", [(first, .direct, "Alexander Lukashenko"), (second, .direct, "Vladimir Putin")])
        try tag("budi", [(first, .direct, "Vladimir Putin"), (budiTakesMarks ? secondWithMarks : second, .direct, "Vladimir Putin"), (reported, .indirect, "Vladimir Putin")])
    }

    func range(of text: String) -> Range<Int> {
        let scalars = article.scalars
        let needle = Array(text.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        return start..<(start + needle.count)
    }

    private func tag(_ annotator: String, _ quotes: [(Range<Int>, QuoteKind, String)]) throws {
        let store = try AnnotationStore(folder: root.appendingPathComponent(annotator).path, annotator: annotator)
        var registry = SpeakerRegistry()
        var tags = ArticleAnnotations(article: article.id.rawValue, fingerprint: article.fingerprint.description, annotator: annotator)
        for (range, kind, speaker) in quotes {
            tags.quotes.append(QuoteTag(anchor: TextAnchor(range, in: article.scalars), kind: kind, speaker: registry.speakerID(forName: speaker)))
        }
        try store.save(tags)
        try store.save(registry)
    }

    func state() throws -> AppState {
        let compared = try ComparedAnnotators.open(names: ["ana", "budi"]) { self.root.appendingPathComponent($0).path }
        let store = try AnnotationStore(folder: root.appendingPathComponent("curated").path, annotator: "curated")
        var state = AppState(corpus: corpus.corpus, corpusLabel: "test", annotator: "curated", colorMode: .extended,
                             width: 120, height: 30, analyzer: NextPersonSpeaks(), store: store, compared: compared)
        while state.indexSome() {}
        state.press(.enter)
        return state
    }

    func save(_ state: inout AppState) throws {
        try state.makeQueuedSaves()
    }

    func files(of annotator: String) throws -> [String: Data] {
        let folder = root.appendingPathComponent(annotator)
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".json") {
            result[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return result
    }
}

struct CurationTests {
    @Test func eachQuotationIsLabelledWithWhatEveryAnnotatorSaid() throws {
        let fixture = try CurationFixture()
        let state = try fixture.state()
        let grid = Renderer.render(state)
        #expect(grid.find("└ ≠ 1 ana: Alexander Lukashenko │ 2 budi: Vladimir Putin") != nil, "\(grid.rows)")
        #expect(grid.find("└ = direct Vladimir Putin (ana, budi)") != nil, "\(grid.rows)")
        // The reported speech only budi tagged is shown, though analysis did not find it.
        #expect(grid.find("└ ≠ 1 ana: — │ 2 budi: Vladimir Putin") != nil, "\(grid.rows)")
        #expect(grid.row(29).contains("2 disagreements to curate (])"), "\(grid.row(29))")
        #expect(grid.row(29).contains("curated ⇐ ana,budi"), "\(grid.row(29))")
        let label = try #require(grid.find("└ ≠ 1 ana: Alexander"))
        #expect(grid[label.x, label.y].style == state.theme.disagreementLabel)
    }

    @Test func anotherSpanIsADisagreementMarkedWithATilde() throws {
        let fixture = try CurationFixture(budiTakesMarks: true)
        var state = try fixture.state()
        let grid = Renderer.render(state)
        #expect(grid.find("└ ≠ 1 ana: Vladimir Putin │ 2 budi: ~Vladimir Putin") != nil, "\(grid.rows)")
        // Taking budi's side takes budi's span.
        state.type("]]2")
        let tags = try #require(state.annotations.articles[fixture.article.id])
        #expect(tags.quotes.map(\.range) == [fixture.range(of: "“Tidak ada yang akan menyerang kami di sini,”")])
    }

    @Test func theLibraryCountsTheDisagreementsLeftToCurate() throws {
        let fixture = try CurationFixture()
        var state = try fixture.state()
        state.type("q")
        var grid = Renderer.render(state)
        #expect(grid.row(0).hasSuffix("Curate "), "\(grid.row(0))")
        #expect(grid.row(1).hasSuffix("≠2 "), "\(grid.row(1))")
        state.press(.enter)
        state.type("]2]1q")
        grid = Renderer.render(state)
        #expect(grid.row(1).hasSuffix("✓ "), "\(grid.row(1))")
    }

    @Test func bracketsStepThroughTheDisagreementsOnly() throws {
        let fixture = try CurationFixture()
        var state = try fixture.state()
        state.type("]")
        let quotes = try #require(state.article(state.reader.columns[0].articleID)).quotations
        var selected = try #require(state.reader.columns[0].selectedQuote)
        #expect(quotes[selected].range == fixture.range(of: "Kami siap bertempur bersama pasukan Rusia,"))
        #expect(state.message == "Disagreement 1 of 2 left to curate (2 in all): 1-2 takes a side")
        state.type("]")
        selected = try #require(state.reader.columns[0].selectedQuote)
        #expect(quotes[selected].range == fixture.range(of: "pasukan Rusia tidak akan menyerang Ukraina"), "skips the agreed quotation")
        state.type("]")
        #expect(state.message == "No disagreement left to curate below (2 above)")
        state.type("[")
        selected = try #require(state.reader.columns[0].selectedQuote)
        #expect(quotes[selected].range == fixture.range(of: "Kami siap bertempur bersama pasukan Rusia,"))
    }

    @Test func takingASideWritesOnlyTheCuratorsTags() throws {
        let fixture = try CurationFixture()
        let anaBefore = try fixture.files(of: "ana"), budiBefore = try fixture.files(of: "budi")
        var state = try fixture.state()
        state.type("]2")
        #expect(state.message == "Took budi's tag: direct · Vladimir Putin")
        var grid = Renderer.render(state)
        #expect(grid.find("└ ≠ 1 ana: Alexander Lukashenko │ 2 budi: Vladimir Putin ⇒ ✓ Vladimir Putin") != nil, "\(grid.rows)")
        // The curated disagreement is skipped now; ana said the reported speech is none.
        state.press(.escape)
        state.type("g]")
        let quotes = try #require(state.article(state.reader.columns[0].articleID)).quotations
        let selected = try #require(state.reader.columns[0].selectedQuote)
        #expect(quotes[selected].range == fixture.range(of: "pasukan Rusia tidak akan menyerang Ukraina"))
        state.type("1")
        #expect(state.message == "Took ana's view: “pasukan Rusia tidak akan…” is not a quotation")
        grid = Renderer.render(state)
        #expect(grid.find("└ ≠ 1 ana: — │ 2 budi: Vladimir Putin ⇒ ✗") != nil, "\(grid.rows)")
        state.type("]")
        #expect(state.message == "All 2 disagreements here are curated")
        try fixture.save(&state)

        let curated = try AnnotationStore.reading(folder: fixture.root.appendingPathComponent("curated").path, annotator: "curated")
        let tags = try curated.annotations(for: fixture.article)
        let speakers = try curated.speakers()
        #expect(tags.quotes.count == 2)
        let taken = try #require(tags.quotes.first { $0.range == fixture.range(of: "Kami siap bertempur bersama pasukan Rusia,") })
        #expect(taken.speaker.flatMap { speakers.speaker(id: $0)?.name } == "Vladimir Putin")
        #expect(tags.quotes.contains { $0.range == fixture.range(of: "pasukan Rusia tidak akan menyerang Ukraina") && $0.notAQuotation })
        #expect(try fixture.files(of: "ana") == anaBefore, "the compared annotators' files are never written")
        #expect(try fixture.files(of: "budi") == budiBefore)

        // Taking a side is undone like any other change.
        state.type("uu")
        #expect(state.annotations.articles[fixture.article.id]?.quotes.isEmpty == true)
    }

    @Test func takingAnAnnotatorWhoIsNotThereSaysSo() throws {
        let fixture = try CurationFixture()
        var state = try fixture.state()
        state.type("]3")
        #expect(state.message == "There are 2 annotators to take from: 1-2")
        #expect(state.annotations.articles[fixture.article.id]?.quotes.isEmpty ?? true)
    }

    @Test func withoutCompareTheKeysExplainThemselves() throws {
        let corpus = try TestCorpus([("a.txt", CurationFixture.text)])
        var state = corpus.state()
        state.press(.enter)
        state.type("]")
        #expect(state.message == "Not comparing annotators: start kutip with --compare NAME,NAME")
    }
}
