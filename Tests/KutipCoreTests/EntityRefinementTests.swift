import Foundation
import Testing
@testable import KutipCore

/// The passes after the tagger (EntityRefiner, MiscPatterns, SpanJoining, DocumentConsistency) on
/// hand-made tagger output, and the shipped recognizer on a few general sentences.
@Suite struct EntityRefinementTests {
    static let tokenizer = Tokenizer(lexicon: .empty)

    static func gazetteer(_ lines: String) throws -> Gazetteer {
        Gazetteer(entries: try Gazetteer.parse(lines, file: "test.tsv"), tokenizer: tokenizer)
    }

    static let small: Gazetteer = try! gazetteer("""
        Rusia\tLOC
        Belarus\tLOC
        Amerika Serikat\tLOC
        Jakarta\tLOC
        Prancis\tLOC
        Barat\tLOC
        Jawa Barat\tLOC
        PBB\tORG
        TASS\tORG
        Bank Indonesia\tORG
        Indonesia\tLOC
        Gedung Putih\tORG
        Piala Dunia\tMISC
        """)

    /// Refines `tagged` (each a piece of `text` with its type, the n-th occurrence when repeated)
    /// and gives the result as (text, type) pairs in order.
    static func refine(_ text: String, _ tagged: [(String, EntityType)], gazetteer: Gazetteer = small,
                       commonWords: Set<UInt64> = [], notEntities: Set<UInt64> = []) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = tokenizer.tokens(in: scalars)
        let sentences = SentenceSplitter.sentences(in: scalars, tokens: tokens)
        let article = ArticleTokens(scalars: scalars, tokens: tokens, sentences: sentences)
        // Each piece is its first whole-token occurrence not inside an earlier piece.
        var spans: [TokenSpan] = []
        for (piece, type) in tagged {
            let p = Array(piece.unicodeScalars)
            for first in tokens.indices where !spans.contains(where: { $0.tokens.contains(first) }) {
                let start = tokens[first].start
                guard start + p.count <= scalars.count, Array(scalars[start..<start + p.count]) == p,
                      let last = tokens.firstIndex(where: { $0.end == start + p.count }),
                      !spans.contains(where: { $0.tokens.overlaps(first..<last + 1) }) else { continue }
                spans.append(TokenSpan(tokens: first..<last + 1, type: type))
                break
            }
        }
        let refiner = EntityRefiner(gazetteer: gazetteer, commonWords: commonWords, notEntities: notEntities)
        return refiner.refine(spans, in: article).map { "\(article.text($0.tokens))/\($0.type.rawValue)" }
    }

    // MARK: Public bodies

    @Test func aPublicBodyIsOneOrganisationWithThePlaceItServes() {
        #expect(Self.refine("Kepala Dinas Kesehatan Kota Banjarmasin, Tabiun Huda, menyebut kasus naik.",
                            [("Banjarmasin", .location), ("Tabiun Huda", .person)])
                == ["Dinas Kesehatan Kota Banjarmasin/ORG", "Tabiun Huda/PER"])
        // The tagger's mistake (the police unit as a person) is mended; the officer after it stays apart.
        #expect(Self.refine("Ia ditangkap Polresta Denpasar Kombes Bambang Yugo pada Senin.",
                            [("Polresta Denpasar", .person), ("Bambang Yugo", .person)])
                == ["Polresta Denpasar/ORG", "Bambang Yugo/PER"])
        // A lower-case word ends the name; a tagger span reaching past the name is left alone.
        #expect(Self.refine("Dinas Pendidikan Provinsi Jawa Barat membuka pendaftaran.", [])
                == ["Dinas Pendidikan Provinsi Jawa Barat/ORG"])
        #expect(Self.refine("Kementerian Hukum dan HAM menolak.", [("Kementerian Hukum dan HAM", .organisation)])
                == ["Kementerian Hukum dan HAM/ORG"])
        // A head word alone, or written in lower case, makes no name.
        #expect(Self.refine("Dinas itu tutup. Kantor pajak buka.", []) == [])
    }

    @Test func aPublicBuildingAfterDiKeOrDariIsThePlace() {
        #expect(Self.refine("Sidang digelar di Pengadilan Negeri Jakarta Selatan, Kamis.", [("Jakarta Selatan", .location)])
                == ["Pengadilan Negeri Jakarta Selatan/LOC"])
        #expect(Self.refine("Pengadilan Negeri Jakarta Selatan menolak gugatan.", [("Jakarta Selatan", .location)])
                == ["Pengadilan Negeri Jakarta Selatan/ORG"])
    }

    // MARK: Gazetteer files

    @Test func gazetteerFilesParseWithCommentsAndCanonicalNames() throws {
        let entries = try Gazetteer.parse("# comment\n\nRusia\tLOC\nKOMPAS.com\tORG\tKompas.com\r\n", file: "x.tsv")
        #expect(entries == [Gazetteer.Entry(name: "Rusia", type: .location, canonical: "Rusia"),
                            Gazetteer.Entry(name: "KOMPAS.com", type: .organisation, canonical: "Kompas.com")])
        // Blank lines of spaces and tabs, an empty third field, spaces around fields, accents and
        // a combining mark next to a tab.
        let more = try Gazetteer.parse(" \t \n\t\nSão Paulo \t LOC\t\nCafe\u{301}\tORG\t Kafe\u{301} \n", file: "y.tsv")
        #expect(more == [Gazetteer.Entry(name: "São Paulo", type: .location, canonical: "São Paulo"),
                         Gazetteer.Entry(name: "Cafe\u{301}", type: .organisation, canonical: "Kafe\u{301}")])
    }

    @Test func aBadGazetteerLineNamesTheFileAndLine() throws {
        #expect(throws: Gazetteer.FormatError(file: "places.tsv", line: 3, problem: "unknown type \"PLACE\" (PER, LOC, ORG or MISC)")) {
            try Gazetteer.parse("# places\nRusia\tLOC\nMinsk\tPLACE\n", file: "places.tsv")
        }
        do {
            _ = try Gazetteer.parse("Rusia\tLOC\nMinsk LOC\n", file: "places.tsv")
            Issue.record("a line without a tab must fail")
        } catch {
            #expect(error.description.hasPrefix("places.tsv:2: expected NAME<TAB>TYPE"))
        }
        #expect(throws: Gazetteer.FormatError.self) { try Gazetteer.parse("\tORG\n", file: "x.tsv") }
        // Through load(folder:): the error names the file's path.
        let folder = try TemporaryFolder()
        try folder.write("a.tsv", "PBB\tORG\n")
        try folder.write("b.tsv", "Minsk\tLOC\n\nKyiv\tCITY\n")
        do {
            _ = try Gazetteer.load(folder: folder.path, tokenizer: Self.tokenizer)
            Issue.record("a bad file must fail")
        } catch let error as Gazetteer.FormatError {
            #expect(error.file == folder.path + "/b.tsv" && error.line == 3)
        }
    }

    @Test func theShippedGazetteerLoads() throws {
        let gazetteer = try Gazetteer.load(folder: repositoryRoot.appendingPathComponent("data/gazetteer").path, tokenizer: Self.tokenizer)
        func type(of name: String) -> EntityType? { gazetteer.entries.first { $0.name == name }?.type }
        #expect(type(of: "Belarusia") == .location && type(of: "Tiongkok") == .location && type(of: "Jawa Barat") == .location)
        #expect(type(of: "PBB") == .organisation && type(of: "Uni Eropa") == .organisation && type(of: "KPK") == .organisation)
        #expect(type(of: "Reuters") == .organisation && type(of: "Piala Dunia") == .miscellaneous)
        #expect(NewsOutlets.canonicalName(for: "KOMPAS.com") == "Kompas.com")
        #expect(NewsOutlets.canonicalName(for: "detikNews") == "Detik.com")
    }

    @Test func gazetteerMatchesLongestFirstAsWrittenOrInCapitals() {
        let text = "Dari JAKARTA ke Jawa Barat, lalu jakarta dan Bank Indonesia."
        let scalars = Array(text.unicodeScalars)
        let tokens = Self.tokenizer.tokens(in: scalars)
        let found = Self.small.matches(in: scalars, tokens: tokens).map {
            String(String.UnicodeScalarView(scalars[tokens[$0.tokens.lowerBound].start..<tokens[$0.tokens.upperBound - 1].end]))
        }
        #expect(found == ["JAKARTA", "Jawa Barat", "Bank Indonesia"])
    }

    // MARK: Passes

    @Test func gazetteerAddsNamesAndFixesTypes() {
        #expect(Self.refine("Sanksi dari PBB dan Amerika Serikat memukul Rusia.", [("Rusia", .person)])
                == ["PBB/ORG", "Amerika Serikat/LOC", "Rusia/LOC"])
        // A name inside an untagged longer capitalised name is left alone.
        #expect(Self.refine("Dana itu disimpan di Bank Sentral Indonesia kemarin.", []) == [])
    }

    @Test func aPlaceAtTheStartOfAPersonSpanIsCutOut() {
        #expect(Self.refine("Presiden Prancis Emmanuel Macron tiba.", [("Prancis Emmanuel Macron", .person)])
                == ["Prancis/LOC", "Emmanuel Macron/PER"])
        #expect(Self.refine("Juru bicara Gedung Putih Steven Cheung berkata.", [("Gedung Putih Steven Cheung", .person)])
                == ["Gedung Putih/ORG", "Steven Cheung/PER"])
        #expect(Self.refine("Kantor berita Rusia TASS melaporkan.", [("Rusia TASS", .organisation)]) == ["Rusia/LOC", "TASS/ORG"])
    }

    @Test func aPersonRunOnFromTheirJobOrEmployerIsCutWhereTheArticleNamesThemAlone() {
        // An English role (`Chief … Officer`) and a brand the article tags as a body (`GoPay`) end
        // the front; the article calls the person `Rina` later.
        #expect(Self.refine("Chief Marketing Officer GoPay Rina Hartono datang. Menurut Rina , GoPay tumbuh.",
                            [("Chief Marketing Officer GoPay Rina Hartono", .person), ("Rina", .person), ("GoPay", .organisation)])
                == ["GoPay/ORG", "Rina Hartono/PER", "Rina/PER", "GoPay/ORG"])
        // A known place ends the front and keeps its type.
        #expect(Self.refine("Kepala Balai Jakarta Budi Santoso datang. Kata Budi , semua aman.",
                            [("Balai Jakarta Budi Santoso", .person), ("Budi", .person)])
                == ["Jakarta/LOC", "Budi Santoso/PER", "Budi/PER"])
        // Without another mention of the person there is no telling where the name begins.
        #expect(Self.refine("Chief Marketing Officer GoPay Rina Hartono datang. GoPay tumbuh.",
                            [("Chief Marketing Officer GoPay Rina Hartono", .person), ("GoPay", .organisation)]).first
                == "Chief Marketing Officer GoPay Rina Hartono/PER")
    }

    @Test func aWordForWhatPeopleDoIsNoPersonWhereTheArticleWritesItInLowerCase() {
        #expect(Self.refine("JAKARTA - Sopir angkutan umum mengeluh. Penumpang sepi, kata sopir itu.", [("Sopir", .person)]) == ["JAKARTA/LOC"])
        #expect(Self.refine("Warga Sleman datang. Budi Warga tiba, kata warga.", [("Budi Warga", .person)]) == ["Budi Warga/PER"])
    }

    @Test func initialsBeforeAnAgeAreAPersonEverywhereInTheArticle() {
        #expect(Self.refine("Kasus itu dialami PT ( 28 ) , pekerja pabrik. Menurut PT, hasil tes keluar. Tes lambat, kata PT.",
                            [("PT", .organisation), ("PT", .organisation), ("PT", .organisation)])
                == ["PT/PER", "PT/PER", "PT/PER"])
        // A year in brackets is no age.
        #expect(Self.refine("Laporan KPK ( 2019 ) terbit.", [("KPK", .organisation)]) == ["KPK/ORG"])
    }

    @Test func spansExcludeTitles() {
        #expect(Self.refine("Kemarin Presiden Joko Widodo dan Kombes Rizki Agung Prakoso datang.",
                            [("Presiden Joko Widodo", .person), ("Kombes Rizki Agung Prakoso", .person)])
                == ["Joko Widodo/PER", "Rizki Agung Prakoso/PER"])
        #expect(Self.refine("Ia bertemu Gus Yahya.", [("Gus Yahya", .person)]) == ["Yahya/PER"])
        #expect(Self.refine("Ia bertemu Presiden kemarin.", [("Presiden", .person)]) == [])
        // `Haji` is the long form of the title `H.`: before a name it leaves the span, alone it is no one.
        #expect(Self.refine("Ia bertemu Haji Agus Salim dan calon jamaah Haji kemarin.", [("Haji Agus Salim", .person), ("Haji", .person)])
                == ["Agus Salim/PER"])
    }

    /// A title-case headline's verb between two names the body gives is no name's word.
    @Test func aHeadlinesVerbBetweenTwoPeopleSplitsThem() {
        let text = "Zelensky Temui Macron di Paris\nPresiden Volodymyr Zelensky bertemu Presiden Emmanuel Macron di Paris. Macron berjanji membantu."
        #expect(Self.refine(text, [("Zelensky Temui Macron", .person), ("Paris", .location), ("Volodymyr Zelensky", .person),
                                   ("Emmanuel Macron", .person), ("Paris", .location), ("Macron", .person)])
                == ["Zelensky/PER", "Macron/PER", "Paris/LOC", "Volodymyr Zelensky/PER", "Emmanuel Macron/PER", "Paris/LOC", "Macron/PER"])
        // A last or first word the body does not give stays (`Prabowo Subianto` in the headline, `Prabowo` below).
        #expect(Self.refine("Prabowo Subianto di Paris\nPresiden Prabowo tiba di Paris.", [("Prabowo Subianto", .person), ("Paris", .location),
                                                                                           ("Prabowo", .person), ("Paris", .location)])
                .first == "Prabowo Subianto/PER")
    }

    @Test func peopleSpansLoseCommonWordsAndOrganisationsAreNotPeople() {
        let common: Set<UInt64> = Set(["komentar", "makin", "video"].map(FeatureHash.lowercased))
        #expect(Self.refine("Baca juga: Komentar Hegseth soal Brandon Salim Makin ramai, lihat Video di sini.",
                            [("Komentar Hegseth", .person), ("Brandon Salim Makin", .person), ("Video", .person)], commonWords: common)
                == ["Hegseth/PER", "Brandon Salim/PER"])
        #expect(Self.refine("Pendiri Grameen Bank bicara di Coventry University kemarin.",
                            [("Grameen Bank", .person), ("Coventry University", .person)])
                == ["Grameen Bank/ORG", "Coventry University/ORG"])
        #expect(Self.refine("Dengan Bridge Alliance akan dikembangkan layanan uang digital.", [("Bridge Alliance", .person)])
                == ["Bridge Alliance/ORG"])
        #expect(Self.refine("Kata Direktur PT Astra Otoparts Tbk Yusak Kristian kemarin.", [("PT Astra Otoparts Tbk Yusak Kristian", .organisation)])
                == ["PT Astra Otoparts Tbk/ORG", "Yusak Kristian/PER"])
        #expect(Self.refine("Pasangan Irianto Syaifuddin - Tatang Hakim menang.", [("Irianto Syaifuddin - Tatang Hakim", .person)])
                == ["Irianto Syaifuddin/PER", "Tatang Hakim/PER"])
    }

    @Test func aPersonBegunOneWordLateTakesBackTheNameBefore() {
        // The tagger left out the first name; the capitalised word before it is no title, cue or common word.
        #expect(Self.refine("Hal itu disampaikan Menteri Keuangan Purbaya Yudhi Sadewa kemarin.", [("Yudhi Sadewa", .person)])
                == ["Purbaya Yudhi Sadewa/PER"])
        #expect(Self.refine("Kata pengamat sepak bola Kesit Budi Handoyo kemarin.", [("Budi Handoyo", .person)])
                == ["Kesit Budi Handoyo/PER"])
        // Right after a title the capitalised word is the title's portfolio, not a name.
        #expect(Self.refine("Hal itu disampaikan Menteri Keuangan Sadewa kemarin.", [("Sadewa", .person)]) == ["Sadewa/PER"])
        // A word the article writes in lower case elsewhere, or a sentence start, stays out.
        #expect(Self.refine("Ia bilang Hebat Budi Handoyo. Itu hebat sekali.", [("Budi Handoyo", .person)]) == ["Budi Handoyo/PER"])
        #expect(Self.refine("Kesit Budi Handoyo datang.", [("Budi Handoyo", .person)]) == ["Budi Handoyo/PER"])
    }

    @Test func anOrganisationDefinedWithItsAcronymIsOneOrganisation() {
        // The acronym is the organisation too, though the tagger left it out.
        #expect(Self.refine("Ia menjadi Koordinator Tim Pengendali Inflasi Daerah (TPID) sejak lama.", [])
                == ["Tim Pengendali Inflasi Daerah/ORG", "TPID/ORG"])
        // A country inside the long form is no place of its own; the acronym found there is the organisation.
        #expect(Self.refine("Kata Presiden Konfederasi Serikat Pekerja Indonesia (KSPI) kemarin.", [("KSPI", .person)])
                == ["Konfederasi Serikat Pekerja Indonesia/ORG", "KSPI/ORG"])
        // Joining words between the capitalised words; the letters of one word may give two of the acronym's.
        #expect(Self.refine("Ia jatuh dari gedung Fakultas Ilmu Sosial dan Ilmu Politik (FISIP) kemarin.", [])
                == ["Fakultas Ilmu Sosial dan Ilmu Politik/ORG", "FISIP/ORG"])
        // A long form that does not begin with an organisation's head word, or that does not spell
        // the acronym, or a name that goes on after the bracket, is left to the other passes.
        #expect(Self.refine("Ia membuka Makan Bergizi Gratis (MBG) kemarin.", []) == [])
        #expect(Self.refine("Ia bertemu Tim Nasional (KPK) kemarin.", []) == [])
        #expect(Self.refine("Kata Ketua Satuan Pelayanan Pemenuhan Gizi (SPPG) Cigunung kemarin.", []) == [])
    }

    @Test func anAcronymAfterTheNameItSpellsIsThatName() {
        // No organisation's head word: the acronym takes the type of the entity it spells, found or not.
        #expect(Self.refine("Produsen Sokonindo Indonesia (SI) mulai masuk.", [("Sokonindo Indonesia", .organisation)])
                == ["Sokonindo Indonesia/ORG", "SI/ORG"])
        #expect(Self.refine("Laga di Gelora Bung Karno (GBK) kemarin.", [("Gelora Bung Karno", .location), ("GBK", .organisation)])
                == ["Gelora Bung Karno/LOC", "GBK/LOC"])
        // Not a person's type (the tagger's people there are mostly things shaped like names), nor
        // where the letters do not spell it or no entity ends at the bracket.
        #expect(Self.refine("Izin Online Single Submission (OSS) terbit.", [("Online Single Submission", .person)])
                == ["Online Single Submission/PER"])
        #expect(Self.refine("Produsen Sokonindo Indonesia (KPK) mulai masuk.", [("Sokonindo Indonesia", .organisation)])
                == ["Sokonindo Indonesia/ORG"])
        #expect(Self.refine("Produsen Sokonindo Indonesia (SI) mulai masuk.", []) == [])
    }

    @Test func aPlaceNamedLikeAPersonOfTheArticleIsThatPerson() {
        let text = "Pengacara itu, Muslim Jaya Butar Butar, berkomentar. Kata Muslim, polisi bekerja. Muslim juga hadir."
        #expect(Self.refine(text, [("Muslim Jaya Butar Butar", .location), ("Muslim", .person), ("Muslim", .person)])
                == ["Muslim Jaya Butar Butar/PER", "Muslim/PER", "Muslim/PER"])
        // Once is not enough; and a place with a place's word in it stays a place.
        #expect(Self.refine("Ia ke Muslim Jaya kemarin. Kata Muslim, ia senang.", [("Muslim Jaya", .location), ("Muslim", .person)])
                == ["Muslim Jaya/LOC", "Muslim/PER"])
        #expect(Self.refine("Ia ke Sudirman Tengah. Kata Sudirman, ia senang. Sudirman pulang.",
                            [("Sudirman Tengah", .location), ("Sudirman", .person), ("Sudirman", .person)])
                == ["Sudirman Tengah/LOC", "Sudirman/PER", "Sudirman/PER"])
    }

    @Test func initialsAfterACueArePeopleThroughoutTheArticle() {
        #expect(Self.refine("Polisi menetapkan LM sebagai tersangka. Kuasa hukum tersangka LM hadir. Kata LM, ia tak bersalah. KPK diam.",
                            [("LM", .organisation), ("LM", .organisation), ("KPK", .organisation)])
                == ["LM/PER", "LM/PER", "LM/PER", "KPK/ORG"])
        // The cue's initials glued to the next word by a dash (`berinisial TAS-yang meninggal`).
        #expect(Self.refine("Mahasiswa berinisial TAS-yang meninggal itu pintar. TAS (22) dirawat. Komunikasi TAS lancar.",
                            [("TAS", .organisation)])
                == ["TAS/PER", "TAS/PER"])
        // An honorific before initials (`Pak RK`); a generic acronym after it is no one.
        #expect(Self.refine("Selaku kuasa hukum Pak RK, kami hadir. Kata RK, ia siap. Pak RT datang.", [("RK", .organisation)],
                            notEntities: Set(["rt"].map(FeatureHash.lowercased)))
                == ["RK/PER", "RK/PER"])
        #expect(Self.refine("Para ibu PKK hadir. Kata PKK, acara lancar.", [("PKK", .organisation), ("PKK", .organisation)])
                == ["PKK/ORG", "PKK/ORG"])
        // Without a cue an acronym keeps its type.
        #expect(Self.refine("Kata LM, ia tak bersalah.", [("LM", .organisation)]) == ["LM/ORG"])
    }

    @Test func anArticleThatSaysANameIsAnOrganisationMakesItOneEverywhere() {
        // A company's full name makes its core a company wherever the tagger took it for a person.
        #expect(Self.refine("Astra Otoparts luncurkan ban baru\nJakarta - PT Astra Otoparts Tbk meluncurkan ban. Kata Astra Otoparts, ban itu kuat.",
                            [("Astra Otoparts", .person), ("PT Astra Otoparts Tbk", .organisation), ("Astra Otoparts", .person)])
                == ["Astra Otoparts/ORG", "Jakarta/LOC", "PT Astra Otoparts Tbk/ORG", "Astra Otoparts/ORG"])
        // A cue word before a name the tagger left untagged; a person's span ending in it is cut.
        #expect(Self.refine("Ia akrab dengan Sivia Blink sejak lama. Lebih banyak personil Blink yang bernyanyi. Album baru dari Blink siap.",
                            [("Sivia Blink", .person), ("Blink", .person)])
                == ["Sivia/PER", "Blink/ORG", "Blink/ORG", "Blink/ORG"])
        #expect(Self.refine("Kata Gaikindo, pasar naik. Ia hadir di rapat anggota Gaikindo kemarin.", [("Gaikindo", .person)])
                == ["Gaikindo/ORG", "Gaikindo/ORG"])
        // Without such a word a name stays a person; a known place after a cue gives no evidence.
        #expect(Self.refine("Kata Gaikindo, pasar naik. Gaikindo pulang.", [("Gaikindo", .person), ("Gaikindo", .person)])
                == ["Gaikindo/PER", "Gaikindo/PER"])
    }

    @Test func acronymsOfLowerCaseWordsAreNoOrganisations() {
        #expect(Self.refine("Isi surat edaran (SE) Menteri itu terbit. Isi SE itu jelas, kata KSPI.",
                            [("SE", .organisation), ("SE", .organisation), ("KSPI", .organisation)])
                == ["KSPI/ORG"])
        #expect(Self.refine("Bahan bakar minyak (BBM) naik. Harga BBM naik.", [("BBM", .organisation), ("BBM", .organisation)]) == [])
        // After `program` it is a programme, and so is its long form.
        #expect(Self.refine("Program makan bergizi gratis (MBG) berjalan. Menu MBG enak. Dapur MBG bersih.",
                            [("MBG", .organisation), ("MBG", .organisation)])
                == ["makan bergizi gratis/MISC", "MBG/MISC", "MBG/MISC", "MBG/MISC"])
        // Capitalised long forms are organisations as before; letters that do not spell it change nothing.
        #expect(Self.refine("Data Badan Pusat Statistik (BPS) naik. Kata BPS, harga naik.", [("Badan Pusat Statistik (BPS)", .organisation), ("BPS", .organisation)])
                == ["Badan Pusat Statistik/ORG", "BPS/ORG", "BPS/ORG"])
        #expect(Self.refine("Ia bicara dengan warga (KPK) kemarin. Kata KPK, kasus naik.", [("KPK", .organisation), ("KPK", .organisation)])
                == ["KPK/ORG", "KPK/ORG"])
    }

    @Test func aLowerCaseCommonWordIsNoName() {
        let common: Set<UInt64> = Set(["detik"].map(FeatureHash.lowercased))
        let outlets = try! Self.gazetteer("detik\tORG\nKompas\tORG")
        #expect(Self.refine("Mereka bekerja hingga detik terakhir, kata Kompas.", [], gazetteer: outlets, commonWords: common) == ["Kompas/ORG"])
    }

    @Test func aPlaceHoldingAnOrganisationsNameIsThatOrganisation() {
        let bodies = try! Self.gazetteer("Bareskrim\tORG\nDPR\tORG")
        #expect(Self.refine("Proses sudah berjalan di Siber Bareskrim, kata Jhony.", [("Siber Bareskrim", .location)], gazetteer: bodies)
                == ["Siber Bareskrim/ORG"])
        #expect(Self.refine("Ketua Satuan Pelayanan Gizi (SPG) Cigunung hadir. Pelayanan dari SPG Cigunung baik.",
                            [("Cigunung", .location), ("SPG Cigunung", .location)])
                .contains("SPG Cigunung/ORG"))
        // A building, an administrative word or a lower-case word first: the place.
        #expect(Self.refine("Ia datang ke Gedung DPR kemarin, lalu ke komplek DPR.", [("Gedung DPR", .location), ("komplek DPR", .location)],
                            gazetteer: bodies)
                == ["Gedung DPR/LOC", "komplek DPR/LOC"])
    }

    @Test func balineseNamesKeepTheirIOrNi() {
        #expect(Self.refine("Kata Kompol I Ketut Sukadi dan Ni Nyoman Dewi kemarin.", [("Ketut Sukadi", .person), ("Nyoman Dewi", .person)])
                == ["I Ketut Sukadi/PER", "Ni Nyoman Dewi/PER"])
        // Only before a Balinese birth-order name.
        #expect(Self.refine("Kata I Budi kemarin.", [("Budi", .person)]) == ["Budi/PER"])
    }

    @Test func aPersonAfterACompanyPrefixIsTheCompany() {
        #expect(Self.refine("Ia terlibat perkara PT Salma Arowana Lestari tahun itu.", [("Salma Arowana Lestari", .person)])
                == ["PT Salma Arowana Lestari/ORG"])
    }

    @Test func aNameWithAnAgeInBracketsIsAPerson() {
        #expect(Self.refine("Sementara itu, orang tua siswa, Dian (37) berharap insiden tak terulang.", []) == ["Dian/PER"])
        // Not a common word, not a known name, not past a title, and only a one- or two-digit number.
        let common: Set<UInt64> = Set(["jumlah"].map(FeatureHash.lowercased))
        #expect(Self.refine("Kasus di Jakarta (12) naik. Jumlah (12) naik. Kata Kompol Budi (40) kemarin. Warga Dewi (2025) datang.", [],
                            commonWords: common)
                == ["Jakarta/LOC", "Budi/PER"])
    }

    @Test func aPlaceAfterATitleAndItsPortfolioIsAPlace() {
        let places = try! Self.gazetteer("Kenya\tLOC")
        #expect(Self.refine("Padahal, kata Menteri Lingkungan Kenya, Deborah Barasa, itu penting.", [("Deborah Barasa", .person)], gazetteer: places)
                == ["Kenya/LOC", "Deborah Barasa/PER"])
        // Without the title the capitalised words before it may be one longer name.
        #expect(Self.refine("Padahal, kata warga Lembah Lingkungan Kenya, itu penting.", [], gazetteer: places) == [])
    }

    @Test func genericAcronymsAreNotEntities() {
        let not: Set<UInt64> = Set(["apbd", "bumn"].map(FeatureHash.lowercased))
        #expect(Self.refine("Dana APBD dan laba BUMN naik, kata KPK.", [("APBD", .organisation), ("BUMN", .organisation), ("KPK", .organisation)],
                            notEntities: not) == ["KPK/ORG"])
        // Only alone: inside a longer name it stays.
        #expect(Self.refine("Ia bicara di Kementerian BUMN kemarin.", [("Kementerian BUMN", .organisation)], notEntities: not)
                == ["Kementerian BUMN/ORG"])
    }

    /// The shipped list of words that are no names: a cash machine, a crime scene, a processor and
    /// the day Ahad (Sunday) are common nouns, however a tagger typed them alone.
    @Test func machinesScenesAndTheDayAhadAreNoNames() throws {
        let listed = try WordList.read(path: repositoryRoot.appendingPathComponent("data/lexicon/not-entities-id.txt").path)
        let not = Set(listed.map(FeatureHash.lowercased))
        #expect(Self.refine("Ia menarik uang dari ATM dekat TKP, kata KPK, Ahad. CPU itu baru.",
                            [("ATM", .organisation), ("TKP", .organisation), ("KPK", .organisation), ("Ahad", .person),
                             ("CPU", .organisation)], notEntities: not) == ["KPK/ORG"])
        // The shipped tagger made the day a person.
        #expect(!Self.entities("Demikian disampaikan juru bicara partai itu, Ahad, di Jakarta.").contains("Ahad/PER"))
    }

    /// Interjections (`Eh, hujan turun`, `Oh, begitu`) open sentences capitalised but name no one.
    @Test func interjectionsAreNoNames() throws {
        let listed = try WordList.read(path: repositoryRoot.appendingPathComponent("data/lexicon/not-entities-id.txt").path)
        let not = Set(listed.map(FeatureHash.lowercased))
        #expect(Self.refine("Kami menunggu lama. Eh, hujan turun. Oh, ternyata Budi datang. Wah, Nah, Aduh.",
                            [("Eh", .person), ("Oh", .person), ("Budi", .person), ("Wah", .person), ("Nah", .person), ("Aduh", .person)],
                            notEntities: not) == ["Budi/PER"])
    }

    /// A one-word person that the article also writes in lower case, and never inside a longer
    /// person's name, is a common word the tagger took for a name (`Prediksi Ekonomi RI`).
    @Test func aCommonWordAloneIsNoPerson() {
        #expect(Self.refine("Bank Dunia memangkas prediksi Ekonomi RI. Pertumbuhan ekonomi melambat, kata Febrio.",
                            [("Ekonomi", .person), ("Febrio", .person)]) == ["Febrio/PER"])
        // A given name that is a common word stays where the article names the person in full…
        #expect(Self.refine("Kemarin Indah Lestari datang. Pemandangan itu indah, kata Indah.",
                            [("Indah Lestari", .person), ("Indah", .person)]) == ["Indah Lestari/PER", "Indah/PER"])
        // …or never writes the word in lower case.
        #expect(Self.refine("Pemandangan itu bagus, kata Indah.", [("Indah", .person)]) == ["Indah/PER"])
    }

    /// The second word of a two-word title is no part of the name after it.
    @Test func twoWordTitlesLeaveTheNameAfterThem() {
        #expect(Self.refine("Hal itu dikatakan Direktur Eksekutif Joel Simon kemarin.", [("Eksekutif Joel Simon", .person)])
                == ["Joel Simon/PER"])
        #expect(Self.refine("Hal itu dikatakan Jaksa Agung Prasetyo kemarin.", [("Agung Prasetyo", .person)]) == ["Prasetyo/PER"])
        #expect(Self.refine("Hal itu dikatakan Direktur Utama Budi Santoso kemarin.", [("Direktur Utama Budi Santoso", .person)])
                == ["Budi Santoso/PER"])
        // Only after the title it completes: Agung is a given name after anything else.
        #expect(Self.refine("Hal itu dikatakan Ketua DPR Agung Laksono kemarin.", [("DPR", .organisation), ("Agung Laksono", .person)])
                == ["DPR/ORG", "Agung Laksono/PER"])
        #expect(Self.refine("Hal itu dikatakan Direktur Agung Laksono kemarin.", [("Agung Laksono", .person)]) == ["Agung Laksono/PER"])
    }

    /// An English organisation name built on `of` or `for` is one organisation, up to a person's name.
    @Test func englishOrganisationNamesWithOfOrForAreOneOrganisation() {
        #expect(Self.refine("Peneliti dari Institute for Policy and Development Studies, Budi, mengatakan itu.",
                            [("Institute", .location), ("Budi", .person)])
                == ["Institute for Policy and Development Studies/ORG", "Budi/PER"])
        // (`welfare` as a common word, so that no earlier pass takes it into the person's name.)
        #expect(Self.refine("Hal itu dikatakan Ketua Council for Rural Welfare Andi Wijaya kemarin.", [("Andi Wijaya", .person)],
                            commonWords: Set([FeatureHash.lowercased("welfare")]))
                == ["Council for Rural Welfare/ORG", "Andi Wijaya/PER"])
        // A span the tagger began before the head gives the start.
        #expect(Self.refine("Ia kuliah di The Southern University of Lampung sejak 2019.", [("The Southern University", .organisation), ("Lampung", .location)])
                == ["The Southern University of Lampung/ORG"])
        // Without a capitalised word after the link there is no such name.
        #expect(Self.refine("Ia bekerja di Center of excellence milik kampus.", []) == [])
    }

    @Test func administrativePrefixesLeavePlaces() {
        #expect(Self.refine("Warga Kota Bandung dan Kabupaten Sukabumi datang.", [("Kota Bandung", .location), ("Kabupaten Sukabumi", .location)])
                == ["Bandung/LOC", "Sukabumi/LOC"])
        #expect(Self.refine("Kata pejabat Pemerintah Kabupaten Sukabumi itu.", [("Kabupaten Sukabumi", .location)])
                == ["Pemerintah Kabupaten Sukabumi/ORG"])
        #expect(Self.refine("Ia dirawat di Puskesmas Cempaka Kota Banjarmasin kemarin.", [("Puskesmas Cempaka Kota Banjarmasin", .location)])
                == ["Puskesmas Cempaka/LOC", "Banjarmasin/LOC"])
        #expect(Self.refine("Kata Dinas Kesehatan Kota Banjarmasin kemarin.", [("Dinas Kesehatan Kota Banjarmasin", .organisation)])
                == ["Dinas Kesehatan Kota Banjarmasin/ORG"])
    }

    @Test func bracketedAcronymsAreSeparateEntities() {
        #expect(Self.refine("Data Badan Pusat Statistik (BPS) naik.", [("Badan Pusat Statistik (BPS)", .organisation)])
                == ["Badan Pusat Statistik/ORG", "BPS/ORG"])
        #expect(Self.refine("Menurut Kementerian Perhubungan (Kemenhub itu.", [("Kementerian Perhubungan (Kemenhub", .organisation)])
                == ["Kementerian Perhubungan/ORG", "Kemenhub/ORG"])
        // A legal form in brackets stays in the company's name.
        #expect(Self.refine("Kata PT Pertamina (Persero) kemarin.", [("PT Pertamina (Persero)", .organisation)])
                == ["PT Pertamina (Persero)/ORG"])
        #expect(Self.refine("Kata PT Pertamina (Persero) kemarin.", [("PT Pertamina", .organisation), ("Persero", .organisation)])
                == ["PT Pertamina (Persero)/ORG"])
        // The name goes on after the bracket: one span.
        #expect(Self.refine("Kata Satuan Tugas (Satgas) MBG kemarin.", [("Satuan Tugas (Satgas) MBG", .organisation)])
                == ["Satuan Tugas (Satgas) MBG/ORG"])
    }

    @Test func unitsJoinTheirParentBody() {
        #expect(Self.refine("Rapat Komisi V DPR berlangsung.", [("DPR", .organisation)]) == ["Komisi V DPR/ORG"])
        #expect(Self.refine("Ia menuturkan, Serikat Petani Nusantara menganalisis.", [("Petani Nusantara", .organisation)])
                == ["Serikat Petani Nusantara/ORG"])
        #expect(Self.refine("Ia lewat Jalan Raya Ahmad Yani kemarin.", [("Jalan Raya", .location), ("Ahmad Yani", .person)])
                == ["Jalan Raya Ahmad Yani/LOC"])
    }

    @Test func anUntaggedOrganisationBeforeAPlaceTakesItIn() {
        #expect(Self.refine("Di perbatasan, Pasukan Khusus Belarusia bersiap.", [("Belarusia", .location)])
                == ["Pasukan Khusus Belarusia/ORG"])
        // A generic head word alone describes the place's people; a place after other words stays.
        #expect(Self.refine("Kemarin Pasukan Belarusia bersiap.", [("Belarusia", .location)]) == ["Belarusia/LOC"])
        #expect(Self.refine("Kemarin Hujan Deras Belarusia turun.", [("Belarusia", .location)]) == ["Belarusia/LOC"])
    }

    @Test func institutionsGoOnAfterDan() {
        #expect(Self.refine("Laporan Organisasi Kerja Sama dan Pembangunan Ekonomi terbit.", [("Organisasi Kerja Sama", .organisation)])
                == ["Organisasi Kerja Sama dan Pembangunan Ekonomi/ORG"])
        // Not into a known name or a person.
        #expect(Self.refine("Rapat Kementerian Keuangan dan Bank Indonesia selesai.", [("Kementerian Keuangan", .organisation)])
                == ["Kementerian Keuangan/ORG", "Bank Indonesia/ORG"])
        #expect(Self.refine("Rapat Kementerian Keuangan dan Budi Gunawan selesai.",
                            [("Kementerian Keuangan", .organisation), ("Budi Gunawan", .person)])
                == ["Kementerian Keuangan/ORG", "Budi Gunawan/PER"])
    }

    @Test func miscPatternsFindLawsAndEvents() {
        #expect(Self.refine("Aturan itu ada di UU ITE dan Undang-Undang Nomor 14 Tahun 2008 tentang keterbukaan.", [])
                == ["UU ITE/MISC", "Undang-Undang Nomor 14 Tahun 2008/MISC"])
        #expect(Self.refine("Dasarnya Keputusan KPU RI Nomor 731 Tahun 2025 yang baru.", [("KPU RI", .organisation)])
                == ["Keputusan KPU RI Nomor 731 Tahun 2025/MISC"])
        #expect(Self.refine("Dasarnya keputusan KPU nomor 731 tahun 2025 itu.", [("KPU", .organisation)])
                == ["keputusan KPU nomor 731 tahun 2025/MISC"])
        #expect(Self.refine("Ia menonton Piala Asia Wanita 2026 dan Perang Dunia II di televisi.", [])
                == ["Piala Asia Wanita 2026/MISC", "Perang Dunia II/MISC"])
        #expect(Self.refine("Ini sesuai UUD 1945.", []) == ["UUD 1945/MISC"])
        // Lower-case heads need a number; an event head inside a longer name is no event.
        #expect(Self.refine("Ia membaca peraturan baru dan piala itu.", []) == [])
        #expect(Self.refine("Anggota Pasukan Operasi Khusus Belarusia datang.", [("Pasukan Operasi Khusus Belarusia", .organisation)])
                == ["Pasukan Operasi Khusus Belarusia/ORG"])
    }

    @Test func oneTypePerNameInTheArticle() {
        // Majority vote.
        #expect(Self.refine("Hendra datang. Hendra pergi. Hendra pulang.", [("Hendra", .person), ("Hendra", .person), ("Hendra", .organisation)])
                == ["Hendra/PER", "Hendra/PER", "Hendra/PER"])
        // Untagged later mentions, the surname of a full name, and a part tagged as something else.
        let common: Set<UInt64> = Set(["kemarin", "lalu", "akhirnya", "gedung"].map(FeatureHash.lowercased))
        #expect(Self.refine("Kemarin Donald Trump datang. Lalu Trump pergi, dan Lisa Mariana diam. Akhirnya Lisa bicara soal Trump.",
                            [("Donald Trump", .person), ("Lisa Mariana", .person), ("Lisa", .organisation)], commonWords: common)
                == ["Donald Trump/PER", "Trump/PER", "Lisa Mariana/PER", "Lisa/PER", "Trump/PER"])
        // A part next to another capitalised word is part of a longer name: left alone.
        #expect(Self.refine("Kemarin Budi Gunawan datang. Ini Gedung Budi Mulia.", [("Budi Gunawan", .person)], commonWords: common)
                == ["Budi Gunawan/PER"])
    }

    @Test func headlinesDoNotMakeEveryWordAName() {
        let common: Set<UInt64> = Set(["militer", "bantuan", "akan"].map(FeatureHash.lowercased))
        #expect(Self.refine("Jika Diperlukan, Rusia Putin Akan Kerahkan Bantuan Militer\n\nIsi berita.",
                            [("Rusia Putin", .person), ("Militer", .person)], commonWords: common)
                == ["Rusia/LOC", "Putin/PER"])
        // A capitalised common word at a sentence start that the article also writes in lower case.
        #expect(Self.refine("Risiko itu besar. Kami tahu risiko ini.", [("Risiko", .person)]) == [])
        // The compass word after a name is part of it, not the West.
        #expect(Self.refine("Tekanan Barat naik di Lombok Barat.", [("Lombok", .location)],
                            commonWords: Set([FeatureHash.lowercased("tekanan")])) == ["Barat/LOC", "Lombok/LOC"])
    }

    // MARK: The shipped recognizer

    static let analyzer: StandardAnalyzer = try! StandardAnalyzer.load(from: DataFiles(folder: repositoryRoot.appendingPathComponent("data").path))

    static func entities(_ text: String) -> [String] {
        let article = Article(id: ArticleID("t"), source: "t.txt", text: text)
        let scalars = Array(text.unicodeScalars)
        return analyzer.analyze(article).entities.map { "\(String(String.UnicodeScalarView(scalars[$0.start..<$0.end])))/\($0.type.rawValue)" }
    }

    @Test func cueWordsAndTitlesWithTheShippedModel() {
        let found = Self.entities("\"Kami siap membantu,\" kata Menteri Keuangan Sri Mulyani di Jakarta, Senin.")
        #expect(found.contains("Sri Mulyani/PER") && found.contains("Jakarta/LOC"))
        #expect(!found.contains { $0.hasPrefix("Menteri") })
        let places = Self.entities("Ia tinggal di kota Sukabumi sejak lama bersama keluarganya.")
        #expect(places.contains("Sukabumi/LOC"))
        // Names nobody listed, found by the tagger's cue features: a speech verb, a title, a ministry.
        let cued = Self.entities("\"Kami akan menindaklanjuti laporan itu,\" kata Hendra Wijaya kepada wartawan. "
                                 + "Gubernur Andi Sulaiman menyambut Kementerian Kelautan dan Perikanan di kota Pinrang.")
        #expect(cued.contains("Hendra Wijaya/PER"))
        #expect(cued.contains("Andi Sulaiman/PER") && !cued.contains { $0.hasPrefix("Gubernur") })
        #expect(cued.contains("Pinrang/LOC"))
        #expect(cued.contains { $0.hasPrefix("Kementerian Kelautan") && $0.hasSuffix("/ORG") })
    }

    /// The shipped gazetteer knows every country: one before a person's name is cut out of it.
    @Test func countriesBeforeNamesAreCutOutWithTheShippedData() {
        let found = Self.entities("Menteri Kesehatan Sierra Leone Austin Demby tiba di Jakarta. "
                                  + "Raja Jordania Abdullah II bertemu Presiden Liberia Joseph Boakai.")
        #expect(found.contains("Sierra Leone/LOC") && found.contains("Austin Demby/PER"))
        #expect(found.contains("Jordania/LOC") && found.contains("Abdullah II/PER"))
        #expect(found.contains("Liberia/LOC") && found.contains("Joseph Boakai/PER"))
    }

    /// A title alone is no one, whichever pass made it a person.
    @Test func aTitleAloneIsNoPersonWithTheShippedData() {
        let found = Self.entities("Jamaah Haji Ikuti Pemeriksaan Kesehatan Haji\nBANJARMASIN - Pemeriksaan dilakukan di Puskesmas. "
                                  + "Kepala Seksi Haji dan Umrah (Kasi PHU) H Burhan Noor mengatakan hal itu. "
                                  + "Aturan itu tentang Istithaah Kesehatan Jemaah Haji. dalam peraturan itu jamaah haji harus sehat.")
        #expect(!found.contains("Haji/PER"))
        #expect(found.contains("Burhan Noor/PER"))
    }

    /// A person's name after a facility head is the facility's name, a place.
    @Test func aFacilityNamedAfterAPersonIsAPlace() {
        #expect(Self.refine("Relawan dari RSUD dr. Soetomo membantu di Jl. Malioboro kemarin.", [("RSUD", .location), ("Soetomo", .person), ("Malioboro", .person)])
                == ["RSUD dr. Soetomo/LOC", "Jl. Malioboro/LOC"])
        #expect(Self.refine("Pesawat mendarat di Bandara Abdulrachman Saleh kemarin.", [("Abdulrachman Saleh", .person)])
                == ["Bandara Abdulrachman Saleh/LOC"])
        // Not where a word of the span names a person elsewhere in the article (the imam after his mosque).
        #expect(Self.refine("Pesan imam besar dari Masjid Istiqlal Nasaruddin Umar jelas. Nasaruddin berpesan.",
                            [("Masjid Istiqlal Nasaruddin Umar", .person), ("Nasaruddin", .person)])
                == ["Masjid Istiqlal Nasaruddin Umar/PER", "Nasaruddin/PER"])
        // Not a head in lower case, nor a person after a role.
        #expect(Self.refine("Ia berjalan di jalan bersama Budi Santoso kemarin.", [("Budi Santoso", .person)]) == ["Budi Santoso/PER"])
    }

    /// The names on a byline line are people, whatever the tagger made of them.
    @Test func bylineNamesArePeople() {
        #expect(Self.refine("Harga naik.\nReporter: Febryan A\nEditor: Satria Kartika Yudha", [("Febryan", .person), ("Satria Kartika", .organisation)])
                == ["Febryan A/PER", "Satria Kartika Yudha/PER"])
        // Not a newsroom, nor a name the gazetteer knows as a place or body, nor a line that is no byline.
        #expect(Self.refine("Harga naik.\nOleh: Tim Redaksi\nPenulis: Jakarta", []) == ["Jakarta/LOC"])
        #expect(Self.refine("Harga naik.\nEditor: PBB", [("PBB", .organisation)]) == ["PBB/ORG"])
        #expect(Self.refine("Harga naik menurut editor: Budi Santoso.", []) == [])
    }

    /// Words for people and titles together are no one (`Jemaah Haji`), however the tagger typed them.
    @Test func peopleWordsAndTitlesTogetherAreNoOne() {
        #expect(Self.refine("Aturan itu tentang Istithaah Kesehatan Jemaah Haji yang baru.", [("Jemaah Haji", .person)]) == [])
        #expect(Self.refine("Kata Pedagang Budi kemarin.", [("Pedagang Budi", .person)]).contains { $0.hasSuffix("Budi/PER") })
    }

    /// A rank or title alone is no name of any type, whatever the tagger made of it.
    @Test func aRankAloneIsNoEntity() {
        #expect(Self.refine("Kapolres Bogor AKBP Budi Santoso hadir.", [("Bogor", .location), ("AKBP", .organisation), ("Budi Santoso", .person)])
                == ["Bogor/LOC", "Budi Santoso/PER"])
        #expect(Self.refine("Kapolda Irjen Pol Teddy Minahasa hadir.", [("Pol", .organisation), ("Teddy Minahasa", .person)])
                == ["Teddy Minahasa/PER"])
    }

    @Test func offsetsAreCodePointsPastCurlyQuotesWideCharactersAndCombiningMarks() throws {
        let prefix = "“北京” — Café\u{0301} ‘x’ 🇮🇩 "
        let text = prefix + "Presiden Joko Widodo tiba di Jakarta."
        let article = Article(id: ArticleID("t"), source: "t.txt", text: text)
        let entities = Self.analyzer.analyze(article).entities
        let scalars = Array(text.unicodeScalars)
        let start = prefix.unicodeScalars.count + "Presiden ".unicodeScalars.count
        let person = try #require(entities.first { $0.type == .person })
        #expect(person.start == start && person.end == start + "Joko Widodo".unicodeScalars.count)
        #expect(String(String.UnicodeScalarView(scalars[person.start..<person.end])) == "Joko Widodo")
        let place = try #require(entities.first { $0.type == .location })
        #expect(String(String.UnicodeScalarView(scalars[place.start..<place.end])) == "Jakarta")
    }

    // MARK: Embed markers and acronyms

    @Test func namesInAPagesEmbedMarkerAreNoMentions() {
        #expect(Self.refine("Ia tidak setuju, kata Aan. [Gambas:Video CNN] Ia lalu pergi ke CNN.",
                            [("CNN", .organisation), ("CNN", .organisation)]) == ["CNN/ORG"])
        // A bracket without the word and colon is text.
        #expect(Self.refine("Menurut [CNN] itu benar.", [("CNN", .organisation)]) == ["CNN/ORG"])
    }

    @Test func twoNamesJoinedByDanAreTwoNames() {
        #expect(Self.refine("Bahkan, Citilink dan Sriwijaya Air sudah melayani penerbangan.",
                            [("Citilink dan Sriwijaya Air", .organisation)]) == ["Citilink/ORG", "Sriwijaya Air/ORG"])
        #expect(Self.refine("Ia memuji Ahok dan Djarot Saiful kemarin.", [("Ahok dan Djarot Saiful", .person)])
                == ["Ahok/PER", "Djarot Saiful/PER"])
        // An institution's name goes on with `dan`; so does a place's.
        #expect(Self.refine("Ia datang ke Kementerian Koperasi dan UKM kemarin.", [("Kementerian Koperasi dan UKM", .organisation)])
                == ["Kementerian Koperasi dan UKM/ORG"])
        #expect(Self.refine("Harga naik di Eropa Timur dan Tengah.", [("Eropa Timur dan Tengah", .location)])
                == ["Eropa Timur dan Tengah/LOC"])
    }

    @Test func aNameOpeningASentenceBeforeAVerbOfSayingIsAPerson() {
        #expect(Self.refine("Harga naik lagi. Agun menegaskan , partainya siap. Tumiran Hadi mengungkapkan itu kemarin.", [])
                == ["Agun/PER", "Tumiran Hadi/PER"])
        // Not a pronoun or common word, an acronym, a word written in lower case elsewhere, or a word before another verb.
        #expect(Self.refine("Ia mengatakan itu. KPK menegaskan hal itu. Polisi memastikan polisi siap. Agun pergi. Tahun ini sulit.",
                            [], commonWords: Set([FeatureHash.lowercased("tahun")])) == [])
        #expect(Self.refine("Kampus menegaskan hal itu.", [], commonWords: Set([FeatureHash.lowercased("kampus")])) == [])
        #expect(Self.refine("Presiden menyatakan hal itu. Pasukannya menyatakan bertanggung jawab.", []) == [])
    }

    @Test func aPersonTheGazetteerNamesWithATitleKeepsIt() throws {
        let people = try Self.gazetteer("Gus Dur\tPER\tAbdurrahman Wahid\n")
        #expect(Self.refine("Ia mengagumi Gus Dur dan Gus Yahya.", [("Gus Dur", .person), ("Gus Yahya", .person)], gazetteer: people)
                == ["Gus Dur/PER", "Yahya/PER"])
        #expect(Self.refine("Ia mengagumi Gus Dur sejak lama.", [("Dur", .person)], gazetteer: people) == ["Gus Dur/PER"])
    }

    @Test func anAbbreviationsFullStopAtANamesEndIsPartOfIt() {
        #expect(Self.refine("Saham naik. DeSoto Inc. mengatakan mereka untung. Bouygues S.A. , sebuah perusahaan, rugi.",
                            [("DeSoto Inc", .organisation), ("Bouygues S.A", .organisation)])
                == ["DeSoto Inc./ORG", "Bouygues S.A./ORG"])
        // A stop that also ends the sentence stays out, and so does one after a word that is no abbreviation.
        #expect(Self.refine("Ia membeli saham Apple Inc. Kemudian ia pergi ke Bandung. lalu pulang.",
                            [("Apple Inc", .organisation), ("Bandung", .location)]) == ["Apple Inc/ORG", "Bandung/LOC"])
    }

    @Test func aPortfoliosAbstractNounOrATitleIsNoFirstName() {
        #expect(Self.refine("Menteri Kelautan dan Perikanan Sharif Cicip Sutardjo mengatakan itu.", [("Sharif Cicip Sutardjo", .person)])
                == ["Sharif Cicip Sutardjo/PER"])
        #expect(Self.refine("Ia ditelepon Mensesneg Sudi Silalahi semalam. Sekretaris Kabinet Andi Widjajanto datang.",
                            [("Mensesneg Sudi Silalahi", .person), ("Andi Widjajanto", .person)])
                == ["Sudi Silalahi/PER", "Andi Widjajanto/PER"])
    }

    @Test func aPlaceAndTheCompassWordAfterItAreOnePlace() throws {
        let places = try Self.gazetteer("Afrika\tLOC\nBarat\tLOC\nLombok\tLOC\n")
        #expect(Self.refine("Wabah Ebola di Afrika Barat meluas ke Lombok Barat.", [("Afrika Barat", .location), ("Lombok Barat", .location)],
                            gazetteer: places) == ["Afrika Barat/LOC", "Lombok Barat/LOC"])
        // Two names side by side are still two.
        #expect(Self.refine("Ia terbang dari Afrika Lombok kemarin.", [("Afrika Lombok", .location)], gazetteer: places)
                == ["Afrika/LOC", "Lombok/LOC"])
    }

    @Test func aNameDoesNotEndInAHyphen() {
        #expect(Self.refine("Ia bertemu Presiden Abdel Fattah al-Sisi di Kairo.", [("Abdel Fattah al-", .person)])
                == ["Abdel Fattah al-Sisi/PER"])
        #expect(Self.refine("Ia bertemu Abdel Fattah - kemarin.", [("Abdel Fattah -", .person)]) == ["Abdel Fattah/PER"])
        #expect(Self.refine("Hubungan Rusia-Belarus erat.", [("Rusia", .location), ("Belarus", .location)]) == ["Rusia/LOC", "Belarus/LOC"])
        // A capitalised word after the hyphen that begins no entity of its own ends the name; an acronym does not.
        #expect(Self.refine("Ia bicara di Dialog Shangri-La kemarin.", [("Dialog Shangri", .location)]) == ["Dialog Shangri-La/LOC"])
        #expect(Self.refine("Ia minum Coca-Cola kemarin.", [("Coca", .organisation)]) == ["Coca-Cola/ORG"])
        #expect(Self.refine("Kabinet Jokowi-JK bekerja.", [("Jokowi", .person)]) == ["Jokowi/PER"])
    }

    @Test func anAcronymsLongFormTakesTheHeadRightBeforeIt() {
        #expect(Self.refine("Satgas Pencegahan dan Penanganan Kekerasan (PPK) bekerja.", [("PPK", .organisation)])
                == ["Satgas Pencegahan dan Penanganan Kekerasan/ORG", "PPK/ORG"])
    }

    // MARK: People run into the body or place before them

    @Test func aPersonRunIntoAPlaceIsSplitOffWhenTheArticleNamesThemElsewhere() {
        #expect(Self.refine("Wali Kota Jakarta Bima Arya tiba. Bima mengatakan kota siap.",
                            [("Jakarta Bima Arya", .location), ("Bima", .person)])
                == ["Jakarta/LOC", "Bima Arya/PER", "Bima/PER"])
    }

    @Test func ranksBetweenTheBodyAndTheNameAreLeftOut() {
        #expect(Self.refine("Juru bicara Bank Indonesia Komisaris Besar Irwan Sunudin hadir. Menurut Irwan, aman.",
                            [("Bank Indonesia Komisaris Besar Irwan Sunudin", .organisation), ("Irwan", .person)])
                == ["Bank Indonesia/ORG", "Irwan Sunudin/PER", "Irwan/PER"])
    }

    @Test func afterAnOfficeAKnownNamesEndIsEvidenceEnough() {
        // The office right before the run, or opening the capitalised words before it.
        #expect(Self.refine("Wali Kota Jakarta Bima Arya tiba.", [("Jakarta Bima Arya", .location)])
                == ["Jakarta/LOC", "Bima Arya/PER"])
        #expect(Self.refine("Sekretaris Daerah DI Jakarta Kadarmanta Baskara Aji menyampaikan hal itu.",
                            [("Jakarta Kadarmanta Baskara Aji", .location)])
                == ["Jakarta/LOC", "Kadarmanta Baskara Aji/PER"])
        // A lower-case word between the office and the run ends the introduction.
        #expect(Self.refine("Wali Kota tiba di Jakarta Bima Arya.", [("Jakarta Bima Arya", .location)])
                == ["Jakarta Bima Arya/LOC"])
    }

    /// A work's title is MISC where the article says what it is, and so is every other mention
    /// of the same words; after a work noun only a title in capitals or in marks is one.
    @Test func creativeWorksAreMisc() {
        #expect(Self.refine("Brandon muncul di HEART BEAT. HEART BEAT adalah film kedua Brandon.", [("BEAT", .organisation), ("Brandon", .person), ("Brandon", .person)])
                == ["Brandon/PER", "HEART BEAT/MISC", "HEART BEAT/MISC", "Brandon/PER"])
        #expect(Self.refine("Ia menyanyikan lagu 'Bengawan Solo' di Jakarta.", [("Jakarta", .location)])
                == ["Bengawan Solo/MISC", "Jakarta/LOC"])
        #expect(Self.refine("Ia menonton film Indonesia di Jakarta.", [("Indonesia", .location), ("Jakarta", .location)])
                == ["Indonesia/LOC", "Jakarta/LOC"])
    }

    @Test func theLeftmostSplitAfterAKnownNameIsTaken() {
        // `Cheung` alone is the article's evidence; the name begins where `Gedung Putih` ends.
        #expect(Self.refine("Juru bicara Gedung Putih Steven Cheung menolak. Cheung tidak hadir.",
                            [("Gedung Putih Steven Cheung", .location), ("Cheung", .person)])
                == ["Gedung Putih/LOC", "Steven Cheung/PER", "Cheung/PER"])
    }

    @Test func aPersonTheTaggerMissedAfterATitleAndAKnownPlaceIsFound() {
        #expect(Self.refine("Sementara itu, Gubernur Jawa Barat Ridwan Kamil melalui Instagram menyampaikan hal itu.", [])
                == ["Jawa Barat/LOC", "Ridwan Kamil/PER"])
        // After a police rank, with no known place before it.
        #expect(Self.refine("Kapolres Luwu Utara Ajun Komisaris Besar Irwan Sunudin menjelaskan kasus itu.", [])
                == ["Irwan Sunudin/PER"])
        // After a portfolio, only where the article names the person elsewhere.
        #expect(Self.refine("Juliari tiba pagi. Menteri Sosial Juliari Batubara lalu berbicara.", [("Juliari", .person)])
                == ["Juliari/PER", "Juliari Batubara/PER"])
        #expect(Self.refine("Menteri Sosial Juliari Batubara lalu berbicara.", []) == [])
        // The portfolio is no part of the name.
        #expect(Self.refine("Suntana hadir. Wakil Menteri Perhubungan Suntana menjawab.", [("Suntana", .person)])
                == ["Suntana/PER", "Suntana/PER"])
    }

    @Test func noSplitWithoutTheArticlesEvidenceOrAKnownFront() {
        // No person named `Arya` elsewhere and no office before: the run stays as tagged.
        #expect(Self.refine("Di Jakarta Bima Arya tiba.", [("Jakarta Bima Arya", .location)])
                == ["Jakarta Bima Arya/LOC"])
        // `PT` ends no known name: a company the tagger also took for a person stays whole.
        #expect(Self.refine("Saham PT Astra Otoparts Tbk naik. Astra Otoparts menjual suku cadang.",
                            [("PT Astra Otoparts Tbk", EntityType.organisation), ("Astra Otoparts", EntityType.person)]).first
                == "PT Astra Otoparts Tbk/ORG")
        // A word the article writes in lower case is no name word.
        #expect(Self.refine("Menurut Bank Indonesia Kota Tua ramai. Gedungnya sudah tua. Tua hadir.",
                            [("Bank Indonesia Kota Tua", EntityType.organisation), ("Tua", EntityType.person)]).first
                == "Bank Indonesia Kota Tua/ORG")
    }
}

