import Foundation
import KutipCore
import KutipGrid
import Testing
@testable import KutipApp

/// A corpus of two articles with a store beside it.
private final class TaggingFixture {
    let corpus: TestCorpus
    let storeFolder: URL

    init() throws {
        corpus = try TestCorpus([
            ("a.txt", "Judul Satu\n“Kami siap bertempur bersama pasukan Rusia,” kata Presiden Alexander Lukashenko.\n“Tidak ada yang akan menyerang kami di sini,” kata Presiden Vladimir Putin."),
            ("b.txt", "Judul Dua\n“Kami akan tetap tinggal di negeri kami sendiri,” kata Lukahsneko kepada 明斯克 wartawan."),
        ])
        storeFolder = corpus.folder.appendingPathComponent("store")
    }

    func state(width: Int = 100, height: Int = 30) throws -> AppState {
        let store = try AnnotationStore(folder: storeFolder.path, annotator: "tester")
        var state = AppState(corpus: corpus.corpus, corpusLabel: "test", annotator: "tester", colorMode: .extended,
                             width: width, height: height, analyzer: NextPersonSpeaks(), store: store)
        while state.indexSome() {}
        return state
    }

    /// Makes the state's queued saves as the terminal does, and reports them done.
    func save(_ state: inout AppState) throws {
        try state.makeQueuedSaves()
    }

    func storedJSON(_ id: String) throws -> String {
        try String(contentsOf: storeFolder.appendingPathComponent(id + ".json"), encoding: .utf8)
    }
}

struct TaggingTests {
    @Test func acceptingASuggestionTagsTheQuotationAndSavesIt() throws {
        let fixture = try TaggingFixture()
        var state = try fixture.state()
        state.press(.enter)
        state.type("n")
        var grid = Renderer.render(state)
        #expect(grid.find("└ direct · Alexander Lukashenko") != nil, "\(grid.rows)")
        #expect(grid.row(29).contains("no changes"))
        state.type("a")
        #expect(state.message == "Tagged “Kami siap bertempur bersama…” as Alexander Lukashenko")
        grid = Renderer.render(state)
        #expect(grid.find("└ direct ✓ Alexander Lukashenko") != nil, "\(grid.rows)")
        state.message = nil
        #expect(Renderer.render(state).row(29).contains("saving…"), "not saved until the disk says so")
        try fixture.save(&state)
        #expect(Renderer.render(state).row(29).contains("saved"))
        let json = try fixture.storedJSON("a")
        #expect(json.contains("\"text\" : \"Kami siap bertempur bersama pasukan Rusia,\""))
        #expect(json.contains("\"speaker\" : \"s-1\""))
        let speakers = try String(contentsOf: fixture.storeFolder.appendingPathComponent("speakers.json"), encoding: .utf8)
        #expect(speakers.contains("\"name\" : \"Alexander Lukashenko\""))
    }

    @Test func tagsAreThereWhenKutipStartsAgain() throws {
        let fixture = try TaggingFixture()
        do {
            var state = try fixture.state()
            state.press(.enter)
            state.type("na")
            try fixture.save(&state)
        }
        var state = try fixture.state()
        state.press(.enter)
        let grid = Renderer.render(state)
        #expect(grid.find("└ direct ✓ Alexander Lukashenko") != nil, "\(grid.rows)")
        #expect(state.summary(of: ArticleID("a"))?.taggedCount == 1)
    }

    @Test func undoAndRedoWorkAcrossArticles() throws {
        let fixture = try TaggingFixture()
        var state = try fixture.state()
        state.press(.enter)
        state.type("na")
        state.type("q")
        state.type("j")
        state.press(.enter)
        state.type("na")
        #expect(state.annotations.articles[ArticleID("b")]?.taggedCount == 1)
        // The misspelt name in b is the person tagged in a: one speaker, with the spelling kept.
        #expect(state.annotations.speakers.speakers.count == 1)
        #expect(state.annotations.speakers.speakers.first?.aliases == ["Lukahsneko"])
        state.type("u")
        #expect(state.annotations.articles[ArticleID("b")]?.taggedCount == 0)
        #expect(state.annotations.speakers.speakers.first?.aliases == [])
        state.type("u")
        #expect(state.annotations.articles[ArticleID("a")]?.taggedCount == 0)
        #expect(state.message?.hasPrefix("Undone: Tagged “Kami siap") == true)
        state.type("u")
        #expect(state.message == "Nothing to undo")
        state.press(.control("r"))
        #expect(state.annotations.articles[ArticleID("a")]?.taggedCount == 1)
        try fixture.save(&state)
        #expect(try fixture.storedJSON("a").contains("\"speaker\" : \"s-1\""))
        #expect(!(try fixture.storedJSON("b").contains("\"speaker\"")), "the undone tag is gone from the file too")
        // The library counts tagged quotations per article.
        state.type("q")
        let grid = Renderer.render(state)
        #expect(grid.find("1/2") != nil && grid.find("0/1") != nil, "\(grid.rows)")
    }

