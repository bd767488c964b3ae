/// Indonesian public bodies named by a head noun, their field and often the place they serve:
/// `Dinas Kesehatan Kota Banjarmasin`, `Polresta Denpasar`, `Kantor Kementerian Agama Kota
/// Banjarmasin`, `Dinas Pendidikan Provinsi Jawa Barat`. The tagger tends to see the place alone
/// (LOC `Banjarmasin`) or the police unit as a person; the whole name is one organisation.
///
/// The name runs from the head noun over the capitalised words after it (an administrative noun
/// and its place included), and stops at punctuation, a line break, a lower-case word, a title
/// (`Kombes`, `Kepala`) or a person the tagger found after the head.
enum GovernmentBodies {
    /// Head nouns of regional and national offices, police and military units, courts.
    static let heads: WordHashes = WordHashes(["dinas", "kantor", "kanwil", "badan", "biro", "direktorat", "inspektorat",
        "sekretariat", "kejaksaan", "kejari", "kejati", "pengadilan", "polres", "polresta", "polrestabes", "polda",
        "polsek", "kodim", "korem", "kodam", "koramil", "lapas", "rutan", "bappeda", "bpbd", "satpol", "pemkot",
        "pemkab", "pemprov", "dprd", "rsud", "puskesmas", "kementerian", "kemenag", "disdik", "dinkes", "dishub"]
        .map(FeatureHash.lowercased))

    /// Heads of bodies that are also buildings: after `di`, `ke` or `dari` the name is the
    /// place (`di Pengadilan Negeri Jakarta Selatan`, `di Kantor Kementerian Sosial`), as
    /// idner-news-2k and kutip's own annotation conventions have it.
    static let buildings: WordHashes = WordHashes(["kantor", "kanwil", "pengadilan", "lapas", "rutan", "rsud", "puskesmas"]
        .map(FeatureHash.lowercased))
    static let placePrepositions: WordHashes = WordHashes(["di", "ke", "dari"].map(FeatureHash.lowercased))

    static func apply(to spans: [TokenSpan], in a: ArticleTokens) -> [TokenSpan] {
        var owner = [Int32](repeating: -1, count: a.count)
        for (index, span) in spans.enumerated() { for t in span.tokens { owner[t] = Int32(index) } }
        var removed = Set<Int>()
        var added: [TokenSpan] = []
        var t = 0
        while t < a.count {
            defer { t += 1 }
            guard a.capitalised[t], heads.contains(a.lower[t]), !a.inHeadline[t] else { continue }
            // A span that starts before the head (`Kepala Dinas …` is a title with it) is left alone.
            if owner[t] >= 0, spans[Int(owner[t])].tokens.lowerBound < t { continue }
            var end = t + 1
            while end < a.count, a.capitalised[end], a.tokens[end].kind == .word,
                  !EntityRefiner.titles.contains(a.lower[end]),
                  !ArticleTokens.lineBreak(between: a.tokens[end - 1], and: a.tokens[end], in: a.scalars) {
                // A person named after the head is not part of the body's name.
                if owner[end] >= 0, spans[Int(owner[end])].type == .person, spans[Int(owner[end])].tokens.lowerBound > t { break }
                end += 1
            }
            // A building named as a place ends before the place it is in (`di Puskesmas Cempaka
            // Kota Banjarmasin` → `Puskesmas Cempaka` + `Banjarmasin`).
            let asPlace = buildings.contains(a.lower[t]) && t > 0 && placePrepositions.contains(a.lower[t - 1])
            if asPlace, let admin = (t + 1..<end).first(where: { EntityRefiner.adminPrefixes.contains(a.lower[$0]) }) { end = admin }
            guard end - t >= 2 else { continue }
            let name = t..<end
            // Spans inside the name give way to it; one that overlaps it partly keeps it from being made.
            let inside = Set((name).compactMap { owner[$0] >= 0 ? Int(owner[$0]) : nil })
            guard inside.allSatisfy({ spans[$0].tokens.lowerBound >= name.lowerBound && spans[$0].tokens.upperBound <= name.upperBound })
            else { continue }
            removed.formUnion(inside)
            added.append(TokenSpan(tokens: name, type: asPlace ? .location : .organisation))
            t = end - 1
        }
        guard !added.isEmpty else { return spans }
        let result = spans.enumerated().filter { !removed.contains($0.offset) }.map(\.element) + added
        return result.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
