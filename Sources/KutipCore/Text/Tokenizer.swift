/// Splits article text into word, number, punctuation and symbol tokens with code-point offsets
/// into the untouched text (DESIGN.md, "Text and offsets"). The text is never changed: clean-ups
/// such as splitting glued words live only in where the tokens start and end.
///
/// The rules, in the order they apply inside each run of non-space code points:
///
/// - **URLs and e-mail addresses** (`https://…`, `www.…`, `nama@contoh.co.id`) are one `.symbol`
///   token each, without trailing punctuation.
/// - **Numbers** are digits with `.` `,` `/` `:` between digits: `200.000`, `1,5`, `16/8/2020`,
///   `10.30`, `12:10:12` are one `.number` each; a sentence's final `.` is not taken, since a
///   separator must have a digit after it. Digits glued to letters make one `.word` (`5G`,
///   `10kg`, `2020an`, `1990-an`), except before a capitalised word (`2020Presiden` splits).
///   Currency: `Rp81,5` is `Rp` (word) + `81,5` (number) so that amounts are always numbers;
///   `US$1` is `US` + `$` + `1`.
/// - **Words** are letters with their combining marks (`e` + U+0301 stays in its word), joiners
///   (ZWJ, ZWNJ, soft hyphen), digits after letters (`G20`, `Liputan6`) and apostrophes between
///   letters (`Ma'ruf`, `Jum’at`). A web domain stays one word (`KOMPAS.com`, `Tempo.co`,
///   `KapanLagi.com`): a known top-level domain in lower case after a `.`.
///   Scripts without spaces (CJK) give one word per run of letters.
/// - **Hyphens** between two words: the hyphen is its own token, with the words either side,
///   when the right part starts with a capital and the left part has at least two letters and
///   the pair is not a capitalised reduplication — name compounds `Rusia-Belarus`,
///   `Belarusia-Rusia`, `Jokowi-JK`, `pro-Rusia`. Otherwise the hyphenated form is one word:
///   reduplication (`bertahun-tahun`, `negara-negara`, `terus-menerus`, and in title case
///   `Bertahun-Tahun`, `Negara-Negara`: right == left, left == affix + right, or
///   right == left + suffix), codes (`Covid-19`, `S-400`, `ke-2`), and one-letter prefixes (`e-KTP`).
///   Two numbers around a hyphen are a range and stay apart (`20-30`).
/// - **Punctuation** is one token per mark, except runs of sentence-final marks (`...`, `?!`) and
///   of hyphens (`--`), which are one token each. **Symbols** take their emoji modifiers, ZWJ
///   sequences and flag pairs with them.
/// - **Glued words** are split where the case pattern and the lexicon make the split certain (see
///   `GlueRules` below); both tokens at a split carry `splitFromGlue`.
public struct Tokenizer: Sendable {
    public let lexicon: Lexicon
    let rules: GlueRules

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        rules = GlueRules()
    }

    /// The tokens of the text, in order, non-overlapping, none covering white space, and covering
    /// every code point that is not white space.
    public func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        scalars.withUnsafeBufferPointer { buffer in
            var pass = TokenizerPass(s: buffer, lexicon: lexicon, rules: rules)
            pass.out.reserveCapacity(scalars.count / 5 + 8)
            pass.run()
            return pass.out
        }
    }

    /// The tokens of a string (a convenience for tests and tools; analysis works on scalars).
    public func tokens(in text: String) -> [Token] { tokens(in: Array(text.unicodeScalars)) }
}

