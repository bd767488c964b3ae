import Testing
@testable import KutipCore

private let sentenceTokenizer: Tokenizer = {
    let path = repositoryRoot.appendingPathComponent("data/lexicon/words-id.txt").path
    return Tokenizer(lexicon: (try? Lexicon.load(from: path)) ?? .empty)
}()

/// The sentences of `text`, as text.
private func sentenceTexts(_ text: String) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let tokens = sentenceTokenizer.tokens(in: scalars)
    let sentences = SentenceSplitter.sentences(in: scalars, tokens: tokens)
    checkSentenceInvariants(sentences, tokens, scalars, text)
    return sentences.map { String(scalars: scalars[$0]) }
}

@Suite struct SentenceTests {
    @Test func sentencesEndAtFullStopsQuestionAndExclamationMarks() {
        #expect(sentenceTexts("Putin tiba di Minsk. Apakah ia menang? Tentu saja! Jadi… Lukashenko senang.")
            == ["Putin tiba di Minsk.", "Apakah ia menang?", "Tentu saja!", "Jadi… Lukashenko senang."])
    }

    @Test func rangesAreCodePointOffsetsWithoutTheSpacesBetween() {
        let text = "  Ya.  “Tidak.”\n"
        let scalars = Array(text.unicodeScalars)
        let sentences = SentenceSplitter.sentences(in: scalars, tokens: sentenceTokenizer.tokens(in: scalars))
        #expect(sentences == [2..<5, 7..<15])
        #expect(SentenceSplitter.sentences(in: [], tokens: []).isEmpty)
    }

    @Test func everyLineBreakEndsASentence() {
        #expect(sentenceTexts("Putin Akhirnya Kunjungi Belarusia\nBerita Baru, Minsk – Pemimpin tertinggi Rusia tiba\n\nIa disambut, kata\r\nLukashenko.")
            == ["Putin Akhirnya Kunjungi Belarusia", "Berita Baru, Minsk – Pemimpin tertinggi Rusia tiba",
                "Ia disambut, kata", "Lukashenko."])
    }

    @Test func aReadAlsoHeadlineRunIntoTheNextSentenceIsASentenceOfItsOwn() {
        // The headline ends before the capitalised word that a plain lower-case word follows.
        #expect(sentenceTexts("Ia datang (31/5/2025). Baca juga:Harga Beras Naik di Pasar Induk Rina menilai, harga wajar.")
            == ["Ia datang (31/5/2025).", "Baca juga:Harga Beras Naik di Pasar Induk", "Rina menilai, harga wajar."])
        // Or before a word that opens a sentence (`Menurut Budi ,`), a few words back.
        #expect(sentenceTexts("Baca juga: Banjir Rendam Kota Tua Menurut Budi, dalam sepekan air surut.")
            == ["Baca juga: Banjir Rendam Kota Tua", "Menurut Budi, dalam sepekan air surut."])
        // A link on its own line is a line already; a sentence that only mentions reading stays whole.
        #expect(sentenceTexts("Baca juga: Banjir Rendam Kota Tua\nRina menilai harga wajar.")
            == ["Baca juga: Banjir Rendam Kota Tua", "Rina menilai harga wajar."])
        #expect(sentenceTexts("Warga diminta membaca juga Peraturan Daerah Nomor 5 agar paham.")
            == ["Warga diminta membaca juga Peraturan Daerah Nomor 5 agar paham."])
    }

    @Test func datelinesStartTheFirstSentence() {
        #expect(sentenceTexts("JAKARTA, KOMPAS.com - Presiden Joko Widodo tiba. Ia disambut.")
            == ["JAKARTA, KOMPAS.com - Presiden Joko Widodo tiba.", "Ia disambut."])
        #expect(sentenceTexts("Berita Baru, Minsk – Pemimpin tertinggi Rusia Vladimir Putin akhirnya datang. Ia disambut.")
            == ["Berita Baru, Minsk – Pemimpin tertinggi Rusia Vladimir Putin akhirnya datang.", "Ia disambut."])
    }

    @Test func titlesAndAddressAbbreviationsDoNotEndASentence() {
        #expect(sentenceTexts("Dr. Siti dan Prof. Budi bertemu H. Anies di Jl. Sudirman No. 5 kemarin. Mereka pulang.")
            == ["Dr. Siti dan Prof. Budi bertemu H. Anies di Jl. Sudirman No. 5 kemarin.", "Mereka pulang."])
        #expect(sentenceTexts("Hadir Budi Santoso, S.H. Dia datang bersama Rina, M.Si. Lalu pulang.")
            == ["Hadir Budi Santoso, S.H. Dia datang bersama Rina, M.Si. Lalu pulang."])
        #expect(sentenceTexts("Surat a.n. Menteri tiba. Presiden B. J. Habibie membacanya.")
            == ["Surat a.n. Menteri tiba.", "Presiden B. J. Habibie membacanya."])
    }

    @Test func listAbbreviationsEndASentenceOnlyBeforeACapitalisedWord() {
        #expect(sentenceTexts("Ia membeli beras, gula, dll. yang murah. Harga naik.")
            == ["Ia membeli beras, gula, dll. yang murah.", "Harga naik."])
        #expect(sentenceTexts("Hasil riset Putri dkk. menunjukkan hal itu, dst. dan seterusnya.")
            == ["Hasil riset Putri dkk. menunjukkan hal itu, dst. dan seterusnya."])
        #expect(sentenceTexts("Saham PT Bank Central Asia Tbk. (BBCA) naik 2 persen.")
            == ["Saham PT Bank Central Asia Tbk. (BBCA) naik 2 persen."])
        #expect(sentenceTexts("Ia membeli beras, gula, dll. Selain itu ia membeli garam.")
            == ["Ia membeli beras, gula, dll.", "Selain itu ia membeli garam."])
    }

    @Test func numbersDoNotEndASentence() {
        #expect(sentenceTexts("Sekitar 200.000 orang berkumpul pada Minggu (16/8/2020). Moskow memberi pinjaman USD 1,5 miliar.")
            == ["Sekitar 200.000 orang berkumpul pada Minggu (16/8/2020).", "Moskow memberi pinjaman USD 1,5 miliar."])
        #expect(sentenceTexts("Ia berkuasa sejak 1994. Kompas mencatatnya.") == ["Ia berkuasa sejak 1994.", "Kompas mencatatnya."])
        #expect(sentenceTexts("1. Pertama, Rusia.\n2. Kedua, Belarus.") == ["1. Pertama, Rusia.", "2. Kedua, Belarus."])
    }

    @Test func theClosingMarkBelongsToTheSentenceItCloses() {
        #expect(sentenceTexts("“Itu tidak layak.” kata Putin. Ia pergi.") == ["“Itu tidak layak.” kata Putin.", "Ia pergi."])
        #expect(sentenceTexts("“Itu tidak layak.” Putin pun pergi.") == ["“Itu tidak layak.”", "Putin pun pergi."])
        #expect(sentenceTexts("\"Kami siap!\" Lukashenko tersenyum.") == ["\"Kami siap!\"", "Lukashenko tersenyum."])
        #expect(sentenceTexts("Ia datang (lihat foto.) Lalu pergi.") == ["Ia datang (lihat foto.)", "Lalu pergi."])
        #expect(sentenceTexts("“Apa?” tanya dia.") == ["“Apa?” tanya dia."])
        // Sentences inside a long quotation split like any others; an opening mark starts one.
        #expect(sentenceTexts("“Kami tidak memfitnah. Itu akan terjadi,” tambahnya. “Kami siap.”")
            == ["“Kami tidak memfitnah.", "Itu akan terjadi,” tambahnya.", "“Kami siap.”"])
    }

    @Test func aLowerCaseWordAfterAFullStopContinuesTheSentence() {
        // Machine-translated news leaves full stops in the middle of sentences.
        #expect(sentenceTexts("sanksi dari Amerika Serikat. dan Uni Eropa. Sanksi dijatuhkan.")
            == ["sanksi dari Amerika Serikat. dan Uni Eropa.", "Sanksi dijatuhkan."])
    }

    @Test func aMissingSpaceAfterAFullStop() {
        #expect(sentenceTexts("Ia tiba kemarin.Menurut Kremlin, ia pergi.") == ["Ia tiba kemarin.", "Menurut Kremlin, ia pergi."])
        #expect(sentenceTexts("Baca KOMPAS.COM hari ini.") == ["Baca KOMPAS.COM hari ini."])
        #expect(sentenceTexts("Gelar Ph.D diraihnya.") == ["Gelar Ph.D diraihnya."])
        // Nor after a quotation mark written against the full stop, before a capitalised word.
        #expect(sentenceTexts("Syaratnya harus dipenuhi.\"Dalam pemeriksaan ini, semua sehat,\" ujarnya.")
                == ["Syaratnya harus dipenuhi.\"", "Dalam pemeriksaan ini, semua sehat,\" ujarnya."])
        #expect(sentenceTexts("\"Itu tidak benar.\"kata dia.") == ["\"Itu tidak benar.\"kata dia."])
    }

    @Test func cjkAndOtherScriptsEndAtTheirOwnMarks() {
        #expect(sentenceTexts("北京很大。上海也很大。") == ["北京很大。", "上海也很大。"])
    }
}
