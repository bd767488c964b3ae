import Foundation
import Testing
@testable import KutipCore

/// Whether a quotation's speaker is a public figure, judged from how the article introduces them
/// (`SpeakerStanding`), and its place in the analyze output.
struct SpeakerStandingTests {
    /// The memo splits an ASCII name on its bytes: the words must be String's own.
    @Test func aNameSplitsIntoTheWordsStringGives() {
        for name in ["Joko Hastaryo", "  Sri  Mulyani Indrawati ", "ARMANUNSAH", "", " ", "Ma'ruf Amin", "O’Brien Budi",
                     "Zelénskyy Volodymyr", "e\u{301} Budi", "Budi \u{301}Santoso", "A  b\tC"] {
            #expect(StandingMemo.words(of: name) == name.lowercased().split(separator: " ").map(String.init), "\(name)")
        }
    }

    static let market = """
        Kepala Dinas Kesehatan Sleman Joko Hastaryo mengatakan , kasus terus naik . \
        ” Kami menambah tempat tidur di rumah sakit , ” kata Joko . \
        Armanunsah ( 50 ) , pemilik warung kopi di Temon , mengeluhkan sepinya pembeli . \
        ” Pendapatan kami turun separuh sejak bandara sepi , ” kata Armanunsah . \
        ” Semoga penerbangan cepat ramai lagi , ” ujarnya . \
        ” Kami hanya bisa pasrah menunggu , ” kata Budi .
        """

    static func marketFixture() -> QuoteFixture {
        QuoteFixture(market, people: ["Joko Hastaryo", "Joko", "Armanunsah", "Budi"])
    }

    @Test func anIntroductionWithTheNameMisspeltStillTellsTheStanding() throws {
        // The canonical name takes the usual spelling (`Simanjuntak`); the one introduction has a
        // slip (`Simanjutak`) and must still be read as this person's.
        let f = QuoteFixture("""
            Budi Simanjutak , Sekretaris Komisi E , menjelaskan , bansos dibagi dalam dua tahap sejak bulan lalu .
            ” Bantuan pusat cukup , ” kata Simanjuntak . ” Kami siap membagikan , ” kata Simanjuntak .
            """, people: ["Budi Simanjutak", "Simanjuntak"])
        let quote = try #require(f.quote("Bantuan pusat cukup ,"))
        #expect(quote.speaker?.name == "Budi Simanjuntak")
        #expect(quote.speaker?.publicFigure == true)
    }

    @Test func anIntroductionSpeltOnlyThereStillTellsTheStanding() throws {
        // The role comes with the one spelling (`Affifuddin`) no later mention uses.
        let f = QuoteFixture("""
            Keputusan itu ditandatangani Ketua KPU Affifuddin pada Senin .
            ” Kami membatalkan keputusan itu , ” kata Afifuddin . ” Kami mendengar masukan , ” kata Afifuddin .
            """, people: ["Affifuddin", "Afifuddin"])
        let quote = try #require(f.quote("Kami membatalkan keputusan itu ,"))
        #expect(quote.speaker?.name == "Afifuddin")
        #expect(quote.speaker?.publicFigure == true)
    }

    @Test func aPlaceEndingAPersonsAppositionIsNotTheSpeaker() throws {
        let f = QuoteFixture("""
            Warsito ( 41 ) , pedagang sayur di Pasar Minggu , Jakarta Selatan , mengatakan , penjualan daging sapi naik dua kali lipat sejak pekan lalu .
            ” Pembeli mulai kembali , ” katanya .
            """, people: ["Warsito"], places: ["Pasar Minggu", "Jakarta Selatan"])
        let reported = try #require(f.quote("penjualan daging sapi naik dua kali lipat sejak pekan lalu"))
        #expect(reported.speaker?.name == "Warsito")
        #expect(reported.speaker?.publicFigure == false)
        #expect(try #require(f.quote("Pembeli mulai kembali ,")).speaker?.name == "Warsito")
        // The comma before the verb closes the apposition: the subject is there, not left out for
        // the previous speaker.
        let after = QuoteFixture("""
            ” Semua petugas sudah dites , ” ujar Sahrul . Namun , Budi Santoso , anggota panitia di Kelurahan Sario , Manado , menyatakan , ia belum pernah mengikuti tes cepat sejak bulan lalu .
            """, people: ["Sahrul", "Budi Santoso"], places: ["Kelurahan Sario", "Manado"])
        #expect(try #require(after.quote("ia belum pernah mengikuti tes cepat sejak bulan lalu")).speaker?.name == "Budi Santoso")
        // A place that is the subject itself still speaks.
        let country = QuoteFixture("Rusia menyatakan , pasukannya sudah ditarik dari perbatasan sejak pekan lalu .", places: ["Rusia"])
        #expect(try #require(country.quote("pasukannya sudah ditarik dari perbatasan sejak pekan lalu")).speaker?.name == "Rusia")
    }

