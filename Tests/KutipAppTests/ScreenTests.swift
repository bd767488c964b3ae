import KutipCore
import KutipGrid
import Testing
@testable import KutipApp

/// Screen tests: a state rendered into the cell grid, read the way a person reads the screen.
@Suite struct ScreenTests {
    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func theLibraryListsTheBundledTitles(width: Int, height: Int) throws {
        let grid = Renderer.render(try bundledState(width: width, height: height))
        #expect(grid.row(0).hasPrefix(" Title"))
        #expect(grid.row(2).hasPrefix(" Putin dan Lukashenko"))
        #expect(grid.row(3).hasPrefix(" Jika Diperlukan"))
        #expect(grid.row(height - 1).contains("1/5"))
        // The cursor row is reversed from edge to edge.
        #expect((0..<width).allSatisfy { grid[$0, 1].style.attributes.contains(.reverse) })
        if width >= 80 { #expect(grid.row(5).contains("IBTimes")) }
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func twoArticlesSideBySide(width: Int, height: Int) throws {
        var state = try bundledState(width: width, height: height)
        state.type("j")
        state.press(.enter)  // 001: Putin dan Lukashenko …
        state.type("q")
        state.type("j")
        state.type("v")      // 002: Jika Diperlukan …
        let grid = Renderer.render(state)
        let geometry = state.readerGeometry
        let left = geometry.frame(of: 0), right = geometry.frame(of: 1)
        #expect(left.x == 0 && right.x > width / 2 - 2)
        // Column titles.
        #expect(grid.find(" Putin")?.x == 0)
        let rightTitle = grid.find(" Jika")
        #expect(rightTitle?.x == right.x && rightTitle?.y == 0)
        // The first words of each article in its own column, under its title.
        // Each column's first paragraph under its title: 001 opens with its headline, 002 with
        // the ad line "in" and then its headline.
        #expect(grid.row(1).hasPrefix("  Putin dan"))
        #expect(String(grid.row(1).dropFirst(right.x)).hasPrefix("  in"))
        let rightBody = (1..<geometry.legendRow).map { y in
            (right.x..<(right.x + right.width)).map { grid[$0, y].text }.joined()
        }.joined(separator: " ")
        #expect(rightBody.contains("Rusia"))
        // The separator runs between them.
        #expect(grid[left.x + left.width, 1].text == "│")
        // No text of the left column spills into the right.
        for y in 1..<geometry.legendRow {
            #expect(grid[left.x + left.width, y].text == "│")
        }
        // The focused (right) column's title is drawn in the focus style.
        #expect(grid[right.x + 1, 0].style == state.theme.focusedColumnTitle)
        #expect(grid[left.x + 1, 0].style == state.theme.columnTitle)
    }

    @Test func entitiesAreColouredByTypeOnTheRightCells() throws {
        let corpus = try TestCorpus([("a.txt", "Judul Berita\nPresiden Vladimir Putin tiba di Minsk bersama Kementerian Pertahanan.")])
        var state = corpus.state(width: 80, height: 24)
        state.press(.enter)
        let grid = Renderer.render(state)
        let theme = state.theme
        let putin = try #require(grid.find("Vladimir Putin"))
        for x in putin.x..<(putin.x + 14) {
            #expect(grid[x, putin.y].style.foreground == theme.entity(.person).foreground, "cell \(x)")
        }
        let presiden = try #require(grid.find("Presiden"))
        #expect(grid[presiden.x, presiden.y].style == .plain, "titles are not part of the name")
        let minsk = try #require(grid.find("Minsk"))
        #expect(grid[minsk.x, minsk.y].style.foreground == theme.entity(.location).foreground)
        let ministry = try #require(grid.find("Kementerian Pertahanan"))
        #expect(grid[ministry.x + 3, ministry.y].style.foreground == theme.entity(.organisation).foreground)
    }

    @Test func aSelectedQuotationIsReversedAndMarkedInTheGutter() throws {
        let corpus = try TestCorpus([("a.txt", "Judul Berita\nIa berkata. “Kami siap bertempur bersama,” kata Lukashenko.")])
        var state = corpus.state(width: 80, height: 24)
        state.press(.enter)
        var grid = Renderer.render(state)
        let quote = try #require(grid.find("Kami siap"))
        #expect(grid[quote.x, quote.y].style.background == state.theme.quote.background)
        #expect(!grid[quote.x, quote.y].style.attributes.contains(.reverse))
        #expect(grid[0, quote.y].text == "▌")
        state.type("n")
        grid = Renderer.render(state)
        #expect(grid[quote.x, quote.y].style.attributes.contains(.reverse))
        let before = try #require(grid.find("Ia berkata"))
        #expect(!grid[before.x, before.y].style.attributes.contains(.reverse))
        #expect(grid.row(23).contains("quote 1/1 partial"))
    }

    @Test func selectingAnEntityLightsItUpInEveryOpenColumn() throws {
        let corpus = try TestCorpus([
            ("a.txt", "Judul Satu\nPresiden Lukashenko tiba di Minsk."),
            ("b.txt", "Judul Dua\nMenurut Lukashenko semua aman."),
        ])
        var state = corpus.state(width: 100, height: 24)
        state.type("v")
        state.type("q")
        state.type("j")
        state.type("v")
        state.press(.tab)  // focus the first column
        for _ in 0..<4 where state.reader.selectedEntity?.key != "lukashenko" { state.type("e") }
        #expect(state.reader.selectedEntity?.key == "lukashenko")
        let grid = Renderer.render(state)
        let geometry = state.readerGeometry
        var lit: [Int] = []
        for y in 1..<geometry.legendRow {
            for x in 0..<grid.width where grid[x, y].text == "L" && grid[x, y].style.attributes.contains(.reverse) {
                lit.append(x < geometry.frame(of: 1).x ? 0 : 1)
            }
        }
        #expect(lit == [0, 1])
        #expect(state.message?.contains("1 in the other columns") == true)
    }

    @Test func withoutColourTypesDifferByAttributes() throws {
        let theme = Theme(mode: .none)
        let styles = EntityType.allCases.map(theme.entity)
        #expect(Set(styles.map(\.attributes)).count == EntityType.allCases.count)
        #expect(styles.allSatisfy { $0.foreground == .standard && $0.background == .standard })
        #expect(theme.selection.attributes.contains(.reverse))
        #expect(theme.quote.foreground == .standard && theme.quote.background == .standard)
        let basic = Theme(mode: .basic)
        for type in EntityType.allCases {
            guard case .ansi = basic.entity(type).foreground else {
                Issue.record("8-colour theme uses a colour outside the eight: \(type)")
                continue
            }
        }
    }

    @Test func theNoColourReaderStillMarksQuotesAndEntities() throws {
        let corpus = try TestCorpus([("a.txt", "Judul Berita\nPresiden Vladimir Putin berkata “Kami siap bertempur sekarang juga” di Minsk.")])
        var state = corpus.state(width: 80, height: 24, colors: .none)
        state.press(.enter)
        let grid = Renderer.render(state)
        #expect(grid.cells.allSatisfy { $0.style.foreground == .standard && $0.style.background == .standard })
        let putin = try #require(grid.find("Putin"))
        #expect(grid[putin.x, putin.y].style.attributes.contains(.bold))
        let quote = try #require(grid.find("Kami siap"))
        #expect(grid[0, quote.y].text == "▌")
        #expect(grid.row(22).contains("PER"))
    }

    @Test func aTerminalTooSmallSaysSo() throws {
        var state = try bundledState(width: 15, height: 4)
        var grid = Renderer.render(state)
        func said(_ grid: Grid) -> String { grid.text.replacingOccurrences(of: "\n", with: " ") }
        #expect(said(grid).contains("too small"))
        _ = state.handle(.resize(width: 40, height: 12))
        state.press(.enter)
        for _ in 0..<3 {
            state.type("q")
            state.type("j")
            state.type("v")
        }
        #expect(state.reader.columns.count == 4)
        grid = Renderer.render(state)
        #expect(said(grid).contains("too small"))
        #expect(said(grid).contains("4 columns"))
        _ = state.handle(.resize(width: 120, height: 40))
        grid = Renderer.render(state)
        #expect(!said(grid).contains("too small"))
    }

    @Test func resizingRewrapsTheText() throws {
        var state = try bundledState(width: 120, height: 40)
        state.type("j")
        state.press(.enter)
        let wide = Renderer.render(state)
        _ = state.handle(.resize(width: 60, height: 20))
        let narrow = Renderer.render(state)
        #expect(narrow.width == 60 && narrow.height == 20)
        #expect(wide.row(1).trimmingCharacters(in: .whitespaces).count > 60)
        #expect(narrow.row(1).trimmingCharacters(in: .whitespaces).count <= 58)
        #expect(narrow.row(1).hasPrefix("  Putin dan Lukashenko"))
        #expect(narrow.row(2).hasPrefix("  pertahanan dan hubungan ekonomi"))
    }

    @Test func wideAndCombiningCharactersLandInTheRightColumns() throws {
        let corpus = try TestCorpus([
            ("a.txt", "世界新闻 標題\n北京和莫斯科的关系 e\u{301}te\u{301} “引用” — selesai."),
            ("b.txt", "Judul Kedua\nKanan."),
        ])
        var state = corpus.state(width: 40, height: 12)
        state.press(.enter)
        state.type("q")
        state.type("j")
        state.type("v")
        let grid = Renderer.render(state)
        let geometry = state.readerGeometry
        let separatorX = geometry.frame(of: 0).width
        for y in 0..<geometry.legendRow { #expect(grid[separatorX, y].text == "│", "row \(y)") }
        #expect(grid.row(0).hasPrefix(" 世界新闻 標題"), "a CJK headline is the title")
        #expect(grid.row(3).hasPrefix("  北京和莫斯科的关系│"))
        #expect(grid[2, 3].text == "北" && grid[3, 3].isContinuation)
        #expect(grid.row(4).hasPrefix("▌ e\u{301}te\u{301} “引用” —"))
        let accent = try #require(grid.find("e\u{301}te\u{301}"))
        #expect(accent.x < separatorX)
        #expect(grid.find("Kanan")?.x == separatorX + 3)
    }
}

import Foundation

@Suite struct BadInputScreenTests {
    @Test func unreadableFilesAreListedWithAMarkerAndTheRestStillWork() throws {
        let corpus = try TestCorpus([("a_good.txt", "Judul Baik\nIsi.")])
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: corpus.folder.appendingPathComponent("b_binary.txt"))
        try Data([0x41, 0xE9, 0x42]).write(to: corpus.folder.appendingPathComponent("c_latin1.txt"))
        try FileManager.default.createDirectory(at: corpus.folder.appendingPathComponent("d_folder.txt"), withIntermediateDirectories: true)
        try Data(repeating: 0x61, count: (8 << 20) + 1).write(to: corpus.folder.appendingPathComponent("e_dump.txt"))
        let reopened = try Corpus.open(corpus.folder.path)
        var state = AppState(corpus: reopened, corpusLabel: "t", annotator: "t", colorMode: .basic, width: 80, height: 24)
        let grid = Renderer.render(state)
        #expect(grid.row(1).hasPrefix(" Judul Baik"))
        #expect(grid.row(2).hasPrefix(" [binary] b_binary.txt"))
        #expect(grid.row(3).hasPrefix(" [not UTF-8] c_latin1.txt"))
        #expect(grid.row(4).hasPrefix(" [unreadable] d_folder.txt"))
        #expect(grid.row(5).hasPrefix(" [too large] e_dump.txt"))
        #expect(grid[3, 2].style.foreground == state.theme.problem.foreground)
        state.type("jjjj")
        state.press(.enter)
        #expect(state.screen == .library)
        #expect(state.message?.contains("8 MB") == true)
        state.type("kkkk")
        state.press(.enter)
        #expect(state.screen == .reader)
    }

    @Test func aByteOrderMarkAndCRLFLineEndsDoNotShow() throws {
        let corpus = try TestCorpus([("a.txt", "\u{FEFF}Judul Berita\r\nBaris satu.\r\n\r\n\r\nBaris dua — “kutipan”.\r\n")])
        var state = corpus.state(width: 60, height: 12)
        state.press(.enter)
        let grid = Renderer.render(state)
        #expect(grid.row(0).hasPrefix(" Judul Berita"))
        #expect(grid.row(1).hasPrefix("  Judul Berita"))
        #expect(grid.row(3).hasPrefix("  Baris satu."))
        #expect(grid.row(4).trimmingCharacters(in: .whitespaces).isEmpty)
        #expect(grid.row(5).hasPrefix("▌ Baris dua — “kutipan”."))
        #expect(!grid.text.contains("\r"))
    }
}
