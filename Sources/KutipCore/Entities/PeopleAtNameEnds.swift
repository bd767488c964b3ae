/// A person's name run into the organisation or place before it: news introduces officials as
/// role, body or place, then name, with nothing between (`Wali Kota Bogor Bima Arya`, `Menteri
/// Sekretariat Negara Pratikno`, `Kepala Polres Luwu Utara Ajun Komisaris Besar Irwan Sunudin`), and
/// the tagger may take the whole run for one place or organisation. The run is split before the
/// name when three things hold:
/// - the front ends where a known place or organisation ends (a gazetteer name: `Bogor`,
///   `Sekretariat Negara`) or with a rank or title (`Ajun Komisaris Besar`), which is left out;
/// - the rest reads as a name: capitalised words, none written in lower case elsewhere in the
///   article, none part of a known place or organisation, a title, an administrative noun or a
///   word that begins organisations (`Universitas`);
/// - the article itself tags one of those words as a person elsewhere (`… ujar Bima`), or a
///   title or office opens the words before the span (`Wali Kota` + `Surabaya Tri Rismaharini`)
///   and the front ends where a known name ends.
/// The leftmost such split is taken (`Gedung Putih` + `Steven Cheung`, not `Gedung Putih Steven`
/// + `Cheung`). `PT Astra Otoparts Tbk` stays whole even where the tagger took `Astra Otoparts`
/// for a person: `PT` is no known name's end.
enum PeopleAtNameEnds {
    /// Words that go on a rank begun by a title word (`Komisaris Besar`, `Ajun Komisaris Polisi`,
    /// `Laksamana Pertama`, `Brigadir Jenderal`, `Letnan Satu`).
    static let rankContinuations = WordHashes(["besar", "polisi", "pertama", "muda", "madya", "utama", "jenderal",
        "jendral", "satu", "dua", "kepala", "tinggi"].map(FeatureHash.lowercased))

    /// Police and military ranks, which stand right before a name (`Ajun Komisaris Besar Irwan
    /// Sunudin`), unlike an office (`Menteri Perhubungan Suntana`: the portfolio comes first).
    static let ranks = WordHashes(["jenderal", "jendral", "letjen", "mayjen", "brigjen", "irjen", "komjen", "kombes", "akbp",
        "kompol", "akp", "iptu", "ipda", "aiptu", "aipda", "bripka", "brigadir", "briptu", "bripda", "kolonel", "letkol",
        "mayor", "kapten", "letnan", "serda", "serka", "sertu", "sersan", "kopral", "laksamana", "marsekal", "komisaris",
        "inspektur", "ajun"].map(FeatureHash.lowercased))

    /// Token `t` is a rank word, or goes on a rank begun just before it (`Komisaris Besar`).
    static func isMilitaryRank(_ t: Int, _ a: ArticleTokens) -> Bool {
        if ranks.contains(a.lower[t]) { return true }
        return t > 0 && rankContinuations.contains(a.lower[t]) && isMilitaryRank(t - 1, a)
    }

    /// Token `t` is a title or rank word, or goes on a rank begun just before it.
    static func isRank(_ t: Int, _ a: ArticleTokens) -> Bool {
        if EntityRefiner.titles.contains(a.lower[t]) { return true }
        return t > 0 && rankContinuations.contains(a.lower[t]) && isRank(t - 1, a)
    }

