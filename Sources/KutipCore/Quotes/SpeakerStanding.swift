/// Whether a speaker is a public figure — an official, an executive, an expert or someone speaking
/// for an institution — or an ordinary person (a resident, a trader, a student, a passer-by),
/// judged from how the article introduces them: the words around a mention of the person
/// (`Ketua PHRI DIY Deddy Pranowo`, `Armanunsah ( 50 ) , pemilik Kopi NYIA`, `Budi , warga
/// Sleman`). Who gets quoted, officials or ordinary people, is a classic question of media
/// research; the answer is nil when the text gives no cue.
///
/// A public role wins over an ordinary cue in the same introduction (`salah seorang anggota DPR`
/// is public); an affiliation with an organisation alone counts as public only when no ordinary
/// cue is there (`pemilik Kopi NYIA` owns a shop).
enum SpeakerStanding {
    /// Words of a public role, rank or expertise (`presiden`, `kapolres`, `juru`+`bicara`,
    /// `pengamat`), lower-cased.
    static let publicRoles: Set<String> = [
        "presiden", "wapres", "wakil", "menteri", "menko", "menkes", "menkeu", "menlu", "menhan", "mendagri",
        "mendikbud", "mendikbudristek", "menparekraf", "menaker", "mensos", "menag", "menpora", "menhub", "mentan",
        "menkumham", "menristek", "menkominfo", "menpan", "mendag", "menperin", "menpupr", "ketua", "ketum",
        "gubernur", "wagub", "bupati", "wabup", "walikota", "wawali", "direktur", "dirut", "direksi", "presdir",
        "komisaris", "kepala", "kadis", "kadinkes", "kabid", "kasi", "kasie", "kasubdit", "kasat", "kasatreskrim",
        "kasubag", "kasubbag", "kabag", "kabiro", "karo", "kapolri", "kapolda", "kapolres", "kapolresta",
        "kapolrestabes", "kapolsek", "kapolsekta", "kabareskrim", "kadiv", "kapuspen", "kasad", "kasal", "kasau",
        "panglima", "pangdam", "danrem", "dandim", "danramil", "danlanud", "danlantamal", "komandan", "kajati",
        "kajari", "kanit", "kalapas", "karutan", "kakanwil", "jaksa", "hakim", "sekretaris", "sekjen", "sekda",
        "sesmen", "dirjen", "deputi", "asisten", "jubir", "humas", "koordinator", "komisioner", "legislator",
        "senator", "politikus", "politisi", "camat", "lurah", "kades", "rektor", "dekan", "profesor", "prof",
        "pengamat", "peneliti", "ekonom", "analis", "epidemiolog", "ahli", "pakar", "dosen", "manajer", "manager",
        "ceo", "cfo", "coo", "cto", "founder", "pendiri", "chairman", "president", "head", "chief", "director",
        "executive", "jenderal", "jendral", "letjen", "mayjen", "brigjen", "marsekal", "laksamana", "kolonel",
        "kombes", "akbp", "kompol", "akp", "iptu", "ipda", "irjen", "dubes", "konsul", "kanselir", "perdana", "raja",
        "ratu", "sultan", "paus", "uskup", "pemimpin", "pimpinan", "pejabat", "plt", "plh", "pj", "pjs", "pelatih",
        "tokoh", "ombudsman", "gubes", "komisi", "imam", "vice", "corporate", "secretary", "pemerhati", "praktisi",
        "aktivis", "advokat", "pengacara", "anggota", "evp", "svp", "vp", "avp", "gm", "pengajar", "konsultan",
        "arsitek", "perencana", "sejarawan", "budayawan", "sosiolog", "psikolog", "antropolog", "ilmuwan", "akademisi",
        "virolog", "dokter",
    ]

    /// Two-word public roles whose words alone are not (`juru bicara`, `wali kota`, `staf khusus`,
    /// `guru besar`).
    static let publicPairs: Set<String> = [
        "juru bicara", "wali kota", "wali nagari", "staf khusus", "staf ahli", "guru besar", "kuasa hukum",
        "wakil rakyat", "tenaga ahli", "anggota dpr", "anggota dprd", "anggota dpd", "anggota komisi",
    ]

