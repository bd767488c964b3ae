/// The passes that turn the statistical tagger's spans into kutip's entities (the conventions of
/// Tests/Evaluation/entities-*.json): parenthesised acronyms apart from their names, titles out
/// of people's spans (and a first name the tagger left out taken back), the gazetteer's names and
/// types, administrative prefixes out of places, organisations defined with their acronym
/// (`AcronymDefinitions`), English names on `of`/`for` as one organisation (`EnglishOrganisationNames`), two names joined by `dan` apart (`ConjoinedNames`), a name before a verb of saying at a sentence
/// start as a person (`SentenceOpeningSpeakers`), an abbreviation's full stop at a name's end taken in
/// (`AbbreviationPeriods`), a name's word after a hyphen it ends with (`HyphenatedNameEnds`), laws and events as MISC, capitalised common words at sentence starts and in headlines dropped,
/// one type per name in the article (`DocumentConsistency`), and a one-word person the article also
/// writes in lower case dropped (`CommonWordPeople`).
struct EntityRefiner: Sendable {
    let gazetteer: Gazetteer
    /// Lower-cased hashes (`FeatureHash.lowercased`) of common words, which are not names
    /// (data/lexicon/common-id.txt).
    var commonWords: Set<UInt64> = []
    /// Lower-cased hashes of words that are never a name on their own (data/lexicon/not-entities-id.txt):
    /// generic acronyms such as `APBD`, `BUMN`, `PNS`.
    var notEntities: Set<UInt64> = []

    /// Compass words that continue the place name before them (`Jawa Barat`, `Lombok Timur`).
    static let compass: WordHashes = WordHashes(["barat", "timur", "utara", "selatan", "tengah", "tenggara", "laut", "daya"]
        .map(FeatureHash.lowercased))

    /// Titles, ranks and honorifics (lower-cased) that stand before a person's name but are not
    /// part of it: `Presiden Joko Widodo` → `Joko Widodo`.
    static let titles: WordHashes = WordHashes([
        "presiden", "wapres", "wakil", "menteri", "menko", "mendagri", "menlu", "menkeu", "menhan", "gubernur",
        "wagub", "bupati", "wabup", "walikota", "wali", "wawali", "ketua", "ketum", "sekjen", "direktur", "dirut",
        "dirjen", "kepala", "kasubdit", "kasi", "kabid", "kapolri", "kapolda", "kapolres", "kapolsek", "kapuspen",
        "jenderal", "jendral", "letjen", "mayjen", "brigjen", "irjen", "komjen", "kombes", "akbp", "kompol", "akp", "iptu",
        "ipda", "aiptu", "bripka", "briptu", "kolonel", "letkol", "mayor", "kapten", "letnan", "serda", "pol",
        "laksamana", "marsekal", "jaksa", "hakim", "pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "gus",
        "dr", "dr.", "drs", "drs.", "prof", "prof.", "h", "h.", "hj", "hj.", "ny", "ny.", "tn", "sdr", "kh",
        "ustaz", "ustad", "ustadz", "haji", "hajjah", "habib", "syekh", "paus", "senator", "perdana", "kanselir", "pangeran",
        "sang", "mantan", "eks", "calon", "capres", "cawapres", "jubir", "juru", "bicara", "pelatih", "tersangka",
        "terdakwa", "saksi", "almarhum", "mendiang", "menaker", "menhub", "mensos", "menkes", "kakankemenag",
        "raja", "ratu", "sultan", "komisaris", "inspektur", "ajun", "sersan", "kopral", "wakapolri", "panglima",
        "sekretaris", "mensesneg", "seskab", "uskup", "om", "tante",
    ].map(FeatureHash.lowercased))

    /// Nouns for people by what they do or are (the roles and ordinary-person cues of
    /// `SpeakerStanding`: `sopir`, `warga`, `pedagang`, `ketua`, `dosen`), lower-cased.
    static let peopleNouns: WordHashes = WordHashes(SpeakerStanding.publicRoles.union(SpeakerStanding.ordinaryCues)
        .map(FeatureHash.lowercased))

    /// Second words of a two-word title (`Direktur Eksekutif`, `Direktur Utama`, `Ketua Umum`, `Jaksa
    /// Agung`), by the titles they may follow: not part of the name after them.
    static let titleSecondWords: [UInt64: WordHashes] = [
        FeatureHash.lowercased("utama"): WordHashes(["direktur", "dirut", "komisaris", "wakil"].map(FeatureHash.lowercased)),
        FeatureHash.lowercased("eksekutif"): WordHashes(["direktur", "sekretaris", "ketua", "wakil"].map(FeatureHash.lowercased)),
        FeatureHash.lowercased("umum"): WordHashes(["ketua", "sekretaris", "bendahara", "wakil"].map(FeatureHash.lowercased)),
        FeatureHash.lowercased("agung"): WordHashes(["jaksa", "uskup", "hakim", "imam"].map(FeatureHash.lowercased)),
    ]

    /// Whether token `t` is the second word of a two-word title whose first word stands just before it.
    static func titleSecondWord(_ t: Int, _ a: ArticleTokens) -> Bool {
        guard t > 0, let firsts = titleSecondWords[a.lower[t]] else { return false }
        return firsts.contains(a.lower[t - 1])
    }

    /// Administrative nouns written before a place name, left out of its span: `Kota Bandung` → `Bandung`.
    static let adminPrefixes: WordHashes = WordHashes(["kota", "kabupaten", "kab", "kab.", "kecamatan", "kec", "kec.",
        "desa", "kelurahan", "provinsi", "prov", "negara", "dusun", "kampung"].map(FeatureHash.lowercased))

    /// Words before `Kota X`/`Kabupaten X` that make the whole an organisation (`Pemerintah Kota Bandung`).
    static let governmentHeads: WordHashes = WordHashes(["pemerintah", "pemkot", "pemkab", "pemprov", "dinas", "dprd"]
        .map(FeatureHash.lowercased))