    @Test func aSubjectSetOffByCommasIsTheSubjectNotAZeroOne() throws {
        // A comma right after the name: not a verb without a subject (which would go to Sahrul).
        let named = QuoteFixture("""
            ” Kami siap , ” ujar Sahrul . Widya , memaparkan , sebanyak 237 orang telah sembuh dari total kasus di kota itu .
            """, people: ["Sahrul", "Widya"])
        #expect(try #require(named.quote("sebanyak 237 orang telah sembuh dari total kasus di kota itu")).speaker?.name == "Widya")
        // A number in the subject's phrase does not make it a when-phrase to pass over.
        let period = QuoteFixture("""
            Menanggapi hal itu , Ketua Umum Asosiasi periode 2016-2019 Budi Santoso , mengatakan , semakin banyak merek baru yang masuk semakin bagus bagi pasar .
            """, people: ["Budi Santoso"])
        #expect(try #require(period.quote("semakin banyak merek baru yang masuk semakin bagus bagi pasar")).speaker?.name == "Budi Santoso")
        // An apposition in lower case before the verb names someone else (`kuasa hukum Rajiun`).
        let counsel = QuoteFixture("""
            ” Kami menolak , ” kata Rusman . Syarif , kuasa hukum Rajiun , menyampaikan , kejadian itu bermula ketika hasil rapat diumumkan .
            """, people: ["Rusman", "Syarif", "Rajiun"])
        #expect(try #require(counsel.quote("kejadian itu bermula ketika hasil rapat diumumkan")).speaker?.name == "Syarif")
    }

    @Test func afterMenurutXTheCommaOpensWhatXSaysUnlessACommaClosesARole() throws {
        // `Menurut Rina , para pelaku usaha …` is what Rina says: no apposition saying who she is.
        // Nothing else introduces her, so nothing tells her standing (before, `pelaku` made her an
        // ordinary person).
        let said = QuoteFixture("""
            Rina Hartono mengatakan , pasar tumbuh . \
            ” Kami optimistis , ” kata Rina . \
            Menurut Rina , para pelaku usaha kecil kini lebih percaya layanan digital .
            """, people: ["Rina Hartono", "Rina"])
        let quote = try #require(said.quote("Kami optimistis ,"))
        #expect(quote.speaker?.name == "Rina Hartono")
        #expect(quote.speaker?.publicFigure == nil)
        // A phrase between commas, or one a role opens, is an apposition.
        let role = QuoteFixture("""
            Menurut Subroto , mantan anggota KPU Kota Surabaya , partisipasi naik . \
            ” Warga antusias , ” kata Subroto .
            """, people: ["Subroto"])
        #expect(try #require(role.quote("Warga antusias ,")).speaker?.publicFigure == true)
        let opened = QuoteFixture("""
            Menurut Subroto , anggota KPU Kota Surabaya Divisi Sosialisasi partisipasi naik . \
            ” Warga antusias , ” kata Subroto .
            """, people: ["Subroto", "Divisi Sosialisasi"])
        #expect(try #require(opened.quote("Warga antusias ,")).speaker?.publicFigure == true)
    }

