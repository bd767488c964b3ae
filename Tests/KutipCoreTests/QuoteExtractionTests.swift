import Foundation
import Testing
@testable import KutipCore

/// Runs the quotation extractor on a text, with the given names marked as persons and
/// organisations (so that these tests do not depend on the trained tagger's weights).
struct QuoteFixture {
    let scalars: [Unicode.Scalar]
    let quotes: [QuoteSpan]

    init(_ text: String, people: [String] = [], organisations: [String] = [], places: [String] = []) {
        scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer(lexicon: .empty).tokens(in: scalars)
        let sentences = SentenceSplitter.sentences(in: scalars, tokens: tokens)
        var entities: [EntitySpan] = []
        for (names, type) in [(people, EntityType.person), (organisations, .organisation), (places, .location)] {
            for name in names {
                let needle = Array(name.unicodeScalars)
                var i = 0
                while i + needle.count <= scalars.count {
                    if Array(scalars[i..<i + needle.count]) == needle {
                        entities.append(EntitySpan(start: i, end: i + needle.count, type: type))
                        i += needle.count
                    } else {
                        i += 1
                    }
                }
            }
        }
        entities.sort { $0.start < $1.start }
        quotes = QuoteExtractor().quotes(in: scalars, tokens: tokens, sentences: sentences, entities: entities)
    }

    func text(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }

    /// The quotation whose text is exactly `words`.
    func quote(_ words: String) -> QuoteSpan? { quotes.first { text($0.range) == words } }

    func mention(_ quote: QuoteSpan?) -> String? { quote?.speaker?.mention.map(text) }
}

@Suite struct QuoteTextTests {
    /// The speaker standing finds a word's places by these hashes, then compares the text: a
    /// token whose hash is not `WordClasses.hash` of its lower-cased text would be missed.
    @Test func eachTokensHashIsTheHashOfItsLowerCasedText() {
        let scalars = Array("“Kami siap,” kata Ketua ÉLYSÉE Ñoño 明斯克 Cafe\u{301} Lukashenko.".unicodeScalars)
        let tokens = Tokenizer(lexicon: .empty).tokens(in: scalars)
        let text = QuoteText(scalars: scalars, tokens: tokens, sentences: SentenceSplitter.sentences(in: scalars, tokens: tokens),
                             entities: [])
        #expect(text.count == tokens.count && text.count > 8)
        for k in 0..<text.count { #expect(text.hashes[k] == WordClasses.hash(text.lower[k]), "\(text.lower[k])") }
    }

    /// An ASCII token's verb prefix is read on its code points: the answer must be the String
    /// test's (`SpeechWords.looksLikeVerb`) for every token.
    @Test func eachTokenIsAPredicateExactlyWhenTheWordTestsSaySo() {
        let scalars = Array("""
            Menteri MENGATAKAN, Dia berkata dan terus Berjalan; DIKATAKAN meminta me di ber Ter terbang memang             dibuat Berita bersama Terima méngatakan Me\u{301}nulis dirinya Tertawa mereka medan merdeka
            """.unicodeScalars)
        let tokens = Tokenizer(lexicon: .empty).tokens(in: scalars)
        let text = QuoteText(scalars: scalars, tokens: tokens, sentences: SentenceSplitter.sentences(in: scalars, tokens: tokens),
                             entities: [])
        #expect(text.count > 25 && text.isPredicate.contains(true) && text.isPredicate.contains(false))
        for k in 0..<text.count {
            let word = text.lower[k], classes = WordClasses.of(word)
            #expect(text.isPredicate[k] == (classes.contains(.predicateWords) || SpeechWords.looksLikeVerb(word, classes: classes)),
                    "\(word)")
            #expect(text.isPredicate[k] == (SpeechWords.predicateWords.contains(word) || SpeechWords.looksLikeVerb(word)), "\(word)")
        }
    }
}

@Suite struct QuoteKindTests {
    @Test func directQuotationAttributedAfterWithCurlyMarks() throws {
        let f = QuoteFixture("Presiden Alexander Lukashenko bertemu Putin.\n“Dulu kami berorientasi ke Barat, tapi sekarang tidak lagi,” kata Lukashenko.",
                             people: ["Alexander Lukashenko", "Lukashenko", "Putin"])
        let q = try #require(f.quote("Dulu kami berorientasi ke Barat, tapi sekarang tidak lagi,"))
        #expect(q.kind == .direct)
        #expect(q.speaker?.name == "Alexander Lukashenko")
        #expect(f.mention(q) == "Lukashenko")
        #expect(f.quotes.count == 1)
    }

    /// A long role before the name: the bodies in it (with their `dan`) are read through to the
    /// person at its end, who is the speaker, not a body's word or a person named inside the role.
    @Test func theSpeakerIsTheNameAfterALongRole() throws {
        let f = QuoteFixture("“Kami siap bekerja,” kata Menteri Riset dan Teknologi Bambang Brodjonegoro di Jakarta.",
                             people: ["Bambang Brodjonegoro"])
        #expect(f.quote("Kami siap bekerja,")?.speaker?.name == "Bambang Brodjonegoro")
        let g = QuoteFixture("“Beliau meninggal pagi ini,” kata Kepala Bagian Hukum dan Humas, Rumah Sakit Dr Sardjito, Banu Hermawan.",
                             people: ["Sardjito", "Banu Hermawan"])
        #expect(g.quote("Beliau meninggal pagi ini,")?.speaker?.name == "Banu Hermawan")
        // Name first, role after: the first person is the speaker.
        let h = QuoteFixture("“Kami siap,” kata Banu Hermawan, Kepala Humas Rumah Sakit Dr Sardjito.",
                             people: ["Sardjito", "Banu Hermawan"])
        #expect(h.quote("Kami siap,")?.speaker?.name == "Banu Hermawan")
    }

