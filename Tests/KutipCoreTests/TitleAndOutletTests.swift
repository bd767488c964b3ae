import Foundation
import Testing
@testable import KutipCore

@Suite struct TitleAndOutletTests {
    func article(_ text: String) -> Article { Article(id: ArticleID("t"), source: "t.txt", text: text) }

    @Test func skipsAdsBylinesAndBlurbsToFindTheHeadline() {
        let text = """
            keren989
            - 0
            Mendaftarlah untuk menerima email harian Inside Washington
            Oleh: Rina Wulandari
            Putin dan Lukashenko Bertemu di Minsk
            Presiden Rusia Vladimir Putin bertemu rekannya.
            """
        #expect(article(text).title == "Putin dan Lukashenko Bertemu di Minsk")
    }

    @Test func aLineStartingInLowerCaseIsNoHeadline() {
        let text = "\nyang otoriter pemimpin Belarusia mengatakan pada hari Rabu bahwa negara itu akan segera menerima senjata.\nPresiden berkata."
        #expect(article(text).title.hasPrefix("yang otoriter pemimpin Belarusia"))
        #expect(article(text).title.hasSuffix("…"))
    }

    /// The headline test counts words and Characters by code point when it can: the counts must
    /// be the Character counts for plain, accented, spaced-out and combining text alike.
    @Test(arguments: [
        "Putin dan Lukashenko Bertemu di Minsk", "  dua  spasi  ", "", " ", "Café © Zürich ½",
        "Cafe\u{0301} e\u{0301}", " \u{0301}kata ini", "a\r\nb c", "明斯克 Minsk", "👍🏽 jempol", "tab\tdi sini",
    ])
    func headlineCountsAreCharacterCounts(_ line: String) {
        let counts = HeadlineFinder.wordsAndCharacters(line)
        #expect(counts.words == line.split(separator: " ").count)
        #expect(counts.characters == line.count)
    }

    @Test func dropsTheOutletSuffixAndMarkdownHeading() {
        #expect(article("PBNU Dukung Prabowo Soal Opsi Diplomatik  | tempo.co\nTEMPO.CO, Jakarta - Isi.").title
            == "PBNU Dukung Prabowo Soal Opsi Diplomatik")
        #expect(article("# Judul Markdown\n\nIsi.").title == "Judul Markdown")
    }

    @Test(arguments: [
        ("Judul\nJAKARTA, KOMPAS.com- Presiden berkata.", "Kompas.com"),
        ("Judul\nWASHINGTON, KOMPAS.com –Presiden berkata.", "Kompas.com"),
        ("Judul\nTEMPO.CO, Jakarta - Ketua berkata.", "Tempo.co"),
        ("Judul\nJakarta (ANTARA News) - PT Astra meluncurkan ban.", "Antara"),
        ("Judul\nIHRAM.CO.ID, BANJARMASIH - Kepala Kantor berkata.", "Republika"),
        ("Judul\nBerita Baru, Minsk – Pemimpin tertinggi Rusia.", "Berita Baru"),
        ("Judul Berita\nIBTimes US\n\nPOIN UTAMA\nIsi.", "IBTimes"),
        ("Judul\nBANDUNG, SUARABARU.ID - Isi berita.", "SUARABARU.ID"),
    ])
    func findsTheOutletInTheDateline(text: String, outlet: String) {
        #expect(article(text).outlet == outlet)
    }

    @Test func noOutletWhenTheTextNamesNone() {
        #expect(article("Judul\nPresiden Rusia - yang berkuasa - berkata.").outlet == nil)
    }

    @Test func bundledCorpusTitles() throws {
        let corpus = try Corpus.open(repositoryRoot.appendingPathComponent("data/articles").path)
        let titles = try corpus.entries.map { try corpus.load($0).get().title }
        #expect(titles.count == 5)
        #expect(titles[1] == "Putin dan Lukashenko mengadakan pembicaraan tentang pertahanan dan hubungan ekonomi")
        #expect(titles[2] == "Jika Diperlukan, Rusia Akan Kerahkan Bantuan Militer ke Belarus")
        #expect(titles[3] == "Putin Akhirnya Kunjungi Negara Sahabat Belarusia Setelah Bertahun-tahun, Minta Bantuan?")
        #expect(titles[4] == "Presiden Rusia Putin dan Presiden Belarusia Lukashenko bertemu di Sochi")
    }

    @Test func devCorpusOutletsFromShared() throws {
        let dev = sharedFolder.appendingPathComponent("corpus/news-id/dev")
        let corpus = try Corpus.open(dev.path)
        var outlets: [String: String] = [:]
        for entry in corpus.entries {
            outlets[entry.fileName] = try corpus.load(entry).get().outlet ?? "-"
        }
        #expect(outlets["018_kompas.txt"] == "Kompas.com")
        #expect(outlets["022_tempo.txt"] == "Tempo.co")
        #expect(outlets["026_antara.txt"] == "Antara")
        #expect(outlets["032_republika.txt"] == "Republika")
    }
}