    /// Words that introduce an ordinary person: residents, traders, drivers, students, patients,
    /// passengers, family members (`warga`, `pedagang`, `pemilik`, `siswa`), and the indefinite
    /// `seorang`/`salah seorang` of an unnamed individual.
    static let ordinaryCues: Set<String> = [
        "warga", "penduduk", "pedagang", "pemilik", "pengemudi", "sopir", "supir", "ojek", "siswa", "siswi", "murid",
        "pelajar", "mahasiswa", "mahasiswi", "santri", "petani", "nelayan", "buruh", "karyawan", "karyawati",
        "pekerja", "penumpang", "pengunjung", "wisatawan", "turis", "pembeli", "penjual", "pelanggan", "konsumen",
        "pasien", "korban", "pengguna", "pengendara", "pemudik", "penonton", "suporter", "penggemar", "pengungsi",
        "perantau", "peternak", "pengrajin", "perajin", "penjahit", "tukang", "kuli", "satpam", "pemulung",
        "pensiunan", "pemuda", "remaja", "orangtua", "nenek", "kakek", "istri", "suami", "tetangga", "pegiat",
        "relawan", "peserta", "penghuni", "pendaki", "pesepeda", "pelaku", "seorang", "penyewa", "pengemis",
        "pengepul", "penambang", "pemancing", "peziarah", "jemaah", "jemaat", "pengojek", "kurir",
    ]

    /// Two-word ordinary cues (`ibu rumah tangga`, `orang tua`).
    static let ordinaryPairs: Set<String> = [
        "ketua rt", "ketua rw", "ketua rukun",
        "rumah tangga", "orang tua", "wali murid", "juru parkir", "anak muda", "kepala keluarga", "anggota keluarga",
    ]

    /// Whether two words are a two-word role or cue (`juru bicara`, `ibu rumah`…`tangga`).
    static func opensPair(_ first: String, _ second: String) -> Bool {
        let pair = first + " " + second
        return publicPairs.contains(pair) || ordinaryPairs.contains(pair) || first == "ibu" && second == "rumah"
    }

    /// Words that end the words introducing a speaker (`menurut`, `bahwa`, `kata`).
    static let stopWords: [String] = ["menurut", "dan", "bahwa", "kepada", "oleh", "dengan", "ketika", "saat", "usai", "setelah", "kata"]

    /// `WordClasses.hash` of each of `stopWords`.
    static let stopHashes: [UInt64] = stopWords.map { WordClasses.hash($0) }

    /// Words that open an apposition after a name besides a comma (`yang juga Ketua …`, `selaku …`).
    static func opensApposition(_ word: String) -> Bool {
        switch word {
        case "yang", "selaku", "sebagai": return true
        default: return false
        }
    }

    /// Words passed over right after an apposition's opening (`yang juga`, `, merupakan`).
    static func linksApposition(_ word: String) -> Bool {
        switch word {
        case "juga", "merupakan", "adalah", "menjadi", "sehari-hari": return true
        default: return false
        }
    }

    /// The first words of the two-word roles and cues.
    static let pairStarts: Set<String> = Set((publicPairs.union(ordinaryPairs)).compactMap { $0.split(separator: " ").first.map(String.init) })

    /// What the words of one introduction say: true public, false ordinary, nil no cue. Words are
    /// lower-cased tokens in text order; `organisation` tells that an organisation's name is
    /// among them (an affiliation).
    static func judge(_ words: [String], organisation: Bool) -> Bool? {
        judge(words, classes: words.map { WordClasses.of($0) }, organisation: organisation)
    }