    /// When and where, set off by commas between the speaker and the verb, is passed over: the
    /// date is no speaker and no attribution, and the quotation is the clause after the verb.
    @Test func aDateOrPlaceBetweenTheSpeakerAndTheVerbIsPassedOver() throws {
        let f = QuoteFixture("Juru bicara satgas Dony Rerung, saat dihubungi di Ambon, Minggu (24/1/2021) petang, mengatakan, pegawai di lingkungan pemprov wajib tes.",
                             people: ["Dony Rerung"])
        let q = try #require(f.quotes.first)
        #expect(f.text(q.range) == "pegawai di lingkungan pemprov wajib tes")
        #expect(q.kind == .indirect)
        #expect(q.speaker?.name == "Dony Rerung")
        let g = QuoteFixture("Anggaran naik. Menteri Airlangga Hartarto dalam keterangan resmi, Kamis, mengatakan, pencabutan PSBB tergantung kesiapan daerah.",
                             people: ["Airlangga Hartarto"])
        let r = try #require(g.quotes.first)
        #expect(g.text(r.range) == "pencabutan PSBB tergantung kesiapan daerah")
        #expect(r.speaker?.name == "Airlangga Hartarto")
    }

    @Test func directQuotationIntroducedBeforeByASpeechVerb() throws {
        let f = QuoteFixture("Terlepas dari ancaman itu, Lukahsneko berkata, \"Saya tidak berencana mengirim tentara saya.\" Alexander Lukashenko lalu pergi.",
                             people: ["Lukahsneko", "Alexander Lukashenko"])
        let q = try #require(f.quote("Saya tidak berencana mengirim tentara saya."))
        #expect(q.kind == .direct)
        // The misspelling is one swap away from the full name the article gives.
        #expect(q.speaker?.name == "Alexander Lukashenko")
    }

    @Test func partialQuotationInsideReportedSpeech() throws {
        let f = QuoteFixture("Putin mengatakan “pekerjaan sekarang akan dilakukan” untuk meningkatkan kerja sama.", people: ["Putin"])
        let q = try #require(f.quote("pekerjaan sekarang akan dilakukan"))
        #expect(q.kind == .partial)
        #expect(q.speaker?.name == "Putin")
        // Only the partial is annotated; the reported clause around it is not a second quotation.
        #expect(f.quotes.count == 1)
    }

    @Test func scareQuotesAndNamesAreNotQuotations() {
        let f = QuoteFixture("Svetlana Tikhanouskaya menggelar “pawai kebebasan” akbar di Minsk. Sebelum Rusia memulai \"operasi militer khusus\", kedua negara berlatih. Acara itu bertajuk \"Jalan Menuju Damai Abadi\". Angka itu dari \"Kabupaten Sleman dalam Angka 2019\" terbitan BPS.",
                             people: ["Svetlana Tikhanouskaya"])
        #expect(f.quote("pawai kebebasan") == nil)
        #expect(f.quote("operasi militer khusus") == nil)
        #expect(f.quote("Jalan Menuju Damai Abadi") == nil)
        #expect(f.quote("Kabupaten Sleman dalam Angka 2019") == nil)
        #expect(f.quotes.isEmpty)
    }

    @Test func unmarkedSpeechWithATrailingKataTakesTheVoiceBeforeIt() throws {
        let f = QuoteFixture("Lukashenko mengunjungi pabrik itu. Kami bahkan bisa mendapatkan S-400. Kami sangat membutuhkan mereka, katanya.",
                             people: ["Lukashenko"])
        let q = try #require(f.quote("Kami bahkan bisa mendapatkan S-400. Kami sangat membutuhkan mereka"))
        #expect(q.kind == .unmarked)
        #expect(q.speaker?.name == "Lukashenko")
        #expect(f.mention(q) == "katanya")
    }

    @Test func unmarkedSpeechWithPassiveAttributionAndAContinuingSentence() throws {
        let f = QuoteFixture("Kami secara efektif memiliki satu tentara, Lukashenko dikatakan. Jika, Tuhan melarang, perang dimulai, tentara kami akan terlibat. Moskow telah memberikan pinjaman baru.",
                             people: ["Lukashenko"])
        let first = try #require(f.quote("Kami secara efektif memiliki satu tentara"))
        #expect(first.kind == .unmarked)
        #expect(f.mention(first) == "Lukashenko")
        let second = try #require(f.quote("Jika, Tuhan melarang, perang dimulai, tentara kami akan terlibat"))
        #expect(second.kind == .unmarked)
        #expect(second.speaker?.name == "Lukashenko")
        #expect(f.quotes.count == 2)
    }

    @Test func unmarkedSpeechAttributedToANameInApposition() throws {
        let f = QuoteFixture("Legitimasinya meragukan dan kami tidak akan mengakui perjanjian apa pun, Sviatlana Tsikhanouskaya, penantang oposisi utama, mengatakan kepada The Associated Press.",
                             people: ["Sviatlana Tsikhanouskaya"])
        let q = try #require(f.quote("Legitimasinya meragukan dan kami tidak akan mengakui perjanjian apa pun"))
        #expect(q.kind == .unmarked)
        #expect(q.speaker?.name == "Sviatlana Tsikhanouskaya")
    }

    @Test func indirectSpeechAfterBahwa() throws {
        let f = QuoteFixture("Bulan lalu, Putin menyatakan bahwa Moskow berencana untuk mengerahkan senjata nuklir di Belarus.", people: ["Putin"])
        let q = try #require(f.quote("Moskow berencana untuk mengerahkan senjata nuklir di Belarus"))
        #expect(q.kind == .indirect)
        #expect(q.speaker?.name == "Putin")
        #expect(f.mention(q) == "Putin")
    }

    @Test func indirectSpeechWithMenurutAndTrailingLapor() throws {
        let f = QuoteFixture("Menurut Kementerian Pertahanan Belarusia, latihan tersebut akan menampilkan patroli udara bersama. Tentara Rusia akan melakukan latihan taktis batalion, lapor kantor berita Interfax, mengutip kementerian pertahanan Rusia.",
                             organisations: ["Kementerian Pertahanan Belarusia", "Interfax"])
        let first = try #require(f.quote("latihan tersebut akan menampilkan patroli udara bersama"))
        #expect(first.kind == .indirect)
        #expect(first.speaker?.name == "Kementerian Pertahanan Belarusia")
        let second = try #require(f.quote("Tentara Rusia akan melakukan latihan taktis batalion"))
        #expect(second.kind == .indirect)
        #expect(second.speaker?.name == "Interfax")
    }

