/// The closed word lists that Indonesian reported speech is built from: speech verbs in their
/// active and attributive forms, pronouns, titles, demonstratives and the small words that sit
/// between a speaker and a verb. All lower-cased; the quotation layer compares lower-cased tokens.
enum SpeechWords {
    /// Stems of the verbs that tag a quotation after it (`“…,” kata X`, `“…,” ujarnya`), which take
    /// `-nya` for a pronoun speaker (`katanya`, `tambahnya`) and sometimes `-mu`/`-ku`.
    static let tagStems: Set<String> = [
        "kata", "ujar", "ucap", "tutur", "jelas", "tegas", "tambah", "imbuh", "papar", "ungkap", "lanjut", "sambung",
        "tutup", "pungkas", "beber", "terang", "tandas", "bongkar", "tulis", "sebut", "seru", "jawab", "tanya",
        "keluh", "kenang", "cerita", "aku", "urai", "timpal", "sergah", "tukas", "kilah", "katakan", "bilang", "bela",
        "pinta", "harap", "nilai", "klaim", "akui", "ingat", "lapor", "tuding", "tuduh", "sahut", "ajak", "canda",
        "janji", "sindir", "tanggap", "jawabnya", "tekan", "beri", "tantang", "tepis", "ulas", "yakin", "desak",
    ]

    /// Tag forms that name no speaker themselves and always refer back (`katanya`): stem + `nya`.
    static func isPronounTag(_ word: String) -> Bool {
        // The bytes first: a word whose last three bytes are not `nya` (or that has five bytes or
        // fewer) cannot end in those characters with more than five in all, and most words fail here.
        var bytes = word
        let mayBe = bytes.withUTF8 { b in
            b.count > 5 && b[b.count - 3] == 0x6E && b[b.count - 2] == 0x79 && b[b.count - 1] == 0x61
        }
        guard mayBe, word.hasSuffix("nya"), word.count > 5 else { return false }
        return tagStems.contains(String(word.dropLast(3)))
    }

    /// A bare tag verb that a named speaker follows (`kata Lukashenko`, `ujar Kasubdit …`).
    static func isNamingTag(_ word: String) -> Bool { tagStems.contains(word) }

    /// Verbs of saying, asserting, explaining, predicting, asking and promising whose clause is
    /// reported speech (`Putin mengatakan (bahwa) …`), in their active forms.
    static let reportingVerbs: Set<String> = [
        "mengatakan", "menyatakan", "menyebut", "menyebutkan", "mengungkap", "mengungkapkan", "menegaskan",
        "menekankan", "menjelaskan", "menerangkan", "menuturkan", "menambahkan", "melanjutkan", "menyampaikan",
        "berkata", "mengaku", "mengklaim", "mengeklaim", "memastikan", "menjamin", "mengonfirmasi", "mengkonfirmasi",
        "membantah", "memperingatkan", "mewanti-wanti", "menuduh", "menuding", "menggambarkan", "mengumumkan",
        "bersikeras", "memperkirakan", "memprediksi", "memproyeksikan", "menilai", "mengemukakan", "mengingatkan",
        "menginformasikan", "memberitahukan", "menandaskan", "berpendapat", "menganggap", "mengakui", "menduga",
        "meyakini", "berharap", "optimistis", "optimis", "khawatir", "berjanji", "menawarkan", "meminta", "mendesak",
        "menyarankan", "mengimbau", "menghimbau", "menyerukan", "mengusulkan", "beralasan", "melaporkan",
        "menyimpulkan", "mengungkapkan", "memaparkan", "membeberkan", "menepis", "mengeluhkan", "mengklarifikasi",
        "menerangkan", "menuliskan", "menulis", "mencatat", "bercerita", "menceritakan", "menyebutnya", "menolak",
        "yakin", "percaya", "mempercayai", "memperkirakan", "menyinggung", "berdalih", "berkilah", "menjawab",
        "menanggapi", "bilang", "berujar", "menampik", "menyangkal", "mengutarakan", "beranggapan", "menimpali",
    ]

