/// Finds sentences in tokenized text: each sentence is the code-point range from its first token's
/// start to its last token's end; sentences cover every token once, in order.
///
/// Where a sentence ends:
/// - at every line break (news paragraphs, headlines, captions and page leftovers are lines);
/// - around a "read also" link whose headline runs into the next sentence (`ReadAlsoTitles`);
/// - after `.` `!` `?` (and runs of them, `?!`), together with any closing quotation marks and
///   brackets written right after them (`layak.”`, `(Reuters).`): a closing mark belongs to the
///   sentence it closes. The sentence ends there only if the next token can start a sentence: a
///   word that does not start in lower case, a number, an opening quotation mark or bracket, or a
///   symbol. So `“Itu tidak layak.” kata Putin.` is one sentence (the speech verb continues it), as
///   are machine-translation slips like `Amerika Serikat. dan Uni Eropa`. Sentences inside a
///   quotation of several sentences are split like any others.
///
/// Where it does not:
/// - after abbreviations written with a full stop: titles and address words (`Dr.`, `Prof.`,
///   `H.`, `Hj.`, `Ir.`, `Jl.`, `No.`, `Moh.`…), single letters (initials `B. J. Habibie`, `a.n.`,
///   and so `S.H.`), and any abbreviation with a dot inside (`M.Si.`, `Ph.D.`, `S.Kom.`);
///   list endings (`dll.`, `dsb.`, `dst.`, `dkk.`, `Tbk.`, `Inc.`) end a sentence only before a
///   capitalised word (`… gula, dll. Selain itu …`), never before lower case, numbers or brackets;
/// - after an ellipsis (`…`, `...`), which marks a pause or an omission (`Jadi… Lukashenko senang`),
///   unless a line break follows;
/// - inside numbers (`200.000`, `1,5`, `16/8/2020` are single tokens) and after a list number that
///   opens its line (`1. Pertama`);
/// - with no space after the mark, unless a capitalised word of at least two letters follows a
///   word of at least three (`kata dia.Menurut` and `sementara."Dalam` split; `KOMPAS.COM`, `Ph.D` do not).
///
/// Datelines (`JAKARTA, KOMPAS.com -`, `Berita Baru, Minsk –`) hold no sentence-final mark (the
/// domain is one token) and so simply start the first sentence of their paragraph.
public enum SentenceSplitter {
    /// Abbreviations after which a full stop never ends a sentence (lower-cased).
    static let titleAbbreviations: Set<String> = [
        "dr", "drs", "dra", "drg", "prof", "ir", "h", "hj", "kh", "jl", "jln", "gg", "no", "tn", "ny", "nn", "sdr",
        "sdri", "bpk", "bp", "yth", "st", "mr", "mrs", "ms", "jr", "sr", "kol", "jend", "kapt", "pdt", "ust", "kec",
        "kab", "kel", "prov", "ds", "rp", "vol", "hlm", "tgl", "telp", "tlp", "dt", "moh", "muh", "mhd", "moch",
        "abd", "ach", "dipl", "ph", "ca", "cf", "vs", "pol", "lt", "sh", "mh",
    ]
    /// Abbreviations that often end a list, and so a sentence: a full stop after them ends the
    /// sentence only before a capitalised word.
    static let listAbbreviations: Set<String> = [
        "dll", "dsb", "dst", "dkk", "etc", "tbk", "inc", "ltd", "corp", "co", "cs", "sbb",
    ]

    /// The length in code points of the longest abbreviation of both lists: a longer word is in
    /// neither (lower-casing never shortens a word), so it is not lower-cased and looked up.
    static let longestAbbreviation = titleAbbreviations.union(listAbbreviations).map(\.unicodeScalars.count).max() ?? 0

    public static func sentences(in scalars: [Unicode.Scalar], tokens: [Token]) -> [Range<Int>] {
        guard !tokens.isEmpty else { return [] }
        var result: [Range<Int>] = []
        var first = 0
        var index = 0
        // A "read also" headline run into the next sentence ends a sentence, and its cue starts one.
        var cuts: [Int] = []
        for link in ReadAlsoTitles.links(in: scalars, tokens: tokens) {
            if link.lowerBound > 0 { cuts.append(link.lowerBound - 1) }
            cuts.append(link.upperBound - 1)
        }
        var nextCut = 0
        while index < tokens.count {
            var last = index
            var ends = false
            if isSentenceFinal(tokens[index], scalars) {
                // Closing marks written right after the final mark belong to this sentence.
                while last + 1 < tokens.count, tokens[last + 1].start == tokens[last].end,
                      isCloser(tokens[last + 1], scalars) {
                    last += 1
                }
                ends = endsSentence(final: index, last: last, first: first, scalars, tokens)
            }
            while nextCut < cuts.count, cuts[nextCut] < index { nextCut += 1 }
            if nextCut < cuts.count, cuts[nextCut] <= last { ends = true }
            if last + 1 == tokens.count || ends || hasLineBreak(scalars, tokens[last].end, tokens[last + 1].start) {
                result.append(tokens[first].start..<tokens[last].end)
                first = last + 1
            }
            index = last + 1
        }
        return result
    }