    @Test func aNounObjectIsATopicNotReportedSpeech() {
        let f = QuoteFixture("Lukashenko menyebutkan penangkapan seorang pria yang dituduh melancarkan serangan pesawat tak berawak.", people: ["Lukashenko"])
        #expect(f.quotes.isEmpty)
    }

    /// A short form cut from a name (`Ardi` for `Ardiwinata`) is that person when the article
    /// names only one person so; with two such names it stays as written.
    @Test func aShortFormCutFromANameIsThatPerson() throws {
        let f = QuoteFixture("Kepala Dinas Pariwisata Ardiwinata optimistis. “Kami siap,” kata Ardi.", people: ["Ardiwinata", "Ardi"])
        #expect(f.quote("Kami siap,")?.speaker?.name == "Ardiwinata")
        let g = QuoteFixture("Ardiwinata dan Ardiansyah hadir. “Kami siap,” kata Ardi.", people: ["Ardiwinata", "Ardiansyah", "Ardi"])
        #expect(g.quote("Kami siap,")?.speaker?.name == "Ardi")
    }

    /// A person the text has speak after the last quotation (`Agung menyampaikan , …`) is whom
    /// the next `katanya` stands for, even where that sentence gave no quotation of its own.
    @Test func aPronounTagStandsForThePersonWhoSpokeSinceTheLastQuotation() throws {
        let f = QuoteFixture("Nasipah ( 62 ) , penjual sayur , mengeluh . ” Harga naik , ” kata Nasipah . Kepala Badan Ketahanan Pangan Agung Hendriadi menyampaikan , secara keseluruhan , ketersediaan bawang merah surplus . ” Ketersediaan cukup dan harga stabil , ” katanya .",
                             people: ["Nasipah", "Agung Hendriadi"])
        #expect(f.quote("Ketersediaan cukup dan harga stabil ,")?.speaker?.name == "Agung Hendriadi")
        // A person already known who only appears again (no speech verb) does not take the tag
        // from the last speaker.
        let g = QuoteFixture("” Stok ada , ” kata Agung Hendriadi . ” Harga naik , ” kata Nasipah . Agung Hendriadi tiba di pasar siang itu . ” Semua mahal , ” katanya .",
                             people: ["Nasipah", "Agung Hendriadi"])
        #expect(g.quote("Semua mahal ,")?.speaker?.name == "Nasipah")
    }

    /// A person the article introduces after the last quotation (`Deden ( 27 ) merasakan …`)
    /// is whom the next `katanya` stands for; a relative named after a kin word (`Kakak Raoul
    /// Salim ini`) and a name in a sentence inside a quotation are not.
    @Test func aPronounTagStandsForAPersonNewlyIntroduced() throws {
        let f = QuoteFixture("“Harga naik,” kata Abdul Syukur. Deden (27) merasakan persaingan berat itu. Dia bekerja sebagai karyawan kontrak. “Ketat sekali,” katanya.",
                             people: ["Abdul Syukur", "Deden"])
        #expect(f.quote("Ketat sekali,")?.speaker?.name == "Deden")
        let g = QuoteFixture("“Filmnya bagus,” kata Brandon Salim. Kakak Raoul Salim ini lalu bermain gitar. “Lokasinya sedikit,” katanya.",
                             people: ["Brandon Salim", "Raoul Salim"])
        #expect(g.quote("Lokasinya sedikit,")?.speaker?.name == "Brandon Salim")
        let h = QuoteFixture("Andri jelas kesal dengan temuan itu. “Sudah saya foto. Eh langsung ramai,” katanya.",
                             people: ["Andri", "Eh"])
        #expect(h.quote("Sudah saya foto. Eh langsung ramai,")?.speaker?.name == "Andri")
        // Only a person introduced the way news introduces people (a role before, an age or
        // apposition after), and not as someone's relative.
        let i = QuoteFixture("“Harga naik,” kata Abdul Syukur. Blue Water Express beroperasi dua kali seminggu. “Ketat sekali,” katanya.",
                             people: ["Abdul Syukur", "Blue Water Express"])
        #expect(i.quote("Ketat sekali,")?.speaker?.name == "Abdul Syukur")
        let j = QuoteFixture("Trismiati (40) tinggal di Bekasi. “Bansos hanya untuk Jakarta,” katanya. Suaminya, Robit (35), bekerja mencetak batu bata. “Itu pun tidak menentu,” katanya.",
                             people: ["Trismiati", "Robit"])
        #expect(j.quote("Itu pun tidak menentu,")?.speaker?.name == "Trismiati")
    }

    /// The subject of a sentence sets whom the text is about: past a role with `dan` in it
    /// (`Kepala Seksi Haji dan Umrah Burhan Noor`), but not the subject of what someone said
    /// (`Menurutnya , Dudy tak pernah hadir`).
    @Test func whomTheTextIsAboutReadsRolesAndSkipsReportedClauses() throws {
        let f = QuoteFixture("“Sudah dimulai,” kata Sofrayani. Kepala Seksi Haji dan Umrah Burhan Noor mendampingi pemeriksaan itu. “Ada 50 calon yang diperiksa,” ujar dia.",
                             people: ["Sofrayani", "Burhan Noor"])
        #expect(f.quote("Ada 50 calon yang diperiksa,")?.speaker?.name == "Burhan Noor")
        let g = QuoteFixture("Anggota Komisi V DPR, Sofwan Dedy, juga mengkritik Kemenhub. Sofwan pun mempertanyakan ketidakhadiran Menteri Perhubungan Dudy Purwagandhi. Menurutnya, Dudy tak pernah hadir saat diundang. “Saya sebenarnya sudah malas bicara,” ujarnya.",
                             people: ["Sofwan Dedy", "Sofwan", "Dudy Purwagandhi", "Dudy"])
        #expect(g.quote("Saya sebenarnya sudah malas bicara,")?.speaker?.name == "Sofwan Dedy")
    }