/// When a glued word is split. A "piece" is a stretch between case changes: `lower` (`sebagai`),
/// `cap` (`Rusia`), or `caps` (`AS`); lengths are in code points; "known" means in the lexicon.
///
/// 1. lower|Cap or lower|CAPS (`sebagaiRusia`, `andBelarus`, `dituduhMoskow`, `bahwaChina`,
///    `pemerintahAS`): split when the lower part has at least 2 letters, is not a brand prefix
///    (`detik`Jateng, `kumparan`NEWS, `tv`One; one letter as in `iPhone`, `eBay`, `iOS`, `mRNA` is
///    too short anyway) and is known, or has at least 4 letters and the right part is known.
/// 2. Cap|Cap (`AlexanderLukashenko`, `RusiaVladimir`, `BelarusAlexander`): split when both parts
///    have at least 4 letters and either is known. Short name prefixes never split (`McDonald`,
///    `MacBook`, `DeSantis`, `LeBron`, `YouTube`, `TikTok`) nor short endings (`LinkedIn`,
///    `WhatsApp`, `JawaPos`), and brands made of unknown words stay whole (`PlayStation`,
///    `BukaLapak`, `KapanLagi`). A brand of known words does split (`KompasOtomotif`,
///    `BeritaSatu`); `splitFromGlue` lets later layers join them back.
/// 3. Cap|CAPS (`PertahananAS`): split when the left part has at least 4 letters and is known,
///    and the capitals are at least 2 (`MetroTV` stays unless `metro` is known).
/// 4. CAPS|Cap, where a run of capitals ends with the first letter of a word (`ASPete`,
///    `CNNIndonesia`): split when the capitals are at least 2 and known (or end with a known acronym of
///    3 or more: `VDPRAdian`), and the word is known
///    or has at least 4 letters and is not a clitic (`KPKnya`, `DPRDnya` stay whole). Unknown
///    capitals keep brands whole (`IBTimes`).
/// 5. All-lower-case glue (`praktikmafia`, `berasdi`, `dengansyarat`): the whole word is not known
///    and not a closed compound (`sebagaimana`, `matahari`, `olahraga`: the PUEBI list of words
///    written as one), and exactly one split point has both halves known, neither half an affix
///    (`per-`, `di-`, `-kan`, `-lah`, `-nya`…), and both halves of at least 5 letters, or one
///    half a function word (`dan`, `di`, `yang`…) and the other long enough. A capitalised
///    word alone is never split this way (names: `Jayawijaya`, `Setiabudi`); a piece already
///    cut off by rules 1–4 is, with 4-letter halves (`bahwaChinakini` → bahwa + China + kini).
final class GlueRules: Sendable {
    static let maximumWordLength = 64
    let powers: [UInt64]
    let prefixes: KeyTable
    let suffixes: KeyTable
    let functionWords: KeyTable
    let closedCompounds: KeyTable
    let brandPrefixes: KeyTable
    let topLevelDomains: KeyTable

    static let prefixList = [
        "per", "pro", "non", "antar", "anti", "pra", "pasca", "maha", "swa", "eka", "dwi", "tri", "sub", "super",
        "ultra", "multi", "inter", "semi", "pan", "neo", "ko", "re", "de", "se", "ke", "di", "ber", "ter", "me", "pe",
        "mem", "men", "meng", "meny", "pem", "pen", "peng", "peny", "memper", "diper", "keber", "kese",
    ]
    static let suffixList = [
        "kan", "lah", "pun", "kah", "nya", "tah", "ian", "an", "wan", "wati", "isme", "is", "isasi", "nisasi", "ku",
        "mu", "man", "i",
    ]
    static let functionWordList = [
        "dan", "di", "ke", "yang", "ini", "itu", "dari", "pada", "akan", "untuk", "dengan", "juga", "oleh", "atau",
        "bahwa", "sebagai", "tidak", "dalam", "kini", "and", "of", "the", "in", "for", "to", "with", "from", "by",
    ]
    /// Words written as one although made of two (PUEBI's "gabungan kata yang sudah padu"), a few
    /// derived words that happen to read as two known words (`pesan|tren`, `para|meter`), and
    /// common closed spellings of open compounds (`kerjasama`, `terimakasih`) kept whole.
    static let closedCompoundList = [
        "acapkali", "adakalanya", "akhirulkalam", "alhamdulillah", "apabila", "astagfirullah", "bagaimana",
        "bagaimanapun", "barangkali", "beasiswa", "belasungkawa", "bilamana", "bismillah", "bumiputra",
        "bumiputera", "daripada", "darmabakti", "darmasiswa", "darmawisata", "dukacita", "halalbihalal",
        "hulubalang", "kacamata", "kasatmata", "kepada", "keratabasa", "kilogram", "kilometer", "manakala",
        "manasuka", "mangkubumi", "matahari", "olahraga", "padahal", "paramasastra", "peribahasa", "puspawarna",
        "radioaktif", "saptamarga", "saputangan", "saripati", "sebagaimana", "sediakala", "segitiga",
        "sekalipun", "silaturahmi", "sukacita", "sukarela", "sukaria", "syahbandar", "titimangsa", "wasalam",
        "wiraswasta", "wirausaha", "sendratari", "pesantren", "parameter", "lokakarya", "budidaya",
        "memberitahu", "beritahu", "diberitahu", "pemberitahuan", "kadangkala", "sementara", "seringkali",
        "terimakasih", "tanggungjawab", "kerjasama",
    ]
    static let brandPrefixList = ["detik", "kumparan", "tv", "my", "go", "we", "e", "i", "m"]
    static let topLevelDomainList = [
        "com", "co", "id", "net", "org", "go", "ac", "or", "sch", "my", "tv", "news", "info", "io", "biz", "gov",
        "edu", "uk", "us", "ly", "me", "web", "ru", "ua", "app", "ai", "ee", "asia", "online", "site",
    ]

