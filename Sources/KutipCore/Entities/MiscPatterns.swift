/// MISC entities the tagger cannot give (its training data has none), found by pattern:
///
/// - laws and regulations by designation: a legal head (`UU`, `Undang-Undang`, `Peraturan`,
///   `Keputusan`, `Perpres`, `Permen`, …), optionally the issuer in capitals (`Menteri Kesehatan`,
///   `KPU RI`), then `Nomor`/`No` N `Tahun` YYYY or N/YYYY (`Keputusan KPU RI Nomor 731 Tahun 2025`);
///   `UU`/`Undang-Undang`/`UUD` with a capitalised short title or a year (`UU ITE`,
///   `Undang-Undang Pemilu`, `UUD 1945`). The `tentang …` clause is left out.
/// - named events and awards: a capitalised head (`Piala`, `Olimpiade`, `Perang`, `Operasi`, `KTT`,
///   `Festival`, `Hadiah`, `Nobel`) with the capitalised words and a year after it
///   (`Piala Asia Wanita 2026`, `Perang Dunia II`, `Nobel Perdamaian 2025`).
///
/// A MISC span replaces the spans inside it (`KPU` inside a decree's designation) but never cuts a
/// span that reaches outside it.
enum MiscPatterns {
    /// Heads that need a number (`Nomor 12 Tahun 2019`) to be a designation.
    static let numberedHeads: Set<UInt64> = Set(["peraturan", "keputusan", "perpres", "perppu", "perpu", "pp",
        "permen", "permenkes", "permendagri", "permenhub", "permenaker", "permendikbud", "kepmen", "kepmenhub",
        "keppres", "kepres", "inpres", "perda", "pergub", "perbup", "perwali", "perkap", "perpol", "perma",
        "pkpu", "qanun", "instruksi", "surat", "edaran", "putusan"].map(FeatureHash.lowercased))
    /// Heads that make a designation with a capitalised short title or a year too.
    static let lawHeads: Set<UInt64> = Set(["uu", "undang-undang", "uud"].map(FeatureHash.lowercased))
    static let numberWords: Set<UInt64> = Set(["nomor", "no", "no.", "nomer"].map(FeatureHash.lowercased))
    static let year: UInt64 = FeatureHash.lowercased("tahun")
    static let eventHeads: Set<UInt64> = Set(["piala", "olimpiade", "perang", "operasi", "ktt", "festival", "hadiah",
        "nobel", "kejuaraan", "turnamen", "konferensi", "pekan"].map(FeatureHash.lowercased))
    /// Every head word, for a quick test at each token (no second hashing).
    static let anyHead: HashIndex = {
        var index = HashIndex(capacity: 64)
        for h in numberedHeads.union(lawHeads).union(eventHeads) { index.insert(FeatureHash.nonzero(h), 1) }
        return index
    }()

    /// Words that end a designation's issuer or title (`tentang`, `yang`, …) are simply not capitalised.
    static let connectors: Set<UInt64> = Set(["dan", "&"].map(FeatureHash.lowercased))