    static func apply(to spans: [TokenSpan], in a: ArticleTokens, gazetteer: Gazetteer, matches: [Gazetteer.Match]) -> [TokenSpan] {
        var personWords = Set<UInt64>(), personStarts = Set<UInt64>()
        for span in spans where span.type == .person {
            personStarts.insert(a.lower[span.tokens.lowerBound])
            for t in span.tokens { personWords.insert(a.lower[t]) }
        }
        // Tokens inside a known place or organisation, and those that end one.
        var known = [Bool](repeating: false, count: a.count), knownEnd = known
        for m in matches where gazetteer.entries[m.entry].type != .person && !m.tokens.isEmpty {
            for t in m.tokens { known[t] = true }
            knownEnd[m.tokens.upperBound - 1] = true
        }
        var result: [TokenSpan] = []
        result.reserveCapacity(spans.count + 4)
        result += untaggedPeopleAfterTitles(spans, a, gazetteer: gazetteer, matches: matches, known: known, knownEnd: knownEnd,
                                            personWords: personWords, personStarts: personStarts)
        for span in spans {
            guard span.type == .location || span.type == .organisation, span.tokens.count >= 2,
                  let start = nameStart(in: span, a, personWords: personWords, known: known, knownEnd: knownEnd) else {
                result.append(span)
                continue
            }
            var frontEnd = start
            while frontEnd > span.tokens.lowerBound, isRank(frontEnd - 1, a) { frontEnd -= 1 }
            if frontEnd > span.tokens.lowerBound {
                result.append(TokenSpan(tokens: span.tokens.lowerBound..<frontEnd, type: span.type))
            }
            result.append(TokenSpan(tokens: start..<span.tokens.upperBound, type: .person))
        }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// People the tagger left out after a title, where a known place or body or a rank runs into
    /// the name (`Gubernur Jawa Timur Khofifah Indar Parawansa`, `Kapolres Luwu Utara Ajun
    /// Komisaris Besar Irwan Sunudin`) or the title's portfolio does and the article names the
    /// person elsewhere (`Menteri Sosial Juliari Batubara` … `Juliari menyatakan`). The capitalised
    /// run after the title must have no entity in it; the name is its longest end that reads as a
    /// name (`readsAsName`) and begins after a known name's end or a rank, or at a word that begins
    /// a person elsewhere in the article. The known name in front becomes the entity the gazetteer
    /// says. Headlines, where every word is capitalised, are left alone.
    private static func untaggedPeopleAfterTitles(_ spans: [TokenSpan], _ a: ArticleTokens, gazetteer: Gazetteer,
                                                  matches: [Gazetteer.Match], known: [Bool], knownEnd: [Bool],
                                                  personWords: Set<UInt64>, personStarts: Set<UInt64>) -> [TokenSpan] {
        var tagged = [Bool](repeating: false, count: a.count)
        for span in spans { for t in span.tokens { tagged[t] = true } }
        var found: [TokenSpan] = []
        var p = 0
        while p + 1 < a.count {
            defer { p += 1 }
            guard EntityRefiner.titles.contains(a.lower[p]), !a.inHeadline[p] else { continue }
            // The last of the titles in a row (`Wakil Menteri`).
            while p + 1 < a.count, isRank(p + 1, a) { p += 1 }
            // The capitalised run after the title (and its rank words), with `dan` between
            // capitalised words (`Menteri Pariwisata dan Ekonomi Kreatif …`).
            var end = p + 1
            while end < a.count, !tagged[end] {
                if a.tokens[end].kind == .word, a.capitalised[end] { end += 1; continue }
                if a.lower[end] == Self.dan, end + 1 < a.count, a.capitalised[end + 1], end > p + 1 { end += 1; continue }
                break
            }
            guard end > p + 1, end == a.count || !tagged[end], !(p + 1..<end).contains(where: { a.inHeadline[$0] }) else { continue }
            let run = p + 1..<end
            // From the right: the longest end that reads as a name, and where it may begin.
            var start: Int?
            var j = end - 1
            var hasPersonWord = false
            while j >= run.lowerBound, readsAsName(j, a, known: known) {
                hasPersonWord = hasPersonWord || personWords.contains(a.lower[j])
                let before = j - 1
                let afterKnown = before >= run.lowerBound && knownEnd[before]
                let afterRank = before >= run.lowerBound && isMilitaryRank(before, a)
                if afterKnown || afterRank || personStarts.contains(a.lower[j]) && hasPersonWord { start = j }
                j -= 1
            }
            guard let start else { continue }
            // The front: a known name that ends right before the person (and its ranks) is that entity.
            var frontEnd = start
            while frontEnd > run.lowerBound, isRank(frontEnd - 1, a) { frontEnd -= 1 }
            if frontEnd > run.lowerBound,
               // The first in the matches' order that ends there (looked for here, where a person is
               // found: a table of all the matches by their end cost more for every article).
               let m = matches.first(where: { !$0.tokens.isEmpty && $0.tokens.upperBound == frontEnd && $0.tokens.lowerBound >= run.lowerBound }),
               gazetteer.entries[m.entry].type != .person {
                found.append(TokenSpan(tokens: m.tokens, type: gazetteer.entries[m.entry].type))
            }
            found.append(TokenSpan(tokens: start..<end, type: .person))
            p = end - 1
        }
        return found
    }

    /// Token `t` may be a word of a person's name: a capitalised word (or an initial's dot) not
    /// written in lower case elsewhere in the article and not part of a known place or body, a
    /// rank, an administrative noun or a word that begins organisations.
    private static func readsAsName(_ t: Int, _ a: ArticleTokens, known: [Bool]) -> Bool {
        if a.tokens[t].kind != .word { return a.isMark(t, ".") && t > 0 && a.tokens[t - 1].count == 1 }
        return a.capitalised[t] && !a.writtenInLowercase(t) && !known[t] && !EntityRefiner.organisationFirstWords.contains(a.lower[t])
            && !isRank(t, a) && !EntityRefiner.adminPrefixes.contains(a.lower[t])
    }

    /// Offices and roles that open an official's introduction (`Sekretaris Daerah`, `Konsul
    /// Jenderal`, `Koordinator Nasional`, `Guru Besar`), beside the titles.
    static let offices = WordHashes(["sekretaris", "sekda", "koordinator", "konsul", "dubes", "duta", "camat", "lurah",
        "kades", "rektor", "dekan", "guru", "dosen", "peneliti", "manajer", "manager", "komandan", "pemimpin",
        "kadis", "kasat", "kabag", "kasubag", "kadiv", "ceo", "founder", "pendiri", "anggota", "staf", "pelaksana",
        "plt", "pj", "pjs"].map(FeatureHash.lowercased))

    private static let dan = FeatureHash.lowercased("dan"), di = FeatureHash.lowercased("di")

    /// A title or office opens the capitalised run that ends right before token `start` (`Wali
    /// Kota` before `Surabaya`; `Konsul Jenderal RI di` before `Chicago`), at most eight tokens
    /// back, through capitalised words, `dan`, `di` and brackets.
    static func officeBefore(_ start: Int, _ a: ArticleTokens) -> Bool {
        var t = start - 1
        while t >= 0, start - t <= 8 {
            let w = a.lower[t]
            if EntityRefiner.titles.contains(w) || offices.contains(w) { return !a.inHeadline[t] }
            let joins = w == dan || w == di || a.isMark(t, "(") || a.isMark(t, ")")
            guard a.tokens[t].kind == .word && a.capitalised[t] || joins else { return false }
            t -= 1
        }
        return false
    }

    /// The leftmost token after the span's first where a person's name begins (see the type).
    private static func nameStart(in span: TokenSpan, _ a: ArticleTokens, personWords: Set<UInt64>,
                                  known: [Bool], knownEnd: [Bool]) -> Int? {
        let end = span.tokens.upperBound
        // An office before the span (`Wali Kota` + `Surabaya Tri Rismaharini`, `Sekretaris Daerah
        // DI` + `Yogyakarta Kadarmanta Baskara Aji`): as for a run the tagger left out
        // (`untaggedPeopleAfterTitles`), a known name's end is evidence enough.
        let afterTitle = officeBefore(span.tokens.lowerBound, a)
        var hasPersonWord = false
        var candidates: [Int] = []
        var j = end - 1
        while j > span.tokens.lowerBound, readsAsName(j, a, known: known) {
            let word = a.tokens[j].kind == .word
            if word { hasPersonWord = hasPersonWord || personWords.contains(a.lower[j]) }
            let before = j - 1
            if word, hasPersonWord && (knownEnd[before] || isRank(before, a)) || afterTitle && knownEnd[before] {
                candidates.append(j)
            }
            j -= 1
        }
        return candidates.last
    }
}