    /// The agent of a passive reporting verb (`dibantah oleh Newsom`) is whom the text turns to;
    /// one inside a quotation is not.
    @Test func theAgentOfAPassiveReportingVerbIsWhomTheTextIsAbout() throws {
        let f = QuoteFixture("“Presiden menelepon gubernur,” ujar Steven Cheung. Namun, klaim dari Trump tersebut langsung dibantah oleh Gavin Newsom. Melalui unggahan di platform X, ia menegaskan tidak ada satu pun panggilan dari Presiden.",
                             people: ["Steven Cheung", "Trump", "Gavin Newsom"])
        #expect(f.quote("tidak ada satu pun panggilan dari Presiden")?.speaker?.name == "Gavin Newsom")
        let g = QuoteFixture("“Apa yang selama ini disampaikan oleh Lisa Mariana bohong,” ujar Muslim Jaya. “Kami akan mengawal kasus ini,” ucapnya.",
                             people: ["Lisa Mariana", "Muslim Jaya"])
        #expect(g.quote("Kami akan mengawal kasus ini,")?.speaker?.name == "Muslim Jaya")
    }

    /// The name the article says a person goes by (`yang biasa disapa Tjok Ace`) is that person.
    @Test func aNicknameTheArticleGivesIsThatPerson() throws {
        let f = QuoteFixture("Wakil Gubernur Bali Tjokorda Oka Artha Ardana Sukawati, yang biasa disapa Tjok Ace, menyatakan pariwisata sepi. “Kondisi tidak separah triwulan II,” kata Tjok Ace.",
                             people: ["Tjokorda Oka Artha Ardana Sukawati", "Tjok Ace"])
        #expect(f.quote("Kondisi tidak separah triwulan II,")?.speaker?.name == "Tjokorda Oka Artha Ardana Sukawati")
    }

    /// A quotation that opens on a page leftover line (a related video's title) is the page's,
    /// not the article's: analysis leaves it out.
    @Test func noQuotationOnAPageLeftoverLine() throws {
        let text = "Judul\n“Semua negara harus ikut,” katanya kepada wartawan.\nSimak juga Video 'PBB Yakin Polusi Plastik Bakal Capai Kesepakatan':\n"
        let scalars = Array(text.unicodeScalars)
        let quotes = [QuoteSpan(start: 7, end: 31, kind: .direct, speaker: nil), QuoteSpan(start: 90, end: 130, kind: .indirect, speaker: nil)]
        let leftovers = FirstPassAnalyzer.leftovers(in: scalars)
        #expect(leftovers.count == 1)
        #expect(StandardAnalyzer.outside(leftovers, quotes).map(\.start) == [7])
    }

    /// The canonical name takes the spelling the article uses most for each of its words: one
    /// slip in the full name (`Simanjutak`) gives way to the spelling written three times.
    @Test func theCanonicalNameTakesTheArticlesCommonSpelling() throws {
        let f = QuoteFixture("Jhonny Simanjutak , Sekretaris Komisi E , hadir . Menurut Simanjuntak , beras cukup . ” Paket siap , ” kata Simanjuntak . Simanjuntak lalu pergi .",
                             people: ["Jhonny Simanjutak", "Simanjuntak"])
        #expect(f.quote("Paket siap ,")?.speaker?.name == "Jhonny Simanjuntak")
    }

    /// The speaker after `kata` ends where a capitalised word opens a clause: a sentence whose
    /// end was lost starts there, and a body named in it is no speaker.
    @Test func theSpeakerAfterKataEndsAtAClauseOpening() throws {
        let f = QuoteFixture("“Jaga jarak dan jangan bergerombol,” kata seorang Ketika PSBB mulai diterapkan, pasar ditutup.",
                             organisations: ["PSBB"])
        let q = try #require(f.quote("Jaga jarak dan jangan bergerombol,"))
        #expect(q.speaker?.name != "PSBB")
        #expect(f.mention(q) == "seorang")
    }

    /// A title in marks alone on its line, every word capitalised, is a promotion or a related
    /// headline, not speech; a quoted sentence alone on its line still is.
    @Test func aCapitalisedTitleAloneOnItsLineIsNoQuotation() throws {
        let f = QuoteFixture("Judul\n“Kami siap,” kata Afifuddin.\n“Data itu dokumen publik.”\n“Detik Pagi, Jangan Tidur Lagi!”\n",
                             people: ["Afifuddin"])
        #expect(f.quote("Detik Pagi, Jangan Tidur Lagi!") == nil)
        #expect(f.quote("Data itu dokumen publik.")?.kind == .direct)
    }

    /// A reporting verb capitalised inside its sentence belongs to a title run into the text
    /// (`Pilihan editor: … Elon Musk Mengaku Kecewa`), not to narration.
    @Test func aCapitalisedReportingVerbInsideASentenceIsATitles() throws {
        let f = QuoteFixture("Indonesia siap mengirim pasukan. Pilihan editor: Top 3 Dunia: Elon Musk Mengaku Kecewa, Arab Saudi Bantah Legalkan Alkohol",
                             people: ["Elon Musk"])
        #expect(f.quotes.isEmpty)
        let g = QuoteFixture("Elon Musk mengaku kecewa dengan keputusan itu.", people: ["Elon Musk"])
        #expect(g.quote("kecewa dengan keputusan itu")?.kind == .indirect)
    }

    /// A reporting verb after a modal tells what must, can or will be said: no quotation.
    @Test func aModalBeforeTheVerbIsNoReportedSpeech() throws {
        let f = QuoteFixture("Pemerintah harus memastikan sistem perizinan dapat terjangkau bagi seluruh masyarakat.")
        #expect(f.quotes.isEmpty)
        let g = QuoteFixture("Di Labkesda, mereka bisa meminta agar tes usap dilakukan pada hari itu juga.")
        #expect(g.quotes.isEmpty)
        // The same clause said by someone is reported speech.
        let h = QuoteFixture("Pemerintah memastikan sistem perizinan dapat terjangkau bagi seluruh masyarakat.")
        #expect(h.quote("sistem perizinan dapat terjangkau bagi seluruh masyarakat")?.kind == .indirect)
    }

