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

    @Test func closingMarksTypedAsOpeningOnesStillPair() {
        #expect(quoted("Ia berkata ”Kami siap.” lalu pergi.") == ["Kami siap."])
        // Tokenised text, as in PFSA-ID: spaces around every mark.
        #expect(quoted("” Saya minta Mensos jalan . ” kata Presiden .") == ["Saya minta Mensos jalan ."])
        // A quotation opening with an editor's bracket, so that the marks after it stay paired.
        #expect(quoted("” ( Data ) ini tidak akan kami diamkan , ” ujar Edy . ” Kami siap , ” kata dia .")
            == ["( Data ) ini tidak akan kami diamkan ,", "Kami siap ,"])
        // A closing mark after a word still closes, and does not open a new quotation.
        #expect(quoted("“Siap,” kata dia. Lalu ” selesai") == ["Siap,"])
    }

    @Test func aMarkWrittenAgainstTheSentenceBeforeStillOpens() {
        #expect(quoted("Itu buktinya.\"Kami siap,\" kata dia.") == ["Kami siap,"])
        #expect(quoted("Banyak gol.&nbsp;\"Lebih bagus begitu,\" kata dia.") == ["Lebih bagus begitu,"])
    }

    @Test func anApostropheInsideAWordDoesNotCloseASingleQuote() {
        #expect(quoted("Ia menyebut ‘Ma’ruf Amin’ di sana.") == ["Ma’ruf Amin"])
    }

    @Test func aClosingMarkWhoseOpeningWasLostOpensNothing() {
        // Tokenised text with every opening mark turned into ”: the first quotation lost its
        // opening mark, and the pairs after it must not be shifted by one.
        let text = "ke depan , ” katanya . ” Bulan ini kami kasih lagi , ” lanjutnya . ” Kami tunduk , ” ucapnya ."
        #expect(quoted(text) == ["Bulan ini kami kasih lagi ,", "Kami tunduk ,"])
        // A lower-case term after a comma still opens when it closes a few words on.
        #expect(quoted("Padahal , ” hukum besi ” era digital , ” kata dia .") == ["hukum besi"])
    }

    /// Where a paragraph has no mark but a lone closing one before its attribution, the opening
    /// mark was lost at the paragraph's start: the quotation is the paragraph up to the mark.
    @Test func aLostOpeningMarkIsTakenAtTheParagraphsStart() {
        let text = "Keputusan itu ditandatangani Ketua KPU.\na. pihak yang rahasianya diungkap memberikan persetujuan,\" tulis Affifudin.\nIa lalu pergi."
        #expect(quoted(text) == ["a. pihak yang rahasianya diungkap memberikan persetujuan,"])
        // Not when another mark stands earlier in the paragraph.
        #expect(quoted("Ia pergi.\n“Kami siap,” kata Budi. Kami pulang,” katanya.") == ["Kami siap,"])
    }

    /// A quotation opened with a straight mark and closed with a curly one (or the other way).
    @Test func mixedDoubleMarksPair() {
        #expect(quoted("Dia menyarankan izin. \"Bila ada persyaratan maka wajib izin dari Menaker,” tegas Said. Lalu \"cukup\" saja.")
                == ["Bila ada persyaratan maka wajib izin dari Menaker,", "cukup"])
        #expect(quoted("“Kami siap,\" kata Budi.") == ["Kami siap,"])
    }

    @Test func aSingleClosingMarkTypedForTheDoubleOneStillCloses() {
        let text = "“ Tujuan mereka sama , ’ kata Heri . “ Saya yakin , ” kata Erwin ."
        #expect(quoted(text) == ["Tujuan mereka sama ,", "Saya yakin ,"])
        // A single quotation inside the double one keeps its own closing mark.
        #expect(quoted("“Dia bilang ‘tidak,’ lalu pergi,” kata Ani.") == ["Dia bilang ‘tidak,’ lalu pergi,"])
    }

    @Test func aShortQuotedTermInsideAQuotationStaysInside() {
        let text = "“ Di pasar ada “ jeger - jeger ” -nya . Kami harap disiplin , ” ucapnya ."
        #expect(quoted(text) == ["Di pasar ada “ jeger - jeger ” -nya . Kami harap disiplin ,"])
        // A quotation whose closer was lost is not taken for a nested term when the next one opens.
        #expect(quoted("“Kami siap, kata dia. “Besok,” katanya.") == ["Kami siap, kata dia. “Besok,"])
    }

    /// A short term's closer is found past any other code point, but not past a comma, a full
    /// stop, ! or ? (nor a line break or another “), each tested on its own.
    @Test func aNestedTermEndsAtNoSentenceMark() {
        func closer(_ text: String) -> Int? { QuotationMarks.nestedCloser(Array(text.unicodeScalars), after: 0) }
        #expect(closer("“hukum besi” era") == 11)
        #expect(closer("“hukum; besi: (x) - ‘y’ ” era") == 24)
        for mark in [",", ".", "!", "?", "\n", "\r", "“"] { #expect(closer("“hukum\(mark) besi” era") == nil, "\(mark)") }
    }
}