    init() {
        powers = WordKey.powers(upTo: GlueRules.maximumWordLength + 1)
        func table(_ words: [String]) -> KeyTable { KeyTable(keys: words.map { WordKey.key(of: $0) }) }
        prefixes = table(GlueRules.prefixList)
        suffixes = table(GlueRules.suffixList)
        functionWords = table(GlueRules.functionWordList)
        closedCompounds = table(GlueRules.closedCompoundList)
        brandPrefixes = table(GlueRules.brandPrefixList)
        topLevelDomains = table(GlueRules.topLevelDomainList)
    }
}

// MARK: - Code point classes

enum ScalarClass {
    case space, letter, digit, mark, joiner, punctuation, symbol, other
}

enum LetterCase {
    case upper, lower, uncased
}

extension Unicode.Scalar {
    @inline(__always)
    var tokenClass: ScalarClass {
        let v = value
        if v < 0x80 {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .letter }
            if v >= 0x30 && v <= 0x39 { return .digit }
            if v == 0x20 || (v >= 0x09 && v <= 0x0D) { return .space }
            if v < 0x20 || v == 0x7F { return .other }
            switch v {
            case 0x24, 0x25, 0x2B, 0x3C, 0x3D, 0x3E, 0x5E, 0x60, 0x7C, 0x7E: return .symbol
            default: return .punctuation
            }
        }
        return tokenClassSlow
    }

    @inline(never)
    var tokenClassSlow: ScalarClass {
        let v = value
        if v < ScalarTable.limit { return ScalarTable.tokenClass(ScalarTable.entries[Int(v)]) }
        if (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { return .letter }  // CJK, Hangul
        return tokenClassLookup
    }

    /// The class from the Unicode properties (slow: a table caches it for the common planes).
    var tokenClassLookup: ScalarClass {
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return .space  // White_Space (as `isSpaceLike`), and the byte-order mark
        default:
            break
        }
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber,
             .otherNumber:
            return .letter
        case .decimalNumber:
            return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark:
            return .mark
        case .format:
            switch value {
            case 0x200C, 0x200D, 0x00AD, 0x2060: return .joiner
            default: return .other
            }
        case .otherPunctuation where value == 0x2030 || value == 0x2031 || value == 0x066A:
            return .symbol  // per mille and Arabic percent, like `%`
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            return .punctuation
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return .symbol
        default:
            return .other
        }
    }

    @inline(__always)
    var letterCase: LetterCase {
        let v = value
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return .upper }
            if v >= 0x61 && v <= 0x7A { return .lower }
            return .uncased
        }
        return letterCaseSlow
    }

    @inline(never)
    var letterCaseSlow: LetterCase {
        let v = value
        if v < ScalarTable.limit { return ScalarTable.letterCase(ScalarTable.entries[Int(v)]) }
        if (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { return .uncased }
        return letterCaseLookup
    }

    var letterCaseLookup: LetterCase {
        let properties = self.properties
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
        if properties.isLowercase { return .lower }
        return .uncased
    }

    /// `'`, `’` or `ʼ`, which stand inside words between letters (`Ma'ruf`).
    @inline(__always)
    var isWordApostrophe: Bool { value == 0x27 || value == 0x2019 || value == 0x02BC }

    /// `-`, U+2010 hyphen, U+2011 non-breaking hyphen.
    @inline(__always)
    var isWordHyphen: Bool { value == 0x2D || value == 0x2010 || value == 0x2011 }

    /// A mark that can end a sentence: `.` `!` `?` `…` and their CJK and doubled forms.
    @inline(__always)
    var isSentenceFinal: Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x2026, 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0x203C, 0x2047, 0x2048, 0x2049: return true
        default: return false
        }
    }
}