    /// `katanya` stands for one person: an unnamed group quoted just before it (`Para pengamat
    /// menilai …`) is passed over for the person the text is about.
    @Test func aSingularPronounIsNotAGroup() throws {
        let f = QuoteFixture("Menteri Budi Santoso hadir di Jakarta. Para pengamat menilai ekonomi akan tumbuh tahun ini. “Kami siap bekerja,” katanya.",
                             people: ["Budi Santoso"])
        #expect(f.quote("ekonomi akan tumbuh tahun ini")?.speaker?.name == "para pengamat")
        #expect(f.quote("Kami siap bekerja,")?.speaker?.name == "Budi Santoso")
        // `mereka` may stand for the group.
        let g = QuoteFixture("Menteri Budi Santoso hadir di Jakarta. Para pengamat menilai ekonomi akan tumbuh tahun ini. “Kami siap bekerja,” kata mereka.",
                             people: ["Budi Santoso"])
        #expect(g.quote("Kami siap bekerja,")?.speaker?.name == "para pengamat")
    }

    @Test func coordinatedReportingClausesAreSeparateQuotations() throws {
        let f = QuoteFixture("Lukashenko mengatakan bahwa dia akan membahas paket perjanjian, tetapi dia menekankan bahwa itu tidak akan mengikis kemerdekaan Belarus.",
                             people: ["Lukashenko"])
        let first = try #require(f.quote("dia akan membahas paket perjanjian"))
        let second = try #require(f.quote("itu tidak akan mengikis kemerdekaan Belarus"))
        #expect(first.kind == .indirect && second.kind == .indirect)
        #expect(second.speaker?.name == "Lukashenko")
        #expect(f.mention(second) == "dia")
    }

    @Test func offsetsCountCodePointsPastWideCharactersAndCombiningMarks() throws {
        // 👍🏽 is two code points, é is e + U+0301: offsets count code points, not characters.
        let text = "👍🏽 Cafe\u{301} 日本 ramai. “Saya senang sekali di sini,” kata Budi."
        let f = QuoteFixture(text, people: ["Budi"])
        let q = try #require(f.quotes.first)
        let scalars = Array(text.unicodeScalars)
        let open = try #require(scalars.firstIndex(of: "“"))
        #expect(q.start == open + 1)
        #expect(f.text(q.range) == "Saya senang sekali di sini,")
        let mention = try #require(q.speaker?.mention)
        #expect(f.text(mention) == "Budi")
    }

    @Test func anUnclosedMarkDoesNotSwallowTheArticle() throws {
        let f = QuoteFixture("Dia berkata, “Ini tidak adil bagi kami semua.\nParagraf berikut hanya narasi tentang cuaca di Minsk.\n\"Kami siap bertanding,\" kata Budi.",
                             people: ["Budi"])
        #expect(!f.quotes.contains { f.text($0.range).contains("cuaca") })
        let q = try #require(f.quote("Kami siap bertanding,"))
        #expect(q.kind == .direct)
        #expect(q.speaker?.name == "Budi")
    }

    @Test func multiParagraphQuotationIsOne() throws {
        let f = QuoteFixture("“Kami siap bekerja keras.\n“Kami juga siap menang,” kata Budi.", people: ["Budi"])
        #expect(f.quotes.count == 1)
        #expect(f.quotes.first?.kind == .direct)
        #expect(f.quotes.first.map { f.text($0.range) }?.contains("siap menang") == true)
    }
}

@Suite struct SpeakerTests {
    @Test func pronounSuffixTagRefersToTheLastSpeaker() throws {
        let f = QuoteFixture("Lukashenko memperingatkan bahwa “jika perlu, kami akan menggunakan segalanya.”\n“Kami tidak memfitnah siapa pun. Itu akan terjadi,” tambahnya.",
                             people: ["Lukashenko"])
        let q = try #require(f.quote("Kami tidak memfitnah siapa pun. Itu akan terjadi,"))
        #expect(q.kind == .direct)
        #expect(q.speaker?.name == "Lukashenko")
        #expect(f.mention(q) == "tambahnya")
        #expect(f.quote("jika perlu, kami akan menggunakan segalanya.")?.kind == .partial)
    }

    @Test func pronounSubjectRefersToThePersonTheTextIsAbout() throws {
        let f = QuoteFixture("Ketua SPPG Cigunung, Hana Nabilah Azmi menyampaikan permintaan maaf. Ia mengaku, belum mengetahui bagaimana plester itu bisa lolos.",
                             people: ["Hana Nabilah Azmi"])
        let q = try #require(f.quote("belum mengetahui bagaimana plester itu bisa lolos"))
        #expect(q.kind == .indirect)
        #expect(q.speaker?.name == "Hana Nabilah Azmi")
        #expect(f.mention(q) == "Ia")
    }

    @Test func descriptionResolvesToThePersonGivenThatRole() throws {
        let f = QuoteFixture("Presiden Belarusia Alexander Lukashenko bertemu Vladimir Putin. Pemimpin Belarusia tersebut mengklaim bahwa pabrik-pabrik Belarusia telah berkembang.",
                             people: ["Alexander Lukashenko", "Vladimir Putin"])
        let q = try #require(f.quote("pabrik-pabrik Belarusia telah berkembang"))
        #expect(q.speaker?.name == "Alexander Lukashenko")
        #expect(f.mention(q) == "Pemimpin Belarusia tersebut")
    }