    /// `judge(_:organisation:)` for words whose lists are known (`QuoteText.classes`): the single
    /// words are a bit test, and only a word that starts a pair builds the pair.
    static func judge(_ words: [String], classes: [WordClasses], organisation: Bool) -> Bool? {
        var ordinary = false
        var k = 0
        while k < words.count {
            if classes[k].contains(.standingPairStarts), k + 1 < words.count {
                let pair = words[k] + " " + words[k + 1]
                if ordinaryPairs.contains(pair) {
                    ordinary = true
                    k += 2
                    continue
                }
                if publicPairs.contains(pair) { return true }
            }
            if classes[k].contains(.publicRoles) { return true }
            if classes[k].contains(.ordinaryCues) { ordinary = true }
            k += 1
        }
        if ordinary { return false }
        return organisation ? true : nil
    }
}

extension QuoteText {
    /// The standing the text gives the person named (or described) at `range`: the words of the
    /// mention itself, the role phrase just before it in the same sentence (`pemilik Kopi NYIA ,`
    /// before the name; up to a verb, a quotation mark or another person), an age in brackets
    /// after it (`( 50 )`, an ordinary person's), and an apposition after it (`, warga Sleman ,`,
    /// `yang juga Ketua …`, `selaku Kepala …`).
    /// Words of `skipping` in the range (the person's own name: someone named `Raja`) say nothing.
    func standing(introducing range: Range<Int>, skipping name: Set<String> = []) -> Bool? {
        guard !range.isEmpty, range.upperBound <= count else { return nil }
        var words: [String] = []
        var wordClasses: [WordClasses] = []
        var organisation = false
        // An organisation before the name is an affiliation (`Direktur PT KAI Budi`); one after a
        // comma may be the next clause's subject (`Menurut Budi , Kopi NYIA menyajikan …`).
        func take(_ k: Int, affiliation: Bool = true) {
            words.append(lower[k])
            wordClasses.append(classes[k])
            if affiliation, entity(k)?.type == .organisation { organisation = true }
        }
        words.reserveCapacity(32)
        wordClasses.reserveCapacity(32)
        // Before: the role phrase, back to a stop (taken in text order, from `k + 1`).
        var k = range.lowerBound - 1
        let sentence = sentenceOf[range.lowerBound]
        // Long titles run to a dozen words and more (`Juru bicara Satuan Tugas Percepatan
        // Penanganan Covid - 19 Kabupaten Tegal , Joko Wantoro`).
        while k >= 0, range.lowerBound - k <= 16, sentenceOf[k] == sentence {
            if stopsIntroduction(k) { break }
            k -= 1
        }
        for b in (k + 1)..<range.lowerBound { take(b) }
        for i in range where !name.contains(lower[i]) { take(i) }
        if leads(before: range.lowerBound) { return true }
        let roleBefore = SpeakerStanding.judge(words, classes: wordClasses, organisation: false) == true
        var ordinaryAge = false
        // After: an age in brackets, then an apposition.
        var a = range.upperBound
        if a + 2 < count, lower[a] == "(", tokens[a + 1].kind == .number, lower[a + 2] == ")" {
            ordinaryAge = true
            a += 3
        }
        // `Budi dari LIPI`, `Fariz dari Kesekjenan PBNU`, `Endiarto dari komunitas Railfans Malang`:
        // an organisation within three words after `dari`, before any comma, is the speaker's
        // affiliation.
        if a + 1 < count, lower[a] == "dari" {
            var k = a + 1
            while k < count, k - a <= 3, isWord(k) || tokens[k].kind == .number {
                if entity(k)?.type == .organisation || isOrganisationWord(k) { organisation = true; break }
                k += 1
            }
        }
        // An apposition opens with a role or cue in its first two words (`, Ketua RT 003`, `, salah
        // seorang warga`); anything else after the comma is the next clause (`Menurut Basuki ,
        // masih ada pelanggan …`), which says nothing of the speaker.
        // After `Menurut X ,` comes what X says (`Menurut Natasha , para pelaku UMKM dapat …`),
        // unless a public role opens the phrase or a comma closes it, as an apposition's (`Menurut
        // Subairi , anggota KPU … ,`); `Menurut Guntur , warga tidak melapor …` is the clause.
        let accordingTo = range.lowerBound > 0 && lower[range.lowerBound - 1] == "menurut"
        if a < count, lower[a] == "," || SpeakerStanding.opensApposition(lower[a]) {
            a += 1
            if a < count, SpeakerStanding.linksApposition(lower[a]) { a += 1 }
            var phrase: [Int] = []
            var closed = false
            while a < count, sentenceOf[a] == sentence {
                if lower[a] == "," || lower[a] == ";" { closed = true; break }
                if phrase.count >= 12 || stopsIntroduction(a) || isPerson(a) { break }
                phrase.append(a)
                a += 1
            }
            let opening = phrase.prefix(3).map { lower[$0] }
            let roleFirst = !phrase.isEmpty
                && SpeakerStanding.judge([lower[phrase[0]]], classes: [classes[phrase[0]]], organisation: false) == true
            if !accordingTo || closed || roleFirst, SpeakerStanding.judge(Array(opening.prefix(2)), classes: phrase.prefix(2).map { classes[$0] }, organisation: false) != nil
                || opening.count >= 2 && SpeakerStanding.opensPair(opening[0], opening[1]) {
                for k in phrase { take(k, affiliation: false) }
            }
        }
        // An age in brackets is how news introduces ordinary people (`Erni ( 45 ) , dosen …`):
        // only a role written before the name outweighs it (`Kepala Desa Sakino ( 52 )`).
        if ordinaryAge { return roleBefore }
        return SpeakerStanding.judge(words, classes: wordClasses, organisation: organisation)
    }

