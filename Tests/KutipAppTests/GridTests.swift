import KutipGrid
import Testing

@Suite struct GridTests {
    @Test func aWideCharacterFillsTwoCellsAndReadsOnce() {
        var grid = Grid(width: 6, height: 1)
        let end = grid.write("a世b", x: 0, y: 0)
        #expect(end == 4)
        #expect(grid[1, 0].text == "世")
        #expect(grid[2, 0].isContinuation)
        #expect(grid.row(0) == "a世b  ")
    }

    @Test func aWideCharacterThatDoesNotFitIsLeftOut() {
        var grid = Grid(width: 3, height: 1)
        grid.write("ab世", x: 0, y: 0)
        #expect(grid.row(0) == "ab ")
    }

    @Test func combiningMarksJoinTheCellBefore() {
        var grid = Grid(width: 4, height: 1)
        grid.write("e\u{301}x", x: 0, y: 0)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[1, 0].text == "x")
    }

    @Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(width: 4, height: 1)
        grid.write("世界", x: 0, y: 0)
        grid.write("x", x: 1, y: 0)
        #expect(grid.row(0) == " x界")
    }
}