    @Test func thePickerOffersTheSuggestionFirstAndFiltersAsYouType() throws {
        let fixture = try TaggingFixture()
        var state = try fixture.state()
        state.press(.enter)
        state.type("n")
        state.type("s")
        guard case let .speaker(picker)? = state.prompt else {
            Issue.record("no picker")
            return
        }
        #expect(picker.matches.map(\.name) == ["Alexander Lukashenko", "Vladimir Putin"])
        #expect(picker.matches.map(\.note) == ["suggested", "in this article"])
        var grid = Renderer.render(state)
        #expect(grid.find("Who said it?") != nil)
        state.type("vput")
        guard case let .speaker(filtered)? = state.prompt else { return }
        #expect(filtered.matches.map(\.name) == ["Vladimir Putin"])
        grid = Renderer.render(state)
        let y = try #require(grid.rows.firstIndex { $0.contains("Vladimir Putin") && $0.contains("in this article") })
        let x = try #require(grid.rows[y].range(of: "Vladimir Putin")).lowerBound.utf16Offset(in: grid.rows[y])
        #expect(grid[x, y].style.attributes.contains(.reverse), "the one match is highlighted")
        #expect(grid.row(29).contains("speaker: vput"))
        state.press(.enter)
        #expect(state.prompt == nil)
        #expect(Renderer.render(state).find("└ direct ✓ Vladimir Putin") != nil)
    }

    @Test func aTypedNameThatMatchesNobodyIsANewSpeakerAndTabMakesItAnAlias() throws {
        let fixture = try TaggingFixture()
        var state = try fixture.state()
        state.press(.enter)
        state.type("n")
        state.type("s")
        state.type("Juru bicara Kremlin")
        state.press(.enter)
        #expect(state.annotations.speakers.speaker(named: "Juru bicara Kremlin") != nil)
        #expect(Renderer.render(state).find("✓ Juru bicara Kremlin") != nil)
        state.type("n")
        state.type("s")
        state.type("Vlad")
        state.press(.tab)
        let putin = try #require(state.annotations.speakers.speaker(named: "Vladimir Putin"))
        #expect(putin.aliases == ["Vlad"])
        #expect(Renderer.render(state).find("└ direct ✓ Vladimir Putin") != nil)
    }

    @Test func notAQuotationIsMarkedAndCanBeTakenBack() throws {
        let fixture = try TaggingFixture()
        var state = try fixture.state()
        state.press(.enter)
        state.type("nd")
        #expect(Renderer.render(state).find("└ ✗ not a quotation") != nil)
        state.type("d")
        #expect(Renderer.render(state).find("└ ✗ not a quotation") == nil)
        #expect(Renderer.render(state).find("└ direct · Alexander Lukashenko") != nil)
    }

    @Test func aDamagedStoreFileIsNamedAndTheArticleIsNotTagged() throws {
        let fixture = try TaggingFixture()
        try FileManager.default.createDirectory(at: fixture.storeFolder, withIntermediateDirectories: true)
        let damaged = Data("{ not json".utf8)
        try damaged.write(to: fixture.storeFolder.appendingPathComponent("a.json"))
        var state = try fixture.state()
        state.press(.enter)
        state.type("na")
        #expect(state.message?.contains("a.json: cannot read the annotations") == true, "\(state.message ?? "")")
        #expect(state.takeWrites().isEmpty)
        #expect(try Data(contentsOf: fixture.storeFolder.appendingPathComponent("a.json")) == damaged)
    }

