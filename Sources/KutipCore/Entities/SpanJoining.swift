/// Joins pieces of one name that the tagger gave as neighbouring spans (only white space between
/// them, on one line):
///
/// - a unit before its parent body is one organisation: `Komisi V` + `DPR` → `Komisi V DPR`,
///   `Fakultas Kehutanan` + `UGM`; an untagged capitalised unit head (`Komisi`, `Satgas`, `Timnas`)
///   with an optional numeral, or an organisation's first word (`Serikat` + `Petani Indonesia`), is
///   taken in too;
/// - an organisation and the place that ends its name: `Kejaksaan Tinggi` + `Sulawesi Selatan`,
///   `Timnas Putri` + `Indonesia`, also when the tagger left the organisation's words alone but they
///   begin with an organisation's head word (`Pasukan Khusus` + `Belarusia`);
/// - a facility head and its name: `Jalan Raya` + `Ahmad Yani` → LOC `Jalan Raya Ahmad Yani`;
/// - two people side by side are one person (`Kesit` + `Budi Handoyo`).
enum SpanJoining {
    static let unitHeads: Set<UInt64> = Set(["komisi", "divisi", "direktorat", "biro", "satgas", "satuan", "unit",
        "seksi", "subdit", "prodi", "timnas", "tim", "panitia"].map(FeatureHash.lowercased))
    static let facilityHeads: Set<UInt64> = Set(["jalan", "jl", "jl.", "raya", "gedung", "stadion", "bandara",
        "pelabuhan", "hotel", "rs", "rsud", "rsup", "rumah", "sakit", "masjid", "gereja", "pura", "istana", "taman",
        "lapangan", "pasar", "puskesmas", "alun-alun", "monumen", "museum", "terminal", "stasiun", "gang", "gg",
        "kompleks", "wisma", "balai", "pendopo"].map(FeatureHash.lowercased))

    /// Facility heads that a person's name may follow in a place's name (`Jalan Sudirman`,
    /// `RSUP Dr Sardjito`, `Bandara Soekarno-Hatta`); `rumah sakit` is two words.
    static let namedFacilityHeads = WordHashes(["jalan", "jl", "jl.", "rs", "rsud", "rsup", "rsu", "sakit", "stadion",
        "bandara", "gedung", "masjid", "museum", "monumen", "taman", "lapangan", "pelabuhan", "terminal", "stasiun", "gang",
        "gg", "wisma", "pendopo"].map(FeatureHash.lowercased))

    /// A doctor's, professor's or engineer's title between a facility's head and its name.
    static let doctorTitles = WordHashes(["dr", "dr.", "prof", "prof.", "ir", "ir."].map(FeatureHash.lowercased))