    /// The name at `start` is written as the one who leads the body before it (`Majelis hakim
    /// yang diketuai Toetik Ernawati`, `tim yang dipimpin oleh Budi`): a leader is a public figure.
    private func leads(before start: Int) -> Bool {
        var p = start - 1
        if p >= 0, lower[p] == "oleh" { p -= 1 }
        guard p >= 0 else { return false }
        switch lower[p] {
        case "diketuai", "dipimpin", "dikepalai", "dikomandoi", "dinakhodai", "dipandu": return true
        default: return false
        }
    }

    /// Token `k` names a body even where the tagger found none: a word that heads an
    /// organisation's name (`komunitas Railfans Malang`, `lembaga …`) or an acronym in capitals
    /// that is no place (`KKP`).
    private func isOrganisationWord(_ k: Int) -> Bool {
        switch lower[k] {
        case "komunitas", "lembaga", "yayasan", "organisasi", "asosiasi", "perkumpulan", "himpunan", "ikatan",
             "universitas", "institut", "kementerian", "dinas", "badan", "komisi", "partai", "serikat", "perusahaan":
            return true
        default:
            break
        }
        let letters = scalars[tokens[k].start..<tokens[k].end]
        return letters.count >= 2 && letters.count <= 6 && letters.allSatisfy { $0.properties.isUppercase }
            && entity(k)?.type != .location && entity(k)?.type != .person
    }

    /// Where the words that introduce a speaker end: a quotation mark, a sentence's end, a
    /// reporting or tag verb (`kata`, `katanya`), `menurut`, a verb that is no role word, or a
    /// word that starts a new clause.
    private func stopsIntroduction(_ k: Int) -> Bool {
        if isQuoteMark(k) || isSentenceFinal(k) || isReporting[k] || has(k, .tagStems) { return true }
        let w = lower[k]
        if SpeechWords.isPronounTag(w) || has(k, .pronouns) || has(k, .firstPerson) { return true }
        // The stop words are looked for only when the token's hash is one of theirs (a String
        // comparison with each, at every token, cost more).
        if SpeakerStanding.stopHashes.contains(hashes[k]) {
            // `dan` inside a title (`Kepala Humas dan Protokol`, `Kepala Dinas Pertanian , Pangan , dan
            // Perikanan`).
            if w == "dan", k + 1 < count, isCapitalised(k + 1) { return false }
            if SpeakerStanding.stopWords.contains(w) { return true }
        }
        return isWord(k) && !isCapitalised(k) && SpeechWords.looksLikeVerb(w, classes: classes[k])
            && !has(k, .publicRoles) && !has(k, .ordinaryCues)
    }
}