    /// The refined entities of one article, as token spans sorted by position.
    func refine(_ tagged: [TokenSpan], in article: ArticleTokens) -> [TokenSpan] {
        // The closures below capture this copy, not `self`: a closure over `self` copied the whole
        // refiner (a retain of each of its tables) at every call.
        let commonWords = self.commonWords
        var spans = tagged.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        spans = splitAtBrackets(spans, article)
        spans = legalFormsInBrackets(spans, article)
        spans = stripTitles(spans, article)
        let matches = gazetteer.matches(hashes: article.cased)
        spans = applyGazetteer(matches, to: spans, article)
        spans = stripTitles(spans, article, keeping: matches)
        spans = stripAdminPrefixes(spans, article)
        spans = reviewPeople(spans, article, gazetteerTokens: matches)
        spans = extendPeopleLeftward(spans, article, gazetteerTokens: matches)
        spans = balineseNames(spans, article)
        spans = companiesAfterPrefix(spans, article)
        spans = peopleWithAges(spans, article, gazetteerTokens: matches)
        spans = GovernmentBodies.apply(to: spans, in: article)
        spans = SpanJoining.apply(to: spans, in: article)
        var fixed = [Bool](repeating: false, count: article.count)
        for m in matches { for t in m.tokens { fixed[t] = true } }
        spans = ConjoinedNames.apply(to: spans, in: article, fixed: fixed)
        spans = SpanJoining.joinConjoined(spans, in: article, fixed: fixed)
        spans = AcronymDefinitions.apply(to: spans, in: article)
        spans = EnglishOrganisationNames.apply(to: spans, in: article, fixed: matches)
        spans = CommonNounAcronyms.apply(to: spans, in: article, fixed: matches)
        spans = dropCommonWords(spans, article, gazetteerTokens: matches)
        spans = MiscPatterns.apply(to: spans, in: article)
        spans = CreativeWorks.apply(to: spans, in: article)
        // A lone generic acronym, or a common word written in lower case (`hingga detik terakhir`,
        // where a gazetteer spelling of an outlet matched), is no name.
        spans = spans.filter {
            guard $0.tokens.count == 1 else { return true }
            let t = $0.tokens.lowerBound
            return !notEntities.contains(article.lower[t]) && !(article.lowercaseWord[t] && commonWords.contains(article.lower[t]))
        }
        spans = OrganisationEvidence.apply(to: spans, in: article, fixed: matches)
        spans = placesHoldingOrganisations(spans, article, gazetteerMatches: matches)
        spans = PeopleAtNameEnds.apply(to: spans, in: article, gazetteer: gazetteer, matches: matches)
        spans = PeopleAfterAffiliations.apply(to: spans, in: article, gazetteer: gazetteer, matches: matches)
        spans = SentenceOpeningSpeakers.apply(to: spans, in: article, fixed: matches) { commonWords.contains($0) }
        spans = DocumentConsistency.apply(to: spans, in: article, fixed: matches) { commonWords.contains($0) }
        spans = CommonWordPeople.apply(to: spans, in: article, fixed: matches)
        spans = placesNamedLikePeople(spans, article, gazetteerTokens: matches)
        spans = personInitials(spans, article, gazetteerTokens: matches)
        spans = initialsWithAges(spans, article)
        spans = EmbedMarkers.apply(to: spans, in: article)
        spans = BylineNames.apply(to: spans, in: article, fixed: matches) { commonWords.contains($0) }
        spans = AbbreviationPeriods.apply(to: spans, in: article)
        spans = HyphenatedNameEnds.apply(to: spans, in: article)
        // A title alone is no one (`Jamaah Haji`), whichever pass made it a person; nor is a word
        // for what people do or are (`Sopir`, `Ombudsman`) that the article also writes in lower
        // case, even where a longer name holds it (which `CommonWordPeople` lets stand).
        spans = spans.filter { span in
            // A rank or title alone is no name of any type (`AKBP`, `AKP` before a police officer's name).
            if span.tokens.count == 1, Self.titles.contains(article.lower[span.tokens.lowerBound]), article.capitalised[span.tokens.lowerBound] {
                return false
            }
            guard span.type == .person else { return true }
            if span.tokens.allSatisfy({ Self.titles.contains(article.lower[$0]) }) { return false }
            // Nor are words for people and titles together (`Jemaah Haji`, `Calon Jemaah`).
            if span.tokens.count > 1, span.tokens.allSatisfy({ Self.titles.contains(article.lower[$0]) || Self.peopleNouns.contains(article.lower[$0]) }) {
                return false
            }
            let t = span.tokens.lowerBound
            return !(span.tokens.count == 1 && Self.peopleNouns.contains(article.lower[t]) && article.writtenInLowercase(t))
        }
        return spans.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// `Badan Pusat Statistik (BPS)` as one span → the name and the acronym apart, brackets out; a
    /// span that runs into an unclosed `(` stops before it. A bracketed part followed by more of the
    /// name stays inside (`Satuan Tugas (Satgas) MBG`).
    func splitAtBrackets(_ spans: [TokenSpan], _ a: ArticleTokens) -> [TokenSpan] {
        var result: [TokenSpan] = []
        result.reserveCapacity(spans.count + 4)
        for span in spans {
            var pieces: [Range<Int>] = []
            var start = span.tokens.lowerBound
            var i = start
            while i < span.tokens.upperBound {
                if a.isMark(i, "(") {
                    // Find the closing bracket inside the span.
                    var close = i + 1
                    while close < span.tokens.upperBound && !a.isMark(close, ")") { close += 1 }
                    let closedInside = close < span.tokens.upperBound
                    // A legal form in brackets is part of a company's name: `PT Pertamina (Persero)`.
                    if closedInside && close == i + 2 && Self.companySuffixes.contains(a.lower[i + 1]) {
                        i = close + 1
                        continue
                    }
                    if closedInside && close + 1 < span.tokens.upperBound {
                        i = close + 1  // the name goes on after the bracket: keep it whole
                        continue
                    }
                    if start < i { pieces.append(start..<i) }
                    let innerEnd = closedInside ? close : span.tokens.upperBound
                    if i + 1 < innerEnd { pieces.append(i + 1..<innerEnd) }
                    start = closedInside ? close + 1 : span.tokens.upperBound
                    i = start
                    continue
                }
                if a.isMark(i, ")") || a.isMark(i, ",") {
                    if start < i { pieces.append(start..<i) }
                    start = i + 1
                }
                i += 1
            }
            if start < span.tokens.upperBound { pieces.append(start..<span.tokens.upperBound) }
            for piece in pieces {
                var p = piece
                while !p.isEmpty && a.tokens[p.lowerBound].kind == .punctuation { p = p.lowerBound + 1..<p.upperBound }
                while !p.isEmpty && a.tokens[p.upperBound - 1].kind == .punctuation && !a.isMark(p.upperBound - 1, ".")
                        && !(p.count >= 3 && a.isMark(p.upperBound - 1, ")") && a.isMark(p.upperBound - 3, "(")) {
                    p = p.lowerBound..<p.upperBound - 1
                }
                if !p.isEmpty { result.append(TokenSpan(tokens: p, type: span.type)) }
            }
        }
        return result
    }

    /// An organisation followed by its legal form in brackets takes it in (`PT Pertamina` + `(Persero)`),
    /// whatever the tagger made of the bracketed word.
    func legalFormsInBrackets(_ spans: [TokenSpan], _ a: ArticleTokens) -> [TokenSpan] {
        var result: [TokenSpan] = []
        result.reserveCapacity(spans.count)
        var swallowedUpTo = -1
        for span in spans {
            if span.tokens.upperBound <= swallowedUpTo { continue }
            let e = span.tokens.upperBound
            if span.type == .organisation, e + 2 < a.count, a.isMark(e, "("), Self.companySuffixes.contains(a.lower[e + 1]),
               a.isMark(e + 2, ")"), !ArticleTokens.lineBreak(between: a.tokens[e - 1], and: a.tokens[e], in: a.scalars) {
                result.append(TokenSpan(tokens: span.tokens.lowerBound..<e + 3, type: .organisation))
                swallowedUpTo = e + 3
                continue
            }
            result.append(span)
        }
        return result
    }

    /// Titles and honorifics leave people's spans (`Kombes Rizki Agung Prakoso` → `Rizki Agung Prakoso`),
    /// except where the gazetteer names a person with one (`Gus Dur`): a span that is exactly one
    /// of `keeping`'s people is left whole.
    func stripTitles(_ spans: [TokenSpan], _ a: ArticleTokens, keeping matches: [Gazetteer.Match] = []) -> [TokenSpan] {
        let named = Set(matches.lazy.filter { gazetteer.entries[$0.entry].type == .person }.map(\.tokens))
        return spans.compactMap { span in
            guard span.type == .person, !named.contains(span.tokens) else { return span }
            var start = span.tokens.lowerBound
            while start < span.tokens.upperBound - 1
                    && (Self.titles.contains(a.lower[start]) || a.isMark(start, ".") || Self.titleSecondWord(start, a)) {
                start += 1
            }
            if Self.titles.contains(a.lower[start]) && start == span.tokens.upperBound - 1 { return nil }
            return TokenSpan(tokens: start..<span.tokens.upperBound, type: span.type)
        }
    }

    /// The gazetteer's names: a name nobody tagged is added; a span that is exactly a name takes the
    /// name's type; a place or organisation at the edge of a person's span is cut out of it
    /// (`Rusia Putin` → LOC + PER, `Prancis Emmanuel Macron` → LOC + PER); a name that joins pieces the
    /// tagger cut (`TEMPO` `.` `CO`) replaces them. Longer spans of organisations and places that
    /// contain a name (`Bank Indonesia`, `Kejaksaan Tinggi Sulawesi Selatan`) are kept.
    func applyGazetteer(_ matches: [Gazetteer.Match], to tagged: [TokenSpan], _ a: ArticleTokens) -> [TokenSpan] {
        // A compass word after a capitalised word belongs to that name (`Lombok Barat`, `Afrika Barat`),
        // even where the gazetteer knows it alone (`Barat`, the West).
        func continuesName(_ match: Gazetteer.Match) -> Bool {
            guard match.tokens.count == 1, Self.compass.contains(a.lower[match.tokens.lowerBound]) else { return false }
            let before = match.tokens.lowerBound - 1
            return before >= 0 && a.capitalised[before] && a.tokens[before].kind == .word && !a.sentenceInitial[before]
                && !ArticleTokens.lineBreak(between: a.tokens[before], and: a.tokens[before + 1], in: a.scalars)
        }
        // A span made of two or more names side by side is those names (`Rusia TASS`, `NATO Latvia`,
        // `Rusia Vladimir Putin`).
        var spans: [TokenSpan] = []
        spans.reserveCapacity(tagged.count + matches.count)
        var next = 0  // matches and spans are both in text order: walk them together
        for span in tagged {
            while next < matches.count && matches[next].tokens.lowerBound < span.tokens.lowerBound { next += 1 }
            var inside: [Gazetteer.Match] = []
            var j = next
            while j < matches.count && matches[j].tokens.lowerBound < span.tokens.upperBound {
                if matches[j].tokens.upperBound <= span.tokens.upperBound && !continuesName(matches[j]) { inside.append(matches[j]) }
                j += 1
            }
            var tiled = inside.count >= 2 && inside.first!.tokens.lowerBound == span.tokens.lowerBound
                && inside.last!.tokens.upperBound == span.tokens.upperBound
            for (x, y) in zip(inside, inside.dropFirst()) where x.tokens.upperBound != y.tokens.lowerBound { tiled = false }
            if tiled {
                spans += inside.map { TokenSpan(tokens: $0.tokens, type: gazetteer.entries[$0.entry].type) }
            } else {
                spans.append(span)
            }
        }
        // `owner[t]`: the index in `spans` of the span over token t (removed spans are left in
        // place with an empty range), so that each name finds what it overlaps in its own length.
        var owner = [Int32](repeating: -1, count: a.count)
        for (index, span) in spans.enumerated() { for t in span.tokens { owner[t] = Int32(index) } }
        func remove(_ index: Int) {
            for t in spans[index].tokens where owner[t] == Int32(index) { owner[t] = -1 }
            spans[index].tokens = 0..<0
        }
        func add(_ span: TokenSpan) {
            spans.append(span)
            for t in span.tokens { owner[t] = Int32(spans.count - 1) }
        }
        for match in matches {
            if continuesName(match) { continue }
            let type = gazetteer.entries[match.entry].type
            let m = match.tokens
            var overlapping: [Int] = []
            for t in m where owner[t] >= 0 && !overlapping.contains(Int(owner[t])) { overlapping.append(Int(owner[t])) }
            if overlapping.isEmpty {
                // A name glued inside a longer capitalised run the tagger left alone is not this name
                // (`Indonesia` in an untagged `Bank Sentral Indonesia`).
                if extendsIntoCapitalised(m, a, owner) { continue }
                add(TokenSpan(tokens: m, type: type))
                continue
            }
            if overlapping.count == 1 {
                let o = overlapping[0]
                let s = spans[o]
                if s.tokens == m {
                    spans[o].type = type
                } else if s.tokens.lowerBound <= m.lowerBound && m.upperBound <= s.tokens.upperBound {
                    // Inside a longer span: only a person's span is cut, and only a name at its start:
                    // `Badrodin Haiti` is a person, `Rusia Putin` two names.
                    guard s.type == .person, type != .person, s.tokens.lowerBound == m.lowerBound else { continue }
                    let rest = m.upperBound..<s.tokens.upperBound
                    // An organisation's name goes on in more capitalised words (`Astra Otoparts`):
                    // cut only before a full name of two words or more.
                    if type == .organisation && rest.count < 2 { continue }
                    remove(o)
                    add(TokenSpan(tokens: m, type: type))
                    if rest.contains(where: { a.capitalised[$0] }) && !(rest.count == 1 && a.tokens[rest.lowerBound].kind != .word) {
                        add(TokenSpan(tokens: rest, type: .person))
                    }
                } else if m.lowerBound <= s.tokens.lowerBound && s.tokens.upperBound <= m.upperBound {
                    remove(o)
                    add(TokenSpan(tokens: m, type: type))
                } else if s.type == .person || s.tokens.count <= m.count {
                    // Crossing: the name wins; what is left of the span stays if it is a longer name.
                    let rest = s.tokens.lowerBound < m.lowerBound ? s.tokens.lowerBound..<m.lowerBound : m.upperBound..<s.tokens.upperBound
                    remove(o)
                    add(TokenSpan(tokens: m, type: type))
                    if rest.count >= 2 { add(TokenSpan(tokens: rest, type: s.type)) }
                }
            } else if overlapping.allSatisfy({ m.lowerBound <= spans[$0].tokens.lowerBound && spans[$0].tokens.upperBound <= m.upperBound }) {
                for index in overlapping { remove(index) }
                add(TokenSpan(tokens: m, type: type))
            }
        }
        return spans.filter { !$0.tokens.isEmpty }.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Whether a capitalised word outside every span touches `m` on either side (in the same
    /// sentence, not across punctuation), so that `m` is likely part of a longer name.
    func extendsIntoCapitalised(_ m: Range<Int>, _ a: ArticleTokens, _ owner: [Int32]) -> Bool {
        func free(_ i: Int) -> Bool { owner[i] < 0 }
        let before = m.lowerBound - 1, after = m.upperBound
        // A capitalised common word before it (`Menteri Lingkungan Kenya`, a sentence's first word)
        // is a description, not more of the name.
        let commonStart = before >= 0 && (a.writtenInLowercase(before) || commonWords.contains(a.lower[before]))
        if before >= 0 && a.capitalised[before] && !a.sentenceInitial[m.lowerBound] && !a.inHeadline[before] && !commonStart
            && !afterTitleAndPortfolio(before, a, owner)
            && !Self.titles.contains(a.lower[before]) && !Self.adminPrefixes.contains(a.lower[before])
            && !ArticleTokens.lineBreak(between: a.tokens[before], and: a.tokens[m.lowerBound], in: a.scalars) && free(before) {
            return true
        }
        if after < a.count && a.capitalised[after] && !a.sentenceInitial[after] && !a.inHeadline[after]
            && !ArticleTokens.lineBreak(between: a.tokens[after - 1], and: a.tokens[after], in: a.scalars) && free(after) {
            return true
        }
        return false
    }

    /// Whether the free capitalised words ending at `last` (at most three, on one line) follow a title:
    /// a title and its portfolio (`Menteri Lingkungan` before `Kenya`, `Menteri Luar Negeri` before
    /// `Rusia`) describe the name after them and are no part of it.
    func afterTitleAndPortfolio(_ last: Int, _ a: ArticleTokens, _ owner: [Int32]) -> Bool {
        var k = last
        while k >= 0 && last - k < 3 && owner[k] < 0 && a.capitalised[k] && a.tokens[k].kind == .word {
            if k > 0 && Self.titles.contains(a.lower[k - 1]) && a.capitalised[k - 1]
                && !ArticleTokens.lineBreak(between: a.tokens[k - 1], and: a.tokens[k], in: a.scalars) { return true }
            k -= 1
        }
        return false
    }

    /// Words that begin an organisation's name (`Universitas X`, `PT X`, `SDN X`).
    static let organisationFirstWords = WordHashes(organisationFirstWordList)
    static let organisationFirstWordList: [UInt64] = (["universitas", "institut", "bank", "pt", "pt.", "cv", "partai",
        "kementerian", "badan", "komisi", "satgas", "yayasan", "lembaga", "dinas", "sekolah", "sdn", "smpn", "sman",
        "smkn", "smp", "sma", "smk", "fakultas", "perusahaan", "koperasi", "klub", "persatuan", "ikatan", "asosiasi",
        "serikat", "federasi", "konfederasi", "himpunan", "perhimpunan", "gerakan", "front", "laskar", "brigade"]
        .map(FeatureHash.lowercased))
    /// Words that end an organisation's name (`Grameen Bank`, `Coventry University`, `Fox News`).
    static let organisationLastWords: WordHashes = WordHashes(["university", "college", "institute", "foundation", "group",
        "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "tbk", "tbk.", "company", "news", "times", "post",
        "digital", "media", "airlines", "airways", "air", "club", "fc", "united", "party", "council", "association",
        "agency", "centre", "center", "bank", "motor", "motors", "holdings", "limited", "llc", "plc", "ag", "gmbh",
        "persero", "(persero)", "network", "tv", "radio", "press", "journal", "institution", "organization",
        "organisation", "society", "union", "league", "committee", "commission", "ministry", "department", "office",
        "alliance", "federation", "authority"]
        .map(FeatureHash.lowercased))

    /// Legal-form words that end a company's name.
    static let companySuffixes: WordHashes = WordHashes(["tbk", "tbk.", "(persero)", "persero", "ltd", "ltd.", "inc", "inc.",
        "corp", "corp.", "llc", "plc", "gmbh"].map(FeatureHash.lowercased))

    /// People's spans: common words at either end leave them (`Rahasia Soeharto` → `Soeharto`,
    /// `Brandon Salim Makin` → `Brandon Salim`) and a lone common word is no one (`Video`); a span
    /// that begins or ends with an organisation's word is an organisation (`Grameen Bank`,
    /// `Coventry University`); a company span that runs past its legal suffix into a name is
    /// cut there (`PT Astra Otoparts Tbk Yusak Kristian`); a span of two people joined by a spaced
    /// dash is two people.
    func reviewPeople(_ spans: [TokenSpan], _ a: ArticleTokens, gazetteerTokens matches: [Gazetteer.Match]) -> [TokenSpan] {
        var known = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { known[t] = true } }
        func common(_ t: Int) -> Bool { !known[t] && commonWords.contains(a.lower[t]) }
        let legalSuffixes: WordHashes = Self.companySuffixes
        // The spans, some cut in two, appended to one array (an array per span cost an allocation each).
        var pieces: [TokenSpan] = []
        pieces.reserveCapacity(spans.count + 4)
        for span in spans {
            // A company's legal suffix ends its name: `PT Astra Otoparts Tbk Yusak Kristian` → ORG + PER.
            if span.type == .organisation,
               let suffix = span.tokens.dropLast(2).first(where: { legalSuffixes.contains(a.lower[$0]) && $0 > span.tokens.lowerBound }),
               (suffix + 1..<span.tokens.upperBound).allSatisfy({ a.capitalised[$0] && !common($0) }) {
                pieces.append(TokenSpan(tokens: span.tokens.lowerBound..<suffix + 1, type: .organisation))
                pieces.append(TokenSpan(tokens: suffix + 1..<span.tokens.upperBound, type: .person))
                continue
            }
            // Two people joined by a dash between spaces: `Irianto MS Syaifuddin - Tatang Farhanul Hakim`.
            if span.type == .person,
               let dash = span.tokens.dropFirst().dropLast().first(where: { t in
                   (a.isMark(t, "-") || a.isMark(t, "–") || a.isMark(t, "—")) && !a.touching(t - 1, t) && !a.touching(t, t + 1)
               }) {
                pieces.append(TokenSpan(tokens: span.tokens.lowerBound..<dash, type: .person))
                pieces.append(TokenSpan(tokens: dash + 1..<span.tokens.upperBound, type: .person))
                continue
            }
            pieces.append(span)
        }
        return pieces.compactMap { span in
            guard span.type == .person else { return span }
            var r = span.tokens
            if r.count >= 2 && (Self.organisationLastWords.contains(a.lower[r.upperBound - 1])
                                || Self.organisationFirstWords.contains(a.lower[r.lowerBound])) {
                return TokenSpan(tokens: r, type: .organisation)
            }
            while r.count > 1 && common(r.lowerBound) { r = r.lowerBound + 1..<r.upperBound }
            while r.count > 1 && common(r.upperBound - 1) { r = r.lowerBound..<r.upperBound - 1 }
            if r.count == 1 && common(r.lowerBound) { return nil }
            return TokenSpan(tokens: r, type: .person)
        }
    }

    /// A person's span that the tagger began one word late takes back the capitalised word before
    /// it (`Menteri Keuangan Purbaya Yudhi Sadewa`, where the tagger gave `Yudhi Sadewa`): a word
    /// written `Xxxx`, not at a sentence start or in a headline, in no other span or gazetteer name,
    /// no title, cue or common word, not right after a title, and never written in lower case in the article.
    func extendPeopleLeftward(_ spans: [TokenSpan], _ a: ArticleTokens, gazetteerTokens matches: [Gazetteer.Match]) -> [TokenSpan] {
        var taken = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { taken[t] = true } }
        for span in spans { for t in span.tokens { taken[t] = true } }
        func nameWord(_ t: Int) -> Bool {
            guard t >= 0, !taken[t], a.tokens[t].kind == .word, a.capitalised[t], !a.sentenceInitial[t], !a.inHeadline[t],
                  !Self.titles.contains(a.lower[t]), EntityFeatures.cues[a.lower[t]] == nil,
                  !commonWords.contains(a.lower[t]), !notEntities.contains(a.lower[t]), !a.writtenInLowercase(t) else { return false }
            let word = a.scalars[a.tokens[t].start..<a.tokens[t].end]
            return word.count >= 2 && word.dropFirst().allSatisfy { $0.properties.isLowercase } && !Self.isAbstractNoun(word)
        }
        return spans.map { span in
            guard span.type == .person else { return span }
            let start = span.tokens.lowerBound, before = start - 1
            // After a title the capitalised word is the title's portfolio (`Menteri Keuangan`).
            // The word before a sentence's first is another sentence's (a run-in headline's last word).
            guard !a.sentenceInitial[start], nameWord(before), before == 0 || !Self.titles.contains(a.lower[before - 1]),
                  !ArticleTokens.lineBreak(between: a.tokens[before], and: a.tokens[start], in: a.scalars) else { return span }
            taken[before] = true
            return TokenSpan(tokens: before..<span.tokens.upperBound, type: .person)
        }
    }

    /// Whether a word is built as an Indonesian abstract noun, ke-…-an or pe(r)-…-an (`Kebudayaan`,
    /// `Perikanan`, `Pendidikan`): the end of a ministry's portfolio before a minister's name, never a
    /// first name.
    static func isAbstractNoun(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count >= 7, word.suffix(2).elementsEqual("an".unicodeScalars) else { return false }
        let head = String(String.UnicodeScalarView(word.prefix(2))).lowercased()
        return head == "ke" || head == "pe"
    }

    /// A place's span of two or more words that holds an organisation's name is that organisation
    /// (`Siber Bareskrim`, with the gazetteer's `Bareskrim`; `SPPG Cigunung`, where the article defines
    /// `SPPG` as `Satuan Pelayanan Pemenuhan Gizi`), unless it begins with a building's or an
    /// administrative word or a word in lower case (`Gedung DPR`, `Kantor KPU`, `Kota Bogor`, `komplek DPR`).
    func placesHoldingOrganisations(_ spans: [TokenSpan], _ a: ArticleTokens, gazetteerMatches matches: [Gazetteer.Match]) -> [TokenSpan] {
        guard spans.contains(where: { $0.type == .location && $0.tokens.count >= 2 }) else { return spans }
        var organisation = [Bool](repeating: false, count: a.count)
        for m in matches where gazetteer.entries[m.entry].type == .organisation { for t in m.tokens { organisation[t] = true } }
        // Acronyms the article defines with an organisation's long form.
        var acronyms = Set<UInt64>()
        var t = 1
        while t + 2 < a.count {
            defer { t += 1 }
            guard a.isMark(t, "("), a.isMark(t + 2, ")"), let letters = AcronymDefinitions.acronymLetters(t + 1, a),
                  let start = AcronymDefinitions.longFormStart(before: t, acronym: letters, a),
                  AcronymDefinitions.heads.contains(a.lower[start]) else { continue }
            acronyms.insert(a.cased[t + 1])
        }
        // Look-ups, not searches, per span: a long article has many spans and matches.
        let matched = Set(matches.map(\.tokens))
        return spans.map { span in
            let r = span.tokens
            guard span.type == .location, r.count >= 2, a.capitalised[r.lowerBound], !SpanJoining.facilityHeads.contains(a.lower[r.lowerBound]),
                  !GovernmentBodies.buildings.contains(a.lower[r.lowerBound]), !Self.adminPrefixes.contains(a.lower[r.lowerBound])
            else { return span }
            guard !matched.contains(r), r.contains(where: { organisation[$0] }) || acronyms.contains(a.cased[r.lowerBound]) else { return span }
            return TokenSpan(tokens: r, type: .organisation)
        }
    }

    /// Balinese birth-order names that follow `I` (men) or `Ni` (women) in a full name.
    static let balineseNames: WordHashes = WordHashes(["wayan", "made", "nyoman", "ketut", "putu", "gede", "komang",
        "kadek", "nengah", "luh", "gusti", "ketut", "wayan"].map(FeatureHash.lowercased))

    /// A person's span that begins with a Balinese birth-order name takes in the `I` or `Ni` before it
    /// (`I Ketut Sukadi`, `Ni Nyoman Dewi Pascarani`): part of the name, not a title.
    func balineseNames(_ spans: [TokenSpan], _ a: ArticleTokens) -> [TokenSpan] {
        let i = FeatureHash.lowercased("i"), ni = FeatureHash.lowercased("ni")
        var covered = [Bool](repeating: false, count: a.count)
        for span in spans { for t in span.tokens { covered[t] = true } }
        return spans.map { span in
            let start = span.tokens.lowerBound, before = start - 1
            guard span.type == .person, before >= 0, !covered[before], Self.balineseNames.contains(a.lower[start]),
                  a.lower[before] == i || a.lower[before] == ni, a.capitalised[before],
                  !ArticleTokens.lineBreak(between: a.tokens[before], and: a.tokens[start], in: a.scalars) else { return span }
            return TokenSpan(tokens: before..<span.tokens.upperBound, type: .person)
        }
    }

    /// A person's span right after an untagged company prefix is that company (`PT` + `Salma Arowana
    /// Lestari` → ORG `PT Salma Arowana Lestari`).
    func companiesAfterPrefix(_ spans: [TokenSpan], _ a: ArticleTokens) -> [TokenSpan] {
        var covered = [Bool](repeating: false, count: a.count)
        for span in spans { for t in span.tokens { covered[t] = true } }
        return spans.map { span in
            let before = span.tokens.lowerBound - 1
            guard span.type == .person, before >= 0, !covered[before], a.capitalised[before],
                  OrganisationEvidence.companyPrefixes.contains(a.lower[before]),
                  !ArticleTokens.lineBreak(between: a.tokens[before], and: a.tokens[before + 1], in: a.scalars) else { return span }
            return TokenSpan(tokens: before..<span.tokens.upperBound, type: .organisation)
        }
    }

    /// A name followed by an age in brackets is a person (`Dian (37) berharap`, `TAS (22), mahasiswa`):
    /// untagged capitalised words (at most three, on one line, not common words, not a known name) before
    /// `(` and a number of one or two digits and `)` are that person; a span of the tagger there stays.
    func peopleWithAges(_ spans: [TokenSpan], _ a: ArticleTokens, gazetteerTokens matches: [Gazetteer.Match]) -> [TokenSpan] {
        var taken = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { taken[t] = true } }
        for span in spans { for t in span.tokens { taken[t] = true } }
        var added: [TokenSpan] = []
        for t in 1..<max(a.count - 2, 1) where a.isMark(t, "(") && a.tokens[t + 1].kind == .number && a.tokens[t + 1].count <= 2
            && a.isMark(t + 2, ")") {
            var start = t
            while start > 0 && t - start < 3 {
                let k = start - 1
                guard !taken[k], a.capitalised[k], a.tokens[k].kind == .word, !Self.titles.contains(a.lower[k]),
                      !commonWords.contains(a.lower[k]), !a.writtenInLowercase(k),
                      !ArticleTokens.lineBreak(between: a.tokens[k], and: a.tokens[k + 1], in: a.scalars) else { break }
                start = k
            }
            guard start < t else { continue }
            added.append(TokenSpan(tokens: start..<t, type: .person))
        }
        guard !added.isEmpty else { return spans }
        return (spans + added).sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// Initials in capitals written before an age are a person's, wherever the article writes them
    /// (`PT ( 28 ) , warga Kota Tangerang Selatan` … `kata PT`): news names people by initials
    /// to keep them anonymous, and the tagger and the article's majority had taken `PT` for a
    /// company's prefix.
    func initialsWithAges(_ spans: [TokenSpan], _ a: ArticleTokens) -> [TokenSpan] {
        var initials = Set<UInt64>()
        for t in 1..<max(a.count - 2, 1) where a.isMark(t, "(") && a.tokens[t + 1].kind == .number && a.tokens[t + 1].count <= 2
            && a.isMark(t + 2, ")") {
            let word = a.tokens[t - 1]
            guard word.kind == .word, (2...3).contains(word.count), a.scalars[word.range].allSatisfy({ $0.properties.isUppercase }),
                  a.touching(t - 1, t) == false else { continue }
            initials.insert(a.cased[t - 1])
        }
        guard !initials.isEmpty else { return spans }
        return spans.map { span in
            guard span.type != .person, span.tokens.count == 1, initials.contains(a.cased[span.tokens.lowerBound]) else { return span }
            return TokenSpan(tokens: span.tokens, type: .person)
        }
    }

    /// A place of two or more capitalised words that begins with a word the article uses alone for a
    /// person at least twice is that person (`Pengacara Ridwan Kamil, Muslim Jaya Butar Butar, ...`
    /// where the tagger took the full name for a place and `Muslim` alone for a person later): one
    /// name, one type in the article. Gazetteer names and spans holding a facility or admin word stay.
    func placesNamedLikePeople(_ spans: [TokenSpan], _ a: ArticleTokens, gazetteerTokens matches: [Gazetteer.Match]) -> [TokenSpan] {
        var alone: [UInt64: Int] = [:]
        for span in spans where span.type == .person && span.tokens.count == 1 { alone[a.cased[span.tokens.lowerBound], default: 0] += 1 }
        guard !alone.isEmpty else { return spans }
        var known = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { known[t] = true } }
        return spans.map { span in
            guard span.type == .location, span.tokens.count >= 2, (alone[a.cased[span.tokens.lowerBound]] ?? 0) >= 2,
                  span.tokens.allSatisfy({ a.capitalised[$0] && !known[$0] && !Self.adminPrefixes.contains(a.lower[$0])
                      && !Self.compass.contains(a.lower[$0]) && !SpanJoining.facilityHeads.contains(a.lower[$0]) })
            else { return span }
            return TokenSpan(tokens: span.tokens, type: .person)
        }
    }

