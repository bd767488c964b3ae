/// Joins pieces of one name that the tagger gave as neighbouring spans (only white space between
/// them, on one line):
///
/// - a unit before its parent body is one organisation: `Komisi V` + `DPR` → `Komisi V DPR`,
///   `Fakultas Kehutanan` + `UGM`; an untagged capitalised unit head (`Komisi`, `Satgas`, `Timnas`)
///   with an optional numeral is taken in too;
/// - an organisation and the place that ends its name: `Kejaksaan Tinggi` + `Sulawesi Selatan`,
///   `Timnas Putri` + `Indonesia`;
/// - a facility head and its name: `Jalan Raya` + `Ahmad Yani` → LOC `Jalan Raya Ahmad Yani`;
/// - two people side by side are one person (`Kesit` + `Budi Handoyo`).
enum SpanJoining {
    static let unitHeads: Set<UInt64> = Set(["komisi", "divisi", "direktorat", "biro", "satgas", "satuan", "unit",
        "seksi", "subdit", "prodi", "timnas", "tim", "panitia"].map(FeatureHash.lowercased))
    static let facilityHeads: Set<UInt64> = Set(["jalan", "jl", "jl.", "raya", "gedung", "stadion", "bandara",
        "pelabuhan", "hotel", "rs", "rsud", "rsup", "rumah", "sakit", "masjid", "gereja", "pura", "istana", "taman",
        "lapangan", "pasar", "puskesmas", "alun-alun", "monumen", "museum", "terminal", "stasiun", "gang", "gg",
        "kompleks", "wisma", "balai", "pendopo"].map(FeatureHash.lowercased))

    static func apply(to spans: [TokenSpan], in a: ArticleTokens) -> [TokenSpan] {
        var spans = spans.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        func adjacent(_ i: Int, _ j: Int) -> Bool {
            // token i ends a span, token j starts the next: only spaces between, one line
            j == i + 1 && !ArticleTokens.lineBreak(between: a.tokens[i], and: a.tokens[j], in: a.scalars)
        }
        var covered = [Bool](repeating: false, count: a.count)
        for span in spans { for t in span.tokens { covered[t] = true } }
        // Untagged unit heads before an organisation: `Komisi V DPR`.
        for index in spans.indices where spans[index].type == .organisation {
            var start = spans[index].tokens.lowerBound
            var k = start - 1
            if k >= 0, !covered[k], isNumeral(k, a) { k -= 1 }
            if k >= 0, !covered[k], a.capitalised[k], unitHeads.contains(a.lower[k]),
               !a.isMark(k, "."), adjacent(k, k + 1) || isNumeral(k + 1, a) {
                start = k
            }
            spans[index].tokens = start..<spans[index].tokens.upperBound
        }
        var result: [TokenSpan] = []
        for span in spans {
            guard var last = result.last, adjacent(last.tokens.upperBound - 1, span.tokens.lowerBound) else {
                result.append(span); continue
            }
            let first = last.tokens.lowerBound
            var joined: EntityType?
            if last.type == .person && span.type == .person && !a.inHeadline[first] {
                joined = .person
            } else if span.type == .organisation && (last.type == .organisation || last.type == .person)
                        && last.tokens.allSatisfy({ unitHeads.contains(a.lower[$0]) || isNumeral($0, a) }) {
                joined = .organisation
            } else if last.type == .organisation && span.type == .location && last.tokens.count >= 2 {
                joined = .organisation
            } else if last.type == .location && last.tokens.allSatisfy({ facilityHeads.contains(a.lower[$0]) }) {
                joined = .location
            }
            if let type = joined {
                last.tokens = first..<span.tokens.upperBound
                last.type = type
                result[result.count - 1] = last
            } else {
                result.append(span)
            }
        }
        return result
    }

    static func isNumeral(_ i: Int, _ a: ArticleTokens) -> Bool {
        guard i >= 0 && i < a.count else { return false }
        if a.tokens[i].kind == .number { return a.tokens[i].count <= 2 }
        return MiscPatterns.isRoman(i, a)
    }
}