    @Test func withoutAStoreTaggingSaysWhy() throws {
        let corpus = try TestCorpus([("a.txt", "Judul\n“Kami siap bertempur bersama pasukan kami,” kata Lukashenko.")])
        var state = corpus.state(width: 80, height: 24, analyzer: NextPersonSpeaks())
        state.press(.enter)
        state.type("na")
        #expect(state.message == "No annotation store is open: tags cannot be kept")
    }
}

struct UnplacedTagTests {
    @Test func tagsLostInAChangedArticleAreKeptAndSaid() throws {
        let corpus = try TestCorpus([("a.txt", "Judul\n“Kami siap bertempur bersama pasukan kami,” kata Lukashenko.")])
        let storeFolder = corpus.folder.appendingPathComponent("store").path
        do {
            var state = AppState(corpus: corpus.corpus, corpusLabel: "t", annotator: "t", colorMode: .extended, width: 100,
                                 height: 24, store: try AnnotationStore(folder: storeFolder, annotator: "t"))
            state.press(.enter)
            state.type("s")
            state.type("nd")  // not a quotation: a tag on the quotation
            let store = try #require(state.annotations.store)
            for write in state.takeWrites() {
                if case let .article(tags) = write.content { try store.save(tags) }
            }
        }
        // The article is rewritten without the quotation.
        try Data("Judul\nBerita yang sama sekali lain, tanpa kutipan.".utf8).write(to: corpus.folder.appendingPathComponent("a.txt"))
        let changed = try Corpus.open(corpus.folder.path)
        var state = AppState(corpus: changed, corpusLabel: "t", annotator: "t", colorMode: .extended, width: 100, height: 24,
                             store: try AnnotationStore(folder: storeFolder, annotator: "t"))
        state.press(.enter)
        let row = Renderer.render(state).row(23)
        #expect(row.contains("1 tag not found in the changed text"), "\(row)")
        #expect(state.annotations.articles[ArticleID("a")]?.quotes.count == 1)
    }
}

struct SpeakersScreenTests {
    @Test func listsEachSpeakerWithTheirQuotationsAndEnterJumpsToOne() throws {
        let fixture = try TaggingFixture()
        var state = try fixture.state()
        state.press(.enter)
        state.type("na")       // first quotation: Alexander Lukashenko
        state.type("ns")       // second: picked
        state.type("Putin")
        state.press(.enter)
        state.type("g")
        state.type("S")
        #expect(state.screen == .speakers)
        var grid = Renderer.render(state)
        let lukashenko = try #require(grid.find("Alexander Lukashenko (1)"), "\(grid.rows)")
        let putin = try #require(grid.find("Vladimir Putin (1)"))
        #expect(grid.find("“Kami siap bertempur bersama pasukan Rusia,”")?.y == lukashenko.y + 1)
        #expect(grid.find("“Tidak ada yang akan menyerang kami di sini,”")?.y == putin.y + 1)
        let first = try #require(grid.find("“Kami siap"))
        #expect(grid[first.x, first.y].style.attributes.contains(.reverse), "the first quotation is selected")
        state.type("j")
        grid = Renderer.render(state)
        let second = try #require(grid.find("“Tidak ada"))
        #expect(grid[second.x, second.y].style.attributes.contains(.reverse))
        state.press(.enter)
        #expect(state.screen == .reader)
        #expect(state.reader.focusedColumn?.selectedQuote == 1)
        #expect(Renderer.render(state).row(29).contains("quote 2/2"))
    }

    @Test func openArticlesGetAColumnEachAndQGoesBack() throws {
        let fixture = try TaggingFixture()
        var state = try fixture.state(width: 120)
        state.type("v")
        state.type("na")
        state.type("q")
        state.type("j")
        state.type("v")
        state.type("na")
        state.type("S")
        let grid = Renderer.render(state)
        #expect(grid.row(0).contains("Speakers · Judul Satu") && grid.row(0).contains("Speakers · Judul Dua"), "\(grid.row(0))")
        // One speaker in both: the misspelt name was tagged under the person's canonical name.
        #expect(grid.rows.filter { $0.contains("Alexander Lukashenko (1)") }.count == 1)
        #expect(grid.rows.first { $0.contains("Alexander Lukashenko (1)") }.map { $0.components(separatedBy: "Alexander Lukashenko (1)").count - 1 } == 2)
        state.type("q")
        #expect(state.screen == .reader)
    }
}