    /// Reporting verbs that need `bahwa`, `agar` or a clause of their own: with a plain noun
    /// object they name a topic, not a content (`menolak tawaran`, `meminta bantuan`).
    static let verbsNeedingComplementiser: Set<String> = [
        "menolak", "meminta", "mendesak", "menyarankan", "mengimbau", "menghimbau", "menyerukan", "mengusulkan",
        "menanggapi", "menyinggung", "menepis", "mengeluhkan", "mengingatkan", "menceritakan", "bercerita",
        "menuliskan", "menulis", "mencatat", "melaporkan", "mengumumkan", "menawarkan", "percaya", "mempercayai",
        "menjawab",
    ]

    /// Directive and commissive verbs whose content follows `agar`/`supaya`/`untuk`.
    static let directiveVerbs: Set<String> = [
        "meminta", "mendesak", "menyarankan", "mengimbau", "menghimbau", "menyerukan", "mengusulkan", "berjanji",
        "menawarkan", "mengajak",
    ]

    /// Nouns of claims that a `bahwa` clause completes under a speaker's own verb
    /// (`membantah spekulasi bahwa …`, `menolak klaim bahwa …`).
    static let claimNouns: Set<String> = [
        "klaim", "anggapan", "spekulasi", "tuduhan", "laporan", "kabar", "rumor", "isu", "tudingan", "pendapat",
        "pandangan", "dugaan",
    ]

    /// Verbs that present a quotation as the words shouted, written or asked (`demonstran
    /// meneriakkan “…”`), so that a quotation right after them is direct speech.
    static let utteranceVerbs: Set<String> = [
        "meneriakkan", "berteriak", "menulis", "menuliskan", "bertanya", "berseru", "menjawab", "berkata", "bertutur",
        "berujar", "mencuit", "mengunggah", "bersabda", "berpesan", "berucap", "teriak", "menyanyikan",
    ]

    /// Words that bring in a name, a title or a term (`bertajuk “…”`, `program “…”`): a quotation
    /// right after them is not speech.
    static let nameIntroducers: Set<String> = [
        "bertajuk", "berjudul", "bertema", "bertemakan", "bernama", "dijuluki", "julukan", "istilah", "tajuk",
        "judul", "tema", "topik", "slogan", "tagar", "kampanye", "gerakan", "program", "sesi", "aplikasi", "jenis",
        "film", "buku", "lagu", "album", "novel", "acara", "webinar", "diskusi", "seminar", "operasi", "merek",
        "dikenal", "disebut", "menyebutnya", "kata", "kalimat", "frasa", "label", "bertagline", "tagline", "motto",
        "semboyan", "kategori", "nama", "sebutan", "predikat", "status", "kolom", "rubrik", "bukunya", "filmnya",
        "platform", "fitur", "layanan", "produk", "varian", "tipe", "seri", "peribahasa", "pepatah", "konsep",
    ]

    /// Third-person pronouns and pronoun-like words that stand for a speaker.
    static let pronouns: Set<String> = ["dia", "ia", "beliau", "mereka", "pihaknya", "dirinya", "-nya"]

    /// Pronouns of the speaker's own voice: first and second person.
    static let firstPerson: Set<String> = [
        "saya", "aku", "kami", "kita", "kamu", "anda", "engkau", "kau", "daku", "gue", "gw", "kalian", "ku", "kuingin",
    ]

    /// Demonstratives that make a description point back to someone already named.
    static let demonstratives: Set<String> = ["tersebut", "itu", "ini"]