    /// The sentence ends after `tokens[last]`, given a sentence-final mark at `tokens[final]`.
    static func endsSentence(final: Int, last: Int, first: Int, _ scalars: [Unicode.Scalar], _ tokens: [Token]) -> Bool {
        guard last + 1 < tokens.count else { return true }
        let mark = tokens[final]
        let next = tokens[last + 1]
        let isFullStop = mark.count == 1 && scalars[mark.start] == "."
        // An ellipsis (`…`, `...`) marks a pause or an omission, mostly inside a sentence.
        if scalars[mark.range].allSatisfy({ $0 == "." || $0 == "…" }), !isFullStop { return false }
        // The word right before the mark, if written against it.
        let before: Token? = final > first && tokens[final - 1].end == mark.start ? tokens[final - 1] : nil

        if isFullStop, let before, before.kind == .word {
            // The word lower-cased once for both lists (when the first test needs it).
            var word: String?
            if isAbbreviation(before, at: final - 1, scalars, tokens, lowered: &word) { return false }
            if before.count <= longestAbbreviation, listAbbreviations.contains(word ?? lowered(before, scalars)) {
                return next.start > tokens[last].end && isCapitalisedWord(next, scalars)
            }
        }
        // `1. Pertama`: a list number opening its line.
        if isFullStop, let before, before.kind == .number, final - 1 == first { return false }

        // CJK full stops are written with no space after them.
        if (0x3000...0xFFFF).contains(scalars[mark.start].value) { return canStartSentence(next, scalars) }
        if next.start == tokens[last].end {
            // No space after the mark (nor after the quotation marks written against it:
            // `… sementara."Dalam pemeriksaan …`, where the scraper lost the space before an opening mark).
            guard mark.count == 1, let before, before.kind == .word, before.count >= 3 else { return false }
            return isCapitalisedWord(next, scalars) && next.count >= 2 && scalars[next.start + 1].letterCase == .lower
        }
        return canStartSentence(next, scalars)
    }

    /// Whether the word before a full stop is an abbreviation; the word lower-cased is left in
    /// `lowered` when the test had to look it up.
    static func isAbbreviation(_ word: Token, at index: Int, _ scalars: [Unicode.Scalar], _ tokens: [Token],
                               lowered: inout String?) -> Bool {
        if word.count == 1 { return true }
        // A dot inside the abbreviation: `M.Si.`, `Ph.D.`, `S.Kom.`.
        if index >= 2, tokens[index - 1].end == word.start, tokens[index - 1].count == 1,
           scalars[tokens[index - 1].start] == ".", tokens[index - 2].end == tokens[index - 1].start,
           tokens[index - 2].kind == .word, tokens[index - 2].count <= 3, word.count <= 4 {
            return true
        }
        guard word.count <= longestAbbreviation else { return false }
        let text = Self.lowered(word, scalars)
        lowered = text
        return titleAbbreviations.contains(text)
    }

    static func lowered(_ token: Token, _ scalars: [Unicode.Scalar]) -> String {
        guard token.count <= 8 else { return "" }
        return token.loweredText(in: scalars)
    }

    static func isSentenceFinal(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        token.kind == .punctuation && scalars[token.start].isSentenceFinal
    }

    static func isCloser(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.kind == .punctuation, token.count == 1 else { return false }
        switch scalars[token.start].value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0xBB, 0x203A, 0x300D, 0x300F, 0xFF09: return true
        default: return false
        }
    }

    static func isOpener(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch scalars[token.start].value {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x201C, 0x2018, 0x201E, 0xAB, 0x2039, 0x300C, 0x300E, 0xFF08: return true
        default: return false
        }
    }

    /// The first letter of the word (its first cased code point) is not lower case.
    static func startsUnlowered(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        for k in token.start..<token.end {
            switch scalars[k].letterCase {
            case .upper: return true
            case .lower: return false
            case .uncased: continue
            }
        }
        return true
    }

    static func isCapitalisedWord(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        token.kind == .word && scalars[token.start].letterCase == .upper
    }

    static func canStartSentence(_ token: Token, _ scalars: [Unicode.Scalar]) -> Bool {
        switch token.kind {
        case .word: return startsUnlowered(token, scalars)
        case .number, .symbol: return true
        case .punctuation: return isOpener(token, scalars)
        }
    }

    static func hasLineBreak(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to {
            switch scalars[k].value {
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
            default: k += 1
            }
        }
        return false
    }
}
