/// Organisations that a text defines with their acronym: `Tim Pengendali Inflasi Daerah (TPID)`,
/// `Konfederasi Serikat Pekerja Indonesia (KSPI)`, `Fakultas Ilmu Sosial dan Ilmu Politik (FISIP)`.
///
/// Before a bracketed all-capitals word, the run of capitalised words (with lower-case joining words
/// such as `dan`, `di`, `of` between them) whose letters hold the acronym's letters in order, the
/// first letter of both the same (Schwartz & Hearst's test for an acronym and its long form), is
/// the acronym's long form. When that long form begins with an organisation's head word (`Tim`,
/// `Badan`, `Konfederasi`…), it is one organisation, whatever the tagger made of its words (a
/// country inside it is no place of its own), and the acronym, if found as an entity, is the
/// organisation too. A long form whose name goes on after the bracket is left alone.
enum AcronymDefinitions {
    /// Head words that begin an organisation's name.
    static let heads: Set<UInt64> = Set(EntityRefiner.organisationFirstWordList)
        .union(SpanJoining.institutionHeads)
        .union(SpanJoining.unitHeads)
        .union(["tim", "sekretariat", "seksi", "unit", "program", "pusat", "direktorat", "forum", "aliansi", "koalisi",
                "majelis", "dewan", "mahkamah", "kepolisian", "kejaksaan", "perserikatan", "organisasi", "otoritas",
                "korps", "pasukan", "angkatan", "departemen", "biro", "kantor", "jaringan", "perkumpulan", "paguyuban",
                "konsorsium", "kamar", "lembaga", "institute", "university", "association", "committee", "council",
                "agency", "organization", "organisation", "federation", "union", "centre", "center"]
            .map(FeatureHash.lowercased))

    /// Lower-case words that may stand inside a long form between its capitalised words.
    static let joiners: Set<UInt64> = Set(["dan", "di", "untuk", "dari", "atas", "pada", "bagi", "&", "and", "of", "for",
                                           "the", "de", "des", "du"].map(FeatureHash.lowercased))

    /// The longest a long form may be, in words.
    static let longest = 12