    /// Titles, ranks and honorifics, which are not part of a canonical name.
    static let titles: Set<String> = [
        "presiden", "wakil", "wapres", "menteri", "menlu", "menhan", "mendagri", "menkeu", "ketua", "ketum",
        "gubernur", "bupati", "wali", "walikota", "direktur", "dirut", "kepala", "kasubdit", "kasat", "kapolri",
        "kapolda", "kapolres", "kabid", "kasi", "kadis", "jenderal", "jendral", "letjen", "mayjen", "brigjen",
        "komandan", "perdana", "raja", "ratu", "pangeran", "dr", "prof", "pak", "bu", "bapak", "ibu", "sekretaris",
        "sekjen", "juru", "jubir", "anggota", "pemimpin", "kanselir", "h", "hj", "kh", "gus", "kombes", "kompol",
        "akbp", "akp", "iptu", "ipda", "aiptu", "bripka", "brigadir", "kolonel", "letkol", "mayor", "kapten",
        "laksamana", "marsekal", "ir", "drs", "dra", "tn", "ny", "sdr", "mr", "mrs", "ms", "sir", "syekh", "habib",
        "ustaz", "ustadz", "kiai", "kyai", "romo", "pastor", "pendeta", "senator", "dubes", "duta", "besar", "ketua",
        "umum", "plt", "pj", "pjs", "staf", "khusus", "koordinator", "kepolisian", "pengacara", "kuasa", "hukum",
        "pelatih", "kapten", "pengamat", "ekonom", "analis", "peneliti", "dosen", "guru", "rektor", "dekan",
        "camat", "lurah", "kades", "dewan", "pimpinan", "manajer", "sekda", "kasubag", "kabag", "panglima",
        "kapuspen", "kadiv", "humas", "kasubbid", "penyidik", "jaksa", "hakim", "santo", "paus", "sultan",
        "pemain", "penyanyi", "aktor", "aktris", "artis", "mantan", "eks", "calon", "cawapres", "capres", "ketua",
        "sang", "si", "tuan", "nyonya", "nona", "kak", "mas", "mbak", "bang", "abang", "om", "tante", "bung",
        "kuasa", "usaha", "kakak", "adik", "ayah", "bunda",
    ]

    /// Countries, regions and seats of government that news writes before a person's name
    /// (`Presiden Rusia Vladimir Putin`, `Menteri Lingkungan Hidup Prancis Agnes …`).
    static let places: Set<String> = [
        "indonesia", "ri", "rusia", "belarus", "belarusia", "ukraina", "as", "amerika", "serikat", "china", "cina",
        "tiongkok", "jepang", "korea", "selatan", "utara", "india", "pakistan", "inggris", "prancis", "perancis",
        "jerman", "italia", "spanyol", "belanda", "australia", "kanada", "meksiko", "brasil", "kolombia", "argentina",
        "turki", "iran", "irak", "israel", "palestina", "mesir", "saudi", "arab", "suriah", "lebanon", "yordania",
        "qatar", "malaysia", "singapura", "filipina", "thailand", "vietnam", "myanmar", "kamboja", "laos", "brunei",
        "taiwan", "denmark", "swedia", "norwegia", "finlandia", "polandia", "lituania", "latvia", "estonia", "kenya",
        "nigeria", "afrika", "eropa", "asia", "uni", "pbb", "nato", "ue", "gedung", "putih", "kremlin", "pentagon",
        "istana", "pt", "tbk", "cv", "persero", "jabar", "jateng", "jatim", "dki", "jakarta", "kabupaten", "kota", "provinsi", "polri", "tni",
    ]

    /// Role nouns that head a description of a person (`Presiden Belarusia`, `pemimpin Rusia
    /// tersebut`, `Kepala pertahanan AS itu`).
    static let roleNouns: Set<String> = [
        "presiden", "pemimpin", "kepala", "menteri", "ketua", "perdana", "kanselir", "raja", "ratu", "gubernur",
        "bupati", "walikota", "wali", "direktur", "komandan", "panglima", "juru", "jubir", "sekretaris", "diplomat",
        "pejabat", "pria", "wanita", "perempuan", "lelaki", "laki-laki", "sosok", "politikus", "politisi",
        "pengacara", "dubes", "duta", "kapolri", "kapolda", "wakil", "rektor", "pelatih", "ekonom", "pengamat",
        "tokoh", "mantan", "bos", "ceo", "dirut", "kuasa", "sang",
    ]

    /// Words that open an adjunct between a subject and its verb (`saat ditemui`, `dalam keterangan
    /// tertulis`, `ketika dihubungi melalui telepon`, `yang juga Ketua RT`).
    static let adjunctOpeners: Set<String> = [
        "saat", "ketika", "usai", "seusai", "sewaktu", "tatkala", "kala", "selepas", "setelah", "sesudah", "sebelum",
        "menjelang", "dalam", "melalui", "lewat", "sambil", "sembari", "seraya", "di", "kepada", "yang", "dengan",
    ]

    /// Passive forms of verbs of saying, which take the speaker after them as their agent
    /// (`…, disebutkan Afifuddin, …`).
    static let passiveReporting: Set<String> = [
        "disebutkan", "dijelaskan", "diungkapkan", "ditambahkan", "ditegaskan", "disampaikan", "dituturkan",
        "dinyatakan", "diterangkan", "dikatakan",
    ]