struct QuotationEditTests {
    @Test func kindAndSpanChangesAreTagsThatMoveTheLabelAndUndo() throws {
        let fixture = try TaggingFixture()
        var state = try fixture.state()
        state.press(.enter)
        state.type("n")
        state.type("K")
        #expect(state.message == "“Kami siap bertempur bersama…” is partial")
        #expect(Renderer.render(state).find("└ partial · Alexander Lukashenko") != nil)
        // The end takes in the closing mark and the next two words, then gives one back.
        state.type(">>>")
        state.type("<")
        let quotation = try #require(state.selectedQuotation?.quotation)
        let article = try #require(state.article(ArticleID("a"))).article
        #expect(article.text(from: quotation.start, to: quotation.end) == "Kami siap bertempur bersama pasukan Rusia,” kata")
        // The start moves a word later.
        state.type("}")
        let moved = try #require(state.selectedQuotation?.quotation)
        #expect(article.text(from: moved.start, to: moved.end) == "siap bertempur bersama pasukan Rusia,” kata")
        #expect(moved.tag?.speaker == nil, "a corrected span waits for its speaker")
        // Tagging keeps the corrected span.
        state.type("a")
        try fixture.save(&state)
        #expect(try fixture.storedJSON("a").contains("\"text\" : \"siap bertempur bersama pasukan Rusia,” kata\""))
        #expect(try fixture.storedJSON("a").contains("\"kind\" : \"partial\""))
        for _ in 0..<8 { state.type("u") }  // K, four ends, a start, the tag
        let back = try #require(state.selectedQuotation?.quotation)
        #expect(article.text(from: back.start, to: back.end) == "Kami siap bertempur bersama pasukan Rusia,")
        #expect(back.kind == .direct && back.tag == nil)
    }

    @Test func aSpanCannotShrinkToNothing() throws {
        let corpus = try TestCorpus([("a.txt", "Judul\nIa berkata “kami” lalu pergi bersama pasukan.")])
        let store = try AnnotationStore(folder: corpus.folder.appendingPathComponent("s").path, annotator: "t")
        var state = AppState(corpus: corpus.corpus, corpusLabel: "t", annotator: "t", colorMode: .extended, width: 80, height: 24,
                             store: store)
        state.press(.enter)
        state.type("n<")
        #expect(state.message == "The quotation cannot be made shorter or longer that way")
        state.type("}")
        #expect(state.message == "The quotation cannot be made shorter or longer that way")
    }
}

struct AddingAndCorrectingTests {
    private func state(_ text: String, width: Int = 100) throws -> (TestCorpus, AppState) {
        let corpus = try TestCorpus([("a.txt", text)])
        let store = try AnnotationStore(folder: corpus.folder.appendingPathComponent("s").path, annotator: "t")
        var state = AppState(corpus: corpus.corpus, corpusLabel: "t", annotator: "t", colorMode: .extended, width: width,
                             height: 24, store: store)
        state.press(.enter)
        return (corpus, state)
    }

    @Test func selectedWordsBecomeAQuotationTheAnalysisMissed() throws {
        var (corpus, state) = try state("Judul\nKami sangat membutuhkan mereka, katanya kepada 明斯克 wartawan.")
        _ = corpus
        state.type("/")
        state.type("Kami")
        state.press(.enter)
        state.type("m")
        state.type("www")
        var grid = Renderer.render(state)
        let selected = try #require(grid.find("Kami sangat membutuhkan mereka,"))
        #expect(grid[selected.x, selected.y].style.attributes.contains(.reverse))
        #expect(grid[selected.x, selected.y].style.attributes.contains(.underline))
        state.type("b")
        state.type("w")
        state.press(.enter)
        #expect(state.reader.mark == nil)
        #expect(state.message?.hasPrefix("Added the quotation “Kami sangat membutuhkan mereka,”") == true, "\(state.message ?? "")")
        let quotation = try #require(state.selectedQuotation?.quotation)
        #expect(quotation.kind == .indirect && quotation.suggestion == nil)
        grid = Renderer.render(state)
        #expect(grid.find("└ indirect · speaker unknown") != nil, "\(grid.rows)")
        // It takes a speaker like any other, and d removes it again.
        state.type("s")
        state.type("Narasumber")
        state.press(.enter)
        #expect(Renderer.render(state).find("└ indirect ✓ Narasumber") != nil)
        state.type("d")
        #expect(state.article(ArticleID("a"))?.quotations.isEmpty == true)
        #expect(state.message?.hasPrefix("Removed the quotation") == true)
    }