/// The class and case of every code point below U+3400 (Latin, Greek, Cyrillic, Arabic, Indic
/// scripts, punctuation and symbols), because the Unicode property lookups cost more than the
/// rest of tokenizing. The table is expanded from its runs (`runs`, stored) on first use: working
/// it out from the properties (`computed`) cost some 20 million instructions (~1,500 a code
/// point), at the first non-ASCII code point of every run of the program.
enum ScalarTable {
    static let limit: UInt32 = 0x3400
    static let classes: [ScalarClass] = [.space, .letter, .digit, .mark, .joiner, .punctuation, .symbol, .other]
    static let entries: [UInt8] = expand(runs)

    /// The table worked out from the Unicode properties, code point by code point (what `runs`
    /// holds; a test compares the two).
    static func computed() -> [UInt8] {
        (0..<Int(limit)).map { v in
            guard let scalar = Unicode.Scalar(UInt32(v)) else { return 7 }  // surrogates: .other
            let tokenClass = scalar.value < 0x80 ? scalar.tokenClass : scalar.tokenClassLookup
            let letterCase = scalar.value < 0x80 ? scalar.letterCase : scalar.letterCaseLookup
            let caseBits: UInt8 = letterCase == .upper ? 1 : letterCase == .lower ? 2 : 0
            return UInt8(classes.firstIndex(of: tokenClass)!) | caseBits << 3
        }
    }

    /// A table's runs of equal entries, each as `entry << 16 | length`.
    static func runs(of entries: [UInt8]) -> [UInt32] {
        var runs: [UInt32] = []
        var i = 0
        while i < entries.count {
            var j = i + 1
            while j < entries.count, entries[j] == entries[i], j - i < 0xFFFF { j += 1 }
            runs.append(UInt32(entries[i]) << 16 | UInt32(j - i))
            i = j
        }
        return runs
    }

    /// The table the runs stand for.
    static func expand(_ runs: [UInt32]) -> [UInt8] {
        var entries: [UInt8] = []
        entries.reserveCapacity(Int(limit))
        for run in runs { entries.append(contentsOf: repeatElement(UInt8(truncatingIfNeeded: run >> 16), count: Int(run & 0xFFFF))) }
        return entries
    }

    @inline(__always)
    static func tokenClass(_ entry: UInt8) -> ScalarClass { classes[Int(entry & 7)] }

    @inline(__always)
    static func letterCase(_ entry: UInt8) -> LetterCase {
        switch entry >> 3 {
        case 1: return .upper
        case 2: return .lower
        default: return .uncased
        }
    }
}

// MARK: - One tokenizing pass

struct TokenizerPass {
    let s: UnsafeBufferPointer<Unicode.Scalar>
    let lexicon: Lexicon
    let rules: GlueRules
    var out: [Token] = []
    /// The next token emitted starts where a glued word was split.
    var glueNext = false

    init(s: UnsafeBufferPointer<Unicode.Scalar>, lexicon: Lexicon, rules: GlueRules) {
        self.s = s
        self.lexicon = lexicon
        self.rules = rules
    }

    @inline(__always)
    mutating func emit(_ start: Int, _ end: Int, _ kind: TokenKind, glue: Bool = false) {
        out.append(Token(start: start, end: end, kind: kind, splitFromGlue: glue || glueNext))
        glueNext = false
    }

    mutating func run() {
        let n = s.count
        var i = 0
        while i < n {
            if s[i].tokenClass == .space { i += 1; continue }
            var end = i
            var at = -1
            while end < n {
                let c = s[end]
                if c.value == 0x40 {
                    if at < 0 { at = end }
                } else if c.value < 0x80 ? (c.value == 0x20 || (c.value >= 0x09 && c.value <= 0x0D)) : c.tokenClass == .space {
                    break
                }
                end += 1
            }
            chunk(i, end, at: at)
            glueNext = false
            i = end
        }
    }