    /// Role nouns that many people share (`pejabat AS`, `pengamat politik`): without a demonstrative
    /// (`pejabat itu`) they tell of someone unnamed, not of the person the text is about. (`pria`,
    /// `perempuan asal Depok` after a quotation are that person, as news writing uses them.)
    static let sharedRoleNouns: Set<String> = ["pejabat", "diplomat", "pengamat", "ekonom", "analis", "sumber"]

    /// Roles that lead a state or body: a description with one of these points to the person the
    /// article gives that role, whichever leader word the writer used (`pemimpin` for `Presiden`).
    static let leaderRoles: Set<String> = ["presiden", "pemimpin", "kepala", "perdana", "kanselir", "raja", "ratu"]

    /// Quantifiers and plural markers that open a description of an unnamed group
    /// (`beberapa pengamat`, `para pejabat militer`, `seorang sumber diplomatik`).
    static let groupOpeners: Set<String> = [
        "para", "beberapa", "sejumlah", "seorang", "sebagian", "banyak", "kalangan", "pihak", "sekelompok",
        "segelintir", "semua", "seluruh", "warga", "salah",
    ]

    /// Modals and auxiliaries of obligation, ability, wish or plan: a reporting verb after one
    /// (`Pemerintah harus memastikan …`, `mereka bisa meminta …`, `akan menyampaikan`) tells what
    /// someone must, can or will say, not what was said.
    static let modals: Set<String> = [
        "harus", "wajib", "perlu", "mesti", "musti", "hendaknya", "sebaiknya", "seharusnya", "semestinya",
        "bisa", "dapat", "boleh", "mampu", "ingin", "mau", "hendak", "akan", "bakal",
    ]

    /// Words that may sit between a subject and its verb (`Lukashenko berulang kali mengatakan`,
    /// `Ia juga menegaskan`, `Iis jelas berharap`).
    static let adverbs: Set<String> = [
        "juga", "pun", "telah", "sudah", "kemudian", "berulang", "kali", "secara", "terang-terangan", "bahkan",
        "jelas", "lalu", "sempat", "pernah", "akhirnya", "kembali", "hanya", "langsung", "sebelumnya", "dengan",
        "tegas", "lantas", "lagi", "sendiri", "selalu", "terus", "kerap", "sering", "masih", "tetap", "justru",
        "malah", "pula", "sekali", "lagi", "sontak", "segera", "turut", "baru", "tak", "tidak", "belum", "mulai",
        "seraya", "sambil", "berkali-kali", "kerap", "acap", "sekaligus", "berulangkali",
        "membenarkan",
    ]

    /// Words that end a speaker's noun phrase after a tag verb (`kata Iis di sekolahnya`,
    /// `ujar Gardon kepada Sacramento Bee`).
    static let phraseStops: Set<String> = [
        "di", "kepada", "pada", "saat", "dalam", "ketika", "usai", "seusai", "sambil", "melalui", "lewat", "dikutip",
        "mengutip", "seperti", "sebagaimana", "yang", "dengan", "kemarin", "sebelum", "sesudah", "setelah", "menjelang",
        "kala", "tatkala", "selepas", "saat", "sewaktu", "dari", "untuk", "bahwa", "dan", "lalu", "kemudian",
        "menambahkan", "mengatakan", "mengutip", "ke", "soal", "terkait", "mengenai", "tentang", "hari", "pekan",
        "minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "ahad", "tadi", "menurut", "lagi", "sembari",
        "seraya", "dilansir", "sebagai", "pula", "juga",
    ]

    /// Connectives that open a sentence before its subject or content (`Namun, …`, `Sementara itu, …`).
    static let connectives: Set<String> = [
        "namun", "tetapi", "tapi", "sementara", "sedangkan", "selain", "meski", "meskipun", "walau", "walaupun",
        "lebih", "jadi", "maka", "karena", "sebab", "oleh", "dengan", "adapun", "padahal", "bahkan", "lalu",
        "kemudian", "selanjutnya", "sebelumnya", "terlepas", "dalam", "di", "pada", "sejak", "setelah", "usai",
        "demikian", "itu", "untuk", "diketahui", "samping", "dan", "atau", "hingga", "kini", "saat", "ketika",
        "menutup", "sementara", "terkait", "meski", "begitu",
    ]