    @Test func anAdjunctBetweenTheSubjectAndTheVerbWithoutCommasIsPassedOver() throws {
        let cases: [(String, [String], String, String)] = [
            ("Kepala Dinas Kesehatan Budi Santoso saat ditemui di kantornya mengatakan, vaksinasi akan dimulai pekan depan.",
             ["Budi Santoso"], "vaksinasi akan dimulai pekan depan", "Budi Santoso"),
            ("Menteri Sosial Tri Rismaharini dalam keterangan tertulis kepada wartawan di Jakarta menegaskan bahwa bantuan akan cair pekan depan.",
             ["Tri Rismaharini"], "bantuan akan cair pekan depan", "Tri Rismaharini"),
            ("Warga Desa Sukamaju, Ahmad Yani, ketika dihubungi melalui telepon menyampaikan bahwa banjir sudah surut.",
             ["Ahmad Yani"], "banjir sudah surut", "Ahmad Yani"),
            ("Jhonny Simanjuntak, Sekretaris Komisi E, seusai rapat kerja itu menjelaskan, bansos itu bernilai Rp 300.000.",
             ["Jhonny Simanjuntak"], "bansos itu bernilai Rp 300.000", "Jhonny Simanjuntak"),
        ]
        for (text, people, words, speaker) in cases {
            let f = QuoteFixture(text, people: people, organisations: ["Dinas Kesehatan", "Komisi E"], places: ["Jakarta", "Sukamaju"])
            let q = try #require(f.quote(words), "\(text)")
            #expect(q.speaker?.name == speaker, "\(text)")
        }
        // A person right before the verb is the subject, whatever adjunct comes before them.
        let f = QuoteFixture("TNI Angkatan Udara dalam keterangan Kadispenau Indan Gilang menyatakan telah menyiapkan dua helikopter.",
                             people: ["Indan Gilang"], organisations: ["TNI Angkatan Udara"])
        #expect(try #require(f.quote("telah menyiapkan dua helikopter")).speaker?.name == "Indan Gilang")
    }

    @Test func aBodyNamedByItsShortFormIsNamedInFull() throws {
        let f = QuoteFixture("Mahasiswa Universitas Udayana (Unud) itu dijatuhi sanksi. Namun, Unud menegaskan sanksi itu belum bersifat final.",
                             organisations: ["Universitas Udayana", "Unud"])
        #expect(try #require(f.quote("sanksi itu belum bersifat final")).speaker?.name == "Universitas Udayana")
        // An acronym in capitals stays the body's name (`Organisasi Kesehatan Dunia (WHO)`).
        let g = QuoteFixture("Organisasi Kesehatan Dunia (WHO) hadir. WHO menyatakan bahwa wabah sudah mereda.",
                             organisations: ["Organisasi Kesehatan Dunia", "WHO"])
        #expect(try #require(g.quote("wabah sudah mereda")).speaker?.name == "WHO")
    }

    @Test func aDirectiveWithItsObjectAndAVerbReportsARequestWithoutAgar() throws {
        let f = QuoteFixture("Dian berharap insiden serupa tak terulang dan meminta penyedia makanan lebih menjaga kebersihan dapur.", people: ["Dian"])
        #expect(try #require(f.quote("penyedia makanan lebih menjaga kebersihan dapur")).speaker?.name == "Dian")
        let g = QuoteFixture("Kepala BPPTKG Agus Budi Santoso meminta warga Kabupaten Sleman menjauhi kawasan rawan bencana.",
                             people: ["Agus Budi Santoso"], organisations: ["BPPTKG"], places: ["Sleman"])
        #expect(try #require(g.quote("warga Kabupaten Sleman menjauhi kawasan rawan bencana")).speaker?.name == "Agus Budi Santoso")
        // A thing asked for is no speech, whatever adjective in me- follows it.
        #expect(QuoteFixture("Wali kota meminta evaluasi menyeluruh terhadap penyedia makanan.").quotes.isEmpty)
        #expect(QuoteFixture("Budi meminta maaf kepada warga.", people: ["Budi"]).quotes.isEmpty)
    }

    @Test func aStrayOpeningMarkIsNoPartOfTheWordsAndSwallowsNothing() throws {
        let f = QuoteFixture("Banjir merendam rumah. \"Air mulai naik sejak subuh, kata Slamet (50), warga Kaligawe.\nBPBD mencatat 3.000 rumah terendam. Endro mengatakan pengungsi ditampung di masjid.",
                             people: ["Slamet", "Endro"], organisations: ["BPBD"])
        let q = try #require(f.quote("Air mulai naik sejak subuh"))
        #expect(q.kind == .unmarked && q.speaker?.name == "Slamet")
        #expect(f.quote("pengungsi ditampung di masjid")?.speaker?.name == "Endro")
    }

    @Test func colloquialAndLessCommonVerbsOfSayingReportSpeech() throws {
        for (verb, content) in [("bilang", "pemerintah menyiapkan tempat sementara"), ("berujar", "pemerintah membuat tiga model edukasi"),
                                ("menampik", "kebijakan itu merugikan pedagang"), ("mengutarakan", "pasar akan dibangun ulang")] {
            let f = QuoteFixture("Farhan \(verb), \(content).", people: ["Farhan"])
            let q = try #require(f.quote(content), "\(verb)")
            #expect(q.kind == .indirect && q.speaker?.name == "Farhan", "\(verb)")
        }
    }

    @Test func aPersonIntroducedAfterADescriptionIsWhomAPronounTagThenMeans() throws {
        let f = QuoteFixture("“Polisi sudah bekerja keras,” kata Bambang Widodo. Warga setempat, Siti Aminah (45), mengaku lega. “Saya tidak takut lagi keluar malam,” ucapnya.",
                             people: ["Bambang Widodo", "Siti Aminah"])
        #expect(try #require(f.quote("Saya tidak takut lagi keluar malam,")).speaker?.name == "Siti Aminah")
        // A clause before the comma is no description of the person (`Sebagaimana diketahui , Budi …`).
        let g = QuoteFixture("“Polisi sudah bekerja keras,” kata Bambang Widodo. Sebagaimana diketahui, Siti Aminah melapor ke polisi. “Kami percaya polisi,” ucapnya.",
                             people: ["Bambang Widodo", "Siti Aminah"])
        #expect(try #require(g.quote("Kami percaya polisi,")).speaker?.name == "Bambang Widodo")
    }

    @Test func menurutARoleThenTheNameSetOffByCommasIsThePersonsSpeech() throws {
        let f = QuoteFixture("Sementara itu, menurut pengamat kepolisian dari Universitas Indonesia, Bambang Widodo, penangkapan ini menunjukkan kinerja polisi membaik.",
                             people: ["Bambang Widodo"], organisations: ["Universitas Indonesia"])
        let q = try #require(f.quote("penangkapan ini menunjukkan kinerja polisi membaik"))
        #expect(q.speaker?.name == "Bambang Widodo")
        #expect(f.mention(q) == "Bambang Widodo")
    }