    @Test func anOfficialIsAPublicFigureAndAResidentWithAnAgeIsNot() throws {
        let f = Self.marketFixture()
        let official = try #require(f.quote("Kami menambah tempat tidur di rumah sakit ,"))
        #expect(official.speaker?.name == "Joko Hastaryo")
        #expect(official.speaker?.publicFigure == true)
        let owner = try #require(f.quote("Pendapatan kami turun separuh sejak bandara sepi ,"))
        #expect(owner.speaker?.name == "Armanunsah")
        #expect(owner.speaker?.publicFigure == false)
    }

    @Test func aPronounTagTakesTheStandingOfWhomItResolvesTo() throws {
        let f = Self.marketFixture()
        let tagged = try #require(f.quote("Semoga penerbangan cepat ramai lagi ,"))
        #expect(f.mention(tagged) == "ujarnya")
        #expect(tagged.speaker?.name == "Armanunsah")
        #expect(tagged.speaker?.publicFigure == false)
    }

    /// An organisation a few words after `dari` is the speaker's affiliation, not only one right
    /// after it; a comma ends the search.
    @Test func anOrganisationAFewWordsAfterDariIsAnAffiliation() throws {
        let f = QuoteFixture("” Kondisinya membaik , ” kata Fariz dari kantor sekretariat PBNU . ” Kami belum tahu , ” kata Rina dari rumah , PBNU tutup .",
                             people: ["Fariz", "Rina"], organisations: ["PBNU"])
        #expect(f.quote("Kondisinya membaik ,")?.speaker?.publicFigure == true)
        #expect(f.quote("Kami belum tahu ,")?.speaker?.publicFigure != true)
    }

    /// After `dari`, a word that heads a body's name or an acronym in capitals is an affiliation
    /// even where the tagger found no organisation; a place is not.
    @Test func aBodyHeadOrAcronymAfterDariIsAnAffiliation() throws {
        let f = QuoteFixture("” Keretanya meluncur , ” kata Endiarto dari komunitas pencinta kereta . ” Semua nonreaktif , ” kata Salehudin dari KKP Mataram . ” Kami pulang , ” kata Rina dari Bandung .",
                             people: ["Endiarto", "Salehudin", "Rina"])
        #expect(f.quote("Keretanya meluncur ,")?.speaker?.publicFigure == true)
        #expect(f.quote("Semua nonreaktif ,")?.speaker?.publicFigure == true)
        #expect(f.quote("Kami pulang ,")?.speaker?.publicFigure == nil)
    }

    /// A doctor quoted on their field speaks as an expert.
    @Test func aDoctorIsAPublicFigure() throws {
        let f = QuoteFixture("Tri Maharini , dokter emergensi , memaparkan temuannya . ” Seharusnya itu dihitung korban , ” ujar Tri .",
                             people: ["Tri Maharini", "Tri"])
        #expect(f.quote("Seharusnya itu dihitung korban ,")?.speaker?.publicFigure == true)
    }

    /// The one who chairs or leads a body (`Majelis hakim yang diketuai X`) is a public figure.
    @Test func whoLeadsABodyIsAPublicFigure() throws {
        let f = QuoteFixture("Majelis hakim yang diketuai Toetik Ernawati memutuskan perkara itu . ” Hukuman ini setimpal , ” tutur Toetik .",
                             people: ["Toetik Ernawati", "Toetik"])
        #expect(f.quote("Hukuman ini setimpal ,")?.speaker?.publicFigure == true)
    }

    /// A long article's words are found through an index instead of a scan per word: the same
    /// standings come out.
    @Test func aLongArticleIsJudgedAsItsShortForm() throws {
        let long = String(repeating: Self.market + " ", count: 300)
        let f = QuoteFixture(long, people: ["Joko Hastaryo", "Joko", "Armanunsah", "Budi"])
        #expect(f.quotes.count >= 300)
        let official = try #require(f.quote("Kami menambah tempat tidur di rumah sakit ,"))
        #expect(official.speaker?.publicFigure == true)
        let owner = try #require(f.quote("Pendapatan kami turun separuh sejak bandara sepi ,"))
        #expect(owner.speaker?.publicFigure == false)
    }

