import KutipCore
import KutipGrid
import Testing
@testable import KutipApp

struct QuoteLabelTests {
    @Test func aLabelLineFollowsTheLineWhereEachQuotationEnds() {
        let lines = [VisualLine(start: 0, end: 10), VisualLine(start: 11, end: 20), VisualLine(start: 20, end: 20),
                     VisualLine(start: 21, end: 30)]
        let quotes = [2..<15, 16..<19, 22..<40]
        let placed = QuoteLabelLines.inserting(labelsOf: quotes, into: lines)
        #expect(placed.map(\.label) == [nil, nil, 0, 1, nil, nil, 2])
        #expect(placed[2].start == 20 && placed[2].isBlank == false)
        // Offsets still rise line by line, so finding a line by offset keeps working.
        #expect(zip(placed, placed.dropFirst()).allSatisfy { $0.start <= $1.start })
    }

    @Test func theReaderLabelsAQuotationWithItsKindAndTheCanonicalSpeaker() throws {
        let corpus = try TestCorpus([
            ("a.txt", "Judul Satu\nPresiden Alexander Lukashenko tiba di Minsk. Alexander Lukashenko tersenyum."),
            ("b.txt", "Judul Dua\n“Kami siap bertempur bersama pasukan kami,” kata Lukahsneko kepada wartawan."),
        ])
        var state = corpus.state(width: 80, height: 24, analyzer: NextPersonSpeaks())
        while state.indexSome() {}
        state.type("j")
        state.press(.enter)
        let grid = Renderer.render(state)
        let quote = try #require(grid.find("Kami siap"))
        let label = try #require(grid.find("└ direct · Alexander Lukashenko"), "\(grid.rows)")
        #expect(label.y == quote.y + 1)
        #expect(grid[label.x, label.y].style == state.theme.quoteLabel)
    }

    @Test func selectingAQuotationUnderlinesItsSpeakerAndTellsHowSure() throws {
        let corpus = try TestCorpus([("a.txt", "Judul\n“Kami siap bertempur bersama mereka,” kata Lukashenko di 明斯克.")])
        var state = corpus.state(width: 80, height: 24, analyzer: NextPersonSpeaks())
        state.press(.enter)
        var grid = Renderer.render(state)
        let name = try #require(grid.find("Lukashenko di"))
        #expect(!grid[name.x, name.y].style.attributes.contains(.underline))
        state.type("n")
        grid = Renderer.render(state)
        for x in name.x..<(name.x + 10) { #expect(grid[x, name.y].style.attributes.contains(.underline), "cell \(x)") }
        #expect(!grid[name.x + 11, name.y].style.attributes.contains(.underline))
        #expect(grid.row(23).contains("quote 1/1 direct · Lukashenko (90%)"), "\(grid.row(23))")
    }

    @Test func anUncertainSpeakerIsMarkedAndAMissingOneSaidSo() throws {
        let corpus = try TestCorpus([("a.txt", "Judul\n“Kami siap bertempur bersama mereka,” kata Lukashenko.\n“Ini bukan perang kami sama sekali.”")])
        var state = corpus.state(width: 80, height: 24, analyzer: NextPersonSpeaks(confidence: 0.3))
        state.press(.enter)
        let grid = Renderer.render(state)
        #expect(grid.find("└ direct · Lukashenko?") != nil, "\(grid.rows)")
        #expect(grid.find("└ direct · speaker unknown") != nil, "\(grid.rows)")
    }

    @Test func selectingAPersonLightsTheirOtherSpellingsInOtherColumns() throws {
        let corpus = try TestCorpus([
            ("a.txt", "Judul Satu\nPresiden Alexander Lukashenko tiba di Minsk."),
            ("b.txt", "Judul Dua\nPresiden Lukahsneko bilang aman. Wakil Lukashevich tidak."),
        ])
        var state = corpus.state(width: 100, height: 24)
        while state.indexSome() {}
        state.type("v")
        state.type("q")
        state.type("j")
        state.type("v")
        state.press(.tab)
        for _ in 0..<4 where state.reader.selectedEntity?.key != "alexander lukashenko" { state.type("e") }
        #expect(state.reader.selectedEntity?.key == "alexander lukashenko")
        let grid = Renderer.render(state)
        let misspelt = try #require(grid.find("Lukahsneko"))
        #expect(grid[misspelt.x, misspelt.y].style.attributes.contains(.reverse))
        let other = try #require(grid.find("Lukashevich"))
        #expect(!grid[other.x, other.y].style.attributes.contains(.reverse), "a different person stays unlit")
        #expect(state.message?.contains("1 in the other columns") == true, "\(state.message ?? "")")
    }
}