    @Test func aClickMovesTheSelectionHead() throws {
        var (corpus, state) = try state("Judul\nSatu dua tiga empat lima enam.")
        _ = corpus
        state.type("/")
        state.type("Satu")
        state.press(.enter)
        state.type("m")
        let grid = Renderer.render(state)
        let empat = try #require(grid.find("empat"))
        _ = state.handle(.mouse(MouseEvent(action: .press, x: empat.x + 2, y: empat.y)))
        let mark = try #require(state.reader.mark)
        #expect(state.article(ArticleID("a"))?.article.text(from: mark.range.lowerBound, to: mark.range.upperBound) == "Satu dua tiga empat")
        state.press(.escape)
        #expect(state.reader.mark == nil)
    }

    @Test func entitiesCanBeAddedRetypedAndRemoved() throws {
        var (corpus, state) = try state("Judul\nPresiden Lukashenko bertemu warga desa Ostrovets kemarin.")
        _ = corpus
        state.type("/")
        state.type("Ostrovets")
        state.press(.enter)
        state.type("m2")
        #expect(state.message == "Ostrovets is LOC")
        state.press(.escape)  // the search's marks off, to see the entity's colour
        var grid = Renderer.render(state)
        let place = try #require(grid.find("Ostrovets kemarin"))
        #expect(grid[place.x, place.y].style.foreground == state.theme.entity(.location).foreground)
        // Lukashenko is a person by the first pass; t makes it LOC, D no entity at all.
        for _ in 0..<4 where state.reader.selectedEntity?.key != "lukashenko" { state.type("e") }
        #expect(state.reader.selectedEntity?.key == "lukashenko")
        state.type("t")
        grid = Renderer.render(state)
        let name = try #require(grid.find("Lukashenko"))
        #expect(grid[name.x, name.y].style.foreground == state.theme.entity(.location).foreground)
        state.type("D")
        grid = Renderer.render(state)
        #expect(grid[name.x, name.y].style.foreground == Style.plain.foreground)
        #expect(state.annotations.articles[ArticleID("a")]?.entities.map(\.type) == [nil, .location])
        state.type("uu")
        grid = Renderer.render(state)
        #expect(grid[name.x, name.y].style.foreground == state.theme.entity(.person).foreground)
    }
}

struct FirstFrameTests {
    @Test func theFirstFrameShowsTitlesBeforeAnyAnalysisAndCountsAfterIndexing() throws {
        let corpus = try TestCorpus([("a.txt", "Judul Pertama\n“Kami siap bertempur bersama pasukan kami,” kata Presiden Lukashenko di Minsk.")])
        var state = corpus.state(width: 100, height: 24)
        var grid = Renderer.render(state)
        #expect(grid.find("Judul Pertama") != nil)
        #expect(state.summary(of: ArticleID("a"))?.isAnalysed == false)
        #expect(grid.find("0/1") == nil, "no counts before analysis")
        while state.indexSome() {}
        grid = Renderer.render(state)
        #expect(state.summary(of: ArticleID("a"))?.isAnalysed == true)
        #expect(grid.find("0/1") != nil, "\(grid.rows)")
    }
}

struct CommandTests {
    @Test func colonExportAsksTheTerminalToExportAndOtherCommandsAreRefused() throws {
        let corpus = try TestCorpus([("a.txt", "Judul\nIsi berita.")])
        var state = corpus.state()
        state.type(":")
        state.type("export csv tags.csv")
        #expect(Renderer.render(state).row(23).hasPrefix(":export csv tags.csv"))
        #expect(state.handle(.key(.enter)) == .export(format: "csv", path: "tags.csv"))
        #expect(state.message == "Exporting to tags.csv…")
        state.type(":")
        state.type("export brat")
        #expect(state.handle(.key(.enter)) == .export(format: "brat", path: "kutip-export-brat"))
        state.type(":")
        state.type("export")
        #expect(state.handle(.key(.enter)) == nil)
        #expect(state.message?.hasPrefix("export needs a format") == true)
        state.type(":")
        state.type("frobnicate")
        #expect(state.handle(.key(.enter)) == nil)
        #expect(state.message == "frobnicate: no such command (:export FORMAT [PATH])")
    }
}