    static func apply(to spans: [TokenSpan], in a: ArticleTokens) -> [TokenSpan] {
        // The definitions are found first and the spans changed in one pass after, so that a long
        // article with many definitions costs no more per definition than a short one.
        var removed = [Bool](repeating: false, count: a.count)
        var acronyms = [Bool](repeating: false, count: a.count)
        var names: [Range<Int>] = []
        var others: [Int: EntityType] = [:]
        var t = 1
        while t + 2 < a.count {
            defer { t += 1 }
            guard a.isMark(t, "("), a.isMark(t + 2, ")"), let acronym = acronymLetters(t + 1, a),
                  var start = longFormStart(before: t, acronym: acronym, a) else { continue }
            // The head may stand just before the letters' words (`PT Isuzu Astra Motor Indonesia
            // (IAMI)`): it is part of the name.
            if !heads.contains(a.lower[start]) {
                guard start > 0, heads.contains(a.lower[start - 1]), a.capitalised[start - 1],
                      !ArticleTokens.lineBreak(between: a.tokens[start - 1], and: a.tokens[start], in: a.scalars) else {
                    // No organisation's head word: where an organisation or a place is the long form
                    // (`Sokonindo Indonesia (SI)`, `Gelora Bung Karno (GBK)`), the acronym names the
                    // same. Not a person: the tagger's people here were mostly things with a
                    // name's shape (`Online Single Submission (OSS)`).
                    if let named = spans.first(where: { $0.tokens.upperBound == t && $0.tokens.lowerBound <= start }),
                       named.type == .organisation || named.type == .location {
                        others[t + 1] = named.type
                    }
                    continue
                }
                start -= 1
            }
            // `Satuan Pelayanan Pemenuhan Gizi (SPPG) Cigunung`: the name goes on past the bracket.
            if t + 3 < a.count, a.capitalised[t + 3], !a.sentenceInitial[t + 3], a.touching(t + 2, t + 3) == false,
               !ArticleTokens.lineBreak(between: a.tokens[t + 2], and: a.tokens[t + 3], in: a.scalars) { continue }
            let name = start..<t
            // Whatever overlaps the name goes, an earlier definition's name too.
            for k in name { removed[k] = true }
            while let last = names.last, last.overlaps(name) { names.removeLast() }
            names.append(name)
            // The acronym, where something was found there, is the organisation too.
            acronyms[t + 1] = true
        }
        guard !names.isEmpty || !others.isEmpty else { return spans }
        for (t, _) in others where removed[t] { others[t] = nil }
        var result = spans.filter { span in !span.tokens.contains { removed[$0] } }
        var named = [Bool](repeating: false, count: a.count)
        for index in result.indices where result[index].tokens.count == 1 {
            let t = result[index].tokens.lowerBound
            if acronyms[t] { result[index].type = .organisation } else if let type = others[t] { result[index].type = type }
            named[t] = true
        }
        // An acronym the tagger left out is the name it stands for all the same.
        result += names.map { TokenSpan(tokens: $0, type: .organisation) }
        result += names.map(\.upperBound).filter { !named[$0 + 1] && !overlapped($0 + 1, result) }
            .map { TokenSpan(tokens: ($0 + 1)..<($0 + 2), type: .organisation) }
        result += others.filter { !named[$0.key] && !overlapped($0.key, result) }
            .map { TokenSpan(tokens: $0.key..<($0.key + 1), type: $0.value) }
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether a span of `spans` holds token `t`.
    static func overlapped(_ t: Int, _ spans: [TokenSpan]) -> Bool {
        spans.contains { $0.tokens.contains(t) }
    }

    /// The lower-cased letters of an all-capitals word of 2–8 letters (digits allowed after the first), or nil.
    static func acronymLetters(_ t: Int, _ a: ArticleTokens) -> [Unicode.Scalar]? {
        guard a.tokens[t].kind == .word else { return nil }
        let word = a.scalars[a.tokens[t].start..<a.tokens[t].end]
        guard (2...8).contains(word.count), let first = word.first, first.value >= 0x41 && first.value <= 0x5A,
              word.allSatisfy({ ($0.value >= 0x41 && $0.value <= 0x5A) || ($0.value >= 0x30 && $0.value <= 0x39) })
        else { return nil }
        return word.compactMap { $0.value <= 0x5A && $0.value >= 0x41 ? Unicode.Scalar($0.value + 32) : nil }
    }

    /// The first token of the acronym's long form, which ends just before `bracket`: among the
    /// capitalised words and joiners before it (same line, at most `longest` words), the furthest
    /// start back from which the words spell the acronym — each capitalised word gives its initial
    /// and perhaps up to two more of its letters, in order; a joiner gives its initial or nothing.
    static func longFormStart(before bracket: Int, acronym: [Unicode.Scalar], _ a: ArticleTokens) -> Int? {
        guard bracket > 0 else { return nil }
        var first = bracket
        var words = 0
        while first > 0 && words < longest {
            let t = first - 1
            guard a.tokens[t].kind == .word, !a.inHeadline[t],
                  !ArticleTokens.lineBreak(between: a.tokens[t], and: a.tokens[t + 1], in: a.scalars) else { break }
            if a.capitalised[t] {
                first = t
                words += 1
            } else if Self.joiners.contains(a.lower[t]) && t > 0 && a.capitalised[t - 1] {
                first = t
            } else {
                break
            }
        }
        guard first < bracket else { return nil }
        let letters: [[Unicode.Scalar]] = (first..<bracket).map { t in
            a.scalars[a.tokens[t].start..<a.tokens[t].end].compactMap(Self.letter)
        }
        for start in first..<bracket where a.capitalised[start] {
            if spells(acronym, 0, letters, start - first, joiner: { Self.joiners.contains(a.lower[first + $0]) }) { return start }
        }
        return nil
    }

    /// A letter lower-cased (the first code point of its lower-case mapping), nil for any other
    /// code point. ASCII is answered without a property look-up: there the letters are A–Z and
    /// a–z, and A–Z lower-case to a–z.
    @inline(__always)
    static func letter(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return scalar }
            return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v | 0x20)) : nil
        }
        guard scalar.properties.isAlphabetic else { return nil }
        return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar
    }

    /// Whether words `w...` spell `acronym[k...]` exactly.
    static func spells(_ acronym: [Unicode.Scalar], _ k: Int, _ words: [[Unicode.Scalar]], _ w: Int,
                       joiner: (Int) -> Bool) -> Bool {
        if w == words.count { return k == acronym.count }
        let word = words[w]
        if joiner(w) {
            if spells(acronym, k, words, w + 1, joiner: joiner) { return true }
            return k < acronym.count && word.first == acronym[k] && spells(acronym, k + 1, words, w + 1, joiner: joiner)
        }
        guard k < acronym.count, word.first == acronym[k] else { return false }
        // The initial, then up to two more letters found in order further into the word.
        var position = 1
        var taken = 1
        while true {
            if spells(acronym, k + taken, words, w + 1, joiner: joiner) { return true }
            guard taken < 3, k + taken < acronym.count,
                  let next = word[position...].firstIndex(of: acronym[k + taken]) else { return false }
            position = next + 1
            taken += 1
        }
    }
}