    /// One run of non-space code points.
    mutating func chunk(_ a: Int, _ b: Int, at: Int) {
        if at > a, at + 1 < b, let email = emailBounds(a, b, at: at) {
            tokenize(a, email.lowerBound)
            emit(email.lowerBound, email.upperBound, .symbol)
            tokenize(email.upperBound, b)
        } else {
            tokenize(a, b)
        }
    }

    func isASCIIAlphanumeric(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
    }

    func emailBounds(_ a: Int, _ b: Int, at: Int) -> Range<Int>? {
        var start = at
        while start > a {
            let c = s[start - 1]
            guard isASCIIAlphanumeric(c) || c == "." || c == "_" || c == "%" || c == "+" || c == "-" else { break }
            start -= 1
        }
        while start < at, !isASCIIAlphanumeric(s[start]) { start += 1 }
        guard start < at else { return nil }
        var end = at + 1
        var dot = -1
        while end < b {
            let c = s[end]
            guard isASCIIAlphanumeric(c) || c == "." || c == "-" else { break }
            if c == "." { dot = end }
            end += 1
        }
        while end > at + 1, s[end - 1] == "." || s[end - 1] == "-" { end -= 1 }
        guard dot > at + 1, dot + 1 < end, isASCIIAlphanumeric(s[at + 1]) else { return nil }
        return start..<end
    }

    /// Tokens of `s[a..<b]`, which holds no white space.
    mutating func tokenize(_ a: Int, _ b: Int) {
        var p = a
        while p < b {
            let c = s[p]
            switch c.tokenClass {
            case .letter:
                p = word(p, b)
            case .digit:
                p = number(p, b)
            case .mark, .joiner:
                if p > a, let last = out.last, last.end == p {
                    out[out.count - 1].end = p + 1
                    p += 1
                } else {
                    p = word(p, b)
                }
            case .punctuation:
                var q = p + 1
                if c.isSentenceFinal {
                    while q < b, s[q].isSentenceFinal { q += 1 }
                } else if c.value == 0x2D {
                    while q < b, s[q].value == 0x2D { q += 1 }
                }
                emit(p, q, .punctuation)
                p = q
            case .symbol:
                p = symbol(p, b)
            case .space, .other:
                emit(p, p + 1, .symbol)
                p += 1
            }
        }
    }

    mutating func symbol(_ p: Int, _ b: Int) -> Int {
        var q = p + 1
        let isRegional = (0x1F1E6...0x1F1FF).contains(s[p].value)
        while q < b {
            let v = s[q].value
            if v == 0x200D, q + 1 < b, s[q + 1].tokenClass != .space { q += 2; continue }
            if v == 0xFE0F || v == 0xFE0E || v == 0x20E3 || (0x1F3FB...0x1F3FF).contains(v) || (0xE0020...0xE007F).contains(v) {
                q += 1
                continue
            }
            if v >= 0x80, s[q].tokenClass == .mark { q += 1; continue }
            if isRegional, q == p + 1, (0x1F1E6...0x1F1FF).contains(v) { q += 1; continue }
            break
        }
        emit(p, q, .symbol)
        return q
    }

    @inline(__always)
    func isWordPart(_ c: Unicode.Scalar) -> Bool {
        switch c.tokenClass {
        case .letter, .mark, .joiner, .digit: return true
        default: return false
        }
    }

    mutating func number(_ p: Int, _ b: Int) -> Int {
        var q = p
        while q < b, s[q].tokenClass == .digit { q += 1 }
        while q + 1 < b, s[q].value == 0x2E || s[q].value == 0x2C || s[q].value == 0x2F || s[q].value == 0x3A,
              s[q + 1].tokenClass == .digit {
            q += 2
            while q < b, s[q].tokenClass == .digit { q += 1 }
        }
        if q < b {
            let cls = s[q].tokenClass
            if cls == .letter || cls == .mark || cls == .joiner {
                if s[q].letterCase == .upper, q + 2 < b, s[q + 1].letterCase == .lower, s[q + 2].letterCase == .lower {
                    emit(p, q, .number, glue: true)
                    glueNext = true
                    return q
                }
                var r = q
                while r < b, isWordPart(s[r]) { r += 1 }
                emit(p, r, .word)
                return r
            }
            if s[q].isWordHyphen, q + 1 < b, s[q + 1].tokenClass == .letter, s[q + 1].letterCase != .upper {
                var r = q + 1
                while r < b, isWordPart(s[r]) { r += 1 }
                emit(p, r, .word)
                return r
            }
        }
        emit(p, q, .number)
        return q
    }

