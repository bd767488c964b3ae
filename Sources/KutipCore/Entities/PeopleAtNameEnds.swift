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
/// - the article itself tags one of those words as a person elsewhere (`… ujar Bima`).
/// The leftmost such split is taken (`Gedung Putih` + `Steven Cheung`, not `Gedung Putih Steven`
/// + `Cheung`). `PT Astra Otoparts Tbk` stays whole even where the tagger took `Astra Otoparts`
/// for a person: `PT` is no known name's end.
enum PeopleAtNameEnds {
    /// Words that go on a rank begun by a title word (`Komisaris Besar`, `Ajun Komisaris Polisi`,
    /// `Laksamana Pertama`, `Brigadir Jenderal`, `Letnan Satu`).
    static let rankContinuations = WordHashes(["besar", "polisi", "pertama", "muda", "madya", "utama", "jenderal",
        "jendral", "satu", "dua", "kepala", "tinggi"].map(FeatureHash.lowercased))

    /// Token `t` is a title or rank word, or goes on a rank begun just before it.
    static func isRank(_ t: Int, _ a: ArticleTokens) -> Bool {
        if EntityRefiner.titles.contains(a.lower[t]) { return true }
        return t > 0 && rankContinuations.contains(a.lower[t]) && isRank(t - 1, a)
    }

    static func apply(to spans: [TokenSpan], in a: ArticleTokens, gazetteer: Gazetteer, matches: [Gazetteer.Match]) -> [TokenSpan] {
        var personWords = Set<UInt64>()
        for span in spans where span.type == .person { for t in span.tokens { personWords.insert(a.lower[t]) } }
        guard !personWords.isEmpty else { return spans }
        // Tokens inside a known place or organisation, and those that end one.
        var known = [Bool](repeating: false, count: a.count), knownEnd = known
        for m in matches where gazetteer.entries[m.entry].type != .person && !m.tokens.isEmpty {
            for t in m.tokens { known[t] = true }
            knownEnd[m.tokens.upperBound - 1] = true
        }
        var result: [TokenSpan] = []
        result.reserveCapacity(spans.count + 4)
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
        return result
    }

    /// The leftmost token after the span's first where a person's name begins (see the type).
    private static func nameStart(in span: TokenSpan, _ a: ArticleTokens, personWords: Set<UInt64>,
                                  known: [Bool], knownEnd: [Bool]) -> Int? {
        let end = span.tokens.upperBound
        // `nameFrom[j]`: tokens j..<end read as a name; found from the right.
        var readsAsName = true, hasPersonWord = false
        var candidates: [Int] = []
        var j = end - 1
        while j > span.tokens.lowerBound {
            let word = a.tokens[j].kind == .word
            let initialDot = a.isMark(j, ".") && j > span.tokens.lowerBound && a.tokens[j - 1].count == 1
            if word {
                readsAsName = readsAsName && a.capitalised[j] && !a.writtenInLowercase(j) && !known[j]
                    && !EntityRefiner.organisationFirstWords.contains(a.lower[j]) && !isRank(j, a)
                    && !EntityRefiner.adminPrefixes.contains(a.lower[j])
                hasPersonWord = hasPersonWord || personWords.contains(a.lower[j])
            } else if !initialDot {
                readsAsName = false
            }
            guard readsAsName else { break }
            let before = j - 1
            if word, hasPersonWord, knownEnd[before] || isRank(before, a) { candidates.append(j) }
            j -= 1
        }
        return candidates.last
    }
}