/// The standing of each speaker's name in one article, worked out once per name from every
/// place the article writes it (a name the tagger ran into an organisation's, `Kementerian
/// Dalam Negeri Bahtiar`, counts too), owned by one `SpeakerReader`.
final class StandingMemo {
    /// A lower-cased capitalised word: the tokens where it stands, and how often it is tagged
    /// part of a person's name and of another name. Found for the words of the names asked about
    /// only (a speaker's name words, the words of runs around them): by a scan of a short article,
    /// by an index of a long one.
    private struct Word {
        var positions: [Int] = []
        var person = 0
        var other = 0
    }
    private var cache: [String: Word] = [:]
    /// A long article's capitalised words by hash, so that finding a word costs no scan of the
    /// whole text (a scan per word would grow with the square of the article's length): the first
    /// token with each hash (`firstByHash`), and from each such token the next one with the same
    /// hash (`nextWithHash`, -1 after the last). A Dictionary of position arrays cost a hashing
    /// and an array per capitalised token.
    private var firstByHash: HashIndex?
    private var nextWithHash: [Int32] = []
    /// Articles longer than this many tokens are indexed; shorter ones are scanned per word,
    /// which costs less than building the index. (At 20,000, the speed benchmark's text as 22
    /// long files spent 207M instructions scanning, against 22M as 572 short ones; at 2,000 the
    /// long files take 150M fewer and the short ones 3M more.)
    static let indexFrom = 2_000

    private func word(_ w: String, in text: QuoteText) -> Word {
        if let known = cache[w] { return known }
        var found = Word()
        let hash = WordClasses.hash(w)
        func visit(_ k: Int) {
            guard text.hashes[k] == hash, text.isWord(k), text.isCapitalised(k), text.lower[k] == w else { return }
            found.positions.append(k)
            switch text.entity(k)?.type {
            case .person?: found.person += 1
            case nil: break
            default: found.other += 1
            }
        }
        if text.count >= Self.indexFrom {
            if firstByHash == nil {
                // Built from the end, so that each chain runs in text order.
                var first = HashIndex(capacity: 4096)
                var next = [Int32](repeating: -1, count: text.count)
                for k in stride(from: text.count - 1, through: 0, by: -1) where text.isWord(k) && text.isCapitalised(k) {
                    let key = text.hashes[k]
                    if let following = first.value(for: key) { next[k] = following }
                    first.insert(key, Int32(k))
                }
                firstByHash = first
                nextWithHash = next
            }
            var k = firstByHash?.value(for: hash) ?? -1
            while k >= 0 {
                visit(Int(k))
                k = nextWithHash[Int(k)]
            }
        } else {
            for k in 0..<text.count { visit(k) }
        }
        cache[w] = found
        return found
    }
    private var byName: [String: Bool?] = [:]

    /// The lower-cased words of a name, split at spaces. An ASCII name is split on its bytes
    /// (there a space byte is a space character); any other asks String.
    static func words(of name: String) -> [String] {
        var name = name
        let ascii: [String]? = name.withUTF8 { bytes in
            var words: [String] = []
            var start = 0
            for (k, byte) in bytes.enumerated() {
                if byte >= 0x80 { return nil }
                if byte == 0x20 {
                    if k > start { words.append(lowered(bytes[start..<k])) }
                    start = k + 1
                }
            }
            if bytes.count > start { words.append(lowered(bytes[start..<bytes.count])) }
            return words
        }
        return ascii ?? name.lowercased().split(separator: " ").map(String.init)
    }