    /// The end of one stretch of word code points from `p`: letters, marks, joiners, digits and
    /// apostrophes between letters.
    func wordStretch(_ p: Int, _ b: Int, hasDigit: inout Bool) -> Int {
        var q = p
        while q < b {
            let c = s[q]
            switch c.tokenClass {
            case .letter, .mark, .joiner:
                q += 1
            case .digit:
                hasDigit = true
                q += 1
            default:
                if c.isWordApostrophe, q > p, q + 1 < b, s[q + 1].tokenClass == .letter,
                   s[q - 1].tokenClass == .letter || s[q - 1].tokenClass == .mark {
                    q += 1
                } else {
                    return q
                }
            }
        }
        return q
    }

    mutating func word(_ p: Int, _ b: Int) -> Int {
        if let end = urlEnd(p, b) {
            emit(p, end, .symbol)
            return end
        }
        // Currency glued to an amount: `Rp81` → `Rp` + `81`.
        if p + 2 < b, s[p].value | 0x20 == 0x72, s[p + 1].value | 0x20 == 0x70, s[p + 2].tokenClass == .digit {
            emit(p, p + 2, .word)
            return p + 2
        }
        var hasDigit = false
        var whole = false
        var segmentStart = p
        var q = wordStretch(p, b, hasDigit: &hasDigit)
        while q < b {
            let c = s[q]
            if c.value == 0x2E, q - p >= 2, let end = domainEnd(q, b) {
                q = end
                whole = true
                break
            }
            guard c.isWordHyphen, q + 1 < b else { break }
            let next = s[q + 1].tokenClass
            guard next == .letter || next == .digit else { break }
            var rightHasDigit = false
            let r = wordStretch(q + 1, b, hasDigit: &rightHasDigit)
            if s[q + 1].letterCase == .upper, letterCount(segmentStart, q) >= 2,
               !isTitleCaseReduplication(segmentStart..<q, q + 1..<r) {
                break
            }
            whole = true
            hasDigit = hasDigit || rightHasDigit
            segmentStart = q + 1
            q = r
        }
        if whole || hasDigit || q - p < 2 {
            emit(p, q, .word)
        } else {
            splitGlue(p, q)
        }
        return q
    }

    func letterCount(_ a: Int, _ b: Int) -> Int {
        var count = 0
        for k in a..<b where s[k].tokenClass == .letter { count += 1 }
        return count
    }

    /// `http://…`, `https://…` or `www.…` from `p` to the end of the run, less trailing punctuation.
    func urlEnd(_ p: Int, _ b: Int) -> Int? {
        let first = s[p].value | 0x20
        guard first == 0x68 || first == 0x77 else { return nil }
        var q = p
        while q < b, q - p < 10, s[q].value < 0x80, s[q].tokenClass == .letter { q += 1 }
        let isWWW = q - p == 3 && q < b && s[q] == "." && s[p + 1].value | 0x20 == 0x77 && s[p + 2].value | 0x20 == 0x77
        let hasScheme = q + 2 < b && s[q] == ":" && s[q + 1] == "/" && s[q + 2] == "/"
        guard isWWW || hasScheme else { return nil }
        var end = b
        while end > q + 1 {
            switch s[end - 1].value {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x27, 0x22, 0x29, 0x5D, 0x7D, 0x3E, 0x201D, 0x2019, 0xBB, 0x2026:
                end -= 1
                continue
            default:
                break
            }
            break
        }
        return end
    }

    /// After a `.` at `q`: the end of a known top-level domain in lower case (`.com`, `.co.id`),
    /// when nothing word-like follows it.
    func domainEnd(_ q: Int, _ b: Int) -> Int? {
        var dot = q
        var found: Int?
        while dot < b, s[dot] == "." {
            var t = dot + 1
            var hash: UInt64 = 0
            while t < b, t - dot <= 7, s[t].value >= 0x61, s[t].value <= 0x7A {
                hash = WordKey.step(hash, s[t])
                t += 1
            }
            let length = t - dot - 1
            guard length >= 2, length <= 6, rules.topLevelDomains.contains(WordKey.finish(hash, length: length)) else { break }
            if t < b, isWordPart(s[t]) { break }
            found = t
            dot = t
        }
        return found
    }