    /// A person's name after a capitalised facility head, a doctor's or professor's title between
    /// them or not, is the facility's name, a place (`RSUD dr. Soetomo`, `Jl. Malioboro`): the
    /// tagger knows the name as a person's. A place made only of the head (`RSUD`) is taken in.
    static func facilitiesNamedAfterPeople(_ spans: [TokenSpan], _ a: ArticleTokens) -> [TokenSpan] {
        guard spans.contains(where: { $0.type == .person }) else { return spans }
        var spans = spans
        var removed = Set<Int>()
        // How many of the article's people's spans hold each word, counted only when needed.
        var personWordCounts: [UInt64: Int]?
        func personWords() -> [UInt64: Int] {
            if let counts = personWordCounts { return counts }
            var counts: [UInt64: Int] = [:]
            for span in spans where span.type == .person {
                for word in Set(span.tokens.map { a.lower[$0] }) { counts[word, default: 0] += 1 }
            }
            personWordCounts = counts
            return counts
        }
        for index in spans.indices where spans[index].type == .person {
            // The tagger may have run the head into the person's span (`Bandara Abdulrachman Saleh`);
            // not where a word of it names a person elsewhere (`Masjid Istiqlal Nasaruddin Umar`,
            // `… kata Nasaruddin`: the imam, after his mosque).
            let first = spans[index].tokens.lowerBound
            if spans[index].tokens.count >= 2, a.capitalised[first], namedFacilityHeads.contains(a.lower[first]) {
                let counts = personWords()
                let elsewhere = spans[index].tokens.dropFirst().contains { (counts[a.lower[$0]] ?? 0) > 1 }
                if !elsewhere { spans[index].type = .location }
                continue
            }
            var k = spans[index].tokens.lowerBound - 1
            var titles = 0
            while k >= 0, titles < 2, Self.doctorTitles.contains(a.lower[k]) || a.isMark(k, ".") && k > 0 && Self.doctorTitles.contains(a.lower[k - 1]) {
                k -= 1
                titles += 1
            }
            // An abbreviated head's full stop (`Jl. Malioboro`).
            if k > 0, a.isMark(k, "."), namedFacilityHeads.contains(a.lower[k - 1]), titles == 0 { k -= 1 }
            guard k >= 0, k + 1 < a.count, a.capitalised[k], namedFacilityHeads.contains(a.lower[k]),
                  !ArticleTokens.lineBreak(between: a.tokens[k], and: a.tokens[k + 1], in: a.scalars) else { continue }
            var head = k
            if a.lower[k] == FeatureHash.lowercased("sakit"), k > 0, a.lower[k - 1] == FeatureHash.lowercased("rumah") { head = k - 1 }
            // A place made only of facility words there (`RSUD`) is part of the name now.
            for (other, span) in spans.enumerated() where other != index && span.tokens.upperBound - 1 >= head && span.tokens.upperBound <= spans[index].tokens.lowerBound {
                guard span.type == .location, span.tokens.allSatisfy({ namedFacilityHeads.contains(a.lower[$0]) || a.lower[$0] == FeatureHash.lowercased("rumah") }) else { continue }
                removed.insert(other)
                head = min(head, span.tokens.lowerBound)
            }
            spans[index] = TokenSpan(tokens: head..<spans[index].tokens.upperBound, type: .location)
        }
        return removed.isEmpty ? spans : spans.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }

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
            if k >= 0, !covered[k], a.capitalised[k],
               unitHeads.contains(a.lower[k]) || EntityRefiner.organisationFirstWords.contains(a.lower[k]),
               !a.isMark(k, "."), adjacent(k, k + 1) || isNumeral(k + 1, a) {
                start = k
            }
            spans[index].tokens = start..<spans[index].tokens.upperBound
        }
        // An untagged organisation's head and its capitalised words before a place: `Pasukan Khusus` +
        // `Belarusia` → ORG `Pasukan Khusus Belarusia`.
        for index in spans.indices where spans[index].type == .location {
            let start = spans[index].tokens.lowerBound
            var k = start - 1, head = -1
            while k >= 0, start - k <= 4, !covered[k], a.capitalised[k], a.tokens[k].kind == .word, adjacent(k, k + 1) {
                if AcronymDefinitions.heads.contains(a.lower[k]) { head = k }
                k -= 1
            }
            // One generic head word alone is a description (`Pasukan Belarusia`: the country's troops).
            guard head >= 0, start - head >= 2 || EntityRefiner.organisationFirstWords.contains(a.lower[head]) else { continue }
            spans[index] = TokenSpan(tokens: head..<spans[index].tokens.upperBound, type: .organisation)
            for t in head..<start { covered[t] = true }
        }
        spans = facilitiesNamedAfterPeople(spans, a)
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

    /// Words that begin an institution's name that may go on with `dan` (`Organisasi Kerja Sama dan
    /// Pembangunan Ekonomi`, `Kementerian Hukum dan HAM`, `Fakultas Ilmu Sosial dan Ilmu Politik`).
    static let institutionHeads: Set<UInt64> = Set(["kementerian", "kementrian", "badan", "komisi", "organisasi",
        "dewan", "majelis", "fakultas", "lembaga", "yayasan", "direktorat", "pusat", "program", "dinas", "seksi",
        "bidang", "biro", "departemen", "satgas", "satuan", "institut", "sekolah", "perhimpunan", "ikatan"]
        .map(FeatureHash.lowercased))

    /// `ORG dan Capitalised Words` → one organisation, when the organisation starts with an
    /// institution's head word and what follows `dan` is capitalised, at most four words, not a
    /// known name (`fixed`), not a person and not the start of another institution.
    static func joinConjoined(_ spans: [TokenSpan], in a: ArticleTokens, fixed: [Bool]) -> [TokenSpan] {
        var spans = spans.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var owner = [Int](repeating: -1, count: a.count)
        for (index, span) in spans.enumerated() { for t in span.tokens { owner[t] = index } }
        let and = FeatureHash.lowercased("dan")
        for index in spans.indices {
            let s = spans[index]
            guard s.type == .organisation, s.tokens.count >= 2, institutionHeads.contains(a.lower[s.tokens.lowerBound]) else { continue }
            let d = s.tokens.upperBound
            guard d + 1 < a.count, a.lower[d] == and, owner[d] < 0, a.capitalised[d + 1], !fixed[d + 1],
                  !institutionHeads.contains(a.lower[d + 1]), !EntityRefiner.organisationFirstWords.contains(a.lower[d + 1]),
                  !ArticleTokens.lineBreak(between: a.tokens[d - 1], and: a.tokens[d + 1], in: a.scalars) else { continue }
            var end = d + 1
            while end < a.count && end - d <= 4 && a.capitalised[end] && !fixed[end]
                    && (owner[end] < 0 || spans[owner[end]].type != .person) && adjacentOnLine(end - 1, end, a) { end += 1 }
            guard end > d + 1, end - d <= 4 else { continue }
            // Spans inside the joined part are swallowed; one reaching beyond it stops the join.
            let inside = Set((d + 1..<end).map { owner[$0] }.filter { $0 >= 0 })
            guard inside.allSatisfy({ spans[$0].tokens.upperBound <= end }) else { continue }
            for i in inside { spans[i].tokens = 0..<0 }
            spans[index].tokens = s.tokens.lowerBound..<end
            for t in spans[index].tokens { owner[t] = index }
        }
        return spans.filter { !$0.tokens.isEmpty }
    }

    static func adjacentOnLine(_ i: Int, _ j: Int, _ a: ArticleTokens) -> Bool {
        j == i + 1 && !ArticleTokens.lineBreak(between: a.tokens[i], and: a.tokens[j], in: a.scalars)
    }

    static func isNumeral(_ i: Int, _ a: ArticleTokens) -> Bool {
        guard i >= 0 && i < a.count else { return false }
        if a.tokens[i].kind == .number { return a.tokens[i].count <= 2 }
        return MiscPatterns.isRoman(i, a)
    }
}