    /// Words before a person named by initials in crime and court news (`tersangka LM`, `berinisial TAS`).
    static let initialsCues: WordHashes = WordHashes(["inisial", "berinisial", "tersangka", "terdakwa", "terpidana", "korban",
        "pelaku", "terlapor", "pelapor", "saksi", "saudara", "sdr", "sdr."].map(FeatureHash.lowercased))
    /// Honorifics that, capitalised, stand before a public figure's initials (`Pak RK`, `Bu SMI`; not `ibu PKK`).
    static let initialsHonorifics: WordHashes = WordHashes(["pak", "bu", "bapak", "ibu"].map(FeatureHash.lowercased))

    /// A person named by initials: an all-capitals word of 2–4 letters after a cue (`tersangka LM`,
    /// `berinisial TAS`) that is no known name is that person wherever it stands alone in the
    /// article, whatever the tagger made of it (acronyms are usually organisations).
    func personInitials(_ spans: [TokenSpan], _ a: ArticleTokens, gazetteerTokens matches: [Gazetteer.Match]) -> [TokenSpan] {
        var known = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { known[t] = true } }
        func isInitials(_ t: Int) -> Bool {
            guard a.tokens[t].kind == .word, (2...4).contains(a.tokens[t].count), !known[t], !notEntities.contains(a.lower[t]) else { return false }
            return a.scalars[a.tokens[t].start..<a.tokens[t].end].allSatisfy { $0.value >= 0x41 && $0.value <= 0x5A }
        }
        var forms = Set<UInt64>()
        for t in 1..<max(a.count, 1)
        where Self.initialsCues.contains(a.lower[t - 1]) || (a.capitalised[t - 1] && Self.initialsHonorifics.contains(a.lower[t - 1])) {
            if isInitials(t) { forms.insert(a.cased[t]) } else if let glued = gluedInitials(t, a) { forms.insert(glued) }
        }
        guard !forms.isEmpty else { return spans }
        // Tested first by a HashIndex probe, the set asked only on a hit: a SipHash per token cost
        // more in a long article.
        var formIndex = HashIndex(capacity: forms.count)
        for form in forms { formIndex.insert(FeatureHash.nonzero(form), 1) }
        func isForm(_ hash: UInt64) -> Bool { formIndex.value(for: FeatureHash.nonzero(hash)) != nil && forms.contains(hash) }
        var spans = spans
        var covered = [Bool](repeating: false, count: a.count)
        for (index, span) in spans.enumerated() {
            for t in span.tokens { covered[t] = true }
            if span.tokens.count == 1 && isForm(a.cased[span.tokens.lowerBound]) { spans[index].type = .person }
        }
        for t in 0..<a.count where !covered[t] && isForm(a.cased[t]) && isInitials(t) {
            spans.append(TokenSpan(tokens: t..<t + 1, type: .person))
        }
        return spans.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    /// The hash (as `ArticleTokens.cased`) of initials glued by a dash to a lower-case word in one
    /// token (`TAS-yang`), or nil.
    func gluedInitials(_ t: Int, _ a: ArticleTokens) -> UInt64? {
        guard a.tokens[t].kind == .word else { return nil }
        let word = a.scalars[a.tokens[t].start..<a.tokens[t].end]
        guard let dash = word.firstIndex(of: "-"), (2...4).contains(dash - word.startIndex), dash + 1 < word.endIndex,
              word[word.startIndex..<dash].allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }),
              word[(dash + 1)...].allSatisfy({ $0.properties.isLowercase }) else { return nil }
        let hash = FeatureHash.of(word[word.startIndex..<dash])
        return notEntities.contains(FeatureHash.lowercased(String(String.UnicodeScalarView(word[word.startIndex..<dash])))) ? nil : hash
    }

    /// `Kota Bandung` → `Bandung`, `Kabupaten Sukabumi` → `Sukabumi`; `Pemerintah Kota Bandung` → ORG as a whole;
    /// a place inside a place is two (`Puskesmas Cempaka Kota Banjarmasin` → `Puskesmas Cempaka` + `Banjarmasin`).
    func stripAdminPrefixes(_ spans: [TokenSpan], _ a: ArticleTokens) -> [TokenSpan] {
        var covered = [Bool](repeating: false, count: a.count)
        for span in spans { for t in span.tokens { covered[t] = true } }
        var split: [TokenSpan] = []
        split.reserveCapacity(spans.count + 4)
        for span in spans {
            guard span.type == .location, span.tokens.count >= 3,
                  let inner = (span.tokens.lowerBound + 1..<span.tokens.upperBound - 1).first(where: {
                      Self.adminPrefixes.contains(a.lower[$0]) && a.capitalised[$0] && a.capitalised[$0 + 1]
                  }) else { split.append(span); continue }
            split.append(TokenSpan(tokens: span.tokens.lowerBound..<inner, type: .location))
            split.append(TokenSpan(tokens: inner..<span.tokens.upperBound, type: .location))
        }
        return split.map { span in
            guard span.type == .location, span.tokens.count >= 2, Self.adminPrefixes.contains(a.lower[span.tokens.lowerBound]),
                  a.capitalised[span.tokens.lowerBound + 1] else { return span }
            let before = span.tokens.lowerBound - 1
            if before >= 0, Self.governmentHeads.contains(a.lower[before]), a.capitalised[before],
               !covered[before] {
                return TokenSpan(tokens: before..<span.tokens.upperBound, type: .organisation)
            }
            return TokenSpan(tokens: span.tokens.lowerBound + 1..<span.tokens.upperBound, type: span.type)
        }
    }

    /// A one-word span that is not a known name and whose word the article also writes in lower
    /// case is a capitalised common word — at the start of a sentence or in a title-case headline —
    /// and not a name (`Risiko`, `Fenomena`, `Mundur`). Leading such words also leave people's spans
    /// in headlines (`Komentar Hegseth` → `Hegseth`).
    func dropCommonWords(_ spans: [TokenSpan], _ a: ArticleTokens, gazetteerTokens matches: [Gazetteer.Match]) -> [TokenSpan] {
        // The gazetteer's tokens by token (a Set<Int> cost a hash per test).
        var known = [Bool](repeating: false, count: a.count)
        for m in matches { for t in m.tokens { known[t] = true } }
        func common(_ t: Int) -> Bool { !known[t] && (a.writtenInLowercase(t) || commonWords.contains(a.lower[t])) }
        var result: [TokenSpan] = []
        result.reserveCapacity(spans.count + 4)
        // The words of people's names in the body: a headline's word between two of them that is
        // none (`Zelensky Temui Macron`: the verb of a title-case headline) is no name's.
        var bodyPersonWords = Set<UInt64>()
        if spans.contains(where: { $0.type == .person && $0.tokens.count >= 3 && a.inHeadline[$0.tokens.lowerBound] }) {
            for span in spans where span.type == .person && !a.inHeadline[span.tokens.lowerBound] {
                for t in span.tokens { bodyPersonWords.insert(a.lower[t]) }
            }
        }
        func between(_ t: Int, _ span: Range<Int>) -> Bool {
            span.count >= 3 && !bodyPersonWords.contains(a.lower[t]) && (span.lowerBound..<t).contains { bodyPersonWords.contains(a.lower[$0]) }
                && (t + 1..<span.upperBound).contains { bodyPersonWords.contains(a.lower[$0]) }
        }
        for span in spans {
            let first = span.tokens.lowerBound
            // In a title-case headline a person's span is only its words that are not common words
            // (`Loreng Ala Militer` is no one).
            if a.inHeadline[first] && span.type == .person {
                var run = first
                for t in span.tokens where common(t) || between(t, span.tokens) || t == span.tokens.upperBound - 1 {
                    let end = common(t) || between(t, span.tokens) ? t : t + 1
                    if end > run { result.append(TokenSpan(tokens: run..<end, type: .person)) }
                    run = t + 1
                }
                continue
            }
            if span.tokens.count == 1 && a.inHeadline[first] && common(first) { continue }
            let evident = a.writtenInLowercase(first) && !known[first]
            guard evident, a.sentenceInitial[first] || a.inHeadline[first] else { result.append(span); continue }
            if span.tokens.count == 1 { continue }
            if span.type == .person {
                result.append(TokenSpan(tokens: first + 1..<span.tokens.upperBound, type: span.type))
            } else {
                result.append(span)
            }
        }
        return result
    }
}
