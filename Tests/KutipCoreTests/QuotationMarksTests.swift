import Testing
@testable import KutipCore

@Suite struct QuotationMarksTests {
    func quoted(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return QuotationMarks.quotedSpans(in: scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func pairsCurlyAndStraightMarks() {
        #expect(quoted("“Rusia tidak tertarik,” kata Putin. Dia berkata \"siap bertempur\" hari itu.")
            == ["Rusia tidak tertarik,", "siap bertempur"])
    }

    @Test func anUnclosedMarkDoesNotSwallowTheNextParagraphs() {
        let text = "“Kami siap, kata Lukashenko.\nPutin tiba di Minsk.\nIa berkata “cukup” saja."
        #expect(quoted(text) == ["cukup"])
    }

    @Test func aQuotationRunsOnWhenTheNextParagraphReopens() {
        let text = "“Kalimat pertama.\n“Kalimat kedua,” kata Putin."
        #expect(quoted(text) == ["Kalimat pertama.\n“Kalimat kedua,"])
    }

    @Test func anApostropheInsideAWordDoesNotCloseASingleQuote() {
        #expect(quoted("Ia menyebut ‘Ma’ruf Amin’ di sana.") == ["Ma’ruf Amin"])
    }
}