    @Test func aPassiveVerbOfSayingWithItsAgentInsideTheSentenceAttributesIt() throws {
        let f = QuoteFixture("Ketua KPU Afifuddin hadir di Jakarta. Pertimbangan pembatalan aturan itu, disebutkan Afifuddin, dilakukan karena mendapat masukan dari berbagai pihak.",
                             people: ["Afifuddin"], organisations: ["KPU"], places: ["Jakarta"])
        let q = try #require(f.quote("Pertimbangan pembatalan aturan itu, disebutkan Afifuddin, dilakukan karena mendapat masukan dari berbagai pihak"))
        #expect(q.kind == .indirect)
        #expect(q.speaker?.name == "Afifuddin")
        // Not where no one is named after it.
        let g = QuoteFixture("Anggaran itu, disebutkan dalam laporan, dipakai untuk membangun jalan desa.")
        #expect(g.quotes.isEmpty)
    }

    @Test func theOneLeaderIsNotTheHeadOfAnotherBody() throws {
        let text = "Presiden AS Donald Trump menunjuk Pete Hegseth. Hegseth mengatakan bahwa China bersiap. Kepala Pentagon menegaskan bahwa sekutu harus membayar lebih. Pemimpin AS tersebut menyatakan bahwa tarif akan naik."
        let f = QuoteFixture(text, people: ["Donald Trump", "Pete Hegseth", "Hegseth"], organisations: ["Pentagon"], places: ["AS", "China"])
        #expect(try #require(f.quote("sekutu harus membayar lebih")).speaker?.name == "Pete Hegseth")
        #expect(try #require(f.quote("tarif akan naik")).speaker?.name == "Donald Trump")
    }

    @Test func aRoleManyShareIsSomeoneUnnamedWithoutADemonstrative() throws {
        let text = "Menteri Pertahanan AS Pete Hegseth berpidato di Singapura. Negara itu telah berulang kali bentrok dengan Filipina, menurut pejabat AS."
        let f = QuoteFixture(text, people: ["Pete Hegseth"], places: ["AS", "Singapura", "Filipina"])
        let q = try #require(f.quote("Negara itu telah berulang kali bentrok dengan Filipina"))
        #expect(q.speaker?.name == "pejabat AS")
        // With a demonstrative it is the person the text is about.
        let g = QuoteFixture("Pete Hegseth berpidato di Singapura. Negara itu telah berulang kali bentrok dengan Filipina, kata pejabat itu.",
                             people: ["Pete Hegseth"], places: ["Singapura", "Filipina"])
        #expect(try #require(g.quote("Negara itu telah berulang kali bentrok dengan Filipina")).speaker?.name == "Pete Hegseth")
    }

    @Test func aGroupNamedWithWhereItComesFromKeepsThatPart() throws {
        let f = QuoteFixture("Sementara itu, delegasi dari negara kepulauan menegaskan bahwa kesepakatan harus mengikat semua pihak.")
        let q = try #require(f.quote("kesepakatan harus mengikat semua pihak"))
        #expect(q.speaker?.name == "delegasi dari negara kepulauan")
    }

    @Test func aFeelingNamedAsANounIsATopicButItsSubjectSpeaksNext() throws {
        let f = QuoteFixture("""
            Seorang pejabat mengatakan bahwa draf baru akan dibahas besok, sementara delegasi dari negara kepulauan \
            mengungkapkan kekecewaan karena belum melihat naskah apa pun, khawatir perundingan panjang itu akan gagal total.
            """)
        #expect(f.quotes.allSatisfy { !f.text($0.range).hasPrefix("kekecewaan") })
        let q = try #require(f.quote("perundingan panjang itu akan gagal total"))
        #expect(q.speaker?.name == "delegasi dari negara kepulauan")
    }

    @Test func unnamedGroupIsNamedByItsOwnWords() throws {
        let f = QuoteFixture("Beberapa pengamat mengatakan bahwa besar kemungkinan Belarusia akan turut berperang.")
        let q = try #require(f.quote("besar kemungkinan Belarusia akan turut berperang"))
        #expect(q.speaker?.name == "beberapa pengamat")
    }

    @Test func shortNameBecomesTheArticlesFullNameButNotAnotherPersons() throws {
        let f = QuoteFixture("Presiden Alexander Lukashenko tiba. Wakil komandan Vadim Lukashevich hadir.\n\"Kami siap untuk memenuhi tugas apa pun,\" kata Lukashevich.\n\"Saya siap berperang,\" kata Lukashenko.",
                             people: ["Alexander Lukashenko", "Vadim Lukashevich", "Lukashevich", "Lukashenko"])
        #expect(f.quote("Kami siap untuk memenuhi tugas apa pun,")?.speaker?.name == "Vadim Lukashevich")
        #expect(f.quote("Saya siap berperang,")?.speaker?.name == "Alexander Lukashenko")
    }

    @Test func namedSpeakersAreSurerThanGuessedOnes() throws {
        let f = QuoteFixture("Budi datang ke Minsk.\n“Kami siap bekerja keras untuk semua,” kata Budi.\n“Ini bukan soal menang atau kalah,” katanya.\nBeberapa hal lain terjadi di sana.\n“Semua akan baik saja pada akhirnya nanti.”",
                             people: ["Budi"])
        let named = try #require(f.quote("Kami siap bekerja keras untuk semua,")?.speaker)
        let pronoun = try #require(f.quote("Ini bukan soal menang atau kalah,")?.speaker)
        let unattributed = try #require(f.quote("Semua akan baik saja pada akhirnya nanti.")?.speaker)
        #expect(named.confidence > pronoun.confidence)
        #expect(pronoun.confidence > unattributed.confidence)
        #expect((0...1).contains(unattributed.confidence))
    }
}

@Suite struct BundledArticleQuoteTests {
    func analysis(_ file: String) throws -> (Article, ArticleAnalysis) {
        let url = repositoryRoot.appendingPathComponent("data/articles").appendingPathComponent(file)
        let article = Article(id: ArticleID(file), source: url.path, text: try String(contentsOf: url, encoding: .utf8))
        let analyzer = try StandardAnalyzer.load(from: DataFiles(folder: repositoryRoot.appendingPathComponent("data").path))
        return (article, analyzer.analyze(article))
    }

