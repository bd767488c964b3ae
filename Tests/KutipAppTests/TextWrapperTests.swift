import KutipGrid
import Testing
@testable import KutipApp

@Suite struct TextWrapperTests {
    func wrapped(_ text: String, width: Int) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TextWrapper.wrap(scalars, width: width).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
    }

    func columns(_ line: String) -> Int { line.unicodeScalars.reduce(0) { $0 + TextWrapper.columns($1) } }

    @Test func wrapsAtWordBoundaries() {
        #expect(wrapped("Presiden Rusia Vladimir Putin bertemu Lukashenko", width: 16)
            == ["Presiden Rusia", "Vladimir Putin", "bertemu", "Lukashenko"])
    }

    @Test func setsParagraphsApartByOneBlankLineHoweverTheFileSpacesThem() {
        #expect(wrapped("Satu.\nDua.\r\n\r\n\r\n\nTiga.", width: 20) == ["Satu.", "", "Dua.", "", "Tiga."])
    }

    @Test func breaksAWordLongerThanTheLine() {
        #expect(wrapped("AlexanderLukashenkoBelarusia ya", width: 10) == ["AlexanderL", "ukashenkoB", "elarusia", "ya"])
    }

    @Test func wideCharactersTakeTwoColumns() {
        let lines = wrapped("世界和平 是 我们的 梦想", width: 8)  // "是 我们的" would take 9 columns
        #expect(lines == ["世界和平", "是", "我们的", "梦想"])
        #expect(lines.allSatisfy { columns($0) <= 8 })
    }

    @Test func combiningMarksStayWithTheirLetter() {
        // "Café" with a combining acute: 4 columns, so it fits a 4-column line exactly.
        #expect(wrapped("Cafe\u{301} ini", width: 4) == ["Cafe\u{301}", "ini"])
    }

    @Test func noLineIsWiderThanTheColumnOnTheBundledCorpus() throws {
        let state = try bundledState(width: 80, height: 24)
        for entry in state.corpus.entries {
            let scalars = try state.corpus.load(entry).get().scalars
            for width in [10, 17, 38, 77] {
                for line in TextWrapper.wrap(scalars, width: width) {
                    let text = String(String.UnicodeScalarView(scalars[line.start..<line.end]))
                    #expect(columns(text) <= width, "\(entry.fileName) at \(width): \(text)")
                }
            }
        }
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.of("a" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("世" as Unicode.Scalar) == 2)
        #expect(DisplayWidth.of("\u{301}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{FEFF}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("“" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("—" as Unicode.Scalar) == 1)
        #expect(DisplayWidth.of("😀" as Unicode.Scalar) == 2)
    }
}