    /// `Negara-Negara`, `Bertahun-Tahun` (left = affix + right), `Besar-Besaran` (right = left + suffix).
    func isTitleCaseReduplication(_ left: Range<Int>, _ right: Range<Int>) -> Bool {
        func same(_ a: Int, _ b: Int, _ count: Int) -> Bool {
            for k in 0..<count where WordKey.lowered(s[a + k]) != WordKey.lowered(s[b + k]) { return false }
            return true
        }
        let l = left.count, r = right.count
        if l == r { return same(left.lowerBound, right.lowerBound, l) }
        if l > r, l - r <= 6, same(left.upperBound - r, right.lowerBound, r) {
            return rules.prefixes.contains(key(left.lowerBound..<(left.upperBound - r)))
        }
        if r > l, r - l <= 3, same(left.lowerBound, right.lowerBound, l) {
            return rules.suffixes.contains(key((right.lowerBound + l)..<right.upperBound))
        }
        return false
    }

    @inline(__always)
    func key(_ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0
        for k in range { hash = WordKey.step(hash, s[k]) }
        return WordKey.finish(hash, length: range.count)
    }

    @inline(__always)
    func known(_ range: Range<Int>) -> Bool { lexicon.contains(key: key(range)) }

    // MARK: Glued words

    enum PieceKind { case lower, cap, caps, other }

    /// Emits the word `s[p..<q]` (letters, marks and apostrophes only), split where glued.
    mutating func splitGlue(_ p: Int, _ q: Int) {
        var previous = LetterCase.uncased
        var upperRun = 0
        var hasBoundary = false
        var hasUpper = false
        // Most words are ASCII lower-case letters, perhaps after one capital: no case changes
        // inside, found with one comparison per letter.
        var plain = p
        let capital = plain < q && s[plain].value &- 0x41 < 26
        if capital { plain += 1 }
        while plain < q, s[plain].value &- 0x61 < 26 { plain += 1 }
        for k in p..<(plain == q ? p : q) {
            let c = s[k]
            if c.isWordApostrophe { previous = .uncased; upperRun = 0; continue }
            switch c.letterCase {
            case .upper:
                hasUpper = true
                if previous == .lower { hasBoundary = true }
                upperRun += 1
                previous = .upper
            case .lower:
                if previous == .upper, upperRun >= 2 { hasBoundary = true }
                upperRun = 0
                previous = .lower
            case .uncased:
                continue
            }
        }
        if plain == q { hasUpper = capital }
        if !hasBoundary {
            if !hasUpper, let cut = lowerGlueSplit(p, q, inGlue: false) {
                emit(p, cut, .word, glue: true)
                emit(cut, q, .word, glue: true)
            } else {
                emit(p, q, .word)
            }
            return
        }
        splitCamel(p, q)
    }

    /// The slow path for words with case changes inside.
    mutating func splitCamel(_ p: Int, _ q: Int) {
        // Cut points between pieces.
        var cuts: [Int] = [p]
        var previous = LetterCase.uncased
        var upperRun = 0
        var lastUpper = -1
        for k in p..<q {
            let c = s[k]
            if c.isWordApostrophe { previous = .uncased; upperRun = 0; continue }
            switch c.letterCase {
            case .upper:
                if previous == .lower, k > p { cuts.append(k) }
                upperRun += 1
                lastUpper = k
                previous = .upper
            case .lower:
                if previous == .upper, upperRun >= 2, lastUpper > cuts[cuts.count - 1] { cuts.append(lastUpper) }
                upperRun = 0
                previous = .lower
            case .uncased:
                continue
            }
        }
        cuts.append(q)
        let pieces = (0..<(cuts.count - 1)).map { cuts[$0]..<cuts[$0 + 1] }
        let kinds = pieces.map(kind(of:))
        var split = [Bool](repeating: false, count: pieces.count - 1)
        for index in split.indices {
            split[index] = shouldSplit(pieces[index], kinds[index], pieces[index + 1], kinds[index + 1])
        }
        // Emit segments of unsplit pieces; a lone piece cut off by a split may hide lower-case glue.
        var start = 0
        for index in 0..<pieces.count {
            let last = index == pieces.count - 1
            guard last || split[index] else { continue }
            let segment = pieces[start].lowerBound..<pieces[index].upperBound
            let glueBefore = start > 0
            let glueAfter = !last
            let hasGlue = glueBefore || glueAfter
            if hasGlue, start == index, kinds[index] == .lower || kinds[index] == .cap,
               let cut = lowerGlueSplit(segment.lowerBound, segment.upperBound, inGlue: true) {
                emit(segment.lowerBound, cut, .word, glue: true)
                emit(cut, segment.upperBound, .word, glue: true)
            } else {
                emit(segment.lowerBound, segment.upperBound, .word, glue: hasGlue)
            }
            start = index + 1
        }
    }