@Suite struct EmissionScorerTests {
    /// The cached scorer gives the same emission scores as summing every feature's weights.
    @Test func cachedScoresEqualTheFeatureSums() throws {
        let data = repositoryRoot.appendingPathComponent("data")
        let lexicon = try Lexicon.load(from: data.appendingPathComponent("lexicon/words-id.txt").path)
        let tagger = try EntityTagger.load(from: data.appendingPathComponent("models/entities-id.bin").path, lexicon: lexicon)
        let text = "“Kami siap,” kata Presiden Joko Widodo di Jakarta. RUSIA PUTIN AKAN DATANG ke Minsk, kata Reuters. Kata Budi, Budi datang."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer(lexicon: lexicon).tokens(in: scalars)
        let sentences = SentenceSplitter.sentences(in: scalars, tokens: tokens)
        var scorer = EmissionScorer(table: tagger.table, lexicon: lexicon)
        let article = ArticleTokens(scalars: scalars, tokens: tokens, sentences: sentences)
        let extractor = EntityFeatures(lexicon: lexicon)
        var compared = 0
        var fast: [Float] = []  // one buffer for all sentences, as the tagger passes it
        for group in EntityTagger.groups(tokens: tokens, sentences: sentences) {
            scorer.emissions(of: tokens[group], cased: article.cased[group], in: scalars, into: &fast)
            var slow = [Float](repeating: 0, count: group.count * EntityTagSet.count)
            slow.withUnsafeMutableBufferPointer { out in
                extractor.forEachFeature(ofScalars: tokens[group].map { scalars[$0.start..<$0.end] }) { i, hash in
                    tagger.table.add(hash, to: out, at: i * EntityTagSet.count)
                }
            }
            #expect(fast.count == slow.count)
            for (a, b) in zip(fast, slow) { #expect(abs(a - b) <= 1e-3 * max(1, abs(b))); compared += 1 }
        }
        #expect(compared > 100)
    }

    /// The tagger reads each token's hash as written from `ArticleTokens.cased` (one pass over
    /// the article's code points for both); without it, from `casedHashes`. Both must be
    /// `FeatureHash.of` the token's code points, for ASCII, accented, upper-case and CJK words.
    @Test func articleTokensHashesAreTheScorersHashes() {
        let text = "“Kami siap,” kata Presiden ÉLYSÉE Ñoño 明斯克 Cafe\u{301} di JAKARTA, 16/8/2020 (AS) $5 🙂."
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer(lexicon: .empty).tokens(in: scalars)
        let article = ArticleTokens(scalars: scalars, tokens: tokens, sentences: SentenceSplitter.sentences(in: scalars, tokens: tokens))
        let hashes = EmissionScorer.casedHashes(of: tokens, in: scalars)
        #expect(tokens.count > 15 && hashes.count == tokens.count)
        for (i, token) in tokens.enumerated() {
            let expected = FeatureHash.of(scalars[token.start..<token.end])
            #expect(article.cased[i] == expected && hashes[i] == expected, "\(token.text(in: scalars))")
        }
    }
}