    /// Closed-class words that make a clause's predicate (besides affixed verbs).
    static let predicateWords: Set<String> = [
        "adalah", "merupakan", "akan", "telah", "sudah", "tidak", "tak", "bukan", "menjadi", "bisa", "dapat", "harus",
        "masih", "sedang", "belum", "perlu", "ialah", "yakni", "mampu", "siap", "ingin", "mau", "hendak", "pernah",
        "sempat", "tengah", "wajib", "boleh", "punya", "memiliki", "ada", "terus", "tetap", "sangat", "cukup", "lebih",
        "kurang", "berada", "bakal", "patut", "layak", "jadi",
    ]

    /// Words with a verb prefix shape (`me-`, `di-`, `ber-`, `ter-`) that are not verbs.
    static let prefixLookalikes: Set<String> = [
        "mereka", "menteri", "media", "merah", "meja", "metode", "medan", "merek", "meter", "mesin", "menit", "menu",
        "mental", "memori", "dia", "diri", "dirinya", "dini", "dinas", "digital", "diplomat", "direktur", "diskusi",
        "berita", "beras", "berat", "bersama", "bersih", "berkas", "terhadap", "tertentu", "termasuk", "terutama",
        "terkait", "teritorial", "terbaru", "tersebut", "terakhir", "terbesar", "terlebih", "teman", "terminal",
        "teroris", "terorisme", "metro", "melalui", "mengenai", "menurut", "menjelang", "mengingat", "meski",
        "meskipun", "berikut", "diantara", "dimana", "dinilai", "diduga", "disebut", "dikatakan", "terlepas",
        "beberapa", "berbagai", "mendatang", "bersangkutan", "terkini",
    ]

    /// Words that join a second clause to a content clause (`…, tetapi dia …`), where the reported
    /// content may end.
    static let clauseLinks: Set<String> = [
        "tetapi", "namun", "dan", "serta", "sementara", "sedangkan", "lalu", "kemudian", "bahkan", "padahal",
    ]

    /// Does the word look like an affixed verb (`membuat`, `dilakukan`, `berada`, `terjadi`)?
    static func looksLikeVerb(_ word: String) -> Bool {
        // The prefix test first: most words fail it, and then need no hashing for the set.
        guard word.utf8.count >= 5,
              word.hasPrefix("me") || word.hasPrefix("di") || word.hasPrefix("ber") || word.hasPrefix("ter") else { return false }
        return !prefixLookalikes.contains(word)
    }

    /// `looksLikeVerb` for a word whose lists are known (`WordClasses.of(word)`), its prefixes
    /// tested on the bytes.
    static func looksLikeVerb(_ word: String, classes: WordClasses) -> Bool {
        guard word.utf8.count >= 5, hasVerbPrefix(word) else { return false }
        return !classes.contains(.prefixLookalikes)
    }

    /// `word.hasPrefix` of `me`, `di`, `ber` or `ter`, read on the UTF-8 bytes: an ASCII prefix
    /// followed by an ASCII byte ends on a character boundary, so the bytes give String's answer;
    /// only a non-ASCII byte right after the prefix (a combining mark could join it) asks String.
    /// (No character other than these letters themselves is canonically equivalent to them.)
    static func hasVerbPrefix(_ word: String) -> Bool {
        var word = word
        let byBytes: Bool? = word.withUTF8 { b in
            func prefix(_ length: Int, _ matches: Bool) -> Bool? {
                guard matches else { return false }
                return b.count == length || b[length] < 0x80 ? true : nil
            }
            guard b.count >= 2 else { return false }
            if b[0] == 0x6D, b[1] == 0x65 { return prefix(2, true) }  // me
            if b[0] == 0x64, b[1] == 0x69 { return prefix(2, true) }  // di
            guard b.count >= 3, b[1] == 0x65, b[2] == 0x72 else { return false }
            return prefix(3, b[0] == 0x62 || b[0] == 0x74)  // ber, ter
        }
        if let byBytes { return byBytes }
        return word.hasPrefix("me") || word.hasPrefix("di") || word.hasPrefix("ber") || word.hasPrefix("ter")
    }
}