    func kind(of piece: Range<Int>) -> PieceKind {
        var first = LetterCase.uncased
        var sawLower = false, sawUpper = false
        for k in piece {
            let letterCase = s[k].letterCase
            if letterCase == .uncased { continue }
            if first == .uncased { first = letterCase }
            if letterCase == .lower { sawLower = true } else { sawUpper = true }
        }
        switch first {
        case .lower: return sawUpper ? .other : .lower
        case .upper: return sawLower ? .cap : .caps
        case .uncased: return .other
        }
    }

    func shouldSplit(_ left: Range<Int>, _ leftKind: PieceKind, _ right: Range<Int>, _ rightKind: PieceKind) -> Bool {
        switch (leftKind, rightKind) {
        case (.lower, .cap), (.lower, .caps):
            guard left.count >= 2, !rules.brandPrefixes.contains(key(left)) else { return false }
            return known(left) || (left.count >= 4 && known(right))
        case (.cap, .cap):
            return left.count >= 4 && right.count >= 4 && (known(left) || known(right))
        case (.cap, .caps):
            return left.count >= 4 && right.count >= 2 && known(left)
        case (.caps, .cap):
            // The capitals may end with a known acronym after others (`VDPRAdian`, from `Komisi V DPR`).
            guard left.count >= 2, right.count >= 3,
                  known(left) || (3..<max(3, left.count)).contains(where: { known((left.upperBound - $0)..<left.upperBound) })
            else { return false }
            if known(right) { return true }
            guard right.count >= 4 else { return false }
            // `KPKnya`, `DPRDnya`: a clitic after capitals, not a word.
            let tail = (right.lowerBound + 1)..<right.upperBound
            return !rules.suffixes.contains(key(tail))
        default:
            return false
        }
    }

    /// Where an all-lower-case (or capitalised) stretch splits into two known words, if exactly
    /// one place does. `inGlue`: the stretch was already cut off a glued word, so shorter halves do.
    func lowerGlueSplit(_ p: Int, _ q: Int, inGlue: Bool) -> Int? {
        let length = q - p
        guard length >= (inGlue ? 5 : 6), length <= GlueRules.maximumWordLength else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: length + 1) { prefix -> Int? in
            prefix[0] = 0
            for k in 0..<length {
                let c = s[p + k]
                if c.isWordApostrophe { return nil }
                prefix[k + 1] = WordKey.step(prefix[k], c)
            }
            let whole = WordKey.finish(prefix[length], length: length)
            if lexicon.contains(key: whole) || rules.closedCompounds.contains(whole) { return nil }
            var found = -1
            for k in 2...(length - 2) {
                let left = WordKey.finish(prefix[k], length: k)
                guard lexicon.contains(key: left) else { continue }
                let rightLength = length - k
                let right = WordKey.finish(prefix[length] &- prefix[k] &* rules.powers[rightLength], length: rightLength)
                guard lexicon.contains(key: right), !rules.prefixes.contains(left), !rules.suffixes.contains(right) else {
                    continue
                }
                let accepted: Bool
                if inGlue {
                    accepted = (k >= 4 && rightLength >= 4)
                        || (k >= 3 && rules.functionWords.contains(right))
                        || (rightLength >= 4 && rules.functionWords.contains(left))
                } else {
                    accepted = (k >= 5 && rightLength >= 5)
                        || (k >= 3 && rightLength >= 5 && rules.functionWords.contains(left))
                        || (k >= 4 && rules.functionWords.contains(right))
                }
                guard accepted else { continue }
                if found >= 0 { return nil }
                found = k
            }
            return found >= 0 ? p + found : nil
        }
    }
}