    private static func lowered(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether the person of `name` (a speaker's canonical name) is a public figure: each place
    /// where the article writes the name (a run of capitalised words of the name, not run on into
    /// another name) is judged by `standing(introducing:)`, and the more frequent judgement wins,
    /// a public one on a tie; nil when no place says.
    func standing(of name: String, in text: QuoteText) -> Bool? {
        if let known = byName[name] { return known }
        let ordered = StandingMemo.words(of: name)
        let words = Set(ordered)
        // The name's own words say nothing of the person (someone named `Imam`), except a role
        // the tagger ran into the name after its first word (`Hercules CEO Torch Ben …`).
        let skipped = words.filter { $0 == ordered.first || !WordClasses.of($0).contains(.publicRoles) }
        // A word of the name, or the same word misspelt (`Simanjutak` where the article's usual
        // spelling, and so the canonical name, is `Simanjuntak`).
        func isOwnWord(_ w: String) -> Bool {
            words.contains(w) || words.contains { NameSimilarity.sameWord($0, w) }
        }
        func isNameWord(_ t: Int) -> Bool {
            let w = word(text.lower[t], in: text)
            return w.person >= max(1, w.other)
        }
        // Run starts already judged (at most 65 are kept: past 64, no run is judged).
        var starts: [Int] = []
        var isPublic = 0, ordinary = 0
        func judgeRun(at k: Int) {
            var s = k, e = k + 1
            while s > 0, text.isWord(s - 1), text.isCapitalised(s - 1), isOwnWord(text.lower[s - 1]) { s -= 1 }
            while e < text.count, text.isWord(e), text.isCapitalised(e), isOwnWord(text.lower[e]) { e += 1 }
            // Only a run with the name's last word, or a word the tagger takes for a person's name
            // (there, or at least as often as for another name's): not `Candi Borobudur` of a name
            // it ran a place into.
            guard (s..<e).contains(where: {
                text.lower[$0] == ordered.last || text.isPerson($0) || isNameWord($0)
            }) else { return }
            guard starts.count <= 64, !starts.contains(s) else { return }
            starts.append(s)
            guard starts.count <= 64 else { return }
            // Part of a name run on into another name (`Sri` of `Sri Soelistyowati` for `Sri
            // Mulyani`): not this person. The whole name may run on (`Sri Mulyani Indrawati`).
            // (The run holds name words only: it misses one of them when one is not in it.)
            if e < text.count, text.isWord(e), text.isCapitalised(e), text.sentenceOf[e] == text.sentenceOf[k],
               !words.allSatisfy({ w in (s..<e).contains { NameSimilarity.sameWord(text.lower[$0], w) } }) { return }
            // The rest of the person's name as the tagger has it (`Armanunsah` + `Wahyu Sri
            // Harsalsi`), so that an age or apposition after it is seen.
            let own = text.entityOf[k]
            if own >= 0, text.isPerson(k) { while e < text.count, text.entityOf[e] == own { e += 1 } }
            while e < text.count, e - k < 6, text.isWord(e), text.isCapitalised(e), text.isPerson(e) { e += 1 }
            switch text.standing(introducing: s..<e, skipping: skipped) {
            case true?: isPublic += 1
            case false?: ordinary += 1
            case nil: break
            }
        }
        for nameWord in words {
            for k in word(nameWord, in: text).positions { judgeRun(at: k) }
        }
        // No place written as the name says anything: the introduction may spell a word another
        // way (`Ketua KPU Affifuddin`, later always `Afifuddin`). Looked for in a short article
        // only (a scan per name; a long one is left as it is).
        if isPublic == 0 && ordinary == 0, text.count < Self.indexFrom {
            // Each long name word with its first letter and length, to pass over most tokens
            // before `sameWord` (which builds arrays of both words).
            let long = words.filter { $0.unicodeScalars.count >= 6 }.map { ($0, $0.unicodeScalars.first, $0.utf8.count) }
            if !long.isEmpty {
                for k in 0..<text.count where text.isWord(k) && text.isCapitalised(k) {
                    let w = text.lower[k]
                    let first = w.unicodeScalars.first, length = w.utf8.count
                    guard long.contains(where: { $0.1 == first && abs($0.2 - length) <= 2 && $0.0 != w && NameSimilarity.sameWord($0.0, w) })
                    else { continue }
                    judgeRun(at: k)
                }
            }
        }
        let judged: Bool? = isPublic == 0 && ordinary == 0 ? nil : isPublic >= ordinary
        byName[name] = judged
        return judged
    }
}