    static func apply(to spans: [TokenSpan], in a: ArticleTokens) -> [TokenSpan] {
        var spans = spans
        var owner = [Int32](repeating: -1, count: a.count)
        for (index, span) in spans.enumerated() { for t in span.tokens { owner[t] = Int32(index) } }
        var i = 0
        let heads = anyHead
        while i < a.count {
            // Most tokens are no pattern's head: passed over here, without a call of `match`.
            guard heads.value(for: FeatureHash.nonzero(a.lower[i])) != nil, let found = match(at: i, a) else { i += 1; continue }
            var inside: [Int] = []
            for t in found where owner[t] >= 0 && !inside.contains(Int(owner[t])) { inside.append(Int(owner[t])) }
            let contained = inside.allSatisfy { found.lowerBound <= spans[$0].tokens.lowerBound && spans[$0].tokens.upperBound <= found.upperBound }
            if contained {
                for index in inside { spans[index].tokens = 0..<0 }
                spans.append(TokenSpan(tokens: found, type: .miscellaneous))
                for t in found { owner[t] = Int32(spans.count - 1) }
            }
            i = found.upperBound
        }
        return spans.filter { !$0.tokens.isEmpty }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The MISC span starting at token `i`, if one does.
    static func match(at i: Int, _ a: ArticleTokens) -> Range<Int>? {
        let head = a.lower[i]
        guard anyHead.value(for: FeatureHash.nonzero(head)) != nil else { return nil }
        if numberedHeads.contains(head) || lawHeads.contains(head) {
            let isLaw = lawHeads.contains(head)
            var j = i + 1
            // The issuer or short title: capitalised words (and bracketed acronyms, `dan` between words).
            var titled = false
            while j < a.count && j - i <= 10 {
                if a.capitalised[j] { titled = true; j += 1; continue }
                if a.isMark(j, "("), j + 2 < a.count, a.capitalised[j + 1], a.isMark(j + 2, ")") { j += 3; continue }
                if connectors.contains(a.lower[j]), j + 1 < a.count, a.capitalised[j + 1], !numberWords.contains(a.lower[j + 1]),
                   !lawHeads.contains(a.lower[j + 1]), !numberedHeads.contains(a.lower[j + 1]) { j += 1; continue }
                break
            }
            // `Nomor 14 Tahun 2008`, `No 14 Tahun 2008`, `731/2025`, `Nomor 15 tahun 2016`.
            var k = j
            // A number word itself may have been taken as capitalised (`Nomor`, `No`): step back to it.
            if let back = (i + 1..<j).first(where: { numberWords.contains(a.lower[$0]) }) { k = back }
            if k < a.count, numberWords.contains(a.lower[k]) {
                var n = k + 1
                if a.isMark(n, ".") { n += 1 }
                if n < a.count, a.tokens[n].kind == .number || (a.tokens[n].kind == .word && a.lower[n] != year && !a.lowercaseWord[n]) {
                    var end = n + 1
                    if end + 1 < a.count, a.lower[end] == year, a.tokens[end + 1].kind == .number { end += 2 }
                    return i..<end
                }
            }
            if k == j, j < a.count, a.tokens[j].kind == .number, isDesignationNumber(j, a) {
                return i..<j + 1
            }
            if isLaw && a.capitalised[i] {
                if j < a.count, a.tokens[j].kind == .number, isYear(j, a) { return i..<j + 1 }  // UUD 1945
                if titled { return i..<j }
            }
            return nil
        }
        // An event head inside a longer capitalised name is not an event (`Pasukan Operasi Khusus`).
        let afterCapitalised = i > 0 && a.capitalised[i - 1] && !a.sentenceInitial[i] && !a.inHeadline[i]
            && !ArticleTokens.lineBreak(between: a.tokens[i - 1], and: a.tokens[i], in: a.scalars)
        if eventHeads.contains(head), a.capitalised[i], a.tokens[i].kind == .word, !afterCapitalised,
           !a.sentenceInitial[i] || (i + 1 < a.count && a.capitalised[i + 1]) {
            var j = i + 1
            while j < a.count && j - i <= 6 && (a.capitalised[j] || (a.tokens[j].kind == .word && isRoman(j, a))) && !a.isMark(j, ".") {
                j += 1
            }
            guard j > i + 1 else { return nil }
            if j < a.count, a.tokens[j].kind == .number, isYear(j, a) { j += 1 }
            return i..<j
        }
        return nil
    }

    static func isYear(_ i: Int, _ a: ArticleTokens) -> Bool {
        let t = a.tokens[i]
        guard t.count == 4 else { return false }
        let s = a.scalars[t.start..<t.end]
        return s.allSatisfy { $0.value >= 0x30 && $0.value <= 0x39 } && (s.first == "1" || s.first == "2")
    }

    /// `731/2025`: a number with a slash before a year.
    static func isDesignationNumber(_ i: Int, _ a: ArticleTokens) -> Bool {
        let s = Array(a.scalars[a.tokens[i].start..<a.tokens[i].end])
        guard let slash = s.firstIndex(of: "/"), s.count - slash - 1 == 4 else { return false }
        return s.filter { $0 == "/" }.count == 1
    }

    static func isRoman(_ i: Int, _ a: ArticleTokens) -> Bool {
        let s = a.scalars[a.tokens[i].start..<a.tokens[i].end]
        return !s.isEmpty && s.count <= 4 && s.allSatisfy { "IVX".unicodeScalars.contains($0) }
    }
}
