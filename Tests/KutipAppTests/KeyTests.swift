import KutipCore
import KutipGrid
import Testing
@testable import KutipApp

@Suite struct KeyTests {
    let articles = [
        ("a.txt", "Putin Tiba di Minsk\nPresiden Rusia Vladimir Putin tiba di Minsk."),
        ("b.txt", "Lukashenko Menyambut Tamu\n“Kami siap,” kata Lukashenko.\n“Kami juga siap bertempur bersama Rusia,” kata dia."),
        ("c.txt", "Sanksi Eropa Diperketat\nUni Eropa memperketat sanksi."),
        ("d.txt", "Latihan Perang Gabungan\nTentara Belarusia berlatih."),
        ("e.txt", "Pemilu Belarusia 2020\nProtes pecah di Minsk."),
    ]

    @Test func jAndKMoveTheLibraryCursor() throws {
        let corpus = try TestCorpus(articles)
        var state = corpus.state()
        state.type("jj")
        #expect(state.library.cursor == 2)
        state.type("k")
        #expect(state.library.cursor == 1)
        state.press(.down, .down, .down, .down, .down)
        #expect(state.library.cursor == 4)
        state.type("g")
        #expect(state.library.cursor == 0)
        state.type("G")
        #expect(state.library.cursor == 4)
    }

    @Test func enterOpensAloneAndVAddsColumnsUpToFour() throws {
        let corpus = try TestCorpus(articles)
        var state = corpus.state(width: 120, height: 40)
        state.press(.enter)
        #expect(state.screen == .reader)
        #expect(state.reader.columns.map(\.articleID.rawValue) == ["a"])
        state.type("q")
        #expect(state.screen == .library)
        #expect(state.reader.columns.count == 1, "q in the reader closes no columns")
        for _ in 0..<3 {
            state.type("j")
            state.type("v")
            state.type("q")
        }
        #expect(state.reader.columns.map(\.articleID.rawValue) == ["a", "b", "c", "d"])
        state.type("j")
        state.type("v")
        #expect(state.reader.columns.count == 4)
        #expect(state.message?.contains("Four columns") == true)
        #expect(state.screen == .library)
        state.press(.enter)
        #expect(state.reader.columns.map(\.articleID.rawValue) == ["e"], "Enter opens the article alone")
    }

    @Test func tabAndShiftTabMoveTheFocusAround() throws {
        let corpus = try TestCorpus(articles)
        var state = corpus.state(width: 120, height: 40)
        state.type("v")
        state.type("q")
        state.type("j")
        state.type("v")
        state.type("q")
        state.type("j")
        state.type("v")
        #expect(state.reader.focus == 2)
        state.press(.tab)
        #expect(state.reader.focus == 0)
        state.press(.backTab)
        #expect(state.reader.focus == 2)
        state.press(.backTab)
        #expect(state.reader.focus == 1)
        state.type("x")
        #expect(state.reader.columns.map(\.articleID.rawValue) == ["a", "c"])
    }

    @Test func qInTheLibraryQuits() throws {
        let corpus = try TestCorpus(articles)
        var state = corpus.state()
        #expect(state.handle(.key(.character("q"))) == .quit)
    }

    @Test func slashFiltersAsYouTypeByTitleAndEscClears() throws {
        let corpus = try TestCorpus(articles)
        var state = corpus.state()
        state.type("/minsk")
        #expect(state.prompt != nil)
        #expect(state.library.visible == [0], "before indexing, only titles are known")
        while state.indexSome() {}  // what the terminal does while no key waits
        #expect(state.library.visible == [0, 4], "a and e mention Minsk")
        state.press(.backspace, .backspace, .backspace, .backspace, .backspace)
        state.type("sanksi")
        #expect(state.library.visible == [2])
        state.press(.enter)
        #expect(state.prompt == nil)
        #expect(state.library.filter == "sanksi")
        state.press(.escape)
        #expect(state.library.visible.count == 5)
    }

    @Test func theFilterFindsArticlesBeyondTheScreenOnceIndexingReachesThem() throws {
        var files = (0..<60).map { (String(format: "%02d.txt", $0), "Judul Berita Nomor \($0)\nIsi biasa.") }
        files[50] = ("50.txt", "Kunjungan ke Sochi\nIsi.")
        let corpus = try TestCorpus(files)
        var state = corpus.state(width: 80, height: 12)
        state.type("/sochi")
        #expect(state.library.visible.isEmpty, "article 50 is off screen and not read yet")
        #expect(state.isIndexing)
        while state.indexSome(7) {}
        #expect(!state.isIndexing)
        #expect(state.library.visible == [50])
        #expect(state.summary(of: ArticleID("50"))?.title == "Kunjungan ke Sochi")
        #expect(state.loaded.isEmpty, "indexing keeps summaries, not texts")
    }