    func find(_ quotes: [QuoteSpan], _ article: Article, _ prefix: String) -> QuoteSpan? {
        quotes.first { article.text(from: $0.start, to: $0.end).hasPrefix(prefix) }
    }

    /// A name set off alone by a comma, then its apposition (capitalised or not) and the verb: the
    /// person named, not a place or a role inside the apposition.
    @Test func aNameSetOffAloneBeforeItsAppositionIsTheSubject() throws {
        let analyzer = try StandardAnalyzer.load(from: DataFiles(folder: repositoryRoot.appendingPathComponent("data").path))
        let cases: [(String, String, String)] = [
            ("Budi Santoso datang. Sarman Simanjorang , Ketua Dewan Pengurus Daerah Himpunan Pengusaha Pribumi Indonesia ( HIPPI ) DKI Jakarta , menjelaskan , ketentuan itu mesti dipahami.",
             "ketentuan itu mesti dipahami", "Sarman Simanjorang"),
            ("Budi Santoso datang. Gabriel Manek ( 60 ) , penjual air menuturkan , proses pengambilan air memakan waktu.",
             "proses pengambilan air memakan waktu", "Gabriel Manek"),
        ]
        for (text, content, speaker) in cases {
            let article = Article(id: ArticleID("a.txt"), source: "a.txt", text: "Judul berita\n" + text + "\n")
            let quote = try #require(find(analyzer.analyze(article).quotes, article, content), "\(text)")
            #expect(quote.speaker?.name == speaker, "\(text)")
        }
    }

    @Test func aReadAlsoHeadlineRunIntoTheTextIsALeftoverAndNoPartOfTheSpeaker() throws {
        let text = """
            Harga Beras Naik
            JAKARTA - Ketua Asosiasi Pedagang Pasar Rina Wulandari menilai harga beras masih wajar. "Pasokan cukup," ujar Rina, Sabtu (31/5/2025). Baca juga:Mencegah Harga Beras Tak Sekadar Janji Rina menilai, pemerintah perlu menambah pasokan beras di pasar.
            """
        let article = Article(id: ArticleID("rice.txt"), source: "rice.txt", text: text)
        let analyzer = try StandardAnalyzer.load(from: DataFiles(folder: repositoryRoot.appendingPathComponent("data").path))
        let analysis = analyzer.analyze(article)
        let link = try #require(analysis.leftovers.first { article.text(from: $0.lowerBound, to: $0.upperBound).hasPrefix("Baca juga") })
        #expect(article.text(from: link.lowerBound, to: link.upperBound) == "Baca juga:Mencegah Harga Beras Tak Sekadar Janji")
        let indirect = try #require(find(analysis.quotes, article, "pemerintah perlu menambah pasokan"))
        #expect(indirect.speaker?.name == "Rina Wulandari")
    }

    @Test func knownQuotationsAndSpeakersOfTheBundledArticles() throws {
        let (a1, r1) = try analysis("001_04825fc12583486d.txt")
        let partial = try #require(find(r1.quotes, a1, "pekerjaan sekarang akan dilakukan"))
        #expect(partial.kind == .partial)
        #expect(partial.speaker?.name == "Vladimir Putin")
        let direct = try #require(find(r1.quotes, a1, "Dulu kami berorientasi ke Barat"))
        #expect(direct.kind == .direct)
        #expect(direct.speaker?.name == "Alexander Lukashenko")
        let added = try #require(find(r1.quotes, a1, "Kami tidak memfitnah siapa pun"))
        #expect(added.speaker.flatMap { $0.mention.map { a1.text(from: $0.lowerBound, to: $0.upperBound) } } == "tambahnya")

        let (a0, r0) = try analysis("000_a9fc60a3d12180fe.txt")
        let unmarked = try #require(find(r0.quotes, a0, "Kami bahkan bisa mendapatkan S-400"))
        #expect(unmarked.kind == .unmarked)
        #expect(unmarked.speaker?.name == "Alexander Lukashenko")
        let opposition = try #require(find(r0.quotes, a0, "Setiap perjanjian dengan Rusia"))
        #expect(opposition.kind == .unmarked)
        #expect(opposition.speaker?.name == "Sviatlana Tsikhanouskaya")

        let (a4, r4) = try analysis("004_ef3d86e69baa5f15.txt")
        #expect(find(r4.quotes, a4, "operasi militer khusus") == nil)
        #expect(find(r4.quotes, a4, "Kami siap untuk memenuhi tugas apa pun")?.speaker?.name == "Vadim Lukashevich")
        #expect(find(r4.quotes, a4, "Saya tidak berencana mengirim")?.speaker?.name == "Alexander Lukashenko")

        let (a2, r2) = try analysis("002_0166590bf45af2e1.txt")
        #expect(find(r2.quotes, a2, "pawai kebebasan") == nil)
        // The name in marks stays inside the reported clause it belongs to.
        #expect(find(r2.quotes, a2, "menggelar “pawai kebebasan” akbar")?.kind == .indirect)
        #expect(find(r2.quotes, a2, "Lukashenko mundur")?.speaker?.name == "demonstran")
    }
}

@Suite struct ArticlePeopleListTests {
    /// A word's or a role's list of names (changed in place under one dictionary look-up) holds
    /// 16 names at most, and a role's list each name once: the 17th name and a repeat are not added.
    @Test func aNameListHoldsSixteenNamesAndARoleEachOnce() {
        var table: [String: [Int]] = [:]
        for id in 0..<20 { ArticlePeople.add(id, to: &table["presiden", default: []], unlessIn: true) }
        ArticlePeople.add(3, to: &table["menteri", default: []], unlessIn: true)
        ArticlePeople.add(3, to: &table["menteri", default: []], unlessIn: true)
        ArticlePeople.add(3, to: &table["budi", default: []], unlessIn: false)
        ArticlePeople.add(3, to: &table["budi", default: []], unlessIn: false)
        #expect(table["presiden"] == Array(0..<16))
        #expect(table["menteri"] == [3])
        #expect(table["budi"] == [3, 3])
    }
}