    @Test func aSpeakerTheArticleGivesNoCueForStaysUnknown() throws {
        let f = Self.marketFixture()
        let quote = try #require(f.quote("Kami hanya bisa pasrah menunggu ,"))
        #expect(quote.speaker?.name == "Budi")
        #expect(quote.speaker != nil && quote.speaker?.publicFigure == nil)
    }

    @Test func aDescriptionOrGroupSaysTheStandingItself() throws {
        let f = QuoteFixture("” Bandara ini kebanggaan kita bersama , ” kata Presiden . ” Harga cabai naik terus sejak pekan lalu , ” kata seorang pedagang .")
        #expect(try #require(f.quote("Bandara ini kebanggaan kita bersama ,")).speaker?.publicFigure == true)
        #expect(try #require(f.quote("Harga cabai naik terus sejak pekan lalu ,")).speaker?.publicFigure == false)
    }

    @Test func aRoleBeforeTheNameOutweighsAnAgeAndALongTitleCounts() throws {
        let f = QuoteFixture("""
            Kepala Desa Karangbenda Sakino ( 52 ) mengapresiasi kelompok itu . ” Kami bangga pada anak muda desa ini , ” kata Sakino . \
            Juru bicara Satuan Tugas Percepatan Penanganan Covid - 19 Kabupaten Tegal , Joko Wantoro , mengatakan pelacakan berjalan . \
            ” Semua kontak erat sudah kami tes , ” kata Joko .
            """, people: ["Sakino", "Joko Wantoro", "Joko"])
        #expect(try #require(f.quote("Kami bangga pada anak muda desa ini ,")).speaker?.publicFigure == true)
        #expect(try #require(f.quote("Semua kontak erat sudah kami tes ,")).speaker?.publicFigure == true)
    }

    @Test func theWordsOfAnIntroductionAreWeighed() {
        // A public role wins over an ordinary cue; a neighbourhood head and a household are ordinary.
        #expect(SpeakerStanding.judge(["salah", "seorang", "anggota", "dpr"], organisation: false) == true)
        #expect(SpeakerStanding.judge(["ketua", "rt", "003"], organisation: false) == false)
        #expect(SpeakerStanding.judge(["kepala", "keluarga"], organisation: false) == false)
        // An affiliation counts only without an ordinary cue (`pemilik Kopi NYIA`).
        #expect(SpeakerStanding.judge(["peneliti", "lipi"], organisation: true) == true)
        #expect(SpeakerStanding.judge(["dari", "kemenkes"], organisation: true) == true)
        #expect(SpeakerStanding.judge(["pemilik", "kopi", "nyia"], organisation: true) == false)
        #expect(SpeakerStanding.judge(["di", "jakarta"], organisation: false) == nil)
    }

    @Test func analyzeOutputWritesPublicFigureOnEveryQuote() throws {
        let f = Self.marketFixture()
        let article = Article(id: ArticleID("pasar"), source: "pasar.txt", text: Self.market)
        let analyzed = AnalyzedArticle(path: "pasar.txt", article: article, analysis: ArticleAnalysis(quotes: f.quotes))
        var writer = AnalyzeJSON()
        let bytes = try writer.article(analyzed)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.count == f.quotes.count)
        // Every quote has the key; true, false and null as judged.
        #expect(quotes.allSatisfy { $0.keys.contains("publicFigure") })
        func standing(_ text: String) -> Any? { quotes.first { ($0["text"] as? String) == text }?["publicFigure"] }
        #expect(standing("Kami menambah tempat tidur di rumah sakit ,") as? Bool == true)
        #expect(standing("Pendapatan kami turun separuh sejak bandara sepi ,") as? Bool == false)
        #expect(standing("Kami hanya bisa pasrah menunggu ,") is NSNull)
        // The hand writer and the Codable contract agree, and the field reads back.
        let decoded = try JSONDecoder().decode(AnalyzedArticle.self, from: Data(bytes))
        #expect(decoded == analyzed)
        #expect(decoded.quotes.map(\.publicFigure) == f.quotes.map { $0.speaker?.publicFigure })
    }
}