    @Test func nAndCapitalNStepThroughQuotations() throws {
        let corpus = try TestCorpus(articles)
        var state = corpus.state()
        state.type("j")
        state.press(.enter)
        state.type("n")
        #expect(state.reader.columns[0].selectedQuote == 0)
        state.type("n")
        #expect(state.reader.columns[0].selectedQuote == 1)
        state.type("n")
        #expect(state.reader.columns[0].selectedQuote == 1)
        #expect(state.message == "Last quotation")
        state.type("N")
        #expect(state.reader.columns[0].selectedQuote == 0)
    }

    @Test func jScrollsTheFocusedColumnAndStopsAtTheEnd() throws {
        let long = (1...200).map { "Paragraf nomor \($0) tentang Belarusia." }.joined(separator: "\n")
        let corpus = try TestCorpus([("long.txt", "Judul Panjang\n" + long), ("short.txt", "Judul Pendek\nSatu.")])
        var state = corpus.state(width: 80, height: 24)
        state.press(.enter)
        state.type("jjj")
        #expect(state.reader.columns[0].scroll == 3)
        state.press(.pageDown)
        #expect(state.reader.columns[0].scroll == 3 + 20)
        state.type("G")
        let lines = state.article(ArticleID("long"))!.lines(width: state.readerGeometry.textWidth(of: 0)).count
        #expect(state.reader.columns[0].scroll == lines - state.readerGeometry.textHeight)
        state.type("j")
        #expect(state.reader.columns[0].scroll == lines - state.readerGeometry.textHeight)
    }

    @Test func searchJumpsToTheMatchAndNStepsThroughMatches() throws {
        let long = (1...100).map { $0 == 60 || $0 == 80 ? "Di sini ada Sochi." : "Paragraf \($0)." }.joined(separator: "\n")
        let corpus = try TestCorpus([("long.txt", "Judul Panjang\n" + long)])
        var state = corpus.state(width: 80, height: 24)
        state.press(.enter)
        state.type("/sochi")
        state.press(.enter)
        #expect(state.reader.search == "sochi")
        let article = state.article(ArticleID("long"))!
        let width = state.readerGeometry.textWidth(of: 0)
        let matches = TextSearch.matches(of: "sochi", in: article.article.scalars)
        #expect(matches.count == 2)
        func visible(_ offset: Int) -> Bool {
            let line = article.lineIndex(of: offset, width: width)
            let scroll = state.reader.columns[0].scroll
            return line >= scroll && line < scroll + state.readerGeometry.textHeight
        }
        #expect(visible(matches[0].lowerBound))
        #expect(!visible(matches[1].lowerBound))
        state.type("n")
        #expect(visible(matches[1].lowerBound))
        state.press(.escape)
        #expect(state.reader.search == nil)
    }

    @Test func mouseWheelScrollsTheColumnUnderThePointerAndAClickFocusesIt() throws {
        let long = (1...100).map { "Paragraf \($0)." }.joined(separator: "\n")
        let corpus = try TestCorpus([("a.txt", "Satu\n" + long), ("b.txt", "Dua\n" + long)])
        var state = corpus.state(width: 80, height: 24)
        state.type("v")
        state.type("q")
        state.type("j")
        state.type("v")
        #expect(state.reader.focus == 1)
        _ = state.handle(.mouse(MouseEvent(action: .wheelDown, x: 5, y: 5)))
        #expect(state.reader.columns[0].scroll == 3)
        #expect(state.reader.columns[1].scroll == 0)
        _ = state.handle(.mouse(MouseEvent(action: .press, x: 10, y: 3)))
        #expect(state.reader.focus == 0)
    }

    @Test func aClickSelectsALibraryRow() throws {
        let corpus = try TestCorpus(articles)
        var state = corpus.state()
        _ = state.handle(.mouse(MouseEvent(action: .press, x: 10, y: 3)))
        #expect(state.library.cursor == 2)
    }

    @Test func anUnreadableArticleSaysWhyInsteadOfOpening() throws {
        let corpus = try TestCorpus([("good.txt", "Judul Baik\nIsi.")])
        try Data([0x41, 0xFF, 0x42]).write(to: corpus.folder.appendingPathComponent("bad.txt"))
        let reopened = try Corpus.open(corpus.folder.path)
        var state = AppState(corpus: reopened, corpusLabel: "t", annotator: "t", colorMode: .none, width: 80, height: 24)
        state.press(.enter)
        #expect(state.screen == .library)
        #expect(state.message?.contains("bad.txt") == true)
        #expect(state.message?.contains("not UTF-8") == true)
    }

    @Test func theHelpListsEveryBindingOfTheKeyTable() throws {
        let corpus = try TestCorpus(articles)
        var state = corpus.state(width: 120, height: 120)
        state.type("?")
        #expect(state.showingHelp)
        let screen = Renderer.render(state).text
        for binding in KeyMap.bindings {
            #expect(screen.contains(binding.label), "help lacks \(binding.label)")
            #expect(screen.contains(binding.summary), "help lacks \(binding.summary)")
        }
        state.type("q")
        #expect(!state.showingHelp)
        #expect(state.screen == .library)
    }
}

import Foundation
